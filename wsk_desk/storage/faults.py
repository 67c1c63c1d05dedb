"""Storage faults as sentences: disk full, read-only medium, vanished file, locked database.

SQLite and the OS report these as error codes; a Chief Expert needs to know
what happened to the last change (not saved), to the earlier ones (safe) and
what to do. `guard_writes(Championship)` wraps every write path so that a
failed write is rolled back, the cached state is dropped (the screen shows
what the file holds), and the desk stays alive: read-only when the file can
no longer be written at all, still writable when retrying can succeed.

A vanished file deserves special care: in WAL mode SQLite keeps writing into
a deleted file's inode without complaint, and those changes would die with
the process. So each write first checks that the path still names the file
that was opened; if not, nothing is written and the desk turns read-only
(the open connection can still save a rescue copy: backup.rescue_copy).
"""

from __future__ import annotations

import errno
import functools
import inspect
import os
import sqlite3
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..domain.errors import DeskError

F = TypeVar("F", bound=Callable[..., Any])

NOT_SAVED = "the last change was not saved"
SAFE = "everything saved before it is safe"


class StorageFault(DeskError):
    """A write failed for a reason outside the desk. `readonly`: the desk switched to read-only."""

    kind = "failure"

    def __init__(self, message: str, *, readonly: bool = False):
        super().__init__(message)
        self.readonly = readonly


class DiskFull(StorageFault):
    kind = "disk_full"


class ReadOnlyMedium(StorageFault):
    kind = "readonly"


class FileVanished(StorageFault):
    kind = "vanished"


class DatabaseLocked(StorageFault):
    kind = "locked"


class FileDamaged(StorageFault):
    kind = "damaged"


class StorageFailure(StorageFault):
    kind = "failure"


def _code(exc: BaseException) -> int:
    return getattr(exc, "sqlite_errorcode", 0) & 0xFF  # primary result code


def classify(exc: BaseException, path: str | Path | None = None) -> StorageFault | None:
    """The fault behind an sqlite3 or OS error, or None when it is not a storage fault (a bug)."""
    name = Path(path).name if path else "the file"
    where = f" ({path})" if path else ""
    if path is not None and not Path(path).exists() and isinstance(exc, (sqlite3.Error, OSError)):
        return FileVanished(f"{name} is no longer there{where}; was the USB stick pulled? {NOT_SAVED.capitalize()}, "
                            f"{SAFE} in the open copy: save a copy elsewhere now.", readonly=True)
    if isinstance(exc, sqlite3.Error):
        code, text = _code(exc), str(exc).lower()
        if code == 13 or "disk is full" in text:  # SQLITE_FULL
            return DiskFull(f"The disk holding {name} is full: {NOT_SAVED}; {SAFE}. Free some space and enter "
                            "it again.")
        if code == 8 or "readonly" in text or "read-only" in text:  # SQLITE_READONLY
            return ReadOnlyMedium(f"{name} cannot be written (a read-only disk or folder): {NOT_SAVED}; {SAFE}. "
                                  "The file is now open read-only.", readonly=True)
        if code in (5, 6) or "locked" in text or "busy" in text:  # SQLITE_BUSY, SQLITE_LOCKED
            return DatabaseLocked(f"Another program is using {name} right now: {NOT_SAVED}; {SAFE}. Try again "
                                  "in a moment.")
        if code in (11, 26) or "malformed" in text or "not a database" in text:  # CORRUPT, NOTADB
            return FileDamaged(f"{name} is damaged: {NOT_SAVED}. The file is now open read-only; restore the "
                               "newest good backup.", readonly=True)
        if code in (10, 14) or "disk i/o" in text or "unable to open" in text:  # IOERR, CANTOPEN
            return StorageFailure(f"{name} can no longer be read or written (a disk error; was the USB stick "
                                  f"pulled?): {NOT_SAVED}. The file is now open read-only.", readonly=True)
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFull(f"The disk holding {name} is full: {NOT_SAVED}; {SAFE}. Free some space and enter it "
                            "again.")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyMedium(f"{name} cannot be written (a read-only disk or folder): {NOT_SAVED}; {SAFE}. "
                                  "The file is now open read-only.", readonly=True)
        if exc.errno == errno.ENOENT:
            return FileVanished(f"{name} is no longer there{where}: {NOT_SAVED}.", readonly=True)
        return StorageFailure(f"{name} can no longer be read or written ({exc.strerror or exc}): {NOT_SAVED}.",
                              readonly=True)
    return None


# ---- the guard around the Championship's write paths ----------------------------------------------

def file_identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def check_still_there(champ: Any) -> None:
    """Refuse to write when the path no longer names the file that was opened (deleted, pulled, swapped)."""
    now = file_identity(champ.path)
    opened = champ.__dict__.setdefault("_file_identity", now)
    if now is None or now != opened:
        raise FileVanished(f"{champ.path.name} is no longer there ({champ.path}); was the USB stick pulled? "
                           f"{NOT_SAVED.capitalize()}, {SAFE} in the open copy: save a copy elsewhere now.",
                           readonly=True)


def _recover(champ: Any, fault: StorageFault) -> None:
    """After a failed write: no half transaction, no stale cache, read-only when writing is hopeless."""
    conn = getattr(champ.db, "conn", None)
    try:
        if conn is not None and conn.in_transaction:
            conn.rollback()
    except sqlite3.Error:
        pass
    for cache in ("_ctx_cache", "_results_cache", "_structure"):
        getattr(champ, cache, {}).clear()
    if fault.readonly:
        champ.readonly = True
    champ.last_fault = fault


def guarded(method: F) -> F:
    """Turn storage errors of one Championship write method into StorageFault sentences."""
    if getattr(method, "__storage_guarded__", False):
        return method

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(self, "_guard_depth", 0):  # an outer guarded call already checks and recovers
            return method(self, *args, **kwargs)
        if not getattr(self, "readonly", False):
            try:
                check_still_there(self)
            except StorageFault as fault:
                _recover(self, fault)
                raise
        self._guard_depth = 1
        try:
            return method(self, *args, **kwargs)
        except (sqlite3.Error, OSError) as exc:
            fault = classify(exc, self.path)
            if fault is None:
                raise
            _recover(self, fault)
            raise fault from exc
        finally:
            self._guard_depth = 0

    wrapper.__storage_guarded__ = True  # type: ignore[attr-defined]
    return wrapper  # type: ignore[return-value]


def writes(fn: Callable) -> bool:
    """A write path: a function that opens a transaction or insists on a writable file."""
    code = getattr(inspect.unwrap(fn), "__code__", None)
    return code is not None and bool({"atomic", "_writable"} & set(code.co_names))


def guard_writes(cls: type) -> type:
    """Wrap every write method of `cls` (its own and its mixins'): found by what the code calls."""
    for klass in cls.__mro__:
        for name, value in list(vars(klass).items()):
            if name.startswith("__") or not callable(value) or isinstance(value, (classmethod, staticmethod)):
                continue
            if writes(value) and not getattr(getattr(cls, name), "__storage_guarded__", False):
                setattr(cls, name, guarded(getattr(cls, name)))
    return cls
