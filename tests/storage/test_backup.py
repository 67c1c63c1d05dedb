"""Backups: consistent snapshots, rotation, the policy's timing, second folder, restore round trip."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.storage.reliability_util import MARKS, build, marks_of, raw
from wsk_desk.domain.errors import DeskError
from wsk_desk.storage import backup, schema
from wsk_desk.storage.backup import BackupPolicy, backup_dir, check_backup, list_backups, make_backup, restore
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.filelock import FileLock
from wsk_desk.storage.integrity import verify_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_backup_of_an_open_file_is_a_complete_self_contained_copy(champ):
    champ.set_measurement("17", "A1.1", "P01", "45")
    path = make_backup(champ.db.conn, backup_dir(champ.path), name_of=champ.path, reason="manual")
    assert path.parent == champ.path.with_name("t.wsk.backups")
    assert check_backup(path) == "ok"
    assert not Path(str(path) + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert marks_of(path)["m"] == {("A1.1", "P01"): "45"}
    assert verify_file(path).ok
    [info] = list_backups(backup_dir(champ.path))
    assert (info.stem, info.reason, info.size) == ("t", "manual", path.stat().st_size)


def test_rotation_keeps_the_newest_and_leaves_other_files_alone(tmp_path):
    src = build(tmp_path / "a.wsk")
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    (folder / "other-20240101-000000-000000-auto.wsk").write_bytes(b"x")  # another championship's backup
    stale_partial = folder / "a-20240101-000000-000000-auto.wsk.partial"
    stale_partial.write_bytes(b"half")
    os.utime(stale_partial, (time.time() - 7200, time.time() - 7200))
    made = [make_backup(src, folder, reason=f"r{i}", keep=3) for i in range(5)]
    mine = [b.path for b in list_backups(folder) if b.stem == "a"]
    assert mine == list(reversed(made[-3:]))  # newest first, the two oldest gone
    assert (folder / "notes.txt").exists() and (folder / "other-20240101-000000-000000-auto.wsk").exists()
    assert not stale_partial.exists()


def test_policy_backs_up_at_most_every_interval_while_changes_happen(champ):
    clock = Clock()
    policy = BackupPolicy(champ, interval=300, clock=clock).attach()
    champ.set_measurement("17", "A1.1", "P01", "10")
    assert len(policy.taken) == 1  # the first change after opening is saved at once
    clock.now += 299
    champ.set_measurement("17", "A1.1", "P01", "11")
    champ.set_measurement("17", "A1.1", "P02", "12")
    assert len(policy.taken) == 1
    clock.now += 1
    champ.set_measurement("17", "A1.1", "P03", "13")
    assert len(policy.taken) == 2
    assert marks_of(policy.taken[-1])["m"][("A1.1", "P03")] == "13"  # the backup follows the commit
    clock.now += 10
    champ.set_measurement("17", "B1.1", "P01", "5")
    champ.close()  # closing keeps what changed since the last backup
    assert len(policy.taken) == 3 and policy.taken[-1].name.endswith("-close.wsk")
    assert marks_of(policy.taken[-1])["m"][("B1.1", "P01")] == "5"


def test_default_policy_keeps_twenty(champ):
    policy = BackupPolicy(champ).attach()
    for _ in range(23):
        policy.backup("auto")
    assert len(list_backups(backup_dir(champ.path))) == backup.DEFAULT_KEEP == 20


def test_risky_steps_back_up_first(champ):
    clock = Clock()
    policy = BackupPolicy(champ, clock=clock).attach()
    champ.set_measurement("17", "A1.1", "P01", "45")
    reasons = lambda: [b.reason for b in list_backups(backup_dir(champ.path))]  # noqa: E731
    assert reasons() == ["auto"]
    champ.replace_scheme("17", champ.scheme("17"), force=True, reason="corrected scheme")
    assert reasons()[0] == "import"
    # the backup before the import still holds the mark the forced import discarded
    assert marks_of(policy.taken[-1])["m"] == {("A1.1", "P01"): "45"}
    champ.save_people(champ.competitors("17"), champ.experts("17"))
    assert reasons()[0] == "import"
    assert len(policy.taken) == 3
    raw(champ.path, "INSERT INTO form_locks VALUES ('17', 'A1', 'chief', '2025-01-01')")
    champ._changed("17", "test")  # the lock was written behind the desk's back: drop the cache
    champ.unlock_form("17", "A1", "a judge's score was misread")
    assert reasons()[0] == "unlock"


def test_second_folder_gets_a_copy_and_its_absence_is_one_warning(champ, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    warnings: list[str] = []
    policy = BackupPolicy(champ, second_folder=stick, warn=warnings.append).attach()
    written = policy.backup("manual")
    assert [p.parent for p in written] == [backup_dir(champ.path), stick]
    shutil.rmtree(stick)  # the stick was pulled
    policy.backup("auto")
    policy.backup("auto")
    assert len(warnings) == 1
    assert "second backup folder" in warnings[0] and "not available" in warnings[0]
    assert len(list_backups(backup_dir(champ.path))) == 3  # marking and backing up carried on
    stick.mkdir()
    assert len(policy.backup("auto")) == 2


def test_failed_backup_warns_and_marking_carries_on(champ):
    warnings: list[str] = []
    backup_dir(champ.path).write_text("a file where the folder should be")
    BackupPolicy(champ, warn=warnings.append).attach()
    champ.set_measurement("17", "A1.1", "P01", "45")
    assert warnings and "No backup could be written" in warnings[0]
    assert champ.marksheet("17").measurements[("A1.1", "P01")].value == 45


def test_newest_good_backup_skips_damaged_ones(tmp_path):
    src = build(tmp_path / "a.wsk")
    folder = backup_dir(src)
    good = make_backup(src, folder, reason="auto")
    bad = make_backup(src, folder, reason="auto")
    with open(bad, "r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(8192))
    assert check_backup(bad).startswith("damaged")
    assert backup.newest_good_backup(src).path == good


def test_backup_restore_round_trip(tmp_path):
    src = build(tmp_path / "a.wsk")
    b = make_backup(src, backup_dir(src))
    out = restore(b, tmp_path / "restored.wsk")
    assert marks_of(out) == marks_of(src)
    assert {k: v for k, v in marks_of(out)["m"].items()} == MARKS
    assert verify_file(out).ok
    champ = Championship.open(out)
    try:
        champ.set_measurement("17", "B1.1", "P01", "3")  # a restored file is an ordinary, writable file
    finally:
        champ.close()


def test_restore_refuses_to_overwrite_unless_forced_and_never_an_open_file(tmp_path):
    src = build(tmp_path / "a.wsk")
    b = make_backup(src, backup_dir(src))
    target = build(tmp_path / "target.wsk")
    with pytest.raises(DeskError, match="already exists"):
        restore(b, target)
    champ = Championship.open(target)
    champ.file_lock = FileLock(target)
    champ.file_lock.acquire()
    with pytest.raises(DeskError, match="is open in WSK Desk"):
        restore(b, target, overwrite=True)
    champ.file_lock.release()
    with pytest.raises(DeskError, match="open in another program"):  # open without a lock: SQLite still knows
        restore(b, target, overwrite=True)
    champ.close()
    Path(str(target) + "-wal").write_bytes(b"a leftover log of the old file")
    restore(b, target, overwrite=True)
    assert not Path(str(target) + "-wal").exists()
    assert marks_of(target) == marks_of(src)


def test_restore_refuses_bad_backups(tmp_path):
    junk = tmp_path / "junk.wsk"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(DeskError, match="cannot be restored: it is not a championship file"):
        restore(junk, tmp_path / "out.wsk")
    newer = build(tmp_path / "newer.wsk")
    raw(newer, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('wsk_desk', 'm999_future', '2030-01-01')")
    with pytest.raises(DeskError, match="newer version of WSK Desk"):
        restore(newer, tmp_path / "out.wsk")
    with pytest.raises(DeskError, match="does not exist"):
        restore(tmp_path / "nothing.wsk", tmp_path / "out.wsk")
    assert not (tmp_path / "out.wsk").exists()


def test_schema_upgrade_is_preceded_by_a_backup_of_the_old_file(tmp_path):
    path = tmp_path / "old.wsk"
    shutil.copy(FIXTURES / "schema_v1.wsk", path)
    Championship.open(path).close()
    [info] = list_backups(backup_dir(path))
    assert info.reason == "before_upgrade_v1"
    conn = sqlite3.connect(info.path)
    steps = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set='wsk_desk'").fetchone()[0]
    conn.close()
    assert steps == 1 < schema.CURRENT_VERSION


def test_rescue_copy_saves_an_open_file_that_vanished(tmp_path):
    champ = build(tmp_path / "a.wsk", close=False)
    before = marks_of(champ.path)
    os.remove(champ.path)
    out = backup.rescue_copy(champ.db, tmp_path / "rescued.wsk")
    champ.close()
    assert marks_of(out) == before
    assert verify_file(out).ok
