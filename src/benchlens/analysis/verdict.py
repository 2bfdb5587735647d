"""Plain-language summary of a paired comparison, from its numbers only.

A change is called *improved* or *regressed* only when the total 95% interval excludes zero;
otherwise *no clear change*. How sure: the Monte Carlo probability that the delta is positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchlens.analysis.audit import Audit
from benchlens.analysis.paired import PairedResult
from benchlens.catalog.catalog import CATEGORIES


def word(ci: tuple[float, float]) -> str:
    if ci[0] > 0:
        return "improved"
    if ci[1] < 0:
        return "regressed"
    return "no clear change"


def sureness(p_positive: float) -> str:
    p = max(p_positive, 1.0 - p_positive)
    direction = "up" if p_positive >= 0.5 else "down"
    label = f"P({direction})={p:.2f}"  # the probability of the direction named, always said which
    if p >= 0.99:
        return f"almost certainly {direction} ({label})"
    if p >= 0.95:
        return f"very likely {direction} ({label})"
    if p >= 0.8:
        return f"likely {direction} ({label})"
    return f"unclear (P(up)={p_positive:.2f})"


@dataclass
class Verdict:
    overall: str
    text: str
    categories: dict[str, str] = field(default_factory=dict)
    blind_spots: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "text": self.text, "categories": self.categories,
                "blind_spots": self.blind_spots}


def verdict(new_name: str, old_name: str, paired: PairedResult, audit: Audit) -> Verdict:
    cats = {}
    for cat, r in paired.categories.items():
        cats[cat] = (f"{word(r.ci_total)}: {r.delta:+.1f} pp [{r.ci_total[0]:+.1f}, {r.ci_total[1]:+.1f}], "
                     f"{sureness(r.p_positive)}; {r.n_benchmarks} benchmark{'s' if r.n_benchmarks != 1 else ''}")
    if paired.headline is not None:
        h = paired.headline
        overall = word(h.ci_total)
        text = (f"{new_name} vs {old_name}: {overall}, {h.delta:+.1f} pp on {h.n_benchmarks} shared benchmarks in "
                f"{len(h.categories)} categories (95% interval {h.ci_total[0]:+.1f} to {h.ci_total[1]:+.1f}); "
                f"{sureness(h.p_positive)}.")
        if audit.fragility is not None and audit.fragility <= 2 and overall != "no clear change":
            text += f" Fragile: removing {audit.fragility} benchmark(s) makes it unclear."
    else:
        overall = "not enough shared data"
        text = f"{new_name} vs {old_name}: no headline. {paired.headline_reason}."
    blind = []
    if audit.dropped:
        by_cat: dict[str, int] = {}
        for d in audit.dropped:
            by_cat[d["category"]] = by_cat.get(d["category"], 0) + 1
        blind.append(f"{len(audit.dropped)} benchmark(s) only {old_name} reports ("
                     + ", ".join(f"{CATEGORIES.get(c, c)}: {n}" for c, n in by_cat.items()) + ")")
        gone = [c for c in by_cat if c not in paired.categories]
        if gone:
            blind.append("categories not compared at all: " + ", ".join(CATEGORIES.get(c, c) for c in gone))
    if audit.added:
        blind.append(f"{len(audit.added)} benchmark(s) only {new_name} reports")
    if audit.drift:
        blind.append(f"{len(audit.drift)} benchmark(s) reported by both but never under the same setting: "
                     + ", ".join(d["name"] for d in audit.drift[:6]) + ("..." if len(audit.drift) > 6 else ""))
    hb = [b for b in paired.benchmarks if b.in_headline]
    cross = sum(1 for b in hb if not b.same_document)
    if hb and cross:
        docs = {b.old_source.document for b in hb} | {b.new_source.document for b in hb}
        blind.append(f"{cross} of {len(hb)} shared benchmark(s) set numbers from different documents (and evaluation "
                     f"runs) against each other; {len(docs)} document(s) in all")
    unknown = sum(1 for b in paired.benchmarks if b.in_headline and b.se is None)
    if unknown:
        blind.append(f"{unknown} shared benchmark(s) with unknown item count: no sampling error for them")
    if audit.dropped_flag and audit.dropped_flag.get("flag"):
        blind.append(f"{old_name} ranked higher on the dropped benchmarks than on the shared ones "
                     "(possible selective reporting)")
    return Verdict(overall=overall, text=text, categories=cats, blind_spots=blind)
