"""Uncertainty of paired deltas: sampling error, benchmark-selection error, and their combination.

Pure, seeded, vectorised functions of per-benchmark deltas (see ``docs/methodology.md``):

* :func:`monte_carlo` draws, R times, (1) a stratified bootstrap over benchmarks inside each category
  (families resampled first, then benchmarks inside each drawn family) and (2) sampling noise
  ``N(0, v_b)`` for every benchmark with a known variance; categories with fewer than 3 benchmarks get
  extra noise ``N(0, tau^2 / k_c)``, with tau^2 from :func:`heterogeneity` (DerSimonian-Laird when enough
  SEs are known, else pooled over the comparison's pairs or the spread of the deltas). It returns
  sampling-only and total draws of each category mean and of the headline.
* :func:`dersimonian_laird` is the random-effects cross-check (mu, SE, tau^2, I^2).
* :func:`holm` adjusts per-benchmark p-values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SMALL_CATEGORY = 3  # categories with fewer benchmarks get the tau^2 correction


@dataclass(frozen=True)
class Unit:
    """One benchmark's paired delta as the statistics see it."""

    delta: float
    var: float | None  # sampling variance of delta, None when unknown
    category: str
    family: str


@dataclass(frozen=True)
class DL:
    mu: float
    se: float
    tau2: float
    i2: float
    q: float
    k: int


def dersimonian_laird(deltas: Sequence[float], variances: Sequence[float]) -> DL | None:
    """Random-effects meta-analysis (DerSimonian & Laird 1986) of effects with known variances."""
    d = np.asarray(deltas, dtype=float)
    v = np.asarray(variances, dtype=float)
    keep = np.isfinite(d) & np.isfinite(v) & (v > 0)
    d, v = d[keep], v[keep]
    k = len(d)
    if k == 0:
        return None
    w = 1.0 / v
    mean_w = float(np.sum(w * d) / np.sum(w))
    q = float(np.sum(w * (d - mean_w) ** 2))
    denom = float(np.sum(w) - np.sum(w**2) / np.sum(w))
    tau2 = max(0.0, (q - (k - 1)) / denom) if k > 1 and denom > 0 else 0.0
    ws = 1.0 / (v + tau2)
    mu = float(np.sum(ws * d) / np.sum(ws))
    se = float(np.sum(ws) ** -0.5)
    i2 = max(0.0, (q - (k - 1)) / q) if q > 0 else 0.0
    return DL(mu=mu, se=se, tau2=tau2, i2=i2, q=q, k=k)


def design_weights(units: Sequence[Unit]) -> np.ndarray:
    """Weights: equal per category, then per family inside it, then per benchmark inside the family."""
    cats: dict[str, dict[str, list[int]]] = {}
    for i, u in enumerate(units):
        cats.setdefault(u.category, {}).setdefault(u.family, []).append(i)
    w = np.zeros(len(units))
    for fams in cats.values():
        for members in fams.values():
            for i in members:
                w[i] = 1.0 / len(cats) / len(fams) / len(members)
    return w


def category_weights(units: Sequence[Unit], category: str) -> np.ndarray:
    sub = [u if u.category == category else None for u in units]
    fams: dict[str, list[int]] = {}
    for i, u in enumerate(sub):
        if u is not None:
            fams.setdefault(u.family, []).append(i)
    w = np.zeros(len(units))
    for members in fams.values():
        for i in members:
            w[i] = 1.0 / len(fams) / len(members)
    return w


@dataclass
class Draws:
    """Monte Carlo draws: per category and for the headline (mean of category means)."""

    categories: list[str]
    sampling: np.ndarray  # (R, C) category means with sampling noise only
    total: np.ndarray  # (R, C) with benchmark bootstrap + sampling noise (+ small-category noise)
    tau2: float

    def headline_sampling(self) -> np.ndarray:
        return self.sampling.mean(axis=1)

    def headline_total(self) -> np.ndarray:
        return self.total.mean(axis=1)


def monte_carlo(units: Sequence[Unit], *, draws: int = 10_000, seed: int = 0, tau2: float | None = None) -> Draws:
    """Seeded Monte Carlo over sampling error and benchmark choice (methods.md 6.4)."""
    rng = np.random.default_rng(seed)
    n = len(units)
    delta = np.array([u.delta for u in units], dtype=float)
    var = np.array([u.var if u.var is not None else 0.0 for u in units], dtype=float)
    if tau2 is None:
        known = [i for i, u in enumerate(units) if u.var is not None and u.var > 0]
        dl = dersimonian_laird(delta[known], var[known]) if known else None
        tau2 = dl.tau2 if dl is not None else 0.0
    # one matrix of noisy deltas shared by both variants, so they differ only by the bootstrap
    noisy = delta[None, :] + rng.standard_normal((draws, n)) * np.sqrt(var)[None, :]
    cats = sorted({u.category for u in units})
    samp = np.empty((draws, len(cats)))
    tot = np.empty((draws, len(cats)))
    for ci, cat in enumerate(cats):
        w = category_weights(units, cat)
        samp[:, ci] = noisy @ w
        # families of this category, with their member indices
        fams: dict[str, list[int]] = {}
        for i, u in enumerate(units):
            if u.category == cat:
                fams.setdefault(u.family, []).append(i)
        members = list(fams.values())
        n_f = len(members)
        sizes = np.array([len(m) for m in members])
        bmax = int(sizes.max())
        table = np.full((n_f, bmax), -1, dtype=np.int64)
        for f, m in enumerate(members):
            table[f, : len(m)] = m
        fam_pick = rng.integers(0, n_f, size=(draws, n_f))  # which family fills each slot
        slot_sizes = sizes[fam_pick]  # (R, F)
        u01 = rng.random((draws, n_f, bmax))
        local = np.floor(u01 * slot_sizes[..., None]).astype(np.int64)  # (R, F, Bmax)
        mask = np.arange(bmax)[None, None, :] < slot_sizes[..., None]
        local = np.where(mask, local, 0)
        bench = table[fam_pick[..., None], local]  # (R, F, Bmax) global benchmark indices
        vals = np.take_along_axis(noisy, bench.reshape(draws, -1), axis=1).reshape(draws, n_f, bmax)
        fam_means = np.where(mask, vals, 0.0).sum(axis=2) / slot_sizes
        cat_mean = fam_means.mean(axis=1)
        k_c = int(sizes.sum())
        if k_c < SMALL_CATEGORY and tau2 > 0:
            cat_mean = cat_mean + rng.standard_normal(draws) * math.sqrt(tau2 / k_c)
        tot[:, ci] = cat_mean
    return Draws(categories=cats, sampling=samp, total=tot, tau2=float(tau2))


MIN_KNOWN_FOR_DL = 5  # fewer benchmarks with a known SE than this: tau^2 is not estimated from them alone


def moment_tau2(units: Sequence[Unit]) -> float | None:
    """Between-benchmark variance of deltas from the deltas themselves (no SE needed): the pooled spread of
    each category's deltas around the category mean, less the mean known sampling variance; over all
    deltas around their mean when no category has two. None with fewer than two deltas."""
    by_cat: dict[str, list[Unit]] = {}
    for u in units:
        by_cat.setdefault(u.category, []).append(u)
    ss, dof, vs = 0.0, 0, []
    for us in by_cat.values():
        if len(us) >= 2:
            m = sum(u.delta for u in us) / len(us)
            ss += sum((u.delta - m) ** 2 for u in us)
            dof += len(us) - 1
            vs += [u.var for u in us if u.var]
    if dof == 0:
        if len(units) < 2:
            return None
        m = sum(u.delta for u in units) / len(units)
        ss = sum((u.delta - m) ** 2 for u in units)
        dof = len(units) - 1
        vs = [u.var for u in units if u.var]
    mean_v = sum(vs) / len(vs) if vs else 0.0
    return max(0.0, ss / dof - mean_v)


def heterogeneity(units: Sequence[Unit], pooled: float | None = None) -> tuple[float, str]:
    """tau^2 for the small-category correction, and how it was obtained: DerSimonian-Laird when at least
    ``MIN_KNOWN_FOR_DL`` benchmarks have a known SE; else the value pooled over the comparison's pairs when
    one is given; else the moment estimate of this pair's deltas."""
    known = [u for u in units if u.var is not None and u.var > 0]
    if len(known) >= MIN_KNOWN_FOR_DL:
        dl = dersimonian_laird([u.delta for u in known], [u.var for u in known])  # type: ignore[misc]
        if dl is not None:
            return dl.tau2, f"DerSimonian-Laird over {len(known)} benchmarks with a known SE"
    if pooled is not None:
        return pooled, "pooled over the comparison's pairs (too few benchmarks with a known SE here)"
    m = moment_tau2(units)
    if m is not None:
        return m, "spread of this pair's deltas (too few benchmarks with a known SE)"
    return 0.0, "not estimable (one benchmark)"


def pooled_tau2(unit_sets: Sequence[Sequence[Unit]]) -> float | None:
    """One heterogeneity for a whole comparison: the k-weighted mean of the pairs' DerSimonian-Laird tau^2
    where at least ``MIN_KNOWN_FOR_DL`` SEs are known, else the pooled moment estimate over all pairs."""
    num = den = 0.0
    for units in unit_sets:
        known = [u for u in units if u.var is not None and u.var > 0]
        if len(known) >= MIN_KNOWN_FOR_DL:
            dl = dersimonian_laird([u.delta for u in known], [u.var for u in known])  # type: ignore[misc]
            if dl is not None:
                num += dl.tau2 * len(known)
                den += len(known)
    if den > 0:
        return num / den
    ests = [(moment_tau2(us), len(us)) for us in unit_sets]
    ests = [(t, k) for t, k in ests if t is not None]
    if not ests:
        return None
    return sum(t * k for t, k in ests) / sum(k for _, k in ests)


def interval(x: np.ndarray, level: float = 0.95) -> tuple[float, float]:
    a = (1.0 - level) / 2.0
    lo, hi = np.quantile(x, [a, 1.0 - a])
    return float(lo), float(hi)


def z_pvalue(delta: float, se: float | None) -> float | None:
    if se is None or se <= 0:
        return None
    return float(math.erfc(abs(delta) / se / math.sqrt(2.0)))


def holm(pvalues: Sequence[float | None], alpha: float = 0.05) -> list[bool | None]:
    """Holm-Bonferroni: which hypotheses are rejected (None where the p-value is unknown)."""
    idx = [i for i, p in enumerate(pvalues) if p is not None]
    order = sorted(idx, key=lambda i: pvalues[i])  # type: ignore[arg-type, return-value]
    m = len(order)
    out: list[bool | None] = [None] * len(pvalues)
    still = True
    for rank, i in enumerate(order):
        p = pvalues[i]
        assert p is not None
        if still and p <= alpha / (m - rank):
            out[i] = True
        else:
            still = False
            out[i] = False
    return out


def sign_test(deltas: Sequence[float]) -> float | None:
    pos = sum(1 for d in deltas if d > 0)
    neg = sum(1 for d in deltas if d < 0)
    if pos + neg == 0:
        return None
    return binom_two_sided(pos, pos + neg)


def binom_two_sided(k: int, n: int, p: float = 0.5) -> float:
    """Exact two-sided binomial test p-value (the sum of outcomes no more likely than ``k``), as in
    ``scipy.stats.binomtest``; used for the sign test and the exact McNemar test."""
    if n == 0:
        return 1.0
    probs = [math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(n + 1)]
    obs = probs[k]
    return float(min(1.0, sum(q for q in probs if q <= obs * (1 + 1e-7))))
