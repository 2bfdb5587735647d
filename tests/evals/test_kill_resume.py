"""``kill -9`` at any moment, then the same command: every item is answered exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import write_jsonl

N = 60
CONCURRENCY = 4


def ok_keys(db: Path) -> dict[str, str]:
    """key -> prompt of every stored answer (read while the other process writes: WAL)."""
    if not db.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            rows = conn.execute("SELECT key, request_json FROM run_log WHERE status = 'ok'").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return {}
    return {k: json.loads(r)["messages"][-1]["content"] for k, r in rows}


def command(tasks: Path, url: str, db: Path) -> list[str]:
    return [sys.executable, "-m", "benchlens", "run", str(tasks), "--model", f"m={url}#fake", "--db", str(db),
            "--concurrency", str(CONCURRENCY), "--no-progress", "--no-store", "--format", "json"]


@pytest.mark.slow
def test_kill_9_then_resume_answers_each_item_exactly_once(tmp_path, servers):
    s = servers(latency=0.05)  # the run lasts ~0.8 s: time to kill it at each threshold
    tasks = write_jsonl(tmp_path / "t.jsonl", [{"id": f"i{i}", "prompt": f"q{i}", "answer": "Paris"}
                                              for i in range(N)])
    db = tmp_path / "runs.db"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    stored_before_kills: list[dict[str, str]] = []
    for threshold in (1, 15, 35):  # kill early, in the middle, late
        before_total = s.total
        proc = subprocess.Popen(command(tasks, s.url, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        deadline = time.monotonic() + 30
        while len(ok_keys(db)) < threshold and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert proc.poll() is None, proc.communicate()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        stored = ok_keys(db)
        stored_before_kills.append(stored)
        # what had been stored before a kill is never lost, and nothing stored is asked again
        for earlier in stored_before_kills[:-1]:
            assert set(earlier) <= set(stored)
        assert s.total - before_total <= N
    done = ok_keys(db)
    counts_before = dict(s.counts)
    proc = subprocess.run(command(tasks, s.url, db), capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["models"]["m"]["n"] == N and out["models"]["m"]["errors"] == 0
    assert out["run"]["requests"]["m"]["from_log"] == len(done)
    final = ok_keys(db)
    assert len(final) == N and sorted(final.values()) == sorted(f"q{i}" for i in range(N))
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*), count(DISTINCT key) FROM run_log").fetchone() == (N, N)
    conn.close()
    # the last run asked only for what had no stored answer
    asked = {p for p, c in s.counts.items() if c > counts_before.get(p, 0)}
    assert asked == set(final.values()) - set(done.values())
    # over all runs, a prompt was asked more than once only when a kill caught it in flight or between its
    # answer arriving and its commit (answers are committed in small batches): at most 2 x concurrency per kill
    assert sum(c - 1 for c in s.counts.values()) <= 3 * 2 * CONCURRENCY
