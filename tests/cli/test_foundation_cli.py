"""`new`, `demo` and `info`: files made from the command line, errors as one sentence."""

from __future__ import annotations

import json

from wsk_desk.cli import main
from wsk_desk.storage import repository
from wsk_desk.storage.championship import Championship


def _info(capsys, path) -> dict:
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_national_demo_has_about_fifty_competencies_in_progress(national_demo, capsys):
    info = _info(capsys, national_demo)
    assert 45 <= info["competencies"] <= 55
    assert info["regions"] == 20
    assert info["competitors"] >= 45 * 8
    assert info["marks"] > 0 and info["judge_scores"] > 0 and info["locked_forms"] > 0
    assert 0 < info["signed_off"] < info["competencies"]  # some final, some still open
    champ = Championship.open(national_demo, readonly=True)
    try:
        comps = champ.competencies()
        assert any(c.code.endswith("J") for c in comps)
        mech = next(c for c in comps if c.code == "04")
        assert mech.team_size == 2 and mech.name_en == "Mechatronics"
        statuses = {champ.results(c.code).status for c in comps}
        assert {"final", "provisional", "incomplete"} <= statuses
        for c in comps[:5]:
            scheme = champ.scheme(c.code)
            assert 30 <= scheme.aspect_count <= 150
            assert scheme.total == 100
            assert {a.type.value for a in scheme.aspects()} == {"M", "J"}
    finally:
        champ.close()


def test_demo_with_one_seed_gives_identical_content(tmp_path, capsys):
    a, b, c = tmp_path / "a.wsk", tmp_path / "b.wsk", tmp_path / "c.wsk"
    assert main(["demo", str(a), "--size", "small", "--seed", "7"]) == 0
    assert main(["demo", str(b), "--size", "small", "--seed", "7"]) == 0
    assert main(["demo", str(c), "--size", "small", "--seed", "8"]) == 0
    digests = []
    for p in (a, b, c):
        champ = Championship.open(p, readonly=True)
        digests.append(repository.content_digest(champ.db))
        champ.close()
    assert digests[0] == digests[1]
    assert digests[0] != digests[2]
    assert _info(capsys, a) == {**_info(capsys, b), "file": str(a)}


def test_new_creates_an_empty_championship_with_the_regions(tmp_path, capsys):
    path = tmp_path / "empty.wsk"
    assert main(["new", str(path), "--name", "WSK 2026"]) == 0
    info = _info(capsys, path)
    assert info["championship"] == "WSK 2026"
    assert info["regions"] == 20 and info["competencies"] == 0


def test_errors_are_one_sentence_without_traceback(tmp_path, capsys):
    path = tmp_path / "x.wsk"
    path.write_text("not a database")
    assert main(["info", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("wsk-desk: ") and "Traceback" not in err and err.count("\n") == 1
    assert main(["new", str(path), "--name", "again"]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["demo", str(tmp_path / "y.wsk"), "--size", "huge"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main(["info", str(tmp_path / "missing.wsk")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_argparse_double_dash_quirk_is_a_clean_refusal(capsys):
    # argparse leaves a positional as [] after "-- --" without checking its choices (found by the CLI fuzz)
    assert main(["export", "good.wsk", "--", "--", "good.wsk"]) == 2
    err = capsys.readouterr().err
    assert "kind is missing or unreadable" in err and "unexpected" not in err


def test_new_refuses_an_empty_name(tmp_path, capsys):
    assert main(["new", str(tmp_path / "e.wsk"), "--name", "  "]) == 2
    assert "needs a name" in capsys.readouterr().err and not (tmp_path / "e.wsk").exists()


def test_empty_championship_says_so_instead_of_printing_nothing(tmp_path, capsys):
    path = tmp_path / "e.wsk"
    assert main(["new", str(path), "--name", "Empty"]) == 0
    capsys.readouterr()
    assert main(["results", str(path)]) == 0
    assert "No competencies yet" in capsys.readouterr().out
    assert main(["standings", str(path)]) == 0
    assert "standings are empty" in capsys.readouterr().out


def test_a_closed_pipe_ends_quietly(tmp_path, capsys, monkeypatch):
    """`wsk-desk results F | head`: no 'Broken pipe' complaint once the reader has gone."""
    path = tmp_path / "e.wsk"
    assert main(["new", str(path), "--name", "Empty"]) == 0

    def closed(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("builtins.print", closed)
    assert main(["results", str(path)]) == 0
    assert capsys.readouterr().err == ""
