"""Opening a file in the desk: second instance, stale lock, damaged file, newer file, tampered file."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.storage.reliability_util import MARKS, build, marks_of, raw
from wsk_desk.storage.backup import backup_dir, list_backups, make_backup
from wsk_desk.storage.filelock import FileLock, lock_path
from wsk_desk.ui.open_checks import banner_text, integrity_failed, open_for_desk


class Asker:
    """Answers the desk's questions like a person would, and remembers what was asked."""

    def __init__(self, *answers: str | None):
        self.answers = list(answers)
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(self, kind: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        self.asked.append((kind, text, [key for key, _ in choices]))
        return self.answers.pop(0) if self.answers else None


@pytest.fixture
def wsk(tmp_path):
    return build(tmp_path / "a.wsk")


def test_plain_open_takes_the_lock_attaches_backups_and_checks_integrity(qapp, wsk):
    ask = Asker()
    champ = open_for_desk(None, wsk, ask=ask)
    try:
        assert ask.asked == []
        assert not champ.readonly and champ.file_lock.held
        assert champ.integrity.ok and not integrity_failed(champ) and banner_text(champ) == ""
        champ.set_measurement("17", "B1.1", "P01", "5")
        assert [b.reason for b in list_backups(backup_dir(wsk))] == ["auto"]
    finally:
        champ.close()
    assert not lock_path(wsk).exists()


def test_second_instance_is_offered_read_only_or_cancel(qapp, wsk):
    first = open_for_desk(None, wsk, ask=Asker())
    try:
        cancel = Asker("cancel")
        assert open_for_desk(None, wsk, ask=cancel) is None
        kind, text, choices = cancel.asked[0]
        assert choices == ["readonly", "cancel"] and "already open for writing" in text
        second = open_for_desk(None, wsk, ask=Asker("readonly"))
        try:
            assert second.readonly and second.file_lock is None
            with pytest.raises(Exception, match="read-only"):
                second.set_measurement("17", "B1.1", "P01", "5")
            assert second.marksheet("17").measurements[("A1.1", "P01")].value == 45
        finally:
            second.close()
        assert first.file_lock.held  # closing the read-only copy leaves the writer's lock alone
    finally:
        first.close()


def test_stale_lock_of_a_crashed_desk_is_taken_over_silently(qapp, wsk):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(wsk).write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname(), "app": "WSK Desk",
                                          "since": time.time() - 600, "refreshed": time.time() - 600}))
    ask = Asker()
    champ = open_for_desk(None, wsk, ask=ask)
    try:
        assert ask.asked == [] and not champ.readonly and champ.file_lock.held
    finally:
        champ.close()


@pytest.mark.parametrize("damage", ["truncated", "random bytes"])
def test_damaged_file_offers_the_newest_good_backup(qapp, wsk, damage):
    make_backup(wsk, backup_dir(wsk), reason="auto")
    size = wsk.stat().st_size
    if damage == "truncated":
        os.truncate(wsk, size // 2)
    else:
        rng = random.Random(7)
        with open(wsk, "r+b") as fh:
            fh.seek(rng.randrange(4096, size - 8192))
            fh.write(rng.randbytes(8192))
    damaged = wsk.read_bytes()
    ask = Asker("restore")
    champ = open_for_desk(None, wsk, ask=ask)
    try:
        kind, text, choices = ask.asked[0]
        assert kind == "warning" and "damaged" in text and "newest good backup" in text
        assert choices == ["restore", "cancel"]
        assert champ.path != wsk and champ.path.name.startswith("a-restored-")
        assert marks_of(champ.path)["m"] == MARKS
        assert champ.integrity.ok and champ.file_lock.held
    finally:
        champ.close()
    assert wsk.read_bytes() == damaged  # the damaged file is kept as evidence


def test_damaged_file_without_a_backup_is_a_message_not_a_crash(qapp, wsk):
    os.truncate(wsk, wsk.stat().st_size // 3)
    ask = Asker()
    assert open_for_desk(None, wsk, ask=ask) is None
    kind, text, choices = ask.asked[0]
    assert kind == "error" and "No good backup" in text and choices == ["ok"]
    assert not lock_path(wsk).exists()


def test_file_from_a_newer_desk_is_refused_and_left_untouched(qapp, wsk):
    raw(wsk, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
             "VALUES ('wsk_desk', 'm999_from_the_future', '2030-01-01')")
    before = wsk.read_bytes()
    ask = Asker()
    assert open_for_desk(None, wsk, ask=ask) is None
    kind, text, _ = ask.asked[0]
    assert kind == "error" and "newer version of WSK Desk" in text
    assert wsk.read_bytes() == before
    assert not lock_path(wsk).exists()


def test_tampered_file_opens_with_the_red_banner_flag(qapp, wsk):
    raw(wsk, "UPDATE measurement_marks SET value = '50' WHERE competitor = 'P02'")
    champ = open_for_desk(None, wsk, ask=Asker())
    try:
        assert integrity_failed(champ)
        assert "changed outside WSK Desk" in banner_text(champ) and "competitor P02" in banner_text(champ)
    finally:
        champ.close()


def test_read_only_folder_offers_read_only(qapp, wsk, monkeypatch):
    def refuse(self):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(FileLock, "acquire", refuse)
    ask = Asker("readonly")
    champ = open_for_desk(None, wsk, ask=ask)
    try:
        assert "cannot be written" in ask.asked[0][1] and champ.readonly
    finally:
        champ.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says this for any top-level window
def test_the_real_message_box_is_shown_and_answered(qtbot, wsk):
    holder = FileLock(wsk)
    holder.acquire()
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        cancel = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        cancel.click()

    QTimer.singleShot(0, answer)
    try:
        assert open_for_desk(None, wsk) is None
    finally:
        holder.release()
    assert seen and "already open for writing" in seen[0]


def test_restored_copy_gets_its_own_name_each_time(qapp, wsk, tmp_path):
    make_backup(wsk, backup_dir(wsk), reason="auto")
    shutil.copy(wsk, tmp_path / "keep.wsk")
    os.truncate(wsk, 1000)
    names = set()
    for _ in range(2):
        champ = open_for_desk(None, wsk, ask=Asker("restore"))
        names.add(champ.path.name)
        champ.close()
    assert len(names) == 2


@pytest.mark.parametrize("lang, words", [("ru", "такого файла нет"), ("kk", "мұндай файл жоқ"),
                                          ("en", "the file does not exist")])
def test_refusal_to_open_speaks_the_desks_language(qapp, tmp_path, lang, words):
    from wsk_desk.ui import i18n

    i18n.switch_language(lang)
    try:
        ask = Asker()
        assert open_for_desk(None, tmp_path / "nowhere.wsk", ask=ask) is None
        (kind, text, _), = ask.asked
        assert kind == "error" and text == f"nowhere.wsk: {words}."
        empty = tmp_path / "empty.wsk"
        empty.write_bytes(b"")
        ask = Asker()
        assert open_for_desk(None, empty, ask=ask) is None
        assert "0" in ask.asked[0][1] and "empty.wsk" in ask.asked[0][1] and "does not exist" not in ask.asked[0][1]
    finally:
        i18n.switch_language("en")
