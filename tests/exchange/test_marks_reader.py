"""Marks in long format: CSV flavours and xlsx, syntax errors located, rows numbered for storage."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wsk_desk.domain.errors import InputError
from wsk_desk.exchange.marks_reader import MarkRow, read_marks

from .xlsx_builders import SAMPLES, write_xlsx

HEADER = "competency,form,aspect,competitor,judge,value"


def csv_file(tmp_path, content: str, encoding: str = "utf-8", name: str = "m.csv"):
    path = tmp_path / name
    path.write_bytes(content.encode(encoding))
    return path


def fails(path) -> InputError:
    with pytest.raises(InputError) as info:
        read_marks(path)
    assert info.value.file == path.name
    return info.value


def test_sample_csv_with_bom_semicolons_decimal_commas_and_abs():
    rows = read_marks(SAMPLES / "marks_example.csv")
    assert len(rows) == 46
    first = rows[0]
    assert (first.row, first.competency, first.form, first.aspect, first.competitor, first.judge, first.value) == \
        (2, "17", "A1", "A1.1", "P01", "", Decimal(5))
    assert rows[2].value == Decimal("2.5") and rows[2].raw_value == "2,5"
    judged = [r for r in rows if r.judge]
    assert len(judged) == 24 and {r.value for r in judged} <= {0, 1, 2, 3}
    assert any(r.aspect == "А2.2" for r in judged)  # Cyrillic form kept as written; storage folds
    absent = [r for r in rows if r.absent]
    assert [(r.row, r.form, r.aspect, r.competitor) for r in absent] == [(46, "A1", "", "P03"), (47, "A2", "", "P03")]


@pytest.mark.parametrize("content", [
    HEADER + '\n17,A1,A1.1,P01,,"2,5"\n',
    HEADER.replace(",", ";") + "\n17;A1;A1.1;P01;;2,5\n",
    HEADER.replace(",", "\t") + "\n17\tA1\tA1.1\tP01\t\t2.5\n",
    "\ufeff" + HEADER + "\r\n17,A1,A1.1,P01,, 2.5 \r\n\r\n,,,,,\n",
])
def test_csv_flavours(tmp_path, content):
    rows = read_marks(csv_file(tmp_path, content))
    assert [(r.aspect, r.value, r.row) for r in rows] == [("A1.1", Decimal("2.5"), 2)]


def test_russian_and_kazakh_headers_and_optional_judge_column(tmp_path):
    rows = read_marks(csv_file(tmp_path, "Компетенция;Ведомость;Аспект;Конкурсант;Оценка\n17;А1;А1.3;P01;1\n"))
    assert (rows[0].form, rows[0].aspect, rows[0].judge) == ("А1", "А1.3", "")
    rows = read_marks(csv_file(tmp_path, "Құзыреттілік;Ішкі критерий;Аспект;Қатысушы;Сарапшы;Баға\n"
                                         "17;A1;A1.1;P01;E03;3\n"))
    assert rows[0].judge == "E03" and rows[0].value == 3


def test_xlsx_with_preamble_numbers_and_column_letters(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"Marks": [
        ["Marks of competency 17"], [],
        ["Competitor", "Competency", "Form", "Aspect", "Judge", "Value", "Comment"],
        ["P01", 17, "A1", "A1.1", None, 2.5, "ok"],
        ["P01", 17, "A1", "A1.4", "E03", 3.0],
        [None, None, None, None, None, None],
        ["P02", "17", "A1", None, None, "ABS"],
    ]})
    rows = read_marks(path)
    assert [(r.row, r.competitor, r.competency, r.value) for r in rows] == [
        (4, "P01", "17", Decimal("2.5")), (5, "P01", "17", Decimal(3)), (7, "P02", "17", None)]
    err = rows[1].error("score 3 is out of range", "value")
    assert (err.file, err.sheet, err.row, err.column) == ("m.xlsx", "Marks", 5, "F (Value)")
    assert str(err) == "m.xlsx, sheet 'Marks', row 5, column 'F (Value)': score 3 is out of range"


def test_aspect_may_be_given_by_its_number_within_the_form(tmp_path):
    rows = read_marks(csv_file(tmp_path, HEADER + "\n17,А1,3,P01,,1\n17,A1,A1.03,P02,,1\n"))
    assert [r.aspect for r in rows] == ["А1.3", "A1.3"]


def test_mark_row_error_for_csv_names_the_header(tmp_path):
    row = read_marks(csv_file(tmp_path, HEADER + "\n17,A1,A1.1,P01,E9,2\n"))[0]
    assert isinstance(row, MarkRow)
    assert str(row.error("E9 is a compatriot of P01", "judge")) == \
        "m.csv, row 2, column 'judge': E9 is a compatriot of P01"


@pytest.mark.parametrize("body,row,column,reason", [
    ("17,A1,A1.1,P01,,abc", 2, "value", "'abc' is not a number"),
    ("17,A1,A1.1,P01,,", 2, "value", "value is empty"),
    ("17,A1,A1.1,P01,,1e999", 2, "value", "too large"),
    ("17,A1,A1.1,P01,,NaN", 2, "value", "not a number"),
    ("17,A1,A1.1,P01,,12345678901234567890", 2, "value", "too large"),
    ("17,A1,A2.1,P01,,1", 2, "aspect", "not an aspect of form 'A1'"),
    ("17,A1,A1.x,P01,,1", 2, "aspect", "not an aspect of form"),
    ("17,A1,,P01,,1", 2, "aspect", "aspect is empty"),
    (",A1,A1.1,P01,,1", 2, "competency", "competency is empty"),
    ("17,,A1.1,P01,,1", 2, "form", "form is empty"),
    ("17,A1,A1.1,,,1", 2, "competitor", "competitor is empty"),
    ("17,A1,A1.1,P01,,1\n17,A1,А1.1,P01,,2", 3, "value", "already given at row 2"),
])
def test_syntax_errors(tmp_path, body, row, column, reason):
    err = fails(csv_file(tmp_path, HEADER + "\n" + body + "\n"))
    assert (err.row, err.column) == (row, column) and reason in err.reason


def test_file_level_errors(tmp_path):
    assert "no header row" in fails(csv_file(tmp_path, "a,b,c\n1,2,3\n")).reason
    assert "column 'competitor' is missing" in fails(csv_file(tmp_path, "competency,form,aspect,value\n")).reason
    assert "not UTF-8" in fails(csv_file(tmp_path, HEADER + "\n17,A1,A1.1,Пётр,,1\n", "cp1251")).reason
    assert "empty" in fails(csv_file(tmp_path, "")).reason
    assert "binary" in fails(csv_file(tmp_path, HEADER + "\n\x00\x00\n")).reason
    assert "no header row" in fails(write_xlsx(tmp_path / "e.xlsx", {"Empty": []})).reason


def test_judge_scores_and_absences_only_rows_keep_file_order(tmp_path):
    body = "\n".join(f"17,B1,B1.{i % 3 + 1},P{i:03},E{i % 5},{i % 4}" for i in range(100))
    rows = read_marks(csv_file(tmp_path, HEADER + "\n" + body + "\n"))
    assert [r.row for r in rows] == list(range(2, 102))
