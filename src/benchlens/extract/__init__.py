"""Documents to score records: model cards (Markdown, HTML), technical reports (PDF text), front matter.

:func:`extract_file` reads one document and returns a :class:`DocResult`: the scores with provenance
and the per-document summary (tables found, scores found, labels that did not resolve, cells skipped
and why). Nothing here touches the store.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlens.catalog.catalog import Catalog, get_catalog
from benchlens.errors import BenchlensError, InputError
from benchlens.extract import html as html_tables
from benchlens.extract import markdown as md_tables
from benchlens.extract import textgrid
from benchlens.extract.document import SourceDoc, read_document
from benchlens.extract.interpret import Interpreter, Skip, TableResult
from benchlens.extract.profiles import profile_for
from benchlens.records import Document, Score

#: file suffixes read as documents when a directory is given
DOC_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt", ".mdx")


@dataclass
class DocResult:
    path: str
    document: Document
    scores: list[Score]
    tables: list[TableResult]
    unresolved_models: list[str]
    unresolved_benchmarks: list[str]
    ambiguous: list[str]
    skipped: list[Skip]
    publisher_source: str | None
    profile: str | None
    warnings: list[str] = field(default_factory=list)

    @property
    def n_tables(self) -> int:
        return len(self.tables)

    @property
    def n_score_tables(self) -> int:
        return sum(1 for t in self.tables if t.scores)

    def summary(self) -> dict[str, Any]:
        reasons = Counter(_reason_kind(s.reason) for s in self.skipped)
        return {
            "path": self.path,
            "doc_id": self.document.doc_id,
            "title": self.document.title,
            "publisher": self.document.publisher,
            "publisher_source": self.publisher_source,
            "profile": self.profile,
            "tables_found": self.n_tables,
            "score_tables": self.n_score_tables,
            "scores": len(self.scores),
            "first_party_scores": sum(1 for s in self.scores if s.first_party),
            "unresolved_models": self.unresolved_models,
            "unresolved_benchmarks": self.unresolved_benchmarks,
            "ambiguous_labels": self.ambiguous,
            "skipped_cells": len(self.skipped),
            "skipped_reasons": dict(reasons.most_common()),
            "tables_not_read": [{"table": t.index, "line": t.grid.line, "why": t.note} for t in self.tables
                                if not t.scores and t.note],
            "warnings": self.warnings,
        }


def _reason_kind(reason: str) -> str:
    return reason.split(":")[0]


def find_grids(src: SourceDoc) -> list:
    """Every table of the document, in document order."""
    grids = []
    if src.kind == "text":
        grids.extend(textgrid.find_tables(src))
    else:
        grids.extend(md_tables.find_tables(src))
        grids.extend(html_tables.find_tables(src))
    grids.sort(key=lambda g: g.line)
    return grids


def extract_source(src: SourceDoc, catalog: Catalog | None = None) -> DocResult:
    cat = catalog or get_catalog()
    doc = src.document
    profile = profile_for(doc.url, doc.repo, doc.path, doc.title, doc.doc_id)
    if profile and profile.publisher and not src.publisher:
        src.publisher = profile.publisher
        src.publisher_source = f"document profile {profile.id}"
        from dataclasses import replace

        src.document = replace(doc, publisher=profile.publisher)
        doc = src.document
    interp = Interpreter(src, cat, profile)
    tables: list[TableResult] = []
    scores: list[Score] = []
    grids = find_grids(src)
    settings_grids = {i for i, g in enumerate(grids) if interp.read_settings_table(g)}
    for i, grid in enumerate(grids):
        if i in settings_grids:
            tr = TableResult(index=i, grid=grid, orientation=None, note="a table of evaluation settings "
                             "(applied to the score tables)")
        else:
            tr = interp.interpret(grid, i)
        tables.append(tr)
        scores.extend(tr.scores)
    scores = separate_in_document_conflicts(scores)
    # scores from the YAML front matter (model-index)
    warnings: list[str] = []
    if src.front_matter and src.front_matter.get("model-index"):
        from benchlens.formats.model_index import scores_from_model_index

        try:
            mi_scores = scores_from_model_index(src.front_matter["model-index"], doc, cat, publisher=src.publisher,
                                                 path=src.path, text=src.text)
            in_tables = {(s.model or s.model_label.lower(), s.key, round(s.value, 6)) for s in scores}
            for s in mi_scores:
                if (s.model or s.model_label.lower(), s.key, round(s.value, 6)) in in_tables:
                    continue  # the same number as in the card's table: counted once
                scores.append(s if s.first_party is not None else s.with_(first_party=False))
        except BenchlensError as exc:
            warnings.append(str(exc))
    # renumber tables to the index among score tables? keep document order indices (0-based, all tables)
    unresolved_m = sorted({s.model_label for s in scores if s.model is None})
    unresolved_b = sorted({s.benchmark_label for s in scores if s.benchmark is None})
    ambiguous = sorted(set().union(*(t.ambiguous for t in tables)) if tables else set())
    skipped = [s for t in tables for s in t.skipped]
    if src.publisher is None:
        if any(s.first_party for s in scores):
            warnings.append("publisher not found in the document: the models its prose calls its own are "
                            "marked first-party with no publisher (give --publisher to name it)")
        else:
            warnings.append("publisher not found in the document: no score is marked first-party "
                            "(give --publisher to set it)")
    return DocResult(src.path, doc, scores, tables, unresolved_m, unresolved_b, ambiguous, skipped,
                     src.publisher_source, profile.id if profile else None, warnings)


def separate_in_document_conflicts(scores: list[Score]) -> list[Score]:
    """One document reporting the same model and key with different numbers in different tables (e.g. a
    leaderboard-normalised table and a raw lm-eval table) is two measurements: keep them apart by table."""
    from collections import defaultdict

    from benchlens.records import IdentityKey

    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, s in enumerate(scores):
        groups[(s.model or "?" + s.model_label, s.key)].append(i)
    out = list(scores)
    for (_, key), idx in groups.items():
        tables = {scores[i].provenance.table for i in idx}
        values = {round(scores[i].value, 6) for i in idx}
        if len(tables) < 2 or len(values) < 2:
            continue
        for i in idx:
            s = scores[i]
            setting = key.setting()
            setting.setdefault("extra", {})["table"] = str(s.provenance.table)
            out[i] = s.with_(key=IdentityKey.from_setting(key.benchmark, setting),
                             notes=(*s.notes, "the document reports this model and key in several tables with "
                                    "different numbers: kept apart by table"))
    return out


def extract_file(path: str | Path, *, catalog: Catalog | None = None, publisher: str | None = None,
                 origin: str | None = None, data: bytes | None = None, url: str | None = None) -> DocResult:
    """Read one document and return its scores and summary (raises InputError for unreadable files)."""
    cat = catalog or get_catalog()
    src = read_document(path, cat, publisher=publisher, origin=origin, data=data)
    if url and not src.document.url:
        from dataclasses import replace

        src.document = replace(src.document, url=url)
    try:
        return extract_source(src, cat)
    except BenchlensError:
        raise
    except (ValueError, IndexError, KeyError, TypeError, RecursionError) as exc:  # a table we cannot read
        raise InputError(f"could not read the document's tables ({type(exc).__name__}: {exc})",
                         path=str(path)) from None


def iter_paths(paths: list[str | Path]) -> list[Path]:
    """Files named, and documents inside directories named (sorted)."""
    out: list[Path] = []
    for p in paths:
        pp = Path(p)
        if pp.is_dir():
            out.extend(sorted(f for f in pp.rglob("*") if f.is_file() and f.suffix.lower() in DOC_SUFFIXES
                              and not f.name.endswith(".source.json")))
        else:
            out.append(pp)
    return out
