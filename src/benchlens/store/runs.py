"""The eval runner's log: every request and response, keyed by a hash of what was asked, and the
per-item results of each run.

A completed answer is one committed row (``status = 'ok'``), written in the same transaction as its
item result, so a ``kill -9`` at any moment loses at most answers still in flight, never a stored one,
and a rerun asks only for keys that have no ``ok`` row. A failed request is stored too
(``status = 'error'`` with its reason) and is asked again by the next run; an error never replaces an
answer. The database runs in WAL mode (see :mod:`benchlens.store.db`); during a run the WAL is moved
into the database file by a thread of its own (:meth:`RunLog.background_checkpoints`), so the event
loop that sends requests never waits for a checkpoint's disk writes.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchlens.store.db import connect, write_transaction


@dataclass(frozen=True)
class LogEntry:
    """One row of the request/response log."""

    key: str
    run_id: str | None
    endpoint: str
    model: str
    label: str | None
    item_id: str
    repeat: int
    request_json: str
    status: str  # "ok" | "error"
    response_json: str | None = None
    answer: str | None = None
    reasoning: str | None = None
    finish_reason: str | None = None
    error: str | None = None
    http_status: int | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    reasoning_tokens: int | None = None
    latency_s: float | None = None
    attempts: int = 1


@dataclass(frozen=True)
class ItemResult:
    """The score of one sample (one item, one model, one repeat) in a run."""

    run_id: str
    label: str
    item_id: str
    repeat: int
    category: str | None
    weight: float
    score: float | None
    passed: bool | None
    key: str | None = None
    error: str | None = None
    detail: str | None = None

    def row(self) -> tuple:
        return (self.run_id, self.label, self.item_id, self.repeat, self.category, self.weight, self.score,
                None if self.passed is None else int(self.passed), self.key, self.error, self.detail)


_LOG_COLS = ("key", "run_id", "endpoint", "model", "label", "item_id", "repeat", "request_json", "status",
             "response_json", "answer", "reasoning", "finish_reason", "error", "http_status", "prompt_tokens",
             "completion_tokens", "reasoning_tokens", "latency_s", "attempts")
_UPSERT_OK = (f"INSERT INTO run_log ({', '.join(_LOG_COLS)}) VALUES ({', '.join('?' * len(_LOG_COLS))}) "
              "ON CONFLICT(key) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in _LOG_COLS[1:]) +
              ", created_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')")
_RESULT = ("INSERT OR REPLACE INTO item_results (run_id, label, item_id, repeat, category, weight, score, passed, "
           "key, error, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


def _log_row(e: LogEntry) -> tuple:
    return tuple(getattr(e, c) for c in _LOG_COLS)


class RunLog:
    """The log and results tables of a benchlens database (opened with migrations, WAL)."""

    def __init__(self, path: str | Path | None = None, *, conn: sqlite3.Connection | None = None):
        self.conn = conn if conn is not None else connect(path)
        self._pending: list[tuple] = []
        self._checkpointer: threading.Thread | None = None  # see background_checkpoints

    # -- answers -------------------------------------------------------------------------------------
    def answer(self, key: str) -> sqlite3.Row | None:
        """The stored answer for a request key (``ok`` rows only), or None."""
        return self.conn.execute(
            "SELECT answer, reasoning, finish_reason, prompt_tokens, completion_tokens, reasoning_tokens, "
            "response_json FROM run_log WHERE key = ? AND status = 'ok'", (key,)).fetchone()

    def record_answer(self, entry: LogEntry, result: ItemResult | None = None, *, replace: bool = False) -> bool:
        """Store an answer (and its item result) in one transaction.

        Returns False when another answer for the key was already stored (and ``replace`` is False):
        the stored one stands and the caller should use it.
        """
        return self.record_answers([(entry, result)], replace=replace)[0]

    def record_answers(self, batch: Sequence[tuple[LogEntry, ItemResult | None]], *, replace: bool = False) -> list[bool]:
        """Store several answers, each with its item result, in one transaction (a group commit).

        Returns, per answer, whether it was stored (False: an answer for its key was already there).
        """
        out: list[bool] = []
        sql = _UPSERT_OK if replace else _UPSERT_OK + " WHERE run_log.status != 'ok'"
        with self._write() as c:
            for entry, result in batch:
                stored = c.execute(sql, _log_row(entry)).rowcount > 0
                if result is not None and stored:
                    c.execute(_RESULT, result.row())
                out.append(stored)
        return out

    def record_failure(self, entry: LogEntry | None, result: ItemResult | None) -> None:
        """Store a failed request (never over an answer) and/or the failed sample, in one transaction."""
        with self._write() as c:
            if entry is not None:
                c.execute(_UPSERT_OK + " WHERE run_log.status != 'ok'", _log_row(entry))
            if result is not None:
                c.execute(_RESULT, result.row())

    # -- results -------------------------------------------------------------------------------------
    def add_result(self, result: ItemResult, *, flush_every: int = 500) -> None:
        """Queue an item result that can be recomputed (from a stored answer); written in batches."""
        self._pending.append(result.row())
        if len(self._pending) >= flush_every:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        with self._write() as c:
            c.executemany(_RESULT, rows)

    def clear_results(self, run_id: str) -> None:
        self._settle()
        self.conn.execute("DELETE FROM item_results WHERE run_id = ?", (run_id,))

    def results(self, run_id: str) -> Iterator[sqlite3.Row]:
        """A run's item results, ordered by item, label and repeat (streamed)."""
        self.flush()
        yield from self.conn.execute(
            "SELECT label, item_id, repeat, category, weight, score, passed, error, detail FROM item_results "
            "WHERE run_id = ? ORDER BY item_id, label, repeat", (run_id,))

    def failure_reasons(self, run_id: str) -> dict[str, dict[str, int]]:
        """Per label, how many samples failed for each reason."""
        out: dict[str, dict[str, int]] = {}
        for label, err, n in self.conn.execute(
                "SELECT label, error, count(*) FROM item_results WHERE run_id = ? AND error IS NOT NULL "
                "GROUP BY label, error ORDER BY count(*) DESC", (run_id,)):
            out.setdefault(label, {})[err] = n
        return out

    # -- runs ----------------------------------------------------------------------------------------
    def start_run(self, run_id: str, tasks_path: str, tasks_sha: str, n_items: int, repeats: int,
                  spec: dict[str, Any]) -> None:
        self._settle()
        self.conn.execute(
            "INSERT INTO eval_runs (run_id, tasks_path, tasks_sha, n_items, repeats, spec_json, status) "
            "VALUES (?,?,?,?,?,?, 'running') ON CONFLICT(run_id) DO UPDATE SET status = 'running', "
            "tasks_path = excluded.tasks_path, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')",
            (run_id, tasks_path, tasks_sha, n_items, repeats, json.dumps(spec, sort_keys=True, default=str)))

    def finish_run(self, run_id: str, status: str, summary: dict[str, Any] | None = None) -> None:
        self.flush()
        self._settle()
        self.conn.execute(
            "UPDATE eval_runs SET status = ?, summary_json = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
            "WHERE run_id = ?", (status, None if summary is None else json.dumps(summary, default=str), run_id))

    def runs(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM eval_runs ORDER BY created_at")]

    # -- inspection ----------------------------------------------------------------------------------
    def models_seen(self, endpoint: str) -> list[str]:
        """Served model names answered before at this endpoint (to resume when /models is unreachable)."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT model FROM run_log WHERE endpoint = ? AND status = 'ok'", (endpoint,))]

    def entries(self, *, run_id: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
        where, args = [], []
        if run_id:
            where.append("run_id = ?")
            args.append(run_id)
        if status:
            where.append("status = ?")
            args.append(status)
        sql = "SELECT * FROM run_log" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY created_at"
        return [dict(r) for r in self.conn.execute(sql, args)]

    def count(self, status: str = "ok", keys: Sequence[str] | None = None) -> int:
        if keys is None:
            return self.conn.execute("SELECT count(*) FROM run_log WHERE status = ?", (status,)).fetchone()[0]
        n = 0
        for k in keys:
            n += self.conn.execute("SELECT count(*) FROM run_log WHERE status = ? AND key = ?", (status, k)).fetchone()[0]
        return n

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._settle()
            self.conn.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction on the log, once the last background checkpoint is done (see :meth:`_settle`)."""
        self._settle()
        with write_transaction(self.conn) as c:
            yield c

    def _settle(self) -> None:
        """Wait for the last checkpoint of :meth:`background_checkpoints` (before a write, or closing): a
        write while a checkpoint runs waits in SQLite's busy handler, which sleeps in steps of
        milliseconds."""
        if self._checkpointer is not None:
            self._checkpointer.join()
            self._checkpointer = None

    @contextlib.contextmanager
    def background_checkpoints(self, interval_s: float = 0.5) -> Iterator[None]:
        """Checkpoint the WAL from a separate thread and connection while the block runs.

        SQLite's automatic checkpoint runs inside the COMMIT that crosses the threshold, in the caller's
        thread: during a fast run that is the event loop, which then stalls every request for the
        checkpoint's writes and fsync (measured: 69 -> 38 us per stored answer). Here the main connection
        stops checkpointing and a thread runs a PASSIVE checkpoint (never blocks writers) every
        ``interval_s``. On exit the usual automatic checkpoint is restored and the thread runs one last
        checkpoint while the caller goes on reading (summing up the run: ~15 ms of CPU overlaps ~20 ms of
        disk); the next write, or :meth:`close`, waits for it first, and SQLite's own checkpoint on closing
        then finds almost nothing left to copy.
        """
        row = self.conn.execute("PRAGMA database_list").fetchone()
        path = row[2] if row is not None else ""
        if not path:  # an in-memory database has no WAL
            yield
            return
        self._settle()
        (auto,) = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()
        stop = threading.Event()

        def loop() -> None:
            try:
                conn = sqlite3.connect(path, timeout=30.0, isolation_level=None)
            except sqlite3.Error:
                return
            try:
                while True:
                    last = stop.wait(interval_s)
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                    if last:
                        return
            finally:
                conn.close()

        thread = threading.Thread(target=loop, name="benchlens-wal-checkpoint", daemon=True)
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        thread.start()
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(auto)}")
            stop.set()
            self._checkpointer = thread  # finishing its last checkpoint

    def __enter__(self) -> RunLog:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
