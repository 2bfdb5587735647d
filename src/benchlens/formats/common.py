"""Shared helpers of the result-format readers and writers: reading files, resolving labels, errors.

Every reader turns a malformed or truncated file into :class:`~benchlens.errors.InputError` naming the
file and the field (``where``), never a traceback.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlens.catalog import resolve_benchmark, resolve_model
from benchlens.catalog.catalog import Catalog
from benchlens.catalog.resolve import normalize, parse_qualifier
from benchlens.errors import InputError
from benchlens.records import Document, IdentityKey, content_id

#: Largest result file read (bytes); inspect logs with many samples can be large.
MAX_BYTES = 512 * 1024 * 1024

#: Metric names that add nothing to an identity key (the benchmark's usual accuracy).
NEUTRAL_METRICS = {"acc", "accuracy", "exact_match", "em", "pass@1", "pass_at_1", "score", "mean", "correct",
                   "includes", "match", "choice", "model_graded_qa", "model_graded_fact", "percent", "%"}

#: A few Hugging Face dataset ids (and lm-eval task names) that name catalog benchmarks directly.
#: ``(dataset id, config)``: a config of None matches any config.
HF_DATASETS: dict[tuple[str, str | None], str] = {
    ("cais/mmlu", None): "mmlu",
    ("hails/mmlu_no_train", None): "mmlu",
    ("TIGER-Lab/MMLU-Pro", None): "mmlu-pro",
    ("edinburgh-dawg/mmlu-redux", None): "mmlu-redux",
    ("edinburgh-dawg/mmlu-redux-2.0", None): "mmlu-redux",
    ("Idavidrein/gpqa", "gpqa_diamond"): "gpqa-diamond",
    ("Idavidrein/gpqa", "gpqa_main"): "gpqa-main",
    ("fingertap/GPQA-Diamond", None): "gpqa-diamond",
    ("cais/hle", None): "hle",
    ("openai/gsm8k", None): "gsm8k",
    ("gsm8k", None): "gsm8k",
    ("HuggingFaceH4/MATH-500", None): "math-500",
    ("lighteval/MATH-Hard", None): "math-lvl5",
    ("ai2_arc", "ARC-Challenge"): "arc-challenge",
    ("allenai/ai2_arc", "ARC-Challenge"): "arc-challenge",
    ("ai2_arc", "ARC-Easy"): "arc-easy",
    ("allenai/ai2_arc", "ARC-Easy"): "arc-easy",
    ("Rowan/hellaswag", None): "hellaswag",
    ("hellaswag", None): "hellaswag",
    ("winogrande", None): "winogrande",
    ("allenai/winogrande", None): "winogrande",
    ("truthful_qa", None): "truthfulqa",
    ("truthfulqa/truthful_qa", None): "truthfulqa",
    ("google/IFEval", None): "ifeval",
    ("wis-k/instruction-following-eval", None): "ifeval",
    ("lukaemon/bbh", None): "bbh",
    ("SaylorTwift/bbh", None): "bbh",
    ("TAUR-Lab/MuSR", None): "musr",
    ("openai/openai_humaneval", None): "humaneval",
    ("openai_humaneval", None): "humaneval",
    ("mbpp", None): "mbpp",
    ("google-research-datasets/mbpp", None): "mbpp",
    ("livecodebench/code_generation_lite", None): "livecodebench",
    ("princeton-nlp/SWE-bench_Verified", None): "swe-bench-verified",
    ("openai/MMMLU", None): "mmmlu",
    ("juletxara/mgsm", None): "mgsm",
    ("basicv8vc/SimpleQA", None): "simpleqa",
}

#: lm-eval task names that differ from the catalog's labels.
LM_EVAL_TASKS: dict[str, str] = {
    "arc_challenge": "arc-challenge",
    "arc_easy": "arc-easy",
    "truthfulqa_mc1": "truthfulqa",
    "truthfulqa_mc2": "truthfulqa",
    "truthfulqa_gen": "truthfulqa",
    "gsm8k_cot": "gsm8k",
    "minerva_math": "math",
    "hendrycks_math": "math",
    "leaderboard_math_hard": "math-lvl5",
    "leaderboard_ifeval": "ifeval",
    "leaderboard_bbh": "bbh",
    "leaderboard_gpqa": "gpqa-main",
    "leaderboard_gpqa_diamond": "gpqa-diamond",
    "leaderboard_gpqa_main": "gpqa-main",
    "leaderboard_musr": "musr",
    "leaderboard_mmlu_pro": "mmlu-pro",
    "mmlu_pro": "mmlu-pro",
    "gpqa_diamond_zeroshot": "gpqa-diamond",
    "gpqa_main_zeroshot": "gpqa-main",
}


def read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory", path=str(path))
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"too large ({size // 1024 // 1024} MiB)", path=str(path))
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=str(path)) from None


def decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not a UTF-8 text file", path=path) from None


def parse_json(text: str, path: str, what: str = "JSON") -> Any:
    """Parse JSON; a truncated or broken file names the line and column."""
    if not text.strip():
        raise InputError("the file is empty", path=path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (the file looks truncated)" if exc.pos >= len(text.rstrip()) - 1 else ""
        raise InputError(f"not valid {what}: {exc.msg}{hint}", path=path,
                         where=f"line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise InputError(f"not valid {what}: nested too deeply", path=path) from None


def iter_jsonl(text: str, path: str) -> list[tuple[int, Any]]:
    """(line number, object) of every non-empty line of a JSON-lines file."""
    out = []
    for i, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            out.append((i, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"not a JSON object: {exc.msg}", path=path, where=f"line {i}") from None
    return out


def need(obj: Any, key: str, path: str, where: str, kind: type | tuple[type, ...] | None = None) -> Any:
    """``obj[key]``, or an InputError naming the field when it is missing or of the wrong type."""
    if not isinstance(obj, dict):
        raise InputError(f"expected an object at {where or 'the top level'}", path=path, where=where or None)
    field_name = f"{where}.{key}" if where else key
    if key not in obj or obj[key] is None:
        raise InputError(f"missing field {field_name!r}", path=path, where=field_name)
    value = obj[key]
    if kind is not None and not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise InputError(f"field {field_name!r} must be {_article(names)}, got {type(value).__name__}", path=path,
                         where=field_name)
    return value


def _article(name: str) -> str:
    names = {"dict": "an object", "list": "a list", "str": "a string", "int": "a whole number",
             "float": "a number", "bool": "true or false"}
    return " or ".join(names.get(n, n) for n in name.split(" or "))


def number(value: Any, path: str, where: str, *, allow_none: bool = False) -> float | None:
    """A finite number from a field (numbers as strings are accepted)."""
    if value is None or (isinstance(value, str) and value.strip().upper() in ("", "N/A", "NA", "NAN", "-")):
        if allow_none:
            return None
        raise InputError(f"field {where!r} has no value", path=path, where=where)
    if isinstance(value, bool):
        raise InputError(f"field {where!r} must be a number, got {value!r}", path=path, where=where)
    try:
        x = float(str(value).strip().rstrip("%")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise InputError(f"field {where!r} must be a number, got {value!r}", path=path, where=where) from None
    if math.isnan(x) or math.isinf(x):
        if allow_none:
            return None
        raise InputError(f"field {where!r} must be a finite number, got {value!r}", path=path, where=where)
    return x


def file_document(path: str | Path, data: bytes, source_kind: str, *, title: str | None = None,
                  publisher: str | None = None, url: str | None = None, revision: str | None = None,
                  retrieved: str | None = None, repo: str | None = None) -> Document:
    p = Path(path)
    return Document(doc_id=content_id(data), source_kind=source_kind, title=title or p.name, url=url, repo=repo,
                    path=str(p.resolve()), revision=revision, retrieved=retrieved, publisher=publisher,
                    origin=str(p.resolve()))


# --- labels -> catalog ids -------------------------------------------------------------------------------


@dataclass
class Resolved:
    benchmark: str  # catalog id or "?" + label
    setting: dict[str, Any] = field(default_factory=dict)
    label: str = ""

    def label_or(self, label: str) -> str:
        """The benchmark label to record: the label the key was made of when it is unknown."""
        return self.label if self.benchmark.startswith("?") else label


def metric_setting(name: str | None) -> dict[str, Any]:
    """The key setting a metric name adds: nothing for plain accuracy, ``metric`` otherwise."""
    if not name:
        return {}
    raw = str(name).strip()
    low = raw.lower()
    if low in NEUTRAL_METRICS or normalize(raw) in {normalize(m) for m in NEUTRAL_METRICS}:
        return {}
    got, unknown = parse_qualifier(raw)
    if got and not unknown and set(got) <= {"metric", "k"}:
        return got
    return {"metric": low}


def resolve_bench(labels: list[str | None], catalog: Catalog, *, dataset: str | None = None,
                  config: str | None = None) -> Resolved:
    """Resolve a benchmark from a HF dataset id (+ config) or from labels, in order; unknown stays unknown
    as ``"?" + first label``."""
    if dataset:
        for (ds, cfg), bid in HF_DATASETS.items():
            if bid and ds.lower() == dataset.lower() and (cfg is None or (config or "").lower() == cfg.lower()) \
                    and bid in catalog.benchmarks:
                return Resolved(bid, {}, dataset)
    first = None
    for label in labels:
        if not label:
            continue
        label = str(label).strip()
        if first is None:
            first = label
        if label in catalog.benchmarks:
            return Resolved(label, {}, label)
        low = label.lower()
        if low in LM_EVAL_TASKS and LM_EVAL_TASKS[low] in catalog.benchmarks:
            return Resolved(LM_EVAL_TASKS[low], {}, label)
        r = resolve_benchmark(label, catalog=catalog)
        if r.id:
            return Resolved(r.id, dict(r.setting), label)
        if "/" in label:  # "org/dataset": try the dataset name alone
            r = resolve_benchmark(label.rsplit("/", 1)[1], catalog=catalog)
            if r.id:
                return Resolved(r.id, dict(r.setting), label)
    if first is None:
        first = dataset or "unnamed"
    r = resolve_benchmark(first, catalog=catalog)
    setting = dict(r.setting)
    setting.pop("_repeats", None)
    # an unknown label is kept whole as written, so that ``"?" + benchmark_label`` is the key (the records
    # JSON and CSV rebuild keys that way)
    return Resolved("?" + first, setting, first)


def resolve_model_label(label: str, catalog: Catalog, mode: str | None = None) -> tuple[str | None, dict[str, Any]]:
    """A model id (or None) and the setting the label implies (mode); ``org/name`` labels are tried whole,
    then by name."""
    label = str(label).strip()
    if label in catalog.models:
        r = resolve_model(label, mode=mode, catalog=catalog)
        return label, dict(r.setting) if r.id == label else ({"mode": mode} if mode else {})
    r = resolve_model(label, mode=mode, catalog=catalog)
    if r.id:
        return r.id, dict(r.setting)
    if "/" in label:
        tail = label.rstrip("/").rsplit("/", 1)[1]
        r = resolve_model(tail, mode=mode, catalog=catalog)
        if r.id:
            return r.id, dict(r.setting)
    return None, ({"mode": mode} if mode else {})


def make_key(benchmark: str, *settings: dict[str, Any], catalog: Catalog, path: str, where: str) -> IdentityKey:
    """Merge settings (later ones win, ``extra`` merged) into a key; drop what the benchmark's standard
    protocol already says."""
    merged: dict[str, Any] = {}
    for s in settings:
        for k, v in (s or {}).items():
            if v is None or v == {}:
                continue
            if k == "extra":
                merged.setdefault("extra", {}).update({str(a): str(b) for a, b in v.items()})
            elif k == "_repeats":
                continue
            else:
                merged[k] = v
    bench = catalog.benchmarks.get(benchmark)
    if bench is not None:
        if merged.get("metric") is not None and bench.metric is not None and merged["metric"] == bench.metric:
            merged.pop("metric")
        if merged.get("judge") is not None and bench.judge is not None and merged["judge"] == bench.judge:
            merged.pop("judge")
    if merged.get("tools") == "none":
        merged.pop("tools")
    try:
        return IdentityKey.from_setting(benchmark, merged)
    except (TypeError, ValueError) as exc:
        raise InputError(f"bad setting: {exc}", path=path, where=where) from None


def first_party_of(model: str | None, model_label: str, publisher: str | None, catalog: Catalog) -> bool | None:
    """Whether the model is the publisher's own; None when the publisher is not known."""
    if not publisher:
        return None
    if model and model in catalog.models:
        return catalog.models[model].publisher == publisher
    return catalog.publisher_owns_label(publisher, model_label)


# --- finding lines in JSON text ----------------------------------------------------------------------------


class LineFinder:
    """Line numbers of JSON keys and values, found by searching the text forward (best effort)."""

    def __init__(self, text: str):
        self.text = text
        self._starts = [0]
        for m in re.finditer("\n", text):
            self._starts.append(m.end())

    def line_at(self, pos: int) -> int:
        import bisect

        return bisect.bisect_right(self._starts, pos)

    def find(self, *needles: str, start: int = 0) -> tuple[int | None, int]:
        """Search each needle after the previous one; (line of the last, its position) or (None, start)."""
        pos = start
        for n in needles:
            i = self.text.find(n, pos)
            if i < 0:
                return None, start
            pos = i + len(n)
        return self.line_at(pos - len(needles[-1])) if needles else None, pos

    def key_line(self, *keys: str, start: int = 0) -> int | None:
        """Line of ``"key":`` nested inside the previous keys."""
        return self.find(*(json.dumps(k) for k in keys), start=start)[0]


def scale_for(values: list[float], default: str = "percent") -> str:
    """``fraction`` when every value of a document lies in [0, 1], otherwise ``default``."""
    if values and all(0 <= v <= 1 for v in values):
        return "fraction"
    return default


def strip_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != {} and v != []}

