"""The two real marking schemes in ../shared/real-marking-schemes give exactly the README's figures.

The folder sits beside the repository (CI clones it there). If it is missing the
tests fail rather than skip: a silently skipped check is no check.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from wsk_desk.domain.ids import script_of
from wsk_desk.domain.scheme import AspectType
from wsk_desk.exchange.scheme_reader import read_marking_scheme
from wsk_desk.exchange.scheme_writer import write_marking_scheme

from .xlsx_builders import REAL_SCHEMES

CIS = "cis-import-template_software-solutions.xlsx"
RU = "ru-kriterii-ocenki_software-solutions.xlsx"


def real(name: str) -> Path:
    path = REAL_SCHEMES / name
    assert path.is_file(), f"real marking scheme missing: {path} (clone shared/ beside the repo)"
    return path


@pytest.fixture(scope="module")
def cis():
    return read_marking_scheme(real(CIS))


@pytest.fixture(scope="module")
def ru():
    return read_marking_scheme(real(RU))


def test_cis_sub_criteria_and_aspects(cis):
    scheme = cis.scheme
    assert [s.id for s in scheme.forms()] == ["A1", "A2", "B1", "B2", "B6", "C1", "C2", "D1", "D2"]
    assert [c.id for c in scheme.criteria] == ["A", "B", "C", "D"]
    assert scheme.aspect_count == 52
    assert all(a.type is AspectType.MEASUREMENT for a in scheme.aspects())
    assert [len(s.aspects) for s in scheme.forms()] == [7, 7, 14, 15, 2, 2, 2, 1, 2]
    assert scheme.aspect("A1.1").id == "A1.1" and scheme.aspect("D2.2").max_mark == Decimal("1.5")


def test_cis_total_is_66_5_with_a_warning(cis):
    assert cis.scheme.total == Decimal("66.5")
    assert [c.max_mark for c in cis.scheme.criteria] == [28, Decimal("31.5"), 2, 5]
    assert any("66.5" in w and "not 100" in w for w in cis.warnings)
    # the file's own grand total (=SUM that misses I4) disagrees, and we say so
    assert any(w.startswith("row 80:") and "64.5" in w for w in cis.warnings)
    # the criterion totals to the right (28 and 31.5) match their aspects: no warning for them
    assert not any("criterion A" in w or "criterion B" in w for w in cis.warnings)


def test_cis_multi_row_extra_description_and_ignored_judg_score(cis):
    a16 = cis.scheme.aspect("A1.6")
    assert a16.extra.split("\n") == ["Одной таблицей (0)", "Отдельными таблицами (1)",
                                     "Отдельными таблицами с одной дополнительной (2)"]
    assert a16.descriptors == {} and a16.wsss_section == "4"
    d11 = cis.scheme.aspect("D1.1")
    assert d11.max_mark == 2 and len(d11.extra.split("\n")) == 3
    assert cis.source_name is None
    assert all(s.day == "" for s in cis.scheme.forms())


def test_ru_criteria_are_cyrillic_with_their_totals(ru):
    scheme = ru.scheme
    assert [c.id for c in scheme.criteria] == ["А", "Б", "В", "Г"]
    assert all(script_of(c.id) == "cyrillic" for c in scheme.criteria)
    assert [c.max_mark for c in scheme.criteria] == [20, 58, 8, 14]
    assert [c.name for c in scheme.criteria][0] == "Проектирование программных решений"
    assert scheme.total == 100
    assert not any("not 100" in w for w in ru.warnings)
    assert ru.warnings == []


def test_ru_aspects_types_and_descriptors(ru):
    scheme = ru.scheme
    assert scheme.aspect_count == 167
    kinds = Counter(a.type for a in scheme.aspects())
    assert kinds == {AspectType.MEASUREMENT: 155, AspectType.JUDGEMENT: 12}
    for a in scheme.aspects():
        if a.is_judgement:
            assert sorted(a.descriptors) == [0, 1, 2, 3] and all(a.descriptors.values())
        else:
            assert a.descriptors == {}
    assert scheme.aspect("А4.7").is_judgement
    assert scheme.aspect("А4.7").descriptors[3].startswith("Названия таблиц и полей в едином стиле")


def test_ru_sub_criteria_ids_days_and_source(ru):
    forms = list(ru.scheme.forms())
    assert [s.id for s in forms[:3]] == ["А1", "А2", "А3"]
    assert forms[-1].id == "Г6" and len(forms) == 9 + 13 + 6 + 6
    assert ru.scheme.form("A1") is forms[0]  # Latin A1 finds Cyrillic А1
    assert forms[0].day == "C3" and ru.scheme.form("Б2").day == "C1"
    assert ru.scheme.aspect("А1.1").requirement == ""  # the repeated day is not a requirement
    assert ru.source_name == "Программные решения для бизнеса"


@pytest.mark.parametrize("name", [CIS, RU])
def test_real_files_round_trip_through_the_writer(name, tmp_path):
    first = read_marking_scheme(real(name))
    write_marking_scheme(first.scheme, tmp_path / "out.xlsx", title=first.source_name or "")
    again = read_marking_scheme(tmp_path / "out.xlsx")
    assert again.scheme == first.scheme
    assert again.source_name == first.source_name
