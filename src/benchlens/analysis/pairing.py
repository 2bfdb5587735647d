"""Which model meets which across two generations.

The rule (documented in ``docs/methodology.md``):

1. Base models meet base models; post-trained models meet post-trained models.
2. Dense meets dense and MoE meets MoE when the older generation has that architecture.
3. Among those, the nearest in size: the smallest Euclidean distance over (log total parameters,
   log active parameters), so that both memory and compute count. Ties go to the smaller
   difference in total parameters.
4. In each mode (thinking / non-thinking), among older models of that size that run in that mode,
   the latest revision (for Qwen3 that is the 2507 release, the model one migrates from).
5. ``--pair NEW=OLD`` overrides the rule for a new model.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from benchlens.analysis.models import ModelInfo

MODES = ("thinking", "non-thinking")


@dataclass(frozen=True)
class Pair:
    new: ModelInfo
    old: ModelInfo
    mode: str | None
    rule: str  # how the pair was made
    distance: float | None = None


def size_distance(a: ModelInfo, b: ModelInfo) -> float | None:
    if not a.params_total or not b.params_total:
        return None
    at, bt = math.log(a.params_total), math.log(b.params_total)
    aa = math.log(a.params_active or a.params_total)
    ba = math.log(b.params_active or b.params_total)
    return math.hypot(at - bt, aa - ba)


def _supports(m: ModelInfo, mode: str | None) -> bool:
    if mode is None or not m.modes:
        return True
    return mode in m.modes


def _is_base(m: ModelInfo) -> bool:
    return m.variant == "base"


def pair_models(
    new: list[ModelInfo],
    old: list[ModelInfo],
    *,
    modes: tuple[str | None, ...] = MODES,
    overrides: dict[str, str] | None = None,
) -> list[Pair]:
    """Pairs for every new model and mode, following the documented rule."""
    overrides = overrides or {}
    by_id = {m.id: m for m in old}
    pairs: list[Pair] = []
    for n in sorted(new, key=lambda m: (m.params_total or 0, m.params_active or 0, m.id)):
        for mode in modes:
            if not _supports(n, mode):
                continue
            if n.id in overrides:
                target = by_id.get(overrides[n.id])
                if target is not None and _supports(target, mode):
                    pairs.append(Pair(n, target, mode, "chosen by the user (--pair, or two models named)",
                                      size_distance(n, target)))
                continue
            cands = [o for o in old if _is_base(o) == _is_base(n) and _supports(o, mode)]
            if n.arch and any(o.arch == n.arch for o in cands):
                cands = [o for o in cands if o.arch == n.arch]
            scored = [(size_distance(n, o), o) for o in cands]
            scored = [(d, o) for d, o in scored if d is not None]
            if not scored:
                continue
            best = min(d for d, _ in scored)
            nearest = [o for d, o in scored if abs(d - best) < 1e-9]
            nearest.sort(key=lambda o: (abs((o.params_total or 0) - (n.params_total or 0)),
                                        -_release_rank(o), o.id))
            # same size: the latest revision wins
            top = nearest[0]
            same = [o for o in nearest if o.params_total == top.params_total and o.params_active == top.params_active]
            same.sort(key=lambda o: (-_release_rank(o), o.id))
            pick = same[0]
            rule = f"{pick.arch or 'same-arch'}, nearest size ({n.size_label} vs {pick.size_label})"
            if len(same) > 1:
                rule += f"; latest revision of {len(same)} at that size"
            pairs.append(Pair(n, pick, mode, rule, best))
    return pairs


def _release_rank(m: ModelInfo) -> float:
    """Orders revisions: a later release date (or a dated revision) ranks higher."""
    r = m.released or ""
    digits = "".join(ch for ch in r if ch.isdigit())[:8].ljust(8, "0")
    base = float(digits) if digits.strip("0") else 0.0
    return base + (0.5 if m.revision else 0.0)
