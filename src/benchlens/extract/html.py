"""HTML ``<table>`` elements to Grids, with rowspan/colspan expanded and source lines kept.

Works on HTML embedded in Markdown cards and on HTML files. Header rows are ``<thead>`` rows, rows
made only of ``<th>``, or (for tables without ``<th>``) a first row of ``<td><strong>`` labels.
"""

from __future__ import annotations

import re
import warnings

from lxml import etree
from lxml import html as lxml_html

from benchlens.extract.document import SourceDoc
from benchlens.extract.grid import Grid, GridCell
from benchlens.extract.markdown import lead_line

_OPEN = re.compile(r"<table\b", re.I)
_CLOSE = re.compile(r"</table\s*>", re.I)
MAX_SPAN = 200


def _regions(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of outermost <table>...</table> regions."""
    out = []
    depth = 0
    start = 0
    for m in re.finditer(r"<table\b|</table\s*>", text, re.I):
        if m.group(0).lower().startswith("<table"):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth > 0:
            depth -= 1
            if depth == 0:
                out.append((start, m.end()))
    if depth > 0:  # an unclosed table runs to the end of the document
        out.append((start, len(text)))
    return out


def inner_html(el: etree._Element) -> str:
    """The cell's content as markup (so <br>, <b>, <sup> survive for the interpreter)."""
    parts = [el.text or ""]
    for child in el:
        parts.append(etree.tostring(child, encoding="unicode", with_tail=True))
    s = "".join(parts)
    s = re.sub(r"\s*\n\s*", " ", s)
    return s.strip()


def _span(el: etree._Element, name: str) -> int:
    try:
        v = int(str(el.get(name, "1")).strip() or 1)
    except ValueError:
        v = 1
    return max(1, min(v, MAX_SPAN))


_ORPHAN_CELL = re.compile(r"(</tr\s*>\s*)(?=<t[dh][\s>])", re.I)


def find_tables(doc: SourceDoc) -> list[Grid]:
    grids: list[Grid] = []
    text = doc.text
    for start, end in _regions(text):
        if doc.in_comment(start):
            continue  # inside <!-- ... -->: not shown on the page
        base_line = text.count("\n", 0, start) + 1
        # a row whose <tr> was left out ("</tr>\n<td>...</td></tr>") is a row to a browser; to lxml it is lost
        chunk = _ORPHAN_CELL.sub(r"\1<tr>", text[start:end])
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                frag = lxml_html.fragment_fromstring(chunk, create_parent="div")
        except (etree.ParserError, ValueError):
            continue
        for table in frag.iter("table"):
            # a table holding tables is a layout (two tables side by side): its inner tables are read instead
            if any(True for _ in table.iterdescendants("table")):
                continue
            g = _grid(table, base_line, doc)
            if g is not None:
                grids.append(g)
    return grids


def _grid(table: etree._Element, base_line: int, doc: SourceDoc) -> Grid | None:
    trs = [tr for tr in table.iter("tr") if _owner_table(tr) is table]
    if not trs:
        return None
    # expand spans into a dense grid
    grid: dict[tuple[int, int], GridCell] = {}
    header_flags: list[bool] = []
    full_rows: set[int] = set()
    ncols = 0
    for r, tr in enumerate(trs):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        in_thead = any(a.tag == "thead" for a in tr.iterancestors())
        header_flags.append(in_thead or (bool(cells) and all(c.tag == "th" for c in cells)))
        c_idx = 0
        for cell in cells:
            while (r, c_idx) in grid:
                c_idx += 1
            rs, cs = _span(cell, "rowspan"), _span(cell, "colspan")
            line = base_line + (cell.sourceline or 1) - 1
            txt = inner_html(cell)
            is_th = cell.tag == "th" or in_thead
            for dr in range(rs):
                for dc in range(cs):
                    grid[(r + dr, c_idx + dc)] = GridCell(txt, line, header=is_th, spanned=(dr or dc) > 0)
            if len(cells) == 1 and cs > 1:
                full_rows.add(r)
            c_idx += cs
        ncols = max(ncols, c_idx)
    nrows = max(r for r, _ in grid) + 1 if grid else 0
    if nrows == 0 or ncols == 0:
        return None
    rows: list[list[GridCell]] = []
    for r in range(nrows):
        row = []
        line = next((grid[(r, c)].line for c in range(ncols) if (r, c) in grid), base_line)
        for c in range(ncols):
            row.append(grid.get((r, c), GridCell("", line)))
        if r in full_rows:
            for cell in row:
                cell.colspan_full = True
        rows.append(row)
    header_rows = 0
    while header_rows < len(rows) and header_rows < len(header_flags) and header_flags[header_rows]:
        if header_rows > 0 and header_rows in full_rows:
            break  # a full-width <th> row under the header is a section row ("27b+ scale")
        header_rows += 1
    if header_rows == 0 and rows:
        # no <th>: a first row of labels (often <td><strong>) is the header
        first = rows[0]
        if sum(1 for c in first if c.text.strip()) >= 2 and not _mostly_numbers(first):
            header_rows = 1
            for c in first:
                c.header = True
    start = rows[0][0].line
    end = rows[-1][-1].line
    caption_el = table.find("caption")
    caption = re.sub(r"<[^>]*>", "", inner_html(caption_el)) if caption_el is not None else None
    return Grid(rows=rows, header_rows=header_rows, kind="html", line=start, end_line=end,
                headings=doc.heading_path(start), caption=caption or _caption_above(doc, start),
                lead=None if caption else lead_line(doc.lines, start - 1),
                in_code=doc.in_fence(start))


def _owner_table(tr: etree._Element) -> etree._Element | None:
    for a in tr.iterancestors():
        if a.tag == "table":
            return a
    return None


def _mostly_numbers(row: list[GridCell]) -> bool:
    nums = sum(1 for c in row if re.fullmatch(r"[\s\d.,%*+\-/()]+", re.sub(r"<[^>]*>", "", c.text) or "x"))
    return nums > len(row) / 2


def _caption_above(doc: SourceDoc, line: int) -> str | None:
    for k in range(line - 2, max(-1, line - 6), -1):
        t = re.sub(r"<[^>]*>", "", doc.lines[k]).strip()
        if t:
            return t[:300]
    return None
