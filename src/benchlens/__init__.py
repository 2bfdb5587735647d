"""benchlens: honest comparisons of LLM generations from official benchmark tables.

The public API (see :mod:`benchlens.api`)::

    import benchlens as bl
    comp = bl.compare("qwen3", "qwen3.5")       # old, new: paired by size and mode
    frames = bl.comparison_frames(comp)         # tidy DataFrames
    bl.scores(model="qwen3.5-27b")              # what is stored, with provenance
"""

from benchlens.api import (
    ImportSummary,
    IngestReport,
    audit,
    compare,
    comparison_frames,
    conflicts,
    extract,
    import_csv,
    ingest,
    open_store,
    report,
    scores,
    scores_frame,
)
from benchlens.evals import ClaimCheck, EvalResult, check_claim, run_eval
from benchlens.records import Document, IdentityKey, Provenance, Score, comparable

__version__ = "0.1.0"

__all__ = [
    "ClaimCheck",
    "EvalResult",
    "check_claim",
    "run_eval",
    "Document",
    "IdentityKey",
    "ImportSummary",
    "IngestReport",
    "Provenance",
    "Score",
    "audit",
    "comparable",
    "compare",
    "comparison_frames",
    "conflicts",
    "extract",
    "import_csv",
    "ingest",
    "open_store",
    "report",
    "scores",
    "scores_frame",
    "__version__",
]
