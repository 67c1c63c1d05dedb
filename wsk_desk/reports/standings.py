"""Team standings between regions (общекомандный зачёт), main category and juniors.

Points per medal, then golds, silvers, bronzes and medallions decide; regions
that are equal on all of them share the rank. Every competency with a marking
scheme counts, as in `wsk-desk standings`; those not final are listed below,
with the settings. The document goes on with the best results and, while any
competency is not final, the list of those (reports.national_lists).
"""

from __future__ import annotations

from ..exchange.results_view import not_final, shown_results, standings_tables
from .common import finality_text, region_names, translate
from .document import Section
from .html import Cell, Table, definition_list, heading, para
from .national_lists import best_sections, pending_sections
from .settings_block import settings_pairs


def standings_sections(champ, lang: str = "ru") -> list[Section]:
    shown = shown_results(champ)
    tables = standings_tables(champ, shown)
    regions = region_names(champ, lang)
    settings = champ.settings()
    parts: list = []
    titles = {"main": translate("Reports", "Main category"), "juniors": translate("Reports", "Juniors")}
    if not settings.juniors_separate:
        titles["main"] = translate("Reports", "Main category and juniors together")
    for key in ("main", "juniors"):
        rows = tables.get(key) or []
        if not rows:
            continue  # juniors counted with the main category, or none yet
        table = Table(title=titles[key])
        table.head([Cell(translate("Reports", "Rank"), "c"), translate("Reports", "Region"),
                    Cell(translate("Reports", "Gold"), "c gold"), Cell(translate("Reports", "Silver"), "c silver"),
                    Cell(translate("Reports", "Bronze"), "c bronze"),
                    Cell(translate("Reports", "Medallions"), "c excellence"), Cell(translate("Reports", "Points"), "c")])
        for row in rows:
            table.row([Cell(row.rank, "c"), f"{row.region} · {regions.get(row.region, row.region)}",
                       Cell(row.gold, "c"), Cell(row.silver, "c"), Cell(row.bronze, "c"), Cell(row.medallion, "c"),
                       Cell(row.points, "c")], "total" if row.rank == 1 else "")
        parts.append(table)
    parts.append(heading(translate("Reports", "Competencies counted"), 3))
    final = [r.code for r in shown if r.status == "final"]
    provisional = [r.code for r in shown if r.status == "provisional"]
    marking = [r.code for r in shown if r.status == "incomplete"]
    parts.append(definition_list([(translate("Reports", "Final"), ", ".join(final) or "—"),
                                  (translate("Reports", "Provisional"), ", ".join(provisional) or "—"),
                                  (translate("Reports", "Marking in progress"), ", ".join(marking) or "—")]))
    if not_final(shown):
        parts.append(para(translate("Reports", "Results that are not final may still change, and the standings "
                                    "with them."), "note"))
    parts.append(heading(translate("Reports", "Scoring settings in force"), 3))
    parts.append(definition_list(settings_pairs(settings, lang, standings=True)))
    stamp = translate("Reports", "PROVISIONAL") if not_final(shown) else ""
    return ([Section(translate("Reports", "Team standings"), parts, "", finality_text(shown), stamp)]
            + best_sections(champ, lang, shown) + pending_sections(champ, lang, only_if_any=True))

