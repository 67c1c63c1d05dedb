"""Keep table rows whole across pages, and headings on the page of their table.

QTextDocument moves a table row to the next page only when none of its cells'
first lines fits; otherwise it splits the row line by line, so a competitor's
name ends up on one page and their region on the next. Signed documents must
not look like that. After a layout, `paginate` finds the first row that
straddles a page boundary and splits the `html.Table` before it (a new table
on a new page, header repeated), or moves a heading that was left alone at a
page's foot; then it lays out again, until nothing straddles.

A `keep` table (signature lines) must be whole and on the page of the last rows
of the table before it: a page carrying only signatures could be swapped for
another. Where it would fall onto a page of its own, or across two, the last
`KEEP_TAILS` rows of that table move to the next page with it (fewer when three
do not fit); only when even one row cannot go with it does it lose that link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtGui import QTextDocument, QTextTable

from .html import Table

MAX_ROUNDS = 400  # one round per page boundary at most; a safety stop, never reached in practice
KEEP_TAILS = (3, 2, 1)  # rows of the table above that may move to a new page with a signature block


@dataclass
class Breaks:
    rows: dict[int, set[int]] = field(default_factory=dict)  # part index -> rows a new page starts before
    titles: set[int] = field(default_factory=set)  # part indices whose title starts a new page
    tails: dict[int, int] = field(default_factory=dict)  # keep table -> how many KEEP_TAILS were tried
    cuts: dict[int, tuple[int, int]] = field(default_factory=dict)  # keep table -> (table above, row) moved
    loose: set[int] = field(default_factory=set)  # keep tables that cannot stay with the table above


def render(parts: list, breaks: Breaks) -> str:
    return "".join(p if isinstance(p, str) else p.render(breaks.rows.get(i, ()), i in breaks.titles)
                   for i, p in enumerate(parts))


def paginate(doc: QTextDocument, parts: list, make: Callable[[str], QTextDocument]) -> QTextDocument:
    """The laid-out document with rows kept whole.

    `doc` holds `render(parts, Breaks())` at its page size; `make(html)` builds a fresh
    document like it, laid out once (cheaper than a second setHtml on the same document).
    """
    if all(isinstance(p, str) for p in parts):
        return doc
    breaks = Breaks()
    for _ in range(MAX_ROUNDS):
        problem = _first_problem(doc, parts, breaks)
        if problem is None:
            break
        kind, index, row = problem
        if kind == "title":
            breaks.titles.add(index)
        elif kind == "keep":
            _next_tail(parts, breaks, index, row)
        else:
            breaks.rows.setdefault(index, set()).add(row)
        doc = make(render(parts, breaks))
    return doc


class _Rows:
    """Vertical extent of a QTextTable's rows, in document coordinates."""

    def __init__(self, doc: QTextDocument, table: QTextTable):
        self.layout = doc.documentLayout()
        self.table = table

    def top(self, r: int) -> float:
        tops = [self.layout.blockBoundingRect(cell.firstCursorPosition().block()).top()
                for cell in self._own_cells(r)]
        return min(tops) if tops else self.top(r - 1)

    def bottom(self, r: int) -> float:
        bottoms = [self.layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom()
                   for cell in self._own_cells(r)]
        return max(bottoms) if bottoms else self.top(r)

    def _own_cells(self, r: int):
        """Cells that start in row r (not those spanning down into it from above)."""
        seen = set()
        for c in range(self.table.columns()):
            cell = self.table.cellAt(r, c)
            if cell.row() == r and cell.column() not in seen:
                seen.add(cell.column())
                yield cell


def _first_problem(doc: QTextDocument, parts: list, breaks: Breaks) -> tuple[str, int, int] | None:
    page_h = doc.pageSize().height()
    frames = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    layout = doc.documentLayout()
    index = 0
    above: tuple[int, QTextTable] | None = None  # the last table with rows so far, and its last piece
    for pi, part in enumerate(parts):
        if isinstance(part, str):
            index += part.count("<table")
            continue
        splits = breaks.rows.get(pi, set())
        starts = [0] + sorted(i for i in splits if 0 < i < len(part.rows))
        chunks = frames[index:index + len(starts)]
        index += len(starts)
        heads = len(part.header)
        if not part.rows or not chunks:
            continue
        title_block = doc.findBlock(max(0, chunks[0].firstPosition() - 2)) if part.title else None
        if part.keep and pi not in breaks.loose:
            if not _kept(doc, part, chunks, title_block, above, page_h):
                return ("keep", pi, above[0] if above else -1)
            above = (pi, chunks[-1])
            continue
        if title_block is not None and pi not in breaks.titles:
            first_row = _Rows(doc, chunks[0]).top(heads)
            if int(layout.blockBoundingRect(title_block).top() // page_h) != int(first_row // page_h):
                return ("title", pi, 0)
        for table, start in zip(chunks, starts):
            row = _straddling(_Rows(doc, table), heads, table.rows(), page_h)
            if row is not None:
                split = part.group_start(start + row - heads)
                if split > start:
                    return ("row", pi, split)
        above = (pi, chunks[-1])
    return None


def _kept(doc: QTextDocument, part: Table, chunks: list[QTextTable], title_block, above, page_h: float) -> bool:
    """Is the keep table whole on one page, and on the page of the last row of the table above?"""
    rows = _Rows(doc, chunks[-1])
    top = (doc.documentLayout().blockBoundingRect(title_block).top() if title_block is not None
           else _Rows(doc, chunks[0]).top(len(part.header)))
    page = int(top // page_h)
    if len(chunks) > 1 or int((rows.bottom(chunks[-1].rows() - 1) - 0.5) // page_h) != page:
        return False
    if above is None:
        return True
    last = _Rows(doc, above[1])
    return int((last.bottom(above[1].rows() - 1) - 0.5) // page_h) == page


def _next_tail(parts: list, breaks: Breaks, keep: int, above: int) -> None:
    """Move the next fewer rows of the table above to a new page with the keep table; at the end, let go."""
    old = breaks.cuts.pop(keep, None)
    if old is not None:  # undo the last try, and the splits found inside its moved rows
        table, cut = old
        breaks.rows[table] = {r for r in breaks.rows.get(table, set()) if r < cut}
    tried = breaks.tails.get(keep, 0)
    while above >= 0 and tried < len(KEEP_TAILS):
        table = parts[above]
        cut = table.group_start(len(table.rows) - KEEP_TAILS[tried])
        tried += 1
        if cut > 0 and (old is None or cut > old[1]):
            breaks.rows[above] = {r for r in breaks.rows.get(above, set()) if r < cut} | {cut}
            breaks.cuts[keep] = (above, cut)
            breaks.tails[keep] = tried
            return
    breaks.tails[keep] = tried
    breaks.loose.add(keep)  # from now on an ordinary table: its heading with its first row, rows whole
    if above < 0 and parts[keep].title:
        breaks.titles.add(keep)  # nothing above to stay with: a new page keeps it whole at least


def _straddling(rows: _Rows, first: int, end: int, page_h: float) -> int | None:
    """The first data row (index in the QTextTable) whose content crosses a page boundary."""
    if end <= first:
        return None
    top_page = int(rows.top(first) // page_h)
    bottom_page = int((rows.bottom(end - 1) - 0.5) // page_h)
    for page in range(top_page + 1, bottom_page + 1):
        boundary = page * page_h
        lo, hi = first, end - 1  # last row whose top lies above the boundary
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if rows.top(mid) < boundary:
                lo = mid
            else:
                hi = mid - 1
        if lo > first and rows.top(lo) < boundary < rows.bottom(lo) - 0.5:
            return lo
    return None
