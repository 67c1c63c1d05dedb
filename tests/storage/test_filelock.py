"""One writer per file: the `.lock` sidecar, two instances, stale locks after a crash."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wsk_desk.storage import filelock
from wsk_desk.storage.filelock import FileLock, LockHeld, lock_path

ROOT = Path(__file__).resolve().parents[2]


def write_lock(path: Path, **fields) -> None:
    data = {"pid": os.getpid(), "host": socket.gethostname(), "app": "WSK Desk", "user": "someone",
            "since": time.time(), "refreshed": time.time(), "token": "theirs", "boot": filelock._boot_id(),
            "started": filelock.process_start(os.getpid())}
    data.update(fields)
    lock_path(path).write_text(json.dumps(data))


def test_lock_sidecar_names_the_holder_and_goes_away_on_release(tmp_path):
    f = tmp_path / "a.wsk"
    lock = FileLock(f)
    lock.acquire()
    info = json.loads(lock_path(f).read_text())
    assert (info["pid"], info["host"], info["app"]) == (os.getpid(), socket.gethostname(), "WSK Desk")
    assert lock.held
    lock.release()
    assert not lock_path(f).exists()
    assert not lock.held


def test_second_instance_is_refused_with_a_sentence_naming_the_holder(tmp_path):
    f = tmp_path / "a.wsk"
    first, second = FileLock(f), FileLock(f, app="WSK Desk CLI")
    first.acquire()
    with pytest.raises(LockHeld) as info:
        second.acquire()
    message = str(info.value)
    assert "a.wsk is already open for writing in WSK Desk" in message
    assert socket.gethostname() in message and "read-only or cancel" in message
    assert "\n" not in message
    assert info.value.holder.pid == os.getpid()
    assert not second.try_acquire()
    first.release()
    assert second.try_acquire()
    second.release()


def test_lock_held_by_another_live_process_then_broken_after_it_is_killed(tmp_path):
    f = tmp_path / "a.wsk"
    code = ("import sys, time; from wsk_desk.storage.filelock import FileLock; "
            f"FileLock({str(f)!r}).acquire(); print('locked', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(LockHeld) as info:
            FileLock(f).acquire()
        assert info.value.holder.pid == proc.pid
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    # the holder crashed: its pid is dead on this host, so the lock is stale and taken over
    assert lock_path(f).exists()
    mine = FileLock(f)
    mine.acquire()
    assert json.loads(lock_path(f).read_text())["pid"] == os.getpid()
    mine.release()


def test_stale_lock_with_a_dead_pid_is_taken_over(tmp_path):
    f = tmp_path / "a.wsk"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    write_lock(f, pid=dead.pid, started="")
    lock = FileLock(f)
    assert lock.is_stale(lock.holder())
    lock.acquire()
    assert lock.held
    lock.release()


def test_lock_from_before_the_last_boot_is_stale(tmp_path):
    f = tmp_path / "a.wsk"
    write_lock(f, boot="an-earlier-boot")
    lock = FileLock(f)
    assert lock.is_stale(lock.holder()) == bool(filelock._boot_id())


def test_a_reused_pid_does_not_keep_a_dead_holders_lock(tmp_path):
    f = tmp_path / "a.wsk"
    write_lock(f, started="1")  # our pid, but a process that started at another moment
    lock = FileLock(f)
    assert lock.is_stale(lock.holder()) == bool(filelock.process_start(os.getpid()))


def test_another_hosts_lock_is_stale_only_when_not_refreshed(tmp_path):
    f = tmp_path / "a.wsk"
    write_lock(f, host="laptop-2", pid=1)
    lock = FileLock(f, stale_after=3600)
    with pytest.raises(LockHeld) as info:
        lock.acquire()
    assert "laptop-2" in str(info.value)
    write_lock(f, host="laptop-2", pid=1, refreshed=time.time() - 2 * 3600)
    lock.acquire()
    assert lock.held
    lock.release()


def test_half_written_lock_counts_as_held_only_while_young(tmp_path):
    f = tmp_path / "a.wsk"
    lock_path(f).write_text("")
    lock = FileLock(f)
    assert not lock.try_acquire()
    old = time.time() - 60
    os.utime(lock_path(f), (old, old))
    assert lock.try_acquire()
    lock.release()


def test_refresh_moves_the_time_and_notices_a_lost_lock(tmp_path):
    f = tmp_path / "a.wsk"
    lock = FileLock(f)
    lock.acquire()
    before = lock.holder().refreshed
    time.sleep(0.01)
    assert lock.refresh()
    assert lock.holder().refreshed > before
    assert lock.holder().since <= before
    # someone broke our lock and took the file: refresh says so, release leaves their lock alone
    write_lock(f, token="someone-else")
    assert not lock.refresh()
    assert not lock.held
    lock.release()
    assert json.loads(lock_path(f).read_text())["token"] == "someone-else"


def test_background_refresh_runs_until_release(tmp_path):
    f = tmp_path / "a.wsk"
    lock = FileLock(f)
    lock.acquire()
    first = lock.holder().refreshed
    lock.start_refreshing(every=0.02)
    deadline = time.time() + 5
    while lock.holder().refreshed == first and time.time() < deadline:
        time.sleep(0.01)
    assert lock.holder().refreshed > first
    lock.release()
    assert not lock_path(f).exists()


def test_context_manager_and_leftover_removal_sidecar(tmp_path):
    f = tmp_path / "a.wsk"
    write_lock(f, host="laptop-2", refreshed=0, since=0)
    rm = lock_path(f).with_name(lock_path(f).name + ".rm")
    rm.write_text("")
    old = time.time() - 120
    os.utime(rm, (old, old))  # a crash in the middle of a removal left this behind
    with FileLock(f) as lock:
        assert lock.held
    assert not lock_path(f).exists() and not rm.exists()
