"""The benchmark, model and publisher catalogs (shipped YAML data) and label resolution."""

from benchlens.catalog.catalog import Benchmark, Catalog, Model, Publisher, get_catalog
from benchlens.catalog.resolve import Resolution, normalize, resolve_benchmark, resolve_model

__all__ = [
    "Benchmark",
    "Catalog",
    "Model",
    "Publisher",
    "Resolution",
    "get_catalog",
    "normalize",
    "resolve_benchmark",
    "resolve_model",
]
