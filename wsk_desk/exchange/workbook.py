"""Opening xlsx files safely and reading cells the way people actually fill them.

Real files arrive renamed, encrypted, half-downloaded or as old .xls; every such case
must end in an `InputError` that names the file, never in a traceback. Cell values
come as None, "", " 2,5 ", 2.0 or "Max\\nMark"; the helpers here turn them into clean
text, numbers and header keys so the readers can find columns by their text.
"""

from __future__ import annotations

import io
import math
import posixpath
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterator, Pattern

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..domain.errors import InputError
from .messages import Message

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and encrypted (password) xlsx
ZIP_MAGIC = b"PK\x03\x04"
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_NUMBER = Decimal(10) ** 15  # beyond this a "number" in a scoring file is a typo or junk
_NUMBER_RE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\r": "\n"})


def file_label(path: str | Path) -> str:
    """How a file is named in messages: its name, which the user recognises."""
    return Path(path).name or str(path)


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or an InputError for a missing, unreadable or oversized file."""
    p, name = Path(path), file_label(path)
    if not p.exists():
        raise InputError(Message("file_not_found"), file=name)
    if p.is_dir():
        raise InputError(Message("is_folder"), file=name)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise InputError(Message("too_big", mb=MAX_FILE_BYTES // 2**20), file=name)
        return p.read_bytes()
    except OSError as exc:
        raise InputError(Message("unreadable", why=exc.strerror or str(exc)), file=name) from None


def _refuse_non_xlsx(data: bytes, name: str) -> None:
    """Explain in one sentence why bytes are not an xlsx workbook."""
    if not data:
        raise InputError(Message("empty_bytes"), file=name)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise InputError(Message("password"), file=name)
        raise InputError(Message("old_xls"), file=name)
    if not data.startswith(ZIP_MAGIC):
        head = data[:200].lstrip().lower()
        kind = "kind_html" if head.startswith((b"<!doctype", b"<html")) else \
            "kind_pdf" if head.startswith(b"%pdf") else "kind_other"
        raise InputError(Message("not_xlsx", kind=Message(kind)), file=name)


@contextmanager
def quiet() -> Iterator[None]:
    """Silence openpyxl's warnings about extensions and validations it drops (harmless here)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


@contextmanager
def open_workbook(path: str | Path, *, read_only: bool = False) -> Iterator[Workbook]:
    """Open an xlsx by content, not by extension, with cached formula values; always closed after."""
    name = file_label(path)
    data = read_bytes(path)
    _refuse_non_xlsx(data, name)
    with quiet():
        try:
            wb = load_workbook(io.BytesIO(data), read_only=read_only, data_only=True)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
            raise InputError(Message("bad_zip"), file=name) from None
        except Exception as exc:  # openpyxl raises KeyError, ValueError, XML errors... on junk
            raise InputError(Message("bad_xlsx", error=type(exc).__name__), file=name) from None
        try:
            yield wb
        finally:
            wb.close()


def sheet_rows(ws: Worksheet, name: str = "") -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) for every row, trailing empty ones included (callers skip blanks).

    Merged ranges: only the top-left cell carries the value and the rest read as empty,
    which is what a merged sub-criterion name or max mark means in these layouts.
    """
    try:
        for number, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1):
            yield number, values
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet XML surfaces only while iterating (read-only mode)
        raise InputError(Message("bad_sheet", error=type(exc).__name__), file=name,
                         sheet=ws.title) from None


def text(value: Any) -> str:
    """Clean cell text: None -> "", 2.0 -> "2", stray and odd spaces removed, line breaks kept."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time, timedelta)):
        return str(value)
    raw = str(value).translate(_INVISIBLE).replace("\r\n", "\n").translate(_SPACES)
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(value: Any) -> str:
    """Cell text on a single line: for ids, codes, types and names."""
    return " ".join(text(value).split())


def header_key(value: Any) -> str:
    """A header as a matching key: 'Max\\nMark' -> 'max mark', 'given_name' -> 'given name'."""
    key = one_line(value).casefold().replace("ё", "е").replace("_", " ")
    return " ".join(key.strip(" .:*").split())


def parse_decimal(value: Any) -> Decimal:
    """A number from a cell: 2, 2.5, '2,5', ' 1 234,5 '. Raises ValueError with a reason."""
    if isinstance(value, bool) or isinstance(value, (datetime, date, time, timedelta)):
        raise ValueError(Message("not_number", value=text(value)))
    if isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(Message("not_number", value=value))
        result = Decimal(repr(value))
    elif isinstance(value, Decimal):
        result = value
    else:
        s = "".join(text(value).split())
        if s.count(",") == 1 and "." not in s:
            s = s.replace(",", ".")
        if not _NUMBER_RE.fullmatch(s):
            shown = one_line(value)
            raise ValueError(Message("not_number", value=shown[:40]) if shown else Message("value_blank"))
        try:
            result = Decimal(s)
        except InvalidOperation:
            raise ValueError(Message("not_number", value=s[:40])) from None
    if not result.is_finite():
        raise ValueError(Message("not_number", value=text(value)))
    if abs(result) >= MAX_NUMBER:
        raise ValueError(Message("too_large_mark", value=text(value)[:40]))
    return result


def two_decimals(value: Decimal) -> Decimal:
    """A mark with at most 2 decimals, float noise removed (19.999999999999996 -> 20)."""
    q = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if abs(value - q) > Decimal("1e-9"):
        raise ValueError(Message("decimals", value=text(value)))
    return canonical(q)


def canonical(value: Decimal) -> Decimal:
    """The shortest exact form: Decimal('20.00') -> 20, Decimal('0.50') -> 0.5."""
    n = value.normalize()
    return n.quantize(Decimal(1)) if n.as_tuple().exponent > 0 else n  # type: ignore[operator]


def column_label(index: int, header: Any = "") -> str:
    """'I (Max Mark)': a column as the user sees it, letter and header text."""
    letter = get_column_letter(index + 1)
    shown = one_line(header)
    return f"{letter} ({shown})" if shown else letter


def match_headers(values: tuple[Any, ...], patterns: dict[str, Pattern[str]]) -> dict[str, int]:
    """Map field -> column index for the cells of a row whose header text matches a pattern.

    The first matching column wins, so a later "Max Mark 2" or a duplicate never
    replaces the real column; unknown headers are ignored.
    """
    found: dict[str, int] = {}
    for idx, value in enumerate(values):
        key = header_key(value)
        if not key:
            continue
        for fld, pattern in patterns.items():
            if fld not in found and pattern.fullmatch(key):
                found[fld] = idx
                break
    return found


def cell(values: tuple[Any, ...], idx: int | None) -> Any:
    """The value at a column index, None when the column is absent or the row is short."""
    if idx is None or idx >= len(values):
        return None
    return values[idx]


# ---- a fast, values-only path for big flat sheets (marks) ---------------------------------
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_STRICT_REL_NS = "{http://purl.oclc.org/ooxml/officeDocument/relationships}id"


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _column_index(ref: str) -> int:
    n = 0
    for ch in ref:
        o = ord(ch)
        if 65 <= o <= 90:
            n = n * 26 + o - 64
        elif 97 <= o <= 122:
            n = n * 26 + o - 96
        else:
            break
    return n - 1


def _cell_value(c: ET.Element, shared: list[str]) -> Any:
    kind = c.get("t", "n")
    if kind == "inlineStr":
        return "".join(x.text or "" for x in c.iter() if _local(x.tag) == "t")
    raw = next((x.text for x in c if _local(x.tag) == "v"), None)
    if raw is None:
        return None
    if kind == "s":
        return shared[int(raw)]
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind in ("str", "e", "d"):
        return raw
    return float(raw) if any(ch in raw for ch in ".eEnN") else int(raw)


def fast_value_rows(data: bytes) -> list[tuple[str, list[tuple[int, tuple[Any, ...]]]]]:
    """Every sheet's (title, [(row number, values)]) straight from the XML, values only.

    openpyxl's read-only mode spends ~90 µs per cell on objects we throw away; a marks
    file of 50,000 rows must parse in about a second. Dates stay serial numbers and
    styles are ignored, which is right for marks. Raises on anything unusual; callers
    then fall back to `open_workbook`, which explains the problem properly.
    """
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())
    rels = {el.get("Id"): el.get("Target", "") for el in ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))}
    shared: list[str] = []
    if "xl/sharedStrings.xml" in names:
        for si in ET.fromstring(zf.read("xl/sharedStrings.xml")):  # <t>, or rich-text runs <r><t>
            parts = [x if _local(x.tag) == "t" else next((t for t in x if _local(t.tag) == "t"), None)
                     for x in si if _local(x.tag) in ("t", "r")]  # phonetic <rPh> runs are left out
            shared.append("".join(t.text or "" for t in parts if t is not None))
    out = []
    for sheet in ET.fromstring(zf.read("xl/workbook.xml")).iter():
        if _local(sheet.tag) != "sheet":
            continue
        target = rels[sheet.get(_REL_NS) or sheet.get(_STRICT_REL_NS)]
        member = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
        rows: list[tuple[int, tuple[Any, ...]]] = []
        with zf.open(member) as stream:
            for _, el in ET.iterparse(stream, events=("end",)):
                if _local(el.tag) != "row":
                    continue
                values: list[Any] = []
                for c in el:
                    ref = c.get("r")
                    idx = _column_index(ref) if ref else len(values)
                    if idx >= len(values):
                        values.extend([None] * (idx - len(values) + 1))
                    values[idx] = _cell_value(c, shared)
                rows.append((int(el.get("r") or (rows[-1][0] + 1 if rows else 1)), tuple(values)))
                el.clear()
        out.append((sheet.get("name", ""), rows))
    return out
