"""The whole integrity check of a file, read-only: structure, format version, audit chain, replay.

Used by `wsk-desk verify`, the crash test and the GUI's open-time check. It
reads the file through a read-only connection without upgrading it, so an
older file can be verified as it is and nothing is ever written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from . import audit, schema
from .connection import SQLITE_MAGIC, FileProblem, open_readonly, quick_check


@dataclass
class FileReport:
    file: str
    quick_check: str = ""
    schema_version: int | None = None
    desk_schema_version: int = schema.CURRENT_VERSION
    audit_entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.quick_check == "ok" and not self.problems

    def to_json(self) -> dict:
        return {"file": self.file, "ok": self.ok, "quick_check": self.quick_check,
                "schema_version": self.schema_version, "desk_schema_version": self.desk_schema_version,
                "audit_entries": self.audit_entries, "problems": list(self.problems)}


def verify_db(db: Database) -> audit.VerifyReport:
    """audit.verify(), with a log edited into nonsense (bad JSON, unknown operation) reported, not raised."""
    try:
        return audit.verify(db)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        return audit.VerifyReport(False, 0, [f"the audit log cannot be replayed: an entry was edited into "
                                             f"something the desk never writes ({type(exc).__name__}: {exc})."])


def verify_file(path: str | Path) -> FileReport:
    path = Path(path)
    report = FileReport(str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        report.quick_check = "unreadable"
        report.problems.append(f"{path}: the file cannot be read ({exc.strerror or exc}).")
        return report
    if head != SQLITE_MAGIC:
        report.quick_check = "not a championship file"
        report.problems.append(f"{path}: this is not a WSK Desk championship file.")
        return report
    try:
        db = Database(open_readonly(path, timeout=5))
    except FileProblem as exc:
        report.quick_check = "unreadable"
        report.problems.append(str(exc))
        return report
    except sqlite3.Error as exc:
        report.quick_check = "unreadable"
        report.problems.append(f"{path}: the file cannot be opened ({exc}).")
        return report
    try:
        report.quick_check = " ".join(quick_check(db).split())  # SQLite's complaint can span lines
        if report.quick_check != "ok":
            report.problems.append(f"{path}: the file is damaged ({report.quick_check}).")
            return report
        if "_sqlite_migrations" not in db.table_names() or "audit" not in db.table_names():
            report.problems.append(f"{path}: this is not a WSK Desk championship file.")
            return report
        report.schema_version = schema.schema_version(db)
        newer = schema.unknown_steps(db)
        if newer:
            report.problems.append(f"{path}: the file was written by a newer version of WSK Desk (format steps "
                                   f"{', '.join(newer)}); please update WSK Desk to verify it.")
            return report
        result = verify_db(db)
        report.audit_entries = result.entries
        report.problems.extend(result.problems)
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"{path}: the file cannot be read to the end ({exc}).")
    finally:
        db.close()
    return report
