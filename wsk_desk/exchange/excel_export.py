"""What the national organizer receives as Excel: medal list, results workbook, team standings.

Every workbook is written in openpyxl's write-only mode (rows streamed, not
kept as cell objects) inside `output_workbook`, which saves it through a
temporary file and, when a disk fails, leaves nothing behind but one sentence.
Figures are the ones printed: raw marks rounded half up to 2 decimals, whole
scale points.
Every competency with a marking scheme is included, its status (final,
provisional, marking in progress) in a column and on the "About" sheet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

from ..domain.display import float2
from ..storage.audit import last_hash
from .excel_styles import (RAW_FORMAT, SCALE_FORMAT, Column, SheetNames, check_lang, fit_widths, header, word,
                           write_table)
from .national_sheets import best_sheet, pending_sheet
from .national_sheets import say as national_word
from .results_view import medal_lines, medal_totals, shown_results, standings_tables
from .xlsx_output import check_target, output_workbook


@dataclass(frozen=True)
class Written:
    """What an export wrote, for the command's one-line report."""

    path: Path
    sheets: list[str]
    rows: int


def _raw(value) -> float | None:
    return None if value is None else float2(value)


def export_medal_list(champ, path: str | Path, codes: list[str] | None = None, lang: str = "ru") -> Written:
    """domain.md §5: one row per competitor result; team members each get a row and share the position."""
    check_lang(lang)
    path = check_target(path)
    lines = medal_lines(champ, codes, lang)
    columns = [Column(header(k, lang), w) for k, w in (
        ("position", 8), ("region_code", 8), ("region", 20), ("competency_code", 10), ("competency", 28),
        ("medal", 12), ("surname", 16), ("given_name", 14), ("patronymic", 16))]
    columns += [Column(header("raw", lang), 9, RAW_FORMAT), Column(header("scale", lang), 8, SCALE_FORMAT),
                Column(header("status", lang), 14)]
    rows = [[ln.position, ln.region, ln.region_name, ln.competency, ln.competency_name, ln.medal,
             ln.surname, ln.given_name, ln.patronymic or None, _raw(ln.raw), ln.scale, word(ln.status, lang)]
            for ln in lines]
    fit_widths(columns, rows)
    names = SheetNames()
    sheets = [names(word("medal_list", lang))]
    with output_workbook(path) as wb:
        write_table(wb, sheets[0], columns, rows)
        sheets.append(_about(wb, names, champ, codes, lang))
    return Written(path, sheets, len(rows))


def export_standings(champ, path: str | Path, lang: str = "ru") -> Written:
    check_lang(lang)
    path = check_target(path)
    names = SheetNames()
    shown = shown_results(champ)
    with output_workbook(path) as wb:
        sheet, count = _standings_sheet(wb, names, champ, shown, lang)
        best = names(national_word("best", lang))
        best_sheet(wb, best, champ, shown, lang)
        about = _about(wb, names, champ, None, lang)
    return Written(path, [sheet, best, about], count)


def export_best(champ, path: str | Path, lang: str = "ru") -> Written:
    """Best of championship and best of each region (the national page's Best tab), with the About sheet."""
    check_lang(lang)
    path = check_target(path)
    names = SheetNames()
    with output_workbook(path) as wb:
        sheet = names(national_word("best", lang))
        count = best_sheet(wb, sheet, champ, shown_results(champ), lang)
        about = _about(wb, names, champ, None, lang)
    return Written(path, [sheet, about], count)


def export_pending(champ, path: str | Path, codes: list[str] | None = None, lang: str = "ru") -> Written:
    """The competencies not final yet and what each waits for (`wsk-desk pending`), with the About sheet."""
    check_lang(lang)
    path = check_target(path)
    names = SheetNames()
    with output_workbook(path) as wb:
        sheet = names(national_word("pending", lang))
        count = pending_sheet(wb, sheet, champ, codes, lang)
        about = _about(wb, names, champ, codes, lang)
    return Written(path, [sheet, about], count)


def export_results(champ, path: str | Path, codes: list[str] | None = None, lang: str = "ru") -> Written:
    """A summary sheet, the team standings, a sheet per competency (all that have a scheme), the best results
    and the competencies not yet final."""
    check_lang(lang)
    path = check_target(path)
    all_results = shown_results(champ, codes)
    names = SheetNames()
    summary_name = names(word("summary", lang))
    standings_name = names(word("standings", lang))
    sheet_of = {res.code: names(f"{res.code} {champ.competency(res.code).name(lang)}") for res in all_results}

    summary = [Column(header(k, lang), w) for k, w in (
        ("competency_code", 10), ("competency", 30), ("category", 10), ("status", 14))]
    summary += [Column(header("results", lang), 9), Column(header("median", lang), 9, RAW_FORMAT),
                Column(header("sd", lang), 9, RAW_FORMAT)]
    summary += [Column(header(k, lang), 8) for k in ("gold", "silver", "bronze", "medallions", "revision")]
    summary += [Column(header("sheet", lang), 20)]
    rows = []
    for res in all_results:
        totals = medal_totals([res])
        rows.append([res.code, champ.competency(res.code).name(lang), word(res.category, lang),
                     word(res.status, lang), len(res.counted), _raw(res.median), _raw(res.sd),
                     totals["GOLD"], totals["SILVER"], totals["BRONZE"], totals["EXCELLENCE"],
                     champ.revision(res.code), sheet_of[res.code]])
    fit_widths(summary, rows)
    count = len(rows)
    best_name = names(national_word("best", lang))
    pending_name = names(national_word("pending", lang))
    sheets = [summary_name, standings_name] + list(sheet_of.values()) + [best_name, pending_name]
    with output_workbook(path) as wb:
        write_table(wb, summary_name, summary, rows)
        count += _standings_sheet(wb, None, champ, all_results, lang, name=standings_name)[1]
        for res in all_results:
            count += _competency_sheet(wb, sheet_of[res.code], champ, res, lang)
        count += best_sheet(wb, best_name, champ, all_results, lang)
        count += pending_sheet(wb, pending_name, champ, codes, lang)
        sheets.append(_about(wb, names, champ, codes, lang))
    return Written(path, sheets, count)


def _competency_sheet(wb: Workbook, name: str, champ, res, lang: str) -> int:
    comp = champ.competency(res.code)
    scheme = champ.scheme(res.code)
    regions = {r.code: r.name(lang) for r in champ.regions()}
    people = {c.id: c for c in champ.competitors(res.code)}
    letters = [c.id for c in scheme.criteria]
    raw_mode = res.settings.ranking_mode == "raw"
    columns = [Column(header("rank", lang), 7), Column(header("id", lang), 7), Column(header("competitor", lang), 28),
               Column(header("region_code", lang), 8), Column(header("region", lang), 20)]
    columns += [Column(letter, 8, RAW_FORMAT) for letter in letters]
    columns += [Column(header("raw", lang), 9, RAW_FORMAT)]
    if not raw_mode:
        columns += [Column(header("scale", lang), 8, SCALE_FORMAT)]
    columns += [Column(header("medal", lang), 12), Column(header("why", lang), 50, wrap=True)]
    rows = []
    for row in res.rows:
        names = "; ".join(people[m].full_name for m in row.members if m in people) or row.name
        values = [row.rank, row.id, names, row.region, regions.get(row.region, row.region)]
        values += [_raw(row.criteria.get(letter)) for letter in letters]
        values += [_raw(row.raw)]
        if not raw_mode:
            values += [row.scale]
        values += [row.medal.value if row.medal else None, row.why_text(lang)]
        rows.append(values)
    fit_widths(columns, rows)
    title = f"{comp.code} · {comp.name(lang)} — {word(res.status, lang)}"
    write_table(wb, name, columns, rows, title=title)
    return len(rows)


def _standings_sheet(wb: Workbook, names: SheetNames | None, champ, shown: list, lang: str,
                     name: str | None = None) -> tuple[str, int]:
    tables = standings_tables(champ, shown)
    regions = {r.code: r.name(lang) for r in champ.regions()}
    columns = [Column(header("category", lang), 10), Column(header("rank", lang), 7),
               Column(header("region_code", lang), 8), Column(header("region", lang), 24)]
    columns += [Column(header(k, lang), 8) for k in ("gold", "silver", "bronze", "medallions", "points")]
    rows = []
    for key in ("main", "juniors"):
        for row in tables.get(key) or []:
            rows.append([word(key, lang), row.rank, row.region, regions.get(row.region, row.region), row.gold,
                         row.silver, row.bronze, row.medallion, row.points])
    fit_widths(columns, rows)
    sheet = name or names(word("standings", lang))
    write_table(wb, sheet, columns, rows)
    return sheet, len(rows)


def _about(wb: Workbook, names: SheetNames, champ, codes: list[str] | None, lang: str) -> str:
    """Where the figures come from: championship, time, audit position, what is left out."""
    shown = shown_results(champ, codes)
    seq, _ = last_hash(champ.db)
    rows = [[word("championship", lang), champ.name],
            [word("created", lang), datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")],
            [word("audit", lang), f"#{seq}"],
            [word("final", lang), ", ".join(r.code for r in shown if r.status == "final") or "—"],
            [word("provisional", lang), ", ".join(r.code for r in shown if r.status == "provisional") or "—"],
            [word("incomplete", lang), ", ".join(r.code for r in shown if r.status == "incomplete") or "—"]]
    columns = [Column("", 30), Column("", 80, wrap=True)]
    sheet = names(word("info", lang))
    ws = wb.create_sheet(sheet)
    ws.column_dimensions["A"].width = columns[0].width
    ws.column_dimensions["B"].width = columns[1].width
    for row in rows:
        ws.append(row)
    ws.close()  # finished: its temporary file is not held open
    return sheet
