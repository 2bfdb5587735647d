"""Hugging Face ``model-index`` (model-card front matter, or a YAML file holding one) and the Hub's
"Evaluation Results" files (``.eval_results/*.yaml``) <-> score records.

model-index: ``[{name, results: [{task, dataset {type, name, config, split, revision, args}, metrics [{type,
value, name, args, verified}], source {name, url}}]}]``. One score per metric. The benchmark comes from the
dataset id (``dataset.type`` + ``config``) when it is a known Hugging Face dataset, else from
``dataset.name`` / ``dataset.type`` as labels (``MMLU (5-Shot)`` gives ``mmlu`` with 5 shots); shots also
come from ``dataset.args.num_few_shot``; a metric other than plain accuracy (``acc_norm``) goes into the key.

eval-results: a list of ``{dataset {id, task_id | config, split, revision}, value, verifyToken, date,
source {url, name, user, org}, evaluation_framework, notes}``. The file does not name the model: it is the
folder that holds ``.eval_results/`` (``Qwen__Qwen3-8B`` is read as ``Qwen/Qwen3-8B``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.catalog.resolve import parse_qualifier
from benchlens.errors import BenchlensError, InputError
from benchlens.formats.common import (
    HF_DATASETS,
    decode,
    file_document,
    first_party_of,
    make_key,
    metric_setting,
    number,
    read_bytes,
    resolve_bench,
    resolve_model_label,
    scale_for,
)
from benchlens.records import SETTING_FIELDS, VALUE_SCALES, Document, Score

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FM = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
#: setting names read from ``dataset.args`` besides ``num_few_shot``
_ARG_SETTINGS = ("version", "subset", "mode", "tools", "shots", "metric", "k", "judge")


# --- YAML with line numbers --------------------------------------------------------------------------------


def _compose(text: str) -> Any:
    try:
        return yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:
        return None


def _child(node: Any, key: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def _item(node: Any, i: int) -> Any:
    if isinstance(node, yaml.SequenceNode) and i < len(node.value):
        return node.value[i]
    return None


def _line(node: Any, offset: int) -> int | None:
    return None if node is None else node.start_mark.line + 1 + offset


def front_matter_span(text: str) -> tuple[str, int] | None:
    """The front matter's YAML text and the 0-based line of its first YAML line in the document."""
    m = _FM.match(text)
    if not m:
        return None
    return m.group(1), text[: m.start(1)].count("\n")


# --- model-index -> scores ---------------------------------------------------------------------------------


def scores_from_model_index(model_index: Any, doc: Document, catalog: Catalog | None = None, *,
                            publisher: str | None = None, path: str | None = None, text: str | None = None,
                            strict: bool = False, source_kind: str = "model_index") -> list[Score]:
    """Scores of a ``model-index`` list (from a card's front matter or a YAML file).

    ``text`` is the whole file, for line numbers. With ``strict`` (a standalone file) the first bad entry
    raises :class:`InputError` naming the field; in a card a bad entry is skipped, and the error is raised
    only when nothing could be read.
    """
    cat = catalog or get_catalog()
    label = path or doc.path or doc.title or "model-index"
    root, offset = None, 0
    if text is not None:
        span = front_matter_span(text)
        if span is not None:
            root, offset = _child(_compose(span[0]), "model-index"), span[1]
        else:
            root = _child(_compose(text), "model-index")
    if not isinstance(model_index, list):
        raise InputError(f"'model-index' must be a list of models, got {type(model_index).__name__}", path=label,
                         where="model-index")
    problems: list[InputError] = []
    values: list[float] = []
    pending: list[dict[str, Any]] = []
    for mi, entry in enumerate(model_index):
        where_m = f"model-index[{mi}]"
        mnode = _item(root, mi)
        try:
            if not isinstance(entry, dict):
                raise InputError(f"{where_m} must be an object with 'name' and 'results'", path=label, where=where_m)
            name = entry.get("name")
            if name is None or str(name).strip() == "":
                if strict or not doc.title:
                    raise InputError(f"missing field '{where_m}.name'", path=label, where=f"{where_m}.name")
                name = doc.title
            results = entry.get("results")
            if not isinstance(results, list):
                raise InputError(f"field '{where_m}.results' must be a list", path=label, where=f"{where_m}.results")
        except InputError as exc:
            if strict:
                raise
            problems.append(exc)
            continue
        rnode_list = _child(mnode, "results")
        for ri, res in enumerate(results):
            where_r = f"{where_m}.results[{ri}]"
            rnode = _item(rnode_list, ri)
            try:
                pending.extend(_result_scores(str(name), res, where_r, rnode, offset, label, cat, values))
            except InputError as exc:
                if strict:
                    raise
                problems.append(exc)
    if not pending and problems:
        raise problems[0]
    doc_scale = scale_for(values)
    out: list[Score] = []
    for p in pending:
        mid, msetting = resolve_model_label(p["model_label"], cat, mode=p["setting"].get("mode"))
        key = make_key(p["bench"], p["label_setting"], msetting, p["setting"], catalog=cat, path=label,
                       where=p["where"])
        scale = p["scale"]
        if scale is None:
            b = cat.benchmarks.get(key.benchmark)
            scale = "rating" if b is not None and b.scale == "rating" and key.metric != "percentile" else doc_scale
        prov = replace(doc.provenance(row=p["row"], col=p["col"], line=p["line"], raw_label=p["raw_label"],
                                      raw_cell=p["value_text"]), source_kind=source_kind)
        out.append(Score(
            model=mid, model_label=p["model_label"], key=key, value=p["value"], benchmark_label=p["raw_label"],
            scale=scale, first_party=first_party_of(mid, p["model_label"], publisher, cat),
            value_text=p["value_text"], provenance=prov, notes=tuple(p["notes"]),
        ))
    return out


def _result_scores(model_label: str, res: Any, where: str, rnode: Any, offset: int, label: str, cat: Catalog,
                   values: list[float]) -> list[dict[str, Any]]:
    if not isinstance(res, dict):
        raise InputError(f"{where} must be an object with 'dataset' and 'metrics'", path=label, where=where)
    dataset = res.get("dataset") or {}
    task = res.get("task") or {}
    source = res.get("source") or {}
    metrics = res.get("metrics")
    if not isinstance(dataset, dict):
        raise InputError(f"field '{where}.dataset' must be an object", path=label, where=f"{where}.dataset")
    if not isinstance(metrics, list):
        raise InputError(f"field '{where}.metrics' must be a list", path=label, where=f"{where}.metrics")
    ds_type = _s(dataset.get("type"))
    ds_name = _s(dataset.get("name"))
    config = _s(dataset.get("config"))
    if not (ds_type or ds_name):
        raise InputError(f"missing field '{where}.dataset.name' (and 'type')", path=label, where=f"{where}.dataset")
    resolved = resolve_bench([ds_name, ds_type], cat, dataset=ds_type, config=config)
    args = dataset.get("args") if isinstance(dataset.get("args"), dict) else {}
    setting: dict[str, Any] = {}
    shots = args.get("num_few_shot", args.get("shots"))
    if shots is not None:
        setting["shots"] = int(number(shots, label, f"{where}.dataset.args.num_few_shot"))
    for k in _ARG_SETTINGS:
        if k != "shots" and args.get(k) is not None:
            setting[k] = str(args[k])
    if isinstance(args.get("extra"), dict):
        setting["extra"] = {str(a): str(b) for a, b in args["extra"].items()}
    notes = ["model-index"]
    if source.get("name") or source.get("url"):
        notes.append("source: " + " ".join(x for x in (_s(source.get("name")), _bracket(source.get("url"))) if x))
    if task.get("type") and task.get("type") != "text-generation":
        notes.append(f"task: {task.get('type')}")
    if config and not any(ds.lower() == (ds_type or "").lower() for ds, _ in HF_DATASETS):
        notes.append(f"dataset config: {config}")
    if dataset.get("split"):
        notes.append(f"split: {dataset.get('split')}")
    mnodes = _child(rnode, "metrics")
    out = []
    for ci, m in enumerate(metrics):
        wm = f"{where}.metrics[{ci}]"
        if not isinstance(m, dict):
            raise InputError(f"{wm} must be an object with 'type' and 'value'", path=label, where=wm)
        if "value" not in m:
            raise InputError(f"missing field '{wm}.value'", path=label, where=f"{wm}.value")
        raw = m.get("value")
        value = number(raw, label, f"{wm}.value")
        assert value is not None
        values.append(value)
        margs = m.get("args") if isinstance(m.get("args"), dict) else {}
        scale = margs.get("scale") if margs.get("scale") in VALUE_SCALES else None
        mset = metric_setting(_s(m.get("type")) or _s(m.get("name")))
        mnotes = list(notes)
        if m.get("verified"):
            mnotes.append("verified on the Hub")
        if m.get("name") and _s(m.get("name")) != _s(m.get("type")):
            mnotes.append(f"metric name: {m.get('name')}")
        node = _item(mnodes, ci)
        out.append({
            "model_label": model_label, "bench": resolved.benchmark, "label_setting": resolved.setting,
            "setting": {**mset, **setting}, "value": value, "value_text": str(raw).strip(), "scale": scale,
            "raw_label": ds_name or ds_type or "", "row": None, "col": ci, "where": wm,
            "line": _line(_child(node, "value") or node, offset), "notes": mnotes,
        })
    for o in out:
        o["row"] = int(where.rsplit("[", 1)[1].rstrip("]"))
    return out


def _s(x: Any) -> str | None:
    if x is None:
        return None
    t = str(x).strip()
    return t or None


def _bracket(url: Any) -> str | None:
    return f"<{url}>" if url else None


def read_model_index_file(path: str | Path, *, catalog: Catalog | None = None,
                          publisher: str | None = None) -> tuple[Document, list[Score], dict[str, Any]]:
    """A YAML file holding ``model-index:`` (at the top level or in front matter)."""
    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    text = decode(data, label)
    span = front_matter_span(text)
    if span is None and re.match(r"\A\ufeff?---[ \t]*\r?\n", text) and "model-index" in text and \
            not re.search(r"^(---|\.\.\.)[ \t]*$", text[3:], re.M):
        raise InputError("the front matter is not closed by '---' (the file may be truncated)", path=label,
                         where="front matter")
    body = span[0] if span else text
    try:
        loaded = yaml.load(body, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1 + (span[1] if span else 0)}" if mark is not None else None
        raise InputError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", path=label, where=where) from None
    if isinstance(loaded, list):
        mi = loaded
    elif isinstance(loaded, dict) and "model-index" in loaded:
        mi = loaded["model-index"]
    else:
        raise InputError("no 'model-index' list found", path=label, where="model-index")
    pub = cat.find_publisher(publisher) or publisher if publisher else None
    doc = file_document(path, data, "model_index", publisher=pub)
    scores = scores_from_model_index(mi, doc, cat, publisher=pub, path=label, text=text, strict=True)
    if not scores:
        raise InputError("the model-index holds no metric values", path=label, where="model-index")
    return doc, scores, {}


# --- .eval_results/*.yaml ----------------------------------------------------------------------------------


def model_of_eval_results(path: Path) -> str:
    parent = path.resolve().parent
    if parent.name == ".eval_results":
        return parent.parent.name.replace("__", "/")
    return path.stem.replace("__", "/")


def read_eval_results(path: str | Path, *, catalog: Catalog | None = None, model: str | None = None,
                      publisher: str | None = None) -> tuple[Document, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    text = decode(data, label)
    try:
        loaded = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", path=label,
                         where=f"line {mark.line + 1}" if mark is not None else None) from None
    if isinstance(loaded, dict) and isinstance(loaded.get("results"), list):  # tolerated wrapper
        loaded = loaded["results"]
    if not isinstance(loaded, list):
        raise InputError("expected a list of results (each with 'dataset' and 'value')", path=label,
                         where="top level")
    root = _compose(text)
    if isinstance(root, yaml.MappingNode):
        root = _child(root, "results")
    model_label = model or model_of_eval_results(Path(path))
    pub = (cat.find_publisher(publisher) or publisher) if publisher else None
    doc = file_document(path, data, "eval_results", title=f"{model_label} .eval_results/{Path(path).name}",
                        publisher=pub)
    pending = []
    for i, e in enumerate(loaded):
        w = f"[{i}]"
        if not isinstance(e, dict):
            raise InputError(f"entry {w} must be an object with 'dataset' and 'value'", path=label, where=w)
        ds = e.get("dataset")
        if not isinstance(ds, dict):
            raise InputError(f"missing field '{w}.dataset'", path=label, where=f"{w}.dataset")
        ds_id = _s(ds.get("id"))
        if not ds_id:
            raise InputError(f"missing field '{w}.dataset.id'", path=label, where=f"{w}.dataset.id")
        task_id = _s(ds.get("task_id")) or _s(ds.get("config"))
        if "value" not in e:
            raise InputError(f"missing field '{w}.value'", path=label, where=f"{w}.value")
        value = number(e.get("value"), label, f"{w}.value")
        labels = [ds_id] if task_id in (None, "default", "all", "main") else [task_id, ds_id, f"{ds_id} {task_id}"]
        resolved = resolve_bench(labels, cat, dataset=ds_id, config=task_id)
        setting, scale, extra_notes = _parse_eval_notes(_s(e.get("notes")))
        src = e.get("source") if isinstance(e.get("source"), dict) else {}
        if e.get("source") is not None and not isinstance(e.get("source"), dict):
            raise InputError(f"field '{w}.source' must be an object", path=label, where=f"{w}.source")
        notes = ["eval-results", *extra_notes]
        if src:
            notes.append("source: " + " ".join(str(x) for x in (src.get("name"), _bracket(src.get("url")),
                                                                 src.get("org") or src.get("user")) if x))
        if e.get("date"):
            notes.append(f"date: {e.get('date')}")
        if e.get("evaluation_framework"):
            notes.append(f"evaluation framework: {e.get('evaluation_framework')}")
        if e.get("verifyToken"):
            notes.append("verify token present")
        if task_id and task_id != "default":
            notes.append(f"task id: {task_id}")
        node = _item(root, i)
        pending.append((resolved, setting, value, scale, str(e.get("value")).strip(), src, notes, i,
                        _line(_child(node, "value") or node, 0), ds_id, w))
    if not pending:
        raise InputError("no results in the file", path=label)
    doc_scale = scale_for([p[2] for p in pending])
    scores = []
    for resolved, setting, value, scale, vtext, src, notes, i, line, ds_id, w in pending:
        mid, msetting = resolve_model_label(model_label, cat, mode=setting.get("mode"))
        key = make_key(resolved.benchmark, resolved.setting, msetting, setting, catalog=cat, path=label, where=w)
        if scale is None:
            b = cat.benchmarks.get(key.benchmark)
            scale = "rating" if b is not None and b.scale == "rating" and key.metric != "percentile" else doc_scale
        fp = first_party_of(mid, model_label, pub, cat)
        org = src.get("org") or src.get("user")
        if org and mid:
            src_pub = cat.find_publisher(str(org))
            fp = src_pub == cat.models[mid].publisher if src_pub else False
        prov = replace(doc.provenance(row=i, line=line, raw_label=ds_id, raw_cell=vtext),
                       url=_s(src.get("url")) or doc.url)
        scores.append(Score(model=mid, model_label=model_label, key=key, value=value, benchmark_label=resolved.label_or(ds_id),
                            scale=scale, first_party=fp, value_text=vtext, provenance=prov, notes=tuple(notes)))
    return doc, scores, {"model": model_label}


def _parse_eval_notes(text: str | None) -> tuple[dict[str, Any], str | None, list[str]]:
    """Settings from an entry's ``notes``: ``benchlens: mode=thinking; shots=5`` exactly, or qualifiers
    (``no-tools``, ``5-shot``)."""
    if not text:
        return {}, None, []
    if text.startswith("benchlens:"):
        setting: dict[str, Any] = {}
        scale = None
        for part in text[len("benchlens:"):].split(";"):
            if "=" not in part:
                continue
            k, v = (x.strip() for x in part.split("=", 1))
            if k == "scale":
                scale = v if v in VALUE_SCALES else None
            elif k.startswith("extra."):
                setting.setdefault("extra", {})[k[6:]] = v
            elif k in SETTING_FIELDS:
                setting[k] = v
        return setting, scale, []
    got, unknown = parse_qualifier(text.replace("-", " ") if text.lower() in ("no-tools", "non-thinking") else text)
    if unknown:
        got.setdefault("extra", {})["qualifier"] = " ".join(unknown).lower()
    return got, None, [f"notes: {text}"]


# --- scores -> model-index / eval-results ------------------------------------------------------------------


def _dataset_config(bench: str) -> tuple[str, str | None]:
    for (ds, cfg), bid in HF_DATASETS.items():
        if bid == bench:
            return ds, cfg
    return bench, None


def _model_name(s: Score) -> str:
    return s.model or s.model_label


def model_index_data(scores: list[Score], catalog: Catalog | None = None) -> list[dict[str, Any]]:
    """``model-index`` (a list, ready for YAML) of the scores: one entry per model, one result per score."""
    cat = catalog or get_catalog()
    by_model: dict[str, list[Score]] = {}
    for s in scores:
        by_model.setdefault(_model_name(s), []).append(s)
    out = []
    for name, ss in by_model.items():
        results = []
        for s in ss:
            bench = s.key.benchmark
            if bench.startswith("?"):
                ds_type, config, ds_name = bench[1:], None, s.benchmark_label or bench[1:]
            else:
                ds_type, config = _dataset_config(bench)
                ds_name = cat.benchmarks[bench].name if bench in cat.benchmarks else bench
            setting = s.key.setting()
            args: dict[str, Any] = {}
            if "shots" in setting:
                args["num_few_shot"] = setting.pop("shots")
            metric = setting.pop("metric", None)
            args.update({k: v for k, v in setting.items()})
            dataset: dict[str, Any] = {"type": ds_type if not bench.startswith("?") else bench[1:], "name": ds_name}
            if config:
                dataset["config"] = config
            if args:
                dataset["args"] = args
            m: dict[str, Any] = {"type": metric or "accuracy", "value": s.value, "args": {"scale": s.scale}}
            r: dict[str, Any] = {"task": {"type": "text-generation"}, "dataset": dataset, "metrics": [m]}
            if s.provenance.url:
                r["source"] = {"name": s.provenance.title or s.provenance.url, "url": s.provenance.url}
            results.append(r)
        out.append({"name": name, "results": results})
    return out


def write_model_index(scores: list[Score], catalog: Catalog | None = None) -> str:
    """YAML text ``model-index: [...]`` (paste into a card's front matter)."""
    return yaml.safe_dump({"model-index": model_index_data(scores, catalog)}, sort_keys=False, allow_unicode=True,
                          width=1000)


def eval_results_data(scores: list[Score]) -> dict[str, list[dict[str, Any]]]:
    """Per model name, the ``.eval_results`` entries."""
    out: dict[str, list[dict[str, Any]]] = {}
    for s in scores:
        bench = s.key.benchmark
        ds_id, config = (bench[1:], None) if bench.startswith("?") else _dataset_config(bench)
        entry: dict[str, Any] = {"dataset": {"id": ds_id, "task_id": config or "default"}, "value": s.value}
        parts = []
        for k, v in s.key.setting().items():
            if k == "extra":
                parts.extend(f"extra.{a}={b}" for a, b in sorted(v.items()))
            else:
                parts.append(f"{k}={v}")
        parts.append(f"scale={s.scale}")
        entry["notes"] = "benchlens: " + "; ".join(parts)
        if s.provenance.url:
            entry["source"] = {"url": s.provenance.url, "name": s.provenance.title or s.provenance.url}
        out.setdefault(_model_name(s), []).append(entry)
    return out


def write_eval_results(scores: list[Score], out_dir: str | Path, name: str = "benchlens.yaml") -> list[Path]:
    """Write ``<out_dir>/<model>/.eval_results/<name>`` for each model (``/`` in a name becomes ``__``)."""
    written = []
    for model, entries in eval_results_data(scores).items():
        d = Path(out_dir) / model.replace("/", "__") / ".eval_results"
        d.mkdir(parents=True, exist_ok=True)
        f = d / name
        f.write_text(yaml.safe_dump(entries, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
        written.append(f)
    return written


__all__ = ["scores_from_model_index", "read_model_index_file", "read_eval_results", "write_model_index",
           "write_eval_results", "model_index_data", "eval_results_data", "BenchlensError"]
