"""Rotating backups of a championship file, and restoring one safely.

Backups are taken with SQLite's online backup API from a connection of their
own, so they are a consistent snapshot even while the desk writes (WAL), and
are written to a `.partial` name and renamed: a backup folder never holds a
half-written file under a backup's name. They land in `<name>.wsk.backups/`
beside the file and, when set, in a second folder (a USB stick); a missing
second folder is a warning, never a reason to stop marking.

`BackupPolicy` decides when: after commits at most every 5 minutes, and
always before a risky step (import, merge, unlock, sign-off, upgrade).
"""

from __future__ import annotations

import os
import re
from glob import escape as glob_escape
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from ..domain.errors import DeskError
from . import schema
from .connection import open_readonly
from .faults import classify
from .filelock import FileLock, LockHeld
from .refusals import refuse

DEFAULT_KEEP = 20
DEFAULT_INTERVAL = 300.0  # seconds between automatic backups while changes happen
PARTIAL_STALE = 3600.0  # a half-written backup this old was abandoned by a crash
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<micro>\d{6})-(?P<reason>[a-z0-9_]+)\.wsk$")


def backup_dir(path: str | Path) -> Path:
    """The folder beside a championship file where its backups rotate."""
    path = Path(path)
    return path.with_name(path.name + ".backups")


def connect_ro(path: Path) -> sqlite3.Connection:
    return open_readonly(path, timeout=5)


def copy_database(source: sqlite3.Connection, target: Path, tmp: Path | None = None) -> None:
    """Snapshot `source` into a new file `target`, durably, via a temporary name (backups, standby)."""
    tmp = tmp or target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(tmp))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dest.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable where the system allows it
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def _backup_name(path: Path, reason: str, when: datetime) -> str:
    reason = re.sub(r"[^a-z0-9_]+", "_", reason.lower()).strip("_") or "manual"
    return f"{path.stem}-{when.strftime(_STAMP)}-{when.microsecond:06d}-{reason}.wsk"


def make_backup(source: str | Path | sqlite3.Connection, folder: str | Path, *, name_of: str | Path | None = None,
                reason: str = "manual", keep: int | None = DEFAULT_KEEP) -> Path:
    """Write one backup of a file (or an open connection) into `folder`; rotate to `keep` copies.

    Raises StorageFault (a sentence) when the folder cannot take it.
    """
    folder = Path(folder)
    base = Path(name_of if name_of is not None else source)  # type: ignore[arg-type]
    target = folder / _backup_name(base, reason, datetime.now())
    try:
        folder.mkdir(parents=False, exist_ok=True)
        if isinstance(source, sqlite3.Connection):
            copy_database(source, target)
        else:
            conn = connect_ro(Path(source))
            try:
                copy_database(conn, target)
            finally:
                conn.close()
    except (sqlite3.Error, OSError) as exc:
        fault = classify(exc, folder)
        if fault is None:
            raise
        raise type(fault)(f"No backup could be written to {folder}: {exc}.") from exc
    if keep is not None:
        rotate(folder, base.stem, keep)
    return target


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete the oldest backups of `stem` beyond `keep`; never touches other files."""
    mine = [b.path for b in list_backups(folder) if b.stem == stem]
    doomed = mine[keep:]
    for leftover in folder.glob(f"{glob_escape(stem)}-*.wsk.partial"):  # a backup killed halfway
        try:
            if time.time() - leftover.stat().st_mtime > PARTIAL_STALE:
                doomed.append(leftover)
        except OSError:
            pass
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    stem: str
    taken_at: datetime
    reason: str
    size: int

    def check(self) -> str:
        """'ok', or why this backup cannot be used."""
        return check_backup(self.path)


def list_backups(*folders: str | Path) -> list[BackupInfo]:
    """Backups found in the folders, newest first (missing folders are skipped)."""
    found = []
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            m = _NAME.match(path.name)
            if not m or not path.is_file():
                continue
            stamp = datetime.strptime(m["stamp"], _STAMP).replace(microsecond=int(m["micro"]))
            found.append(BackupInfo(path, m["stem"], stamp, m["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def check_backup(path: str | Path) -> str:
    """quick_check and format version of a backup file, without changing it: 'ok' or a reason."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return "not a championship file"
        conn = connect_ro(path)
    except (OSError, sqlite3.Error) as exc:
        return f"cannot be read ({exc})"
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if not rows or rows[0][0] != "ok":
            return "damaged (" + "; ".join(r[0] for r in rows[:2]) + ")"
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?",
                                            (schema.MIGRATION_SET,))]
        unknown = [n for n in names if n not in schema.known_migration_names()]
        if unknown:
            return "written by a newer version of WSK Desk"
        if not names:
            return "not a championship file"
    except sqlite3.Error as exc:
        return f"damaged ({exc})"
    finally:
        conn.close()
    return "ok"


def newest_good_backup(path: str | Path, *extra_folders: str | Path) -> BackupInfo | None:
    """The newest backup of this file that passes quick_check, from its folder and any others."""
    path = Path(path)
    for info in list_backups(backup_dir(path), *extra_folders):
        if info.stem == path.stem and info.check() == "ok":
            return info
    return None


def restore(backup: str | Path, out: str | Path, *, overwrite: bool = False) -> Path:
    """Copy a good backup to `out`. Refuses a bad backup, and an `out` that is open or locked."""
    backup, out = Path(backup), Path(out)
    if not backup.is_file():
        raise refuse("backup_missing", path=backup)
    verdict = check_backup(backup)
    if verdict != "ok":
        raise refuse("backup_bad", name=backup.name, verdict=verdict)
    if not out.parent.is_dir():
        raise refuse("no_folder", path=out.parent)
    if out.resolve() == backup.resolve():
        raise refuse("restore_over_itself", name=out.name)
    lock = FileLock(out, app="WSK Desk restore")
    if out.exists() and not overwrite:
        raise refuse("file_exists", path=out)
    try:
        lock.acquire()
    except LockHeld as held:
        who = held.holder.describe() if held.holder else "another program"
        raise refuse("open_elsewhere", name=out.name, who=who) from None
    try:
        if out.exists() and _open_elsewhere(out):
            raise refuse("open_in_other_program", name=out.name)
        conn = connect_ro(backup)
        try:
            tmp = out.with_name(out.name + ".restoring")
            copy_database(conn, tmp)
        finally:
            conn.close()
        for side in ("-wal", "-shm"):  # an old log left beside `out` would be replayed into the restored file
            Path(str(out) + side).unlink(missing_ok=True)
        os.replace(tmp, out)
    finally:
        lock.release()
    return out


def _open_elsewhere(path: Path) -> bool:
    """Whether another connection holds the file (SQLite refuses an exclusive lock)."""
    try:
        conn = sqlite3.connect(str(path), timeout=0)
    except sqlite3.Error:
        return True
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.DatabaseError as exc:
        return "locked" in str(exc) or "busy" in str(exc)  # a damaged file is not "open elsewhere"
    finally:
        conn.close()


def rescue_copy(db: Any, out: str | Path) -> Path:
    """Save what an open connection holds to a new file: the way out when the original vanished."""
    out = Path(out)
    if out.exists():
        raise refuse("file_exists", path=out)
    conn = db.conn if hasattr(db, "conn") else db
    copy_database(conn, out)
    return out


# ---- when to take them -------------------------------------------------------------------

class BackupPolicy:
    """Automatic backups of one open championship. Attach it right after opening.

    `warn(sentence)` receives problems (second folder missing, backup failed);
    marking always carries on.
    """

    def __init__(self, champ: Any, *, second_folder: str | Path | None = None, keep: int = DEFAULT_KEEP,
                 interval: float = DEFAULT_INTERVAL, warn: Callable[[str], None] | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.champ = champ
        self.folder = backup_dir(champ.path)
        self.second_folder = Path(second_folder) if second_folder else None
        self.keep, self.interval, self.clock = keep, interval, clock
        self.warn = warn or (lambda message: None)
        self.warnings: list[str] = []
        self.last_at: float | None = None
        self.dirty = False
        self.taken: list[Path] = []
        self._second_missing = False

    def attach(self) -> "BackupPolicy":
        """Back up after commits and before risky steps; the championship flushes it on close."""
        self.champ.subscribe(self.on_change)
        self.champ.before_risky = self.before_risky
        self.champ.backups = self
        return self

    def on_change(self, change: Any) -> None:
        """After a commit: back up when the last backup is older than the interval."""
        self.dirty = True
        if self.last_at is None or self.clock() - self.last_at >= self.interval:
            self.backup("auto")

    def before_risky(self, action: str) -> None:
        self.backup(action)

    def flush(self) -> None:
        """On close: keep the changes made since the last backup. Never raises: closing must not fail."""
        if self.dirty:
            try:
                self.backup("close")
            except Exception as exc:  # noqa: BLE001 - a failed last backup is a warning, the file is saved
                self._warn(f"The backup on closing failed ({exc}); the file itself is saved.")

    def backup(self, reason: str) -> list[Path]:
        """Back up now into the folder beside the file and the second folder; returns what was written."""
        written: list[Path] = []
        conn = self.champ.db.conn
        targets = [self.folder]
        if self.second_folder is not None:
            if self.second_folder.is_dir():
                targets.append(self.second_folder)
                self._second_missing = False
            elif not self._second_missing:  # once per absence, not at every backup
                self._second_missing = True
                self._warn(f"The second backup folder {self.second_folder} is not available (USB stick "
                           f"removed?): this backup was kept only in {self.folder}.")
        for folder in targets:
            try:
                written.append(make_backup(conn, folder, name_of=self.champ.path, reason=reason, keep=self.keep))
            except DeskError as exc:
                self._warn(str(exc))
        self.last_at = self.clock()
        self.dirty = False
        self.taken.extend(written)
        return written

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        self.warn(message)


def before_upgrade(path: Path, old_version: int) -> None:
    """For connect(before_upgrade=...): a backup of the file as it was, before its format changes."""
    make_backup(path, backup_dir(path), reason=f"before_upgrade_v{old_version}")
