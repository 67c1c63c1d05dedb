"""File › Export results package / Import results packages, driven through the menu."""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.keyboard import OFFSCREEN_NOISE, Answers
from wsk_desk.exchange.package import read_package
from wsk_desk.storage import audit
from wsk_desk.storage.championship import Championship
from wsk_desk.ui import dialogs
from wsk_desk.ui.merge_dialog import MergeDialog

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
SHOTS = os.environ.get("WSK_SHOTS")  # a folder: keep screenshots of the File menu and the merge preview


def _save_as(monkeypatch, path):
    asked = Answers((str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    return asked


def _menu_texts(window) -> list[str]:
    return [a.text() for a in window.menu_file.actions() if not a.isSeparator()]


def test_the_file_menu_offers_both_and_import_is_off_read_only(window, small_demo_template, tmp_path):
    texts = _menu_texts(window)
    assert texts.index("&Import results packages…") < texts.index("E&xport results package…") < \
        texts.index("Restore a &backup…")
    assert window.packages.act_import.isEnabled() and window.packages.act_export.isEnabled()
    if SHOTS:
        window.menu_file.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        window.menu_file.grab().save(f"{SHOTS}/file-menu.png")
        window.menu_file.hide()
    copy = tmp_path / "copy.wsk"
    shutil.copy(small_demo_template, copy)
    assert window.open_file(copy, readonly=True)
    assert not window.packages.act_import.isEnabled() and window.packages.act_export.isEnabled()


def test_export_the_competency_on_screen_then_merge_it_through_the_menu(window, qtbot, monkeypatch, tmp_path):
    window.tree.select("17")
    assert window.code == "17"
    choice = Answers(0)  # "17 … (the competency on screen)"
    monkeypatch.setattr(dialogs, "ask_choice", choice)
    save = _save_as(monkeypatch, tmp_path / "venue-17")  # no suffix typed: .wskpkg is added
    told = Answers()
    monkeypatch.setattr(dialogs, "inform", told)
    window.packages.act_export.trigger()
    out = tmp_path / "venue-17.wskpkg"
    assert choice.asked[0][3][1] == "All competencies of the file: 3"
    assert save.asked[0][2].endswith("small-17.wskpkg")  # suggested beside the file
    pkg = read_package(out)
    assert [c["code"] for c in pkg.manifest["competencies"]] == ["17"]
    assert pkg.file_sha256 in told.asked[0][2] and "venue-17.wskpkg" in window.message_label.text()

    master = tmp_path / "master.wsk"
    Championship.create(master, window.champ.name).close()  # the organizer's file of the same championship
    assert window.open_file(master)
    assert window.code == "" and not window.tree.has("17")
    opened = Answers(([str(out)], ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", opened)
    previews = []

    def import_in_preview(dialog: MergeDialog) -> int:
        m = dialog.model
        previews.append([m.data(m.index(0, c)) for c in range(m.columnCount())])
        if SHOTS:
            dialog.show()
            dialog.grab().save(f"{SHOTS}/merge-preview.png")
        dialog.import_button.click()
        return 1

    monkeypatch.setattr(MergeDialog, "exec", import_in_preview)
    window.packages.act_import.trigger()
    assert opened.asked and previews[0][0].startswith("17 ") and previews[0][3] == "+ add"
    assert window.tree.has("17") and window.code == "17"  # the tree refreshed and shows what came in
    window.show_tab(4)  # Results: filled when shown
    assert window.page.results.model.rowCount() == len(window.champ.entrants("17")) > 0
    assert "Merged results packages: 17." in window.message_label.text()
    assert audit.verify(window.champ.db).ok
    with Championship.open(master, readonly=True) as again:
        assert again.results("17").to_json() == window.champ.results("17").to_json()


def test_a_read_only_file_exports_all_competencies(window, small_demo_template, tmp_path, monkeypatch):
    copy = tmp_path / "copy.wsk"
    shutil.copy(small_demo_template, copy)
    assert window.open_file(copy, readonly=True)
    window.tree.select("04")
    monkeypatch.setattr(dialogs, "ask_choice", Answers(1))  # all of them
    _save_as(monkeypatch, tmp_path / "all.wskpkg")
    monkeypatch.setattr(dialogs, "inform", Answers())
    assert window.packages.ask_export() == tmp_path / "all.wskpkg"
    assert [c["code"] for c in read_package(tmp_path / "all.wskpkg").manifest["competencies"]] == ["04", "10", "17"]


def test_a_failed_export_says_why_and_writes_nothing(window, monkeypatch, tmp_path):
    window.tree.select("17")
    monkeypatch.setattr(dialogs, "ask_choice", Answers(0))
    _save_as(monkeypatch, tmp_path / "gone" / "x.wskpkg")
    refused = Answers()
    monkeypatch.setattr(dialogs, "refuse", refused)
    monkeypatch.setattr(dialogs, "inform", Answers())
    assert window.packages.ask_export() is None
    text = refused.asked[0][2]
    assert text.startswith("The results package was not written: ") and "gone" in text and "Traceback" not in text
    assert window.message_label.text() == "✖ " + text
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_choice_or_the_save_dialog_writes_nothing(window, monkeypatch, tmp_path):
    window.tree.select("17")
    monkeypatch.setattr(dialogs, "ask_choice", Answers(None))
    save = _save_as(monkeypatch, tmp_path / "x.wskpkg")
    assert window.packages.ask_export() is None and not save.asked
    monkeypatch.setattr(dialogs, "ask_choice", Answers(0))
    _save_as(monkeypatch, "")
    assert window.packages.ask_export() is None
    assert list(tmp_path.glob("*.wskpkg")) == []
