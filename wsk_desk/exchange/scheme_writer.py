"""Writing a marking scheme in the CIS import template layout.

The layout is the one Chief Experts already know (header repeated above each
criterion, judgement descriptors on their own rows, extra description lines as
continuation rows), plus two things the template lacks and a round trip needs:
a "Marking Day" column and the criterion's name and total to the right, where real
files put "Criterion A / Total Mark". `read_marking_scheme` reads it back identically.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.errors import InputError
from ..domain.scheme import Aspect, Criterion, MarkingScheme
from .messages import Message
from .workbook import file_label

SHEET_TITLE = "CIS Marking Scheme Import"
HEADER = (
    "Sub\nCriteria\nID",
    "Sub Criteria\n\nName or Description",
    "Aspect\nType\nM = Meas\nS = Sub\nJ = Judg",
    "Aspect - Description",
    "Judg Score",
    "Extra Aspect Description (Obj or Subj)\nOR\nJudgement Score Description (Judg only)",
    "Requirement\nor Nominal\nSize (Obj Only)",
    "WSSS Section",
    "Max\nMark",
    "Marking\nDay",
)
WIDTHS = (9, 30, 8, 50, 7, 50, 16, 9, 8, 9, 3, 11, 8, 8, 12, 40)
BLOCK_COL = 12  # L: "Criterion A | Total Mark | total | Criterion Name | name"
_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_WRAP = Alignment(wrap_text=True, vertical="top")


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    """Write a value; text that starts with '=' stays text, never a formula."""
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    elif isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value == "":
            return
    c = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        c.data_type = "s"
        if "\n" in value:
            c.alignment = _WRAP


def _header(ws: Worksheet, row: int) -> None:
    for col, title in enumerate(HEADER, start=1):
        _put(ws, row, col, title)
        c = ws.cell(row=row, column=col)
        c.font, c.fill, c.alignment = _BOLD, _HEAD_FILL, _WRAP


def _criterion_block(ws: Worksheet, row: int, crit: Criterion) -> None:
    for offset, value in enumerate((f"Criterion\n{crit.id}", "Total\nMark", crit.max_mark,
                                    "Criterion\nName", crit.name)):
        _put(ws, row, BLOCK_COL + offset, value)


def _aspect(ws: Worksheet, row: int, aspect: Aspect) -> int:
    """Write one aspect and its continuation and descriptor rows; return the next free row."""
    extra_lines = aspect.extra.split("\n") if aspect.extra else []
    _put(ws, row, 3, aspect.type.value)
    _put(ws, row, 4, aspect.description)
    _put(ws, row, 6, extra_lines[0] if extra_lines else "")
    _put(ws, row, 7, aspect.requirement)
    _put(ws, row, 8, aspect.wsss_section)
    _put(ws, row, 9, aspect.max_mark)
    row += 1
    for line in extra_lines[1:]:
        _put(ws, row, 6, line)
        row += 1
    for score, description in sorted(aspect.descriptors.items()):
        _put(ws, row, 5, score)
        _put(ws, row, 6, description)
        row += 1
    return row


def write_marking_scheme(scheme: MarkingScheme, path: str | Path, title: str = "") -> None:
    """Write `scheme` to `path` (xlsx) in the CIS template layout; `title` names the competency."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    if title:
        _put(ws, 1, 1, "Competency name")
        _put(ws, 1, 2, title)
        ws.cell(row=1, column=1).font = _BOLD
    row = 2
    for index, crit in enumerate(scheme.criteria):
        if index:
            row += 1  # a blank row, then the header again, as in real files
        _header(ws, row)
        row += 1
        _criterion_block(ws, row, crit)
        if not crit.subcriteria:
            row += 1
        for sub in crit.subcriteria:
            _put(ws, row, 1, sub.id)
            _put(ws, row, 2, sub.name)
            _put(ws, row, 10, sub.day)
            row += 1
            for aspect in sub.aspects:
                row = _aspect(ws, row, aspect)
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = width
    ws.freeze_panes = "A3"
    try:
        wb.save(path)
    except OSError as exc:
        raise InputError(Message("cannot_write", why=exc.strerror or str(exc)),
                         file=file_label(path)) from None
