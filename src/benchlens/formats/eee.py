"""Every Eval Ever (EEE) aggregate JSON and instance-level JSONL <-> score records.

Reading accepts schema 0.3.0 and the older 0.2.x records (0.2.0 lacks ``eval_library``, 0.2.2 lacks
``model_info.additional_details.deployment_type``; neither is needed here). One score per
``evaluation_results[]`` entry; ``source_metadata.evaluator_relationship`` gives ``first_party``
(``first_party`` -> true, ``third_party`` -> false, else unknown).

Writing produces records that validate against the vendored 0.3.0 schemas
(``formats/schemas/*.json``): one aggregate file per (document, model), laid out as
``data/<benchmark or source>/<developer>/<model>/<uuid>.json`` like the EEE datastore, with a ``<uuid>_samples.jsonl``
beside it when per-item results are stored. Lab-reported numbers are ``source_type: documentation``;
evaluation runs (own runs and imported harness logs) are ``evaluation_run``. Everything benchlens knows
that EEE has no field for (the identity key, the provenance) is kept in ``additional_details`` /
``details`` string maps under ``benchlens.*`` names, so an export reads back to the same records.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import math
import re
import time
from collections.abc import Callable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.formats.common import (
    HF_DATASETS,
    LineFinder,
    decode,
    file_document,
    iter_jsonl,
    make_key,
    metric_setting,
    need,
    number,
    parse_json,
    read_bytes,
    resolve_bench,
    resolve_model_label,
    scale_for,
)
from benchlens.records import Document, IdentityKey, Provenance, Score, _tri

SCHEMA_VERSION = "0.3.0"
P = "benchlens."  # prefix of our keys in EEE's string maps
EVALUATION_RUN_KINDS = {"own_run", "lm_eval", "inspect", "promptfoo", "opencompass"}
_RELATION = {"first_party": True, "third_party": False}


# --- schemas ----------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def schema(name: str = "eval") -> dict[str, Any]:
    """The vendored EEE 0.3.0 schema: ``eval`` (aggregate) or ``instance_level_eval``."""
    text = resources.files("benchlens.formats").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(obj: Any, name: str = "eval") -> list[str]:
    """Schema errors of one record (``[]`` when valid), each as ``path: message``."""
    import jsonschema

    v = jsonschema.Draft7Validator(schema(name))
    out = []
    for e in sorted(v.iter_errors(obj), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in e.absolute_path) or "(top level)"
        out.append(f"{where}: {e.message}")
    return out


# --- reading ---------------------------------------------------------------------------------------------


def looks_like_aggregate(obj: Any) -> bool:
    return isinstance(obj, dict) and "evaluation_results" in obj and (
        "source_metadata" in obj or "model_info" in obj or "schema_version" in obj)


def looks_like_instance(obj: Any) -> bool:
    return isinstance(obj, dict) and "sample_id" in obj and "evaluation_id" in obj and (
        "evaluation" in obj or "interaction_type" in obj)


def _str_map(x: Any) -> dict[str, str]:
    return {str(k): v for k, v in x.items()} if isinstance(x, dict) else {}


def _num_or_none(text: str | None) -> int | None:
    if text in (None, ""):
        return None
    try:
        return int(text)  # type: ignore[arg-type]
    except ValueError:
        return None


def read_eee(path: str | Path, *, catalog: Catalog | None = None,
             publisher: str | None = None) -> tuple[Document, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data_bytes = read_bytes(path)
    text = decode(data_bytes, label)
    obj = parse_json(text, label)
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object (an EEE aggregate record)", path=label)
    version = str(obj.get("schema_version") or "")
    if version and not re.match(r"^0\.[0-3](\.|$)", version):
        raise InputError(f"unsupported EEE schema_version {version!r} (read: 0.2.x and 0.3.x)", path=label,
                         where="schema_version")
    sm = need(obj, "source_metadata", label, "", dict)
    mi = need(obj, "model_info", label, "", dict)
    results = need(obj, "evaluation_results", label, "", list)
    model_label = str(mi.get("id") or mi.get("name") or "")
    if not model_label:
        raise InputError("missing field 'model_info.id' (and 'name')", path=label, where="model_info.id")
    smd = _str_map(sm.get("additional_details"))
    ours = any(k.startswith(P) for k in smd)
    relation = sm.get("evaluator_relationship")
    if relation is not None and relation not in ("first_party", "third_party", "collaborative", "other"):
        raise InputError(f"field 'source_metadata.evaluator_relationship' is {relation!r}, not one of first_party, "
                         "third_party, collaborative, other", path=label, where="source_metadata.evaluator_relationship")
    org = sm.get("source_organization_name")
    if ours:
        doc = Document(
            doc_id=file_document(path, data_bytes, "eee").doc_id,
            source_kind=smd.get(P + "source_kind") or "eee",
            title=smd.get(P + "title") or sm.get("source_name"),
            url=smd.get(P + "url") or None, repo=smd.get(P + "repo") or None, path=smd.get(P + "path") or None,
            revision=smd.get(P + "revision") or None, retrieved=smd.get(P + "retrieved") or None,
            publisher=smd.get(P + "publisher") or None, origin=str(Path(path).resolve()),
        )
    else:
        doc = file_document(path, data_bytes, "eee", title=str(sm.get("source_name") or obj.get("evaluation_id")
                                                                 or Path(path).name),
                            publisher=cat.find_publisher(org) if org else None,
                            url=sm.get("source_organization_url"),
                            retrieved=str(obj.get("retrieved_timestamp")) if obj.get("retrieved_timestamp") else None)
    finder = LineFinder(text)
    _, res_pos = finder.find('"evaluation_results"')
    fp_default = _RELATION.get(str(relation)) if relation else None
    values = [r.get("score_details", {}).get("score") for r in results if isinstance(r, dict)
              and isinstance(r.get("score_details"), dict)]
    doc_scale = scale_for([v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)])
    scores: list[Score] = []
    pos = res_pos
    for i, r in enumerate(results):
        w = f"evaluation_results[{i}]"
        if not isinstance(r, dict):
            raise InputError(f"{w} must be an object", path=label, where=w)
        name = need(r, "evaluation_name", label, w)
        sd = need(r, "score_details", label, w, dict)
        if "score" not in sd:
            raise InputError(f"missing field '{w}.score_details.score'", path=label, where=f"{w}.score_details.score")
        value = number(sd.get("score"), label, f"{w}.score_details.score")
        assert value is not None
        line, pos = finder.find('"score"', start=finder.find(json.dumps(name), start=pos)[1])
        details = _str_map(sd.get("details"))
        mc = r.get("metric_config") if isinstance(r.get("metric_config"), dict) else {}
        src = r.get("source_data") if isinstance(r.get("source_data"), dict) else {}
        unc = sd.get("uncertainty") if isinstance(sd.get("uncertainty"), dict) else {}
        se = unc.get("standard_error") if isinstance(unc.get("standard_error"), dict) else {}
        stderr = number(se.get("value"), label, f"{w}.score_details.uncertainty.standard_error.value", allow_none=True)
        n = unc.get("num_samples") if isinstance(unc.get("num_samples"), int) else src.get("samples_number")
        n_items = n if isinstance(n, int) and n > 0 else None
        if P + "setting" in details:
            scores.append(_our_score(details, doc, value, stderr, n_items, fp_default, label, w, cat, line))
            continue
        ds_name = src.get("dataset_name")
        hf = src.get("hf_repo")
        resolved = resolve_bench([ds_name, name, hf], cat, dataset=hf, config=src.get("hf_split") and None)
        setting: dict[str, Any] = dict(metric_setting(mc.get("metric_id") or mc.get("metric_name")))
        gen = r.get("generation_config") if isinstance(r.get("generation_config"), dict) else {}
        gdet = _str_map(gen.get("additional_details"))
        shots = gdet.get("num_fewshot") or gdet.get("num_few_shot")
        if shots not in (None, ""):
            with contextlib.suppress(ValueError):
                setting["shots"] = int(float(shots))
        if "/" in str(name) and ds_name and str(name).startswith(str(ds_name) + "/"):
            setting.setdefault("extra", {})["filter"] = str(name)[len(str(ds_name)) + 1:]
        mid, msetting = resolve_model_label(model_label, cat)
        key = make_key(resolved.benchmark, resolved.setting, msetting, setting, catalog=cat, path=label, where=w)
        unit = str(mc.get("metric_unit") or "").lower()
        mx = mc.get("max_score")
        if unit in ("proportion", "fraction") or mx == 1:
            scale = "fraction"
        elif unit in ("percent", "%") or mx == 100:
            scale = "percent"
        elif unit in ("elo", "rating") or str(mc.get("metric_kind") or "").lower() == "elo":
            scale = "rating"
        else:
            scale = doc_scale
        notes = [f"EEE {version or 'unversioned'} record {obj.get('evaluation_id', '')}".strip(),
                 f"EEE source_type: {sm.get('source_type')}"]
        if mc.get("lower_is_better"):
            notes.append("lower is better")
        if relation and relation not in _RELATION:
            notes.append(f"evaluator relationship: {relation}")
        scores.append(Score(
            model=mid, model_label=model_label, key=key, value=value, benchmark_label=resolved.label_or(str(name)), scale=scale,
            stderr=stderr, n_items=n_items, first_party=fp_default, value_text=str(sd.get("score")),
            provenance=doc.provenance(row=i, line=line, raw_label=str(name), raw_cell=str(sd.get("score"))),
            notes=tuple(notes),
        ))
    if not scores:
        raise InputError("no evaluation results", path=label, where="evaluation_results")
    items: list[dict[str, Any]] = []
    ded = obj.get("detailed_evaluation_results")
    samples_file = None
    if isinstance(ded, dict) and ded.get("file_path"):
        samples_file = _find_samples(Path(path), str(ded["file_path"]))
        if samples_file is not None:
            items = read_instances(samples_file)[1]
    info = {"model": model_label, "schema_version": version or None, "items": len(items),
            "samples_file": str(samples_file) if samples_file else None}
    return doc, scores, {**info, "_items": items}


def _our_score(d: dict[str, str], doc: Document, value: float, stderr: float | None, n_items: int | None,
               fp_default: bool | None, label: str, w: str, cat: Catalog, line: int | None) -> Score:
    try:
        setting = json.loads(d[P + "setting"])
        notes = tuple(json.loads(d.get(P + "notes") or "[]"))
        bench = d.get(P + "benchmark") or "?"
        key = IdentityKey.from_setting(bench, setting)
        fp = _tri(d[P + "first_party"]) if P + "first_party" in d else fp_default
    except (ValueError, TypeError, KeyError) as exc:
        raise InputError(f"bad benchlens details ({exc})", path=label, where=f"{w}.score_details.details") from None
    prov = Provenance(
        source_kind=doc.source_kind, title=doc.title, url=doc.url, repo=doc.repo, path=doc.path,
        revision=doc.revision, retrieved=doc.retrieved, publisher=doc.publisher, doc_id=doc.doc_id,
        table=_num_or_none(d.get(P + "table")), row=_num_or_none(d.get(P + "row")), col=_num_or_none(d.get(P + "col")),
        line=_num_or_none(d.get(P + "line")), raw_label=d.get(P + "raw_label") or None,
        raw_cell=d.get(P + "raw_cell") or None,
    )
    return Score(
        model=d.get(P + "model") or None, model_label=d.get(P + "model_label") or "", key=key, value=value,
        benchmark_label=d.get(P + "benchmark_label") or "", scale=d.get(P + "scale") or "percent", stderr=stderr,
        n_items=n_items, first_party=fp, category=d.get(P + "category") or None,
        value_text=d.get(P + "value_text") or None, provenance=prov, notes=notes,
    )


def _find_samples(agg: Path, file_path: str) -> Path | None:
    """The instance-level file an aggregate names: ``data/...`` from the layout root, or beside it."""
    name = Path(file_path).name
    beside = agg.parent / name
    if beside.exists():
        return beside
    for parent in agg.resolve().parents:
        cand = parent / file_path
        if cand.exists():
            return cand
    return None


def read_instances(path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """An instance-level JSONL: its raw records and per-item rows."""
    label = str(path)
    text = decode(read_bytes(path), label)
    recs = []
    items = []
    for line, obj in iter_jsonl(text, label):
        if not isinstance(obj, dict):
            raise InputError("each line must be a JSON object", path=label, where=f"line {line}")
        for f in ("evaluation_id", "sample_id", "evaluation"):
            if f not in obj:
                raise InputError(f"missing field {f!r}", path=label, where=f"line {line}")
        ev = obj["evaluation"]
        if not isinstance(ev, dict) or "score" not in ev:
            raise InputError("missing field 'evaluation.score'", path=label, where=f"line {line}")
        score = number(ev.get("score"), label, f"line {line} evaluation.score")
        inp = obj.get("input") if isinstance(obj.get("input"), dict) else {}
        out = obj.get("output") if isinstance(obj.get("output"), dict) else {}
        md = _str_map(obj.get("metadata"))
        attrib = obj.get("answer_attribution") if isinstance(obj.get("answer_attribution"), list) else []
        ref = inp.get("reference") if isinstance(inp.get("reference"), list) else []
        raw_out = out.get("raw") if isinstance(out.get("raw"), list) else []
        recs.append(obj)
        items.append({
            "task": md.get(P + "task") or obj.get("evaluation_name"), "item_id": str(obj["sample_id"]),
            "repeat": int(md.get(P + "repeat") or 0), "metric": md.get(P + "metric") or "score",
            "filter": md.get(P + "filter") or None, "score": score,
            "passed": bool(ev.get("is_correct")) if ev.get("is_correct") is not None else None,
            "target": ref[0] if len(ref) == 1 else (ref or None), "response": raw_out[0] if raw_out else None,
            "filtered": attrib[0].get("extracted_value") if attrib and isinstance(attrib[0], dict) else None,
            "prompt": inp.get("raw"), "model_label": obj.get("model_id"), "line": line,
            "evaluation_result_id": obj.get("evaluation_result_id"), "error": obj.get("error"),
        })
    if not recs:
        raise InputError("no instance records", path=label)
    return recs, items


def read_eee_instances(path: str | Path, *, catalog: Catalog | None = None,
                       publisher: str | None = None) -> tuple[Document, list[Score], dict[str, Any]]:
    """An instance-level JSONL read alone: one score per (model, evaluation) computed as the mean of the
    instance scores, with its binomial-style standard error."""
    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    recs, items = read_instances(path)
    doc = file_document(path, data, "eee", title=f"EEE instances {Path(path).name}")
    groups: dict[tuple[str, str, str | None], list[dict[str, Any]]] = {}
    for it, rec in zip(items, recs, strict=True):
        groups.setdefault((str(rec.get("model_id") or "unknown"), str(rec.get("evaluation_name") or "unknown"),
                           rec.get("evaluation_result_id")), []).append(it)
    scores = []
    for row, ((model_label, name, rid), its) in enumerate(groups.items()):
        vals = [i["score"] for i in its]
        n = len(vals)
        mean = sum(vals) / n
        sd = math.sqrt(sum((v - mean) ** 2 for v in vals) / (n - 1)) if n > 1 else None
        mid, msetting = resolve_model_label(model_label, cat)
        resolved = resolve_bench([name.split("/")[0], name], cat)
        key = make_key(resolved.benchmark, resolved.setting, msetting, catalog=cat, path=label, where=name)
        scores.append(Score(
            model=mid, model_label=model_label, key=key, value=mean, benchmark_label=resolved.label_or(name),
            scale="fraction" if all(0 <= v <= 1 for v in vals) else "raw",
            stderr=sd / math.sqrt(n) if sd is not None else None, n_items=n, first_party=None,
            value_text=f"{mean:.6g}", provenance=doc.provenance(row=row, line=its[0].get("line"), raw_label=name),
            notes=(f"computed from {n} EEE instance records" + (f" ({rid})" if rid else ""),),
        ))
    return doc, scores, {"items": len(items), "_items": items}


# --- writing ---------------------------------------------------------------------------------------------


def _slug(text: str, n: int = 60) -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return (s or "unnamed")[:n]


def _uuid4_like(seed: str) -> str:
    h = bytearray(hashlib.sha256(seed.encode("utf-8")).digest()[:16])
    h[6] = (h[6] & 0x0F) | 0x40
    h[8] = (h[8] & 0x3F) | 0x80
    x = h.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def _maxes(s: Score, cat: Catalog) -> tuple[Any, Any, str]:
    b = cat.benchmarks.get(s.key.benchmark)
    if s.scale == "fraction":
        return 0.0, 1.0, "proportion"
    if s.scale == "percent":
        return 0.0, 100.0, "percent"
    if s.scale == "score10":
        return 0.0, float(b.max) if b is not None else 10.0, "points"
    if s.scale == "rating":
        return "-Infinity", "Infinity", "elo"
    return "-Infinity", "Infinity", "raw"


def _developer(s: Score, cat: Catalog) -> str | None:
    m = cat.models.get(s.model or "")
    if m is not None:
        pub = cat.publishers.get(m.publisher)
        return pub.name if pub else m.publisher
    if "/" in s.model_label:
        return s.model_label.split("/", 1)[0]
    return None


def _hf_repo(bench: str) -> tuple[str | None, str | None]:
    for (ds, cfg), bid in HF_DATASETS.items():
        if bid == bench:
            return ds, cfg
    return None, None


def record_for(scores: list[Score], cat: Catalog, *, now: float | None = None,
               items: list[dict[str, Any]] | None = None, samples_path: str | None = None) -> dict[str, Any]:
    """One EEE 0.3.0 aggregate record for scores of one document and one model."""
    s0 = scores[0]
    p = s0.provenance
    ts = f"{(now if now is not None else time.time()):.0f}"
    kind = p.source_kind or "other"
    source_type = "evaluation_run" if kind in EVALUATION_RUN_KINDS or any(
        n == "EEE source_type: evaluation_run" for n in s0.notes) else "documentation"
    fp = s0.first_party
    relation = "first_party" if fp is True else "third_party" if fp is False or kind == "own_run" else "other"
    pub = cat.publishers.get(p.publisher or "")
    org = pub.name if pub else (p.publisher or ("benchlens user" if kind == "own_run" else "unknown"))
    model_id = model_identity(s0, cat)
    smd = {P + k: str(v) for k, v in (("doc_id", p.doc_id), ("source_kind", kind), ("title", p.title),
                                      ("url", p.url), ("repo", p.repo), ("path", p.path), ("revision", p.revision),
                                      ("retrieved", p.retrieved), ("publisher", p.publisher)) if v is not None}
    m = cat.models.get(s0.model or "")
    availability = "unknown" if m is None or m.open_weights is None else (
        "open_weights" if m.open_weights else "closed_weights")
    mi: dict[str, Any] = {"name": s0.model_label or model_id, "id": model_id,
                          "additional_details": {"deployment_type": "unknown", "model_availability": availability}}
    dev = _developer(s0, cat)
    mi["developer"] = dev or "unattributed"
    if s0.model:
        mi["additional_details"][P + "model"] = s0.model
    lib = {"own_run": ("benchlens", _version()), "lm_eval": ("lm_eval", "unknown"),
           "inspect": ("inspect_ai", "unknown"), "promptfoo": ("promptfoo", "unknown"),
           "opencompass": ("opencompass", "unknown")}.get(kind, ("unknown", "unknown"))
    results = []
    for i, s in enumerate(scores):
        bench = s.key.benchmark
        b = cat.benchmarks.get(bench)
        hf, cfg = _hf_repo(bench)
        dataset_name = b.name if b is not None else (s.benchmark_label or bench.lstrip("?"))
        src: dict[str, Any] = {"dataset_name": dataset_name, "source_type": "other"}
        if hf:
            src = {"dataset_name": dataset_name, "source_type": "hf_dataset", "hf_repo": hf}
            if cfg:
                src["additional_details"] = {"config": cfg}
        lo, hi, unit = _maxes(s, cat)
        metric = s.key.metric or (b.metric if b is not None and b.metric else "accuracy")
        mc: dict[str, Any] = {"evaluation_description": s.key.describe(), "metric_id": metric, "metric_name": metric,
                              "metric_unit": unit, "lower_is_better": bool(b is not None and not b.higher_is_better),
                              "score_type": "continuous", "min_score": lo, "max_score": hi,
                              "additional_details": {P + "benchmark": bench}}
        if s.key.k:
            mc["metric_parameters"] = {"k": s.key.k}
        if s.key.judge:
            mc["additional_details"][P + "judge"] = s.key.judge
        details = {P + "setting": json.dumps(s.key.setting(), sort_keys=True, ensure_ascii=False),
                   P + "benchmark": bench, P + "model_label": s.model_label, P + "scale": s.scale,
                   P + "notes": json.dumps(list(s.notes), ensure_ascii=False)}
        for k, v in (("model", s.model), ("benchmark_label", s.benchmark_label), ("value_text", s.value_text),
                     ("category", s.category), ("table", s.provenance.table), ("row", s.provenance.row),
                     ("col", s.provenance.col), ("line", s.provenance.line), ("raw_label", s.provenance.raw_label),
                     ("raw_cell", s.provenance.raw_cell)):
            if v is not None and v != "":
                details[P + k] = str(v)
        if s.first_party is not None:
            details[P + "first_party"] = "true" if s.first_party else "false"
        sd: dict[str, Any] = {"score": s.value, "details": details}
        unc: dict[str, Any] = {}
        if s.stderr is not None:
            unc["standard_error"] = {"value": s.stderr}
        if s.n_items is not None:
            unc["num_samples"] = s.n_items
        if unc:
            sd["uncertainty"] = unc
        r: dict[str, Any] = {"evaluation_result_id": result_id(s), "evaluation_name": s.benchmark_label or bench,
                             "source_data": src, "metric_config": mc, "score_details": sd}
        gen_details = {}
        if s.key.shots is not None:
            gen_details["num_fewshot"] = str(s.key.shots)
        if s.key.tools:
            gen_details["tools"] = s.key.tools
        gen: dict[str, Any] = {}
        if s.key.mode:
            gen["generation_args"] = {"reasoning": s.key.mode == "thinking"}
        if gen_details:
            gen["additional_details"] = gen_details
        if gen:
            r["generation_config"] = gen
        results.append(r)
        del i
    rec: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "evaluation_id": f"{_slug(p.title or p.doc_id or 'benchlens')}/{model_id}/{ts}",
        "retrieved_timestamp": ts,
        "source_metadata": {"source_name": p.title or "benchlens", "source_type": source_type,
                            "source_organization_name": org, "evaluator_relationship": relation,
                            "additional_details": smd},
        "eval_library": {"name": lib[0], "version": lib[1]},
        "model_info": mi,
        "evaluation_results": results,
    }
    if p.url and p.url.startswith("http") and pub is None:
        rec["source_metadata"]["source_organization_url"] = p.url
    if items and samples_path:
        rec["detailed_evaluation_results"] = {"format": "jsonl", "file_path": samples_path, "hash_algorithm": "sha256",
                                              "total_rows": len(items)}
    return rec


def model_identity(s: Score, cat: Catalog) -> str:
    """``model_info.id``: the label when it is ``org/name`` (a Hugging Face id), else ``developer/name`` with
    both parts made path-safe (EEE files a record under ``data/<source>/<developer>/<model>/``)."""
    label = s.model_label or s.model or "model"
    if "/" in label and all(_slug(p) == p for p in label.split("/")):
        return label
    name = cat.models[s.model].name if s.model in cat.models else label.rsplit("/", 1)[-1]
    dev = _developer(s, cat) or "unattributed"
    return f"{_slug(dev)}/{_slug(name)}"


def result_id(s: Score) -> str:
    return f"{s.key.benchmark.lstrip('?')}:{hashlib.sha256(s.key.to_json().encode()).hexdigest()[:10]}"


def _version() -> str:
    try:
        from benchlens import __version__

        return str(__version__)
    except ImportError:  # pragma: no cover
        return "unknown"


def instance_records(rec: dict[str, Any], scores: list[Score], items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """EEE instance-level lines for the per-item results of one aggregate record."""
    out = []
    by_label: dict[str, list[Score]] = {}
    for s in scores:
        by_label.setdefault(s.benchmark_label or s.key.benchmark, []).append(s)
    for it in items:
        target = _match_item(it, scores, by_label)
        if target is None:
            continue
        score = it.get("score")
        if score is None:
            continue
        ref = it.get("target")
        refs = [str(x) for x in ref] if isinstance(ref, list) else ([] if ref is None else [str(ref)])
        response = it.get("response")
        md = {P + "task": str(it.get("task") or ""), P + "metric": str(it.get("metric") or ""),
              P + "repeat": str(it.get("repeat") or 0)}
        if it.get("filter"):
            md[P + "filter"] = str(it["filter"])
        line = {
            "schema_version": SCHEMA_VERSION, "evaluation_id": rec["evaluation_id"],
            "model_id": rec["model_info"]["id"], "evaluation_name": target.benchmark_label or target.key.benchmark,
            "evaluation_result_id": result_id(target), "sample_id": str(it.get("item_id")),
            "interaction_type": "single_turn",
            "input": {"raw": "" if it.get("prompt") is None else str(it["prompt"]), "reference": refs},
            "output": {"raw": [] if response is None else [str(response)]},
            "answer_attribution": [{"turn_idx": 0, "source": "output.raw",
                                    "extracted_value": "" if it.get("filtered") is None else str(it["filtered"]),
                                    "extraction_method": str(it.get("metric") or "score"), "is_terminal": True}],
            "evaluation": {"score": float(score), "is_correct": bool(it["passed"]) if it.get("passed") is not None
                           else float(score) >= 1.0},
            "metadata": md,
        }
        if it.get("error"):
            line["error"] = str(it["error"])
        out.append(line)
    return out


def _match_item(it: dict[str, Any], scores: list[Score], by_label: dict[str, list[Score]]) -> Score | None:
    cands = by_label.get(str(it.get("task") or ""), [])
    if not cands and len(scores) == 1:
        return scores[0]
    if len(cands) == 1:
        return cands[0]
    for s in cands:
        filt = dict(s.key.extra).get("filter")
        metric_ok = s.key.metric in (None, it.get("metric")) or s.key.metric == it.get("metric")
        if metric_ok and (filt or None) == (it.get("filter") if it.get("filter") not in (None, "none") else None):
            return s
    return None


def export_eee(scores: Iterable[Score], out_dir: str | Path, *, catalog: Catalog | None = None,
               items_for: Callable[[Score], list[dict[str, Any]]] | None = None, now: float | None = None,
               check: bool = True) -> list[Path]:
    """Write EEE aggregate records (and instance JSONL where ``items_for`` gives per-item results) under
    ``out_dir/data/...``; every record is validated against the 0.3.0 schema (a failure raises)."""
    cat = catalog or get_catalog()
    groups: dict[tuple, list[Score]] = {}
    for s in scores:
        p = s.provenance
        groups.setdefault((p.doc_id or p.title or "", s.model or s.model_label, s.first_party), []).append(s)
    written: list[Path] = []
    for (doc_key, model, fp), ss in groups.items():
        uid = _uuid4_like(f"{doc_key}|{model}|{fp}")
        parts = model_identity(ss[0], cat).split("/")
        dev, name = parts[0], "_".join(parts[1:])
        benches = {s.key.benchmark.lstrip("?") for s in ss}
        # EEE files records by benchmark: one benchmark names the folder, a card's many its source
        collection = _slug(benches.pop() if len(benches) == 1 else (ss[0].provenance.title or doc_key or "benchlens"))
        folder = Path(out_dir) / "data" / collection / dev / name
        rel = f"data/{collection}/{dev}/{name}/{uid}_samples.jsonl"
        items = [it for it in (items_for(ss[0]) if items_for else [])
                 if it.get("model_label") in (None, "", ss[0].model_label)]
        rec = record_for(ss, cat, now=now, items=items, samples_path=rel)
        lines = instance_records(rec, ss, items) if items else []
        if not lines and "detailed_evaluation_results" in rec:
            del rec["detailed_evaluation_results"]
        folder.mkdir(parents=True, exist_ok=True)
        if lines:
            body = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
            rec["detailed_evaluation_results"]["checksum"] = hashlib.sha256(body.encode("utf-8")).hexdigest()
            rec["detailed_evaluation_results"]["total_rows"] = len(lines)
            if check:
                for n, x in enumerate(lines, start=1):
                    errs = validate(x, "instance_level_eval")
                    if errs:
                        raise InputError("instance record does not validate against EEE 0.3.0: " + "; ".join(errs[:3]),
                                         path=str(folder / f"{uid}_samples.jsonl"), where=f"line {n}")
            (folder / f"{uid}_samples.jsonl").write_text(body, encoding="utf-8")
            written.append(folder / f"{uid}_samples.jsonl")
        if check:
            errs = validate(rec)
            if errs:
                raise InputError("record does not validate against EEE 0.3.0: " + "; ".join(errs[:3]),
                                 path=str(folder / f"{uid}.json"))
        f = folder / f"{uid}.json"
        f.write_text(json.dumps(rec, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")
        written.append(f)
    return written
