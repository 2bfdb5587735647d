"""The run log's WAL handling on a real SQLite file: checkpoints from a thread during a run, the last one
finishing while the caller reads, and writes that wait for it."""

from __future__ import annotations

import sqlite3

from benchlens.store.runs import ItemResult, LogEntry, RunLog


def _entry(i: int) -> tuple[LogEntry, ItemResult]:
    key = f"k{i:05d}"
    e = LogEntry(key, "r", "http://x/v1", "m", "m", f"i{i}", 0, f'{{"q": {i}}}', "ok", response_json="{}" * 200,
                 answer="Paris")
    return e, ItemResult("r", "m", f"i{i}", 0, None, 1.0, 1.0, True, key)


def test_background_checkpoints_keep_the_main_connection_from_checkpointing_and_finish_after(tmp_path):
    db = tmp_path / "log.db"
    log = RunLog(db)
    log.start_run("r", "t.jsonl", "sha", 3000, 1, {})
    before = db.stat().st_size
    with log.background_checkpoints(interval_s=3600):  # the thread waits: only its last checkpoint runs
        for start in range(0, 3000, 25):
            assert log.record_answers([_entry(i) for i in range(start, start + 25)]) == [True] * 25
        # ~1.5 MB committed, all of it still in the WAL: the main connection did not checkpoint
        assert (tmp_path / "log.db-wal").stat().st_size > 1_000_000
        assert db.stat().st_size == before
    checkpointer = log._checkpointer
    assert checkpointer is not None  # its last checkpoint runs while the caller goes on
    rows = log.conn.execute("SELECT count(*) FROM run_log").fetchone()[0]  # reading does not wait
    assert rows == 3000
    log.finish_run("r", "complete")  # a write waits for the last checkpoint first
    assert not checkpointer.is_alive() and log._checkpointer is None
    assert db.stat().st_size > 1_000_000  # the last checkpoint copied the WAL into the database
    log.close()
    assert not (tmp_path / "log.db-wal").exists()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM run_log WHERE status = 'ok'").fetchone()[0] == 3000
    assert conn.execute("SELECT count(*) FROM item_results").fetchone()[0] == 3000
    assert conn.execute("SELECT status FROM eval_runs").fetchone()[0] == "complete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
