"""OpenCompass summary (``summary/summary_<timestamp>.csv``, or the ``csv format`` section of the
``.txt`` summary) -> score records.

A wide table: ``dataset, version, metric, mode, <model abbr>...``; ``-`` marks a missing value. Each model
cell is one score in percent. ``dataset`` is the benchmark label; a metric other than accuracy
(``naive_average`` for group rows) goes into the key, and so do the dataset config hash (``version``,
as ``extra.config``) and the inference mode (``gen``/``ppl``, as ``extra.oc_mode``), since OpenCompass
numbers under different configs are different measurements.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.formats.common import (
    decode,
    file_document,
    make_key,
    metric_setting,
    number,
    read_bytes,
    resolve_bench,
    resolve_model_label,
)
from benchlens.records import Score

HEADER = ("dataset", "version", "metric", "mode")
_SECTION = re.compile(r"^csv format\s*$", re.M)


def csv_text(text: str) -> tuple[str, int]:
    """The CSV part of a summary (the whole file, or the ``csv format`` section of the .txt summary) and the
    0-based line it starts at."""
    m = _SECTION.search(text)
    if not m:
        return text, 0
    rest = text[m.end():]
    lines = rest.split("\n")
    start = 1
    while start < len(lines) and (not lines[start].strip() or set(lines[start].strip()) <= {"^"}):
        start += 1
    body = []
    for ln in lines[start:]:
        if not ln.strip() or set(ln.strip()) <= {"$", "-"} or "THIS IS A DIVIDER" in ln:
            break
        body.append(ln)
    return "\n".join(body) + "\n", text[: m.end()].count("\n") + start


def looks_like(text: str) -> bool:
    body, _ = csv_text(text)
    first = body.lstrip("\ufeff").split("\n", 1)[0]
    return [c.strip().lower() for c in first.split(",")[:4]] == list(HEADER)


def _model_candidates(abbr: str) -> list[str]:
    out = [abbr]
    tail = abbr.rsplit(".", 1)[-1]
    for t in (tail, re.sub(r"^HuggingFace(CausalLM)?_(model_repos_)?", "", tail)):
        out.append(t)
        out.append(re.sub(r"[-_](hf|vllm|lmdeploy|turbomind|api)$", "", t))
    return list(dict.fromkeys(out))


def read_opencompass(path: str | Path, *, catalog: Catalog | None = None,
                     publisher: str | None = None) -> tuple[Any, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    text = decode(data, label)
    body, offset = csv_text(text)
    rows = list(csv.reader(io.StringIO(body)))
    if not rows:
        raise InputError("the file is empty", path=label)
    header = [h.strip() for h in rows[0]]
    if [h.lower() for h in header[:4]] != list(HEADER):
        raise InputError(f"expected the header {', '.join(HEADER)}, <models>; got {', '.join(header[:5])}", path=label,
                         where=f"line {offset + 1}")
    models = header[4:]
    if not models or any(not m for m in models):
        raise InputError("no model columns after dataset, version, metric, mode", path=label,
                         where=f"line {offset + 1}")
    doc = file_document(path, data, "opencompass", title=f"OpenCompass summary {Path(path).name}")
    resolved_models = []
    for m in models:
        mid, mset = None, {}
        for cand in _model_candidates(m):
            mid, mset = resolve_model_label(cand, cat)
            if mid:
                break
        resolved_models.append((mid, mset))
    scores: list[Score] = []
    missing = 0
    for r, row in enumerate(rows[1:], start=1):
        line = offset + r + 1
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise InputError(f"{len(row)} fields but the header has {len(header)} (the file may be truncated)",
                             path=label, where=f"line {line}")
        dataset, version, metric, mode = (c.strip() for c in row[:4])
        if not dataset:
            raise InputError("column 'dataset' is empty", path=label, where=f"line {line}")
        resolved = resolve_bench([dataset, re.sub(r"_(gen|ppl|clp|ll)(_[0-9a-f]{6})?$", "", dataset)], cat)
        setting: dict[str, Any] = dict(metric_setting(metric))
        extra = {}
        if version and version != "-":
            extra["config"] = version
        if mode and mode != "-":
            extra["oc_mode"] = mode
        if extra:
            setting["extra"] = extra
        for c, (model_abbr, (mid, mset)) in enumerate(zip(models, resolved_models, strict=True), start=4):
            cell = row[c].strip()
            if cell in ("-", ""):
                missing += 1
                continue
            m = re.match(r"^\s*([-+0-9.eE]+)\s*(\((\d+)\s*/\s*(\d+)\))?\s*$", cell)
            if not m:
                raise InputError(f"column {model_abbr!r}: {cell!r} is not a number", path=label, where=f"line {line}")
            value = number(m.group(1), label, f"line {line} column {model_abbr}")
            assert value is not None
            n_items = int(m.group(4)) if m.group(4) else None
            key = make_key(resolved.benchmark, resolved.setting, mset, setting, catalog=cat, path=label,
                           where=f"line {line}")
            scores.append(Score(
                model=mid, model_label=model_abbr, key=key, value=value, benchmark_label=dataset, scale="percent",
                n_items=n_items, first_party=None, value_text=cell,
                provenance=doc.provenance(table=0, row=r - 1, col=c, line=line, raw_label=dataset, raw_cell=cell),
                notes=(f"OpenCompass dataset {dataset}",),
            ))
    if not scores:
        raise InputError("no values in the summary (every cell is '-')", path=label)
    return doc, scores, {"models": models, "missing_cells": missing}
