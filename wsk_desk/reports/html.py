"""Small HTML builders for QTextDocument, escaping every piece of user text.

Names, aspect descriptions and reasons come from imported files and people's
typing: one stray `<` must never swallow half a results sheet, so text goes
through `esc()` and markup is only ever produced here.
"""

from __future__ import annotations

import html as _html
from dataclasses import dataclass, field
from typing import Iterable, Sequence

# QTextDocument understands a subset of CSS 2.1; these rules stay within it.
STYLE = """
body { font-family: '%(family)s'; }
table.grid { border-collapse: collapse; margin-top: 4px; }
table.grid th { background-color: #e6e6e6; font-weight: bold; border: 1px solid #000; }
table.grid td { border: 1px solid #000; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.c, th.c { text-align: center; white-space: nowrap; }
td.nw, th.nw { white-space: nowrap; }
td.empty { background-color: #f2f2f2; }
td.sub { color: #555555; font-size: small; }
td.small { font-size: small; }
tr.total td { font-weight: bold; }
p.note { font-size: small; color: #333333; margin-top: 2px; margin-bottom: 2px; }
h2 { font-size: large; margin-top: 8px; margin-bottom: 4px; }
h3 { margin-top: 10px; margin-bottom: 2px; }
p.stamp { color: #b00000; font-weight: bold; }
.gold { background-color: #f6e27a; }
.silver { background-color: #dcdcdc; }
.bronze { background-color: #e8b888; }
.excellence { background-color: #cfe8cf; }
"""


def esc(text: object) -> str:
    """Text as HTML; None is empty."""
    return "" if text is None else _html.escape(str(text), quote=True)


def lines(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return "<br/>".join(esc(part) for part in str(text).splitlines())


@dataclass
class Cell:
    """One cell: `text` is escaped, `html` is trusted markup from this module."""

    text: object = ""
    cls: str = ""
    colspan: int = 1
    rowspan: int = 1
    html: str | None = None
    width: str = ""  # e.g. "30%" or "40" (device-independent px)

    def render(self, tag: str) -> str:
        attrs = []
        if self.cls:
            attrs.append(f' class="{self.cls}"')
        if self.colspan > 1:
            attrs.append(f' colspan="{self.colspan}"')
        if self.rowspan > 1:
            attrs.append(f' rowspan="{self.rowspan}"')
        if self.width:
            attrs.append(f' width="{self.width}"')
        body = self.html if self.html is not None else esc(self.text)
        return f"<{tag}{''.join(attrs)}>{body}</{tag}>"


def _cell(value: object) -> Cell:
    return value if isinstance(value, Cell) else Cell("" if value is None else value)


@dataclass
class Table:
    """A grid table whose header rows repeat on every page (QTextDocument honours <thead>).

    The page painter keeps rows whole: where a row would straddle two pages the table
    is split before it (`render(splits=...)`), the header repeated; rows added with
    `join=True` stay with the row above (a judgement aspect's judges). A `title` is a
    heading kept on the same page as the table's first row. A `keep` table (signature
    lines) is never split and never alone on a page: it shares its page with the last
    rows of the table before it, so a page of signatures cannot be swapped for another.
    """

    header: list[list[object]] = field(default_factory=list)
    rows: list[tuple[list[object], str]] = field(default_factory=list)
    width: str = "100%"
    padding: int = 3
    title: str = ""
    joined: set[int] = field(default_factory=set)  # rows that must stay with the row above
    keep: bool = False  # whole on one page, with the last rows of the table before it (signatures)

    def head(self, cells: Sequence[object]) -> "Table":
        self.header.append(list(cells))
        return self

    def row(self, cells: Sequence[object], cls: str = "", *, join: bool = False) -> "Table":
        if join and self.rows:
            self.joined.add(len(self.rows))
        self.rows.append((list(cells), cls))
        return self

    def group_start(self, index: int) -> int:
        """The first row of the group that row `index` belongs to."""
        while index > 0 and index in self.joined:
            index -= 1
        return index

    def render(self, splits: Iterable[int] = (), break_title: bool = False) -> str:
        """The title and the table, split into several tables before the rows in `splits`."""
        out = []
        if self.title:
            style = ' style="page-break-before: always;"' if break_title else ""
            out.append(f"<h3{style}>{esc(self.title)}</h3>")
        cuts = [0] + sorted(i for i in set(splits) if 0 < i < len(self.rows)) + [len(self.rows)]
        for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
            out.append(self._table(self.rows[a:b], page_break=n > 0))
        return "".join(out)

    def table_count(self, splits: Iterable[int] = ()) -> int:
        return 1 + len({i for i in splits if 0 < i < len(self.rows)})

    def _table(self, rows: list[tuple[list[object], str]], page_break: bool) -> str:
        width = f' width="{self.width}"' if self.width else ""
        style = ' style="page-break-before: always;"' if page_break else ""
        out = [f'<table class="grid" cellspacing="0" cellpadding="{self.padding}"{width}{style}>']
        if self.header:
            out.append("<thead>")
            for cells in self.header:
                out.append("<tr>" + "".join(_cell(c).render("th") for c in cells) + "</tr>")
            out.append("</thead>")
        out.append("<tbody>")
        for cells, cls in rows:
            tr = f'<tr class="{cls}">' if cls else "<tr>"
            out.append(tr + "".join(_cell(c).render("td") for c in cells) + "</tr>")
        out.append("</tbody></table>")
        return "".join(out)


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def para(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{esc(text)}</p>"


def definition_list(pairs: Iterable[tuple[str, str]], width: str = "") -> str:
    """Label: value lines as a borderless two-column table (settings, legends)."""
    w = f' width="{width}"' if width else ""
    rows = "".join(f'<tr><td class="nw">{esc(k)}:</td><td width="8"></td><td>{esc(v)}</td></tr>'
                   for k, v in pairs)
    return f'<table cellspacing="0" cellpadding="1"{w}>{rows}</table>'


def signature_lines(people: Sequence[tuple[str, str]], sign_label: str, date_label: str,
                    title: str = "") -> Table:
    """Role/name rows with room to sign by hand: (role, name) pairs, under `title`."""
    t = Table(padding=6, title=title, keep=True)
    for role, name in people:
        t.row([Cell(role, "nw"), Cell(name, width="35%"), Cell(html=f"{esc(sign_label)}:", width="30%"),
               Cell(html=f"{esc(date_label)}:", width="15%")])
    return t
