"""Counts read right for 1 (Qt's plural forms, ru/kk/en) and dates follow the desk's language (issue 5 audit)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import OFFSCREEN_NOISE, Answers, enter, go, key, marks
from wsk_desk import i18n as core
from wsk_desk.ui import dialogs
from wsk_desk.ui.cells import DISAGREEMENT
from wsk_desk.ui.i18n import switch_language
from wsk_desk.ui.texts import counted, fmt_when

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL, SHIFT = Qt.ControlModifier, Qt.ShiftModifier


@pytest.fixture(autouse=True)
def back_to_source_texts():
    """Other tests read the English source texts: leave no translator installed."""
    yield
    core.uninstall()


def _disagreements(view) -> list[tuple[str, str]]:
    model = view.marks()
    return [(model.aspect_at(r).id, model.entrant_at(c).id) for c in range(3, model.columnCount())
            for r in range(model.rowCount()) if model.kind(r) == "aspect" and model.cell(r, c).state == DISAGREEMENT]


def test_one_disagreement_is_one_in_every_language(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    first, second = _disagreements(view)[:2]
    go(qtbot, view, *first)
    monkeypatch.setattr(dialogs, "ask_reason", Answers("The judges re-checked the work"))
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    assert _disagreements(view) == [second]
    assert win.progress_label.text() == "D2: 50 marks missing, 1 disagreement to confirm"  # no translator
    switch_language("en")  # the shipped English .qm gives the same words
    assert "50 marks missing, 1 disagreement to confirm" in win.progress_label.text()
    switch_language("ru")
    assert "не хватает 50 оценок, 1 расхождение к подтверждению" in win.progress_label.text()
    view = win.page.marks.view
    go(qtbot, view, "D2.7", "P06")
    enter(qtbot, view, "313")
    assert "2 расхождения к подтверждению" in win.progress_label.text()
    assert "не хватает 49 оценок" in win.progress_label.text()
    switch_language("kk")
    assert "2 келіспеушілік расталуы керек" in win.progress_label.text()


def test_counts_in_the_source_texts_read_right_for_one():
    assert counted("%n disagreement(s) to confirm".replace("%n", "1"), 1) == "1 disagreement to confirm"
    assert counted("paste %n value(s)".replace("%n", "3"), 3) == "paste 3 values"
    assert counted("не хватает 1 оценки", 1) == "не хватает 1 оценки"  # translations have no (s)


def test_the_locked_banner_gives_the_date_as_the_printouts_do(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    for _ in range(4):
        key(qtbot, view, Qt.Key_PageUp, CTRL)
    lock = marks(win).locks["B1"]
    at = datetime.fromisoformat(lock.locked_at)
    for lang, shown in (("ru", at.strftime("%d.%m.%Y %H:%M")), ("kk", at.strftime("%d.%m.%Y %H:%M")),
                        ("en", at.strftime("%Y-%m-%d %H:%M"))):
        switch_language(lang)
        banner = win.page.marks.banner.text()
        assert shown in banner, (lang, banner)
        assert ("T" + at.strftime("%H:%M")) not in banner
        if lang != "en":
            assert at.strftime("%Y-%m-%d") not in banner
    assert fmt_when("not a date") == "not a date"
    core.install("ru")
    assert fmt_when(datetime(2026, 11, 23, 16, 10, 5), seconds=True) == "23.11.2026 16:10:05"
