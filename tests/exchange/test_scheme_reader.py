"""Marking-scheme reader: both templates, the quirks of domain.md §4, located errors, warnings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from wsk_desk.domain.errors import InputError
from wsk_desk.domain.scheme import AspectType
from wsk_desk.exchange.scheme_reader import read_marking_scheme

from .xlsx_builders import (CIS_HEADER, RU_HEADER, SAMPLES, aspect, cis_rows, descriptor, judgement, sub,
                            write_xlsx)

M, J = AspectType.MEASUREMENT, AspectType.JUDGEMENT


def read_rows(tmp_path, rows, title="Scheme"):
    return read_marking_scheme(write_xlsx(tmp_path / "s.xlsx", {title: rows}))


def fails(tmp_path, rows) -> InputError:
    with pytest.raises(InputError) as info:
        read_rows(tmp_path, rows)
    err = info.value
    assert err.file == "s.xlsx" and err.sheet == "Scheme"
    return err


# ---- the samples -------------------------------------------------------------------------
def test_cis_sample_covers_the_quirks():
    result = read_marking_scheme(SAMPLES / "scheme_cis_example.xlsx")
    scheme = result.scheme
    assert [s.id for s in scheme.forms()] == ["A1", "A2", "B1", "B2", "C1"]  # А2 (Cyrillic) converted
    assert scheme.total == 100 and scheme.aspect_count == 14
    assert [a.type for a in scheme.form("A1").aspects] == [M, M, M, J]  # O, Cyrillic О, Cyrillic М, J
    assert scheme.aspect("A1.2").max_mark == Decimal("2.5")  # "2,5" as text
    assert scheme.aspect("A1.3").max_mark == 3 and scheme.aspect("A1.3").description == "Шрифты подключены"
    assert scheme.aspect("A1.1").extra == "Минус 1 балл за каждое отличие\nНе более 5 отличий"
    assert scheme.aspect("A2.2").type is J and len(scheme.aspect("A2.2").descriptors) == 4  # S
    assert scheme.aspect("B2.2").requirement == "4.5:1"  # columns moved in the second block
    assert scheme.aspect("B1.1").wsss_section == "4"
    assert scheme.aspect("C1.2").max_mark == 20  # merged max cell
    assert [s.day for s in scheme.forms()] == ["C1", "C1", "", "", "C2"]
    assert result.source_name == "Веб-технологии / Web Technologies"
    assert result.warnings == [
        "row 13: sub-criterion id 'А2' is written with a cyrillic letter among latin ids; read as 'A2'",
        "type S (subjective) read as judgement (J): row 15",
    ]


def test_ru_sample_covers_the_quirks():
    result = read_marking_scheme(SAMPLES / "scheme_ru_example.xlsx")
    scheme = result.scheme
    assert [c.id for c in scheme.criteria] == ["А", "Б", "В"]
    assert [s.id for s in scheme.forms()] == ["А1", "А2", "Б1", "В1", "В2"]
    assert [c.max_mark for c in scheme.criteria] == [40, 35, 25] and scheme.total == 100
    assert scheme.aspect("Б1.2").type is J  # Latin C
    assert scheme.aspect("А2.1").type is M  # lower-case и
    assert [s.day for s in scheme.forms()] == ["C1", "C1", "C2", "C3", "C3"]
    assert result.warnings == ["row 30: criterion id 'B' is written with a latin letter among cyrillic "
                               "ids; read as 'В'"]


# ---- layouts -----------------------------------------------------------------------------
def test_columns_found_by_header_text_in_any_order_and_unknown_ones_ignored(tmp_path):
    header = ["Max Mark 2", "Competitor 1", "Max\nMark", "Aspect - Description", "Aspect Type", "notes",
              "Sub Criteria ID", "Sub Criteria Name or Description"]
    rows = [["Marking scheme of something"], header,
            [None, None, None, None, None, None, "A1", "First"],
            [99, 7, 60, "Works", "M", "x"],
            [99, 7, "40", "Looks", "O"]]
    scheme = read_rows(tmp_path, rows).scheme
    assert [(a.id, a.max_mark, a.description) for a in scheme.aspects()] == [
        ("A1.1", 60, "Works"), ("A1.2", 40, "Looks")]


def test_repeated_header_rows_may_move_columns(tmp_path):
    moved = [CIS_HEADER[8]] + CIS_HEADER[:8]
    rows = cis_rows(sub("A1"), aspect("M", "one", 50)) + [[], moved,
                                                           [None, "B1", "Second"], [25, None, None, "J", "two"]]
    rows += [[None, None, None, None, None, s, f"d{s}"] for s in range(4)]
    rows += [[25, None, None, "M", "three"]]
    scheme = read_rows(tmp_path, rows).scheme
    assert [(a.id, a.type, a.max_mark) for a in scheme.aspects()] == [
        ("A1.1", M, 50), ("B1.1", J, 25), ("B1.2", M, 25)]
    assert scheme.aspect("B1.1").descriptors == {0: "d0", 1: "d1", 2: "d2", 3: "d3"}


@pytest.mark.parametrize("raw,expected", [
    ("O", M), ("M", M), ("М", M), ("И", M), ("О", M), ("o", M), (" И ", M),
    ("J", J), ("С", J), ("C", J), ("S", J), ("s", J)])
def test_type_normalisation(tmp_path, raw, expected):
    rows = cis_rows(sub("A1"), aspect(raw, "x", 100), *[descriptor(s, "d") for s in range(4)])
    result = read_rows(tmp_path, rows)
    assert result.scheme.aspect("A1.1").type is expected
    assert any("type S" in w for w in result.warnings) == (raw.strip().upper() == "S")


def test_numbers_as_text_decimal_commas_and_float_noise(tmp_path):
    rows = cis_rows(sub("A1"), aspect("M", "a", "2,5"), aspect("M", "b", " 10 "),
                    aspect("M", "c", 0.1 + 0.2), aspect("M", "d", 87.2))
    scheme = read_rows(tmp_path, rows).scheme
    assert [a.max_mark for a in scheme.aspects()] == [Decimal("2.5"), 10, Decimal("0.3"), Decimal("87.2")]
    assert scheme.total == 100


def test_empty_strings_stray_spaces_merged_cells_and_trailing_rows(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Scheme"
    ws.append(CIS_HEADER)
    ws.append(["  A1 ", " Name  with   spaces ", "", "", "", "", "", "", ""])
    ws.merge_cells("B2:D2")
    ws.append(["", "", "M", "Aspect\u00a0one", "", "", "", "", 100])
    for _ in range(30):
        ws.append(["", "", "", "", "", "", "", "", ""])
    wb.save(tmp_path / "s.xlsx")
    scheme = read_marking_scheme(tmp_path / "s.xlsx").scheme
    form = scheme.form("A1")
    assert form.name == "Name with spaces" and form.aspects[0].description == "Aspect one"


def test_russian_template_with_preamble_criterion_rows_and_numbered_sub_criteria(tmp_path):
    rows = [["", "Мероприятие", "", "Чемпионат"], ["", "Наименование компетенции", "", "Сварка"], [],
            RU_HEADER,
            ["А", "Модуль А", None, None, None, None, None, None, 60],
            [1, "Подготовка", None, None, None, None, "С1"],
            [None, None, "И", "Чертёж прочитан", None, "Минус 1", "С1", 1, 60],
            ["Б", "Модуль Б", None, None, None, None, None, None, 40],
            ["2", "Сварка", None, None, None, None, "С2"],
            [None, None, "С", "Внешний вид шва", None, None, "С2", 2, 40],
            *[[None, None, None, None, s, f"уровень {s}", "С2"] for s in range(4)],
            [None, None, None, None, None, "Итого:", None, None, 100]]
    result = read_rows(tmp_path, rows)
    scheme = result.scheme
    assert [s.id for s in scheme.forms()] == ["А1", "Б2"]
    assert [c.name for c in scheme.criteria] == ["Модуль А", "Модуль Б"]
    assert scheme.aspect("Б2.1").type is J and scheme.aspect("Б2.1").descriptors[3] == "уровень 3"
    assert [s.day for s in scheme.forms()] == ["C1", "C2"]
    assert result.source_name == "Сварка" and result.warnings == []


def test_marking_day_column(tmp_path):
    rows = [CIS_HEADER + ["Marking Day"], ["A1", "x", None, None, None, None, None, None, None, "C-1"],
            aspect("M", "a", 100)]
    assert read_rows(tmp_path, rows).scheme.form("A1").day == "C-1"


def test_stray_latin_id_among_cyrillic_ids_is_converted(tmp_path):
    rows = cis_rows(sub("А1"), aspect("M", "a", 50), sub("A2"), aspect("M", "b", 25),
                    sub("Б1"), aspect("M", "c", 25))
    result = read_rows(tmp_path, rows)
    assert [s.id for s in result.scheme.forms()] == ["А1", "А2", "Б1"]
    assert [c.id for c in result.scheme.criteria] == ["А", "Б"]
    assert result.warnings == ["row 4: sub-criterion id 'A2' is written with a latin letter among cyrillic "
                               "ids; read as 'А2'"]


def test_aspect_on_the_sub_criterion_row_and_descriptor_on_the_aspect_row(tmp_path):
    rows = cis_rows(["A1", "Name", "J", "Judge it", 0, "nothing", None, None, 100],
                    *[descriptor(s, f"d{s}") for s in (1, 2, 3)])
    a = read_rows(tmp_path, rows).scheme.aspect("A1.1")
    assert a.descriptors == {0: "nothing", 1: "d1", 2: "d2", 3: "d3"} and a.extra == ""


# ---- warnings ----------------------------------------------------------------------------
def test_warnings_total_empty_sub_missing_descriptors_criterion_total(tmp_path):
    rows = [RU_HEADER,
            ["А", "Модуль", None, None, None, None, None, None, 30],
            [1, "Пустой"],
            [2, "Полный"],
            [None, None, "С", "Судейский", None, None, None, None, 20],
            [None, None, None, None, 0, "нет"], [None, None, None, None, 3, "отлично"]]
    warnings = read_rows(tmp_path, rows).warnings
    assert warnings == [
        "row 3: sub-criterion А1 has no aspects",
        "row 5: judgement aspect А2.1 has descriptors for 0, 3; expected 0, 1, 2 and 3",
        "row 2: criterion А gives a total of 30, but its aspects add up to 20",
        "the aspects add up to 20 marks, not 100",
    ]


def test_criterion_total_to_the_right_is_checked(tmp_path):
    rows = cis_rows(sub("A1"), aspect("M", "a", 100))
    rows[1] += ["Criterion\nA", "Total\nMark", 90]
    assert read_rows(tmp_path, rows).warnings == ["row 2: criterion A gives a total of 90, but its aspects "
                                                  "add up to 100"]


# ---- errors ------------------------------------------------------------------------------
@pytest.mark.parametrize("rows,row,column,reason", [
    (cis_rows(sub("A1"), aspect("M", "a", -1)), 3, "I (Max Mark)", "negative"),
    (cis_rows(aspect("M", "a", 1)), 2, "C (Aspect Type O = Obj S = Sub J = Judg)", "before any sub-criterion"),
    (cis_rows(sub("A1"), *judgement("j", 0)), 3, "I (Max Mark)", "judgement aspect has max mark 0"),
    (cis_rows(sub("A1"), aspect("M", "a", "много")), 3, "I (Max Mark)", "'много' is not a number"),
    (cis_rows(sub("A1"), aspect("M", "a", None)), 3, "I (Max Mark)", "no max mark"),
    (cis_rows(sub("A1"), aspect("M", "a", "0.333")), 3, "I (Max Mark)", "more than 2 decimals"),
    (cis_rows(sub("A1"), aspect("M", "a", 5000)), 3, "I (Max Mark)", "too large"),
    (cis_rows(sub("A1"), aspect("X", "a", 1)), 3, "C (Aspect Type O = Obj S = Sub J = Judg)", "not known"),
    (cis_rows(sub("A1"), aspect("M", None, 1)), 3, "D (Aspect - Description)", "no description"),
    (cis_rows(sub("A1"), aspect("J", "j", 1), descriptor(4, "x")), 4, "E (Judg Score)", "not 0, 1, 2 or 3"),
    (cis_rows(sub("A1"), aspect("J", "j", 1), descriptor(1, "x"), descriptor(1, "y")), 5, "E (Judg Score)",
     "described twice"),
    (cis_rows(sub("A1"), sub("А1")), 3, "A (Sub Criteria ID)", "appears twice"),
    (cis_rows(sub("A1 B"), aspect("M", "a", 1)), 2, "A (Sub Criteria ID)", "not a sub-criterion id"),
    (cis_rows(sub("A1"), [None, None, None, "described", None, None, None, None, 5]), 3,
     "C (Aspect Type O = Obj S = Sub J = Judg)", "no aspect type"),
    ([RU_HEADER, [1, "Подкритерий"]], 2, "A (Код)", "before any criterion row"),
    ([RU_HEADER, ["А", "x"], ["А", "y"]], 3, "A (Код)", "criterion А appears twice"),
])
def test_errors_name_row_column_and_reason(tmp_path, rows, row, column, reason):
    err = fails(tmp_path, rows)
    assert err.row == row and err.column == column and reason in err.reason
    assert str(err).startswith(f"s.xlsx, sheet 'Scheme', row {row}, column '{column}': ")


def test_no_recognisable_header(tmp_path):
    err = fails(tmp_path, [["id", "what"], ["A1", "x"]])
    assert "no marking-scheme header" in err.reason and err.row is None


def test_header_without_sub_criteria(tmp_path):
    assert "no sub-criteria" in fails(tmp_path, [CIS_HEADER, [], [None, None, None]]).reason


def test_empty_workbook(tmp_path):
    with pytest.raises(InputError, match="no marking-scheme header"):
        read_marking_scheme(write_xlsx(tmp_path / "e.xlsx", {"Sheet1": []}))


def test_scheme_on_a_second_sheet_and_hidden_sheets(tmp_path):
    wb = Workbook()
    wb.active.title = "Title"
    wb.active["A1"] = "A4 landscape spreadsheet v1.1"
    hidden = wb.create_sheet("Old")
    for r in cis_rows(sub("Z1"), aspect("M", "old", 100)):
        hidden.append(r)
    hidden.sheet_state = "hidden"
    ws = wb.create_sheet("Scheme")
    for r in cis_rows(sub("A1"), aspect("M", "new", 100)):
        ws.append(r)
    wb.save(tmp_path / "s.xlsx")
    result = read_marking_scheme(tmp_path / "s.xlsx")
    assert [s.id for s in result.scheme.forms()] == ["A1"] and result.warnings == []


def test_a_scheme_split_over_two_sheets_is_read_whole(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", {"A": cis_rows(sub("A1"), aspect("M", "a", 60)),
                                            "B": cis_rows(sub("B1"), aspect("M", "b", 40), sub("A1"))})
    with pytest.raises(InputError) as info:
        read_marking_scheme(path)
    assert (info.value.sheet, info.value.row) == ("B", 4) and "first at row 2" in info.value.reason
    path = write_xlsx(tmp_path / "s.xlsx", {"A": cis_rows(sub("A1"), aspect("M", "a", 60)),
                                            "B": cis_rows(sub("B1"), [None, "stray name"], aspect("M", "b", 40))})
    result = read_marking_scheme(path)
    assert [s.id for s in result.scheme.forms()] == ["A1", "B1"] and result.scheme.total == 100
    assert result.warnings == ["sheet 'B' row 3: a sub-criterion name without an id is ignored"]
