"""One writer per championship file: a `<file>.lock` sidecar next to it.

Why not QLockFile (which the issue names)? Storage must not import Qt, and
the CLI (`restore`, the crash test's writer, scripts) must respect the very
same lock the GUI takes. One pure-Python implementation, one file format,
means a GUI on one laptop and a CLI on another see each other's locks. The
design follows QLockFile's: an exclusive create of the sidecar holding pid,
host and app; a lock is stale when its pid is dead on this host (or was
written before this host's last boot), or, when it comes from another host
on a shared folder, when it has not been refreshed for `stale_after`
seconds. Removing a stale lock happens under a second `.lock.rm` sidecar so
that two openers cannot both break it and then both believe they own it.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import DeskError

STALE_AFTER = 3600.0  # another host's lock not refreshed for an hour is abandoned
REFRESH_EVERY = 300.0  # a holder refreshes well within STALE_AFTER
UNWRITTEN_GRACE = 10.0  # an empty lock younger than this is someone mid-create
RM_STALE = 30.0  # a leftover removal sidecar older than this came from a crash


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".lock")


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def process_start(pid: int) -> str:
    """When a process started (Linux clock ticks since boot), to tell a reused pid from the holder."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[19] if len(fields) > 19 else ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))  # type: ignore[attr-defined]
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LockInfo:
    """Who holds a file: enough to tell a person where the other copy is open."""

    pid: int
    host: str
    app: str
    user: str
    since: float
    refreshed: float
    token: str = ""
    boot: str = ""
    started: str = ""  # the holder process's start time, where the system tells it

    def describe(self) -> str:
        when = datetime.fromtimestamp(self.since).strftime("%H:%M on %d.%m.%Y")
        who = f"{self.user} on {self.host}" if self.user else self.host
        return f"{self.app} ({who}, process {self.pid}) since {when}"


class LockHeld(DeskError):
    """The file is open for writing elsewhere: offer read-only or cancel."""

    def __init__(self, path: Path, holder: LockInfo | None):
        self.path, self.holder = path, holder
        who = holder.describe() if holder else "another program"
        super().__init__(f"{path.name} is already open for writing in {who}; open it read-only or cancel.")


def _user() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return ""


class FileLock:
    """The writer's lock on one championship file. Use acquire()/release(), or `with`."""

    def __init__(self, path: str | Path, *, app: str = "WSK Desk", stale_after: float = STALE_AFTER):
        self.path = Path(path)
        self.lock_file = lock_path(self.path)
        self.app = app
        self.stale_after = stale_after
        self.token = ""
        self._stop: threading.Event | None = None
        self._mutex = threading.Lock()  # the refresh thread never rewrites a lock release() just removed

    # ---- reading ----------------------------------------------------------------------------
    def holder(self) -> LockInfo | None:
        """The current holder as written in the sidecar, or None when the file is free."""
        try:
            text = self.lock_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError:
            return LockInfo(0, "", "another program", "", 0.0, 0.0)
        try:
            d = json.loads(text)
            return LockInfo(int(d["pid"]), str(d["host"]), str(d.get("app", "")), str(d.get("user", "")),
                            float(d["since"]), float(d.get("refreshed", d["since"])), str(d.get("token", "")),
                            str(d.get("boot", "")), str(d.get("started", "")))
        except (ValueError, KeyError, TypeError):
            return LockInfo(0, "", "", "", 0.0, 0.0)  # half-written or foreign: judged by its age

    def is_stale(self, info: LockInfo | None) -> bool:
        if info is None:
            return False
        if not info.host:  # unreadable content: stale once nobody can still be writing it
            try:
                age = time.time() - self.lock_file.stat().st_mtime
            except OSError:
                return False
            return age > UNWRITTEN_GRACE
        if info.host == socket.gethostname():
            boot = _boot_id()
            if info.boot and boot and info.boot != boot:
                return True  # written before this machine last started
            if not pid_alive(info.pid):
                return True
            started = process_start(info.pid)
            return bool(info.started and started and started != info.started)  # the pid was reused
        return time.time() - info.refreshed > self.stale_after

    @property
    def held(self) -> bool:
        """Whether this object owns the lock right now."""
        if not self.token:
            return False
        info = self.holder()
        return info is not None and info.token == self.token

    # ---- taking and giving back -------------------------------------------------------------
    def acquire(self) -> None:
        """Take the lock, breaking a stale one; raises LockHeld when someone alive holds it."""
        if self.held:
            return
        for _ in range(5):
            if self._create():
                return
            info = self.holder()
            if info is None:
                continue  # released between our attempt and our look
            if not self.is_stale(info):
                raise LockHeld(self.path, info)
            self._remove_stale(info)
        raise LockHeld(self.path, self.holder())

    def try_acquire(self) -> bool:
        try:
            self.acquire()
        except LockHeld:
            return False
        return True

    def release(self) -> None:
        """Give the lock back, but only when it is still ours (never delete another's lock)."""
        self.stop_refreshing()
        with self._mutex:
            if self.held:
                try:
                    self.lock_file.unlink()
                except FileNotFoundError:
                    pass
            self.token = ""

    def refresh(self) -> bool:
        """Rewrite our sidecar's time so other hosts see we are alive; False when we lost it."""
        with self._mutex:
            info = self.holder()
            if not self.token or info is None or info.token != self.token:
                return False
            data = self._content(info.since)
            tmp = self.lock_file.with_name(self.lock_file.name + f".{self.token[:8]}.tmp")
            try:
                tmp.write_text(data, encoding="utf-8")
                os.replace(tmp, self.lock_file)
            except OSError:
                tmp.unlink(missing_ok=True)
                return False
            return True

    def start_refreshing(self, every: float = REFRESH_EVERY) -> None:
        """Refresh from a daemon thread until release(); the GUI and long CLI runs use this."""
        if self._stop is not None:
            return
        stop = self._stop = threading.Event()

        def loop() -> None:
            while not stop.wait(every):
                self.refresh()

        threading.Thread(target=loop, name="wsk-lock-refresh", daemon=True).start()

    def stop_refreshing(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def __enter__(self) -> "FileLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    # ---- internals --------------------------------------------------------------------------
    def _content(self, since: float) -> str:
        return json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "app": self.app, "user": _user(),
                           "since": since, "refreshed": time.time(), "token": self.token, "boot": _boot_id(),
                           "started": process_start(os.getpid())})

    def _create(self) -> bool:
        token = uuid.uuid4().hex
        try:
            fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        self.token = token
        try:
            os.write(fd, self._content(time.time()).encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        return True

    def _remove_stale(self, seen: LockInfo) -> None:
        """Delete a stale lock, under a removal sidecar, only if it is still the one judged stale."""
        rm = self.lock_file.with_name(self.lock_file.name + ".rm")
        try:
            fd = os.open(rm, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                if time.time() - rm.stat().st_mtime > RM_STALE:
                    rm.unlink()
            except OSError:
                pass
            time.sleep(0.05)
            return
        os.close(fd)
        try:
            now = self.holder()
            if now == seen and self.is_stale(now):
                try:
                    self.lock_file.unlink()
                except OSError as exc:
                    if exc.errno != errno.ENOENT:
                        raise
        finally:
            rm.unlink(missing_ok=True)
