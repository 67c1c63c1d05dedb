"""Best results (of the championship, of each region) and the competencies not yet final, as printed pages.

Each is a section of the team standings document and a document of its own
(`best`, `pending`), from the same lines as the workbooks and `wsk-desk best /
pending` (exchange.national_lists). A best result of a competency that is not
final says so: it can still move.
"""

from __future__ import annotations

from ..exchange.national_lists import best_lines, pending_lines
from ..exchange.results_view import not_final, shown_results
from .common import finality_text, medal_class, medal_name, translate
from .document import Section
from .html import Cell, Table, heading, para
from .numbers import format_decimal


def _status(status: str) -> str:
    return {"final": translate("Reports", "Final"), "provisional": translate("Reports", "Provisional")}.get(
        status, translate("Reports", "Marking in progress"))


def _waiting(p) -> str:
    """What a competency waits for, short: the marks count here, the forms have their own column."""
    if p.waiting == "marks":
        return translate("Reports", "{count} marks missing").format(count=p.missing)
    return {"scheme": translate("Reports", "a marking scheme"), "locks": translate("Reports", "forms to be locked")
            }.get(p.waiting, translate("Reports", "the sign-off"))


def best_sections(champ, lang: str = "ru", shown: list | None = None) -> list[Section]:
    """One section: the best of the championship, then the best of each region (ties shared, a line each)."""
    shown = shown_results(champ) if shown is None else shown
    lines = best_lines(champ, shown, lang)
    raw_mode = champ.settings().ranking_mode == "raw"
    parts: list = []
    for scope, title in (("championship", translate("Reports", "Best of championship")),
                         ("region", translate("Reports", "Best of region"))):
        table = Table(title=title, padding=2)
        # a share for every column: Qt squeezes a share column that has plain columns after it
        head = [Cell(translate("Reports", "Region"), width="21%"),
                Cell(translate("Reports", "Competitor"), width="22%"),
                Cell(translate("Reports", "Competency"), width="29%" if raw_mode else "23%"),
                Cell(translate("Reports", "Raw"), "num", width="7%")]
        if not raw_mode:
            head.append(Cell(translate("Reports", "Scale"), "c", width="6%"))
        table.head(head + [Cell(translate("Reports", "Medal"), width="9%"),
                           Cell(translate("Reports", "Status"), width="12%")])
        for b in (line for line in lines if line.scope == scope):
            cells = [f"{b.region} · {b.region_name}", b.names, f"{b.competency} · {b.competency_name}",
                     Cell(format_decimal(b.raw, lang), "num")]
            if not raw_mode:
                cells.append(Cell("" if b.scale is None else b.scale, "c"))
            cells += [Cell(medal_name(b.medal), medal_class(b.medal)), Cell(_status(b.status), "small")]
            table.row(cells)
        parts.append(table if table.rows else heading(title, 3) + para(translate("Reports", "No results yet."),
                                                                         "note"))
    if not_final(shown):
        parts.append(para(translate("Reports", "A best result of a competency that is not final can still "
                                    "change."), "note"))
    stamp = translate("Reports", "PROVISIONAL") if not_final(shown) else ""
    return [Section(translate("Reports", "Best results"), parts, "", finality_text(shown), stamp)]


def pending_sections(champ, lang: str = "ru", *, only_if_any: bool = False) -> list[Section]:
    """One section (meant to fit one page): each competency not final, what it waits for, and how far it is."""
    lines = pending_lines(champ, None, lang)
    if only_if_any and not lines:
        return []
    total = len(champ.competencies())
    parts: list = []
    if lines:
        parts.append(para(translate("Reports", "{count} of {total} competencies are not final: their medals can "
                                    "still move.").format(count=len(lines), total=total)))
        table = Table(padding=2)
        table.head([Cell(translate("Reports", "No."), "nw", width="4%"),
                    Cell(translate("Reports", "Competency"), width="30%"),
                    Cell(translate("Reports", "Status"), width="18%"),
                    Cell(translate("Reports", "Waiting for"), width="21%"),
                    Cell(translate("Reports", "Forms not locked"), width="27%")])
        for p in lines:  # one line each where the names allow: the list is meant to fit one page
            table.row([Cell(p.code, "nw small"), Cell(p.name, "small"), Cell(_status(p.status), "small"),
                       Cell(_waiting(p), "small"), Cell(", ".join(p.open_forms) or "—", "small")])
        parts.append(table)
    else:
        parts.append(para(translate("Reports", "All {total} competencies are final.").format(total=total)))
    stamp = translate("Reports", "PROVISIONAL") if lines else ""
    revision = translate("Reports", "Final: {final} of {count} competencies").format(final=total - len(lines),
                                                                                     count=total)
    return [Section(translate("Reports", "Competencies not yet final"), parts, "", revision, stamp)]
