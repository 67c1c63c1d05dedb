"""A standby copy of the open championship in a second folder, for a second laptop to take over.

After a commit the copy is refreshed at once, or, when the last copy is less
than `interval` (10 s) old, once at the end of that interval: at most one
copy every 10 s however fast marks are typed. Each copy is SQLite's online
backup from a read-only connection of its own (a consistent committed
snapshot, never half a transaction) into a temporary file in the standby
folder, then an atomic rename: the standby name always holds a complete,
self-contained file (journal mode DELETE, no -wal beside it) that the desk
opens like any other.

The folder is a per-machine choice (a USB stick or a share as this laptop
sees it), so the UI keeps it in QSettings under SETTING_KEY rather than in
the championship file, which travels. A missing folder or a full stick is a
warning through `warn`, never a reason to stop marking.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Callable

from .backup import connect_ro, copy_database
from .filelock import FileLock
from .refusals import refuse

SETTING_KEY = "standby/folder"
DEFAULT_INTERVAL = 10.0

Scheduler = Callable[[float, Callable[[], None]], Any]  # (delay, fn) -> a handle with .cancel()


def _thread_timer(delay: float, fn: Callable[[], None]) -> threading.Timer:
    timer = threading.Timer(delay, fn)
    timer.daemon = True
    timer.start()
    return timer


def standby_path(file: str | Path, folder: str | Path) -> Path:
    """Where the standby copy of `file` lives in `folder`: the same file name."""
    return Path(folder) / Path(file).name


class StandbyCopy:
    """Keeps `folder/<file name>` a fresh, complete copy of an open Championship.

    `schedule(delay, fn)` runs every copy (default: a daemon thread timer, so
    marks entry never waits for a copy; `warn` is then called on that thread,
    so the UI should hand its sentence to the GUI thread with a queued signal).
    Call `close()` before closing the championship: it copies what is still
    pending.
    """

    def __init__(self, champ: Any, folder: str | Path, *, interval: float = DEFAULT_INTERVAL,
                 warn: Callable[[str], None] | None = None, clock: Callable[[], float] = time.monotonic,
                 schedule: Scheduler = _thread_timer):
        self.champ = champ
        self.folder = Path(folder)
        self.source = Path(champ.path)
        if self.folder.resolve() == self.source.resolve().parent:
            raise refuse("standby_same_folder", path=self.folder)
        self.target = standby_path(self.source, self.folder)
        self.interval, self.clock, self.schedule = interval, clock, schedule
        self.warn = warn or (lambda message: None)
        self.last_at: float | None = None
        self.last_error: str = ""
        self.copies = 0
        self.dirty = False
        self._pending: Any = None
        self._lock = threading.Lock()  # state only, never held while copying
        self._copying = threading.Lock()
        self._closed = False

    def attach(self) -> "StandbyCopy":
        """Start following the championship's commits, with a first copy right away."""
        self.champ.subscribe(self.on_change)
        self.on_change()
        return self

    def on_change(self, change: Any = None) -> None:
        """After a commit: a copy is due now, or once the interval since the last copy is over.

        The copy itself runs through `schedule` (by default on a timer thread), so the hand
        typing marks never waits for it; this only notes that a copy is due.
        """
        with self._lock:
            if self._closed:
                return
            self.dirty = True
            if self._pending is not None:
                return
            wait = 0.0 if self.last_at is None else max(0.0, self.last_at + self.interval - self.clock())
            token = self._pending = object()  # claimed first: the copy may start before schedule() returns
        handle = self.schedule(wait, self._deferred)
        with self._lock:
            if self._pending is token:
                self._pending = handle

    def _deferred(self) -> None:
        with self._lock:
            self._pending = None
            if self._closed or not self.dirty:
                return
        self.copy_now()

    def copy_now(self) -> Path | None:
        """Refresh the standby copy now; returns its path, or None (and a warning) when it failed."""
        with self._copying:  # one copy at a time; the state lock is held only for moments
            holder = self._taken_over()
            with self._lock:  # a commit during the copy makes the next one due an interval from now
                self.dirty = bool(holder)
                self.last_at = self.clock()
            if holder:
                return self._failed(f"The standby copy {self.target} is open in {holder} (taken over?): it is "
                                    "no longer refreshed from this laptop.")
            try:
                _snapshot(self.source, self.target)
            except (sqlite3.Error, OSError) as exc:
                with self._lock:
                    self.dirty = True
                return self._failed(self._sentence(exc))
            with self._lock:
                self.last_error = ""
                self.copies += 1
            return self.target

    def _failed(self, sentence: str) -> None:
        with self._lock:
            self.last_error = sentence
        self.warn(sentence)
        return None

    def _taken_over(self) -> str:
        """Who holds the standby file open as their working file, if anyone: never overwrite it then."""
        lock = FileLock(self.target)
        info = lock.holder()
        if info is None or lock.is_stale(info):
            return ""
        return info.describe()

    def _sentence(self, exc: BaseException) -> str:
        if not self.folder.is_dir():
            return (f"The standby folder {self.folder} is not available (USB stick removed?): the standby copy "
                    "was not refreshed; marking carries on.")
        return f"The standby copy in {self.folder} could not be refreshed ({exc}); marking carries on."

    def close(self) -> None:
        """Stop following; copy once more, here and now, if changes are still pending."""
        with self._lock:
            self._closed = True
            pending, self._pending = self._pending, None
            dirty = self.dirty
        if pending is not None and hasattr(pending, "cancel"):
            pending.cancel()
        if dirty:
            self.copy_now()


def _snapshot(source: Path, target: Path) -> None:
    """Copy a championship file (with its WAL) into `target` through a temporary name."""
    src = connect_ro(source)
    try:
        copy_database(src, target, tmp=target.with_name("." + target.name + ".standby-partial"))
    finally:
        src.close()
    for side in ("-wal", "-shm"):  # an old log beside the standby would be replayed into it
        Path(str(target) + side).unlink(missing_ok=True)
