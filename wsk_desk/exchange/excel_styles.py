"""Workbook plumbing for the exports: headers in three languages, safe sheet names,
styled write-only sheets and their print set-up (saving is in xlsx_output.py).

No Qt here (the exchange layer runs headless), so the words live in a small
dict rather than in Qt's translation files.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..domain.errors import DeskError

LANGS = ("ru", "kk", "en")

HEADERS: dict[str, dict[str, str]] = {
    "position": {"ru": "Место", "kk": "Орын", "en": "Position"},
    "rank": {"ru": "Место", "kk": "Орын", "en": "Rank"},
    "region_code": {"ru": "Код региона", "kk": "Өңір коды", "en": "Region code"},
    "region": {"ru": "Регион", "kk": "Өңір", "en": "Region"},
    "competency_code": {"ru": "Номер компетенции", "kk": "Құзыреттілік нөмірі", "en": "Competency number"},
    "competency": {"ru": "Компетенция", "kk": "Құзыреттілік", "en": "Competency"},
    "medal": {"ru": "Медаль", "kk": "Медаль", "en": "Medal"},
    "surname": {"ru": "Фамилия", "kk": "Тегі", "en": "Surname"},
    "given_name": {"ru": "Имя", "kk": "Аты", "en": "Given name"},
    "patronymic": {"ru": "Отчество", "kk": "Әкесінің аты", "en": "Patronymic"},
    "raw": {"ru": "Баллы", "kk": "Балл", "en": "Raw mark"},
    "scale": {"ru": "Шкала", "kk": "Шкала", "en": "Scale score"},
    "status": {"ru": "Статус", "kk": "Мәртебесі", "en": "Status"},
    "id": {"ru": "№", "kk": "№", "en": "No."},
    "competitor": {"ru": "Конкурсант", "kk": "Конкурсант", "en": "Competitor"},
    "why": {"ru": "Пояснение", "kk": "Түсіндірме", "en": "Why"},
    "category": {"ru": "Категория", "kk": "Санат", "en": "Category"},
    "results": {"ru": "Результатов", "kk": "Нәтижелер", "en": "Results"},
    "median": {"ru": "Медиана", "kk": "Медиана", "en": "Median"},
    "sd": {"ru": "Станд. откл.", "kk": "Стандартты ауытқу", "en": "SD"},
    "gold": {"ru": "Золото", "kk": "Алтын", "en": "Gold"},
    "silver": {"ru": "Серебро", "kk": "Күміс", "en": "Silver"},
    "bronze": {"ru": "Бронза", "kk": "Қола", "en": "Bronze"},
    "medallions": {"ru": "Медальоны", "kk": "Медальондар", "en": "Medallions"},
    "points": {"ru": "Очки", "kk": "Ұпай", "en": "Points"},
    "revision": {"ru": "Редакция", "kk": "Редакция", "en": "Revision"},
    "sheet": {"ru": "Лист", "kk": "Парақ", "en": "Sheet"},
}

WORDS: dict[str, dict[str, str]] = {
    "medal_list": {"ru": "Медальный зачёт", "kk": "Медальдар тізімі", "en": "Medal list"},
    "summary": {"ru": "Сводка", "kk": "Жиынтық", "en": "Summary"},
    "standings": {"ru": "Общекомандный зачёт", "kk": "Жалпы командалық есеп", "en": "Team standings"},
    "info": {"ru": "Сведения", "kk": "Мәліметтер", "en": "About"},
    "main": {"ru": "основная", "kk": "негізгі", "en": "main"},
    "juniors": {"ru": "юниоры", "kk": "юниорлар", "en": "juniors"},
    "final": {"ru": "окончательные", "kk": "түпкілікті", "en": "final"},
    "provisional": {"ru": "предварительные", "kk": "алдын ала", "en": "provisional"},
    "incomplete": {"ru": "оценивание не завершено", "kk": "бағалау аяқталмаған", "en": "marking in progress"},
    "championship": {"ru": "Чемпионат", "kk": "Чемпионат", "en": "Championship"},
    "created": {"ru": "Сформировано", "kk": "Жасалған уақыты", "en": "Created"},
    "audit": {"ru": "Запись журнала", "kk": "Журнал жазбасы", "en": "Audit entry"},
}

FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=12)
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")
RAW_FORMAT = "0.00"
SCALE_FORMAT = "0"


def header(key: str, lang: str) -> str:
    return HEADERS[key].get(lang) or HEADERS[key]["en"]


def word(key: str, lang: str) -> str:
    return WORDS[key].get(lang) or WORDS[key]["en"]


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise DeskError(f"Unknown language {lang!r}: choose ru, kk or en.")
    return lang


class SheetNames:
    """Excel's rules: at most 31 characters, none of []:*?/\\, no edge apostrophes, unique ignoring case."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def __call__(self, wanted: str) -> str:
        base = FORBIDDEN.sub("_", " ".join(str(wanted).split())).strip("'") or "Sheet"
        name = base[:MAX_SHEET_NAME].rstrip()
        n = 2
        while name.casefold() in self._taken or name.casefold() == "history":
            suffix = f" ({n})"
            name = base[:MAX_SHEET_NAME - len(suffix)].rstrip() + suffix
            n += 1
        self._taken.add(name.casefold())
        return name


class Column:
    """One column of an exported table: header, width, number format."""

    def __init__(self, title: str, width: float = 12, number_format: str | None = None, wrap: bool = False):
        self.title, self.width, self.number_format, self.wrap = title, width, number_format, wrap


def fit_widths(columns: Sequence[Column], rows: Iterable[Sequence[Any]], cap: float = 50) -> None:
    """Widen each column to its longest value (in characters), between its minimum and `cap`."""
    for row in rows:
        for col, value in zip(columns, row):
            if value is not None and not col.wrap:
                col.width = min(cap, max(col.width, len(str(value)) + 2))
    for col in columns:
        col.width = max(col.width, min(cap, len(col.title) + 2))


def write_table(wb: Workbook, name: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]],
                title: str | None = None):
    """A write-only sheet: optional title row, bold frozen header repeated on every printed page.

    The sheet is finished (closed) when its rows are written: its temporary file
    is complete and no longer held open while the next sheets are built.
    """
    ws = wb.create_sheet(name)
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    header_row = 2 if title else 1
    # write-only sheets write their views with the first row: set everything before appending
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if rows:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(columns))}{header_row + len(rows)}"
    if title:
        cell = WriteOnlyCell(ws, title)
        cell.font = TITLE
        ws.append([cell])
    head = []
    for col in columns:
        cell = WriteOnlyCell(ws, col.title)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
        head.append(cell)
    ws.append(head)
    formats = [col.number_format for col in columns]
    wraps = [col.wrap for col in columns]
    for row in rows:
        out = []
        for value, fmt, wrap in zip(row, formats, wraps):
            if fmt is None and not wrap:
                out.append(value)
                continue
            cell = WriteOnlyCell(ws, value)
            if fmt is not None:
                cell.number_format = fmt
            if wrap:
                cell.alignment = WRAP
            out.append(cell)
        ws.append(out)
    ws.close()
    return ws
