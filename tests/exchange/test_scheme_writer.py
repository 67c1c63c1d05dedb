"""Export in the CIS layout, then import: the identical MarkingScheme comes back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from wsk_desk.domain.errors import InputError
from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from wsk_desk.exchange.scheme_reader import read_marking_scheme
from wsk_desk.exchange.scheme_writer import SHEET_TITLE, write_marking_scheme
from wsk_desk.exchange.workbook import text

from .xlsx_builders import SAMPLES

LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"


def round_trip(scheme: MarkingScheme, tmp_path, title: str = ""):
    path = tmp_path / "out.xlsx"
    write_marking_scheme(scheme, path, title=title)
    return read_marking_scheme(path)


@pytest.mark.parametrize("name", ["scheme_cis_example.xlsx", "scheme_ru_example.xlsx"])
def test_samples_round_trip(name, tmp_path):
    first = read_marking_scheme(SAMPLES / name)
    again = round_trip(first.scheme, tmp_path, first.source_name or "")
    assert again.scheme == first.scheme and again.source_name == first.source_name


def test_layout_is_the_cis_template(tmp_path):
    scheme = read_marking_scheme(SAMPLES / "scheme_cis_example.xlsx").scheme
    write_marking_scheme(scheme, tmp_path / "o.xlsx", title="Web")
    ws = load_workbook(tmp_path / "o.xlsx").active
    assert ws.title == SHEET_TITLE
    assert [ws.cell(2, c).value.split("\n")[0] for c in range(1, 10)] == [
        "Sub", "Sub Criteria", "Aspect", "Aspect - Description", "Judg Score", "Extra Aspect Description (Obj or Subj)",
        "Requirement", "WSSS Section", "Max"]
    headers = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Sub\nCriteria\nID"]
    assert len(headers) == 3  # repeated above each criterion
    assert ws.cell(3, 1).value == "A1" and ws.cell(4, 3).value == "M" and ws.cell(4, 9).value == 5


def test_tricky_texts_and_an_empty_criterion(tmp_path):
    aspects = (Aspect("A1.1", AspectType.JUDGEMENT, "=SUM(A1:A2)", Decimal("0.01"), extra="12\nИтого",
                      requirement="C1", wsss_section="007", descriptors={0: "=1", 2: "два\nстроки"}),
               Aspect("A1.2", AspectType.MEASUREMENT, "2,5", Decimal("999.99"), extra="Total"))
    scheme = MarkingScheme((Criterion("A", "Name = x", (SubCriterion("A1", "", "C1", aspects),)),
                            Criterion("B", "Empty criterion")))
    result = round_trip(scheme, tmp_path)
    assert result.scheme == scheme


def test_write_to_a_missing_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot write"):
        write_marking_scheme(MarkingScheme(), tmp_path / "no" / "such" / "dir.xlsx")


# ---- generated schemes -------------------------------------------------------------------
def clean_text(min_size: int = 0) -> st.SearchStrategy[str]:
    chars = st.characters(categories=("L", "N", "P", "Zs", "Sm"), exclude_characters="\u2028\u2029")
    raw = st.lists(st.text(chars, max_size=25), min_size=1, max_size=3).map("\n".join)
    return raw.map(text).filter(lambda s: len(s) >= min_size)


marks = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def schemes(draw) -> MarkingScheme:
    alphabet = draw(st.sampled_from([LATIN, CYRILLIC]))
    letters = draw(st.lists(st.sampled_from(alphabet), min_size=1, max_size=4, unique=True))
    criteria = []
    for letter in letters:
        numbers = draw(st.lists(st.integers(1, 30), min_size=1, max_size=3, unique=True))
        subs = []
        for n in numbers:
            sid = f"{letter}{n}"
            aspects = []
            for i in range(1, draw(st.integers(0, 4)) + 1):
                kind = draw(st.sampled_from(list(AspectType)))
                mx = draw(marks)
                if kind is AspectType.JUDGEMENT:
                    mx = mx or Decimal(1)
                    levels = draw(st.lists(st.integers(0, 3), unique=True, max_size=4))
                    descriptors = {lvl: draw(clean_text(1)) for lvl in sorted(levels)}
                else:
                    descriptors = {}
                aspects.append(Aspect(f"{sid}.{i}", kind, draw(clean_text(1)), mx, extra=draw(clean_text()),
                                      requirement=draw(clean_text()).replace("\n", " "),
                                      wsss_section=draw(st.sampled_from(["", "1", "4", "WSSS 2"])),
                                      descriptors=descriptors))
            day = draw(st.sampled_from(["", "C1", "C2", "C-1"]))
            subs.append(SubCriterion(sid, draw(clean_text()), day, tuple(aspects)))
        criteria.append(Criterion(letter, draw(clean_text()), tuple(subs)))
    return MarkingScheme(tuple(criteria))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scheme=schemes(), title=clean_text().map(lambda s: s.replace("\n", " ")))
def test_generated_schemes_round_trip(tmp_path, scheme, title):
    result = round_trip(scheme, tmp_path, title)
    assert result.scheme == scheme
    assert result.source_name == (title or None)


def test_criterion_name_that_looks_like_punctuation_survives_the_round_trip(tmp_path):
    # found by the generated round trip: a name of ":" was dropped as an empty label
    from decimal import Decimal

    from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
    from wsk_desk.exchange.scheme_reader import read_marking_scheme
    from wsk_desk.exchange.scheme_writer import write_marking_scheme

    scheme = MarkingScheme((Criterion("A", ":", (SubCriterion("A1", "Form", "", (
        Aspect("A1.1", AspectType.MEASUREMENT, "Size", Decimal("100")),)),)),))
    path = tmp_path / "punct.xlsx"
    write_marking_scheme(scheme, path)
    assert read_marking_scheme(path).scheme == scheme
