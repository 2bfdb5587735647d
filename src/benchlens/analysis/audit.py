"""The selective-reporting audit of one pair: what was dropped, added, renamed or re-run, and how
fragile the headline is.

* coverage: Jaccard of the benchmark sets, dropped and added benchmarks by category;
* renamed / re-versioned: a dropped benchmark whose successor was added (BFCL v3 -> v4, AIME 2025 ->
  2026, TAU1 -> TAU2), and shared benchmarks printed under different labels;
* setting drift: a benchmark both report, but never under the same setting;
* lab re-runs: different numbers for the same model and key in two documents;
* leave-one-benchmark-out and leave-one-category-out ranges of the headline, and the fragility
  number: the fewest benchmarks whose removal (largest contributions first) puts 0 inside the total
  interval;
* the dropped-benchmark flag: the old model ranked higher (against every other model stored) on the
  benchmarks the new release stopped reporting than on the shared ones.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from benchlens.analysis import uncertainty as unc
from benchlens.analysis.paired import BenchmarkDelta, PairedResult, _bench
from benchlens.catalog.catalog import CATEGORIES, Catalog
from benchlens.records import IdentityKey, Score

FRAGILITY_DRAWS = 4000  # draws per step of the greedy fragility search


@dataclass
class Audit:
    jaccard: float | None
    dropped: list[dict[str, Any]]
    added: list[dict[str, Any]]
    renamed: list[dict[str, Any]]
    drift: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    lobo_range: tuple[float, float] | None
    lobo_flips: list[str]
    loco_range: tuple[float, float] | None
    loco: dict[str, float]
    fragility: int | None  # None: no headline, or the interval excludes 0 down to one benchmark
    fragility_removed: list[str]
    dropped_flag: dict[str, Any] | None
    unresolved: dict[str, list[str]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "jaccard": self.jaccard,
            "dropped": self.dropped,
            "added": self.added,
            "renamed": self.renamed,
            "setting_drift": self.drift,
            "conflicts": self.conflicts,
            "lobo_range": list(self.lobo_range) if self.lobo_range else None,
            "lobo_flips": self.lobo_flips,
            "loco_range": list(self.loco_range) if self.loco_range else None,
            "loco": self.loco,
            "fragility": self.fragility,
            "fragility_removed": self.fragility_removed,
            "dropped_benchmark_flag": self.dropped_flag,
            "unresolved": self.unresolved,
        }


def _ids(scores: Sequence[Score]) -> dict[str, set[IdentityKey]]:
    out: dict[str, set[IdentityKey]] = {}
    for s in scores:
        if s.benchmark is not None:
            out.setdefault(s.benchmark, set()).add(s.key)
    return out


def _cat_order(cat: str) -> int:
    return list(CATEGORIES).index(cat) if cat in CATEGORIES else 99


def _entry(catalog: Catalog, bid: str, scores: Sequence[Score]) -> dict[str, Any]:
    b = _bench(catalog, bid)
    labels = sorted({s.benchmark_label for s in scores if s.benchmark == bid})
    return {"benchmark": bid, "name": b.name, "category": b.category, "labels": labels}


def audit_pair(
    paired: PairedResult,
    new_scores: Sequence[Score],
    old_scores: Sequence[Score],
    catalog: Catalog,
    *,
    old_id: str | None = None,
    pool: Sequence[Score] = (),
    draws: int = 10_000,
    seed: int = 0,
) -> Audit:
    n_ids, o_ids = _ids(new_scores), _ids(old_scores)
    union = set(n_ids) | set(o_ids)
    jaccard = len(set(n_ids) & set(o_ids)) / len(union) if union else None
    dropped_ids = sorted(set(o_ids) - set(n_ids), key=lambda b: (_cat_order(_bench(catalog, b).category), b))
    added_ids = sorted(set(n_ids) - set(o_ids), key=lambda b: (_cat_order(_bench(catalog, b).category), b))
    dropped = [_entry(catalog, b, old_scores) for b in dropped_ids]
    added = [_entry(catalog, b, new_scores) for b in added_ids]
    # re-versioned: an added benchmark that supersedes (or is related to) a dropped one
    renamed: list[dict[str, Any]] = []
    for a in added_ids:
        ab = _bench(catalog, a)
        for d in dropped_ids:
            db = _bench(catalog, d)
            if d in ab.supersedes or a in db.related or d in ab.related:
                renamed.append({"old": d, "new": a, "kind": "re-versioned" if d in ab.supersedes else "related",
                                "old_name": db.name, "new_name": ab.name})
    for bd in paired.benchmarks:
        if bd.new_source.label and bd.old_source.label and bd.new_source.label != bd.old_source.label:
            renamed.append({"old": bd.benchmark, "new": bd.benchmark, "kind": "relabelled",
                            "old_name": bd.old_source.label, "new_name": bd.new_source.label})
    # setting drift: same benchmark on both sides, no common key
    drift = []
    for b in sorted(set(n_ids) & set(o_ids)):
        if not (n_ids[b] & o_ids[b]):
            drift.append({
                "benchmark": b,
                "name": _bench(catalog, b).name,
                "new_keys": sorted(k.describe() for k in n_ids[b]),
                "old_keys": sorted(k.describe() for k in o_ids[b]),
            })
    # robustness of the headline
    units_src = [d for d in paired.benchmarks if d.in_headline]
    lobo_range, flips, loco_range, loco = None, [], None, {}
    fragility, removed = None, []
    if paired.headline is not None and units_src:
        base = paired.headline.delta
        lobo = []
        for i, d in enumerate(units_src):
            rest = units_src[:i] + units_src[i + 1:]
            v = _point(rest)
            if v is None:
                continue
            lobo.append(v)
            if (v > 0) != (base > 0):
                flips.append(d.benchmark)
        lobo_range = (min(lobo), max(lobo)) if lobo else None
        for cat in {d.category for d in units_src}:
            v = _point([d for d in units_src if d.category != cat])
            if v is not None:
                loco[cat] = v
        loco_range = (min(loco.values()), max(loco.values())) if loco else None
        fragility, removed = _fragility(units_src, paired.headline.ci_total, base, min(draws, FRAGILITY_DRAWS), seed)
    dropped_flag = _dropped_flag(old_id, dropped_ids, paired.benchmarks, pool) if old_id else None
    unresolved = {
        "new": sorted({s.benchmark_label for s in new_scores if s.benchmark is None}),
        "old": sorted({s.benchmark_label for s in old_scores if s.benchmark is None}),
    }
    return Audit(jaccard, dropped, added, renamed, drift, list(paired.conflicts), lobo_range, flips, loco_range,
                 loco, fragility, removed, dropped_flag, unresolved)


def _units(ds: Sequence[BenchmarkDelta]) -> list[unc.Unit]:
    return [unc.Unit(d.delta, d.se**2 if d.se is not None else None, d.category, d.family)  # type: ignore[arg-type]
            for d in ds]


def _point(ds: Sequence[BenchmarkDelta]) -> float | None:
    if not ds:
        return None
    units = _units(ds)
    return float(np.dot(unc.design_weights(units), [u.delta for u in units]))


def _fragility(ds: Sequence[BenchmarkDelta], ci: tuple[float, float], base: float, draws: int,
               seed: int) -> tuple[int | None, list[str]]:
    """Fewest benchmarks whose removal, largest contributions in the headline's direction first, puts 0
    inside the total interval. 0 when the interval already contains 0."""
    if ci[0] <= 0 <= ci[1]:
        return 0, []
    rest = list(ds)
    removed: list[str] = []
    direction = 1.0 if base > 0 else -1.0
    while len(rest) > 1:
        units = _units(rest)
        w = unc.design_weights(units)
        contrib = [direction * wi * u.delta for wi, u in zip(w, units, strict=True)]
        i = int(np.argmax(contrib))
        removed.append(rest[i].benchmark)
        rest.pop(i)
        mc = unc.monte_carlo(_units(rest), draws=draws, seed=seed)
        lo, hi = unc.interval(mc.headline_total())
        if lo <= 0 <= hi:
            return len(removed), removed
    return None, []  # the interval excludes 0 down to a single benchmark: not fragile


def _percentile(value: float, others: Sequence[float]) -> float | None:
    if not others:
        return None
    below = sum(1 for o in others if o < value) + 0.5 * sum(1 for o in others if o == value)
    return 100.0 * below / len(others)


def _dropped_flag(old_id: str, dropped_ids: Sequence[str], shared: Sequence[BenchmarkDelta],
                  pool: Sequence[Score]) -> dict[str, Any] | None:
    """Was the old model relatively strong on what the new release stopped reporting?

    The old model is ranked against a common reference pool: the other models stored with scores on at
    least one dropped and at least one shared benchmark, so that both sets are ranked against the same
    competitors (otherwise a benchmark reported only beside weak baselines would look like a strength).
    """
    by_key: dict[IdentityKey, dict[str, float]] = {}
    for s in pool:
        if s.model is None or s.benchmark is None:
            continue
        by_key.setdefault(s.key, {}).setdefault(s.model, s.value)
    dropped_set = set(dropped_ids)
    dropped_keys = [k for k in by_key if k.benchmark in dropped_set and old_id in by_key[k]]
    shared_keys = [d.key for d in shared if d.key in by_key]
    on_dropped = {m for k in dropped_keys for m in by_key[k]} - {old_id}
    on_shared = {m for k in shared_keys for m in by_key[k]} - {old_id}
    reference = on_dropped & on_shared

    def pct(keys: Sequence[IdentityKey]) -> list[float]:
        out = []
        for k in keys:
            vals = {m: v for m, v in by_key.get(k, {}).items() if m in reference or m == old_id}
            if old_id in vals and len(vals) >= 3:
                p = _percentile(vals[old_id], [v for m, v in vals.items() if m != old_id])
                if p is not None:
                    out.append(p)
        return out

    pd_, ps = pct(dropped_keys), pct(shared_keys)
    if len(reference) < 2 or len(pd_) < 2 or len(ps) < 2:
        return {"flag": None, "reason": "too few models ranked on both the dropped and the shared benchmarks",
                "dropped_n": len(pd_), "shared_n": len(ps), "reference_models": len(reference)}
    md, ms = statistics.fmean(pd_), statistics.fmean(ps)
    return {"flag": md > ms + 10.0, "old_percentile_dropped": md, "old_percentile_shared": ms,
            "dropped_n": len(pd_), "shared_n": len(ps), "reference_models": sorted(reference),
            "rule": "flag when the old model's mean percentile on dropped benchmarks exceeds that on shared ones "
                    "by 10+, both ranked against the same reference models"}
