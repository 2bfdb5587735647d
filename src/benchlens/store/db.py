"""The SQLite database: where it lives, how it is opened (WAL), and its versioned schema.

Only the ``store`` package speaks SQL. The default database is ``benchlens.db`` in the user's data
directory; ``--db PATH`` or the ``BENCHLENS_DB`` environment variable choose another. A new database
is seeded with the shipped official dataset unless it is created empty.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from benchlens.errors import StoreError

APP_ID = 0x62_6C_6E_73  # "blns": marks a benchlens database file

#: Schema migrations, in order. Migration i brings ``user_version`` from i to i + 1. Never edit a
#: released migration: add a new one.
MIGRATIONS: list[str] = [
    # 1: documents and scores
    """
    CREATE TABLE documents (
        doc_id       TEXT PRIMARY KEY,
        title        TEXT,
        url          TEXT,
        repo         TEXT,
        path         TEXT,
        revision     TEXT,
        retrieved    TEXT,
        publisher    TEXT,
        source_kind  TEXT NOT NULL,
        origin       TEXT,
        loaded_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        n_scores     INTEGER NOT NULL DEFAULT 0,
        bundled      INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE user_models (
        label          TEXT PRIMARY KEY,
        generation     TEXT,
        params_total   REAL,
        params_active  REAL,
        arch           TEXT,
        variant        TEXT
    );
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT
    );
    CREATE TABLE scores (
        id              INTEGER PRIMARY KEY,
        doc_id          TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq             INTEGER NOT NULL,
        model           TEXT,
        model_label     TEXT NOT NULL,
        benchmark       TEXT NOT NULL,
        benchmark_label TEXT NOT NULL DEFAULT '',
        key_json        TEXT NOT NULL,
        mode            TEXT,
        value           REAL NOT NULL,
        value_text      TEXT,
        scale           TEXT NOT NULL,
        stderr          REAL,
        n_items         INTEGER,
        first_party     INTEGER,
        category        TEXT,
        tbl             INTEGER,
        row             INTEGER,
        col             INTEGER,
        line            INTEGER,
        notes_json      TEXT NOT NULL DEFAULT '[]',
        UNIQUE (doc_id, seq)
    );
    CREATE INDEX scores_model ON scores(model);
    CREATE INDEX scores_benchmark ON scores(benchmark);
    """,
    # 2: the eval runner: its request/response log (request hash -> answer), runs and per-item results
    """
    CREATE TABLE run_log (
        key           TEXT PRIMARY KEY,
        run_id        TEXT,
        endpoint      TEXT NOT NULL,
        model         TEXT NOT NULL,
        label         TEXT,
        item_id       TEXT NOT NULL,
        repeat        INTEGER NOT NULL DEFAULT 0,
        request_json  TEXT NOT NULL,
        response_json TEXT,
        answer        TEXT,
        reasoning     TEXT,
        finish_reason TEXT,
        status        TEXT NOT NULL,
        error         TEXT,
        http_status   INTEGER,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        reasoning_tokens INTEGER,
        latency_s     REAL,
        attempts      INTEGER NOT NULL DEFAULT 1,
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
    CREATE INDEX run_log_run ON run_log(run_id);
    CREATE INDEX run_log_endpoint ON run_log(endpoint, model);
    CREATE TABLE eval_runs (
        run_id      TEXT PRIMARY KEY,
        tasks_path  TEXT NOT NULL,
        tasks_sha   TEXT NOT NULL,
        n_items     INTEGER NOT NULL,
        repeats     INTEGER NOT NULL,
        spec_json   TEXT NOT NULL,
        status      TEXT NOT NULL,
        summary_json TEXT,
        created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
    );
    CREATE TABLE item_results (
        run_id    TEXT NOT NULL,
        label     TEXT NOT NULL,
        item_id   TEXT NOT NULL,
        repeat    INTEGER NOT NULL DEFAULT 0,
        category  TEXT,
        weight    REAL NOT NULL DEFAULT 1,
        score     REAL,
        passed    INTEGER,
        key       TEXT,
        error     TEXT,
        detail    TEXT,
        PRIMARY KEY (run_id, label, item_id, repeat)
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def default_db_path() -> Path:
    """``$BENCHLENS_DB``, else ``benchlens.db`` in the user's data directory."""
    env = os.environ.get("BENCHLENS_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("benchlens", appauthor=False)) / "benchlens.db"


def connect(path: str | os.PathLike[str] | None = None, *, create: bool = True) -> sqlite3.Connection:
    """Open (and migrate) a benchlens database. Raises :class:`StoreError` with the path on failure."""
    p = Path(path) if path is not None else default_db_path()
    if p.exists() and p.is_dir():
        raise StoreError("is a directory, not a database file", path=str(p))
    if not p.exists() and not create:
        raise StoreError("no such database", path=str(p))
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(p), timeout=30.0, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open database: {exc}", path=str(p)) from None
    conn.row_factory = sqlite3.Row
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id not in (0, APP_ID) or (app_id == 0 and version == 0 and _has_tables(conn)):
            raise StoreError("is not a benchlens database", path=str(p))
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, str(p))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot use database: {exc}", path=str(p)) from None
    except StoreError:
        conn.close()
        raise
    return conn


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0


def migrate(conn: sqlite3.Connection, label: str = "database") -> int:
    """Apply pending migrations, each in its own transaction. Returns the schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"schema version {version} is newer than this benchlens understands ({SCHEMA_VERSION}); upgrade benchlens",
            path=label,
        )
    while version < SCHEMA_VERSION:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current != version:  # another process migrated meanwhile
                conn.execute("COMMIT")
                version = current
                continue
            for stmt in _statements(MIGRATIONS[version]):
                conn.execute(stmt)
            conn.execute(f"PRAGMA application_id = {APP_ID}")
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return version


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction around the block: committed when it ends, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def transaction(conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], object]) -> object:
    """Run ``fn`` inside one write transaction; roll back on any error."""
    with write_transaction(conn):
        return fn(conn)
