"""inspect_ai evaluation logs -> score records, read directly (never importing inspect_ai).

Two layouts: the ``.eval`` zip (``header.json`` with ``version``, ``status``, ``eval``, ``results``,
``stats``; ``samples/<id>_epoch_<n>.json``) and the older single ``.json`` log with the same keys plus
``samples``. Each metric of each scorer in ``results.scores`` is one score (a fraction), ``stderr`` its
standard error; the task name is the benchmark label and ``eval.model`` (less its provider prefix) the
model. Recent inspect_ai writes zip entries with zstd compression (method 93), which Python 3.11's
``zipfile`` cannot read: a zstd decoder (``zstandard``, ``backports.zstd`` or ``pyzstd``) is used when
installed, and the error says so when none is.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.formats.common import (
    LineFinder,
    decode,
    file_document,
    first_party_of,
    make_key,
    metric_setting,
    number,
    parse_json,
    read_bytes,
    resolve_bench,
    resolve_model_label,
)
from benchlens.records import Score

_UNCERTAINTY = {"stderr", "std", "var", "standard_error", "bootstrap_stderr"}
_ZSTD = 93
#: inspect's letter scores (CORRECT, INCORRECT, PARTIAL, NOANSWER)
_LETTERS = {"C": 1.0, "I": 0.0, "P": 0.5, "N": 0.0}


def _zstd_decompress(raw: bytes) -> bytes:
    try:  # Python 3.14+
        from compression import zstd  # type: ignore[import-not-found]

        return zstd.decompress(raw)
    except ImportError:
        pass
    try:
        from backports import zstd as bzstd  # type: ignore[import-not-found]

        return bzstd.decompress(raw)
    except ImportError:
        pass
    try:
        import zstandard  # type: ignore[import-not-found]

        return zstandard.ZstdDecompressor().decompressobj().decompress(raw)
    except ImportError:
        pass
    try:
        import pyzstd  # type: ignore[import-not-found]

        return pyzstd.decompress(raw)
    except ImportError:
        pass
    raise ModuleNotFoundError("zstd")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, fh: Any) -> bytes:
    if info.compress_type != _ZSTD:
        return zf.read(info)
    # read the raw member data: local header (30 bytes + name + extra), then compress_size bytes
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    fh.seek(info.header_offset + 30 + name_len + extra_len)
    raw = fh.read(info.compress_size)
    if len(raw) < info.compress_size:
        raise zipfile.BadZipFile(f"{info.filename} is truncated")
    data = _zstd_decompress(raw)
    if zlib.crc32(data) & 0xFFFFFFFF != info.CRC:
        raise zipfile.BadZipFile(f"bad CRC for {info.filename}")
    return data


def read_zip_log(path: str | Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``header.json`` and the samples of an ``.eval`` zip."""
    label = str(path)
    try:
        with open(path, "rb") as fh, zipfile.ZipFile(fh) as zf:
            names = {i.filename: i for i in zf.infolist()}
            if "header.json" not in names:
                done = "the log is unfinished (no header.json: inspect writes it last)" if any(
                    n.startswith("_journal/") for n in names) else "no header.json"
                raise InputError(f"not a complete inspect_ai log: {done}", path=label, where="header.json")
            try:
                header = _member_json(zf, names["header.json"], fh, label)
                samples = [_member_json(zf, i, fh, label) for n, i in sorted(names.items())
                           if n.startswith("samples/") and n.endswith(".json")]
            except ModuleNotFoundError:
                raise InputError("the log is compressed with zstd (as recent inspect_ai versions write it); install a "
                                 "zstd decoder (pip install zstandard) or convert the log with `inspect log convert "
                                 "--to json`", path=label, where="header.json") from None
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a readable .eval zip ({exc}); the file may be truncated", path=label) from None
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=label) from None
    return header, samples


def _member_json(zf: zipfile.ZipFile, info: zipfile.ZipInfo, fh: Any, label: str) -> Any:
    try:
        data = _read_member(zf, info, fh)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise InputError(f"cannot read {info.filename} in the zip ({exc})", path=label, where=info.filename) from None
    except NotImplementedError as exc:
        raise InputError(f"cannot read {info.filename}: {exc}", path=label, where=info.filename) from None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{info.filename} is not valid JSON ({exc})", path=label, where=info.filename) from None


def model_label_of(model: str) -> str:
    """``openai-api/local/org/name`` -> ``org/name``; ``openai/gpt-4o`` -> ``gpt-4o``."""
    parts = model.split("/")
    if parts[0] in ("openai-api", "hf-inference-providers") and len(parts) > 2:
        return "/".join(parts[2:])
    if len(parts) > 1:
        return "/".join(parts[1:])
    return model


def sample_value(v: Any) -> float | None:
    if isinstance(v, bool):
        return float(v)
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str):
        if v in _LETTERS:
            return _LETTERS[v]
        try:
            return float(v)
        except ValueError:
            return None
    return None


def read_inspect(path: str | Path, *, catalog: Catalog | None = None,
                 publisher: str | None = None) -> tuple[Any, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data_bytes = read_bytes(path)
    finder = None
    if data_bytes[:4] == b"PK\x03\x04" or str(path).lower().endswith(".eval"):
        header, samples = read_zip_log(path)
        fmt = "eval zip"
    else:
        text = decode(data_bytes, label)
        header = parse_json(text, label)
        if not isinstance(header, dict):
            raise InputError("expected a JSON object (an inspect_ai log)", path=label)
        samples = header.get("samples") if isinstance(header.get("samples"), list) else []
        finder = LineFinder(text)
        fmt = "json"
    ev = header.get("eval")
    if not isinstance(ev, dict):
        raise InputError("missing field 'eval'", path=label, where="eval")
    task = ev.get("task")
    if not task:
        raise InputError("missing field 'eval.task'", path=label, where="eval.task")
    model = ev.get("model")
    if not model:
        raise InputError("missing field 'eval.model'", path=label, where="eval.model")
    status = header.get("status")
    results = header.get("results")
    if not isinstance(results, dict):
        raise InputError(f"missing field 'results' (log status: {status or 'unknown'})", path=label, where="results")
    score_list = results.get("scores")
    if not isinstance(score_list, list):
        raise InputError("field 'results.scores' must be a list", path=label, where="results.scores")
    model_label = model_label_of(str(model))
    pub = (cat.find_publisher(publisher) or publisher) if publisher else None
    doc = file_document(path, data_bytes, "inspect", title=f"inspect {task} {model_label} ({Path(path).name})",
                        revision=ev.get("created"), publisher=pub)
    mid, msetting = resolve_model_label(model_label, cat)
    fp = first_party_of(mid, model_label, pub, cat)
    cfg = ev.get("config") if isinstance(ev.get("config"), dict) else {}
    epochs = cfg.get("epochs") if isinstance(cfg.get("epochs"), int) and cfg.get("epochs") > 0 else 1
    completed = results.get("completed_samples")
    n_items = int(completed) // epochs if isinstance(completed, int) and completed > 0 else None
    resolved = resolve_bench([str(ev.get("task_registry_name") or task), str(task)], cat)
    several = len(score_list) > 1
    scores: list[Score] = []
    pos = finder.find('"results"')[1] if finder else 0
    for si, sc in enumerate(score_list):
        where = f"results.scores[{si}]"
        if not isinstance(sc, dict):
            raise InputError(f"{where} must be an object", path=label, where=where)
        metrics = sc.get("metrics")
        if not isinstance(metrics, dict):
            raise InputError(f"missing field '{where}.metrics'", path=label, where=f"{where}.metrics")
        scorer = str(sc.get("name") or sc.get("scorer") or "score")
        stderr = None
        for un in ("stderr", "standard_error"):
            if isinstance(metrics.get(un), dict):
                stderr = number(metrics[un].get("value"), label, f"{where}.metrics.{un}.value", allow_none=True)
        for ci, (mname, m) in enumerate(metrics.items()):
            if mname in _UNCERTAINTY:
                continue
            if not isinstance(m, dict) or "value" not in m:
                raise InputError(f"missing field '{where}.metrics.{mname}.value'", path=label,
                                 where=f"{where}.metrics.{mname}.value")
            value = number(m.get("value"), label, f"{where}.metrics.{mname}.value")
            assert value is not None
            setting: dict[str, Any] = dict(metric_setting(mname))
            if several:
                setting.setdefault("extra", {})["scorer"] = scorer
            key = make_key(resolved.benchmark, resolved.setting, msetting, setting, catalog=cat, path=label,
                           where=f"{where}.metrics.{mname}")
            notes = [f"inspect_ai task {task}", f"scorer: {scorer}"]
            if sc.get("reducer"):
                notes.append(f"reducer: {sc['reducer']}")
            if epochs > 1:
                notes.append(f"epochs: {epochs}")
            if status and status != "success":
                notes.append(f"log status: {status}")
            line = None
            if finder:
                line = finder.find(f'"{mname}"', '"value"', start=finder.find(f'"{scorer}"', start=pos)[1])[0]
            per_item = [sample_value((s.get("scores") or {}).get(scorer, {}).get("value"))
                        for s in samples if isinstance(s, dict)]
            per_item = [v for v in per_item if v is not None]
            if per_item:
                notes.append(f"per-item results: {len(per_item)} samples ({fmt}), mean {sum(per_item) / len(per_item):.6g}")
            scale = "fraction" if 0 <= value <= 1 else "raw"
            scores.append(Score(
                model=mid, model_label=model_label, key=key, value=value, benchmark_label=resolved.label_or(str(task)), scale=scale,
                stderr=stderr, n_items=n_items, first_party=fp, value_text=str(m.get("value")),
                provenance=doc.provenance(row=si, col=ci, line=line, raw_label=str(task),
                                          raw_cell=str(m.get("value"))),
                notes=tuple(notes),
            ))
    if not scores:
        raise InputError("no metrics in 'results.scores'", path=label, where="results.scores")
    items = []
    for s in samples:
        if not isinstance(s, dict):
            continue
        out = s.get("output") if isinstance(s.get("output"), dict) else {}
        for scorer, sv in (s.get("scores") or {}).items():
            if not isinstance(sv, dict):
                continue
            items.append({
                "task": str(task), "item_id": str(s.get("id")), "repeat": int(s.get("epoch") or 1) - 1,
                "metric": scorer, "score": sample_value(sv.get("value")), "target": s.get("target"),
                "response": out.get("completion"), "filtered": sv.get("answer"),
                "prompt": s.get("input") if isinstance(s.get("input"), str) else json.dumps(s.get("input")),
                "model_label": model_label, "error": (s.get("error") or {}).get("message")
                if isinstance(s.get("error"), dict) else s.get("error"),
            })
    info = {"model": model_label, "task": task, "status": status, "layout": fmt, "items": len(items)}
    return doc, scores, {**info, "_items": items}
