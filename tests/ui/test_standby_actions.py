"""File › Standby copy folder: a copy of the open file that follows the marks, and a pulled stick that warns once."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from tests.ui.keyboard import OFFSCREEN_NOISE, Answers, enter, go, marks
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.standby import SETTING_KEY
from wsk_desk.ui import dialogs

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _choose(win, monkeypatch, folder) -> None:
    """File › Standby copy folder… with `folder` picked in the folder dialog; copies 0.2 s apart."""
    win.standby.interval = 0.2
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", Answers(str(folder)))
    win.standby.act.trigger()


def _copied_mark(path, aspect: str, entrant: str):
    with Championship.open(path, readonly=True) as copy:
        return copy.marksheet("17").measurements[(aspect, entrant)].value


def test_the_standby_copy_follows_a_typed_mark(form_d2, qtbot, monkeypatch, tmp_path):
    win, view = form_d2, form_d2.page.marks.view
    folder = tmp_path / "stick"
    folder.mkdir()
    _choose(win, monkeypatch, folder)
    assert QSettings().value(SETTING_KEY) == str(folder)
    qtbot.waitUntil(lambda: win.standby.written_at != "")  # a first copy at once
    target = folder / "small.wsk"
    assert win.standby.label.isVisible() and win.standby.label.text() == "standby " + win.standby.written_at
    assert str(target) in win.standby.label.toolTip()
    go(qtbot, view, "D2.1", "P06")
    enter(qtbot, view, "0,25")
    assert marks(win).measurements[("D2.1", "P06")].value == Decimal("0.25")
    qtbot.waitUntil(lambda: win.standby.standby.copies >= 2 and not win.standby.standby.dirty, timeout=5000)
    assert _copied_mark(target, "D2.1", "P06") == Decimal("0.25")
    with Championship.open(target, readonly=True) as copy:  # the whole file, not just that mark
        assert copy.results("17").to_json() == win.champ.results("17").to_json()


def test_a_vanished_standby_folder_warns_once_and_marking_carries_on(form_d2, qtbot, monkeypatch, tmp_path):
    win, view = form_d2, form_d2.page.marks.view
    folder = tmp_path / "stick"
    folder.mkdir()
    _choose(win, monkeypatch, folder)
    qtbot.waitUntil(lambda: win.standby.written_at != "")
    shutil.rmtree(folder)  # the USB stick is pulled
    errors: list[str] = []
    shown = win.show_message
    monkeypatch.setattr(win, "show_message", lambda text, error=False: (errors.append(text) if error else None,
                                                                        shown(text, error)))
    go(qtbot, view, "D2.1", "P06")
    with qtbot.waitSignal(win.standby.warned, timeout=5000):
        enter(qtbot, view, "0,25")
    with qtbot.waitSignal(win.standby.warned, timeout=5000):
        enter(qtbot, view, "0,2")  # the next copy fails again: no second warning
    qtbot.wait(50)
    assert [e for e in errors if "standby" in e] == [errors[0]] and "is not available" in errors[0]
    assert "marking carries on" in win.message_label.text()
    assert win.standby.label.text() == "✖ standby copy" and win.standby.label.toolTip() == errors[0]
    sheet = marks(win)
    assert (sheet.measurements[("D2.1", "P06")].value, sheet.measurements[("D2.2", "P06")].value) == \
        (Decimal("0.25"), Decimal("0.2"))
    folder.mkdir()  # the stick is back: the next commit copies again
    enter(qtbot, view, "0,5")
    qtbot.waitUntil(lambda: not win.standby.failure, timeout=5000)
    assert "written again" in win.message_label.text()
    assert _copied_mark(folder / "small.wsk", "D2.3", "P06") == Decimal("0.5")


def test_switching_files_turning_off_and_refusals(window, qtbot, monkeypatch, tmp_path, small_demo_template):
    folder = tmp_path / "stick"
    folder.mkdir()
    _choose(window, monkeypatch, folder)
    first = window.standby.standby
    qtbot.waitUntil(lambda: first.copies == 1)
    other = tmp_path / "other" / "venue.wsk"
    other.parent.mkdir()
    shutil.copy(small_demo_template, other)
    assert window.open_file(other)  # the old copy stops, the new file gets its own
    assert first._closed and window.standby.standby is not first
    qtbot.waitUntil(lambda: (folder / "venue.wsk").exists())
    assert window.open_file(other, readonly=True) and window.champ.readonly  # nothing to copy from a reader
    assert window.standby.standby is None and not window.standby.label.isVisible()
    assert window.open_file(tmp_path / "small.wsk")
    monkeypatch.setattr(dialogs, "ask_choice", Answers(0))  # choose another folder: the file's own is refused
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", Answers(str(tmp_path)))
    refused = Answers()
    monkeypatch.setattr(dialogs, "refuse", refused)
    window.standby.act.trigger()
    assert "another folder than the file itself" in refused.asked[0][2]
    assert QSettings().value(SETTING_KEY) == str(folder)
    monkeypatch.setattr(dialogs, "ask_choice", Answers(1))  # turn it off
    window.standby.act.trigger()
    assert QSettings().value(SETTING_KEY) is None and window.standby.standby is None
    assert not window.standby.label.isVisible() and window.message_label.text() == "The standby copy is off."


def test_the_menu_knows_the_storage_setting_without_importing_storage():
    """standby_actions keeps copies of two constants so the window can show before sqlite-utils loads."""
    from wsk_desk.storage import standby
    from wsk_desk.ui import standby_actions

    assert (standby_actions.SETTING_KEY, standby_actions.DEFAULT_INTERVAL) == (standby.SETTING_KEY,
                                                                               standby.DEFAULT_INTERVAL)
