"""Scale handling: every reported number to a common footing, or kept apart when it has none.

* accuracy with a chance floor ``c``: ``(s - c) / (1 - c)`` in percentage points (unclipped for
  statistics; :func:`display_clip` for display);
* win rates, judge scores, composites and other 0-100 metrics: as reported, rescaled to 0-100 (a judge
  scoring 1-10 is multiplied by 10) and never chance-corrected;
* ratings (Elo, Codeforces): never averaged with percentages; they enter only the log-odds variant,
  as ``dR * ln(10) / 400``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from benchlens.catalog.catalog import Benchmark
from benchlens.records import Score

LN10_400 = math.log(10) / 400.0


@dataclass(frozen=True)
class Normalized:
    """One score on the analysis footing."""

    pp: float | None  # headline scale, percentage points (None for ratings)
    unit: float | None  # 0..1 proportion before chance correction (None for ratings)
    rating: float | None  # the rating, for rating-scale benchmarks
    se_pp: float | None  # standard error on the pp scale, None when unknown
    n: int | None  # items used for the SE
    n_source: str | None  # "score" | "catalog" | None


def is_rating(score: Score, bench: Benchmark | None) -> bool:
    """A rating (Elo-like) number: by how it is printed, or by the benchmark's scale."""
    if score.scale == "rating":
        return True
    return bench is not None and bench.scale == "rating" and score.scale not in ("percent", "fraction")


def unit_value(score: Score, bench: Benchmark | None) -> float | None:
    """The score as a proportion of the benchmark's full scale (0..1), or None for ratings."""
    if is_rating(score, bench):
        return None
    v = float(score.value)
    if score.scale == "fraction":
        return v
    if score.scale == "score10":
        return v / 10.0
    if score.scale == "percent":
        return v / 100.0
    top = bench.max if bench is not None and bench.scale != "rating" else 100.0
    return v / top


def normalize_score(score: Score, bench: Benchmark | None) -> Normalized:
    if is_rating(score, bench):
        return Normalized(None, None, float(score.value), None, None, None)
    u = unit_value(score, bench)
    assert u is not None
    chance = bench.chance if bench is not None and bench.scale == "accuracy" else 0.0
    pp = 100.0 * (u - chance) / (1.0 - chance)
    n, n_source = None, None
    if score.n_items:
        n, n_source = int(score.n_items), "score"
    elif bench is not None and bench.n_items:
        n, n_source = int(bench.n_items), "catalog"
    se = None
    if score.stderr is not None:
        factor = _unit_factor(score, bench)
        se = 100.0 * float(score.stderr) * factor / (1.0 - chance)
    elif n and bench is not None and bench.scale in ("accuracy", "winrate", "composite"):
        uc = min(max(u, 0.5 / n), 1.0 - 0.5 / n)
        se = 100.0 * math.sqrt(uc * (1.0 - uc) / n) / (1.0 - chance)
    return Normalized(pp, u, None, se, n, n_source)


def _unit_factor(score: Score, bench: Benchmark | None) -> float:
    if score.scale == "fraction":
        return 1.0
    if score.scale == "score10":
        return 0.1
    if score.scale == "percent":
        return 0.01
    return 1.0 / (bench.max if bench is not None and bench.scale != "rating" else 100.0)


def logit(p: float, n: int | None) -> float:
    """Empirical logit of a proportion; with ``n`` the +1/2 correction, else clipped at 0.1%."""
    if n:
        k = p * n
        return math.log((k + 0.5) / (n - k + 0.5)) if 0 <= p <= 1 else math.log(
            (min(max(k, 0), n) + 0.5) / (n - min(max(k, 0), n) + 0.5))
    q = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(q / (1 - q))


def display_clip(pp: float | None) -> float | None:
    """Chance-corrected values below the floor are shown as 0 (statistics keep them unclipped)."""
    if pp is None:
        return None
    return max(0.0, pp)
