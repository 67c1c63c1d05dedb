"""Imports into a real championship file: a refused import changes nothing at all.

test_fuzz.py shows the readers end in a result or a located error; this file
goes one step further and lands what they read. Every example copies a small
championship that already has marks, a locked form and a marking team, imports
a malformed or conflicting scheme, people list or marks file into it, and then:

- refused (InputError or DeskError): the content digest of every table (audit
  included) and the number of audit entries are exactly as before;
- landed: one more audit entry per competency it touched, and the audit replays.

A storage fault, or any other exception, fails the test. WSK_FUZZ_SCALE=10 runs longer.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from wsk_desk.domain.errors import DeskError
from wsk_desk.exchange.importing import import_marks, import_people, import_scheme
from wsk_desk.storage import audit, repository
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.faults import StorageFault

from ..storage.conftest import make_tiny
from .test_fuzz import ANY, fuzz, maybe_wrong, people_sheets, scheme_sheets
from .xlsx_builders import SAMPLES, write_xlsx


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """Competency 17 with a mark in A1, form B1 complete and locked: every refusal has a reason to happen."""
    path = tmp_path_factory.mktemp("template") / "t.wsk"
    champ = make_tiny(path)
    champ.set_measurement("17", "A1.1", "P01", "5")
    for p in ("P01", "P02", "P03"):
        champ.set_measurement("17", "B1.1", p, "10")
    champ.lock_form("17", "B1")
    champ.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    champ.close()
    return path


def state(champ: Championship) -> tuple[str, int]:
    return repository.content_digest(champ.db), champ.counts()["audit_entries"]


def land_or_refuse(template: Path, folder: Path, run: Callable[[Championship], Any], per_competency: bool = False) -> Any:
    """Run one import on a fresh copy; refused means untouched, landed means audited and replayable.

    A landed import adds one audit entry, or one per competency it touched (`per_competency`: marks).
    """
    path = folder / "c.wsk"
    shutil.copy(template, path)
    champ = Championship.open(path)
    try:
        before = state(champ)
        try:
            report = run(champ)
        except StorageFault:
            raise  # nothing here fails the disk: a fault is a bug that a refusal sentence would hide
        except DeskError as err:  # InputError and RuleViolation are DeskErrors
            assert str(err).strip(), "a refusal must say why"
            assert state(champ) == before, f"refused ({err}) but the file changed"
            event(f"refused: {type(err).__name__}")
            return err
        added = state(champ)[1] - before[1]
        assert added == (len(report.competencies) if per_competency else 1), (added, report)
        assert audit.verify(champ.db).ok
        event("landed")
        return report
    finally:
        champ.close()


# ---- marking schemes: malformed files, and good files that must not replace marks unasked --------
GOOD_SCHEMES = [SAMPLES / "scheme_cis_example.xlsx", SAMPLES / "scheme_ru_example.xlsx"]


@fuzz(60)
@example(sheets=None, code="17", name="RENAMED", team_size=None, force=False)  # the audit's bug 2
@example(sheets=None, code="17", name=None, team_size=2, force=False)
@example(sheets=None, code="18", name="Новая", team_size=3, force=False)
@example(sheets=None, code="17", name="RENAMED", team_size=0, force=True)
@given(sheets=st.one_of(st.none(), scheme_sheets()), code=st.sampled_from(["17", "18", "18J", "l7"]),
       name=st.sampled_from([None, "", "RENAMED", "Жаңа"]), team_size=st.sampled_from([None, 0, 1, 2, 21]),
       force=st.booleans())
def test_scheme_import_lands_whole_or_changes_nothing(template, tmp_path_factory, sheets, code, name, team_size,
                                                      force):
    folder = tmp_path_factory.mktemp("s")
    path = GOOD_SCHEMES[len(code) % 2] if sheets is None else write_xlsx(folder / "scheme.xlsx", sheets)
    outcome = land_or_refuse(template, folder, lambda champ: import_scheme(champ, path, code, name=name,
                                                                           force=force, team_size=team_size))
    if sheets is None and code == "17" and not force and team_size in (None, 1, 2):
        assert isinstance(outcome, DeskError) and "--force" in str(outcome)


# ---- people: malformed lists, and lists that clash with the people already in the file -----------
TINY_PEOPLE = {
    "id": st.sampled_from(["P01", "P02", "P04", "p01", "Р01", "E01", "E02", "E06", ""]),
    "surname": st.sampled_from(["Ким", "Ли", "", "Qasym"]), "given_name": st.sampled_from(["Ольга", "Anna", ""]),
    "patronymic": st.sampled_from(["", None, "Маратқызы"]),
    "region": st.sampled_from(["ALM", "KAR", "SHY", "kar", "XXX", ""]),
    "competency": st.sampled_from(["17", "17", "18", "99", ""]), "team": st.sampled_from([None, "", "T1"]),
    "birth_date": st.sampled_from([None, "21.03.2005", "2005-13-40"]),
    "role": st.sampled_from(["chief", "deputy", "expert", "ГЭ", "boss", ""]),
    "code": st.sampled_from(["18R", "AST", ""]), "name_ru": st.sampled_from(["Регион", ""]),
    "name_kk": st.just(""), "name_en": st.just(""),
}
CLEAN_PEOPLE = {**TINY_PEOPLE, "surname": st.sampled_from(["Ким", "Ли"]), "given_name": st.just("Анна"),
                "region": st.sampled_from(["ALM", "KAR", "SHY"]), "competency": st.just("17"),
                "team": st.just(None), "birth_date": st.just(None), "role": st.sampled_from(["deputy", "expert"]),
                "code": st.sampled_from(["18R", "AST"]), "name_ru": st.just("Регион")}
COMPETITOR_FIELDS = ["id", "surname", "given_name", "patronymic", "region", "competency", "team", "birth_date"]
EXPERT_FIELDS = ["id", "surname", "given_name", "patronymic", "region", "competency", "role"]


@st.composite
def clashing_people(draw) -> dict[str, list[list[Any]]]:
    """Plausible lists built from the ids, regions and competencies the file already holds."""
    sheets: dict[str, list[list[Any]]] = {}
    for sheet, fields in (("competitors", COMPETITOR_FIELDS), ("experts", EXPERT_FIELDS),
                          ("regions", ["code", "name_ru", "name_kk", "name_en"])):
        if sheet == "regions" and draw(st.booleans()):
            continue
        rows = [list(fields)]
        key = "code" if sheet == "regions" else "id"
        ids = {"competitors": ["P01", "P02", "P04"], "experts": ["E01", "E02", "E06"], "regions": ["18R", "AST"]}[sheet]
        ids = list(draw(st.permutations(ids)))
        for _ in range(draw(st.integers(0, 4))):
            if ids and draw(st.integers(0, 3)):  # mostly clean rows, so that some lists land (and clash with the file)
                first = ids.pop()
                rows.append([first if f == key else draw(CLEAN_PEOPLE[f]) for f in fields])
            else:
                rows.append([maybe_wrong(draw, TINY_PEOPLE[f]) for f in fields])
        sheets[sheet] = rows
    return sheets


@fuzz(60)
@given(sheets=st.one_of(clashing_people(), people_sheets()))
def test_people_import_lands_whole_or_changes_nothing(template, tmp_path_factory, sheets):
    folder = tmp_path_factory.mktemp("p")
    path = write_xlsx(folder / "people.xlsx", sheets)
    land_or_refuse(template, folder, lambda champ: import_people(champ, path))


# ---- marks: bad values, unknown ids, compatriots, locked forms, absent and marked at once ---------
MARKS = {
    "competency": st.sampled_from(["17", "17", "l7", "99"]),
    "form": st.sampled_from(["A1", "А1", "a1", "B1", "C9"]),
    "aspect": st.sampled_from(["A1.1", "A1.2", "А1.1", "1", "B1.1", "A1.9", ""]),
    "competitor": st.sampled_from(["P01", "P02", "P03", "p03", "P99"]),
    "judge": st.sampled_from(["", "", "E02", "E03", "E04", "E05", "E99"]),
    "value": st.sampled_from(["1", "2,5", "0", "3", "ABS", "abs", "51", "-1", "4", "abc", "1e3", ""]),
}
MARK_FIELDS = list(MARKS)


GOOD_MARKS = st.one_of(  # rows the rules accept on their own: files of them land, unless they contradict
    st.tuples(st.just("17"), st.just("A1"), st.just("A1.1"), st.sampled_from(["P01", "P02", "P03"]), st.just(""),
              st.sampled_from(["0", "1", "2,5", "50"])),
    st.tuples(st.just("17"), st.sampled_from(["A1", "А1"]), st.just("A1.2"), st.sampled_from(["P01", "P03"]),
              st.sampled_from(["E03", "E04"]), st.sampled_from(["0", "1", "2", "3"])),
    st.tuples(st.just("17"), st.just("A1"), st.just(""), st.sampled_from(["P02", "P03"]), st.just(""),
              st.just("ABS")),
).map(list)


@st.composite
def marks_file(draw) -> list[list[Any]]:
    header = list(MARK_FIELDS)
    rows = [header]
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.integers(0, 5)):
            rows.append(draw(GOOD_MARKS))
        else:
            rows.append([draw(ANY) if draw(st.integers(0, 9)) == 0 else draw(MARKS[f]) for f in MARK_FIELDS])
    return rows


@fuzz(120)
@example(rows=[MARK_FIELDS, ["17", "A1", "", "P03", "", "ABS"], ["17", "A1", "A1.1", "P03", "", "1"]])  # bug 4
@example(rows=[MARK_FIELDS, ["17", "A1", "A1.1", "P02", "", "1"], ["17", "B1", "B1.1", "P02", "", "2"]])  # locked
@example(rows=[MARK_FIELDS, ["17", "A1", "A1.2", "P03", "E03", "2"], ["17", "A1", "A1.1", "P02", "", "1,5"]])
@given(rows=marks_file())
def test_marks_import_lands_whole_or_changes_nothing(template, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("m")
    path = folder / "marks.csv"
    path.write_text("\n".join(";".join("" if v is None else str(v).replace(";", " ").replace("\n", " ")
                                       for v in r) for r in rows), encoding="utf-8")
    outcome = land_or_refuse(template, folder, lambda champ: import_marks(champ, path), per_competency=True)
    if rows[1:] == [["17", "A1", "", "P03", "", "ABS"], ["17", "A1", "A1.1", "P03", "", "1"]]:
        assert isinstance(outcome, DeskError) and "absent" in str(outcome)
