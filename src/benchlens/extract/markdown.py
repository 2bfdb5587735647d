"""Markdown pipe tables to Grids.

A hand-written reader rather than a CommonMark parser, because model cards break the rules in ways a
strict parser drops silently: rows without leading or trailing pipes, ragged rows, single-cell
section rows, tables inside code fences (lm-eval output), escaped pipes, and no blank line around
the table. Each table keeps the 1-based line of every cell.
"""

from __future__ import annotations

import re

from benchlens.extract.document import SourceDoc
from benchlens.extract.grid import Grid, GridCell

_DELIM = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_DELIM1 = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_DELIM_CELL = re.compile(r"^\s*:?-{1,}:?\s*$")


def split_row(line: str) -> list[str]:
    """Cells of one pipe-table line (escaped pipes and pipes inside `code` kept)."""
    s = line.strip()
    cells: list[str] = []
    buf: list[str] = []
    in_code = False
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\" and i + 1 < len(s) and s[i + 1] == "|":
            buf.append("|")
            i += 2
            continue
        if ch == "`":
            in_code = not in_code
        if ch == "|" and not in_code:
            cells.append("".join(buf))
            buf = []
        else:
            buf.append(ch)
        i += 1
    cells.append("".join(buf))
    if s.startswith("|"):
        cells = cells[1:]
    if s.endswith("|") and not s.endswith("\\|") and cells:
        cells = cells[:-1]
    return [c.strip() for c in cells]


def _has_pipe(line: str) -> bool:
    return bool(re.search(r"(?<!\\)\|", line))


def _is_delim(line: str, min_dashes: int = 2) -> bool:
    if not (_DELIM if min_dashes == 2 else _DELIM1).match(line):
        return False
    cells = split_row(line)
    return bool(cells) and all(_DELIM_CELL.match(c) for c in cells if c.strip() != "")


def _html_table_lines(doc: SourceDoc) -> set[int]:
    """Lines inside <table> elements (those belong to the HTML reader)."""
    inside: set[int] = set()
    depth = 0
    for i, line in enumerate(doc.lines, start=1):
        opens = len(re.findall(r"<table\b", line, re.I))
        closes = len(re.findall(r"</table\s*>", line, re.I))
        if depth > 0 or opens:
            inside.add(i)
        depth = max(0, depth + opens - closes)
    return inside


def find_tables(doc: SourceDoc) -> list[Grid]:
    grids: list[Grid] = []
    lines = doc.lines
    skip = _html_table_lines(doc) | doc.commented_lines  # (a table in an HTML comment is not shown)
    n = len(lines)
    i = doc.front_matter_end
    while i < n:
        line = lines[i]
        lineno = i + 1
        if lineno in skip or not _has_pipe(line):
            i += 1
            continue
        # a run of consecutive lines with pipes
        j = i
        while j < n and (j + 1) not in skip and _has_pipe(lines[j]) and lines[j].strip():
            j += 1
        block = list(range(i, j))
        delim_at = next((k for k in block if _is_delim(lines[k])), None)
        if delim_at is None and len(block) > 1 and _is_delim(lines[i + 1], min_dashes=1):
            delim_at = i + 1  # "|:-:|-|": a one-dash delimiter directly under the header
        if delim_at is None or delim_at == i:
            # no header above a delimiter: not a table (or a table with no header: skip)
            i = j if j > i else i + 1
            continue
        header_idx = [k for k in block if k < delim_at]
        body_idx = [k for k in block if k > delim_at and not _is_delim(lines[k])]
        if len(header_idx) > 1:
            # several lines above the delimiter: only the last is the header; earlier ones are prose
            header_idx = header_idx[-1:]
        rows: list[list[GridCell]] = []
        for k in header_idx:
            rows.append([GridCell(c, k + 1, header=True) for c in split_row(lines[k])])
        width = max(len(r) for r in rows) if rows else 0
        notes: list[str] = []
        for k in body_idx:
            cells = split_row(lines[k])
            if len(cells) > width and all(c == "" for c in cells[width:]):
                cells = cells[:width]
            if len(cells) != width:
                notes.append(f"line {k + 1}: {len(cells)} cells for {width} columns")
            rows.append([GridCell(c, k + 1) for c in cells])
        start = header_idx[0] + 1 if header_idx else delim_at + 1
        g = Grid(rows=rows, header_rows=len(header_idx), kind="markdown", line=start, end_line=j,
                 headings=doc.heading_path(start), caption=_caption(lines, start - 1),
                 lead=lead_line(lines, start - 1), below=caption_below(lines, j),
                 in_code=doc.in_fence(start), notes=notes)
        g.pad()
        if len(rows) > len(header_idx):
            grids.append(g)
        i = j
    return grids


def lead_line(lines: list[str], idx: int, most: int = 4) -> str | None:
    """The first line of a paragraph of prose (at most ``most`` lines) that ends right above a table (line
    index ``idx``; wrapper lines of tags only and blank lines between are passed over), when the paragraph has
    more than one line: "OpenCUA models achieve strong performance on **OSWorld-Verified**." two lines above
    the caption line."""
    k = idx - 1
    while k >= 0 and not re.sub(r"<[^>]*>", "", lines[k]).strip():
        k -= 1  # blank lines and '<div align="center">' wrappers
    para: list[str] = []
    while k >= 0:
        t = lines[k].strip()
        text = re.sub(r"<[^>]*>", "", t).strip()
        if not text or t.startswith(("#", "```", "|", "<table", "---")) or _has_pipe(t):
            break
        para.append(text)
        k -= 1
    if not 2 <= len(para) <= most:
        return None
    return para[-1][:300]


def caption_below(lines: list[str], idx: int) -> str | None:
    """A caption under a table (line index ``idx`` on; blank lines and wrapper tags passed over): a line that
    starts "Table 2:" / "Table 2." once markup is stripped."""
    for k in range(idx, min(len(lines), idx + 6)):
        text = re.sub(r"<[^>]*>", "", lines[k]).strip()
        if not text:
            continue
        return text[:300] if re.match(r"(?:\*\*|__|\*)?table\s*\d+\s*[:.]", text, re.I) else None
    return None


def _caption(lines: list[str], idx: int) -> str | None:
    """The nearest non-empty line above a table (within 3 lines), e.g. 'Table 3: ...' or a bold title."""
    seen = 0
    for k in range(idx - 1, -1, -1):
        t = lines[k].strip()
        text = re.sub(r"<[^>]*>", "", t).strip()
        if t and not text:
            continue  # a wrapper line of tags only ('<div align="center">'): the caption may be above it
        seen += 1
        if seen > 3:
            break
        if t and not t.startswith("```"):
            if _has_pipe(t):
                return None
            return text[:300]
    return None
