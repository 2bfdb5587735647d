"""Statistics of own runs: per-model scores with 95% intervals, paired tests, verdicts, claim checks.

Pure, seeded functions of per-item scores (see ``docs/evals.md``):

* :func:`model_score`: the (weighted) mean of per-item scores, each item's score being the mean over
  its repeats. The interval is Wilson's for pass/fail items with one sample each and equal weights,
  otherwise mean +/- t(0.975, n-1) x the standard error over items (items, not samples, are the unit).
* :func:`paired`: two models on the items both answered. Pass/fail with one sample per item and equal
  weights: the exact McNemar test (a two-sided binomial test on the discordant pairs) and the interval
  that goes with it (Clopper-Pearson on the discordant pairs, conditional on their number, mapped to
  the difference in accuracy). Otherwise (graded scores, repeats, weights): a paired bootstrap
  over items, the p-value being the share of re-centred bootstrap deltas at least as extreme as the
  observed one. Deltas are ``b - a``.
* :func:`claim_check`: is an observed score consistent with a published number, given the sample size?
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from benchlens.analysis.uncertainty import binom_two_sided

Z95 = 1.959963984540054
DRAWS = 10_000
ALPHA = 0.05


@dataclass(frozen=True)
class ModelScore:
    n: int  # items with at least one scored sample
    score: float | None  # fraction in [0, 1]
    ci: tuple[float, float] | None
    se: float | None
    errors: int  # samples that could not be scored
    binary: bool  # every sample pass/fail, one per item, equal weights
    method: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"n": self.n, "score": _r(self.score), "ci": None if self.ci is None else [_r(self.ci[0]), _r(self.ci[1])],
                "errors": self.errors}


@dataclass(frozen=True)
class PairedTest:
    a: str
    b: str
    n: int
    delta: float | None  # b - a, fraction
    ci: tuple[float, float] | None
    p_value: float | None
    test: str
    discordant: tuple[int, int] | None = None  # (a passed & b failed, a failed & b passed) for McNemar
    category: str | None = None
    p_holm: float | None = None  # Holm-adjusted over the pairs compared together (3+ models: several pairs)
    family: int = 1  # how many pairs were compared together

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "delta": _r(self.delta),
                "ci": None if self.ci is None else [_r(self.ci[0]), _r(self.ci[1])],
                "p_value": _r(self.p_value, 6), "test": self.test,
                "p_holm": _r(self.p_holm if self.p_holm is not None else self.p_value, 6), "pairs_compared": self.family}

    def verdict(self) -> str:
        return verdict(self)


def _r(x: float | None, nd: int = 6) -> float | None:
    return None if x is None else round(float(x), nd)


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    den = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    lo = 0.0 if k == 0 else max(0.0, centre - half)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


def _t(n: int) -> float:
    if n < 2:
        return Z95
    from scipy.stats import t

    return float(t.ppf(0.975, n - 1))


def weighted_mean_se(x: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """Weighted mean and its standard error over items (ratio estimator, n/(n-1) corrected)."""
    sw = float(w.sum())
    m = float((w * x).sum() / sw)
    n = len(x)
    if n < 2:
        return m, float("nan")
    se = math.sqrt(n / (n - 1) * float(((w * (x - m)) ** 2).sum())) / sw
    return m, se


def model_score(x: np.ndarray, w: np.ndarray, *, binary: bool, errors: int = 0) -> ModelScore:
    """Score of one model from per-item scores ``x`` (NaN: no scored sample) and weights ``w``."""
    ok = ~np.isnan(x)
    x, w = x[ok], w[ok]
    n = int(len(x))
    if n == 0:
        return ModelScore(0, None, None, None, errors, binary, "none")
    equal = bool(np.all(w == w[0]))
    if binary and equal:
        k = int(round(float(x.sum())))
        p = k / n
        return ModelScore(n, p, wilson(k, n), math.sqrt(p * (1 - p) / n), errors, True, "Wilson")
    m, se = weighted_mean_se(x, w)
    if not math.isfinite(se):
        return ModelScore(n, m, (0.0, 1.0), None, errors, False, "t")
    h = _t(n) * se
    return ModelScore(n, m, (max(0.0, m - h), min(1.0, m + h)), se, errors, False, "t")


def mcnemar(a: np.ndarray, b: np.ndarray) -> tuple[int, int, float]:
    """Exact McNemar test on paired pass/fail vectors: (n10, n01, p) with n10 = a passed & b failed."""
    a = a.astype(bool)
    b = b.astype(bool)
    n10 = int(np.sum(a & ~b))
    n01 = int(np.sum(~a & b))
    return n10, n01, binom_two_sided(n01, n10 + n01)


def _draw_chunks(n: int, draws: int) -> int:
    return max(1, min(draws, 2_000_000 // max(n, 1)))


def paired_bootstrap(d: np.ndarray, w: np.ndarray, *, draws: int = DRAWS, seed: int = 0) -> tuple[float, tuple[float, float], float]:
    """Paired bootstrap over items of weighted mean differences ``d``: (delta, 95% CI, two-sided p).

    The p-value is (1 + #{|delta* - delta| >= |delta|}) / (R + 1) (the bootstrap re-centred under the null).
    """
    n = len(d)
    sw = float(w.sum())
    delta = float((w * d).sum() / sw)
    rng = np.random.default_rng(seed)
    # with very many items, fewer draws keep the work bounded (the interval is then nearly normal anyway)
    draws = int(min(draws, max(2_000, 200_000_000 // max(n, 1))))
    out = np.empty(draws)
    step = _draw_chunks(n, draws)
    wd = w * d
    for s in range(0, draws, step):
        m = min(step, draws - s)
        idx = rng.integers(0, n, size=(m, n))
        out[s:s + m] = wd[idx].sum(axis=1) / w[idx].sum(axis=1)
    lo, hi = np.quantile(out, [0.025, 0.975])
    if delta == 0.0 and np.all(d == 0):
        p = 1.0
    else:
        p = (1 + int(np.sum(np.abs(out - delta) >= abs(delta) - 1e-12))) / (draws + 1)
    return delta, (float(lo), float(hi)), float(min(1.0, p))


def mcnemar_ci(n10: int, n01: int, n: int, conf: float = 0.95) -> tuple[float, float]:
    """95% interval of (n01 - n10) / n conditional on the discordant count (as the exact test is):
    the Clopper-Pearson interval of n01 / (n10 + n01), mapped to the difference."""
    m = n10 + n01
    if n == 0:
        return (0.0, 0.0)
    if m == 0:
        return (0.0, 0.0)
    from scipy.stats import beta

    a = (1 - conf) / 2
    lo = 0.0 if n01 == 0 else float(beta.ppf(a, n01, m - n01 + 1))
    hi = 1.0 if n01 == m else float(beta.ppf(1 - a, n01 + 1, m - n01))
    return (m * (2 * lo - 1) / n, m * (2 * hi - 1) / n)


def count_bootstrap(n10: int, n01: int, n: int, *, draws: int = DRAWS, seed: int = 0) -> tuple[float, float]:
    """95% interval of (n01 - n10) / n by resampling items, drawn from the 2x2 table's multinomial."""
    if n == 0:
        return (0.0, 0.0)
    rng = np.random.default_rng(seed)
    probs = [n10 / n, n01 / n, max(0.0, 1 - (n10 + n01) / n)]
    counts = rng.multinomial(n, probs, size=draws)
    deltas = (counts[:, 1] - counts[:, 0]) / n
    lo, hi = np.quantile(deltas, [0.025, 0.975])
    return float(lo), float(hi)


def paired(a_label: str, b_label: str, xa: np.ndarray, xb: np.ndarray, w: np.ndarray, *, binary: bool,
           category: str | None = None, draws: int = DRAWS, seed: int = 0) -> PairedTest:
    """Paired comparison of model b against model a on the items both scored (``delta = b - a``)."""
    both = ~np.isnan(xa) & ~np.isnan(xb)
    xa, xb, w = xa[both], xb[both], w[both]
    n = int(both.sum())
    if n == 0:
        return PairedTest(a_label, b_label, 0, None, None, None, "none", category=category)
    if binary and bool(np.all(w == w[0])):
        n10, n01, p = mcnemar(xa, xb)
        delta = (n01 - n10) / n
        return PairedTest(a_label, b_label, n, delta, mcnemar_ci(n10, n01, n), p, "exact McNemar", (n10, n01),
                          category)
    delta, ci, p = paired_bootstrap(xb - xa, w, draws=draws, seed=seed)
    return PairedTest(a_label, b_label, n, delta, ci, p, "paired bootstrap", None, category)


def _pts(x: float) -> str:
    return f"{x * 100:+.1f}"


def verdict(t: PairedTest) -> str:
    """A plain sentence for a paired test."""
    where = f" on {t.category}" if t.category else ""
    if t.n == 0 or t.delta is None or t.p_value is None or t.ci is None:
        return f"{t.b} vs {t.a}{where}: no items scored for both."
    lo, hi = t.ci
    p = t.p_holm if t.p_holm is not None and t.family > 1 else t.p_value
    adj = f" (Holm-adjusted over {t.family} pairs: {_fmt_p(p)})" if t.family > 1 else ""
    stats = (f"{_pts(t.delta)} points, 95% CI {_pts(lo)} to {_pts(hi)}, p = {_fmt_p(t.p_value)}{adj}, {t.test}, "
             f"n = {t.n}")
    if p < ALPHA and t.delta != 0:
        word = "better" if t.delta > 0 else "worse"
        return f"{t.b} is {word} than {t.a}{where}: {stats}."
    bound = max(abs(lo), abs(hi)) * 100
    return (f"No detectable difference between {t.b} and {t.a}{where} ({stats}); "
            f"differences beyond about {bound:.1f} points are unlikely.")


def _fmt_p(p: float) -> str:
    if p < 0.0001:
        return "<0.0001"
    return f"{p:.4f}" if p < 0.01 else f"{p:.3f}"


@dataclass(frozen=True)
class ClaimResult:
    observed: float
    claimed: float
    n: int
    delta: float  # observed - claimed
    tolerance: float  # half-width of the 95% band of sampling noise around the claim at this n
    p_value: float
    test: str
    consistent: bool

    def verdict(self, label: str, claim_model: str) -> str:
        band = f"±{self.tolerance * 100:.1f} points of sampling noise at n = {self.n}"
        if self.consistent:
            return (f"Consistent: {label} scores {self.observed * 100:.1f}% against the claimed "
                    f"{self.claimed * 100:.1f}% for {claim_model} ({_pts(self.delta)} points, within {band}; "
                    f"p = {_fmt_p(self.p_value)}).")
        word = "below" if self.delta < 0 else "above"
        return (f"Not consistent: {label} scores {self.observed * 100:.1f}%, {abs(self.delta) * 100:.1f} points "
                f"{word} the claimed {self.claimed * 100:.1f}% for {claim_model}, beyond {band} "
                f"(p = {_fmt_p(self.p_value)}).")


def claim_check(x: np.ndarray, w: np.ndarray, claimed: float, *, binary: bool) -> ClaimResult:
    """Is the observed score consistent with ``claimed`` (a fraction), given the items scored?

    Pass/fail with one sample per item and equal weights: the exact binomial test of k of n against
    ``claimed``; the tolerance is 1.96 x sqrt(p0 (1 - p0) / n). Otherwise a z-test with the standard
    error over items.
    """
    ok = ~np.isnan(x)
    x, w = x[ok], w[ok]
    n = len(x)
    if n == 0:
        raise ValueError("no scored items")
    p0 = min(1.0, max(0.0, claimed))
    if binary and bool(np.all(w == w[0])):
        k = int(round(float(x.sum())))
        obs = k / n
        p = binom_two_sided(k, n, p0) if 0 < p0 < 1 else (1.0 if obs == p0 else 0.0)
        tol = Z95 * math.sqrt(p0 * (1 - p0) / n)
        return ClaimResult(obs, p0, n, obs - p0, tol, p, "exact binomial", p >= ALPHA)
    m, se = weighted_mean_se(x, w)
    se = se if math.isfinite(se) and se > 0 else math.sqrt(max(p0 * (1 - p0), 1e-12) / n)
    z = (m - p0) / se
    from scipy.stats import norm

    p = float(2 * norm.sf(abs(z)))
    return ClaimResult(m, p0, n, m - p0, Z95 * se, p, "z (item standard error)", p >= ALPHA)


def adjust_family(tests: Sequence[PairedTest]) -> list[PairedTest]:
    """Holm-adjust the p-values of pairs compared together (every pair of 3+ models on the same items)."""
    idx = [i for i, t in enumerate(tests) if t.p_value is not None]
    adjusted = holm([tests[i].p_value for i in idx])  # type: ignore[misc]
    out = list(tests)
    for i, pa in zip(idx, adjusted, strict=True):
        out[i] = dataclasses.replace(tests[i], p_holm=pa, family=len(idx))
    return out


def holm(pvalues: Sequence[float]) -> list[float]:
    """Holm-adjusted p-values (for many pairwise comparisons)."""
    order = sorted(range(len(pvalues)), key=lambda i: pvalues[i])
    out = [0.0] * len(pvalues)
    running = 0.0
    m = len(pvalues)
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * pvalues[i]))
        out[i] = running
    return out
