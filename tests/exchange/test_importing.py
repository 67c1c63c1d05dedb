"""Imports land whole with one audit entry per competency, or change nothing and say where."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wsk_desk.domain.errors import DeskError, InputError
from wsk_desk.exchange.importing import file_checksum, import_marks, import_scheme
from wsk_desk.storage import audit
from wsk_desk.storage.championship import Championship

REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "real-marking-schemes"


def _marks_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["competency", "form", "aspect", "competitor", "judge", "value"])
        writer.writerows(rows)
    return path


def test_marks_import_lands_whole_with_checksum(champ_tiny, tmp_path):
    path = _marks_csv(tmp_path / "m.csv", [
        ["17", "A1", "A1.1", "P01", "", "45,5"],
        ["17", "А1", "А1.1", "P02", "", "30"],  # Cyrillic look-alikes in form and aspect
        ["17", "A1", "A1.2", "P01", "E03", "2"],
        ["17", "B1", "B1.1", "P03", "", "ABS"],
    ])
    report = import_marks(champ_tiny, path)
    assert report.landed == 4 and report.competencies == ["17"]
    sheet = champ_tiny.marksheet("17")
    assert str(sheet.measurements[("A1.1", "P01")].value) == "45.5"
    assert sheet.scores[("A1.2", "P01")] == {"E03": 2}
    assert ("B1", "P03") in sheet.absences
    last = list(audit.entries(champ_tiny.db))[-1]
    assert last.action == "marks.import"
    assert last.new == {"file": "m.csv", "sha256": file_checksum(path), "count": 4}
    assert audit.verify(champ_tiny.db).ok


@pytest.mark.parametrize("row, column, words", [
    (["17", "A1", "A1.1", "P01", "", "51"], "value", "outside 0 to 50"),
    (["17", "A1", "A1.2", "P02", "E02", "2"], "judge", "compatriot"),
    (["17", "A1", "A1.2", "P01", "E03", "4"], "value", "0, 1, 2 or 3"),
    (["17", "A1", "A1.1", "P99", "", "1"], "competitor", "no competitor P99"),
    (["99", "A1", "A1.1", "P01", "", "1"], "competency", "no competency 99"),
    (["17", "B1", "A1.1", "P01", "", "1"], "aspect", "is not an aspect of form"),
])
def test_a_bad_row_refuses_the_whole_file_and_names_the_place(champ_tiny, tmp_path, row, column, words):
    good = ["17", "B1", "B1.1", "P01", "", "20"]
    path = _marks_csv(tmp_path / "bad.csv", [good, row])
    before = len(list(audit.entries(champ_tiny.db)))
    with pytest.raises(InputError) as info:
        import_marks(champ_tiny, path)
    err = info.value
    assert err.file == "bad.csv" and err.row == 3
    assert column in err.column.lower()
    assert words in str(err)
    assert champ_tiny.marksheet("17").measurements == {}
    assert len(list(audit.entries(champ_tiny.db))) == before


def test_the_same_mark_twice_is_refused(champ_tiny, tmp_path):
    path = _marks_csv(tmp_path / "dup.csv", [["17", "A1", "A1.1", "P01", "", "1"],
                                             ["17", "A1", "A1.1", "P01", "", "2"]])
    with pytest.raises(InputError) as info:
        import_marks(champ_tiny, path)
    assert "already given at row 2" in str(info.value) and info.value.row == 3


def test_locked_form_refuses_imported_marks(champ_tiny, tmp_path):
    for p in ("P01", "P02", "P03"):
        champ_tiny.set_measurement("17", "B1.1", p, "1")
    champ_tiny.lock_form("17", "B1")
    path = _marks_csv(tmp_path / "late.csv", [["17", "B1", "B1.1", "P01", "", "2"]])
    with pytest.raises(InputError) as info:
        import_marks(champ_tiny, path)
    assert "locked" in str(info.value)


def test_real_russian_scheme_imports_into_a_new_competency(tmp_path):
    champ = Championship.create(tmp_path / "r.wsk", "R")
    try:
        report = import_scheme(champ, REAL / "ru-kriterii-ocenki_software-solutions.xlsx", "09",
                               name="Программные решения для бизнеса")
        scheme = champ.scheme("09")
        assert report.landed == 167 and scheme.aspect_count == 167
        assert [c.id for c in scheme.criteria] == ["А", "Б", "В", "Г"]  # Cyrillic, as written
        assert str(scheme.total) in ("100", "100.00", "100.0")
        assert champ.competency("09").name_ru == "Программные решения для бизнеса"
        # Latin look-alikes find the Cyrillic ids
        assert champ.scheme("09").form("A1") is not None
        # replacing a scheme that has marks needs --force, and is audited
        champ.save_people([], [])
    finally:
        champ.close()


def test_replacing_a_scheme_with_marks_needs_force(champ_tiny, tmp_path):
    champ_tiny.set_measurement("17", "A1.1", "P01", "5")
    cis = REAL / "cis-import-template_software-solutions.xlsx"
    with pytest.raises(DeskError) as info:
        import_scheme(champ_tiny, cis, "17")
    assert "--force" in str(info.value)
    assert champ_tiny.scheme("17").aspect_count == 3
    report = import_scheme(champ_tiny, cis, "17", force=True)
    assert report.landed == 52
    assert champ_tiny.marksheet("17").measurements == {}
    last = list(audit.entries(champ_tiny.db))[-1]
    assert last.action == "scheme.import" and last.new["forced"] is True
    assert audit.verify(champ_tiny.db).ok


# ---- the competency and its scheme land together, or not at all ---------------------------------
def _state(champ) -> tuple[str, int]:
    from wsk_desk.storage import repository

    return repository.content_digest(champ.db), len(list(audit.entries(champ.db)))


def test_a_refused_replacement_leaves_the_name_and_the_audit_untouched(champ_tiny):
    champ_tiny.set_measurement("17", "A1.1", "P01", "5")
    before = _state(champ_tiny)
    cis = REAL / "cis-import-template_software-solutions.xlsx"
    with pytest.raises(DeskError, match="--force"):
        import_scheme(champ_tiny, cis, "17", name="RENAMED")
    with pytest.raises(DeskError, match="--force"):
        import_scheme(champ_tiny, cis, "17", team_size=2)
    assert champ_tiny.competency("17").name_ru == "Веб-технологии"
    assert champ_tiny.competency("17").team_size == 1
    assert _state(champ_tiny) == before


def test_a_new_competency_and_its_scheme_are_one_audit_entry(tmp_path):
    champ = Championship.create(tmp_path / "n.wsk", "N")
    try:
        entries = len(list(audit.entries(champ.db)))
        import_scheme(champ, REAL / "cis-import-template_software-solutions.xlsx", "09", name="Web", team_size=3)
        added = list(audit.entries(champ.db))[entries:]
        assert [e.action for e in added] == ["scheme.import"]
        assert added[0].new["competency"] == {"name_ru": "Web", "category": "main", "team_size": 3}
        comp = champ.competency("09")
        assert (comp.name_ru, comp.team_size) == ("Web", 3)
        assert champ.scheme("09").aspect_count == 52
        assert audit.verify(champ.db).ok
    finally:
        champ.close()


def test_renaming_with_force_is_the_same_single_entry(champ_tiny):
    champ_tiny.set_measurement("17", "A1.1", "P01", "5")
    entries = len(list(audit.entries(champ_tiny.db)))
    import_scheme(champ_tiny, REAL / "cis-import-template_software-solutions.xlsx", "17", name="RENAMED",
                  force=True)
    added = list(audit.entries(champ_tiny.db))[entries:]
    assert [e.action for e in added] == ["scheme.import"] and added[0].new["forced"] is True
    assert added[0].new["competency"]["name_ru"] == "RENAMED"
    assert champ_tiny.competency("17").name_ru == "RENAMED"
    assert audit.verify(champ_tiny.db).ok


@pytest.mark.parametrize("size", [0, -1, 21])
def test_an_impossible_team_size_is_refused_before_anything_is_read(champ_tiny, size):
    before = _state(champ_tiny)
    with pytest.raises(DeskError, match="team size"):
        import_scheme(champ_tiny, REAL / "cis-import-template_software-solutions.xlsx", "18", team_size=size)
    assert _state(champ_tiny) == before


# ---- contradictory rows in one marks file ------------------------------------------------------
@pytest.mark.parametrize("rows, bad_row", [
    ([["17", "A1", "", "P03", "", "ABS"], ["17", "A1", "A1.1", "P03", "", "1"]], 3),
    ([["17", "A1", "A1.2", "P03", "E03", "2"], ["17", "А1", "", "P03", "", "ABS"]], 3),  # Cyrillic А1
    ([["17", "A1", "A1.1", "P03", "", "1"], ["17", "B1", "B1.1", "P01", "", "2"],
      ["17", "a1", "", "p03", "", "ABS"]], 4),
])
def test_absent_and_marked_in_the_same_form_is_refused_with_its_place(champ_tiny, tmp_path, rows, bad_row):
    path = _marks_csv(tmp_path / "both.csv", rows)
    before = _state(champ_tiny)
    with pytest.raises(InputError) as info:
        import_marks(champ_tiny, path)
    err = info.value
    assert err.file == "both.csv" and err.row == bad_row and err.column
    assert "absent" in err.reason and "P03" in err.reason and "A1" in err.reason
    assert _state(champ_tiny) == before


def test_absent_in_one_form_and_marked_in_another_lands(champ_tiny, tmp_path):
    path = _marks_csv(tmp_path / "ok.csv", [["17", "A1", "", "P03", "", "ABS"], ["17", "B1", "B1.1", "P03", "", "1"]])
    assert import_marks(champ_tiny, path).landed == 2
    assert ("A1", "P03") in champ_tiny.marksheet("17").absences
