"""Model selection for comparisons: what ``qwen3`` or ``qwen3.5-27b`` or a stored label stands for.

A *selector* is a generation name from the catalog (``qwen3``), a generation named in a user's CSV, a
catalog model id or alias, or the exact label of a stored model the catalog does not know.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from benchlens.catalog import normalize, resolve_model
from benchlens.catalog.catalog import Catalog
from benchlens.errors import NotFoundError


@dataclass(frozen=True)
class ModelInfo:
    """What the analysis needs to know about a model (catalog or user-declared)."""

    id: str  # catalog id, or the stored label for a model the catalog does not know
    name: str
    generation: str | None
    variant: str | None
    params_total: float | None
    params_active: float | None
    arch: str | None
    modes: tuple[str, ...]
    released: str | None
    revision: str | None
    in_catalog: bool

    @property
    def size_label(self) -> str:
        if self.params_total is None:
            return "?"
        t = f"{self.params_total:g}B"
        if self.arch == "moe" and self.params_active and self.params_active != self.params_total:
            return f"{t}-A{self.params_active:g}B"
        return t


def model_info(mid: str, catalog: Catalog, user_models: dict[str, dict] | None = None) -> ModelInfo:
    m = catalog.models.get(mid)
    if m is not None:
        return ModelInfo(
            id=m.id, name=m.name, generation=m.generation, variant=m.variant, params_total=m.params_total,
            params_active=m.params_active if m.params_active is not None else (
                m.params_total if m.arch != "moe" else None),
            arch=m.arch, modes=m.modes, released=m.released, revision=m.revision, in_catalog=True,
        )
    u = (user_models or {}).get(mid, {})
    total = u.get("params_total")
    arch = u.get("arch") or ("dense" if total is not None and u.get("params_active") in (None, total) else None)
    if arch is None and u.get("params_active") is not None:
        arch = "moe"
    return ModelInfo(
        id=mid, name=mid, generation=u.get("generation"), variant=u.get("variant"), params_total=total,
        params_active=u.get("params_active") if u.get("params_active") is not None else total,
        arch=arch, modes=(), released=None, revision=None, in_catalog=False,
    )


def select(
    selector: str,
    catalog: Catalog,
    *,
    user_models: dict[str, dict] | None = None,
    stored_labels: list[str] | None = None,
    include_base: bool = False,
) -> tuple[str, list[ModelInfo]]:
    """Resolve a selector to ("generation" | "model", models). Raises NotFoundError with suggestions."""
    user_models = user_models or {}
    norm = normalize(selector)
    gens: dict[str, list[str]] = {}
    for m in catalog.models.values():
        if m.generation:
            gens.setdefault(normalize(m.generation), []).append(m.id)
    for label, u in user_models.items():
        if u.get("generation"):
            gens.setdefault(normalize(u["generation"]), []).append(label)
    if norm in gens:
        infos = [model_info(mid, catalog, user_models) for mid in gens[norm]]
        if not include_base:
            infos = [i for i in infos if i.variant != "base"]
        return "generation", infos
    if selector in catalog.models:
        return "model", [model_info(selector, catalog, user_models)]
    res = resolve_model(selector, catalog=catalog)
    if res.id:
        return "model", [model_info(res.id, catalog, user_models)]
    labels = list(user_models) + list(stored_labels or [])
    for label in labels:
        if label == selector or normalize(label) == norm:
            return "model", [model_info(label, catalog, user_models)]
    pool = sorted({*(m.generation for m in catalog.models.values() if m.generation), *catalog.models, *labels})
    close = difflib.get_close_matches(selector, pool, n=4, cutoff=0.6)
    hint = f" Did you mean: {', '.join(close)}?" if close else " Try `benchlens models` for the list."
    raise NotFoundError(f"unknown model or generation {selector!r}.{hint}")
