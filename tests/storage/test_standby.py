"""The standby copy: always a complete file, refreshed after commits at most every 10 s."""

from __future__ import annotations

import json
import time

import pytest

from wsk_desk.domain.errors import DeskError
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.connection import quick_check
from wsk_desk.storage.filelock import lock_path
from wsk_desk.storage.standby import StandbyCopy


class FakeTime:
    """A clock and a scheduler the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.jobs: list[tuple[float, object]] = []

    def clock(self) -> float:
        return self.now

    def schedule(self, delay: float, fn):
        job = _Job(self.now + delay, fn)
        self.jobs.append(job)
        return job

    def advance(self, seconds: float) -> None:
        self.now += seconds
        for job in [j for j in self.jobs if j.at <= self.now and not j.cancelled]:
            self.jobs.remove(job)
            job.fn()


class _Job:
    def __init__(self, at: float, fn) -> None:
        self.at, self.fn, self.cancelled = at, fn, False

    def cancel(self) -> None:
        self.cancelled = True


def _marks(path) -> int:
    champ = Championship.open(path, readonly=True)
    try:
        assert quick_check(champ.db) == "ok"
        return champ.counts()["marks"]
    finally:
        champ.close()


def _mark(champ, value: str) -> None:
    champ.set_measurement("17", "A1.1", "P01", value)


def test_the_standby_is_a_complete_file_refreshed_at_most_every_ten_seconds(champ, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    t = FakeTime()
    standby = StandbyCopy(champ, folder, clock=t.clock, schedule=t.schedule).attach()
    target = folder / champ.path.name
    assert standby.copies == 0  # copies never run inside the commit: they are scheduled
    t.advance(0)
    assert standby.copies == 1 and _marks(target) == 0
    assert not (folder / (target.name + "-wal")).exists()  # self-contained
    t.advance(11)
    _mark(champ, "40")  # first commit after a quiet spell: copied at once
    t.advance(0)
    assert standby.copies == 2 and _marks(target) == 1
    t.advance(2)
    _mark(champ, "41")
    champ.set_measurement("17", "B1.1", "P01", "20")
    assert standby.copies == 2 and len(t.jobs) == 1  # batched: one copy due 10 s after the last
    assert _marks(target) == 1
    t.advance(7.9)
    assert standby.copies == 2
    t.advance(0.2)
    assert standby.copies == 3 and _marks(target) == 2
    standby.close()


def test_closing_copies_pending_changes_and_a_second_laptop_can_open_the_copy(champ, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    t = FakeTime()
    standby = StandbyCopy(champ, folder, clock=t.clock, schedule=t.schedule).attach()
    t.advance(0)
    _mark(champ, "30")
    _mark(champ, "31")
    assert t.jobs
    standby.close()
    assert t.jobs[0].cancelled
    taken = Championship.open(folder / champ.path.name, actor="second laptop")
    try:
        assert str(taken.marksheet("17").measurements[("A1.1", "P01")].value) == "31"
        assert taken.file_id == champ.file_id
        taken.set_measurement("17", "A1.1", "P02", "10")  # it carries on as the working file
    finally:
        taken.close()


def test_a_missing_folder_is_a_warning_and_marking_carries_on(champ, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    warnings: list[str] = []
    t = FakeTime()
    standby = StandbyCopy(champ, folder, clock=t.clock, schedule=t.schedule, warn=warnings.append).attach()
    t.advance(0)
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()  # the stick was pulled out
    t.advance(20)
    _mark(champ, "25")
    t.advance(0)
    assert champ.marksheet("17").measurements[("A1.1", "P01")].value == 25
    assert warnings and "not available" in warnings[-1] and str(folder) in warnings[-1]
    assert standby.dirty
    folder.mkdir()  # put back: the next change refreshes it
    t.advance(20)
    _mark(champ, "26")
    t.advance(0)
    assert _marks(folder / champ.path.name) == 1 and standby.last_error == ""


def test_the_standby_folder_cannot_be_the_files_own_folder(champ):
    with pytest.raises(DeskError, match="another folder"):
        StandbyCopy(champ, champ.path.parent)


def test_a_standby_taken_over_on_another_laptop_is_never_overwritten(champ, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    warnings: list[str] = []
    t = FakeTime()
    standby = StandbyCopy(champ, folder, clock=t.clock, schedule=t.schedule, warn=warnings.append).attach()
    t.advance(0)
    target = folder / champ.path.name
    lock_path(target).write_text(json.dumps({"pid": 4242, "host": "laptop-2", "app": "WSK Desk", "user": "deputy",
                                             "since": time.time(), "refreshed": time.time()}))
    before = target.stat().st_mtime_ns
    t.advance(20)
    _mark(champ, "12")
    t.advance(0)
    assert target.stat().st_mtime_ns == before and _marks(target) == 0
    assert "laptop-2" in warnings[-1] and "no longer refreshed" in warnings[-1]
    assert standby.copies == 1


def test_with_real_threads_the_deferred_copy_happens(champ, tmp_path):
    folder = tmp_path / "real"
    folder.mkdir()
    standby = StandbyCopy(champ, folder, interval=0.2).attach()
    _mark(champ, "10")
    _mark(champ, "11")
    deadline = time.monotonic() + 5
    while standby.copies < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    standby.close()
    assert standby.copies >= 2
    assert _marks(folder / champ.path.name) == 1
    assert sorted(p.name for p in folder.iterdir()) == [champ.path.name]  # no partial file left behind
