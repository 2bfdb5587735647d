"""The paired comparison of two models: shared benchmarks, per-benchmark deltas, weighted aggregates.

Only benchmarks both models report under an equal identity key are compared. Each delta is in
chance-corrected percentage points; categories weigh equally, then families inside a category, then
benchmarks inside a family. The headline is printed only when at least 3 categories and 6 shared
benchmarks support it. Everything here is a pure function of score records.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from benchlens.analysis import uncertainty as unc
from benchlens.analysis.normalize import LN10_400, is_rating, logit, normalize_score
from benchlens.catalog import resolve_model
from benchlens.catalog.catalog import CATEGORIES, HEADLINE_CATEGORIES, Benchmark, Catalog
from benchlens.records import IdentityKey, Score

MIN_CATEGORIES = 3
MIN_BENCHMARKS = 6


@dataclass
class Options:
    draws: int = 10_000
    seed: int = 0
    categories: tuple[str, ...] = HEADLINE_CATEGORIES  # categories in the headline
    min_categories: int = MIN_CATEGORIES
    min_benchmarks: int = MIN_BENCHMARKS
    level: float = 0.95
    tau2: float | None = None  # heterogeneity pooled over a comparison's pairs, for pairs with few known SEs


@dataclass
class Source:
    """Where one side of a paired number came from."""

    document: str | None
    url: str | None
    doc_id: str | None
    table: int | None
    row: int | None
    col: int | None
    line: int | None
    label: str
    model_label: str
    value_text: str | None
    first_party: bool | None

    @classmethod
    def of(cls, s: Score) -> Source:
        p = s.provenance
        return cls(p.title, p.url or (f"{p.repo}/{p.path}" if p.repo else p.path), p.doc_id, p.table, p.row,
                   p.col, p.line, s.benchmark_label, s.model_label, s.value_text, s.first_party)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class BenchmarkDelta:
    benchmark: str
    name: str
    category: str
    family: str
    key: IdentityKey
    scale_type: str
    new_value: float
    old_value: float
    new_pp: float | None
    old_pp: float | None
    delta: float | None  # chance-corrected pp (None for ratings)
    delta_raw: float  # as printed, new - old (sign flipped when lower is better)
    se: float | None
    logit_delta: float | None
    n_new: int | None
    n_old: int | None
    in_headline: bool
    new_source: Source
    old_source: Source
    same_document: bool
    flags: list[str] = field(default_factory=list)
    p_value: float | None = None
    significant: str | None = None  # "up" | "down" | "neither" | None (unknown SE)

    def to_dict(self) -> dict[str, Any]:
        return {
            "benchmark": self.benchmark,
            "name": self.name,
            "category": self.category,
            "family": self.family,
            "setting": self.key.setting(),
            "key": self.key.describe(),
            "scale_type": self.scale_type,
            "new_value": self.new_value,
            "old_value": self.old_value,
            "new_normalized": self.new_pp,
            "old_normalized": self.old_pp,
            "delta": self.delta,
            "delta_raw": self.delta_raw,
            "se": self.se,
            "logit_delta": self.logit_delta,
            "n_new": self.n_new,
            "n_old": self.n_old,
            "in_headline": self.in_headline,
            "p_value": self.p_value,
            "significant": self.significant,
            "same_document": self.same_document,
            "flags": list(self.flags),
            "new_source": self.new_source.to_dict(),
            "old_source": self.old_source.to_dict(),
        }


@dataclass
class CategoryResult:
    category: str
    delta: float
    ci_sampling: tuple[float, float]
    ci_total: tuple[float, float]
    p_positive: float
    n_benchmarks: int
    n_families: int
    benchmarks: list[str]
    small: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": CATEGORIES.get(self.category, self.category),
            "delta": self.delta,
            "ci_sampling": list(self.ci_sampling),
            "ci_total": list(self.ci_total),
            "p_positive": self.p_positive,
            "n_benchmarks": self.n_benchmarks,
            "n_families": self.n_families,
            "benchmarks": self.benchmarks,
            "small_category_correction": self.small,
        }


@dataclass
class Headline:
    delta: float
    ci_sampling: tuple[float, float]
    ci_total: tuple[float, float]
    p_positive: float
    categories: list[str]
    n_benchmarks: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "delta": self.delta,
            "ci_sampling": list(self.ci_sampling),
            "ci_total": list(self.ci_total),
            "p_positive": self.p_positive,
            "categories": self.categories,
            "n_benchmarks": self.n_benchmarks,
        }


@dataclass
class PairedResult:
    benchmarks: list[BenchmarkDelta]
    categories: dict[str, CategoryResult]
    headline: Headline | None
    headline_reason: str | None  # why there is no headline
    secondary: dict[str, Any]
    excluded: list[dict[str, Any]]  # shared keys left out of the headline, and why
    conflicts: list[dict[str, Any]]
    naive: dict[str, Any]


# --- choosing one score per key ------------------------------------------------------------------


def _doc_subject(s: Score, catalog: Catalog, cache: dict[str, str | None]) -> str | None:
    """The model a document is about (its card), from its URL tail or title; None for reports."""
    did = s.provenance.doc_id or ""
    if did in cache:
        return cache[did]
    subject = None
    for text in (s.provenance.url, s.provenance.title):
        if not text:
            continue
        tail = text.rstrip("/").split("/")[-1]
        res = resolve_model(tail, catalog=catalog)
        if res.id:
            subject = res.id
            break
    cache[did] = subject
    return subject


def group_by_key(scores: Sequence[Score]) -> dict[IdentityKey, list[Score]]:
    out: dict[IdentityKey, list[Score]] = {}
    for s in scores:
        if s.benchmark is None:
            continue
        out.setdefault(s.key, []).append(s)
    return out


def conflicts_of(model: str, key: IdentityKey, scores: Sequence[Score]) -> dict[str, Any] | None:
    """Different numbers for one model and key in different documents (a lab re-run), or None."""
    by_doc: dict[str, Score] = {}
    for s in scores:
        by_doc.setdefault(s.provenance.doc_id or "", s)

    def on_one_scale(s: Score) -> float:
        # 7.9 printed out of 10 and 79 printed out of 100 are the same number, not a re-run
        return round({"fraction": 100.0, "score10": 10.0}.get(s.scale, 1.0) * s.value, 6)

    values = {on_one_scale(s) for s in by_doc.values()}
    if len(by_doc) < 2 or len(values) < 2:
        return None
    return {
        "model": model,
        "benchmark": key.benchmark,
        "key": key.describe(),
        "setting": key.setting(),
        "values": [
            {"value": s.value, "scale": s.scale, "document": s.provenance.title, "doc_id": s.provenance.doc_id,
             "model_label": s.model_label, "label": s.benchmark_label, "line": s.provenance.line,
             "first_party": s.first_party, "publisher": s.provenance.publisher}
            for s in by_doc.values()
        ],
        "spread": max(values) - min(values),  # on the 0-100 scale where the prints differ
    }


def choose(new: Sequence[Score], old: Sequence[Score], new_id: str, old_id: str, catalog: Catalog,
           cache: dict[str, str | None]) -> tuple[Score, Score, bool]:
    """One score per side: a pair from the same document first (one pipeline), otherwise each
    model's own card, otherwise the document reporting the most for that model."""
    old_docs = {s.provenance.doc_id: s for s in old}
    for s in new:
        if s.provenance.doc_id in old_docs:
            return s, old_docs[s.provenance.doc_id], True

    def pick(cands: Sequence[Score], mid: str) -> Score:
        return sorted(cands, key=lambda s: (_doc_subject(s, catalog, cache) != mid,
                                            s.provenance.doc_id or ""))[0]

    return pick(new, new_id), pick(old, old_id), False


# --- the comparison ------------------------------------------------------------------------------


def _bench(catalog: Catalog, bid: str) -> Benchmark:
    b = catalog.benchmarks.get(bid)
    if b is None:  # an id from a newer catalog or a CSV: treat as generic accuracy in "other"
        b = Benchmark(id=bid, name=bid, category="other", scale="accuracy", family=bid)
    return b


def benchmark_delta(key: IdentityKey, ns: Score, os_: Score, same_doc: bool, catalog: Catalog,
                    headline_categories: Sequence[str]) -> BenchmarkDelta:
    b = _bench(catalog, key.benchmark)
    nn, on = normalize_score(ns, b), normalize_score(os_, b)
    sign = 1.0 if b.higher_is_better else -1.0
    flags: list[str] = []
    delta = None
    se = None
    logit_delta = None
    if is_rating(ns, b) or is_rating(os_, b):
        logit_delta = sign * (ns.value - os_.value) * LN10_400
        flags.append("rating: log-odds only")
    else:
        assert nn.pp is not None and on.pp is not None
        delta = sign * (nn.pp - on.pp)
        if nn.se_pp is not None and on.se_pp is not None:
            se = math.sqrt(nn.se_pp**2 + on.se_pp**2)
        else:
            flags.append("unknown SE")
        pn = min(max(nn.pp / 100.0, 0.0), 1.0)
        po = min(max(on.pp / 100.0, 0.0), 1.0)
        if b.scale in ("accuracy", "winrate", "composite", "metric", "judge"):
            logit_delta = sign * (logit(pn, nn.n) - logit(po, on.n))
    if nn.n_source == "catalog" or on.n_source == "catalog":
        flags.append("n from catalog")
    if ns.benchmark_label and os_.benchmark_label and ns.benchmark_label != os_.benchmark_label:
        flags.append(f"alias-resolved: {os_.benchmark_label!r} -> {ns.benchmark_label!r}")
    in_headline = delta is not None and b.category in headline_categories
    return BenchmarkDelta(
        benchmark=b.id, name=b.name, category=b.category, family=b.family, key=key, scale_type=b.scale,
        new_value=ns.value, old_value=os_.value, new_pp=nn.pp, old_pp=on.pp, delta=delta,
        delta_raw=sign * (ns.value - os_.value), se=se, logit_delta=logit_delta, n_new=nn.n, n_old=on.n,
        in_headline=in_headline, new_source=Source.of(ns), old_source=Source.of(os_), same_document=same_doc,
        flags=flags,
    )


def naive_average(new: Sequence[Score], old: Sequence[Score], catalog: Catalog) -> dict[str, Any]:
    """What a spreadsheet gives: each model's plain mean of whatever it reports, per category, unpaired."""

    def per_cat(scores: Sequence[Score]) -> tuple[dict[str, list[float]], list[float]]:
        seen: dict[IdentityKey, float] = {}
        for s in scores:
            if s.benchmark is None:
                continue
            b = _bench(catalog, s.key.benchmark)
            if is_rating(s, b):
                continue
            nz = normalize_score(s, b)
            seen.setdefault(s.key, 100.0 * (nz.unit or 0.0))
        # one number per benchmark and setting, as a spreadsheet row: the overall score where the model has
        # one, else the mean of its subsets (a report's per-language appendix is not 60 benchmarks)
        parts: dict[IdentityKey, list[float]] = {}
        for key in [k for k in seen if k.subset is not None]:
            parts.setdefault(dataclasses.replace(key, subset=None), []).append(seen.pop(key))
        for key, vs in parts.items():
            seen.setdefault(key, statistics.fmean(vs))
        cats: dict[str, list[float]] = {}
        for key, v in seen.items():
            cats.setdefault(_bench(catalog, key.benchmark).category, []).append(v)
        return cats, list(seen.values())

    nc, nall = per_cat(new)
    oc, oall = per_cat(old)
    out: dict[str, Any] = {}
    for cat in sorted(set(nc) | set(oc), key=lambda c: list(CATEGORIES).index(c) if c in CATEGORIES else 99):
        nv = statistics.fmean(nc[cat]) if cat in nc else None
        ov = statistics.fmean(oc[cat]) if cat in oc else None
        out[cat] = {"new": nv, "old": ov, "delta": (nv - ov) if nv is not None and ov is not None else None,
                    "n_new": len(nc.get(cat, [])), "n_old": len(oc.get(cat, []))}
    overall_new = statistics.fmean(nall) if nall else None
    overall_old = statistics.fmean(oall) if oall else None
    out["overall"] = {
        "new": overall_new, "old": overall_old,
        "delta": overall_new - overall_old if overall_new is not None and overall_old is not None else None,
        "n_new": len(nall), "n_old": len(oall),
    }
    return out


def compare_scores(
    new_id: str,
    old_id: str,
    new_scores: Sequence[Score],
    old_scores: Sequence[Score],
    catalog: Catalog,
    options: Options | None = None,
) -> PairedResult:
    """Paired comparison of two models' scores (already filtered to one mode and source policy)."""
    opt = options or Options()
    cache: dict[str, str | None] = {}
    ng, og = group_by_key(new_scores), group_by_key(old_scores)
    conflicts = []
    for mid, groups in ((new_id, ng), (old_id, og)):
        for key, ss in groups.items():
            c = conflicts_of(mid, key, ss)
            if c:
                conflicts.append(c)
    deltas: list[BenchmarkDelta] = []
    for key in sorted(set(ng) & set(og), key=lambda k: k.to_json()):
        ns, os_, same = choose(ng[key], og[key], new_id, old_id, catalog, cache)
        deltas.append(benchmark_delta(key, ns, os_, same, catalog, opt.categories))
    deltas.sort(key=lambda d: (list(CATEGORIES).index(d.category) if d.category in CATEGORIES else 99,
                               d.family, d.benchmark, d.key.to_json()))
    # per-benchmark significance (Holm over the benchmarks with a known SE)
    pvals = [unc.z_pvalue(d.delta, d.se) if d.delta is not None else None for d in deltas]
    rejected = unc.holm(pvals)
    for d, p, r in zip(deltas, pvals, rejected, strict=True):
        d.p_value = p
        if r is None:
            d.significant = None
        elif r:
            d.significant = "up" if (d.delta or 0) > 0 else "down"
        else:
            d.significant = "neither"
    excluded = [
        {"benchmark": d.benchmark, "key": d.key.describe(),
         "reason": "rating scale: log-odds variant only" if d.delta is None
         else f"category {d.category!r} is not in the headline categories"}
        for d in deltas if not d.in_headline
    ]
    units_idx = [i for i, d in enumerate(deltas) if d.in_headline]
    units = [unc.Unit(deltas[i].delta, deltas[i].se**2 if deltas[i].se is not None else None,  # type: ignore[arg-type]
                      deltas[i].category, deltas[i].family) for i in units_idx]
    categories: dict[str, CategoryResult] = {}
    headline = None
    reason = None
    secondary: dict[str, Any] = {}
    if units:
        tau2, tau2_source = unc.heterogeneity(units, opt.tau2)
        draws = unc.monte_carlo(units, draws=opt.draws, seed=opt.seed, tau2=tau2)
        for ci, cat in enumerate(draws.categories):
            members = [deltas[i] for i in units_idx if deltas[i].category == cat]
            w = unc.category_weights(units, cat)
            point = float(np.dot(w, [u.delta for u in units]))
            categories[cat] = CategoryResult(
                category=cat,
                delta=point,
                ci_sampling=unc.interval(draws.sampling[:, ci], opt.level),
                ci_total=unc.interval(draws.total[:, ci], opt.level),
                p_positive=float(np.mean(draws.total[:, ci] > 0)),
                n_benchmarks=len(members),
                n_families=len({m.family for m in members}),
                benchmarks=[m.benchmark for m in members],
                small=len(members) < unc.SMALL_CATEGORY and draws.tau2 > 0,
            )
        categories = dict(sorted(categories.items(), key=lambda kv: list(CATEGORIES).index(kv[0])
                                 if kv[0] in CATEGORIES else 99))
        n_cat, n_b = len(categories), len(units)
        if n_cat >= opt.min_categories and n_b >= opt.min_benchmarks:
            w = unc.design_weights(units)
            headline = Headline(
                delta=float(np.dot(w, [u.delta for u in units])),
                ci_sampling=unc.interval(draws.headline_sampling(), opt.level),
                ci_total=unc.interval(draws.headline_total(), opt.level),
                p_positive=float(np.mean(draws.headline_total() > 0)),
                categories=list(categories),
                n_benchmarks=n_b,
            )
        else:
            reason = (f"{n_b} shared benchmark(s) in {n_cat} categor{'y' if n_cat == 1 else 'ies'}: a headline "
                      f"needs at least {opt.min_benchmarks} benchmarks in {opt.min_categories} categories")
        dl = unc.dersimonian_laird([u.delta for u in units if u.var], [u.var for u in units if u.var])
        secondary["random_effects"] = (
            {"mu": dl.mu, "se": dl.se, "ci": [dl.mu - 1.96 * dl.se, dl.mu + 1.96 * dl.se], "tau2": dl.tau2,
             "i2": dl.i2, "k": dl.k} if dl else None)
        secondary["tau2"] = draws.tau2
        secondary["tau2_source"] = tau2_source
    else:
        reason = "no shared benchmark in the headline categories"
    hd = [d for d in deltas if d.in_headline]
    secondary["median_delta"] = statistics.median([d.delta for d in hd]) if hd else None  # type: ignore[type-var]
    secondary["counts"] = {
        "up": sum(1 for d in hd if d.significant == "up"),
        "down": sum(1 for d in hd if d.significant == "down"),
        "neither": sum(1 for d in hd if d.significant == "neither"),
        "unknown_se": sum(1 for d in hd if d.significant is None),
        "positive": sum(1 for d in hd if (d.delta or 0) > 0),
        "negative": sum(1 for d in hd if (d.delta or 0) < 0),
    }
    secondary["sign_test_p"] = unc.sign_test([d.delta for d in hd if d.delta is not None])
    secondary["logit"] = _logit_aggregate(deltas, opt.categories)
    secondary["all_categories"] = _all_categories(deltas)
    return PairedResult(
        benchmarks=deltas,
        categories=categories,
        headline=headline,
        headline_reason=reason,
        secondary=secondary,
        excluded=excluded,
        conflicts=conflicts,
        naive=naive_average(new_scores, old_scores, catalog),
    )


def headline_units(pr: PairedResult) -> list[unc.Unit]:
    """The per-benchmark deltas of a paired result as the statistics see them."""
    return [unc.Unit(d.delta, d.se**2 if d.se is not None else None, d.category, d.family)  # type: ignore[arg-type]
            for d in pr.benchmarks if d.in_headline and d.delta is not None]


def _weighted(deltas: Sequence[BenchmarkDelta], values: Sequence[float]) -> float | None:
    if not deltas:
        return None
    units = [unc.Unit(v, None, d.category, d.family) for d, v in zip(deltas, values, strict=True)]
    w = unc.design_weights(units)
    return float(np.dot(w, values))


def _logit_aggregate(deltas: Sequence[BenchmarkDelta], categories: Sequence[str]) -> dict[str, Any] | None:
    """Category-weighted mean of log-odds deltas; includes ratings (dR * ln10/400) and win rates."""
    sel = [d for d in deltas if d.logit_delta is not None and d.category in categories]
    if not sel:
        return None
    return {"delta": _weighted(sel, [d.logit_delta for d in sel]), "n_benchmarks": len(sel),  # type: ignore[misc]
            "includes_ratings": sum(1 for d in sel if d.scale_type == "rating")}


def _all_categories(deltas: Sequence[BenchmarkDelta]) -> dict[str, Any] | None:
    """The headline variant that also counts judge-scored and 'other' benchmarks."""
    sel = [d for d in deltas if d.delta is not None]
    if not sel:
        return None
    return {"delta": _weighted(sel, [d.delta for d in sel]), "n_benchmarks": len(sel),  # type: ignore[misc]
            "categories": sorted({d.category for d in sel})}
