"""Small championship files for the reliability tests (backups, faults, verify, CLI, open checks)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.storage.conftest import make_tiny
from wsk_desk.storage.championship import Championship

MARKS = {("A1.1", "P01"): "45", ("A1.1", "P02"): "30.5", ("B1.1", "P03"): "20"}
SCORES = {("A1.2", "P01"): {"E03": 3, "E04": 2}}


def build(path: str | Path, *, close: bool = True) -> Championship | Path:
    """A championship with three competitors, two forms and a few marks; closed unless asked."""
    path = Path(path)
    ch = make_tiny(path)
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
