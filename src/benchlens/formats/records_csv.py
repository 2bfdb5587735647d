"""The records CSV: benchlens's own flat file of scores, read by ``import`` and written by ``scores``.

Required columns: ``model``, ``benchmark``, ``value``. Optional: any identity-key column (``version``,
``subset``, ``mode``, ``tools``, ``shots``, ``metric``, ``k``, ``judge``, ``extra`` as JSON), ``n_items``,
``stderr``, ``scale``, ``first_party``, ``source``/``document``, provenance columns, and for models that
are not in the catalog ``generation``, ``params`` (total, billions), ``active_params`` and ``arch``.
A bad row is reported with its line number, and the whole file is rejected.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlens.catalog import resolve_benchmark, resolve_model
from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.records import MODES, VALUE_SCALES, Document, IdentityKey, Provenance, Score, _tri, content_id

EXPORT_COLUMNS = [
    "model", "model_label", "benchmark", "benchmark_label",
    "version", "subset", "mode", "tools", "shots", "metric", "k", "judge", "extra",
    "value", "value_text", "scale", "stderr", "n_items", "first_party", "publisher", "category",
    "source_kind", "document", "url", "repo", "path", "revision", "retrieved", "doc_id",
    "table", "row", "col", "line", "notes",
]
KEY_COLUMNS = ("version", "subset", "mode", "tools", "shots", "metric", "k", "judge")
REQUIRED = ("model", "benchmark", "value")
MODEL_META = ("generation", "params", "active_params", "arch", "variant")


@dataclass
class CsvImport:
    document: Document
    scores: list[Score]
    user_models: list[dict] = field(default_factory=list)
    unresolved_models: list[str] = field(default_factory=list)
    unresolved_benchmarks: list[str] = field(default_factory=list)


def _num(text: str, col: str, path: str, line: int, kind: type = float) -> Any:
    t = text.strip().rstrip("%").strip()
    if t == "":
        return None
    try:
        return kind(float(t)) if kind is int and float(t).is_integer() else kind(t)
    except ValueError:
        raise InputError(f"column {col!r}: {text!r} is not a {'whole number' if kind is int else 'number'}",
                         path=path, where=f"line {line}") from None


def read_records_csv(path: str | Path, *, catalog: Catalog | None = None, source_kind: str = "csv") -> CsvImport:
    """Parse a records CSV into scores. Raises :class:`InputError` naming the line on the first bad row."""
    cat = catalog or get_catalog()
    p = Path(path)
    label = str(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=label) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not a UTF-8 text file", path=label) from None
    if not text.strip():
        raise InputError("the file is empty", path=label)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"cannot read the header: {exc}", path=label, where="line 1") from None
    cols = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED if c not in cols]
    if missing:
        raise InputError(f"missing required column(s): {', '.join(missing)} (have: {', '.join(cols)})",
                         path=label, where="line 1")
    dup = sorted({c for c in cols if c and cols.count(c) > 1})
    if dup:
        raise InputError(f"duplicate column(s): {', '.join(dup)}", path=label, where="line 1")
    doc = Document(doc_id=content_id(data), source_kind=source_kind, title=p.name, path=str(p.resolve()),
                   origin=str(p.resolve()))
    scores: list[Score] = []
    metas: dict[str, dict] = {}
    unresolved_m: set[str] = set()
    unresolved_b: set[str] = set()
    row_index = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"malformed CSV: {exc}", path=label, where=f"line {reader.line_num}") from None
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(cols):
            raise InputError(f"{len(row)} fields but the header has {len(cols)}", path=label, where=f"line {line}")
        rec = {c: (row[i].strip() if i < len(row) else "") for i, c in enumerate(cols)}
        for c in REQUIRED:
            if not rec.get(c):
                raise InputError(f"column {c!r} is empty", path=label, where=f"line {line}")
        value = _num(rec["value"], "value", label, line)
        mode = rec.get("mode") or None
        if mode is not None:
            mode = mode.lower().replace("_", "-").replace(" ", "-")
            if mode in ("nonthinking", "no-thinking", "instruct"):
                mode = "non-thinking"
            if mode not in MODES:
                raise InputError(f"column 'mode': {rec['mode']!r} is not one of {', '.join(MODES)}",
                                 path=label, where=f"line {line}")
        setting: dict[str, Any] = {}
        for c in KEY_COLUMNS:
            if rec.get(c):
                setting[c] = rec[c]
        if "shots" in setting:
            setting["shots"] = _num(setting["shots"], "shots", label, line, int)
        if mode:
            setting["mode"] = mode
        if rec.get("extra"):
            try:
                extra = json.loads(rec["extra"])
                if not isinstance(extra, dict):
                    raise ValueError
            except ValueError:
                raise InputError("column 'extra' must be a JSON object", path=label, where=f"line {line}") from None
            setting["extra"] = {str(k): str(v) for k, v in extra.items()}
        # model
        model_label = rec.get("model_label") or rec["model"]
        mres = resolve_model(rec["model"], mode=mode, catalog=cat)
        model_id = mres.id
        if model_id is None and rec["model"] in cat.models:
            model_id = rec["model"]
        if model_id is None:
            unresolved_m.add(rec["model"])
        elif not mode and mres.setting.get("mode"):
            setting["mode"] = mres.setting["mode"]
        # benchmark
        bench_label = rec.get("benchmark_label") or rec["benchmark"]
        if rec["benchmark"] in cat.benchmarks:
            bid, bset = rec["benchmark"], {}
        else:
            bres = resolve_benchmark(rec["benchmark"], catalog=cat)
            bid, bset = bres.id, dict(bres.setting)
        if bid is None:
            unresolved_b.add(rec["benchmark"])
            bid = "?" + rec["benchmark"]
        for k_, v_ in bset.items():
            if k_ == "extra":
                setting.setdefault("extra", {}).update(v_)
            else:
                setting.setdefault(k_, v_)
        try:
            key = IdentityKey.from_setting(bid, setting)
            first_party = _tri(rec.get("first_party"))
        except ValueError as exc:
            raise InputError(str(exc), path=label, where=f"line {line}") from None
        scale = rec.get("scale") or infer_scale(value, cat.benchmarks.get(bid), setting.get("metric"))
        if scale not in VALUE_SCALES:
            raise InputError(f"column 'scale': {scale!r} is not one of {', '.join(VALUE_SCALES)}", path=label,
                             where=f"line {line}")
        stderr = _num(rec.get("stderr", ""), "stderr", label, line)
        n_items = _num(rec.get("n_items", ""), "n_items", label, line, int)
        if stderr is not None and stderr < 0:
            raise InputError("column 'stderr' must not be negative", path=label, where=f"line {line}")
        if n_items is not None and n_items <= 0:
            raise InputError("column 'n_items' must be positive", path=label, where=f"line {line}")
        prov = Provenance(
            source_kind=rec.get("source_kind") or source_kind,
            title=rec.get("document") or rec.get("source") or doc.title,
            url=rec.get("url") or None,
            repo=rec.get("repo") or None,
            path=rec.get("path") or doc.path,
            revision=rec.get("revision") or None,
            retrieved=rec.get("retrieved") or None,
            publisher=rec.get("publisher") or None,
            doc_id=doc.doc_id,
            table=_num(rec.get("table", ""), "table", label, line, int),
            row=_num(rec.get("row", ""), "row", label, line, int) if rec.get("row") else row_index,
            col=_num(rec.get("col", ""), "col", label, line, int),
            line=line,
            raw_label=bench_label,
            raw_cell=rec.get("value_text") or rec["value"],
        )
        notes = []
        if rec.get("notes"):
            try:
                notes = json.loads(rec["notes"])
            except ValueError:
                notes = [rec["notes"]]
        scores.append(
            Score(
                model=model_id,
                model_label=model_label,
                key=key,
                value=value,
                benchmark_label=bench_label,
                scale=scale,
                stderr=stderr,
                n_items=n_items,
                first_party=first_party,
                category=rec.get("category") or None,
                value_text=rec.get("value_text") or rec["value"],
                provenance=prov,
                notes=tuple(str(n) for n in notes),
            )
        )
        row_index += 1
        if model_id is None and any(rec.get(c) for c in MODEL_META):
            meta = metas.setdefault(rec["model"], {"label": rec["model"], "generation": None, "params_total": None,
                                                   "params_active": None, "arch": None, "variant": None})
            if rec.get("generation"):
                meta["generation"] = rec["generation"]
            if rec.get("params"):
                meta["params_total"] = _num(rec["params"].rstrip("Bb"), "params", label, line)
            if rec.get("active_params"):
                meta["params_active"] = _num(rec["active_params"].rstrip("Bb"), "active_params", label, line)
            if rec.get("arch"):
                arch = rec["arch"].lower()
                if arch not in ("dense", "moe"):
                    raise InputError(f"column 'arch': {rec['arch']!r} is not dense or moe", path=label,
                                     where=f"line {line}")
                meta["arch"] = arch
            if rec.get("variant"):
                meta["variant"] = rec["variant"]
    if not scores:
        raise InputError("no data rows", path=label)
    return CsvImport(doc, scores, list(metas.values()), sorted(unresolved_m), sorted(unresolved_b))


def infer_scale(value: float, bench: Any, metric: str | None = None) -> str:
    """How a bare number is scaled when a file does not say: by the benchmark's scale."""
    if bench is None:
        return "percent" if value > 1 or value == 0 else "raw"
    if bench.scale == "rating" and metric != "percentile":
        return "rating"
    if bench.max == 10 and value <= 10:
        return "score10"
    return "percent"


def score_row(s: Score) -> dict[str, Any]:
    """One score as a flat dict with :data:`EXPORT_COLUMNS`."""
    d = s.to_dict()
    setting = d.pop("setting")
    out = {c: None for c in EXPORT_COLUMNS}
    out.update({k: v for k, v in d.items() if k in out})
    for c in KEY_COLUMNS:
        out[c] = setting.get(c)
    out["extra"] = json.dumps(setting["extra"], sort_keys=True, ensure_ascii=False) if setting.get("extra") else None
    out["notes"] = json.dumps(list(s.notes), ensure_ascii=False) if s.notes else None
    return out


def write_records_csv(scores: Iterable[Score], out: io.TextIOBase) -> int:
    w = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for s in scores:
        row = score_row(s)
        if row["first_party"] is not None:
            row["first_party"] = "true" if row["first_party"] else "false"
        w.writerow({k: ("" if v is None else v) for k, v in row.items()})
        n += 1
    return n
