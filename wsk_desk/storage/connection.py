"""Opening a championship file safely: pragmas, integrity and version checks.

A file is checked before anything reads it: a damaged file or one written by
a newer desk is refused with a sentence a person can act on, never a crash.
"""

from __future__ import annotations

import os
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

    def __init__(self, kind: str, message: str, detail: str = ""):
        super().__init__(message)
        self.kind = kind  # missing | empty | not_sqlite | damaged | newer | locked | readonly | unreadable | wal_waiting
        self.detail = detail  # SQLite's or the system's own words, shown in brackets in every language


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise FileProblem("missing", f"{path}: the file does not exist.") from None
    except OSError as exc:
        raise FileProblem("unreadable", f"{path}: the file cannot be read ({exc.strerror}).",
                          str(exc.strerror)) from None
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
    # SQLite lists every broken page (kilobytes, one row may hold many lines): the user gets the first complaint
    lines = [ln.strip() for r in rows for ln in str(r[0]).splitlines() if ln.strip() and not ln.startswith("***")]
    first = lines[0] if lines else str(first).strip()
    more = len(lines) - 1
    first = first if len(first) <= 160 else first[:157] + "..."
    return first + (f"; {more} more problems" if more > 0 else "")


def connect(path: str | Path, *, readonly: bool = False, create: bool = False,
            before_upgrade: Callable[[Path, int], None] | None = None) -> Database:
    """Open (or create) a championship file, checked and upgraded to the current schema.

    `before_upgrade(path, old_version)` runs before pending migrations are
    applied to an existing file, so that a backup can be taken first.
    """
    path = Path(path)
    exists = path.exists() and path.stat().st_size > 0
    if not exists and not create:
        if path.exists():
            raise FileProblem("empty", f"{path}: the file is empty (0 bytes), so it holds no championship.")
        raise FileProblem("missing", f"{path}: the file does not exist.")
    if exists:
        _check_header(path)
    try:
        if readonly:
            conn = open_readonly(path) if exists else sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False)
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
                raise FileProblem("damaged", f"{path}: the file is damaged ({verdict}).", verdict)
            newer = schema.unknown_steps(db)
            if newer:
                db.close()
                raise FileProblem(
                    "newer",
                    f"{path}: the file was written by a newer version of WSK Desk "
                    f"(format steps {', '.join(newer)}); please update WSK Desk to open it.", ", ".join(newer))
        pending = schema.migrations.pending(db)
        if pending:
            if readonly:
                if exists:
                    db = _upgraded_in_memory(db)
            else:
                if exists and before_upgrade is not None:
                    before_upgrade(path, schema.schema_version(db))
                schema.migrations.apply(db)
                db.execute(f"PRAGMA user_version={schema.CURRENT_VERSION}")
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _problem_from(path, exc) from None
    return db


def _upgraded_in_memory(db: Database) -> Database:
    """An older file opened read-only is read through an upgraded copy in memory.

    The file itself stays as it is (read-only means untouched), yet results,
    printing and exports of an older file work like those of a current one.
    """
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    db.conn.backup(memory)
    db.close()
    upgraded = Database(memory)
    upgraded.execute("PRAGMA foreign_keys=ON")
    schema.migrations.apply(upgraded)
    upgraded.execute(f"PRAGMA user_version={schema.CURRENT_VERSION}")
    return upgraded


def open_readonly(path: Path, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    """A read-only connection, also from a read-only medium (a write-protected USB stick, a CD).

    SQLite opens a WAL file read-only only when it can create the `-shm`
    index beside it, which a read-only folder forbids; such a folder cannot
    change under us, so the file is then opened as immutable. Changes still
    waiting in a `-wal` file would be ignored that way, so that case is refused
    with what to do instead.
    """
    uri = path.resolve().as_uri()
    conn = None
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if conn is not None:
            conn.close()
        if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise FileProblem("wal_waiting", f"{path}: the file's latest changes are still in {wal.name} and its "
                                        "folder is read-only; copy both files to a writable folder and open the copy.")
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=False)


def _problem_from(path: Path, exc: sqlite3.DatabaseError) -> FileProblem:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return FileProblem("locked", f"{path}: the file is busy in another program ({text}).", text)
    if "not a database" in text or "malformed" in text:
        return FileProblem("damaged", f"{path}: the file is damaged ({text}).", text)
    if "readonly" in text or "read-only" in text:
        return FileProblem("readonly", f"{path}: the file or its folder is read-only ({text}).", text)
    if "unable to open" in text:
        return FileProblem("unreadable", f"{path}: the file cannot be opened ({text}).", text)
    return FileProblem("damaged", f"{path}: the file cannot be used ({text}).", text)
