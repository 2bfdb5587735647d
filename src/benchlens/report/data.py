"""Tidy rows for the charts and ``data.csv``, read from a :class:`~benchlens.analysis.compare.Comparison`.

Every number a chart shows comes from here, so ``data.csv`` holds exactly what the charts draw.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from benchlens.analysis.compare import Comparison, PairComparison
from benchlens.catalog.catalog import CATEGORIES, HEADLINE_CATEGORIES


def pair_label(pc: PairComparison) -> str:
    return f"{pc.pair.new.name} vs {pc.pair.old.name} ({pc.pair.mode or 'base'})"


def pair_short(pc: PairComparison) -> str:
    return f"{pc.pair.new.size_label} vs {pc.pair.old.size_label} · {pc.pair.mode or 'base'}"


HEADLINE_NAME = "Overall (headline)"


def _status(ci: list[float]) -> str:
    """Whether the 95% total interval settles the direction."""
    if ci[0] > 0:
        return "better: the 95% interval is above 0"
    if ci[1] < 0:
        return "worse: the 95% interval is below 0"
    return "unclear: the 95% interval includes 0"


def _r(x: float | None, nd: int = 2) -> float | None:
    if x is None or (isinstance(x, float) and (math.isnan(x) or math.isinf(x))):
        return None
    return round(float(x), nd)


@dataclass
class ReportData:
    pairs: list[dict[str, Any]] = field(default_factory=list)
    heat: list[dict[str, Any]] = field(default_factory=list)
    benchmarks: list[dict[str, Any]] = field(default_factory=list)
    forest: list[dict[str, Any]] = field(default_factory=list)
    coverage: list[dict[str, Any]] = field(default_factory=list)
    naive: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def csv_rows(self) -> Iterable[dict[str, Any]]:
        """Every number the charts show, one tidy row each (``data.csv``)."""
        for chart, rows in (("heatmap", self.heat), ("dumbbell", self.benchmarks), ("forest", self.forest),
                            ("coverage", self.coverage), ("naive_vs_paired", self.naive)):
            for r in rows:
                yield {"chart": chart, **r}


def build(comp: Comparison) -> ReportData:
    rd = ReportData()
    cats_all = list(HEADLINE_CATEGORIES)
    for order, pc in enumerate(comp.pairs):
        d = pc.to_dict()
        label = pair_label(pc)
        short = pair_short(pc)
        h = d["headline"]
        rd.pairs.append({
            "pair": label, "short": short, "order": order, "new": d["new"], "old": d["old"],
            "new_name": d["new_name"], "old_name": d["old_name"], "mode": d["mode"], "rule": d["rule"],
            "n_shared": len(d["benchmarks"]), "headline": h, "headline_reason": d["headline_reason"],
            "verdict": d["verdict"], "audit": d["audit"], "secondary": d["secondary"],
            "naive_gap": d["naive_gap"], "size_new": pc.pair.new.params_total or 0,
        })
        hl = {"pair": label, "short": short, "order": order, "category": "headline",
              "category_name": HEADLINE_NAME}
        if h:
            rd.heat.append({**hl, "delta": _r(h["delta"]), "lo": _r(h["ci_total"][0]), "hi": _r(h["ci_total"][1]),
                            "p_positive": _r(h["p_positive"], 3), "n_benchmarks": h["n_benchmarks"],
                            "status": _status(h["ci_total"]), "text": f"{h['delta']:+.1f}",
                            "ci_text": f"[{h['ci_total'][0]:+.0f}, {h['ci_total'][1]:+.0f}]"})
        else:
            rd.heat.append({**hl, "delta": None, "lo": None, "hi": None, "p_positive": None,
                            "n_benchmarks": sum(1 for b in d["benchmarks"] if b["in_headline"]),
                            "status": d["headline_reason"] or "no headline", "text": "no headline", "ci_text": ""})
        for cat in cats_all + [c for c in d["categories"] if c not in cats_all]:
            r = d["categories"].get(cat)
            base = {"pair": label, "short": short, "order": order, "category": cat,
                    "category_name": CATEGORIES.get(cat, cat)}
            if r is None:
                rd.heat.append({**base, "delta": None, "lo": None, "hi": None, "p_positive": None,
                                "n_benchmarks": 0, "status": "no shared benchmark",
                                "text": "no shared", "ci_text": ""})
            else:
                rd.heat.append({**base, "delta": _r(r["delta"]), "lo": _r(r["ci_total"][0]),
                                "hi": _r(r["ci_total"][1]), "p_positive": _r(r["p_positive"], 3),
                                "n_benchmarks": r["n_benchmarks"], "status": _status(r["ci_total"]),
                                "text": f"{r['delta']:+.1f}",
                                "ci_text": f"[{r['ci_total'][0]:+.0f}, {r['ci_total'][1]:+.0f}]"})
                rd.forest.append({**base, "level": "category", "label": CATEGORIES.get(cat, cat),
                                  "delta": _r(r["delta"]), "s_lo": _r(r["ci_sampling"][0]),
                                  "s_hi": _r(r["ci_sampling"][1]), "t_lo": _r(r["ci_total"][0]),
                                  "t_hi": _r(r["ci_total"][1]), "n_benchmarks": r["n_benchmarks"]})
        if h:
            rd.forest.append({"pair": label, "short": short, "order": order, "category": "headline",
                              "category_name": "Headline (all categories)", "level": "headline",
                              "label": "Headline", "delta": _r(h["delta"]), "s_lo": _r(h["ci_sampling"][0]),
                              "s_hi": _r(h["ci_sampling"][1]), "t_lo": _r(h["ci_total"][0]),
                              "t_hi": _r(h["ci_total"][1]), "n_benchmarks": h["n_benchmarks"]})
        for b in d["benchmarks"]:
            raw_se_new = raw_se_old = None
            if b["se"] is not None and b["new_normalized"] is not None:
                # per-side binomial SE on the printed scale (the pp SE split back into its two sides)
                raw_se_new = _side_se(b["new_value"], b["n_new"])
                raw_se_old = _side_se(b["old_value"], b["n_old"])
            ns, os_ = b["new_source"], b["old_source"]
            rd.benchmarks.append({
                "pair": label, "short": short, "order": order, "category": b["category"],
                "category_name": CATEGORIES.get(b["category"], b["category"]), "benchmark": b["benchmark"],
                "name": b["name"], "key": b["key"], "scale_type": b["scale_type"],
                "old": _r(b["old_value"]), "new": _r(b["new_value"]),
                "old_lo": _r(max(0.0, b["old_value"] - 1.96 * raw_se_old)) if raw_se_old is not None else None,
                "old_hi": _r(min(100.0, b["old_value"] + 1.96 * raw_se_old)) if raw_se_old is not None else None,
                "new_lo": _r(max(0.0, b["new_value"] - 1.96 * raw_se_new)) if raw_se_new is not None else None,
                "new_hi": _r(min(100.0, b["new_value"] + 1.96 * raw_se_new)) if raw_se_new is not None else None,
                "delta": _r(b["delta"]), "delta_raw": _r(b["delta_raw"]), "se": _r(b["se"]),
                "logit_delta": _r(b["logit_delta"], 3), "significant": b["significant"] or "unknown SE",
                "flags": "; ".join(b["flags"]),
                "new_doc": ns["document"], "new_where": _where(ns), "new_label": ns["label"],
                "new_cell": ns["value_text"], "old_doc": os_["document"], "old_where": _where(os_),
                "old_label": os_["label"], "old_cell": os_["value_text"],
            })
        a = d["audit"]
        shared_ids = {b["benchmark"] for b in d["benchmarks"]}
        renamed_new = {r["new"]: r for r in a["renamed"] if r["kind"] != "relabelled"}
        renamed_old = {r["old"]: r for r in a["renamed"] if r["kind"] != "relabelled"}
        drift = {x["benchmark"] for x in a["setting_drift"]}
        for b in sorted(shared_ids):
            name = next(x["name"] for x in d["benchmarks"] if x["benchmark"] == b)
            cat = next(x["category"] for x in d["benchmarks"] if x["benchmark"] == b)
            for side in ("old", "new"):
                rd.coverage.append({"pair": label, "order": order, "benchmark": name, "category": cat,
                                    "side": side, "model": d[f"{side}_name"], "status": "shared"})
        for x in a["dropped"]:
            st = "re-versioned" if x["benchmark"] in renamed_old else (
                "setting drift" if x["benchmark"] in drift else "dropped")
            rd.coverage.append({"pair": label, "order": order, "benchmark": x["name"], "category": x["category"],
                                "side": "old", "model": d["old_name"], "status": st})
        for x in a["added"]:
            st = "re-versioned" if x["benchmark"] in renamed_new else "added"
            rd.coverage.append({"pair": label, "order": order, "benchmark": x["name"], "category": x["category"],
                                "side": "new", "model": d["new_name"], "status": st})
        for x in a["setting_drift"]:
            for side in ("old", "new"):
                rd.coverage.append({"pair": label, "order": order, "benchmark": x["name"],
                                    "category": _cat_of(x["benchmark"]), "side": side,
                                    "model": d[f"{side}_name"], "status": "setting drift"})
        ng = d["naive_gap"] or {}
        if ng.get("naive_delta") is not None:
            rd.naive.append({"pair": label, "short": short, "order": order, "kind": "naive spreadsheet average",
                             "delta": _r(ng["naive_delta"])})
        if h:
            rd.naive.append({"pair": label, "short": short, "order": order, "kind": "paired, category-weighted",
                             "delta": _r(h["delta"])})
    rd.meta = {
        "old": comp.old, "new": comp.new, "created": comp.created, "policy": comp.policy,
        "draws": comp.options.draws, "seed": comp.options.seed,
        "sources": comp.data_sources, "skipped": comp.skipped,
        "categories": {c: CATEGORIES[c] for c in CATEGORIES},
    }
    return rd


def _cat_of(bid: str) -> str:
    from benchlens.catalog import get_catalog

    b = get_catalog().benchmarks.get(bid)
    return b.category if b else "other"


def _side_se(value: float, n: int | None) -> float | None:
    if not n:
        return None
    p = min(max(value / 100.0, 0.5 / n), 1 - 0.5 / n)
    return 100.0 * math.sqrt(p * (1 - p) / n)


def _where(src: dict[str, Any]) -> str:
    bits = []
    for k in ("table", "row", "col", "line"):
        if src.get(k) is not None:
            bits.append(f"{k} {src[k]}")
    return ", ".join(bits)
