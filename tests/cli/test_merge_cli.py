"""`wsk-desk merge`, the package command and the national views, run as the organizer would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wsk_desk.cli import main
from wsk_desk.exchange.package import read_package
from wsk_desk.storage import audit
from wsk_desk.storage.championship import Championship

from ..exchange.packages_util import copy_demo, demo_file, split_into_packages


@pytest.fixture(scope="session")
def base(tmp_path_factory):
    return tmp_path_factory.mktemp("merge_cli")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _package_argv(file: Path, out: Path, *codes: str) -> list[str]:
    return ["export", str(file), "package", str(out), *[x for c in codes for x in ("--competency", c)]]


def test_merging_the_national_packages_gives_the_original_results_and_standings(base, capsys):
    split = split_into_packages(base)
    master = base / "master.wsk"
    original = Championship.open(split.original, readonly=True)
    try:
        assert run(capsys, "new", master, "--name", original.name)[0] == 0
        code, out, err = run(capsys, "merge", master, *split.packages.values())
        assert code == 0, err
        assert "verified" in out and out.count(" add ") == 50
        assert "Merged: " in out
        for view in ("results", "standings"):  # identical JSON, as the organizer would compare them
            a = run(capsys, view, master, "--json")
            b = run(capsys, view, split.original, "--json")
            assert a[0] == b[0] == 0
            assert json.loads(a[1]) == json.loads(b[1])
        assert len(json.loads(a[1])["main"]) == 20 and json.loads(b[1])["juniors"]
        merged = Championship.open(master, readonly=True)
        try:
            assert audit.verify(merged.db).ok
        finally:
            merged.close()
        # the national views of the merged master equal those of the original file
        for view in ("medals", "best", "pending"):
            a = run(capsys, view, master, "--json")
            b = run(capsys, view, split.original, "--json")
            assert a[0] == b[0] == 0
            assert json.loads(a[1]) == json.loads(b[1])
        # and importing them again changes nothing
        code, out, _ = run(capsys, "merge", master, *list(split.packages.values())[:3])
        assert code == 0 and "Nothing to change" in out and out.count("no change") == 3
    finally:
        original.close()


def test_medal_table_counts_every_medal_once(base, capsys):
    file = demo_file(base, "national")
    code, out, _ = run(capsys, "medals", file, "--json")
    data = json.loads(out)
    champ = Championship.open(file, readonly=True)
    try:
        counted = [r for res in champ.all_results() for r in res.counted]
        golds = sum(1 for r in counted if r.medal and r.medal.value == "GOLD")
        not_final = [res.code for res in champ.all_results() if res.status != "final"]
    finally:
        champ.close()
    assert code == 0
    assert data["main"]["total"]["gold"] + data["juniors"]["total"]["gold"] == golds
    assert data["not_final"] == not_final
    text = run(capsys, "medals", file)[1]
    assert "awarded:" in text and "Not final yet" in text
    pending = run(capsys, "pending", file)[1]
    assert f"{len(not_final)} of 50 competencies are not final" in pending


def test_a_conflict_is_shown_side_by_side_and_needs_a_reason(base, tmp_path, capsys):
    venue = copy_demo(base, "small", tmp_path / "venue.wsk", file_id="venue")
    other = copy_demo(base, "small", tmp_path / "other.wsk", file_id="other")
    venue.close()
    other.close()
    assert run(capsys, *_package_argv(tmp_path / "venue.wsk", tmp_path / "v.wskpkg", "10", "17"))[0] == 0
    assert run(capsys, *_package_argv(tmp_path / "other.wsk", tmp_path / "o.wskpkg", "17"))[0] == 0
    master = tmp_path / "master.wsk"
    run(capsys, "new", master, "--name", _championship_name(demo_file(base, "small")))
    assert run(capsys, "merge", master, tmp_path / "v.wskpkg")[0] == 0
    code, out, err = run(capsys, "merge", master, tmp_path / "o.wskpkg")
    assert code == 0 and "no change" in out  # identical content: nothing to decide
    # the other laptop goes on marking: now the same competency differs, from another source
    other = Championship.open(tmp_path / "other.wsk", actor="other")
    try:
        form = next(f for f in other.scheme("17").forms() if f.id not in other.marksheet("17").locks)
        aspect = next(a for a in form.aspects if not a.is_judgement)
        other.set_measurement("17", aspect.id, other.entrants("17")[0].id, "0", "ошибка")
    finally:
        other.close()
    (tmp_path / "o.wskpkg").unlink()
    run(capsys, *_package_argv(tmp_path / "other.wsk", tmp_path / "o.wskpkg", "17"))
    code, out, err = run(capsys, "merge", master, tmp_path / "o.wskpkg")
    assert code == 2
    assert "CONFLICT" in out and "Conflict in 17" in out and "venue" in out and "other" in out
    assert "Nothing to change" not in out and out.rstrip().endswith("Nothing merged: 1 conflict left unchanged (17).")
    assert "left unchanged" in err and "Traceback" not in err
    code, _, err = run(capsys, "merge", master, tmp_path / "o.wskpkg", "--resolve", "17=take")
    assert code == 2 and "needs --reason" in err
    code, out, err = run(capsys, "merge", master, tmp_path / "o.wskpkg", "--resolve", "17=take",
                         "--reason", "Протокол главного эксперта")
    assert code == 0, err
    assert "Merged: 17" in out
    m = Championship.open(master, readonly=True)
    try:
        assert list(audit.entries(m.db))[-1].reason == "17: Протокол главного эксперта"
        assert m.marksheet("17").measurements[(aspect.id, m.entrants("17")[0].id)].reason == "ошибка"
    finally:
        m.close()


def test_an_altered_package_is_refused_in_one_sentence(base, tmp_path, capsys):
    assert run(capsys, *_package_argv(demo_file(base, "small"), tmp_path / "p.wskpkg"))[0] == 0
    blob = bytearray((tmp_path / "p.wskpkg").read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    (tmp_path / "bad.wskpkg").write_bytes(bytes(blob))
    run(capsys, "new", tmp_path / "m.wsk", "--name", "M")
    code, out, err = run(capsys, "merge", tmp_path / "m.wsk", tmp_path / "bad.wskpkg")
    assert code == 2
    assert err.startswith("wsk-desk: ") and "bad.wskpkg" in err and "checksum" in err
    assert len(err.strip().splitlines()) == 1
    m = Championship.open(tmp_path / "m.wsk", readonly=True)
    try:
        assert m.competencies() == []
    finally:
        m.close()


def test_export_package_names_its_competencies_and_checks_the_suffix(base, tmp_path, capsys):
    code, out, _ = run(capsys, *_package_argv(demo_file(base, "small"), tmp_path / "x.wskpkg", "17"))
    assert code == 0 and "results package of competencies 17" in out and "SHA-256" in out
    assert list(read_package(tmp_path / "x.wskpkg").competencies) == ["17"]
    code, _, err = run(capsys, *_package_argv(demo_file(base, "small"), tmp_path / "x.zip"))
    assert code == 2 and "x.wskpkg" in err
    code, _, err = run(capsys, *_package_argv(demo_file(base, "small"), tmp_path / "y.wskpkg", "99"))
    assert code == 2 and "no competency 99" in err and not (tmp_path / "y.wskpkg").exists()


def _championship_name(path: Path) -> str:
    champ = Championship.open(path, readonly=True)
    try:
        return champ.name
    finally:
        champ.close()


def test_a_package_from_another_championship_is_refused_unless_forced(base, tmp_path, capsys):
    package = tmp_path / "p.wskpkg"
    assert run(capsys, *_package_argv(demo_file(base, "small"), package, "10"))[0] == 0
    master = tmp_path / "m.wsk"
    run(capsys, "new", master, "--name", "Другой чемпионат")
    for extra in ([], ["--dry-run"], ["--json"]):
        code, out, err = run(capsys, "merge", master, package, *extra)
        assert code == 2, extra
        assert err.startswith("wsk-desk: p.wskpkg comes from the championship “") and "--force" in err
        assert "Другой чемпионат" in err and len(err.strip().splitlines()) == 1 and "Merged" not in out
    m = Championship.open(master, readonly=True)
    try:
        assert m.competencies() == [] and m.counts()["audit_entries"] == 1
    finally:
        m.close()
    code, out, err = run(capsys, "merge", master, package, "--force")
    assert code == 0, err
    assert "Merged: 10" in out
    m = Championship.open(master, readonly=True)
    try:
        assert [c.code for c in m.competencies()] == ["10"]
    finally:
        m.close()
