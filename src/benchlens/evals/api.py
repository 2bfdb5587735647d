"""Own evaluations as Python functions: :func:`run_eval` and :func:`check_claim` (and async twins).

>>> from benchlens.evals import run_eval
>>> res = run_eval("tasks.jsonl", models=["old=http://127.0.0.1:8080", "new=http://127.0.0.1:8081"])
>>> res.to_dict()["paired"]        # exact McNemar / paired bootstrap, delta = new - old
>>> res.verdicts()

Everything is validated (task file, endpoints, ``--as`` models, ``--benchmark``) before anything is
sent. Results are summarised from the database's item results, and stored as own-run score records
(``source_kind = "own_run"``) so ``benchlens compare --sources own|all`` can show them.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from benchlens.errors import BenchlensError, InputError, NotFoundError
from benchlens.evals.config import (
    Endpoint,
    Overrides,
    check_env_name,
    check_keys_present,
    check_run_settings,
    load_config,
    parse_model_spec,
)
from benchlens.evals.runner import Runner, RunOutcome, Tally
from benchlens.evals.stats import (
    DRAWS,
    ClaimResult,
    ModelScore,
    PairedTest,
    adjust_family,
    claim_check,
    model_score,
    paired,
)
from benchlens.evals.tasks import TaskFile, scan
from benchlens.records import Document, IdentityKey, Score, content_id
from benchlens.store.runs import RunLog


@dataclass
class EvalResult:
    """What a run found: per-model scores, paired tests (overall and per category), and counts."""

    run_id: str
    tasks: str
    n_items: int
    repeats: int
    labels: list[str]
    endpoints: list[dict[str, Any]]
    models: dict[str, ModelScore]
    paired: list[PairedTest]
    categories: dict[str, dict[str, Any]]
    tallies: dict[str, Tally]
    judge_tally: Tally | None
    failures: dict[str, dict[str, int]]
    elapsed_s: float
    stored: dict[str, Any] | None = None
    _x: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _w: np.ndarray | None = field(default=None, repr=False)
    _binary: dict[str, bool] = field(default_factory=dict, repr=False)

    @property
    def failed(self) -> int:
        """Requests that failed for good in this run (a rerun asks them again)."""
        return sum(t.failed for t in self.tallies.values()) + (self.judge_tally.failed if self.judge_tally else 0)

    @property
    def exit_code(self) -> int:
        """0 when every request was answered; 2 when some failed (the results cover the rest)."""
        return 2 if self.failed else 0

    def verdicts(self) -> list[str]:
        return [t.verdict() for t in self.paired]

    def to_dict(self) -> dict[str, Any]:
        """The ``--format json`` contract (``models``, ``paired``) and more (``categories``, ``run``)."""
        return {
            "models": {k: v.to_dict() for k, v in self.models.items()},
            "paired": [t.to_dict() for t in self.paired],
            "verdicts": self.verdicts(),
            "categories": {c: {"models": {k: v.to_dict() for k, v in d["models"].items()},
                               "paired": [t.to_dict() for t in d["paired"]],
                               "verdicts": [t.verdict() for t in d["paired"]]}
                           for c, d in self.categories.items()},
            "run": {
                "id": self.run_id, "tasks": self.tasks, "items": self.n_items, "repeats": self.repeats,
                "endpoints": self.endpoints,
                "requests": {lb: {"sent": t.sent, "from_log": t.cached, "failed": t.failed,
                                  "scoring_errors": t.scoring_errors, "cut_off": t.truncated, "tokens": t.tokens,
                                  "reasoning_tokens": t.reasoning_tokens, "down": t.down}
                             for lb, t in self.tallies.items()},
                "judge": None if self.judge_tally is None else {
                    "sent": self.judge_tally.sent, "from_log": self.judge_tally.cached,
                    "failed": self.judge_tally.failed},
                "failures": self.failures,
                "elapsed_s": round(self.elapsed_s, 3),
                "stored": self.stored,
            },
        }

    def frame(self) -> Any:
        """Per-model results as a pandas DataFrame (overall and per category)."""
        import pandas as pd

        rows = [{"category": None, "model": k, **v.to_dict()} for k, v in self.models.items()]
        for c, d in self.categories.items():
            rows += [{"category": c, "model": k, **v.to_dict()} for k, v in d["models"].items()]
        return pd.DataFrame(rows)


# --- building endpoints ------------------------------------------------------------------------------


def build_endpoints(models: Sequence[str | Endpoint] = (), config: str | Path | None = None,
                    overrides: Overrides | None = None, judge: str | Endpoint | None = None
                    ) -> tuple[list[Endpoint], Endpoint | None]:
    """Endpoints from ``--model`` specs and a config file, with command-line overrides applied."""
    eps: list[Endpoint] = []
    jd: Endpoint | None = None
    if config is not None:
        cfg = load_config(config)
        eps.extend(cfg.endpoints)
        jd = cfg.judge
    for m in models:
        eps.append(m if isinstance(m, Endpoint) else parse_model_spec(m))
    if overrides is not None:
        eps = [overrides.apply(e) for e in eps]
        if overrides.api_key_env:
            check_env_name(overrides.api_key_env, "--api-key-env")
        check_run_settings({"concurrency": overrides.concurrency, "rate_limit": overrides.rate_limit,
                            "timeout": overrides.timeout, "retries": overrides.retries,
                            "transport": overrides.transport, **dict(overrides.extra)})
    if judge is not None:
        if isinstance(judge, Endpoint):
            jd = judge
        else:
            spec = judge if "=" in judge.split("#", 1)[0] else f"judge={judge}"
            jd = parse_model_spec(spec, option="--judge")
            if jd.sampling == {}:
                from dataclasses import replace

                jd = replace(jd, sampling={"temperature": 0})
    labels = [e.label for e in eps]
    dup = [lb for lb, n in Counter(labels).items() if n > 1]
    if dup:
        raise InputError(f"endpoint label {dup[0]!r} is used twice")
    return eps, jd


def _parse_as(as_models: Mapping[str, str] | Sequence[str] | str | None, labels: list[str]) -> dict[str, str]:
    if not as_models:
        return {}
    if isinstance(as_models, Mapping):
        out = dict(as_models)
    else:
        items = [as_models] if isinstance(as_models, str) else list(as_models)
        out = {}
        for it in items:
            if "=" in it:
                k, v = it.split("=", 1)
                out[k.strip()] = v.strip()
            elif len(labels) == 1:
                out[labels[0]] = it.strip()
            else:
                raise InputError(f"--as {it!r}: with several endpoints, give LABEL=MODEL_ID")
    for k in out:
        if k not in labels:
            raise InputError(f"--as {k}=...: no endpoint is labelled {k!r} (labels: {', '.join(labels)})")
    return out


def _resolve_catalog_model(mid: str) -> tuple[str, str | None]:
    from benchlens.catalog import resolve_model

    res = resolve_model(mid)
    if res.id is None:
        raise NotFoundError(f"--as {mid!r}: {res.note or 'not in the model catalog'}")
    return res.id, (res.setting or {}).get("mode")


def _resolve_benchmark(bench: str) -> tuple[str, dict[str, Any]]:
    from benchlens.catalog import resolve_benchmark

    res = resolve_benchmark(bench)
    if res.id is None:
        extra = f" (candidates: {', '.join(res.candidates)})" if getattr(res, "candidates", None) else ""
        raise NotFoundError(f"--benchmark {bench!r}: {res.note or 'not in the benchmark catalog'}{extra}")
    return res.id, dict(res.setting or {})


# --- running ----------------------------------------------------------------------------------------


def run_eval(tasks: str | Path, **kwargs: Any) -> EvalResult:
    """Run a task file against endpoints and summarise (see :func:`arun_eval` for the arguments)."""
    return asyncio.run(arun_eval(tasks, **kwargs))


async def arun_eval(
    tasks: str | Path,
    *,
    models: Sequence[str | Endpoint] = (),
    config: str | Path | None = None,
    judge: str | Endpoint | None = None,
    rubric: str | None = None,
    repeats: int = 1,
    fresh: bool = False,
    scorer: str | None = None,
    allow_code: bool = False,
    overrides: Overrides | None = None,
    benchmark: str | None = None,
    as_models: Mapping[str, str] | Sequence[str] | str | None = None,
    store_results: bool = True,
    db: str | Path | None = None,
    progress: bool = False,
    seed: int = 0,
    draws: int = DRAWS,
    task_format: str | None = None,
    httpx_transport: Any = None,
    transport_factory: Any = None,
    sleep: Any = None,
) -> EvalResult:
    """Run ``tasks`` against every endpoint, resuming from the log in ``db``; return the results.

    ``models``: ``LABEL=BASE_URL[#NAME]`` specs or :class:`Endpoint` objects; ``config``: a TOML file;
    ``overrides``: settings for every endpoint (as the CLI flags); ``judge``: the judge endpoint
    (``[LABEL=]BASE_URL[#NAME]``) for items scored by ``judge``; ``repeats``: independent samples per
    item; ``fresh``: ask again even what the log has answered; ``benchmark``/``as_models``: the catalog
    benchmark and models the stored own-run records are for.
    """
    if repeats < 1:
        raise InputError("--repeats must be at least 1")
    tf = scan(tasks, default_scorer=scorer or "normalized", allow_code=allow_code, fmt=task_format)
    eps, jd = build_endpoints(models, config, overrides, judge)
    if not eps:
        raise InputError("no endpoint: give --model LABEL=BASE_URL or a --config with [endpoints.LABEL]")
    labels = [e.label for e in eps]
    as_map = {e.label: e.as_model for e in eps if e.as_model}
    as_map.update(_parse_as(as_models, labels))
    resolved_as = {lb: _resolve_catalog_model(m) for lb, m in as_map.items()}
    bench = _resolve_benchmark(benchmark) if benchmark else None
    check_keys_present([*eps, *([jd] if jd else [])])
    with RunLog(db) as log:
        runner = Runner(tf, eps, log, judge=jd, rubric=rubric, repeats=repeats, fresh=fresh, progress=progress,
                        httpx_transport=httpx_transport, transport_factory=transport_factory, sleep=sleep)
        outcome = await runner.run()
        result = summarize(log, outcome, tf, seed=seed, draws=draws)
        log.finish_run(outcome.run_id, "incomplete" if result.failed else "complete",
                       {"models": {k: v.to_dict() for k, v in result.models.items()}})
    if store_results:
        result.stored = store_own_run(result, tf, outcome.endpoints, bench, benchmark, resolved_as, db=db)
    return result


def summarize(log: RunLog, outcome: RunOutcome, tf: TaskFile, *, seed: int = 0, draws: int = DRAWS) -> EvalResult:
    labels = [e.label for e in outcome.endpoints]
    x, w, cats, errors, cat_errors, binary = _arrays(log.results(outcome.run_id), labels)
    repeats = outcome.spec.get("repeats", 1)
    binary = {lb: b and repeats == 1 for lb, b in binary.items()}
    models = {lb: model_score(x[lb], w, binary=binary[lb], errors=errors[lb]) for lb in labels}
    pairs = _pairs(labels, x, w, binary, None, seed, draws)
    categories: dict[str, dict[str, Any]] = {}
    names = sorted(set(cats.tolist())) if len(w) else []
    if len(names) > 1:
        for c in names:
            mask = cats == c
            name = c or "(none)"
            xs = {lb: x[lb][mask] for lb in labels}
            categories[name] = {
                "models": {lb: model_score(xs[lb], w[mask], binary=binary[lb], errors=cat_errors.get((lb, c), 0))
                           for lb in labels},
                "paired": _pairs(labels, xs, w[mask], binary, name, seed, draws),
            }
    return EvalResult(
        run_id=outcome.run_id, tasks=str(tf.path), n_items=tf.n_items, repeats=repeats, labels=labels,
        endpoints=[e.describe() for e in outcome.endpoints], models=models, paired=pairs, categories=categories,
        tallies=outcome.tallies, judge_tally=outcome.judge_tally, failures=log.failure_reasons(outcome.run_id),
        elapsed_s=outcome.elapsed_s, _x=x, _w=w, _binary=binary,
    )


def _pairs(labels: list[str], x: dict[str, np.ndarray], w: np.ndarray, binary: dict[str, bool], category: str | None,
           seed: int, draws: int) -> list[PairedTest]:
    out = []
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            a, b = labels[i], labels[j]
            out.append(paired(a, b, x[a], x[b], w, binary=binary[a] and binary[b], category=category,
                              draws=draws, seed=seed))
    return adjust_family(out)


def _arrays(rows: Iterable[Any], labels: list[str]) -> tuple[
        dict[str, np.ndarray], np.ndarray, np.ndarray, dict[str, int], dict[tuple[str, str], int], dict[str, bool]]:
    """Per-item mean scores per label (NaN: none scored), weights, categories, error counts, binary flags."""
    li = {lb: i for i, lb in enumerate(labels)}
    n_l = len(labels)
    # flat typed arrays (8 bytes a number), not a Python object per item: memory stays small at 100k items
    weights = array("d")
    cat_codes = array("l")
    codes: dict[str, int] = {}
    sums = array("d")
    counts = array("l")
    errors = dict.fromkeys(labels, 0)
    cat_errors: Counter[tuple[str, str]] = Counter()
    binary = dict.fromkeys(labels, True)
    cur = None
    base = -n_l
    for label, item_id, _, category, weight, score, passed, _, _ in rows:  # the columns of RunLog.results
        if item_id != cur:
            cur = item_id
            weights.append(float(weight))
            cat_codes.append(codes.setdefault(category or "", len(codes)))
            sums.extend([0.0] * n_l)
            counts.extend([0] * n_l)
            base += n_l
        j = li.get(label)
        if j is None:
            continue
        if score is None:
            errors[label] += 1
            cat_errors[(label, category or "")] += 1
            continue
        sums[base + j] += float(score)
        counts[base + j] += 1
        if passed is None:
            binary[label] = False
    S = np.frombuffer(sums, dtype=float).reshape(-1, n_l) if len(sums) else np.zeros((0, n_l))
    C = np.frombuffer(counts, dtype=np.int_).reshape(-1, n_l) if len(counts) else np.zeros((0, n_l))
    with np.errstate(invalid="ignore", divide="ignore"):
        X = np.where(C > 0, S / np.maximum(C, 1), np.nan)
    x = {lb: X[:, li[lb]].copy() for lb in labels}
    names = np.empty(len(codes), dtype=object)
    for name, code in codes.items():
        names[code] = name
    cats = names[np.frombuffer(cat_codes, dtype=np.int_)] if len(cat_codes) else np.zeros(0, dtype=object)
    return x, np.frombuffer(weights, dtype=float).copy(), cats, errors, dict(cat_errors), binary


# --- own-run records ----------------------------------------------------------------------------------


def store_own_run(result: EvalResult, tf: TaskFile, endpoints: list[Endpoint], bench: tuple[str, dict[str, Any]] | None,
                  bench_label: str | None, resolved_as: Mapping[str, tuple[str, str | None]], *,
                  db: str | Path | None = None) -> dict[str, Any] | None:
    """Store each model's score as an own-run :class:`Score` (one document per run; a rerun replaces it)."""
    from benchlens.store import Store

    now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d")
    by_label = {e.label: e for e in endpoints}
    bid = bench[0] if bench else "?" + tf.path.stem
    base_setting = dict(bench[1]) if bench else {}
    payload = {"run": result.run_id, "models": {k: v.to_dict() for k, v in result.models.items()},
               "bench": bid, "as": {k: v[0] for k, v in resolved_as.items()}}
    doc = Document(doc_id=content_id(json.dumps(payload, sort_keys=True).encode()), source_kind="own_run",
                   title=f"own run of {tf.path.name}", path=str(tf.path.resolve()), revision=tf.sha256[:12],
                   retrieved=now, origin=f"eval-run:{result.run_id}")
    scores = []
    for i, (label, ms) in enumerate(result.models.items()):
        if ms.n == 0 or ms.score is None:
            continue
        ep = by_label[label]
        mid, model_mode = resolved_as.get(label, (None, None))
        setting = dict(base_setting)
        mode = ep.mode or model_mode
        if mode:
            setting["mode"] = mode
        if result.repeats > 1:
            setting.setdefault("extra", {})["repeats"] = str(result.repeats)
        lo, hi = ms.ci or (None, None)
        note = (f"own run {result.run_id}: {label} = {ep.model} at {ep.base_url}; {ms.n} items, "
                f"{result.repeats} sample(s) each; 95% CI {lo * 100:.1f} to {hi * 100:.1f}" if lo is not None
                else f"own run {result.run_id}")
        scores.append(Score(
            model=mid, model_label=label, key=IdentityKey.from_setting(bid, setting), value=round(ms.score * 100, 4),
            benchmark_label=bench_label or tf.path.stem, scale="percent",
            stderr=None if ms.se is None else round(ms.se * 100, 4), n_items=ms.n, first_party=None,
            value_text=f"{ms.score * 100:.1f}", provenance=doc.provenance(row=i, raw_label=bench_label or tf.path.stem,
                                                                         raw_cell=f"{ms.score * 100:.1f}"),
            notes=(note,),
        ))
    if not scores:
        return None
    with Store(db) as st:
        res = st.load(doc, scores, replace=True)
    return {"doc_id": res.doc_id, "records": len(scores), "benchmark": bid, "replaced": res.replaced}


# --- claim check ---------------------------------------------------------------------------------------


@dataclass
class ClaimCheck:
    label: str
    benchmark: str
    against: str
    claim: Score
    others: list[Score]
    own: ModelScore
    result: ClaimResult | None
    run: EvalResult

    @property
    def exit_code(self) -> int:
        return self.run.exit_code

    def verdict(self) -> str:
        if self.result is None:
            return f"No scored items for {self.label}: nothing to compare with the claim."
        return self.result.verdict(self.label, self.against)

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        r = self.result
        return {
            "model": self.label, "benchmark": self.benchmark, "against": self.against,
            "claim": {"value": c.value, "scale": c.scale, "setting": c.key.setting(), "document": c.provenance.title,
                      "url": c.provenance.url, "doc_id": c.provenance.doc_id, "n_items": c.n_items},
            "other_claims": [{"value": o.value, "setting": o.key.setting(), "document": o.provenance.title}
                             for o in self.others],
            "own": self.own.to_dict(),
            "delta": None if r is None else round(r.delta, 6),
            "tolerance": None if r is None else round(r.tolerance, 6),
            "p_value": None if r is None else round(r.p_value, 6),
            "test": None if r is None else r.test,
            "consistent": None if r is None else r.consistent,
            "verdict": self.verdict(),
            "run": self.run.to_dict()["run"],
        }


def find_claim(mid: str, bid: str, mode: str | None, db: str | Path | None) -> tuple[Score, list[Score]]:
    """The official number for a model on a benchmark (the standard setting first)."""
    from benchlens.store import Store

    with Store(db) as st:
        found = st.scores(models=[mid], benchmarks=[bid])
    official = [s for s in found if s.provenance.source_kind != "own_run" and s.first_party is not False
                and s.scale in ("percent", "fraction")]
    if mode:
        official = [s for s in official if s.key.mode in (mode, None)]
    if not official:
        what = f" in {mode} mode" if mode else ""
        raise NotFoundError(f"no official score of {mid} on {bid}{what} in the database "
                            "(see `benchlens scores --model {mid}`)".replace("{mid}", mid))
    official.sort(key=lambda s: (len({k: v for k, v in s.key.setting().items() if k != "mode"}),
                                 s.first_party is not True))
    best = official[0]
    others = [s for s in official[1:] if (s.key, s.value) != (best.key, best.value)]
    return best, others


def check_claim(items: str | Path, **kwargs: Any) -> ClaimCheck:
    """Run a user's copy of a benchmark's items and test the result against the official number."""
    return asyncio.run(acheck_claim(items, **kwargs))


async def acheck_claim(items: str | Path, *, model: str | Endpoint, benchmark: str, against: str,
                       mode: str | None = None, db: str | Path | None = None, **kwargs: Any) -> ClaimCheck:
    if mode not in (None, "thinking", "non-thinking"):
        raise InputError(f"--mode must be thinking or non-thinking, not {mode!r}")
    bid, _ = _resolve_benchmark(benchmark)
    mid, model_mode = _resolve_catalog_model(against)
    ep = model if isinstance(model, Endpoint) else parse_model_spec(model)
    eff_mode = mode or ep.mode or model_mode
    claim, others = find_claim(mid, bid, eff_mode, db)
    if kwargs.get("repeats", 1) < 1:
        raise InputError("--repeats must be at least 1")
    run = await arun_eval(items, models=[ep], benchmark=benchmark, as_models={ep.label: mid}, db=db, **kwargs)
    label = run.labels[0]
    own = run.models[label]
    claimed = claim.value / 100.0 if claim.scale == "percent" else claim.value
    res = None
    if own.n:
        res = claim_check(run._x[label], run._w if run._w is not None else np.ones(own.n), claimed,
                          binary=run._binary.get(label, False))
    return ClaimCheck(label, bid, mid, claim, others, own, res, run)


__all__ = ["EvalResult", "ClaimCheck", "run_eval", "arun_eval", "check_claim", "acheck_claim", "build_endpoints",
           "BenchlensError"]
