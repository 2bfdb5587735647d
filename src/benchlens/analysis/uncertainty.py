"""Uncertainty of paired deltas: sampling error, benchmark-selection error, and their combination.

Pure, seeded, vectorised functions of per-benchmark deltas (see ``docs/methodology.md``):

* :func:`monte_carlo` draws, R times, (1) a stratified bootstrap over benchmarks inside each category
  (families resampled first, then benchmarks inside each drawn family) and (2) sampling noise
  ``N(0, v_b)`` for every benchmark with a known variance; categories with fewer than 3 benchmarks get
  extra noise ``N(0, tau^2 / k_c)``, with tau^2 the DerSimonian-Laird heterogeneity of all shared
  benchmarks. It returns sampling-only and total draws of each category mean and of the headline.
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
