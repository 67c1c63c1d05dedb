"""Reading marks in long format (CSV or xlsx): one row per mark, score or absence.

Only the syntax is checked here: required columns, numbers, ABS, aspect ids that
belong to their form, duplicates. The rules (range, 0-3, compatriot, locked forms)
need the scheme and the people, so storage checks them and reports through
`MarkRow.error()`, which names the file, sheet, row and column found here.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..domain.errors import InputError
from ..domain.ids import fold
from .messages import Message, heading, headings, problem
from .workbook import (OLE_MAGIC, ZIP_MAGIC, column_label, fast_value_rows, file_label, match_headers,
                       open_workbook, parse_decimal, read_bytes, sheet_rows, text)

_P = re.compile
HEADERS = {
    "competency": _P(r"competency( code| number)?|skill( number)?|компетенция|(номер|код) компетенции"
                     r"|құзыреттілік( коды| нөмірі)?"),
    "form": _P(r"(marking )?form( id)?|sub ?-?criteri(on|a|um)( id)?|подкритерий|(оценочная )?ведомость"
               r"|форма|ішкі критерий|бағалау ведомосі"),
    "aspect": _P(r"aspect( id)?|аспект"),
    "competitor": _P(r"competitor( id)?|entrant|конкурсант|участник|қатысушы"),
    "judge": _P(r"judge( id)?|expert( id)?|эксперт|судья|сарапшы|төреші"),
    "value": _P(r"value|mark|score|оценка|балл|значение|баға|мән|ұпай"),
}
REQUIRED = ("competency", "form", "competitor", "value")
ABSENT_WORDS = {"ABS", "ABSENT", "Н/Я", "НЕЯВКА", "ОТСУТСТВУЕТ", "КЕЛМЕДІ"}
_SIMPLE_NUMBER = _P(r"-?\d{1,12}([.,]\d{1,12})?")
_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True, slots=True)
class MarkRow:
    """One mark as written in the file. `value` is None when the row says ABS."""

    row: int
    competency: str
    form: str
    aspect: str
    competitor: str
    judge: str
    value: Decimal | None
    file: str = ""
    sheet: str = ""
    raw_value: str = ""
    columns: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def absent(self) -> bool:
        return self.value is None

    def error(self, reason: str | Message, column: str = "") -> InputError:
        """An InputError at this row; `column` is a field name such as "value" or "judge"."""
        return InputError(reason, file=self.file, sheet=self.sheet, row=self.row,
                          column=self.columns.get(column) or (heading(column) if column else ""))


def _one_line(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split()) if value else ""
    return " ".join(text(value).split())


class _Rows:
    """Turns raw rows (after the header) into MarkRows, with located syntax errors."""

    def __init__(self, file: str, sheet: str, header: tuple[Any, ...], header_row: int,
                 cols: dict[str, int], letters: bool):
        self.file, self.sheet, self.cols = file, sheet, cols
        self.labels = {f: column_label(i, header[i]) if letters else _one_line(header[i]) or f
                       for f, i in cols.items()}
        self.seen: dict[tuple[str, ...], int] = {}
        self.out: list[MarkRow] = []
        for fld in REQUIRED:
            if fld not in cols:
                raise InputError(Message("column_missing_needed", column=heading(fld), names=headings(HEADERS)),
                                 file=file, sheet=sheet, row=header_row)

    def fail(self, reason: Message, row: int, fld: str) -> InputError:
        return InputError(reason, file=self.file, sheet=self.sheet, row=row,
                          column=self.labels.get(fld) or heading(fld))

    def add(self, row: int, values: tuple[Any, ...] | list[str]) -> None:
        n = len(values)
        got = {f: _one_line(values[i]) if i < n else "" for f, i in self.cols.items()}
        if not any(got.values()):
            return
        for fld in ("competency", "form", "competitor"):
            if not got[fld]:
                raise self.fail(Message("field_empty", field=heading(fld)), row, fld)
        raw = values[self.cols["value"]] if self.cols["value"] < n else None
        shown = got["value"]
        aspect, form = got.get("aspect", ""), got["form"]
        value: Decimal | None
        if shown.upper() in ABSENT_WORDS:
            value = None
        else:
            value = self.number(raw, shown, row)
            if not aspect:
                raise self.fail(Message("aspect_empty"), row, "aspect")
        if aspect.isdigit():  # "3" in the aspect column means aspect 3 of the form
            aspect = f"{form}.{int(aspect)}"
        if aspect:
            key, prefix = fold(aspect), fold(form) + "."
            if not (key.startswith(prefix) and key[len(prefix):].isdigit()):
                raise self.fail(Message("not_aspect_of_form", aspect=aspect, form=form), row, "aspect")
            head, _, number = aspect.rpartition(".")
            aspect = f"{head}.{int(number)}"  # "A1.03" -> "A1.3"
        judge = got.get("judge", "")
        dup = (fold(got["competency"]), fold(aspect or form), fold(got["competitor"]), fold(judge))
        if dup in self.seen:
            raise self.fail(Message("mark_twice", row=self.seen[dup]), row, "value")
        self.seen[dup] = row
        self.out.append(MarkRow(row, got["competency"], form, aspect, got["competitor"], judge, value,
                                self.file, self.sheet, shown, self.labels))

    def number(self, raw: Any, shown: str, row: int) -> Decimal:
        if isinstance(raw, str) and _SIMPLE_NUMBER.fullmatch(shown):  # the fast path for CSV
            return Decimal(shown.replace(",", "."))
        if not shown:
            raise self.fail(Message("value_empty"), row, "value")
        try:
            return parse_decimal(raw)
        except ValueError as exc:
            raise self.fail(Message("bad_value", problem=problem(exc)), row, "value") from None


def _find_header(rows: Iterator[tuple[int, Any]], file: str, sheet: str,
                 letters: bool) -> _Rows | None:
    """Consume rows up to the header (within the first 20 non-empty rows)."""
    seen = 0
    for row, values in rows:
        if not any(v not in (None, "") for v in values):
            continue
        found = match_headers(tuple(values), HEADERS)
        if len(found) >= 3:
            return _Rows(file, sheet, tuple(values), row, found, letters)
        seen += 1
        if seen >= 20:
            break
    return None


def _no_header(file: str, sheet: str = "") -> InputError:
    return InputError(Message("no_header", names=headings(HEADERS)), file=file, sheet=sheet)


def _csv_rows(data: bytes, file: str) -> Iterable[tuple[int, list[str]]]:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(Message("not_utf8"), file=file, row=line) from None
    if "\x00" in content:
        raise InputError(Message("binary_csv"), file=file)
    first = next((line for line in content.splitlines() if line.strip()), "")
    delimiter = max(_DELIMITERS, key=first.count) if first else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            yield reader.line_num, values
    except csv.Error as exc:
        raise InputError(Message("bad_csv", error=str(exc)), file=file, row=reader.line_num + 1) from None


def read_marks(path: str | Path) -> list[MarkRow]:
    """Read a marks file (CSV: UTF-8, ',' or ';'; or xlsx) into rows that keep their row numbers."""
    name = file_label(path)
    data = read_bytes(path)
    is_xlsx = data.startswith((ZIP_MAGIC, OLE_MAGIC)) or Path(path).suffix.lower() in (".xlsx", ".xlsm")
    if not is_xlsx:
        if not data.strip():
            raise InputError(Message("file_empty"), file=name)
        rows = iter(_csv_rows(data, name))
        parser = _find_header(rows, name, "", letters=False)
        if parser is None:
            raise _no_header(name)
        for row, values in rows:
            parser.add(row, values)
        return parser.out
    try:
        sheets = fast_value_rows(data)
    except Exception:  # unusual or damaged: openpyxl reads it, or explains what is wrong
        sheets = None
    if sheets is not None:
        for title, sheet in sheets:
            remaining = iter(sheet)
            parser = _find_header(remaining, name, title, letters=True)
            if parser is not None:
                for row, values in remaining:
                    parser.add(row, values)
                return parser.out
        raise _no_header(name, sheets[0][0] if sheets else "")
    with open_workbook(path, read_only=True) as wb:
        for ws in wb.worksheets:
            rows = sheet_rows(ws, name)
            parser = _find_header(rows, name, ws.title, letters=True)
            if parser is None:
                continue
            for row, values in rows:
                parser.add(row, values)
            return parser.out
        raise _no_header(name, wb.worksheets[0].title if wb.worksheets else "")

