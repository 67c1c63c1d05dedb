"""Opening files that are not what they claim, and reading cells the way people fill them."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from decimal import Decimal

import pytest

from wsk_desk.domain.errors import InputError
from wsk_desk.exchange import workbook as wbk
from wsk_desk.exchange.marks_reader import read_marks
from wsk_desk.exchange.people_reader import read_people
from wsk_desk.exchange.scheme_reader import read_marking_scheme

from .xlsx_builders import REAL_SCHEMES, SAMPLES, aspect, cis_rows, sub, write_xlsx

READERS = [read_marking_scheme, lambda p: read_people(p, set(), {}), read_marks]


def _encrypted_ole() -> bytes:
    """The shape of an Office file saved with a password: an OLE container with EncryptedPackage."""
    return wbk.OLE_MAGIC + b"\0" * 504 + "EncryptionInfo\0EncryptedPackage".encode("utf-16-le") + b"\0" * 512


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("content,reason", [
    (None, "file not found"),
    (b"", "empty"),
    (b"surname;given_name\nX;Y\n", "not an Excel .xlsx workbook (the content is text or another format)"),
    (b"<!DOCTYPE html><html><body>login</body></html>", "the content is an HTML page"),
    (b"%PDF-1.7\n...", "the content is a PDF"),
    (wbk.OLE_MAGIC + b"\0" * 1000, "old Excel 97-2003 (.xls)"),
    (_encrypted_ole(), "password-protected"),
    (wbk.ZIP_MAGIC + b"\0" * 100, "damaged"),
])
def test_files_that_are_not_xlsx(tmp_path, reader, content, reason):
    path = tmp_path / "scheme.xlsx"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as info:
        reader(path)
    assert info.value.file == "scheme.xlsx"
    assert reason in info.value.reason


def test_a_zip_that_is_not_a_workbook(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    (tmp_path / "s.xlsx").write_bytes(buf.getvalue())
    with pytest.raises(InputError, match="cannot be read as an xlsx workbook"):
        read_marking_scheme(tmp_path / "s.xlsx")


def test_truncated_xlsx(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"S": cis_rows(sub("A1"), aspect("M", "a", 100))})
    (tmp_path / "cut.xlsx").write_bytes(good.read_bytes()[:700])
    with pytest.raises(InputError) as info:
        read_marking_scheme(tmp_path / "cut.xlsx")
    assert info.value.file == "cut.xlsx"


def test_xlsx_renamed_to_another_extension_is_read_by_content(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", {"S": cis_rows(sub("A1"), aspect("M", "a", 100))})
    renamed = tmp_path / "scheme.dat"
    renamed.write_bytes(good.read_bytes())
    assert read_marking_scheme(renamed).scheme.total == 100


def test_a_folder_and_an_unreadable_file(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="folder"):
        read_marking_scheme(tmp_path)
    locked = write_xlsx(tmp_path / "locked.xlsx", {"S": [["x"]]})

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(locked), "read_bytes", refuse)
    with pytest.raises(InputError, match=r"cannot be read \(Permission denied\)"):
        read_marking_scheme(locked)


@pytest.mark.parametrize("value,expected", [
    (None, ""), ("", ""), ("   ", ""), (2.0, "2"), (2.5, "2.5"), (7, "7"), (True, "TRUE"),
    ("  a \u00a0 b  ", "a b"), ("Max\nMark", "Max\nMark"), ("a\r\n\r\n  b ", "a\nb"),
    ("\ufeffid\u200b", "id"), (datetime(2024, 5, 1), "2024-05-01"), (Decimal("2.50"), "2.5"),
])
def test_text(value, expected):
    assert wbk.text(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("Max\nMark", "max mark"), ("  Макс.\nбалл ", "макс. балл"), ("given_name", "given name"),
    ("Фамилия*", "фамилия"), ("Тип аспекта:", "тип аспекта"), ("Ёлка", "елка"),
])
def test_header_key(value, expected):
    assert wbk.header_key(value) == expected


@pytest.mark.parametrize("value,expected", [
    (2, Decimal(2)), (2.5, Decimal("2.5")), ("2,5", Decimal("2.5")), (" 3 ", Decimal(3)),
    ("1 234,5", Decimal("1234.5")), ("-0.75", Decimal("-0.75")), ("1e2", Decimal(100)),
])
def test_parse_decimal(value, expected):
    assert wbk.parse_decimal(value) == expected


@pytest.mark.parametrize("value", ["", "abc", "1,2,3", "1.2.3", float("nan"), float("inf"), True,
                                   datetime(2024, 1, 1), "1e400", 1e300, "#N/A"])
def test_parse_decimal_refuses(value):
    with pytest.raises(ValueError):
        wbk.parse_decimal(value)


def test_two_decimals():
    assert wbk.two_decimals(Decimal("19.999999999999996")) == 20
    assert str(wbk.two_decimals(Decimal("20.00"))) == "20"
    assert str(wbk.two_decimals(Decimal("0.50"))) == "0.5"
    with pytest.raises(ValueError, match="more than 2 decimals"):
        wbk.two_decimals(Decimal("0.125"))


# ---- the fast values-only path used for big marks files ------------------------------------
def _openpyxl_texts(path):
    from openpyxl import load_workbook
    with wbk.quiet():
        wb = load_workbook(path, data_only=True)
    return [(ws.title, {r: [wbk.text(v) for v in values] for r, values in
                        enumerate(ws.iter_rows(values_only=True), start=1)}) for ws in wb.worksheets]


def _trimmed(values):
    values = list(values)
    while values and values[-1] == "":
        values.pop()
    return values


@pytest.mark.parametrize("path", [
    REAL_SCHEMES / "cis-import-template_software-solutions.xlsx",
    REAL_SCHEMES / "ru-kriterii-ocenki_software-solutions.xlsx",
    SAMPLES / "scheme_cis_example.xlsx", SAMPLES / "scheme_ru_example.xlsx",
])
def test_fast_rows_agree_with_openpyxl(path):
    fast = wbk.fast_value_rows(path.read_bytes())
    slow = _openpyxl_texts(path)
    assert [t for t, _ in fast] == [t for t, _ in slow]
    for (_, rows), (_, reference) in zip(fast, slow):
        for row, values in rows:
            assert _trimmed(wbk.text(v) for v in values) == _trimmed(reference[row]), row
        assert {r for r, v in reference.items() if _trimmed(v)} <= {r for r, _ in rows}


def test_fast_rows_shared_and_rich_text_strings(tmp_path):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
        'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxml'
        'formats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
        'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship '
        'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} {rel_ns}><sheets><sheet name="Оценки" '
        'sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst {ns} count="3" uniqueCount="3"><si><t>value</t></si>'
        '<si><r><t>Оцен</t></r><r><rPr><b/></rPr><t>ка</t></r></si>'
        '<si><t>ABS</t><rPh sb="0" eb="1"><t>phonetic</t></rPh></si></sst>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet {ns}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
        '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4"><v>2.5</v></c><c r="C4" t="b"><v>1</v></c>'
        '<c r="D4" t="e"><v>#N/A</v></c><c r="E4" t="str"><f>A1</f><v>value</v></c><c r="F4"><v>7</v></c>'
        '<c r="G4"/></row></sheetData></worksheet>',
    }
    path = tmp_path / "hand.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    fast = wbk.fast_value_rows(path.read_bytes())
    assert fast == [("Оценки", [(1, ("value", None, "Оценка")),
                                (4, ("ABS", 2.5, True, "#N/A", "value", 7, None))])]
    slow = _openpyxl_texts(path)
    assert [wbk.text(v) for v in fast[0][1][1][1]] == slow[0][1][4]
