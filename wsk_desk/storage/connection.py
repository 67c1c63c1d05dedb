"""Opening a championship file safely: pragmas, integrity and version checks.

A file is checked before anything reads it: a damaged file or one written by
a newer desk is refused with a sentence a person can act on, never a crash.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from sqlite_utils import Database

from ..domain.errors import DeskError
from . import schema

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class FileProblem(DeskError):
    """The championship file cannot be used as it is. `kind` tells the UI what to offer."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind  # missing | not_sqlite | damaged | newer | locked | unreadable


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise FileProblem("missing", f"{path}: the file does not exist.") from None
    except OSError as exc:
        raise FileProblem("unreadable", f"{path}: the file cannot be read ({exc.strerror}).") from None
    if head and head != SQLITE_MAGIC:
        raise FileProblem("not_sqlite", f"{path}: this is not a WSK Desk championship file.")


def quick_check(db: Database) -> str:
    """'ok', or SQLite's first complaint about the file's structure."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = rows[0][0] if rows else "no answer"
    if first == "ok":
        return "ok"
    # SQLite's complaints can span lines; the user gets one sentence
    return "; ".join(" ".join(str(r[0]).split()) for r in rows[:3])


def connect(path: str | Path, *, readonly: bool = False, create: bool = False,
            before_upgrade: Callable[[Path, int], None] | None = None) -> Database:
    """Open (or create) a championship file, checked and upgraded to the current schema.

    `before_upgrade(path, old_version)` runs before pending migrations are
    applied to an existing file, so that a backup can be taken first.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        raise FileProblem("missing", f"{path}: the file does not exist.")
    if exists:
        _check_header(path)
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not readonly:
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        raise _problem_from(path, exc) from None
    try:
        if exists:
            verdict = quick_check(db)
            if verdict != "ok":
                db.close()
                raise FileProblem("damaged", f"{path}: the file is damaged ({verdict}).")
            newer = schema.unknown_steps(db)
            if newer:
                db.close()
                raise FileProblem(
                    "newer",
                    f"{path}: the file was written by a newer version of WSK Desk "
                    f"(format steps {', '.join(newer)}); please update WSK Desk to open it.")
        pending = schema.migrations.pending(db)
        if pending:
            if readonly:
                if exists:
                    db.close()
                    raise FileProblem("readonly_upgrade",
                                      f"{path}: the file needs a format upgrade and cannot be opened read-only.")
            else:
                if exists and before_upgrade is not None:
                    before_upgrade(path, schema.schema_version(db))
                schema.migrations.apply(db)
                db.execute(f"PRAGMA user_version={schema.CURRENT_VERSION}")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _problem_from(path, exc) from None
    return db


def _problem_from(path: Path, exc: sqlite3.DatabaseError) -> FileProblem:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return FileProblem("locked", f"{path}: the file is busy in another program ({text}).")
    if "not a database" in text or "malformed" in text:
        return FileProblem("damaged", f"{path}: the file is damaged ({text}).")
    if "readonly" in text or "read-only" in text:
        return FileProblem("readonly", f"{path}: the file or its folder is read-only ({text}).")
    if "unable to open" in text:
        return FileProblem("unreadable", f"{path}: the file cannot be opened ({text}).")
    return FileProblem("damaged", f"{path}: the file cannot be used ({text}).")
