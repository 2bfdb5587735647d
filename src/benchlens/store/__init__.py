"""Storage: the SQLite database of documents and scores (and the eval runner's log).

:class:`Store` is the one object the rest of benchlens uses; only this package speaks SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from benchlens.records import Document, Score
from benchlens.store import scores as _scores
from benchlens.store.db import SCHEMA_VERSION, connect, default_db_path
from benchlens.store.scores import LoadResult


class Store:
    """A benchlens database. ``Store()`` opens the default one, seeding it with the shipped dataset."""

    def __init__(self, path: str | Path | None = None, *, seed: bool = True, create: bool = True):
        self.path = Path(path).expanduser() if path is not None else default_db_path()
        self.conn: sqlite3.Connection = connect(self.path, create=create)
        state = _scores.get_meta(self.conn, "bundled")
        if state is None:
            # a database we have not initialised yet: decide once whether it carries the shipped data
            _scores.set_meta(self.conn, "bundled", "on" if seed else "off")
            state = "on" if seed else "off"
        if state == "on":
            self.sync_bundled()

    # -- shipped dataset -----------------------------------------------------------------------------
    def sync_bundled(self, force: bool = False) -> tuple[int, int]:
        from benchlens.data import bundled_batches, bundled_hash

        h = bundled_hash()
        if not force and _scores.get_meta(self.conn, "bundled_hash") == h:
            return (0, 0)
        return _scores.sync_bundled(self.conn, bundled_batches(), h)

    @property
    def bundled(self) -> bool:
        return _scores.get_meta(self.conn, "bundled") == "on"

    # -- loading -------------------------------------------------------------------------------------
    def load(self, doc: Document, scores: Sequence[Score], *, replace: bool = False,
             user_models: Sequence[dict] = ()) -> LoadResult:
        return _scores.load_document(self.conn, doc, scores, replace=replace, user_model_rows=user_models)

    def remove(self, doc_id: str) -> int:
        return _scores.remove_document(self.conn, doc_id)

    # -- reading -------------------------------------------------------------------------------------
    def scores(self, **filters) -> list[Score]:
        return _scores.query_scores(self.conn, **filters)

    def documents(self) -> list[dict]:
        return _scores.list_documents(self.conn)

    def user_models(self) -> list[dict]:
        return _scores.user_models(self.conn)

    def unresolved_model_labels(self) -> list[str]:
        return _scores.model_labels(self.conn)

    def info(self) -> dict:
        out = {"path": str(self.path), "schema_version": SCHEMA_VERSION, "bundled": self.bundled}
        out.update(_scores.stats(self.conn))
        out["bundled_documents"] = self.conn.execute(
            "SELECT count(*) FROM documents WHERE bundled = 1").fetchone()[0]
        return out

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Store", "LoadResult", "default_db_path"]
