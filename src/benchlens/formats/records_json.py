"""benchlens's own JSON of records: a list of :meth:`Score.to_dict` objects (``benchlens scores --format
json``, ``benchlens export --format json``), or JSON lines of them (``benchlens extract --format jsonl``).

Every field of a record is kept, including its provenance. The records CSV (:mod:`records_csv`) is read
by the records-CSV reader; :func:`split_by_document` then gives each original document back.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.formats.common import LineFinder, decode, file_document, iter_jsonl, parse_json, read_bytes
from benchlens.records import VALUE_SCALES, Document, Provenance, Score

_KNOWN = {"model", "model_label", "benchmark", "benchmark_label", "setting", "value", "value_text", "scale", "stderr",
          "n_items", "first_party", "publisher", "category", "table", "row", "col", "line", "source_kind", "document",
          "url", "repo", "path", "revision", "retrieved", "doc_id", "notes"}


def looks_like(obj: Any) -> bool:
    if isinstance(obj, dict) and isinstance(obj.get("scores"), list):
        obj = obj["scores"]
    return isinstance(obj, list) and bool(obj) and all(
        isinstance(x, dict) and "value" in x and ("benchmark" in x or "benchmark_label" in x) for x in obj[:5])


def score_from(d: Any, label: str, where: str, catalog: Catalog) -> Score:
    if not isinstance(d, dict):
        raise InputError(f"{where} must be an object", path=label, where=where)
    if not (d.get("model") or d.get("model_label")):
        raise InputError(f"missing field '{where}.model' (and 'model_label')", path=label, where=f"{where}.model")
    if not (d.get("benchmark") or d.get("benchmark_label")):
        raise InputError(f"missing field '{where}.benchmark' (and 'benchmark_label')", path=label,
                         where=f"{where}.benchmark")
    if "value" not in d or d["value"] is None:
        raise InputError(f"missing field '{where}.value'", path=label, where=f"{where}.value")
    if isinstance(d["value"], bool) or not isinstance(d["value"], (int, float)):
        raise InputError(f"field '{where}.value' must be a number, got {d['value']!r}", path=label,
                         where=f"{where}.value")
    if d.get("setting") is not None and not isinstance(d["setting"], dict):
        raise InputError(f"field '{where}.setting' must be an object", path=label, where=f"{where}.setting")
    if d.get("scale") is not None and d["scale"] not in VALUE_SCALES:
        raise InputError(f"field '{where}.scale' is {d['scale']!r}, not one of {', '.join(VALUE_SCALES)}", path=label,
                         where=f"{where}.scale")
    if d.get("benchmark") and d["benchmark"] not in catalog.benchmarks and not str(d["benchmark"]).startswith("?"):
        # a benchmark id this catalog does not know: keep it as an unresolved label
        d = {**d, "benchmark": None, "benchmark_label": d.get("benchmark_label") or d["benchmark"]}
    try:
        s = Score.from_dict(d)
    except (TypeError, ValueError) as exc:
        raise InputError(f"bad record: {exc}", path=label, where=where) from None
    if d.get("model") and d["model"] not in catalog.models:
        s = s.with_(model=None, model_label=d.get("model_label") or d["model"])
    return s


def read_records_json(path: str | Path, *, catalog: Catalog | None = None,
                      publisher: str | None = None) -> tuple[Document, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    text = decode(data, label)
    jsonl = str(path).lower().endswith(".jsonl")
    if jsonl:
        pairs = iter_jsonl(text, label)
        objs = [(f"line {n}", o, n) for n, o in pairs]
    else:
        obj = parse_json(text, label)
        if isinstance(obj, dict) and isinstance(obj.get("scores"), list):
            obj = obj["scores"]
        if not isinstance(obj, list):
            raise InputError("expected a list of score records (objects with model, benchmark, value); this JSON is "
                             "not a known result format", path=label)
        finder = LineFinder(text)
        objs = []
        pos = 0
        for i, o in enumerate(obj):
            line, pos = finder.find("{", start=pos) if isinstance(o, dict) else (None, pos)
            objs.append((f"[{i}]", o, line))
            if isinstance(o, dict):
                pos = _skip_object(text, pos - 1)
    if not objs:
        raise InputError("no records", path=label)
    doc = file_document(path, data, "json")
    scores = []
    for where, o, _line in objs:
        s = score_from(o, label, where, cat)
        if not s.provenance.doc_id:
            s = s.with_(provenance=_fill(s.provenance, doc))
        scores.append(s)
    return doc, scores, {}


def _skip_object(text: str, start: int) -> int:
    """Position after the JSON object starting at ``start`` (strings respected)."""
    depth = 0
    i = start
    in_str = False
    while i < len(text):
        ch = text[i]
        if in_str:
            if ch == "\\":
                i += 1
            elif ch == '"':
                in_str = False
        elif ch == '"':
            in_str = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _fill(p: Provenance, doc: Document) -> Provenance:
    from dataclasses import replace

    return replace(p, doc_id=doc.doc_id, title=p.title or doc.title, path=p.path or doc.path,
                   source_kind=p.source_kind if p.source_kind != "other" else doc.source_kind)


def split_by_document(doc: Document, scores: list[Score]) -> list[tuple[Document, list[Score]]]:
    """The original documents of exported records (by ``doc_id``), each with its scores; records without a
    document id stay with ``doc`` (the file read)."""
    groups: dict[str, list[Score]] = {}
    for s in scores:
        groups.setdefault(s.provenance.doc_id or doc.doc_id, []).append(s)
    out = []
    for did, ss in groups.items():
        if did == doc.doc_id:
            out.append((doc, ss))
            continue
        p = ss[0].provenance
        out.append((Document(doc_id=did, source_kind=p.source_kind, title=p.title, url=p.url, repo=p.repo,
                             path=p.path, revision=p.revision, retrieved=p.retrieved, publisher=p.publisher,
                             origin=doc.origin), ss))
    return out


def read_csv_records(path: str | Path, *, catalog: Catalog | None = None,
                     publisher: str | None = None) -> tuple[Document, list[Score], dict[str, Any]]:
    """A records CSV. One written by benchlens (every export column present) is read back exactly, each
    record with its own provenance; any other is read by :func:`records_csv.read_records_csv` (labels
    resolved, the file as the document)."""
    from benchlens.formats.records_csv import EXPORT_COLUMNS, KEY_COLUMNS, read_records_csv

    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    text = decode(data, label)
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except (StopIteration, csv.Error):
        header = []
    if not set(EXPORT_COLUMNS) <= set(header):
        parsed = read_records_csv(path, catalog=cat)
        info = {"unresolved_models": parsed.unresolved_models, "unresolved_benchmarks": parsed.unresolved_benchmarks,
                "_user_models": parsed.user_models}
        return parsed.document, parsed.scores, info
    doc = file_document(path, data, "csv")
    scores = []
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"malformed CSV: {exc}", path=label, where=f"line {reader.line_num}") from None
        n = reader.line_num
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise InputError(f"{len(row)} fields but the header has {len(header)} (the file may be truncated)",
                             path=label, where=f"line {n}")
        rec = {c: (v if v != "" else None) for c, v in zip(header, row, strict=True)}
        d: dict[str, Any] = {k: rec.get(k) for k in _KNOWN if k in rec}
        try:
            setting: dict[str, Any] = {c: rec[c] for c in KEY_COLUMNS if rec.get(c) is not None}
            if rec.get("extra"):
                setting["extra"] = json.loads(rec["extra"])
            d["setting"] = setting
            d["notes"] = json.loads(rec["notes"]) if rec.get("notes") else []
            d["value"] = float(rec["value"]) if rec.get("value") is not None else None
            d["stderr"] = float(rec["stderr"]) if rec.get("stderr") is not None else None
            for c in ("n_items", "table", "row", "col", "line"):
                d[c] = int(float(rec[c])) if rec.get(c) is not None else None
        except (ValueError, TypeError) as exc:
            raise InputError(f"bad value ({exc})", path=label, where=f"line {n}") from None
        scores.append(score_from(d, label, f"line {n}", cat))
    if not scores:
        raise InputError("no data rows", path=label)
    return doc, scores, {}


def write_records_json(scores: Iterable[Score], out: io.TextIOBase) -> int:
    rows = [s.to_dict() for s in scores]
    out.write(json.dumps(rows, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
    return len(rows)


__all__ = ["read_records_json", "read_csv_records", "write_records_json", "split_by_document", "looks_like",
           "_KNOWN", "get_catalog"]
