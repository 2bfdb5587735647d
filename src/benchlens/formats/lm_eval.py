"""lm-evaluation-harness results JSON (``results_<timestamp>.json``) and its per-sample files
(``samples_<task>_<timestamp>.jsonl``, written with ``--log_samples``) -> score records.

Each ``results[task]["<metric>,<filter>"]`` is one score (a fraction, 0-1), with its
``"<metric>_stderr,<filter>"``, the task's ``n-shot`` and ``n-samples.effective``. Groups (in ``results``
in recent versions, in ``groups`` in older ones) are read the same way. A metric other than plain
accuracy or exact match (``acc_norm``) and a filter other than ``none`` (``strict-match``) go into the
identity key, so the harness's several numbers for one task stay apart.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.formats.common import (
    LineFinder,
    decode,
    file_document,
    first_party_of,
    iter_jsonl,
    make_key,
    metric_setting,
    number,
    parse_json,
    read_bytes,
    resolve_bench,
    resolve_model_label,
)
from benchlens.records import Score

_NOT_METRICS = {"name", "alias", "sample_len", "sample_count", "samples", " "}
_LOWER_BETTER = {"perplexity", "word_perplexity", "byte_perplexity", "bits_per_byte", "ter"}
_TS = re.compile(r"^results_(.+)\.json$")


def looks_like(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("results"), dict) and any(
        k in obj for k in ("config", "versions", "n-shot", "configs", "lm_eval_version", "higher_is_better")
    )


def model_label_of(data: dict[str, Any]) -> str:
    cfg = data.get("config") if isinstance(data.get("config"), dict) else {}
    args = cfg.get("model_args")
    if isinstance(args, str):
        parsed = dict(p.split("=", 1) for p in args.split(",") if "=" in p)
        args = {k.strip(): v.strip() for k, v in parsed.items()}
    if isinstance(args, dict):
        for k in ("pretrained", "model", "model_name", "path", "engine"):
            if args.get(k):
                return str(args[k])
    for k in ("model_name",):
        if data.get(k):
            return str(data[k])
    if cfg.get("model"):
        return str(cfg["model"])
    return "unknown-model"


def sample_files(results_path: Path) -> dict[str, Path]:
    """``samples_<task>_<ts>.jsonl`` beside ``results_<ts>.json``, by task."""
    m = _TS.match(results_path.name)
    if not m:
        return {}
    ts = m.group(1)
    out = {}
    for f in sorted(results_path.parent.glob(f"samples_*_{ts}.jsonl")):
        task = f.name[len("samples_"): -len(f"_{ts}.jsonl")]
        out[task] = f
    return out


def read_samples(path: Path, task: str) -> list[dict[str, Any]]:
    """Per-item results of one samples file: one row per (doc, filter, metric)."""
    label = str(path)
    text = decode(read_bytes(path), label)
    rows = []
    for line, obj in iter_jsonl(text, label):
        if not isinstance(obj, dict) or "doc_id" not in obj:
            raise InputError("a sample line needs 'doc_id'", path=label, where=f"line {line}")
        metrics = obj.get("metrics") if isinstance(obj.get("metrics"), list) else [
            k for k, v in obj.items() if isinstance(v, (int, float)) and not isinstance(v, bool)
            and k not in ("doc_id", "repeats")]
        for m in metrics:
            v = obj.get(m)
            if isinstance(v, bool):
                v = float(v)
            if not isinstance(v, (int, float)):
                continue
            doc = obj.get("doc") if isinstance(obj.get("doc"), dict) else {}
            rows.append({
                "task": task, "item_id": str(doc.get("id", obj["doc_id"])), "doc_id": obj["doc_id"],
                "filter": obj.get("filter") or "none", "metric": m, "score": float(v),
                "target": obj.get("target"), "response": _first(obj.get("resps")),
                "filtered": _first(obj.get("filtered_resps")), "prompt": _prompt(obj.get("arguments")),
                "line": line,
            })
    return rows


def _first(x: Any) -> Any:
    while isinstance(x, list) and x:
        x = x[0]
    return x if not isinstance(x, list) else None


def _prompt(args: Any) -> str | None:
    if isinstance(args, dict):
        for v in args.values():
            if isinstance(v, dict) and "arg_0" in v:
                return str(_first(v["arg_0"]))
    if isinstance(args, list) and args:
        return str(_first(args))
    return None


def read_lm_eval(path: str | Path, *, catalog: Catalog | None = None, publisher: str | None = None,
                 with_samples: bool = True) -> tuple[Any, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data_bytes = read_bytes(path)
    text = decode(data_bytes, label)
    data = parse_json(text, label)
    if not isinstance(data, dict):
        raise InputError("expected a JSON object (lm-evaluation-harness results)", path=label)
    results = data.get("results")
    if results is None:
        raise InputError("missing field 'results'", path=label, where="results")
    if not isinstance(results, dict):
        raise InputError("field 'results' must be an object of tasks", path=label, where="results")
    groups = data.get("groups") if isinstance(data.get("groups"), dict) else {}
    model_label = model_label_of(data)
    revision = None
    if isinstance(data.get("date"), (int, float)):
        revision = _dt.datetime.fromtimestamp(float(data["date"]), tz=_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    pub = (cat.find_publisher(publisher) or publisher) if publisher else None
    doc = file_document(path, data_bytes, "lm_eval", title=f"lm-eval {model_label} {Path(path).name}",
                        revision=revision, publisher=pub)
    n_shot = data.get("n-shot") if isinstance(data.get("n-shot"), dict) else {}
    n_samples = data.get("n-samples") if isinstance(data.get("n-samples"), dict) else {}
    versions = data.get("versions") if isinstance(data.get("versions"), dict) else {}
    hib = data.get("higher_is_better") if isinstance(data.get("higher_is_better"), dict) else {}
    mid, msetting = resolve_model_label(model_label, cat)
    fp = first_party_of(mid, model_label, pub, cat)
    finder = LineFinder(text)
    _, res_pos = finder.find('"results"')
    items = [(t, e, "results") for t, e in results.items()] + [(t, e, "groups") for t, e in groups.items()
                                                               if t not in results]
    samples = sample_files(Path(path)) if with_samples else {}
    sample_rows: dict[str, list[dict[str, Any]]] = {}
    for task, f in samples.items():
        sample_rows[task] = read_samples(f, task)
    scores: list[Score] = []
    skipped = 0
    for row, (task, entry, section) in enumerate(items):
        where = f"{section}.{task}"
        if not isinstance(entry, dict):
            raise InputError(f"field {where!r} must be an object of metrics", path=label, where=where)
        alias = str(entry.get("alias") or task).strip().lstrip("- ").strip()
        resolved = resolve_bench([task, alias], cat)
        shots = n_shot.get(task)
        shots_i = None
        if shots not in (None, "", " "):
            try:
                shots_i = int(float(shots))
            except (TypeError, ValueError):
                shots_i = None
        ns = n_samples.get(task) if isinstance(n_samples.get(task), dict) else {}
        n_items = ns.get("effective") or entry.get("sample_len") or entry.get("sample_count")
        n_items = int(n_items) if isinstance(n_items, (int, float)) and n_items > 0 else None
        _, task_pos = finder.find(f'"{task}"', start=res_pos) if section == "results" else finder.find(
            '"groups"', f'"{task}"')
        for col, (mkey, raw) in enumerate(entry.items()):
            if mkey in _NOT_METRICS or "," not in mkey:
                continue
            metric, _, filt = mkey.partition(",")
            if metric.endswith("_stderr"):
                continue
            if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
                skipped += 1
                continue
            value = number(raw, label, f"{where}.{mkey}", allow_none=True)
            if value is None:
                skipped += 1
                continue
            stderr = number(entry.get(f"{metric}_stderr,{filt}"), label, f"{where}.{metric}_stderr,{filt}",
                            allow_none=True)
            setting: dict[str, Any] = dict(metric_setting(metric))
            if filt and filt != "none":
                setting.setdefault("extra", {})["filter"] = filt
            if shots_i is not None:
                setting["shots"] = shots_i
            key = make_key(resolved.benchmark, resolved.setting, msetting, setting, catalog=cat, path=label,
                           where=f"{where}.{mkey}")
            lower = metric in _LOWER_BETTER or (isinstance(hib.get(task), dict) and hib[task].get(metric) is False)
            scale = "fraction" if 0 <= value <= 1 and not lower else "raw"
            notes = [f"lm-eval task {task}" + (f" (version {versions[task]})" if task in versions else "")]
            if lower:
                notes.append("lower is better")
            if section == "groups" or entry.get("sample_count") is not None:
                notes.append("group aggregate")
            per_item = [r for r in sample_rows.get(task, []) if r["metric"] == metric and r["filter"] == (filt or "none")]
            if per_item:
                mean = sum(r["score"] for r in per_item) / len(per_item)
                notes.append(f"per-item results: {len(per_item)} samples in {samples[task].name}, mean {mean:.6g}")
            line = finder.find(f'"{mkey}"', start=task_pos)[0] if task_pos else None
            scores.append(Score(
                model=mid, model_label=model_label, key=key, value=value, benchmark_label=task, scale=scale,
                stderr=stderr, n_items=n_items, first_party=fp, value_text=str(raw),
                provenance=doc.provenance(row=row, col=col, line=line, raw_label=task, raw_cell=str(raw)),
                notes=tuple(notes),
            ))
    if not scores:
        raise InputError("no numeric metrics in 'results'", path=label, where="results")
    items_out = [{**r, "model_label": model_label} for rows in sample_rows.values() for r in rows]
    info = {"model": model_label, "samples_files": [str(f) for f in samples.values()],
            "items": len(items_out), "skipped_metrics": skipped}
    return doc, scores, {**info, "_items": items_out}
