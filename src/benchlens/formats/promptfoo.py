"""promptfoo JSON output (``promptfoo eval -o results.json``) -> score records.

``{evalId, results: {version: 3, timestamp, results: [EvaluateResult], prompts: [...], stats}, config,
metadata}``; version 2 files (``results.table`` instead of ``prompts``) are read the same way. A promptfoo
eval is the user's own test suite: one score per (provider, prompt) is the pass rate over its test cases
(a fraction, with its binomial standard error), and one per named score (``namedScores``, the mean). The
benchmark label is the config's ``description`` (else the eval id), which the catalog rarely knows.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import InputError
from benchlens.formats.common import (
    LineFinder,
    decode,
    file_document,
    make_key,
    parse_json,
    read_bytes,
    resolve_bench,
    resolve_model_label,
)
from benchlens.records import Score


def looks_like(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("results"), dict) and (
        "evalId" in obj or "version" in obj["results"]) and isinstance(obj["results"].get("results"), list)


def _provider(r: dict[str, Any]) -> str:
    p = r.get("provider")
    if isinstance(p, dict):
        return str(p.get("label") or p.get("id") or "unknown")
    return str(p or "unknown")


def _model_label(provider: str) -> str:
    """``openai:chat:gpt-4o`` -> ``gpt-4o``; a label is kept as written."""
    parts = provider.split(":")
    return parts[-1] if len(parts) > 1 else provider


def read_promptfoo(path: str | Path, *, catalog: Catalog | None = None,
                   publisher: str | None = None) -> tuple[Any, list[Score], dict[str, Any]]:
    cat = catalog or get_catalog()
    label = str(path)
    data = read_bytes(path)
    text = decode(data, label)
    obj = parse_json(text, label)
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object (promptfoo output)", path=label)
    res = obj.get("results")
    if not isinstance(res, dict):
        raise InputError("missing field 'results'", path=label, where="results")
    version = res.get("version")
    if version not in (2, 3):
        raise InputError(f"field 'results.version' is {version!r}; promptfoo output versions 2 and 3 are read",
                         path=label, where="results.version")
    rows = res.get("results")
    if not isinstance(rows, list):
        raise InputError("missing field 'results.results'", path=label, where="results.results")
    cfg = obj.get("config") if isinstance(obj.get("config"), dict) else {}
    suite = str(cfg.get("description") or obj.get("evalId") or Path(path).stem)
    meta = obj.get("metadata") if isinstance(obj.get("metadata"), dict) else {}
    doc = file_document(path, data, "promptfoo", title=f"promptfoo {suite}",
                        revision=str(res.get("timestamp") or meta.get("exportedAt") or "") or None)
    prompts = res.get("prompts") if isinstance(res.get("prompts"), list) else []
    groups: dict[tuple[str, int], list[tuple[int, dict[str, Any]]]] = {}
    for i, r in enumerate(rows):
        w = f"results.results[{i}]"
        if not isinstance(r, dict):
            raise InputError(f"{w} must be an object", path=label, where=w)
        if "success" not in r and "gradingResult" not in r:
            raise InputError(f"missing field '{w}.success'", path=label, where=f"{w}.success")
        pidx = r.get("promptIdx") if isinstance(r.get("promptIdx"), int) else 0
        groups.setdefault((_provider(r), pidx), []).append((i, r))
    if not groups:
        raise InputError("no test results", path=label, where="results.results")
    several_prompts = len({k[1] for k in groups}) > 1
    resolved = resolve_bench([suite], cat)
    finder = LineFinder(text)
    scores: list[Score] = []
    items: list[dict[str, Any]] = []
    for row, ((provider, pidx), rs) in enumerate(groups.items()):
        model_label = _model_label(provider)
        mid, msetting = resolve_model_label(model_label, cat)
        base: dict[str, Any] = {}
        if several_prompts:
            plabel = prompts[pidx].get("label") if pidx < len(prompts) and isinstance(prompts[pidx], dict) else None
            base["extra"] = {"prompt": str(plabel or pidx)}
        oks = [_success(r) for _, r in rs]
        n = len(oks)
        rate = sum(oks) / n
        first_line = finder.find('"results"', '"results"')[0]
        notes = [f"promptfoo eval {obj.get('evalId') or ''}".strip(), f"provider: {provider}",
                 f"{sum(oks)} of {n} test cases passed"]
        if version == 2:
            notes.append("promptfoo output version 2")
        key = make_key(resolved.benchmark, resolved.setting, msetting, base, {"metric": "pass-rate"}, catalog=cat,
                       path=label, where="results.results")
        scores.append(Score(model=mid, model_label=model_label, key=key, value=rate, benchmark_label=suite,
                            scale="fraction", stderr=math.sqrt(rate * (1 - rate) / n), n_items=n, first_party=None,
                            value_text=f"{sum(oks)}/{n}", notes=tuple(notes),
                            provenance=doc.provenance(row=row, col=0, line=first_line, raw_label=suite,
                                                      raw_cell=f"{sum(oks)}/{n}")))
        named: dict[str, list[float]] = {}
        for _, r in rs:
            for k, v in (r.get("namedScores") or {}).items():
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    named.setdefault(str(k), []).append(float(v))
        for ci, (name, vals) in enumerate(sorted(named.items()), start=1):
            key = make_key(resolved.benchmark, resolved.setting, msetting, base, {"metric": name}, catalog=cat,
                           path=label, where="namedScores")
            mean = sum(vals) / len(vals)
            scores.append(Score(model=mid, model_label=model_label, key=key, value=mean, benchmark_label=suite,
                                scale="fraction" if all(0 <= v <= 1 for v in vals) else "raw", n_items=len(vals),
                                first_party=None, value_text=f"{mean:.6g}",
                                notes=(f"promptfoo named score {name}", f"provider: {provider}"),
                                provenance=doc.provenance(row=row, col=ci, line=first_line, raw_label=suite,
                                                          raw_cell=f"{mean:.6g}")))
        for i, r in rs:
            resp = r.get("response") if isinstance(r.get("response"), dict) else {}
            items.append({"task": suite, "item_id": str(r.get("testIdx", i)), "metric": "pass-rate",
                          "score": 1.0 if _success(r) else 0.0, "passed": _success(r),
                          "target": None, "response": resp.get("output") if isinstance(resp.get("output"), str)
                          else None, "prompt": (r.get("prompt") or {}).get("raw") if isinstance(r.get("prompt"), dict)
                          else None, "model_label": model_label, "error": r.get("error")})
    return doc, scores, {"eval_id": obj.get("evalId"), "version": version, "items": len(items), "_items": items}


def _success(r: dict[str, Any]) -> bool:
    if isinstance(r.get("success"), bool):
        return r["success"]
    g = r.get("gradingResult")
    return bool(isinstance(g, dict) and g.get("pass"))
