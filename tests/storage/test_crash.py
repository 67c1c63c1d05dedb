"""The crash test with a small count: SIGKILL a writer mid-entry, lose no acknowledged mark."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from wsk_desk.demo.generate import write_demo
from wsk_desk.storage.integrity import verify_file

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_test.py"


@pytest.fixture(scope="module")
def crash():
    spec = importlib.util.spec_from_file_location("crash_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_three_kills_lose_no_acknowledged_mark(crash, tmp_path):
    path = tmp_path / "crash.wsk"
    write_demo(path, "small", 3).close()
    figures = crash.run(path, trials=3, seed=3, log=lambda line: None)
    assert figures["problems"] == []
    assert figures["trials"] == 3 and figures["acknowledged"] > figures["acknowledged_score_sets"] > 0
    failures = ("lost", "torn", "quick_check_failures", "verify_failures", "writer_errors")
    assert [figures[k] for k in failures] == [0, 0, 0, 0, 0]
    assert figures["backups_good"] == figures["backups"] > 0  # backups killed halfway never pose as good
    assert verify_file(path).ok


def test_the_checker_notices_a_lost_mark(crash, tmp_path):
    path = tmp_path / "crash.wsk"
    write_demo(path, "small", 3).close()
    model = dict(crash.file_cells(path))
    cell = next(k for k in model if k[0] == "m")
    conn = sqlite3.connect(path)  # the mark vanishes behind the desk's back
    conn.execute("DELETE FROM measurement_marks WHERE competency = ? AND aspect = ? AND competitor = ?", cell[1:])
    conn.commit()
    conn.close()
    result = crash.check_marks(path, model, None)
    assert result["lost"] == 1 and str(cell) in result["problems"][0]


def test_the_checker_tells_a_landed_call_from_a_torn_one(crash, tmp_path):
    path = tmp_path / "crash.wsk"
    write_demo(path, "small", 3).close()
    model = dict(crash.file_cells(path))
    code, aspect, entrant, judge = next(k for k in model if k[0] == "s")[1:]
    changed = 3 - model[("s", code, aspect, entrant, judge)]
    in_flight = {"k": "s", "code": code, "a": aspect, "c": entrant, "v": {judge: changed, "NOBODY": 1}}
    result = crash.check_marks(path, dict(model), in_flight)
    assert result["torn"] == 0 and result["in_flight_landed"] == 0  # nothing of it landed: fine
    conn = sqlite3.connect(path)
    conn.execute("UPDATE judge_scores SET score = ? WHERE competency = ? AND aspect = ? AND competitor = ? "
                 "AND expert = ?", (changed, code, aspect, entrant, judge))
    conn.commit()
    conn.close()
    result = crash.check_marks(path, dict(model), in_flight)
    assert result["torn"] == 1  # one judge's score without the other: the call was not all-or-nothing
