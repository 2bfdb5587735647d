"""Targeted evaluations on the user's own data against OpenAI-compatible endpoints.

``run_eval`` runs a task file against one or more endpoints (resuming from the SQLite log), summarises
per-model scores with 95% intervals and paired tests, and stores the summaries as own-run records;
``check_claim`` tests a run against a published number. See ``docs/evals.md``.
"""

from benchlens.evals.api import (
    ClaimCheck,
    EvalResult,
    acheck_claim,
    arun_eval,
    build_endpoints,
    check_claim,
    run_eval,
)
from benchlens.evals.config import Endpoint, Overrides, load_config, parse_model_spec
from benchlens.evals.tasks import Item, TaskFile, scan

__all__ = [
    "ClaimCheck",
    "Endpoint",
    "EvalResult",
    "Item",
    "Overrides",
    "TaskFile",
    "acheck_claim",
    "arun_eval",
    "build_endpoints",
    "check_claim",
    "load_config",
    "parse_model_spec",
    "run_eval",
    "scan",
]
