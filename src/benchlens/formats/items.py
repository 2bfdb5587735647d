"""Per-item results of imported result files, kept in the eval runner's item table.

Imported items are stored with ``run_id = "import:<doc_id>"`` through :class:`benchlens.store.runs.RunLog`
(one row per item, model label, metric/filter and repeat); ``detail`` holds the item's prompt, reference,
response, extracted answer, task, metric and filter as JSON. :func:`items_for_document` reads them back
(and an own run's items, when its document names the run: ``origin = "eval-run:<run_id>"``) for the EEE
instance-level export.
"""

from __future__ import annotations

import json
from typing import Any

RUN_PREFIX = "import:"


def _runlog(store: Any) -> Any:
    try:
        from benchlens.store.runs import ItemResult, RunLog
    except ImportError:  # the runner's store is not there
        return None, None
    return RunLog(conn=store.conn), ItemResult


def store_items(store: Any, doc_id: str, items: list[dict[str, Any]]) -> int:
    """Store imported per-item results; returns how many rows were written (0 when the table is missing)."""
    if not items:
        return 0
    log, ItemResult = _runlog(store)
    if log is None:
        return 0
    run_id = RUN_PREFIX + doc_id
    seen: set[tuple] = set()
    n = 0
    try:
        for it in items:
            metric = str(it.get("metric") or "score")
            filt = it.get("filter")
            label = str(it.get("model_label") or "")
            item_id = f"{it.get('task') or ''}/{it.get('item_id')}/{metric}" + (f"/{filt}" if filt and filt != "none" else "")
            repeat = int(it.get("repeat") or 0)
            if (label, item_id, repeat) in seen:
                continue
            seen.add((label, item_id, repeat))
            score = it.get("score")
            passed = it.get("passed")
            if passed is None and score is not None:
                passed = float(score) >= 1.0
            detail = {k: it.get(k) for k in ("task", "item_id", "metric", "filter", "prompt", "target", "response",
                                             "filtered") if it.get(k) is not None}
            log.add_result(ItemResult(run_id=run_id, label=label, item_id=item_id, repeat=repeat,
                                      category=str(it.get("task")) if it.get("task") else None, weight=1.0,
                                      score=None if score is None else float(score), passed=passed, key=None,
                                      error=str(it["error"]) if it.get("error") else None,
                                      detail=json.dumps(detail, ensure_ascii=False, default=str)))
            n += 1
        log.flush()
    except Exception as exc:  # the runner's table may be missing in an older database
        import sqlite3

        if isinstance(exc, sqlite3.Error):
            return 0
        raise
    return n


def items_for_document(store: Any, doc_id: str | None, origin: str | None = None) -> list[dict[str, Any]]:
    """Per-item results stored for a document (imported ones, or an own run's named by ``origin``)."""
    if not doc_id or store is None:
        return []
    run_ids = [RUN_PREFIX + doc_id]
    for prefix in ("eval-run:", "run:"):  # the runner names its run in the document's origin
        if origin and origin.startswith(prefix):
            run_ids.append(origin[len(prefix):])
    out: list[dict[str, Any]] = []
    try:
        rows = store.conn.execute(
            f"SELECT r.run_id, r.label, r.item_id, r.repeat, r.category, r.score, r.passed, r.key, r.error, r.detail, "
            f"l.request_json, l.answer FROM item_results r LEFT JOIN run_log l ON l.key = r.key "
            f"WHERE r.run_id IN ({','.join('?' * len(run_ids))}) ORDER BY r.item_id, r.label, r.repeat",
            run_ids).fetchall()
    except Exception:  # no runner tables in this database
        return []
    for r in rows:
        try:
            detail = json.loads(r["detail"]) if r["detail"] else {}
        except ValueError:
            detail = {}
        if not isinstance(detail, dict):
            detail = {}
        prompt = detail.get("prompt")
        if prompt is None and r["request_json"]:
            try:
                msgs = json.loads(r["request_json"]).get("messages") or []
                prompt = "\n".join(str(m.get("content")) for m in msgs if isinstance(m, dict))
            except (ValueError, AttributeError):
                prompt = None
        out.append({
            "task": detail.get("task") or r["category"], "item_id": detail.get("item_id") or r["item_id"],
            "repeat": r["repeat"], "metric": detail.get("metric"), "filter": detail.get("filter"),
            "score": r["score"], "passed": None if r["passed"] is None else bool(r["passed"]),
            "target": detail.get("target"), "response": detail.get("response") if detail.get("response") is not None
            else r["answer"], "filtered": detail.get("filtered"), "prompt": prompt, "model_label": r["label"],
            "error": r["error"],
        })
    return out
