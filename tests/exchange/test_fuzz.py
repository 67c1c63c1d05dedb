"""Malformed workbooks and CSVs: every one ends in a result or a clean, located InputError.

Hypothesis builds files the way careless hands do: columns shuffled or missing, repeated
headers, wrong types, huge, negative and non-finite numbers, empty sheets, junk to the
right. Any exception other than InputError fails the test. The examples include files of
a few thousand rows. Set WSK_FUZZ_SCALE=10 for a longer run.
"""

from __future__ import annotations

import os
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from wsk_desk.domain.errors import InputError
from wsk_desk.exchange.marks_reader import read_marks
from wsk_desk.exchange.people_reader import read_people
from wsk_desk.exchange.scheme_reader import read_marking_scheme

from .xlsx_builders import CIS_HEADER, RU_HEADER, write_xlsx

SCALE = int(os.environ.get("WSK_FUZZ_SCALE", "1"))


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples * SCALE, deadline=None, suppress_health_check=list(HealthCheck),
                    database=None)

WORDS = st.sampled_from(["", " ", "A1", "А1", "B", "Б", "1", "2.0", "x", "Итого", "Total", "ABS", "C1", "С2",
                         "=SUM(A1:A3)", "Max Mark", "Аспект", "2,5", "-3", "1e999", "NaN", "#N/A", "  J  ",
                         "Criterion A", "Total Mark", "Наименование компетенции", "регион", "chief"])
TEXT = st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=12)
NUMBERS = st.one_of(st.integers(-10**20, 10**20), st.floats(allow_nan=True, allow_infinity=True),
                    st.sampled_from([0, 1, 2, 3, 4, -1, 0.5, 0.333, 1e308, -1e308, 10**15]))
ANY = st.one_of(st.none(), WORDS, TEXT, NUMBERS, st.booleans(),
                st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2050, 1, 1)))

PLAUSIBLE = {
    "id": st.sampled_from(["A1", "А2", "B1", "A2", "B2", "b 2", "A-3", "А", "Б", "B", 1, 2.0, "3", "ZZ", "A1 B"]),
    "name": st.one_of(TEXT, st.none()),
    "type": st.sampled_from(["M", "O", "J", "S", "И", "С", "О", "М", "C", "X", "", None, 5]),
    "description": st.one_of(TEXT, st.none(), st.just("")),
    "score": st.sampled_from([0, 1, 2, 3, "2", 4, -1, "x", None, "", 2.5]),
    "extra": st.one_of(TEXT, st.sampled_from(["Итого:", "Total", None])),
    "requirement": st.sampled_from(["С1", "C2", "", "5 mm", None]),
    "wsss": st.sampled_from([1, "2", None, ""]),
    "max": st.one_of(st.sampled_from([1, 2.5, "2,5", " 3 ", 0, -1, "abc", None, "", 0.333, 100]), NUMBERS),
    "day": st.sampled_from(["C1", "C-1", "", "Day 3", None]),
}
ROW_KINDS = {
    "sub": ("id", "name", "day", "requirement"), "aspect": ("type", "description", "max", "extra", "wsss"),
    "descriptor": ("score", "extra"), "continuation": ("extra",), "criterion": ("id", "name", "max"),
    "total": ("max", "extra"), "junk": tuple(PLAUSIBLE), "empty": (),
}
HEADER_TEXT = {f: [CIS_HEADER[i], RU_HEADER[i]] for i, f in enumerate(
    ["id", "name", "type", "description", "score", "extra", "requirement", "wsss", "max"])}
HEADER_TEXT["day"] = ["Marking\nDay", "День"]
HEADER_TEXT["unknown"] = ["Max Mark 2", "Competitor 1", "", "Criterion\nA"]


def check(reader: Callable[[Path], Any], path: Path) -> Any:
    """Run a reader: a result, or an InputError that names the file and where."""
    try:
        return reader(path)
    except InputError as err:
        assert err.file == path.name and err.reason
        assert str(err).startswith(path.name)
        if err.row is not None and path.suffix == ".xlsx":
            assert err.sheet, err
        return err


# ---- marking schemes ---------------------------------------------------------------------
def maybe_wrong(draw: Any, plausible: st.SearchStrategy[Any]) -> Any:
    """Mostly a plausible value for the column, sometimes anything at all."""
    return draw(ANY) if draw(st.integers(0, 9)) == 0 else draw(plausible)


def shuffled_columns(draw: Any, fields: list[str], junk: int = 2) -> list[str]:
    """The columns in any order, usually all present, sometimes a few missing, plus junk."""
    columns = draw(st.permutations(fields + ["unknown"] * junk))
    if draw(st.integers(0, 3)) == 0:
        dropped = draw(st.sets(st.sampled_from(fields), min_size=1, max_size=3))
        columns = [c for c in columns if c not in dropped]
    return columns


@st.composite
def scheme_sheets(draw) -> dict[str, list[list[Any]]]:
    columns = shuffled_columns(draw, list(PLAUSIBLE))
    rows: list[list[Any]] = [[draw(ANY) for _ in range(draw(st.integers(0, 3)))]
                             for _ in range(draw(st.integers(0, 2)))]  # preamble
    if draw(st.integers(0, 9)):
        rows.append([draw(st.sampled_from(HEADER_TEXT[c])) for c in columns])
    for n in range(draw(st.integers(0, 30))):
        if draw(st.integers(0, 20)) == 0:  # the header, repeated and maybe moved
            columns = draw(st.permutations(columns))
            rows.append([draw(st.sampled_from(HEADER_TEXT[c])) for c in columns])
            continue
        kind = "sub" if n == 0 and draw(st.booleans()) else draw(st.sampled_from(list(ROW_KINDS)))
        row = [maybe_wrong(draw, PLAUSIBLE[c]) if c in ROW_KINDS[kind] else None for c in columns]
        rows.append(row + [draw(ANY) for _ in range(draw(st.integers(0, 2)))])
    sheets = {"Scheme": rows}
    for n in range(draw(st.integers(0, 2))):
        sheets[f"Extra{n}"] = draw(st.lists(st.lists(ANY, max_size=4), max_size=3))
    return sheets


def _big_scheme(junk_at_end: bool) -> dict[str, list[list[Any]]]:
    rows: list[list[Any]] = [CIS_HEADER]
    for s in range(1, 301):
        rows.append([f"{'ABCDEFGH'[s % 8]}{s}", f"Sub {s}"])
        for a in range(9):
            rows.append([None, None, "M" if a % 3 else "J", f"aspect {a}", None, "e", None, 1, "0,03"])
            if a % 3 == 0:
                rows.extend([None, None, None, None, k, f"level {k}"] for k in range(4))
    if junk_at_end:
        rows.append([None, None, "M", "last", None, None, None, None, -5])
    return {"Scheme": rows}


@fuzz(300)
@example(sheets=_big_scheme(junk_at_end=False))
@example(sheets=_big_scheme(junk_at_end=True))
@example(sheets={"Scheme": []})
@given(sheets=scheme_sheets())
def test_scheme_reader_never_crashes(tmp_path_factory, sheets):
    path = write_xlsx(tmp_path_factory.mktemp("s") / "scheme.xlsx", sheets)
    result = check(read_marking_scheme, path)
    if not isinstance(result, InputError):
        scheme = result.scheme
        assert scheme.total == sum((a.max_mark for a in scheme.aspects()), Decimal(0))
        for form in scheme.forms():
            assert [a.id for a in form.aspects] == [f"{form.id}.{n}" for n in range(1, len(form.aspects) + 1)]
            assert all(a.max_mark >= 0 and (a.max_mark > 0 or not a.is_judgement) for a in form.aspects)


def test_big_scheme_figures(tmp_path):
    result = read_marking_scheme(write_xlsx(tmp_path / "s.xlsx", _big_scheme(False)))
    assert result.scheme.aspect_count == 2700 and result.scheme.total == Decimal("81")
    err = check(read_marking_scheme, write_xlsx(tmp_path / "scheme.xlsx", _big_scheme(True)))
    assert isinstance(err, InputError) and err.row == 6602 and "negative" in err.reason


# ---- people ------------------------------------------------------------------------------
PEOPLE_VALUES = {
    "id": st.sampled_from(["P1", "P2", "1", 1, "E1", ""]), "surname": TEXT, "given_name": TEXT,
    "patronymic": st.one_of(TEXT, st.none()), "region": st.sampled_from(["AST", "ALA", "ast", "XXX", "ZZZ", ""]),
    "competency": st.sampled_from(["17", "17J", "17j", "39", 17, "99", ""]),
    "team": st.sampled_from(["T1", "T2", "", None]), "role": st.sampled_from(["chief", "deputy", "ГЭ", "boss", ""]),
    "birth_date": st.sampled_from(["21.03.2005", datetime(2005, 3, 21), "bad", None, 5]),
    "code": st.sampled_from(["AST", "ZZZ", "ALA", ""]), "name_ru": TEXT, "name_kk": TEXT, "name_en": TEXT,
    "unknown": ANY,
}
PEOPLE_SHEETS = {
    "competitors": (["competitors", "Конкурсанты", "Конкурсанттар"],
                    ["id", "surname", "given_name", "patronymic", "region", "competency", "team", "birth_date"]),
    "experts": (["experts", "Эксперты", "Сарапшылар"],
                ["id", "surname", "given_name", "patronymic", "region", "competency", "role"]),
    "regions": (["regions", "Регионы"], ["code", "name_ru", "name_kk", "name_en"]),
    "junk": (["Лист1"], ["id", "surname"]),
}


@st.composite
def people_sheets(draw) -> dict[str, list[list[Any]]]:
    sheets: dict[str, list[list[Any]]] = {}
    for kind in draw(st.lists(st.sampled_from(list(PEOPLE_SHEETS)), min_size=1, max_size=4, unique=True)):
        names, fields = PEOPLE_SHEETS[kind]
        columns = shuffled_columns(draw, fields, junk=1)
        rows: list[list[Any]] = [[c if c != "unknown" else "notes" for c in columns]]
        for _ in range(draw(st.sampled_from([0, 1, 3, 10]))):
            rows.append([maybe_wrong(draw, PEOPLE_VALUES[c]) for c in columns])
        sheets[draw(st.sampled_from(names))] = rows
    return sheets


def _big_people() -> dict[str, list[list[Any]]]:
    rows = [["id", "surname", "given_name", "region", "competency"]]
    rows += [[f"P{i}", "Фамилия", "Имя", "AST" if i % 2 else "ALA", "17"] for i in range(3000)]
    rows.append(["P5", "Дубль", "Имя", "AST", "17"])
    return {"competitors": rows}


@fuzz(250)
@example(sheets=_big_people())
@given(sheets=people_sheets())
def test_people_reader_never_crashes(tmp_path_factory, sheets):
    path = write_xlsx(tmp_path_factory.mktemp("p") / "people.xlsx", sheets)
    result = check(lambda p: read_people(p, {"AST", "ALA"}, {"17": 1, "17J": 1, "39": 2}), path)
    if sheets == _big_people():
        assert isinstance(result, InputError) and result.row == 3002 and "appears twice" in result.reason


# ---- marks -------------------------------------------------------------------------------
MARK_VALUES = {
    "competency": st.sampled_from(["17", "17", "", 17]), "form": st.sampled_from(["A1", "А1", "B1", ""]),
    "aspect": st.sampled_from(["A1.1", "A1.2", "А1.1", "B1.1", "A1.x", ""]),
    "competitor": st.sampled_from(["P01", "P02", "P03", ""]), "judge": st.sampled_from(["", "E1", "E2", None]),
    "value": st.sampled_from(["1", "2,5", "ABS", 3, 2.5, "abc", "", -1, 10**30]), "unknown": ANY,
}


@st.composite
def marks_rows(draw) -> list[list[Any]]:
    columns = shuffled_columns(draw, ["competency", "form", "aspect", "competitor", "judge", "value"], junk=1)
    header = [c if c != "unknown" else "comment" for c in columns]
    n = draw(st.sampled_from([0, 1, 5, 20]))
    return [header] + [[maybe_wrong(draw, MARK_VALUES[c]) for c in columns] for _ in range(n)]


def _csv_text(value: Any) -> str:
    return "" if value is None else str(value).replace("\n", " ")


@fuzz(250)
@given(rows=marks_rows(), as_csv=st.booleans(), delimiter=st.sampled_from([",", ";"]))
def test_marks_reader_never_crashes(tmp_path_factory, rows, as_csv, delimiter):
    folder = tmp_path_factory.mktemp("m")
    if as_csv:
        path = folder / "marks.csv"
        path.write_text("\n".join(delimiter.join(_csv_text(v).replace(delimiter, " ") for v in r) for r in rows),
                        encoding="utf-8")
    else:
        path = write_xlsx(folder / "marks.xlsx", {"Marks": rows})
    result = check(read_marks, path)
    if not isinstance(result, InputError):
        assert all(r.value is None or r.value.is_finite() for r in result)


@fuzz(1200)
@given(data=st.one_of(st.binary(max_size=300),
                      st.text(max_size=300).map(lambda t: ("competency;form;aspect;competitor;judge;value\n"
                                                          + t).encode("utf-8", "surrogatepass"))))
def test_marks_csv_bytes_never_crash(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("b") / "marks.csv"
    path.write_bytes(data)
    check(read_marks, path)


def test_big_marks_files(tmp_path):
    rows = [["competency", "form", "aspect", "competitor", "judge", "value"]]
    rows += [["17", "A1", f"A1.{i % 40 + 1}", f"P{i // 40}", "", "1,5"] for i in range(4000)]
    rows.append(["17", "A1", "A1.1", "P1", "", "много"])
    xlsx = write_xlsx(tmp_path / "marks.xlsx", {"Marks": rows})
    csv = tmp_path / "marks.csv"
    csv.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    for path in (xlsx, csv):
        err = check(read_marks, path)
        assert isinstance(err, InputError) and err.row == 4002 and "not a number" in err.reason
