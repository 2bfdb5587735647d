"""Which format a result file is in (by name and content), and reading it into records.

:func:`detect_format` names the format (see :data:`FORMATS`), or returns None for a document (a card or
report: ``.md``, ``.html``, ``.txt``) that the extractor reads. :func:`read_result_file` reads a file in a
named format into ``(Document, scores, info)``; :func:`ingest_result` also stores it, with its per-item
results. Malformed or truncated files raise :class:`~benchlens.errors.InputError` naming the file and
the field or line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlens.errors import InputError
from benchlens.records import Document, Score

DOCUMENT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt", ".mdx")

#: format name -> what it is (``benchlens ingest --format NAME``)
FORMATS: dict[str, str] = {
    "model-index": "Hugging Face model-index YAML (card front matter or a .yaml file)",
    "eval-results": "Hugging Face .eval_results/*.yaml",
    "lm-eval": "lm-evaluation-harness results_*.json (with its samples_*.jsonl)",
    "inspect": "inspect_ai log (.eval zip or .json)",
    "eee": "Every Eval Ever aggregate JSON (0.2.x or 0.3.0)",
    "eee-instances": "Every Eval Ever instance-level JSONL",
    "promptfoo": "promptfoo eval -o results.json (v3, v2)",
    "opencompass": "OpenCompass summary CSV (or the .txt summary)",
    "csv": "benchlens records CSV",
    "json": "benchlens records JSON (or JSON lines)",
}
#: aliases accepted by ``--format``
ALIASES = {"model_index": "model-index", "eval_results": "eval-results", "lm_eval": "lm-eval",
           "lm-evaluation-harness": "lm-eval", "inspect_ai": "inspect", "every-eval-ever": "eee",
           "eee_instances": "eee-instances", "jsonl": "json", "records": "csv"}


@dataclass
class ResultFile:
    """A result file read into records: its document, scores, per-item results and a summary."""

    path: str
    format: str
    document: Document
    scores: list[Score]
    info: dict[str, Any] = field(default_factory=dict)
    items: list[dict[str, Any]] = field(default_factory=list)
    user_models: list[dict[str, Any]] = field(default_factory=list)

    def documents(self) -> list[tuple[Document, list[Score]]]:
        """The documents to store: for benchlens's own CSV/JSON exports the original documents (same ids,
        so re-importing an export adds nothing already stored); otherwise the file itself."""
        if self.format in ("csv", "json"):
            from benchlens.formats.records_json import split_by_document

            return split_by_document(self.document, self.scores)
        return [(self.document, self.scores)]


def normalize_format(fmt: str) -> str:
    f = fmt.strip().lower()
    f = ALIASES.get(f, f)
    if f not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
    return f


def _head(path: Path, n: int = 65536) -> str:
    try:
        with open(path, "rb") as fh:
            return fh.read(n).decode("utf-8", errors="replace")
    except OSError:
        return ""


def detect_format(path: str | Path) -> str | None:
    """A result-file format name, or None when the file is a document (card, report) to extract."""
    from benchlens.formats import eee, lm_eval, opencompass, promptfoo, records_json

    p = Path(path)
    suffix = p.suffix.lower()
    name = p.name.lower()
    if suffix in (".md", ".markdown", ".html", ".htm", ".mdx"):
        return None
    if suffix == ".txt":
        return "opencompass" if p.is_file() and opencompass.looks_like(_head(p, 1 << 20)) else None
    if not p.is_file():
        return None
    if suffix == ".eval":
        return "inspect"
    if suffix in (".yaml", ".yml"):
        if p.parent.name == ".eval_results":
            return "eval-results"
        head = _head(p)
        if "model-index" in head:
            return "model-index"
        if "dataset:" in head and "value:" in head:
            return "eval-results"
        return None
    if suffix in (".csv", ".tsv"):
        return "opencompass" if opencompass.looks_like(_head(p)) else "csv"
    if suffix == ".jsonl":
        first = next((ln for ln in _head(p).split("\n") if ln.strip()), "")
        try:
            obj = json.loads(first)
        except ValueError:
            obj = None
        if eee.looks_like_instance(obj) or '"sample_id"' in first and '"evaluation_id"' in first:
            return "eee-instances"
        if isinstance(obj, dict) and "doc_id" in obj and ("resps" in obj or "filtered_resps" in obj):
            return "lm-eval-samples"
        return "json"
    if suffix == ".json":
        head = _head(p, 1 << 20)
        try:
            obj = json.loads(p.read_text(encoding="utf-8-sig")) if p.stat().st_size < (64 << 20) else None
        except (ValueError, OSError, UnicodeDecodeError):
            obj = None
        if obj is not None:
            if inspect_log_like(obj):
                return "inspect"
            if eee.looks_like_aggregate(obj):
                return "eee"
            if promptfoo.looks_like(obj):
                return "promptfoo"
            if lm_eval.looks_like(obj) or (isinstance(obj, dict) and isinstance(obj.get("results"), dict)
                                           and name.startswith("results")):
                return "lm-eval"
            if records_json.looks_like(obj):
                return "json"
        # broken or unknown JSON: guess from its first bytes so the right reader names the problem
        if '"evaluation_results"' in head or '"source_metadata"' in head:
            return "eee"
        if '"evalId"' in head:
            return "promptfoo"
        if '"eval"' in head and ('"status"' in head or '"plan"' in head):
            return "inspect"
        if '"results"' in head and (name.startswith("results") or '",none"' in head or ',none"' in head):
            return "lm-eval"
        return "json"
    try:
        with open(p, "rb") as fh:
            magic = fh.read(4)
    except OSError:
        return None
    return "inspect" if magic == b"PK\x03\x04" else None


def inspect_log_like(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("eval"), dict) and ("results" in obj or "status" in obj) \
        and "task" in obj["eval"]


def read_result(path: str | Path, fmt: str | None = None, *, publisher: str | None = None) -> ResultFile:
    """Read a result file (format detected when ``fmt`` is None)."""
    from benchlens.formats import eee, inspect_log, lm_eval, model_index, opencompass, promptfoo, records_json

    label = str(path)
    if fmt is None:
        fmt = detect_format(path)
        if fmt is None:
            raise InputError("not a result file of a known format (documents are read by the extractor)", path=label)
    if fmt == "lm-eval-samples":
        raise InputError("a per-sample file of lm-evaluation-harness: ingest the results_<timestamp>.json beside it, "
                         "which reads this file too", path=label)
    fmt = normalize_format(fmt)
    readers = {
        "model-index": model_index.read_model_index_file,
        "eval-results": model_index.read_eval_results,
        "lm-eval": lm_eval.read_lm_eval,
        "inspect": inspect_log.read_inspect,
        "eee": eee.read_eee,
        "eee-instances": eee.read_eee_instances,
        "promptfoo": promptfoo.read_promptfoo,
        "opencompass": opencompass.read_opencompass,
        "csv": records_json.read_csv_records,
        "json": records_json.read_records_json,
    }
    try:
        doc, scores, info = readers[fmt](path, publisher=publisher)
    except InputError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
        raise InputError(f"could not read it as {fmt} ({type(exc).__name__}: {exc})", path=label) from None
    info = dict(info)
    items = info.pop("_items", []) or []
    user_models = info.pop("_user_models", []) or []
    return ResultFile(label, fmt, doc, scores, info, items, user_models)


def read_result_file(path: str | Path, fmt: str) -> tuple[Document, list[Score], dict[str, Any]]:
    """``(Document, scores, info)`` of a result file in format ``fmt`` (see :data:`FORMATS`)."""
    r = read_result(path, fmt)
    return r.document, r.scores, r.info


def ingest_result(store: Any, path: str | Path, fmt: str | None = None, *, replace: bool = False,
                  publisher: str | None = None) -> dict[str, Any]:
    """Read and store a result file: its documents (see :meth:`ResultFile.documents`) and per-item results."""
    from benchlens.formats.items import store_items

    r = read_result(path, fmt, publisher=publisher)
    added = replaced = 0
    skipped = True
    doc_ids = []
    for i, (doc, recs) in enumerate(r.documents()):
        lr = store.load(doc, recs, replace=replace, user_models=r.user_models if i == 0 else ())
        added += lr.added
        replaced += lr.replaced
        skipped = skipped and lr.skipped
        doc_ids.append(doc.doc_id)
    n_items = 0 if skipped else store_items(store, r.document.doc_id, r.items)
    out = {"path": str(path), "format": r.format, "doc_id": r.document.doc_id, "scores": len(r.scores),
           "added": added, "skipped": skipped, "replaced": replaced, "items_stored": n_items, **r.info}
    if len(doc_ids) > 1 or doc_ids[0] != r.document.doc_id:
        out["documents"] = doc_ids
    return out


def result_files(directory: str | Path) -> list[Path]:
    """The result files in a directory tree, without the companion files their main file reads
    (lm-eval ``samples_*.jsonl``; EEE ``*_samples.jsonl`` next to an aggregate)."""
    out = []
    for f in sorted(Path(directory).rglob("*")):
        if not f.is_file() or f.name.endswith(".source.json"):
            continue
        if f.suffix.lower() in DOCUMENT_SUFFIXES and f.suffix.lower() != ".txt":
            continue
        try:
            fmt = detect_format(f)
        except OSError:
            continue
        if fmt is None or fmt == "lm-eval-samples":
            continue
        if fmt == "eee-instances" and any(x.suffix == ".json" for x in f.parent.iterdir()):
            continue
        out.append(f)
    return out
