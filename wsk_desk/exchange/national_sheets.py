"""The "Best results" and "Not yet final" sheets of the organizer's workbooks.

Written by excel_export (standings and results workbooks, and the national
page's own Best / Not-yet-final exports) with the same styled write-only
tables as every other sheet. Lines come from national_lists, so the sheets
say what `wsk-desk best` and `wsk-desk pending` say.
"""

from __future__ import annotations

from openpyxl import Workbook

from ..domain.display import float2
from .excel_styles import RAW_FORMAT, SCALE_FORMAT, Column, fit_widths, header, word, write_table
from .national_lists import best_lines, pending_lines

WORDS: dict[str, dict[str, str]] = {
    "best": {"ru": "Лучшие результаты", "kk": "Үздік нәтижелер", "en": "Best results"},
    "pending": {"ru": "Ещё не окончательные", "kk": "Әлі түпкілікті емес", "en": "Not yet final"},
    "scope": {"ru": "Лучший результат", "kk": "Үздік нәтиже", "en": "Best of"},
    "championship": {"ru": "чемпионата", "kk": "чемпионат бойынша", "en": "championship"},
    "region": {"ru": "региона", "kk": "өңір бойынша", "en": "region"},
    "waiting": {"ru": "Ожидает", "kk": "Күтуде", "en": "Waiting for"},
    "missing": {"ru": "Нет оценок", "kk": "Бағалар жоқ", "en": "Marks missing"},
    "open_forms": {"ru": "Не закрытые ведомости", "kk": "Бекітілмеген ведомостар", "en": "Forms not locked"},
    "none_pending": {"ru": "Все компетенции ({n}) окончательные.", "kk": "Барлық құзыреттілік ({n}) түпкілікті.",
                     "en": "All {n} competencies are final."},
    "some_pending": {"ru": "Не окончательные компетенции: {k} из {n}; их медали ещё могут измениться.",
                     "kk": "Түпкілікті емес құзыреттіліктер: {k} (барлығы {n}); олардың медальдары әлі "
                           "өзгеруі мүмкін.",
                     "en": "{k} of {n} competencies are not final: their medals can still move."},
    "best_title": {"ru": "Лучший результат чемпионата и лучшие результаты регионов (ничьи делятся)",
                   "kk": "Чемпионаттың және өңірлердің үздік нәтижелері (тең нәтижелер бөлінеді)",
                   "en": "Best of championship and best of each region (ties shared)"},
}


def say(key: str, lang: str, **params: object) -> str:
    words = WORDS[key]
    return (words.get(lang) or words["en"]).format(**params)


def best_sheet(wb: Workbook, name: str, champ, shown: list, lang: str) -> int:
    """Best of championship, then best of region by region: one line per result, ties each a line."""
    raw_mode = champ.settings().ranking_mode == "raw"
    columns = [Column(say("scope", lang), 12), Column(header("region_code", lang), 8),
               Column(header("region", lang), 20), Column(header("competency_code", lang), 10),
               Column(header("competency", lang), 28), Column(header("category", lang), 10),
               Column(header("id", lang), 7), Column(header("competitor", lang), 28),
               Column(header("raw", lang), 9, RAW_FORMAT)]
    if not raw_mode:
        columns.append(Column(header("scale", lang), 8, SCALE_FORMAT))
    columns += [Column(header("medal", lang), 12), Column(header("status", lang), 14)]
    rows = []
    for b in best_lines(champ, shown, lang):
        values = [say(b.scope, lang), b.region, b.region_name, b.competency, b.competency_name,
                  word(b.category, lang), b.entrant, b.names, float2(b.raw)]
        if not raw_mode:
            values.append(b.scale)
        values += [b.medal, word(b.status, lang)]
        rows.append(values)
    fit_widths(columns, rows)
    write_table(wb, name, columns, rows, title=say("best_title", lang))
    return len(rows)


def pending_sheet(wb: Workbook, name: str, champ, codes: list[str] | None, lang: str) -> int:
    """The competencies not final yet and what each waits for; its title says how many of how many."""
    lines = pending_lines(champ, codes, lang)
    total = len(codes) if codes is not None else len(champ.competencies())
    columns = [Column(header("competency_code", lang), 10), Column(header("competency", lang), 30),
               Column(header("category", lang), 10), Column(header("status", lang), 14),
               Column(say("waiting", lang), 30), Column(say("missing", lang), 10),
               Column(say("open_forms", lang), 20)]
    rows = [[p.code, p.name, word(p.category, lang), word(p.status, lang), p.why(lang), p.missing,
             ", ".join(p.open_forms) or None] for p in lines]
    fit_widths(columns, rows)
    title = say("some_pending", lang, k=len(lines), n=total) if lines else say("none_pending", lang, n=total)
    write_table(wb, name, columns, rows, title=title)
    return len(rows)
