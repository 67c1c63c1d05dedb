"""`import scheme` options and the templates out (`export ... people-template|scheme`), as typed at a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from wsk_desk.cli import main
from wsk_desk.exchange.people_reader import read_people
from wsk_desk.exchange.scheme_reader import read_marking_scheme
from wsk_desk.storage import audit, repository
from wsk_desk.storage.championship import Championship

from ..exchange.xlsx_builders import write_xlsx
from ..storage.conftest import make_tiny

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / ".." / "shared" / "real-marking-schemes"
CIS = REAL / "cis-import-template_software-solutions.xlsx"
RU = REAL / "ru-kriterii-ocenki_software-solutions.xlsx"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _state(path: Path) -> tuple[str, int, str]:
    champ = Championship.open(path, readonly=True)
    try:
        return repository.content_digest(champ.db), champ.counts()["audit_entries"], champ.competency("17").name_ru
    finally:
        champ.close()


@pytest.fixture
def tiny_with_marks(tmp_path) -> Path:
    champ = make_tiny(tmp_path / "t.wsk")
    champ.set_measurement("17", "A1.1", "P01", "5")
    champ.close()
    return tmp_path / "t.wsk"


def test_a_refused_scheme_import_leaves_the_name_and_the_audit_as_they_were(tiny_with_marks, capsys):
    before = _state(tiny_with_marks)
    code, out, err = run(capsys, "import", "scheme", tiny_with_marks, CIS, "--competency", "17", "--name", "RENAMED")
    assert code == 2 and "--force" in err and out == ""
    assert _state(tiny_with_marks) == before
    code, _, err = run(capsys, "import", "scheme", tiny_with_marks, CIS, "--competency", "17", "--team-size", "2")
    assert code == 2 and "--force" in err
    assert _state(tiny_with_marks) == before


def test_team_size_creates_a_team_competency_that_takes_teams(tmp_path, capsys):
    file = tmp_path / "c.wsk"
    assert run(capsys, "new", file, "--name", "C")[0] == 0
    code, out, err = run(capsys, "import", "scheme", file, CIS, "--competency", "04", "--name", "Мехатроника",
                         "--team-size", "2")
    assert code == 0, err
    assert "Imported the marking scheme of 04: 52 aspects" in out
    champ = Championship.open(file, readonly=True)
    try:
        comp = champ.competency("04")
        assert (comp.name_ru, comp.team_size, comp.is_team) == ("Мехатроника", 2, True)
        assert [e.action for e in audit.entries(champ.db)][-1] == "scheme.import"
        assert champ.counts()["audit_entries"] == 2  # championship.create, then the import alone
    finally:
        champ.close()
    people = write_xlsx(tmp_path / "people.xlsx", {
        "regions": [["code", "name_ru"], ["AST", "Астана"], ["ALM", "Алматы"]],
        "competitors": [["id", "surname", "given_name", "region", "competency", "team"],
                        ["P1", "Ким", "Ольга", "AST", "04", "T1"], ["P2", "Ли", "Анна", "AST", "04", "T1"],
                        ["P3", "Ахметов", "Арман", "ALM", "04", "T2"], ["P4", "Ким", "Олег", "ALM", "04", "T2"]]})
    assert run(capsys, "import", "people", file, people)[0] == 0
    champ = Championship.open(file, readonly=True)
    try:
        assert [(e.id, e.member_ids) for e in champ.entrants("04")] == [("T1", ["P1", "P2"]), ("T2", ["P3", "P4"])]
    finally:
        champ.close()
    code, _, err = run(capsys, "import", "scheme", file, CIS, "--competency", "05", "--team-size", "0")
    assert code == 2 and "team size" in err and "Traceback" not in err


def test_resizing_a_competency_whose_competitors_have_no_team_warns(tmp_path, capsys):
    make_tiny(tmp_path / "t.wsk").close()
    code, out, err = run(capsys, "import", "scheme", tmp_path / "t.wsk", CIS, "--competency", "17",
                         "--team-size", "3")
    assert code == 0, err
    assert "teams of 3" in err and "3 of its competitors have no team" in err


def test_export_a_blank_people_template_that_reads_back_empty(tmp_path, capsys):
    make_tiny(tmp_path / "t.wsk").close()
    out_file = tmp_path / "people.xlsx"
    code, out, err = run(capsys, "export", tmp_path / "t.wsk", "people-template", out_file)
    assert (code, err) == (0, "") and out.startswith(f"Wrote {out_file}: blank people list")
    assert load_workbook(out_file, read_only=True).sheetnames[:3] == ["regions", "competitors", "experts"]
    result = read_people(out_file, set(), {})
    assert (result.regions, result.competitors, result.experts) == ([], [], [])
    code, _, err = run(capsys, "export", tmp_path / "t.wsk", "people-template", tmp_path / "people.csv")
    assert code == 2 and "people.xlsx" in err


@pytest.mark.parametrize("source", [CIS, RU], ids=["cis", "ru"])
def test_export_a_scheme_and_import_it_again_gives_the_identical_scheme(tmp_path, capsys, source):
    file = tmp_path / "c.wsk"
    assert run(capsys, "new", file, "--name", "C")[0] == 0
    assert run(capsys, "import", "scheme", file, source, "--competency", "09", "--name", "Программные решения")[0] == 0
    out_file = tmp_path / "scheme.xlsx"
    code, out, err = run(capsys, "export", file, "scheme", out_file, "--competency", "09")
    assert (code, err) == (0, "")
    champ = Championship.open(file, readonly=True)
    try:
        original = champ.scheme("09")
    finally:
        champ.close()
    assert out == (f"Wrote {out_file}: marking scheme of 09, {original.aspect_count} aspects, "
                   f"total {original.total.normalize():f}.\n")
    assert read_marking_scheme(out_file).scheme == original
    assert read_marking_scheme(out_file).source_name == "Программные решения"
    # and through the CLI into a second competency of the same file
    assert run(capsys, "import", "scheme", file, out_file, "--competency", "10")[0] == 0
    champ = Championship.open(file, readonly=True)
    try:
        assert champ.scheme("10") == original
        assert champ.competency("10").name_ru == "Программные решения"
    finally:
        champ.close()


def test_export_scheme_needs_exactly_one_competency_with_a_scheme(tmp_path, capsys):
    file = tmp_path / "c.wsk"
    make_tiny(file).close()
    out_file = tmp_path / "s.xlsx"
    for extra, words in (([], "--competency CODE"), (["--competency", "17", "--competency", "17"], "one competency"),
                         (["--competency", "99"], "no competency 99")):
        code, out, err = run(capsys, "export", file, "scheme", out_file, *extra)
        assert code == 2 and words in err and out == "" and len(err.strip().splitlines()) == 1
    assert not out_file.exists()
    champ = Championship.open(file)
    try:
        from wsk_desk.domain.people import Competency

        champ.save_competency(Competency("18", "Пусто"))
    finally:
        champ.close()
    code, _, err = run(capsys, "export", file, "scheme", out_file, "--competency", "18")
    assert code == 2 and "no marking scheme" in err and not out_file.exists()
