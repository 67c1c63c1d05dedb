"""Small championship files for the reliability tests (backups, faults, verify, CLI, open checks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.storage.conftest import tiny_scheme
from wsk_desk.demo.data import REGIONS
from wsk_desk.domain.people import Competency, Competitor, Expert, ExpertRole
from wsk_desk.storage.championship import Championship

MARKS = {("A1.1", "P01"): "45", ("A1.1", "P02"): "30.5", ("B1.1", "P03"): "20"}
SCORES = {("A1.2", "P01"): {"E03": 3, "E04": 2}}


def build(path: str | Path, *, close: bool = True) -> Championship | Path:
    """A championship with three competitors, two forms and a few marks; closed unless asked."""
    path = Path(path)
    ch = Championship.create(path, "Test", regions=REGIONS, actor="tester")
    ch.save_competency(Competency("17", "Веб-технологии", "Веб-технологиялар", "Web Technologies"))
    ch.save_people(
        [Competitor("P01", "Қасымова", "Әлия", "", region="ALM", competency="17"),
         Competitor("P02", "Ким", "Ольга", "", region="KAR", competency="17"),
         Competitor("P03", "Үмбетов", "Нұрлан", "", region="SHY", competency="17")],
        [Expert("E01", "Оспанов", "Бауыржан", "", region="AST", competency="17", role=ExpertRole.CHIEF),
         Expert("E02", "Ким", "Олег", "", region="KAR", competency="17"),
         Expert("E03", "Ли", "Анна", "", region="MAN", competency="17"),
         Expert("E04", "Петров", "Илья", "", region="TUR", competency="17"),
         Expert("E05", "Ахметов", "Арман", "", region="ZHA", competency="17")])
    ch.replace_scheme("17", tiny_scheme())
    ch.set_marking_team("17", "A1", ["E02", "E03", "E04"])
    ch.set_marking_team("17", "B1", ["E03", "E04", "E05"])
    for (aspect, competitor), value in MARKS.items():
        ch.set_measurement("17", aspect, competitor, value)
    for (aspect, competitor), scores in SCORES.items():
        ch.set_scores("17", aspect, competitor, scores)
    if not close:
        return ch
    ch.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ch.close()
    return path


def marks_of(path: str | Path) -> dict:
    """Measurement marks and scores read straight from the file, behind the desk's back."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        m = {(a, c): v for a, c, v in conn.execute("SELECT aspect, competitor, value FROM measurement_marks")}
        s = {(a, c, e): v for a, c, e, v in conn.execute("SELECT aspect, competitor, expert, score FROM judge_scores")}
    finally:
        conn.close()
    return {"m": m, "s": s}


def raw(path: str | Path, *statements: str) -> None:
    """Change the file with plain sqlite3, as someone with the sqlite3 shell would."""
    conn = sqlite3.connect(str(path))
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
