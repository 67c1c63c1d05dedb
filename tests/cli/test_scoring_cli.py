"""`results` and `standings` print exactly the JSON shapes the organizer's scripts rely on."""

from __future__ import annotations

import json
from pathlib import Path

from wsk_desk.cli import main

REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "real-marking-schemes"
RESULT_KEYS = {"id", "members", "name", "region", "raw", "criteria", "scale", "rank", "medal", "why"}


def _json(capsys, argv) -> dict:
    capsys.readouterr()
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_results_json_shape_and_order(national_demo, capsys):
    data = _json(capsys, ["results", str(national_demo), "--json"])
    assert data["championship"] == "WorldSkills Kazakhstan 2025"
    assert len(data["competencies"]) == 50
    for comp in data["competencies"]:
        assert set(comp) == {"code", "name", "category", "status", "median", "sd", "settings", "results"}
        assert comp["category"] in ("main", "juniors")
        assert comp["status"] in ("incomplete", "provisional", "final")
        assert "scale_centre" in comp["settings"] and "medallion_threshold" in comp["settings"]
        ranks = [r["rank"] for r in comp["results"] if r["rank"] is not None]
        assert ranks == sorted(ranks)
        for r in comp["results"]:
            assert set(r) == RESULT_KEYS
            assert r["medal"] in (None, "GOLD", "SILVER", "BRONZE", "EXCELLENCE")
            assert round(r["raw"], 2) == r["raw"]
    mech = next(c for c in data["competencies"] if c["code"] == "04")
    assert all(len(r["members"]) == 2 for r in mech["results"])  # a team has one result


def test_results_for_one_competency_with_a_look_alike_code(national_demo, capsys):
    data = _json(capsys, ["results", str(national_demo), "--competency", "17J", "--json"])
    assert [c["code"] for c in data["competencies"]] == ["17J"]
    data = _json(capsys, ["results", str(national_demo), "--competency", "17Ј", "--json"])  # Cyrillic Ј
    assert [c["code"] for c in data["competencies"]] == ["17J"]


def test_standings_json_counts_match_the_results(national_demo, capsys):
    results = _json(capsys, ["results", str(national_demo), "--json"])
    standings = _json(capsys, ["standings", str(national_demo), "--json"])
    assert set(standings) == {"main", "juniors"}
    for table in ("main", "juniors"):
        golds = sum(1 for c in results["competencies"] if c["category"] == ("main" if table == "main" else
                                                                              "juniors")
                    for r in c["results"] if r["medal"] == "GOLD")
        assert sum(row["gold"] for row in standings[table]) == golds
        for row in standings[table]:
            assert set(row) == {"region", "gold", "silver", "bronze", "medallion", "points", "rank"}
            assert row["points"] == 4 * row["gold"] + 3 * row["silver"] + 2 * row["bronze"] + row["medallion"]
        assert [r["rank"] for r in standings[table]] == sorted(r["rank"] for r in standings[table])


def test_scheme_inspect_real_files(capsys):
    ru = _json(capsys, ["scheme", "inspect", str(REAL / "ru-kriterii-ocenki_software-solutions.xlsx"), "--json"])
    assert [c["id"] for c in ru["criteria"]] == ["А", "Б", "В", "Г"]
    assert [c["max"] for c in ru["criteria"]] == [20, 58, 8, 14]
    aspects = [a for c in ru["criteria"] for s in c["subcriteria"] for a in s["aspects"]]
    assert len(aspects) == 167 and sum(a["type"] == "J" for a in aspects) == 12
    assert all(len(a["descriptors"]) == 4 for a in aspects if a["type"] == "J")
    assert ru["total"] == 100
    cis = _json(capsys, ["scheme", "inspect", str(REAL / "cis-import-template_software-solutions.xlsx"), "--json"])
    subs = [s["id"] for c in cis["criteria"] for s in c["subcriteria"]]
    assert subs == ["A1", "A2", "B1", "B2", "B6", "C1", "C2", "D1", "D2"]
    assert cis["total"] == 66.5 and any("66.5" in w for w in cis["warnings"])


def test_import_refusal_exits_2(tmp_path, capsys):
    path = tmp_path / "c.wsk"
    assert main(["new", str(path), "--name", "C"]) == 0
    bad = tmp_path / "scheme.xlsx"
    bad.write_bytes(b"this is not a workbook at all")
    assert main(["import", "scheme", str(path), str(bad), "--competency", "17"]) == 2
    err = capsys.readouterr().err
    assert "scheme.xlsx" in err and "Traceback" not in err
