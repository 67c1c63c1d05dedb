"""The audit check on a private read-only snapshot, for running beside a desk that keeps writing.

The window opens a national file without waiting for the audit replay and
runs this in a background thread (ui/integrity_check.py). One read
transaction holds one WAL snapshot for the whole replay, so a mark typed
meanwhile can never make a sound file look tampered.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from . import audit
from .connection import FileProblem, open_readonly
from .integrity import verify_db


def verify_snapshot(path: str | Path) -> audit.VerifyReport:
    """verify_db on a consistent read-only snapshot of `path`; never raises."""
    conn = None
    try:
        conn = open_readonly(Path(path), timeout=5)
        conn.execute("BEGIN")
        return verify_db(Database(conn))
    except (sqlite3.Error, FileProblem) as exc:
        return audit.VerifyReport(False, 0, [f"the audit log could not be read ({exc})."])
    finally:
        if conn is not None:
            conn.close()
