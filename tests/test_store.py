"""The SQLite store: WAL, migrations, idempotent transactional loads, concurrent readers."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from benchlens.errors import StoreError
from benchlens.records import Document, IdentityKey, Score
from benchlens.store import Store
from benchlens.store.db import APP_ID, MIGRATIONS, SCHEMA_VERSION, connect


def _doc(i=1):
    return Document(doc_id=f"doc{i}", source_kind="csv", title=f"t{i}")


def _scores(n=3):
    return [Score(model="qwen3-8b", model_label="Qwen3-8B", key=IdentityKey("mmlu-redux", mode="thinking", shots=i),
                  value=80.0 + i, first_party=True) for i in range(n)]


def test_new_db_is_wal_and_at_current_schema(db):
    with Store(db, seed=False) as st:
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert st.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert st.info()["scores"] == 0


def test_load_is_idempotent(db):
    with Store(db, seed=False) as st:
        r1 = st.load(_doc(), _scores())
        r2 = st.load(_doc(), _scores())
        assert (r1.added, r1.skipped) == (3, False)
        assert (r2.added, r2.skipped) == (0, True)
        assert st.info()["scores"] == 3
        got = st.scores()
        assert [s.value for s in got] == [80.0, 81.0, 82.0]
        assert got[0].key == IdentityKey("mmlu-redux", mode="thinking", shots=0)


def test_failed_load_leaves_nothing(db):
    with Store(db, seed=False) as st:
        bad = _scores() + [object()]  # not a Score: fails half-way through the insert
        with pytest.raises(AttributeError):
            st.load(_doc(2), bad)  # type: ignore[arg-type]
        assert st.info()["documents"] == 0
        assert st.info()["scores"] == 0


def test_migration_from_version_1(db):
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    conn.execute(f"PRAGMA application_id = {APP_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO documents(doc_id, source_kind) VALUES ('old', 'csv')")
    conn.commit()
    conn.close()
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT doc_id FROM documents").fetchone()[0] == "old"
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='run_log'").fetchone()[0] == 1
    conn.close()


def test_refuses_a_newer_schema_and_foreign_files(db, tmp_path):
    conn = connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        connect(db)
    other = tmp_path / "other.sqlite"
    c = sqlite3.connect(other)
    c.execute("CREATE TABLE t(x)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a benchlens database"):
        connect(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        connect(junk)


def test_second_process_reads_while_one_writes(db):
    with Store(db, seed=False) as st:
        st.load(_doc(1), _scores())
        # hold a write transaction open in this process
        st.conn.execute("BEGIN IMMEDIATE")
        st.conn.execute("INSERT INTO documents(doc_id, source_kind) VALUES ('pending', 'csv')")
        code = textwrap.dedent(f"""
            from benchlens.store import Store
            with Store({str(db)!r}, seed=False) as st:
                print(st.info()["documents"], st.info()["scores"])
        """)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.split() == ["1", "3"]  # sees the committed state, not the pending insert
        st.conn.execute("COMMIT")


def test_seeded_db_has_the_official_dataset(db):
    with Store(db) as st:
        info = st.info()
    assert info["bundled"] is True
    assert info["bundled_documents"] > 10 and info["scores"] > 1000
    with Store(db) as st:  # reopening does not load twice
        assert st.info()["scores"] == info["scores"]


def test_empty_db_stays_empty(db):
    with Store(db, seed=False) as st:
        assert st.info()["scores"] == 0
    with Store(db) as st:  # the choice made at creation sticks
        assert st.info()["scores"] == 0
