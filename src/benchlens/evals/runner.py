"""The asyncio runner: stream items to every endpoint with bounded concurrency, resume from the log.

For each endpoint, ``concurrency`` workers take (item, repeat) jobs from one stream over the task file
(nothing is read ahead, so memory does not grow with the file). A job's request key is a hash of (endpoint, served model, messages,
sampling parameters, repeat index): a key with a stored answer is scored from the log and never sent
again (unless ``fresh``); two jobs with the same key in flight share one request. Every answer is
committed with its item result in one transaction as soon as it arrives, so a ``kill -9`` loses only
requests still in flight. A failed request is recorded with its reason and the run goes on; after
``max_consecutive_failures`` failures in a row an endpoint is taken as down and its remaining items are
recorded as not sent (the other endpoints continue). Nothing here waits without a timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from benchlens.errors import BenchlensError, InputError
from benchlens.evals.client import CallFailed, ChatClient, Completion, encode_body, make_transport
from benchlens.evals.config import Endpoint
from benchlens.evals.scorers import Outcome, judge_messages, parse_judge, question_text, score_response
from benchlens.evals.tasks import Item, TaskFile
from benchlens.store.runs import ItemResult, LogEntry, RunLog

#: Failures that say the endpoint (not the item) is the problem.
_SYSTEMIC_STATUS = {401, 403, 404}


COMMIT_EVERY_S = 0.02  # answers received within this window are committed in one transaction


def request_key(endpoint: str, model: str, messages: list[dict[str, Any]], params: dict[str, Any], repeat: int) -> str:
    """The resume key: SHA-256 of the canonical JSON of what is asked, including the repeat index."""
    canon = json.dumps({"endpoint": endpoint, "model": model, "messages": messages, "params": params,
                        "repeat": repeat}, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


def keyed_request(endpoint: str, model: str, messages: list[dict[str, Any]], params: dict[str, Any],
                  repeat: int) -> tuple[str, bytes]:
    """The resume key (exactly :func:`request_key`) and the request body, encoding the messages once.

    The key's canonical JSON is put together from the same pieces as the body (messages and parameters
    with sorted keys), so a request costs one JSON encoding of its messages instead of two.
    """
    if "model" in params or "messages" in params:  # parameters that override the body's own fields
        return request_key(endpoint, model, messages, params, repeat), encode_body(model, messages, params)
    enc = _CANON.encode
    msgs, prm, mdl = enc(messages), enc(params), enc(model)
    canon = f'{{"endpoint":{enc(endpoint)},"messages":{msgs},"model":{mdl},"params":{prm},"repeat":{repeat:d}}}'
    body = f'{{"model":{mdl},"messages":{msgs}' + ("}" if prm == "{}" else "," + prm[1:])
    return hashlib.sha256(canon.encode("utf-8")).hexdigest(), body.encode("utf-8")


_CANON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def run_id_for(tasks: TaskFile, endpoints: list[Endpoint], judge: Endpoint | None, repeats: int,
               rubric: str | None) -> tuple[str, dict[str, Any]]:
    spec = {
        "tasks_sha": tasks.sha256, "default_scorer": tasks.default_scorer, "repeats": repeats,
        "endpoints": [[e.label, e.base_url, e.model, e.params()] for e in endpoints],
        "judge": None if judge is None else [judge.base_url, judge.model, judge.params(), judge.rubric, rubric],
    }
    canon = json.dumps(spec, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canon.encode()).hexdigest()[:16], spec


@dataclass
class Tally:
    """Live counts for one endpoint (or the judge)."""

    label: str
    total: int = 0
    done: int = 0
    sent: int = 0  # answered by the server in this run
    cached: int = 0  # answered from the log
    failed: int = 0  # request failures (retried by the next run)
    scoring_errors: int = 0
    truncated: int = 0  # finish_reason == "length"
    tokens: int = 0
    reasoning_tokens: int = 0
    consecutive: int = 0
    down: str | None = None
    reasons: Counter[str] = field(default_factory=Counter)


@dataclass
class RunOutcome:
    run_id: str
    endpoints: list[Endpoint]  # with served model names resolved
    judge: Endpoint | None
    tallies: dict[str, Tally]
    judge_tally: Tally | None
    elapsed_s: float
    spec: dict[str, Any]

    @property
    def failed(self) -> int:
        return sum(t.failed for t in self.tallies.values()) + (self.judge_tally.failed if self.judge_tally else 0)

    @property
    def sent(self) -> int:
        return sum(t.sent for t in self.tallies.values())

    @property
    def cached(self) -> int:
        return sum(t.cached for t in self.tallies.values())


class Runner:
    """Runs a task file against endpoints (see the module docstring)."""

    def __init__(self, tasks: TaskFile, endpoints: list[Endpoint], log: RunLog, *, judge: Endpoint | None = None,
                 rubric: str | None = None, repeats: int = 1, fresh: bool = False, progress: bool = False,
                 httpx_transport: Any = None, transport_factory: Callable[[Endpoint], Any] | None = None,
                 sleep: Callable[[float], Any] | None = None):
        if repeats < 1:
            raise InputError("--repeats must be at least 1")
        labels = [e.label for e in endpoints]
        if len(set(labels)) != len(labels):
            raise InputError(f"endpoint labels must be unique: {', '.join(labels)}")
        if not endpoints:
            raise InputError("no endpoint: give --model LABEL=BASE_URL or a --config with [endpoints.LABEL]")
        if tasks.uses_judge and judge is None:
            raise InputError("items use the 'judge' scorer but no judge endpoint is set (--judge or [judge])",
                             path=str(tasks.path))
        self.tasks = tasks
        self.endpoints = endpoints
        self.log = log
        self.judge = judge
        self.rubric = rubric
        self.repeats = repeats
        self.fresh = fresh
        self.show_progress = progress
        self._httpx_transport = httpx_transport
        self._factory = transport_factory
        self._sleep = sleep
        self._inflight: dict[str, asyncio.Future[Completion]] = {}
        self._pending: list[tuple[LogEntry, ItemResult | None, asyncio.Future[bool],
                                  Callable[[str], ItemResult] | None]] = []
        self._flush_scheduled = False
        self._fatal: Exception | None = None
        self._clients: dict[str, ChatClient] = {}
        self.tallies: dict[str, Tally] = {}
        self.judge_tally: Tally | None = None
        self.run_id = ""

    # -- setup ---------------------------------------------------------------------------------------
    def _client(self, ep: Endpoint) -> ChatClient:
        if self._factory is not None:
            transport = self._factory(ep)
        else:
            transport = make_transport(ep, httpx_transport=self._httpx_transport)
        return ChatClient(ep, transport, sleep=self._sleep)

    async def _resolve_model(self, ep: Endpoint, client: ChatClient) -> Endpoint:
        if ep.model:
            return ep
        try:
            ids = await client.list_models()
        except CallFailed as exc:
            seen = self.log.models_seen(ep.base_url)
            if len(seen) == 1:
                return replace(ep, model=seen[0])
            raise InputError(f"endpoint {ep.label}: cannot list the served models at {ep.base_url}/models "
                             f"({exc.reason}); name the model as {ep.label}={ep.base_url}#MODEL") from None
        if len(ids) == 1:
            return replace(ep, model=ids[0])
        if not ids:
            raise InputError(f"endpoint {ep.label}: {ep.base_url}/models lists no model; "
                             f"name it as {ep.label}={ep.base_url}#MODEL")
        shown = ", ".join(ids[:8]) + (", ..." if len(ids) > 8 else "")
        raise InputError(f"endpoint {ep.label}: {ep.base_url} serves {len(ids)} models ({shown}); "
                         f"pick one as {ep.label}={ep.base_url}#MODEL")

    # -- the run -------------------------------------------------------------------------------------
    async def run(self) -> RunOutcome:
        t0 = time.monotonic()
        clients: dict[str, ChatClient] = {}
        try:
            resolved = []
            for ep in self.endpoints:
                c = self._client(ep)
                clients[ep.label] = c
                resolved.append(await self._resolve_model(ep, c))
                clients[ep.label].ep = resolved[-1]
            self.endpoints = resolved
            if self.judge is not None:
                jc = self._client(self.judge)
                clients["\0judge"] = jc
                self.judge = await self._resolve_model(self.judge, jc)
                jc.ep = self.judge
                self.judge_tally = Tally("judge")
            self._clients = clients
            self.run_id, spec = run_id_for(self.tasks, self.endpoints, self.judge, self.repeats, self.rubric)
            self.log.start_run(self.run_id, str(self.tasks.path), self.tasks.sha256, self.tasks.n_items,
                               self.repeats, {**spec, "endpoints": [e.describe() for e in self.endpoints]})
            self.log.clear_results(self.run_id)
            per = self.tasks.n_items * self.repeats
            self.tallies = {ep.label: Tally(ep.label, total=per) for ep in self.endpoints}
            progress = _Progress(self) if self.show_progress else None
            if progress:
                progress.start()
            try:
                with self.log.background_checkpoints():
                    async with _unwrapped(), asyncio.TaskGroup() as tg:
                        for ep in self.endpoints:
                            jobs = self._jobs()  # one stream per endpoint, shared by its workers
                            for _ in range(ep.concurrency):
                                tg.create_task(self._worker(ep, clients[ep.label], jobs))
                        if progress:
                            ticker = tg.create_task(progress.tick_forever())
                            tg.create_task(self._stop_when_done(ticker))
                    self._flush_answers()  # every write of the run lands before the last checkpoint
                    if self._fatal is None:
                        self.log.finish_run(self.run_id, self._status())
            finally:
                self._flush_answers()
                if progress:
                    progress.stop()
                self.log.flush()
            if self._fatal is not None:
                raise self._fatal
        finally:
            for c in clients.values():
                await c.aclose()
        return RunOutcome(self.run_id, self.endpoints, self.judge, self.tallies, self.judge_tally,
                          time.monotonic() - t0, spec)

    def _status(self) -> str:
        failed = any(t.failed for t in self.tallies.values()) or (self.judge_tally and self.judge_tally.failed)
        return "incomplete" if failed else "complete"

    async def _stop_when_done(self, ticker: asyncio.Task[Any]) -> None:
        while any(t.done < t.total for t in self.tallies.values()):
            await asyncio.sleep(0.05)
        ticker.cancel()

    def _jobs(self) -> Iterator[tuple[Item, int]]:
        """(item, repeat) jobs streamed from the task file. Workers of one endpoint share the iterator:
        ``next()`` never awaits, so no two of them run it at once."""
        for item in self.tasks.items():
            for r in range(self.repeats):
                yield item, r

    async def _worker(self, ep: Endpoint, client: ChatClient, jobs: Iterator[tuple[Item, int]]) -> None:
        """Take jobs until there are none. A new answer is scored at once and its commit queued (see
        :meth:`_commit`), so the worker sends its next request without waiting for the disk; judge items
        finish in a follow-up task (at most one outstanding per worker)."""
        tally = self.tallies[ep.label]
        follow: asyncio.Future[None] | None = None
        try:
            for item, r in jobs:
                if self._fatal is not None:
                    return
                try:
                    finish = await self._one(ep, client, tally, item, r)
                except Exception as exc:  # a bug must not stall the queue: record it and go on
                    self._internal_error(ep, tally, item, r, exc)
                    tally.done += 1
                    continue
                if finish is None:
                    tally.done += 1
                    continue
                if follow is not None:
                    await follow
                follow = asyncio.ensure_future(self._guarded(finish, ep, tally, item, r))
        finally:
            if follow is not None:
                await follow

    async def _guarded(self, finish: Coroutine[Any, Any, None], ep: Endpoint, tally: Tally, item: Item, r: int) -> None:
        try:
            await finish
        except Exception as exc:
            self._internal_error(ep, tally, item, r, exc)
        finally:
            tally.done += 1

    def _internal_error(self, ep: Endpoint, tally: Tally, item: Item, r: int, exc: Exception) -> None:
        reason = f"internal error: {type(exc).__name__}: {exc}"
        self.log.record_failure(None, self._result(ep, item, r, None, None, error=reason))
        tally.failed += 1
        tally.reasons[reason] += 1

    def _result(self, ep: Endpoint, item: Item, r: int, key: str | None, out: Outcome | None, *,
                error: str | None = None, detail: str | None = None) -> ItemResult:
        if out is not None:
            error = error or out.error
            detail = detail or out.detail
        return ItemResult(self.run_id, ep.label, item.id, r, item.category, item.weight,
                          None if out is None or error else out.score, None if out is None or error else out.passed,
                          key, error, detail)

    async def _one(self, ep: Endpoint, client: ChatClient, tally: Tally, item: Item, r: int
                   ) -> Coroutine[Any, Any, None] | None:
        """Answer one job: from the log, or by sending. Returns the follow-up step (scoring and commit of
        a new answer) when there is one, else None (the job is finished)."""
        assert ep.model is not None
        params = ep.params(r)
        key, body = keyed_request(ep.base_url, ep.model, item.messages, params, r)
        if not self.fresh:
            row = self.log.answer(key)
            if row is not None:
                tally.cached += 1
                out, failed = await self._score(item, r, row["answer"] or "", row["finish_reason"], False)
                self._count_outcome(tally, out, failed, row["finish_reason"])
                self.log.add_result(self._result(ep, item, r, key, out, detail=_length_note(row["finish_reason"], out)))
                return None
        if tally.down:
            reason = f"not sent: {tally.down}"
            self.log.add_result(self._result(ep, item, r, key, None, error=reason))
            tally.failed += 1
            tally.reasons[reason] += 1
            return None
        shared = key in self._inflight
        try:
            comp = await self._send(client, key, body)
        except CallFailed as exc:
            if shared:  # the job that sent it records the request; this one records its sample
                self.log.record_failure(None, self._result(ep, item, r, key, None, error=exc.reason))
                tally.failed += 1
                tally.reasons[exc.reason] += 1
                return None
            self._on_failure(ep, tally, exc)
            entry = LogEntry(key, self.run_id, ep.base_url, ep.model, ep.label, item.id, r,
                             body.decode("utf-8"), "error", response_json=exc.body, error=exc.reason,
                             http_status=exc.status, attempts=exc.attempts)
            self.log.record_failure(entry, self._result(ep, item, r, key, None, error=exc.reason))
            return None
        if shared:
            tally.cached += 1
            return self._finish_shared(ep, tally, item, r, key, comp)
        tally.consecutive = 0
        tally.sent += 1
        tally.tokens += (comp.prompt_tokens or 0) + (comp.completion_tokens or 0)
        tally.reasoning_tokens += comp.reasoning_tokens or 0
        entry = LogEntry(key, self.run_id, ep.base_url, ep.model, ep.label, item.id, r, body.decode("utf-8"), "ok",
                         response_json=comp.raw, answer=comp.answer, reasoning=comp.reasoning or None,
                         finish_reason=comp.finish_reason, prompt_tokens=comp.prompt_tokens,
                         completion_tokens=comp.completion_tokens, reasoning_tokens=comp.reasoning_tokens,
                         latency_s=round(comp.latency_s, 4), attempts=comp.attempts)
        if item.scorer.name == "judge":
            return self._finish(ep, tally, item, r, key, entry, comp)
        out = score_response(item.scorer, comp.answer, item.answer, item.as_dict() if item.scorer.name == "python" else None)
        if comp.truncated_reasoning and not comp.answer:
            out = Outcome(out.score, out.passed, "cut off while reasoning: no answer", out.error)
        self._count_outcome(tally, out, False, comp.finish_reason)

        def rescore(stored_answer: str) -> ItemResult:  # another process stored an answer first: it stands
            o = score_response(item.scorer, stored_answer, item.answer,
                               item.as_dict() if item.scorer.name == "python" else None)
            return self._result(ep, item, r, key, o)

        self._commit(entry, self._result(ep, item, r, key, out, detail=_length_note(comp.finish_reason, out)), rescore)
        return None

    async def _finish_shared(self, ep: Endpoint, tally: Tally, item: Item, r: int, key: str, comp: Completion) -> None:
        out, failed = await self._score(item, r, comp.answer, comp.finish_reason, comp.truncated_reasoning)
        self._count_outcome(tally, out, failed, comp.finish_reason)
        self.log.add_result(self._result(ep, item, r, key, out, detail=_length_note(comp.finish_reason, out)))

    async def _finish(self, ep: Endpoint, tally: Tally, item: Item, r: int, key: str, entry: LogEntry,
                      comp: Completion) -> None:
        """A judge item: commit the answer first (a failing judge never costs it), then ask the judge."""
        stored = await self._commit(entry, None)
        answer = comp.answer if stored else (self.log.answer(key) or {"answer": comp.answer})["answer"]
        out, failed = await self._score(item, r, answer or "", comp.finish_reason, comp.truncated_reasoning)
        self._count_outcome(tally, out, failed, comp.finish_reason)
        self.log.add_result(self._result(ep, item, r, key, out, detail=_length_note(comp.finish_reason, out)))

    def _commit(self, entry: LogEntry, result: ItemResult | None,
                rescore: Callable[[str], ItemResult] | None = None) -> asyncio.Future[bool]:
        """Queue an answer (with its item result) for commit. Answers arriving within ``COMMIT_EVERY_S`` of
        each other share one transaction (a transaction costs far more than a row: at 1,000 answers a
        second, committing each turn of the event loop took a third of the client's CPU; a kill loses at
        most that window of answers, which the next run asks again). The future says whether the
        answer was stored (False: the key already had one, which stands; ``rescore`` then scores that).
        The key stays "in flight" until committed, so an identical job meanwhile shares the answer."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[bool] = loop.create_future()
        self._pending.append((entry, result, fut, rescore))
        if not self._flush_scheduled:
            self._flush_scheduled = True
            loop.call_later(COMMIT_EVERY_S, self._flush_answers)
        return fut

    def _flush_answers(self) -> None:
        self._flush_scheduled = False
        batch, self._pending = self._pending, []
        if not batch:
            return
        try:
            stored = self.log.record_answers([(e, r) for e, r, _, _ in batch], replace=self.fresh)
            for (e, _, _, rescore), ok in zip(batch, stored, strict=True):
                if not ok and rescore is not None:
                    row = self.log.answer(e.key)
                    self.log.add_result(rescore((row["answer"] if row else "") or ""))
        except BaseException as exc:  # the database failed: stop the run, say why
            self._fatal = exc if isinstance(exc, Exception) else RuntimeError(str(exc))
            for _, _, f, _ in batch:
                if not f.done():
                    f.set_exception(self._fatal)
                    f.exception()
            return
        finally:
            for e, _, _, _ in batch:
                self._inflight.pop(e.key, None)
        for (_, _, f, _), ok in zip(batch, stored, strict=True):
            if not f.done():
                f.set_result(ok)

    async def _send(self, client: ChatClient, key: str, body: bytes) -> Completion:
        """Send a request, or wait for the identical one already in flight (one request per key)."""
        shared = self._inflight.get(key)
        if shared is not None:
            return await asyncio.shield(shared)
        fut: asyncio.Future[Completion] = asyncio.get_running_loop().create_future()
        self._inflight[key] = fut
        try:
            comp = await client.chat(body)
        except BaseException as exc:
            self._inflight.pop(key, None)
            err = exc if isinstance(exc, CallFailed) else CallFailed(f"cancelled ({type(exc).__name__})", 0)
            fut.set_exception(err)
            fut.exception()  # retrieved: jobs sharing it read it themselves
            raise
        fut.set_result(comp)  # the key leaves _inflight once its answer is committed (_flush_answers)
        return comp

    def _count_outcome(self, tally: Tally, out: Outcome, request_failed: bool, finish_reason: str | None = None) -> None:
        if finish_reason == "length":
            tally.truncated += 1
        if out.error:
            if request_failed:
                tally.failed += 1
            else:
                tally.scoring_errors += 1
            tally.reasons[out.error] += 1

    def _on_failure(self, ep: Endpoint, tally: Tally, exc: CallFailed) -> None:
        tally.failed += 1
        tally.reasons[exc.reason] += 1
        if exc.retryable or exc.status in _SYSTEMIC_STATUS:
            tally.consecutive += 1
            if tally.consecutive >= ep.max_consecutive_failures and not tally.down:
                tally.down = (f"{ep.label} gave up after {tally.consecutive} consecutive failed requests "
                              f"(last: {exc.reason})")
        else:
            tally.consecutive = 0

    async def _score(self, item: Item, r: int, answer: str, finish_reason: str | None,
                     truncated_reasoning: bool) -> tuple[Outcome, bool]:
        """Score an answer; returns (outcome, whether a judge *request* failed)."""
        spec = item.scorer
        if spec.name == "judge":
            return await self._judge(item, answer)
        out = score_response(spec, answer, item.answer, item.as_dict() if spec.name == "python" else None)
        if truncated_reasoning and not answer:
            out = Outcome(out.score, out.passed, "cut off while reasoning: no answer", out.error)
        return out, False

    async def _judge(self, item: Item, answer: str) -> tuple[Outcome, bool]:
        jep = self.judge
        assert jep is not None and jep.model is not None and self.judge_tally is not None
        tally = self.judge_tally
        client = self._clients["\0judge"]
        opts = item.scorer.options
        scale = opts.get("scale")
        msgs = judge_messages(question_text(item.messages), answer, item.answer,
                              opts.get("rubric") or self.rubric or jep.rubric, scale)
        params = jep.params(0)
        key, body = keyed_request(jep.base_url, jep.model, msgs, params, 0)
        tally.total += 1
        try:
            row = None if self.fresh else self.log.answer(key)
            if row is not None:
                tally.cached += 1
                return parse_judge(row["answer"] or "", scale), False
            shared = key in self._inflight
            try:
                comp = await self._send(client, key, body)
            except CallFailed as exc:
                if not shared:
                    tally.failed += 1
                    tally.reasons[exc.reason] += 1
                    self.log.record_failure(LogEntry(
                        key, self.run_id, jep.base_url, jep.model, "judge", item.id, 0, body.decode("utf-8"),
                        "error", response_json=exc.body, error=exc.reason, http_status=exc.status,
                        attempts=exc.attempts), None)
                return Outcome(None, None, None, f"judge request failed: {exc.reason}"), True
            if shared:
                tally.cached += 1
                return parse_judge(comp.answer, scale), False
            tally.sent += 1
            tally.tokens += (comp.prompt_tokens or 0) + (comp.completion_tokens or 0)
            await self._commit(LogEntry(
                key, self.run_id, jep.base_url, jep.model, "judge", item.id, 0, body.decode("utf-8"), "ok",
                response_json=comp.raw, answer=comp.answer, reasoning=comp.reasoning or None,
                finish_reason=comp.finish_reason, prompt_tokens=comp.prompt_tokens,
                completion_tokens=comp.completion_tokens, reasoning_tokens=comp.reasoning_tokens,
                latency_s=round(comp.latency_s, 4), attempts=comp.attempts), None)
            return parse_judge(comp.answer, scale), False
        finally:
            tally.done += 1


@contextlib.asynccontextmanager
async def _unwrapped() -> AsyncIterator[None]:
    """Re-raise a user error from a task group as itself (one line in the CLI), not as a group."""
    try:
        yield
    except BaseExceptionGroup as eg:
        for exc in eg.exceptions:
            if isinstance(exc, BenchlensError):
                raise exc from None
        raise


def _length_note(finish_reason: str | None, out: Outcome) -> str | None:
    if finish_reason == "length":
        return "cut off by max_tokens" + (f"; {out.detail}" if out.detail else "")
    return out.detail


# --- progress -----------------------------------------------------------------------------------------


class _Progress:
    """A rich progress bar per endpoint: done/total, rate, ETA, tokens, errors."""

    def __init__(self, runner: Runner):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.runner = runner
        self.progress = Progress(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TextColumn("ETA {task.fields[eta]}"),
            TextColumn("{task.fields[tokens]} tok"), TextColumn("{task.fields[errors]}"),
            console=Console(stderr=True), refresh_per_second=4, transient=False,
        )
        self.tasks: dict[str, Any] = {}
        self._hist: dict[str, list[tuple[float, int]]] = {}

    def start(self) -> None:
        for label, t in self.runner.tallies.items():
            self.tasks[label] = self.progress.add_task(label, total=t.total, rate="", eta="-", tokens="0",
                                                       errors="")
        self.progress.start()

    async def tick_forever(self) -> None:
        try:
            while True:
                self.tick()
                await asyncio.sleep(0.25)
        finally:
            self.tick()

    def tick(self) -> None:
        now = time.monotonic()
        tallies = dict(self.runner.tallies)
        jt = self.runner.judge_tally
        if jt is not None:
            if "judge" not in self.tasks and jt.total:
                self.tasks["judge"] = self.progress.add_task("judge", total=None, rate="", eta="-", tokens="0",
                                                             errors="")
            tallies["judge"] = jt
        for label, t in tallies.items():
            if label not in self.tasks:
                continue
            hist = self._hist.setdefault(label, [])
            hist.append((now, t.sent))
            while len(hist) > 2 and now - hist[0][0] > 10:
                hist.pop(0)
            dt = now - hist[0][0]
            rate = (t.sent - hist[0][1]) / dt if dt > 0 else 0.0
            remaining = t.total - t.done
            eta = "-" if rate <= 0 or remaining <= 0 else _hms(remaining / rate)
            errs = t.failed + t.scoring_errors
            self.progress.update(self.tasks[label], completed=t.done, total=t.total or None, rate=f"{rate:.1f} req/s",
                                 eta=eta if label != "judge" else "-", tokens=_k(t.tokens),
                                 errors=f"[red]{errs} errors[/red]" if errs else ("down" if t.down else ""))

    def stop(self) -> None:
        self.tick()
        self.progress.stop()


def _hms(s: float) -> str:
    s = int(s)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _k(n: int) -> str:
    return f"{n / 1e6:.1f}M" if n >= 1e6 else (f"{n / 1e3:.1f}k" if n >= 1e3 else str(n))
