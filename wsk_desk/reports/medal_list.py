"""The championship's medal list, by competency: who receives which medal or medallion.

Team members each get a line and share the team's position. A competency
whose results are not final says so in its heading (PROVISIONAL, or marking
in progress), and the page header carries PROVISIONAL while any is not final.
"""

from __future__ import annotations

from ..exchange.results_view import medal_lines, medal_totals, not_final, shown_results
from .common import finality_text, medal_class, medal_name, status_note, translate
from .document import Section
from .html import Cell, Table, heading, para
from .numbers import format_decimal


def medal_list_sections(champ, codes: list[str], lang: str = "ru") -> list[Section]:
    shown = shown_results(champ, codes)
    lines = medal_lines(champ, [r.code for r in shown], lang, awarded_only=True)
    by_code: dict[str, list] = {}
    for line in lines:
        by_code.setdefault(line.competency, []).append(line)
    totals = medal_totals(shown)
    parts: list = [para(translate("Reports", "Gold {g} · Silver {s} · Bronze {b} · Medallions for Excellence {m} "
                            "(a team counts once)").format(g=totals["GOLD"], s=totals["SILVER"],
                                                           b=totals["BRONZE"], m=totals["EXCELLENCE"]))]
    raw_mode = champ.settings().ranking_mode == "raw"
    for res in shown:
        comp = champ.competency(res.code)
        title = f"{comp.code} · {comp.name(lang)}"
        if res.status != "final":
            title += " — " + status_note(res.status)
        rows = by_code.get(res.code, [])
        if not rows:
            parts.append(heading(title, 3))
            parts.append(para(translate("Reports", "No medals or medallions awarded."), "note"))
            continue
        table = Table(title=title)
        head = [Cell(translate("Reports", "Position"), "c"), translate("Reports", "Medal"),
                translate("Reports", "Competitor"), translate("Reports", "Region"), Cell(translate("Reports", "Raw"),
                                                                                         "num")]
        if not raw_mode:
            head.append(Cell(translate("Reports", "Scale"), "c"))
        table.head(head)
        for line in rows:
            name = " ".join(p for p in (line.surname, line.given_name, line.patronymic) if p)
            cells = [Cell(line.position, "c"), Cell(medal_name(line.medal), medal_class(line.medal)), name,
                     f"{line.region} · {line.region_name}", Cell(format_decimal(line.raw, lang), "num")]
            if not raw_mode:
                cells.append(Cell(line.scale, "c"))
            table.row(cells)
        parts.append(table)
    stamp = translate("Reports", "PROVISIONAL") if not_final(shown) else ""
    subject = ""
    if len(codes) == 1:
        comp = champ.competency(codes[0])
        subject = f"{comp.code} · {comp.name(lang)}"
    return [Section(translate("Reports", "Medal list"), parts, subject, finality_text(shown),
                    stamp)]
