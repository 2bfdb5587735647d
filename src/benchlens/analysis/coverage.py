"""Coverage of many models at once: which benchmarks each pair shares, drops and adds (vectorised).

The per-pair audit (:mod:`benchlens.analysis.audit`) explains one pair; this module answers the same
coverage questions for every pair of a large store at once, with matrix products instead of loops.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from benchlens.records import Score


@dataclass
class Coverage:
    models: list[str]
    benchmarks: list[str]
    presence: np.ndarray  # (M, B) bool: model reports benchmark
    shared: np.ndarray  # (M, M) int32: benchmarks both report
    sizes: np.ndarray  # (M,) benchmarks each reports

    @property
    def jaccard(self) -> np.ndarray:
        """(M, M) float32 Jaccard index |A∩B| / |A∪B| (0 where both report nothing)."""
        union = self.sizes[:, None] + self.sizes[None, :] - self.shared
        with np.errstate(invalid="ignore", divide="ignore"):
            j = np.where(union > 0, self.shared / np.maximum(union, 1), 0.0)
        return j.astype(np.float32)

    def dropped(self) -> np.ndarray:
        """(M, M) counts: [old, new] = benchmarks ``old`` reports that ``new`` does not."""
        return (self.sizes[:, None] - self.shared).astype(np.int32)

    def added(self) -> np.ndarray:
        """(M, M) counts: [old, new] = benchmarks ``new`` reports that ``old`` does not."""
        return (self.sizes[None, :] - self.shared).astype(np.int32)


def coverage_from_presence(presence: np.ndarray, models: Sequence[str] | None = None,
                           benchmarks: Sequence[str] | None = None) -> Coverage:
    p = np.asarray(presence, dtype=bool)
    f = p.astype(np.float32)
    shared = (f @ f.T).astype(np.int32)  # exact: counts are far below 2**24
    return Coverage(list(models or range(p.shape[0])), list(benchmarks or range(p.shape[1])), p, shared,
                    p.sum(axis=1).astype(np.int32))


def coverage_from_scores(scores: Sequence[Score]) -> Coverage:
    """Presence of (model, benchmark) among resolved scores."""
    models = sorted({s.model for s in scores if s.model and s.benchmark})
    benches = sorted({s.benchmark for s in scores if s.model and s.benchmark})
    mi = {m: i for i, m in enumerate(models)}
    bi = {b: i for i, b in enumerate(benches)}
    p = np.zeros((len(models), len(benches)), dtype=bool)
    for s in scores:
        if s.model and s.benchmark:
            p[mi[s.model], bi[s.benchmark]] = True
    return coverage_from_presence(p, models, benches)
