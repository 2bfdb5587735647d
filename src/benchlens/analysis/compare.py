"""Generation (or model) comparison: pair the models, compare each pair, audit it, say what it means.

:func:`compare_generations` is a pure function of score records, the catalog and the options; the
public API (:mod:`benchlens.api`) feeds it from the store.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from benchlens.analysis import uncertainty as unc
from benchlens.analysis.audit import Audit, audit_pair
from benchlens.analysis.models import ModelInfo
from benchlens.analysis.paired import Options, PairedResult, compare_scores, headline_units
from benchlens.analysis.pairing import MODES, Pair, pair_models
from benchlens.analysis.verdict import Verdict, verdict
from benchlens.catalog.catalog import CATEGORIES, Catalog
from benchlens.records import Score

SOURCE_POLICIES = ("official", "all", "own")


def keep(score: Score, policy: str) -> bool:
    """Which records a comparison uses. ``official``: the publisher's own numbers (and records whose
    attribution is not stated, e.g. a user's CSV), never a competitor's number quoted in someone
    else's card, never the user's own runs. ``all``: everything. ``own``: only the user's own runs.
    Averages printed over several benchmarks are never used."""
    if "aggregate_of" in dict(score.key.extra):
        return False  # an average over several benchmarks (or variants) as printed: never compared
    own = score.provenance.source_kind == "own_run"
    if policy == "own":
        return own
    if policy == "all":
        return True
    return not own and score.first_party is not False


@dataclass
class PairComparison:
    pair: Pair
    paired: PairedResult
    audit: Audit
    verdict: Verdict
    n_new_scores: int
    n_old_scores: int

    def to_dict(self) -> dict[str, Any]:
        p = self.pair
        pr = self.paired
        return {
            "new": p.new.id,
            "old": p.old.id,
            "new_name": p.new.name,
            "old_name": p.old.name,
            "new_size": p.new.size_label,
            "old_size": p.old.size_label,
            "mode": p.mode,
            "rule": p.rule,
            "shared": sorted({b.benchmark for b in pr.benchmarks}),
            "benchmarks": [b.to_dict() for b in pr.benchmarks],
            "categories": {c: r.to_dict() for c, r in pr.categories.items()},
            "headline": pr.headline.to_dict() if pr.headline else None,
            "headline_reason": pr.headline_reason,
            "secondary": pr.secondary,
            "excluded": pr.excluded,
            "naive": pr.naive,
            "naive_gap": _naive_gap(pr),
            "audit": self.audit.to_dict(),
            "verdict": self.verdict.to_dict(),
            "n_new_scores": self.n_new_scores,
            "n_old_scores": self.n_old_scores,
        }


def _naive_gap(pr: PairedResult) -> dict[str, Any] | None:
    ov = pr.naive.get("overall", {})
    naive = ov.get("delta")
    if naive is None:
        return None
    paired = pr.headline.delta if pr.headline else None
    return {
        "naive_delta": naive,
        "paired_delta": paired,
        "gap": naive - paired if paired is not None else None,
        "why": f"The naive figure averages different benchmark sets for the two models ({ov.get('n_new')} "
               f"numbers for the new, {ov.get('n_old')} for the old; raw points, each benchmark and setting once, "
               "no chance correction, no category weights); the paired figure uses only benchmarks both report "
               "under the same setting",
    }


@dataclass
class Comparison:
    old: str
    new: str
    pairs: list[PairComparison]
    skipped: list[dict[str, Any]]
    options: Options
    policy: str
    data_sources: list[dict[str, Any]] = field(default_factory=list)
    created: str = field(default_factory=lambda: _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "old": self.old,
            "new": self.new,
            "policy": self.policy,
            "options": {"draws": self.options.draws, "seed": self.options.seed,
                        "headline_categories": list(self.options.categories),
                        "min_categories": self.options.min_categories,
                        "min_benchmarks": self.options.min_benchmarks, "level": self.options.level},
            "categories": {c: n for c, n in CATEGORIES.items()},
            "pairs": [p.to_dict() for p in self.pairs],
            "skipped": self.skipped,
            "sources": self.data_sources,
            "created": self.created,
        }


def compare_generations(
    old_label: str,
    new_label: str,
    old_models: Sequence[ModelInfo],
    new_models: Sequence[ModelInfo],
    scores: Sequence[Score],
    catalog: Catalog,
    *,
    modes: Sequence[str | None] = MODES,
    overrides: dict[str, str] | None = None,
    policy: str = "official",
    options: Options | None = None,
    pool: Sequence[Score] = (),
) -> Comparison:
    opt = options or Options()
    used = [s for s in scores if keep(s, policy)]
    by_model: dict[str, list[Score]] = {}
    for s in used:
        mid = s.model or s.model_label
        by_model.setdefault(mid, []).append(s)

    chat_new = [m for m in new_models if m.variant != "base"]
    base_new = [m for m in new_models if m.variant == "base"]
    pairs = pair_models(chat_new, [m for m in old_models if m.variant != "base"], modes=tuple(modes),
                        overrides=overrides)
    if base_new:
        pairs += pair_models(base_new, [m for m in old_models if m.variant == "base"], modes=(None,),
                             overrides=overrides)
    out: list[PairComparison] = []
    skipped: list[dict[str, Any]] = []
    done: list[tuple[Any, list[Score], list[Score], PairedResult]] = []
    paired_new = {p.new.id for p in pairs}
    for m in new_models:
        if m.id not in paired_new:
            skipped.append({"new": m.id, "old": None, "mode": None,
                            "reason": "no older model of a comparable kind and known size"})
    for p in pairs:
        ns = [s for s in by_model.get(p.new.id, []) if s.key.mode == p.mode]
        os_ = [s for s in by_model.get(p.old.id, []) if s.key.mode == p.mode]
        if not ns or not os_:
            who = [m.id for m, ss in ((p.new, ns), (p.old, os_)) if not ss]
            skipped.append({"new": p.new.id, "old": p.old.id, "mode": p.mode,
                            "reason": f"no {p.mode or ''} scores stored for {' and '.join(who)}".replace("  ", " ")})
            continue
        done.append((p, ns, os_, compare_scores(p.new.id, p.old.id, ns, os_, catalog, opt)))
    # pairs with few known standard errors borrow the between-benchmark heterogeneity of the whole comparison
    pooled = opt.tau2 if opt.tau2 is not None else unc.pooled_tau2([headline_units(pr) for *_, pr in done])
    for p, ns, os_, pr in done:
        if pooled is not None and sum(1 for u in headline_units(pr) if u.var) < unc.MIN_KNOWN_FOR_DL:
            pr = compare_scores(p.new.id, p.old.id, ns, os_, catalog, replace(opt, tau2=pooled))
        au = audit_pair(pr, ns, os_, catalog, old_id=p.old.id, pool=[s for s in pool if s.key.mode == p.mode],
                        draws=opt.draws, seed=opt.seed)
        vd = verdict(p.new.name, p.old.name, pr, au)
        out.append(PairComparison(p, pr, au, vd, len(ns), len(os_)))
    docs: dict[str, dict[str, Any]] = {}
    for pc in out:
        for b in pc.paired.benchmarks:
            for src in (b.new_source, b.old_source):
                if src.doc_id and src.doc_id not in docs:
                    docs[src.doc_id] = {"doc_id": src.doc_id, "document": src.document, "url": src.url}
    return Comparison(old=old_label, new=new_label, pairs=out, skipped=skipped, options=opt, policy=policy,
                      data_sources=list(docs.values()))
