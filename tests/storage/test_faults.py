"""Storage faults: disk full, read-only medium, vanished file, locked database, each one sentence."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.storage.reliability_util import MARKS, build, marks_of
from wsk_desk.domain.errors import DeskError
from wsk_desk.storage import audit, faults, repository
from wsk_desk.storage.backup import rescue_copy
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.faults import (DatabaseLocked, DiskFull, FileVanished, ReadOnlyMedium, StorageFailure,
                                     StorageFault, classify)
from wsk_desk.storage.integrity import verify_file


def one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and "Traceback" not in message


@pytest.fixture
def opened(tmp_path):
    champ = Championship.open(build(tmp_path / "a.wsk"))
    yield champ
    champ.close()


def test_disk_full_keeps_the_file_intact_and_every_earlier_mark(opened):
    champ = opened
    before = marks_of(champ.path)
    pages = champ.db.execute("PRAGMA page_count").fetchone()[0]
    champ.db.execute(f"PRAGMA max_page_count={pages}")  # the disk has no room for one more page
    with pytest.raises(DiskFull) as info:
        for i in range(50):  # long deduction reasons need new pages soon
            champ.set_measurement("17", "A1.1", "P03", str(i), reason="измерено штангенциркулем " * 200 + str(i))
    message = str(info.value)
    assert one_sentence(message) and "a.wsk is full" in message and "not saved" in message
    assert not champ.readonly  # after freeing space the Chief Expert simply enters it again
    assert champ.db.conn.in_transaction is False
    after = marks_of(champ.path)
    assert {k: v for k, v in after["m"].items() if k != ("A1.1", "P03")} == before["m"]
    assert after["s"] == before["s"]
    assert audit.verify(champ.db).ok
    # the screen reads the file again: what it shows is what the file holds
    shown = {k: str(v.value) for k, v in champ.marksheet("17").measurements.items()}
    assert shown == {k: v for k, v in after["m"].items()}
    champ.db.execute("PRAGMA max_page_count=1073741823")  # space was freed
    champ.set_measurement("17", "B1.1", "P02", "7")
    assert marks_of(champ.path)["m"][("B1.1", "P02")] == "7"
    assert verify_file(champ.path).ok


def test_os_level_disk_full_is_the_same_sentence(opened, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(repository, "write_ops", full)
    with pytest.raises(DiskFull) as info:
        opened.set_measurement("17", "B1.1", "P02", "7")
    assert one_sentence(str(info.value))
    assert marks_of(opened.path)["m"] == MARKS


def test_read_only_medium_turns_the_desk_read_only_and_refuses_politely(tmp_path):
    path = build(tmp_path / "a.wsk")
    # as on a write-protected stick: SQLite itself refuses every write
    db = Database(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))
    champ = Championship(db, path)
    with pytest.raises(ReadOnlyMedium) as info:
        champ.set_measurement("17", "B1.1", "P02", "7")
    assert one_sentence(str(info.value)) and "read-only" in str(info.value)
    assert info.value.readonly and champ.readonly
    with pytest.raises(DeskError, match="open read-only"):
        champ.set_measurement("17", "B1.1", "P02", "7")
    assert champ.marksheet("17").measurements[("A1.1", "P01")].value == 45  # reading carries on
    champ.close()
    assert marks_of(path)["m"] == MARKS


def test_vanished_file_writes_nothing_into_the_void_and_can_be_rescued(opened, tmp_path):
    champ = opened
    champ.set_measurement("17", "B1.1", "P02", "7")
    before = marks_of(champ.path)
    os.remove(champ.path)  # the USB stick was pulled, or someone deleted the file
    with pytest.raises(FileVanished) as info:
        champ.set_measurement("17", "B1.1", "P01", "8")
    assert one_sentence(str(info.value)) and "no longer there" in str(info.value)
    assert champ.readonly
    rescued = rescue_copy(champ.db, tmp_path / "rescued.wsk")
    assert marks_of(rescued) == before  # every committed mark, and not the refused one
    assert verify_file(rescued).ok


def test_file_swapped_under_the_desk_is_treated_as_vanished(opened, tmp_path):
    champ = opened
    champ.set_measurement("17", "B1.1", "P02", "7")
    other = build(tmp_path / "other.wsk")
    os.replace(other, champ.path)
    with pytest.raises(FileVanished):
        champ.set_measurement("17", "B1.1", "P01", "8")


def test_locked_database_is_a_retry_not_a_crash(opened):
    champ = opened
    champ.db.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(champ.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseLocked) as info:
            champ.set_measurement("17", "B1.1", "P02", "7")
        assert one_sentence(str(info.value)) and "Try again" in str(info.value)
        assert not champ.readonly
    finally:
        other.execute("ROLLBACK")
        other.close()
    champ.set_measurement("17", "B1.1", "P02", "7")  # the retry succeeds
    assert marks_of(champ.path)["m"][("B1.1", "P02")] == "7"


def test_structural_writes_are_guarded_too(opened, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repository, "save_region", full)
    with pytest.raises(DiskFull):
        opened.save_region(opened.regions()[0])
    assert opened.db.conn.in_transaction is False


def test_programming_errors_are_not_disguised_as_storage_faults(opened, monkeypatch):
    def bug(*args, **kwargs):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: measurement_marks.aspect")

    monkeypatch.setattr(repository, "write_ops", bug)
    with pytest.raises(sqlite3.IntegrityError):
        opened.set_measurement("17", "B1.1", "P02", "7")
    assert not opened.readonly


def test_every_write_path_of_the_championship_is_guarded():
    writers = []
    for klass in Championship.__mro__:
        for name, fn in vars(klass).items():
            if callable(fn) and not name.startswith("__") and faults.writes(fn):
                writers.append(name)
                assert getattr(getattr(Championship, name), "__storage_guarded__", False), name
    assert {"apply_ops", "replace_scheme", "save_people", "lock_form", "unlock_form", "sign_off",
            "set_marking_team", "substitute_many", "save_region", "save_competency"} <= set(writers)


@pytest.mark.parametrize("exc, fault", [
    (sqlite3.OperationalError("database or disk is full"), DiskFull),
    (sqlite3.OperationalError("attempt to write a readonly database"), ReadOnlyMedium),
    (sqlite3.OperationalError("database is locked"), DatabaseLocked),
    (sqlite3.OperationalError("disk I/O error"), StorageFailure),
    (OSError(errno.ENOSPC, "No space left on device"), DiskFull),
    (OSError(errno.EROFS, "Read-only file system"), ReadOnlyMedium),
    (OSError(errno.EIO, "Input/output error"), StorageFailure),
])
def test_classify_gives_one_sentence_per_fault(tmp_path, exc, fault):
    path = tmp_path / "a.wsk"
    path.write_bytes(b"")
    result = classify(exc, path)
    assert type(result) is fault and isinstance(result, StorageFault)
    assert one_sentence(str(result))


def test_classify_leaves_unknown_errors_alone(tmp_path):
    path = tmp_path / "a.wsk"
    path.write_bytes(b"")
    assert classify(sqlite3.OperationalError("no such table: nothing"), path) is None
    assert classify(ValueError("x"), path) is None
    assert type(classify(OSError(errno.EIO, "gone"), Path(tmp_path / "missing.wsk"))) is FileVanished


def _as_on_a_read_only_stick(monkeypatch, path: Path) -> None:
    """What a write-protected medium does to a WAL file: `mode=ro` cannot create the -shm index beside it."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if isinstance(target, str) and target.endswith("?mode=ro") and path.name in target:
            return real_connect(target.replace(path.name, "no-such-dir/" + path.name), *args, **kwargs)
        return real_connect(target, *args, **kwargs)

    real_access = os.access
    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path.parent else real_access(p, mode))


def test_file_on_a_read_only_medium_opens_read_only_and_verifies(tmp_path, monkeypatch):
    path = build(tmp_path / "a.wsk")
    _as_on_a_read_only_stick(monkeypatch, path)
    champ = Championship.open(path, readonly=True)
    try:
        assert champ.marksheet("17").measurements[("A1.1", "P01")].value == 45
    finally:
        champ.close()
    report = verify_file(path)
    assert report.ok and report.quick_check == "ok"


def test_read_only_medium_with_changes_left_in_the_wal_says_what_to_do(tmp_path, monkeypatch):
    path = build(tmp_path / "a.wsk")
    path.with_name("a.wsk-wal").write_bytes(b"\0" * 64)  # a crash left committed pages in the WAL
    _as_on_a_read_only_stick(monkeypatch, path)
    with pytest.raises(DeskError) as info:
        Championship.open(path, readonly=True)
    assert one_sentence(str(info.value)) and "copy both files to a writable folder" in str(info.value)


def test_damaged_file_message_is_one_short_sentence(tmp_path):
    from wsk_desk.storage.connection import quick_check

    class Rows:
        def fetchall(self):
            return [("*** in database main ***\nOn tree page 79 cell 17: Rowid 12 out of order\n" * 40,),
                    ("On tree page 80 cell 2: 2nd reference to page 81",)]

    class Db:
        def execute(self, sql):
            return Rows()

    verdict = quick_check(Db())  # type: ignore[arg-type]
    assert verdict == "On tree page 79 cell 17: Rowid 12 out of order; 40 more problems"
