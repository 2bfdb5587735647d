"""The Grid every table becomes, whatever its source format (Markdown, HTML, fixed-width text).

A :class:`Grid` is a rectangular list of rows of :class:`GridCell` (spans already expanded), with the
number of header rows, the context it sits in (headings above it, caption) and where it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class GridCell:
    text: str  # raw cell text (markup kept: the interpreter needs bold, <br>, marks)
    line: int  # 1-based line in the file
    header: bool = False  # a <th> / header-row cell
    spanned: bool = False  # a copy made by expanding a row/col span
    colspan_full: bool = False  # one cell spanning the whole row (a section row)


@dataclass
class Grid:
    rows: list[list[GridCell]]
    header_rows: int  # how many leading rows are header rows
    kind: str  # "markdown" | "html" | "text"
    line: int  # first line of the table
    end_line: int
    headings: list[str] = field(default_factory=list)  # enclosing headings, outermost first
    caption: str | None = None  # caption or the text line just above the table
    lead: str | None = None  # the first line of the paragraph of prose right above the table, when it is not the caption
    below: str | None = None  # a caption right below a Markdown table ("Table 2: ... for Llama Guard 2 ...")
    in_code: bool = False  # inside a ``` fence
    notes: list[str] = field(default_factory=list)  # what the reader repaired (ragged rows, ...)
    column_centers: list[float] | None = None  # fixed-width tables only
    row_groups: list[str | None] | None = None  # fixed-width tables: section label of each row

    def heading_last(self) -> str | None:
        return self.headings[-1] if len(self.headings) > 1 else None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def pad(self) -> None:
        """Make the grid rectangular (ragged Markdown rows get empty cells)."""
        w = self.width
        for r in self.rows:
            if len(r) < w:
                line = r[-1].line if r else self.line
                r.extend(GridCell("", line) for _ in range(w - len(r)))
