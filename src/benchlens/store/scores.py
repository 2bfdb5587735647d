"""Storing and querying score records.

A load is one transaction per document and idempotent: a document whose content id is already stored
adds nothing. A failure part-way through a document leaves nothing of it behind.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from benchlens.records import Document, IdentityKey, Provenance, Score


@dataclass(frozen=True)
class LoadResult:
    doc_id: str
    added: int
    skipped: bool  # the document was already stored
    replaced: int = 0  # older documents with the same path/url removed (--replace)


def _score_row(doc_id: str, seq: int, s: Score) -> tuple:
    p = s.provenance
    return (
        doc_id,
        seq,
        s.model,
        s.model_label,
        s.key.benchmark,
        s.benchmark_label,
        s.key.to_json(),
        s.key.mode,
        float(s.value),
        s.value_text,
        s.scale,
        s.stderr,
        s.n_items,
        None if s.first_party is None else (1 if s.first_party else 0),
        s.category,
        p.table,
        p.row,
        p.col,
        p.line,
        json.dumps(list(s.notes), ensure_ascii=False),
    )


_INSERT = """INSERT INTO scores (doc_id, seq, model, model_label, benchmark, benchmark_label, key_json, mode,
    value, value_text, scale, stderr, n_items, first_party, category, tbl, row, col, line, notes_json)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"""


def load_document(
    conn: sqlite3.Connection,
    doc: Document,
    scores: Sequence[Score],
    *,
    replace: bool = False,
    user_model_rows: Sequence[dict] = (),
) -> LoadResult:
    """Store one document and its scores in a single transaction (idempotent)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if user_model_rows:
            upsert_user_models(conn, user_model_rows)
        exists = conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc.doc_id,)).fetchone()
        if exists:
            conn.execute("COMMIT")
            return LoadResult(doc.doc_id, 0, True)
        replaced = 0
        if replace and (doc.path or doc.url or doc.origin):
            olds = conn.execute(
                "SELECT doc_id FROM documents WHERE source_kind = ? AND "
                "coalesce(origin, path, url) = coalesce(?, ?, ?)",
                (doc.source_kind, doc.origin, doc.path, doc.url),
            ).fetchall()
            for (old,) in olds:
                conn.execute("DELETE FROM scores WHERE doc_id = ?", (old,))
                conn.execute("DELETE FROM documents WHERE doc_id = ?", (old,))
                replaced += 1
        conn.execute(
            "INSERT INTO documents (doc_id, title, url, repo, path, revision, retrieved, publisher, "
            "source_kind, origin, n_scores) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.doc_id, doc.title, doc.url, doc.repo, doc.path, doc.revision, doc.retrieved,
             doc.publisher, doc.source_kind, doc.origin, len(scores)),
        )
        conn.executemany(_INSERT, (_score_row(doc.doc_id, i, s) for i, s in enumerate(scores)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return LoadResult(doc.doc_id, len(scores), False, replaced)


_SELECT = """SELECT s.*, d.title, d.url, d.repo, d.path, d.revision, d.retrieved, d.publisher, d.source_kind
    FROM scores s JOIN documents d ON d.doc_id = s.doc_id"""


def _row_to_score(r: sqlite3.Row) -> Score:
    prov = Provenance(
        source_kind=r["source_kind"],
        title=r["title"],
        url=r["url"],
        repo=r["repo"],
        path=r["path"],
        revision=r["revision"],
        retrieved=r["retrieved"],
        publisher=r["publisher"],
        doc_id=r["doc_id"],
        table=r["tbl"],
        row=r["row"],
        col=r["col"],
        line=r["line"],
        raw_label=r["benchmark_label"],
        raw_cell=r["value_text"],
    )
    return Score(
        model=r["model"],
        model_label=r["model_label"],
        key=IdentityKey.from_json(r["key_json"]),
        value=float(r["value"]),
        benchmark_label=r["benchmark_label"],
        scale=r["scale"],
        stderr=r["stderr"],
        n_items=r["n_items"],
        first_party=None if r["first_party"] is None else bool(r["first_party"]),
        category=r["category"],
        value_text=r["value_text"],
        provenance=prov,
        notes=tuple(json.loads(r["notes_json"] or "[]")),
    )


def query_scores(
    conn: sqlite3.Connection,
    *,
    models: Sequence[str] | None = None,
    benchmarks: Sequence[str] | None = None,
    first_party: bool | None = None,
    publisher: str | None = None,
    mode: str | None = None,
    doc_id: str | None = None,
    source_kind: str | None = None,
    resolved_only: bool = False,
) -> list[Score]:
    """Scores matching every given filter, in load order."""
    where: list[str] = []
    args: list[object] = []
    if models:
        where.append(f"s.model IN ({','.join('?' * len(models))})")
        args.extend(models)
    if benchmarks:
        where.append(f"s.benchmark IN ({','.join('?' * len(benchmarks))})")
        args.extend(benchmarks)
    if first_party is True:
        where.append("s.first_party = 1")
    elif first_party is False:
        where.append("s.first_party = 0")
    if publisher:
        where.append("d.publisher = ?")
        args.append(publisher)
    if mode:
        where.append("s.mode = ?")
        args.append(mode)
    if doc_id:
        where.append("(s.doc_id = ? OR s.doc_id LIKE ?)")
        args.extend([doc_id, doc_id + "%"])
    if source_kind:
        where.append("d.source_kind = ?")
        args.append(source_kind)
    if resolved_only:
        where.append("s.model IS NOT NULL AND s.benchmark NOT LIKE '?%'")
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY d.loaded_at, s.doc_id, s.seq"
    return [_row_to_score(r) for r in conn.execute(sql, args)]


def list_documents(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM documents ORDER BY loaded_at, doc_id")]


def remove_document(conn: sqlite3.Connection, doc_id: str) -> int:
    """Remove a document (by id or unique id prefix) and its scores; returns the number removed."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        ids = [r[0] for r in conn.execute("SELECT doc_id FROM documents WHERE doc_id LIKE ?", (doc_id + "%",))]
        if len(ids) != 1:
            conn.execute("ROLLBACK")
            return 0 if not ids else -len(ids)
        conn.execute("DELETE FROM scores WHERE doc_id = ?", (ids[0],))
        conn.execute("DELETE FROM documents WHERE doc_id = ?", (ids[0],))
        conn.execute("COMMIT")
        return 1
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    q = conn.execute
    return {
        "documents": q("SELECT count(*) FROM documents").fetchone()[0],
        "scores": q("SELECT count(*) FROM scores").fetchone()[0],
        "first_party_scores": q("SELECT count(*) FROM scores WHERE first_party = 1").fetchone()[0],
        "third_party_scores": q("SELECT count(*) FROM scores WHERE first_party = 0").fetchone()[0],
        "models": q("SELECT count(DISTINCT model) FROM scores WHERE model IS NOT NULL").fetchone()[0],
        "benchmarks": q("SELECT count(DISTINCT benchmark) FROM scores WHERE benchmark NOT LIKE '?%'").fetchone()[0],
        "unresolved_models": q("SELECT count(*) FROM scores WHERE model IS NULL").fetchone()[0],
        "unresolved_benchmarks": q("SELECT count(*) FROM scores WHERE benchmark LIKE '?%'").fetchone()[0],
    }


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))


def sync_bundled(
    conn: sqlite3.Connection, batches: Sequence[tuple[Document, Sequence[Score]]], dataset_hash: str
) -> tuple[int, int]:
    """Make the stored copy of the shipped dataset equal ``batches`` (one transaction).

    Returns (documents added, documents removed). User-loaded documents are never touched.
    """
    wanted = {doc.doc_id for doc, _ in batches}
    conn.execute("BEGIN IMMEDIATE")
    try:
        have = {r[0] for r in conn.execute("SELECT doc_id FROM documents WHERE bundled = 1")}
        removed = 0
        for old in have - wanted:
            conn.execute("DELETE FROM scores WHERE doc_id = ?", (old,))
            conn.execute("DELETE FROM documents WHERE doc_id = ?", (old,))
            removed += 1
        added = 0
        for doc, scores in batches:
            if conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc.doc_id,)).fetchone():
                continue
            conn.execute(
                "INSERT INTO documents (doc_id, title, url, repo, path, revision, retrieved, publisher, "
                "source_kind, origin, n_scores, bundled) VALUES (?,?,?,?,?,?,?,?,?,?,?,1)",
                (doc.doc_id, doc.title, doc.url, doc.repo, doc.path, doc.revision, doc.retrieved,
                 doc.publisher, doc.source_kind, doc.origin, len(scores)),
            )
            conn.executemany(_INSERT, (_score_row(doc.doc_id, i, s) for i, s in enumerate(scores)))
            added += 1
        set_meta(conn, "bundled_hash", dataset_hash)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return added, removed


def upsert_user_models(conn: sqlite3.Connection, rows: Sequence[dict]) -> None:
    """Record metadata for models that are not in the catalog (from CSV columns)."""
    conn.executemany(
        "INSERT INTO user_models(label, generation, params_total, params_active, arch, variant) "
        "VALUES (:label, :generation, :params_total, :params_active, :arch, :variant) "
        "ON CONFLICT(label) DO UPDATE SET generation = coalesce(excluded.generation, generation), "
        "params_total = coalesce(excluded.params_total, params_total), "
        "params_active = coalesce(excluded.params_active, params_active), "
        "arch = coalesce(excluded.arch, arch), variant = coalesce(excluded.variant, variant)",
        rows,
    )


def user_models(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM user_models ORDER BY label")]


def model_labels(conn: sqlite3.Connection) -> list[str]:
    """Distinct labels of stored scores whose model did not resolve."""
    return [r[0] for r in conn.execute("SELECT DISTINCT model_label FROM scores WHERE model IS NULL")]
