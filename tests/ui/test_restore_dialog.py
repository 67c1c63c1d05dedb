"""The Restore dialog: every backup with its time, size and verdict; restore only to a new file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.storage.reliability_util import build, marks_of
from wsk_desk.storage.backup import backup_dir, make_backup
from wsk_desk.ui.restore_dialog import RestoreDialog


@pytest.fixture
def wsk_with_backups(tmp_path):
    wsk = build(tmp_path / "a.wsk")
    good = make_backup(wsk, backup_dir(wsk), reason="unlock")
    bad = make_backup(wsk, backup_dir(wsk), reason="auto")
    with open(bad, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\xaa" * 8192)
    return wsk, good, bad


def test_lists_backups_newest_first_with_verdicts(qtbot, wsk_with_backups, tmp_path):
    wsk, good, bad = wsk_with_backups
    stick = tmp_path / "usb"
    stick.mkdir()
    on_stick = make_backup(wsk, stick, reason="manual")
    dialog = RestoreDialog(wsk, second_folder=stick)
    qtbot.addWidget(dialog)
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert [b.path for b in dialog.backups] == [on_stick, bad, good]
    assert rows[1][1] == "automatic" and rows[1][3].startswith("✗ damaged")
    assert rows[2][1] == "before an unlock" and rows[2][3] == "✓ good"
    assert rows[2][2].endswith("KB")
    assert dialog.selected().path == on_stick  # the newest good one is preselected
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    assert not dialog.restore_button.isEnabled()  # a damaged backup cannot be restored
    assert dialog.empty.isHidden()


def test_restores_to_a_new_file_and_says_so(qtbot, wsk_with_backups, tmp_path):
    wsk, good, _ = wsk_with_backups
    dialog = RestoreDialog(wsk)
    qtbot.addWidget(dialog)
    assert dialog.selected().path == good
    out = tmp_path / "restored.wsk"
    with qtbot.waitSignal(dialog.restored) as signal:
        assert dialog.restore_selected(out) == out
    assert signal.args == [out]
    assert marks_of(out) == marks_of(wsk)


def test_refuses_an_existing_file_with_a_sentence(qtbot, wsk_with_backups, monkeypatch):
    wsk, _, _ = wsk_with_backups
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = RestoreDialog(wsk)
    qtbot.addWidget(dialog)
    before = wsk.read_bytes()
    assert dialog.restore_selected(wsk) is None
    assert shown == [f"{wsk}: the file already exists; choose another name."]
    assert wsk.read_bytes() == before


def test_no_backups_says_so(qtbot, tmp_path):
    wsk = build(tmp_path / "b.wsk")
    dialog = RestoreDialog(wsk)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled() and dialog.selected() is None
