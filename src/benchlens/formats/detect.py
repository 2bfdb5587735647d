"""Which format a result file is in (by name and content), and reading it into records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchlens.records import Document, Score

DOCUMENT_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt", ".mdx")


def detect_format(path: str) -> str | None:
    """A result-file format name, or None when the file is a document (card, report) to extract."""
    p = Path(path)
    if p.suffix.lower() in DOCUMENT_SUFFIXES:
        return None
    return None


def read_result_file(path: str, fmt: str) -> tuple[Document, list[Score], dict[str, Any]]:
    raise NotImplementedError(fmt)
