"""The national page's Best and Not-yet-final tabs export through the same writers as `wsk-desk export / print`,
and what the desk prints from a file that failed its integrity check carries the red warning."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.reports.pdf_text import pages
from tests.storage.reliability_util import raw
from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.i18n import use_language

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
WARNING = "ВНИМАНИЕ: файл не прошёл проверку целостности (verify):"  # the desk speaks Russian by default


def open_national(qtbot, window):
    window.tree.select_root()
    page = window.national
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.isVisible() and not page.dirty)
    return page


def sheet_rows(path):
    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: [r for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    finally:
        wb.close()


def test_best_and_not_yet_final_tabs_save_excel_and_pdf(qtbot, window, tmp_path, monkeypatch):
    national = open_national(qtbot, window)
    answers = [str(tmp_path / "best.xlsx"), str(tmp_path / "best.pdf"), str(tmp_path / "pending"),
               str(tmp_path / "pending.pdf")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.pop(0), ""))
    for tab, name in ((2, "excel"), (2, "pdf"), (3, "excel"), (3, "pdf")):
        national.tabs.setCurrentIndex(tab)
        qtbot.mouseClick(national.buttons[(tab, name)], Qt.LeftButton)
    assert not answers
    best = sheet_rows(tmp_path / "best.xlsx")
    assert list(best) == ["Лучшие результаты", "Сведения"]
    assert national.best_category.currentData() is None  # all competencies, as the export
    regional = [(r[1], r[3], r[6]) for r in best["Лучшие результаты"][2:] if r[0] == "региона"]
    assert sorted(regional) == sorted((b.row.region, b.competency, b.row.id) for b in national.best_model.rows)
    pending = sheet_rows(tmp_path / "pending.xlsx")  # the suffix was added
    assert [r[0] for r in pending["Ещё не окончательные"][2:]] == [p.code for p in national.view.pending]
    assert "Лучший результат региона" in " ".join(pages(tmp_path / "best.pdf"))
    assert len(pages(tmp_path / "pending.pdf")) == 1
    assert "pending.pdf" in window.message_label.text()


def test_exports_follow_the_desks_language(qtbot, window, tmp_path, monkeypatch):
    national = open_national(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.xlsx"), ""))
    with use_language("kk"):
        national.set_championship(window.champ, "kk")
        national.tabs.setCurrentIndex(3)
        qtbot.mouseClick(national.buttons[(3, "excel")], Qt.LeftButton)
    rows = sheet_rows(tmp_path / "p.xlsx")
    assert list(rows) == ["Әлі түпкілікті емес", "Мәліметтер"]
    assert rows["Әлі түпкілікті емес"][1][4] == "Күтуде"


@pytest.fixture
def tampered_window(qtbot, window, small_demo, tmp_path):
    """The desk with a copy of the demo whose mark was changed with plain sqlite3 (audit log untouched)."""
    path = tmp_path / "tampered.wsk"
    shutil.copy(small_demo, path)
    raw(path, "UPDATE judge_scores SET score = CASE score WHEN 3 THEN 2 ELSE 3 END "
              "WHERE rowid = (SELECT min(rowid) FROM judge_scores WHERE competency = '10')")
    assert window.open_file(path)
    window.wait_integrity()
    qtbot.waitUntil(lambda: window.champ.integrity is not None)
    assert window.integrity_banner.isVisibleTo(window)
    return window


def test_the_desks_pdf_from_an_altered_file_carries_the_warning(qtbot, tampered_window, tmp_path, monkeypatch):
    window = tampered_window
    first = window.champ.integrity.problems[0]
    national = open_national(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "standings.pdf"), ""))
    qtbot.mouseClick(national.buttons[(1, "pdf")], Qt.LeftButton)
    printed = [" ".join(p.split()) for p in pages(tmp_path / "standings.pdf", "-raw")]
    assert printed and all(f"{WARNING} {first.split(':')[0]}" in p for p in printed)
    out = window.reports.save_pdf("medals", str(tmp_path / "medals.pdf"))  # the Reports menu's path
    assert out is not None and all(WARNING in " ".join(p.split()) for p in pages(out, "-raw"))


def test_the_desks_pdf_from_a_sound_file_has_no_warning(qtbot, window, tmp_path):
    window.wait_integrity()
    qtbot.waitUntil(lambda: window.champ.integrity is not None)
    out = window.reports.save_pdf("medals", str(tmp_path / "medals.pdf"))
    assert window.champ.integrity.ok and not any("ВНИМАНИЕ" in p or "verify" in p for p in pages(out))


def test_printing_before_the_open_time_check_is_done_checks_the_file_then(qtbot, tampered_window, tmp_path):
    window = tampered_window
    window.champ.integrity = None  # as in the first moments after opening, while the check still runs
    out = window.reports.save_pdf("standings", str(tmp_path / "early.pdf"))
    assert all(WARNING in " ".join(p.split()) for p in pages(out, "-raw"))
    national = open_national(qtbot, window)
    window.champ.integrity = None
    assert national.exports.pdf("best", str(tmp_path / "best.pdf")) is not None
    assert all(WARNING in " ".join(p.split()) for p in pages(tmp_path / "best.pdf", "-raw"))
