"""Stored scores -> other tools' formats: ``eee``, ``csv``, ``json``, ``model-index``, ``eval-results``."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import BenchlensError
from benchlens.records import Score

EXPORT_FORMATS = ("eee", "csv", "json", "model-index", "eval-results")
#: formats written into a directory (``--out DIR``)
DIRECTORY_FORMATS = ("eee", "eval-results")


def export_scores(scores: list[Score], fmt: str, out: str | Path | None = None, *, store: Any = None,
                  catalog: Catalog | None = None, now: float | None = None) -> dict[str, Any]:
    """Write ``scores`` in ``fmt`` to ``out`` (a file, or a directory for eee and eval-results; stdout for the
    file formats when None). Returns ``{"format", "scores", "files"}``."""
    cat = catalog or get_catalog()
    f = fmt.lower()
    if f not in EXPORT_FORMATS:
        raise BenchlensError(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    if not scores:
        raise BenchlensError("no stored scores match the selection: nothing to export")
    if f in DIRECTORY_FORMATS:
        if out is None:
            raise BenchlensError(f"--format {f} writes a directory tree: give --out DIR")
        outdir = Path(out)
        if outdir.exists() and not outdir.is_dir():
            raise BenchlensError(f"--out {out}: not a directory (--format {f} writes a directory tree)")
        outdir.mkdir(parents=True, exist_ok=True)
        if f == "eee":
            from benchlens.formats.eee import export_eee
            from benchlens.formats.items import items_for_document

            origins: dict[str, str | None] = {}
            if store is not None:
                for d in store.documents():
                    origins[d["doc_id"]] = d.get("origin")

            def items_for(s: Score) -> list[dict[str, Any]]:
                if store is None:
                    return []
                return items_for_document(store, s.provenance.doc_id, origins.get(s.provenance.doc_id or ""))

            files = export_eee(scores, outdir, catalog=cat, items_for=items_for, now=now)
        else:
            from benchlens.formats.model_index import write_eval_results

            files = write_eval_results(scores, outdir)
        return {"format": f, "scores": len(scores), "files": [str(x) for x in files]}
    buf = io.StringIO()
    if f == "csv":
        from benchlens.formats.records_csv import write_records_csv

        write_records_csv(scores, buf)
    elif f == "json":
        from benchlens.formats.records_json import write_records_json

        write_records_json(scores, buf)
    else:
        from benchlens.formats.model_index import write_model_index

        buf.write(write_model_index(scores, cat))
    text = buf.getvalue()
    if out is None or str(out) == "-":
        sys.stdout.write(text)
        return {"format": f, "scores": len(scores), "files": []}
    p = Path(out)
    if p.is_dir():
        p = p / {"csv": "scores.csv", "json": "scores.json", "model-index": "model-index.yaml"}[f]
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return {"format": f, "scores": len(scores), "files": [str(p)]}
