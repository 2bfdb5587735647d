"""Fixed-width tables in text extracted from PDF reports (``pdftotext -layout``) -> Grids.

A table starts at a ``Table N:`` caption. Its lines are sorted into header lines (above the first
row with numbers), data rows, and label fragments. The value columns are found from the rows that
have the most common number of values (their token centres), so rows with a blank cell still land
in the right columns. Model names broken over several header lines (``DeepSeek-R1`` /
``-Distill-Qwen-32B``) are joined by column. Row-group labels printed in a left column and split
over lines (``General`` ... ``Tasks``) are vertically centred on their group in the PDF, so each
group is reconstructed as the run of rows centred on its label lines.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from benchlens.extract.document import SourceDoc
from benchlens.extract.grid import Grid, GridCell

_CAPTION = re.compile(r"^\s*Table\s+(\d+)\s*:\s*(.*)$")
_PAGE = re.compile(r"^\s*\d{1,3}\s*$")
_VAL = r"(?:[-+]?\d+(?:\.\d+)?%?\s*/\s*[-+]?\d+(?:\.\d+)?%?|[-+]?\d+(?:\.\d+)?%?(?:[+-]\d+(?:\.\d+)?)?|-|–|—|N/A)"
_VAL_RE = re.compile(rf"^{_VAL}$")
_WORD_VAL = re.compile(r"^(Dense|MoE|\d+(\.\d+)?[BMK]|-)$", re.I)
_NONSCORE_LABEL = re.compile(r"^(architecture|#\s*(total|activated)\s*params|#\s*params)", re.I)


@dataclass
class Seg:
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def center(self) -> float:
        return (self.start + self.end) / 2


def segments(line: str, gap: int = 2) -> list[Seg]:
    out = []
    for m in re.finditer(r"\S+(?: {1,%d}\S+)*" % (gap - 1), line):  # noqa: UP031
        out.append(Seg(m.group(0), m.start()))
    return out


def words(line: str) -> list[Seg]:
    return [Seg(m.group(0), m.start()) for m in re.finditer(r"\S+", line)]


@dataclass
class Row:
    line: int  # 1-based
    label: str
    label_start: int
    values: list[Seg]
    prefix: str | None = None  # a left-column group fragment on the same line
    nonscore: bool = False


def _split_values(line: str) -> tuple[list[Seg], list[Seg]]:
    """(label segments, value segments) of a line; values are the trailing value-like segments.

    Values glued to their neighbours by single spaces ("... (Rating / Percentile) 1891 / 96.7% 2029 / 98.1%")
    are peeled off the end one by one.
    """
    segs = segments(line)
    vals: list[Seg] = []
    while segs:
        last = segs[-1]
        if _VAL_RE.match(last.text) or _WORD_VAL.match(last.text):
            vals.insert(0, segs.pop())
            continue
        m = re.search(r"\s(\d+(?:\.\d+)?%?\s+/\s+\d+(?:\.\d+)?%|\d+\.\d+)$", last.text)
        if not m:
            break
        cut = m.start(1)
        vals.insert(0, Seg(last.text[cut:], last.start + cut))
        segs[-1] = Seg(last.text[:cut].rstrip(), last.start)
    return segs, vals


def find_tables(src: SourceDoc) -> list[Grid]:
    lines = src.lines
    grids = []
    i = 0
    n = len(lines)
    while i < n:
        m = _CAPTION.match(lines[i])
        if not m:
            i += 1
            continue
        cap_lines = [lines[i].strip()]
        j = i + 1
        while j < n and lines[j].strip() and not _looks_table_line(lines[j]) and len(cap_lines) < 4:
            cap_lines.append(lines[j].strip())
            j += 1
        caption = " ".join(cap_lines)
        grid, end = _read_table(src, j, caption)
        if grid is not None:
            grids.append(grid)
        i = max(end, j)
    return grids


def _looks_table_line(line: str) -> bool:
    return len(segments(line)) >= 3


def _read_table(src: SourceDoc, start: int, caption: str) -> tuple[Grid | None, int]:
    lines = src.lines
    n = len(lines)
    header: list[int] = []
    data: list[Row] = []
    texts: list[tuple[int, str, int]] = []  # (line index, text, start) for text-only lines after data began
    k = start
    blank_run = 0
    while k < n:
        raw = lines[k]
        if _CAPTION.match(raw) or (_PAGE.match(raw) and data):
            break
        if not raw.strip():
            blank_run += 1
            if data and blank_run >= 1:
                break
            if blank_run > 2:
                break
            k += 1
            continue
        blank_run = 0
        label_segs, vals = _split_values(raw)
        label = " ".join(s.text for s in label_segs)
        is_nonscore = bool(_NONSCORE_LABEL.match(label.strip()))
        numeric = [v for v in vals if not _WORD_VAL.match(v.text) or v.text == "-"]
        if vals and label_segs and (numeric or is_nonscore) and (data or is_nonscore or _has_number(vals)):
            row = Row(k + 1, label, label_segs[0].start, vals, nonscore=is_nonscore)
            row_segs = label_segs
            row.prefix = None
            row.__dict__["segs"] = row_segs
            data.append(row)
        elif not data:
            if len(raw.split()) > 14 and len(segments(raw)) <= 2:
                return None, k  # prose: not a table
            header.append(k)
        else:
            if len(raw.strip()) > 60 and len(segments(raw)) <= 2:
                break  # prose after the table
            texts.append((k, raw.strip(), len(raw) - len(raw.lstrip())))
        k += 1
    if len([r for r in data if not r.nonscore]) < 2:
        return None, k
    counts = [len(r.values) for r in data if not r.nonscore]
    ncols = statistics.mode(counts)
    full = [r for r in data if len(r.values) == ncols]
    centers = [statistics.fmean(r.values[c].center for r in full) for c in range(ncols)]
    # label column start (where benchmark/model labels begin) and left-column group fragments
    starts = [_label_segs(r)[-1].start for r in data]
    for idx, r in enumerate(data):
        segs = _label_segs(r)
        window = [s for j, s in enumerate(starts) if abs(j - idx) <= 4 and len(_label_segs(data[j])) == 1]
        lstart = statistics.median(window) if window else statistics.median(starts)
        if len(segs) >= 2:
            r.prefix = " ".join(s.text for s in segs[:-1])
            r.label = segs[-1].text
            r.label_start = segs[-1].start
        if r.label_start < lstart - 2:
            ws = [w for w in words(" " * r.label_start + r.label)]
            cut = next((w for w in ws if w.start >= lstart - 2), None)
            if cut is not None and cut.start > r.label_start:
                full_line = " " * r.label_start + r.label
                pre = full_line[: cut.start].strip()
                r.prefix = ((r.prefix + " ") if r.prefix else "") + pre
                r.label = full_line[cut.start:].strip()
                r.label_start = cut.start
    label_x = statistics.median(r.label_start for r in data)
    first_center = centers[0] if centers else 0
    # text-only lines inside the table: left-column fragments or centred section titles
    left_frags: list[tuple[int, str]] = []
    sections: list[tuple[int, str]] = []
    for li, text, st in texts:
        if st < label_x - 1:
            left_frags.append((li + 1, text))
        elif st >= label_x + 4 or st + len(text) / 2 > first_center - 10:
            sections.append((li + 1, text))
        else:
            left_frags.append((li + 1, text))
    for r in data:
        if r.prefix:
            left_frags.append((r.line, r.prefix))
    groups = _assign_groups(sorted(left_frags), [r for r in data if not r.nonscore])
    # the header: tokens of header lines by column
    group_row, main_row, label_head = _header(lines, header, centers, label_x)
    rows: list[list[GridCell]] = []
    h_line = (header[-1] + 1) if header else (data[0].line - 1)
    if any(group_row):
        rows.append([GridCell("", h_line, header=True), GridCell("", h_line, header=True)]
                    + [GridCell(t, h_line, header=True) for t in group_row])
    rows.append([GridCell("", h_line, header=True), GridCell(label_head, h_line, header=True)]
                + [GridCell(t, h_line, header=True) for t in main_row])
    header_rows = len(rows)
    events: list[tuple[int, int, object]] = [(r.line, 1, r) for r in data] + [(ln, 0, t) for ln, t in sections]
    for line, kind, obj in sorted(events, key=lambda e: (e[0], e[1])):
        if kind == 0:
            row = [GridCell("", line), GridCell(str(obj), line)] + [GridCell("", line) for _ in range(ncols)]
            rows.append(row)
            continue
        r = obj  # type: ignore[assignment]
        assert isinstance(r, Row)
        cells = [GridCell("", r.line) for _ in range(ncols)]
        if len(r.values) == ncols:
            for c, v in enumerate(r.values):
                cells[c] = GridCell(v.text, r.line)
        else:
            used: set[int] = set()
            for v in r.values:
                c = min(range(ncols), key=lambda c: (abs(centers[c] - v.center), c in used))
                if c in used:
                    continue
                used.add(c)
                cells[c] = GridCell(v.text, r.line)
        g = groups.get(r.line, "")
        rows.append([GridCell(g, r.line), GridCell(r.label, r.line)] + cells)
    grid = Grid(rows=rows, header_rows=header_rows, kind="text", line=(header[0] + 1) if header else data[0].line,
                end_line=data[-1].line, headings=src.heading_path(data[0].line), caption=caption,
                column_centers=centers)
    grid.pad()
    return grid, data[-1].line


def _label_segs(r: Row) -> list[Seg]:
    return r.__dict__.get("segs") or [Seg(r.label, r.label_start)]


def _has_number(vals: list[Seg]) -> bool:
    return any(re.search(r"\d", v.text) for v in vals)


def _assign_groups(frags: list[tuple[int, str]], rows: list[Row]) -> dict[int, str]:
    """Rows per left-column group: each group is the run of rows centred on its label lines."""
    if not frags or not rows:
        return {}
    clusters: list[list[tuple[int, str]]] = []
    for ln, text in frags:
        if clusters and ln - clusters[-1][-1][0] <= 2:
            clusters[-1].append((ln, text))
        else:
            clusters.append([(ln, text)])
    out: dict[int, str] = {}
    lines = [r.line for r in rows]
    end_idx = len(lines) - 1
    # from the last group backwards: each ends where the next begins, and is centred on its labels
    for cl in reversed(clusters):
        center = statistics.fmean(ln for ln, _ in cl)
        label = _join_fragments([t for _, t in cl])
        if end_idx < 0:
            break
        end_line = lines[end_idx]
        start_line = 2 * center - end_line
        idx = end_idx
        while idx >= 0 and lines[idx] >= start_line - 0.5:
            out[lines[idx]] = label
            idx -= 1
        end_idx = idx
    return out


def _join_fragments(parts: list[str]) -> str:
    out = ""
    for p in parts:
        if not out:
            out = p
        elif out.endswith("-") or p.startswith("-"):
            out = out + p
        else:
            out = out + " " + p
    return out


def _header(lines: list[str], header: list[int], centers: list[float], label_x: float) -> tuple[list[str], list[str], str]:
    """(spanning group row, one label per value column, the label column's header).

    Header tokens from all header lines are grouped into columns by horizontal overlap (a name broken
    over two lines overlaps itself); when that gives one group per value column they are matched in
    order, otherwise each group goes to the nearest free column.
    """
    ncols = len(centers)
    group = ["" for _ in range(ncols)]
    label_head: list[str] = []
    half = (centers[1] - centers[0]) / 2 if ncols > 1 else 20
    left_edge = centers[0] - half - 2
    tokens: list[tuple[int, Seg]] = []  # (header line order, token)
    per_line: list[list[Seg]] = []
    for li in header:
        ws = words(lines[li])
        right = [w for w in ws if w.end > left_edge and w.start > label_x + 2]
        left = [w for w in ws if w not in right]
        if left:
            label_head.append(" ".join(w.text for w in left))
        per_line.append(right)
    widest = max((len(r) for r in per_line), default=0)
    for order, right in enumerate(per_line):
        if not right:
            continue
        if ncols >= 3 and len(right) <= 2 and len(per_line) > 1 and widest >= ncols and len(right) < widest \
                and order == next(i for i, r in enumerate(per_line) if r):
            group = [" ".join(w.text for w in right)] * ncols  # a title over all value columns ("RULER")
            continue
        tokens.extend((order, w) for w in right)
    # connected components of overlapping tokens
    comps: list[list[tuple[int, Seg]]] = []
    for order, w in sorted(tokens, key=lambda t: t[1].start):
        if comps and any(w.start < x.end and x.start < w.end for _, x in comps[-1]):
            comps[-1].append((order, w))
        else:
            comps.append([(order, w)])
    # tokens on one line next to each other inside one component stay one phrase
    labels = ["" for _ in range(ncols)]
    if not comps:
        return group, labels, " ".join(label_head)
    centres = [statistics.fmean((w.start + w.end) / 2 for _, w in comp) for comp in comps]
    if len(comps) == ncols:
        assign = list(range(ncols))
    else:
        assign = _monotone_assign(centres, centers)
    for comp, col in zip(comps, assign, strict=True):
        if col is None:
            continue
        by_line: dict[int, list[Seg]] = {}
        for order, w in comp:
            by_line.setdefault(order, []).append(w)
        parts = [" ".join(x.text for x in sorted(ws_, key=lambda x: x.start)) for _, ws_ in sorted(by_line.items())]
        text = _join_fragments(parts)
        labels[col] = (labels[col] + " " + text).strip() if labels[col] else text
    return group, labels, " ".join(label_head)


def _monotone_assign(points: list[float], centers: list[float]) -> list[int | None]:
    """Assign sorted points to distinct columns in order, minimising total distance (DP)."""
    n, m = len(points), len(centers)
    if n > m:
        # more groups than columns: nearest column each (neighbours may share)
        return [min(range(m), key=lambda c: abs(centers[c] - p)) for p in points]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[-1] * (m + 1) for _ in range(n + 1)]
    for j in range(m + 1):
        cost[0][j] = 0.0
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            # point i-1 goes to column j-1, or column j-1 stays empty
            take = cost[i - 1][j - 1] + abs(points[i - 1] - centers[j - 1])
            skip = cost[i][j - 1]
            if take <= skip:
                cost[i][j], back[i][j] = take, 1
            else:
                cost[i][j], back[i][j] = skip, 0
    out: list[int | None] = [None] * n
    i, j = n, m
    while i > 0 and j > 0:
        if back[i][j] == 1:
            out[i - 1] = j - 1
            i -= 1
        j -= 1
    return out
