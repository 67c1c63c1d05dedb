"""What the desk refuses or leaves alone, and says so at once: found in the desk audit (issue 5).

A locked form or a read-only file refuses before any question is asked; a
confirmed disagreement is not confirmed again silently; a refused undo keeps
its step; an edit that changes nothing leaves no undo step.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import OFFSCREEN_NOISE, Answers, enter, go, key, marks, open_form
from wsk_desk.storage import audit
from wsk_desk.ui import dialogs
from wsk_desk.ui.cells import DISAGREEMENT
from wsk_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL, SHIFT = Qt.ControlModifier, Qt.ShiftModifier


def _no_dialog(monkeypatch) -> Answers:
    """Every question the desk could ask, recorded (none of them should be asked)."""
    asked = Answers()
    for name in ("confirm", "ask_reason", "ask_choice", "ask_text", "refuse"):
        monkeypatch.setattr(dialogs, name, asked)
    return asked


def _audit_count(win) -> int:
    return len(list(audit.entries(win.champ.db)))


def test_absent_on_a_locked_form_is_refused_before_any_question(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    for _ in range(4):  # D2 → D1 → C2 → C1 → B1 (locked, P02 has marks there)
        key(qtbot, view, Qt.Key_PageUp, CTRL)
    assert win.page.marks.model.form.id == "B1" and "B1" in marks(win).locks
    go(qtbot, view, "B1.1", "P02")
    asked, seq = _no_dialog(monkeypatch), _audit_count(win)
    key(qtbot, view, Qt.Key_A)
    assert asked.asked == []
    assert win.message_label.text().startswith("✖") and "B1 is locked" in win.message_label.text()
    assert ("B1", "P02") not in marks(win).absences and _audit_count(win) == seq


@pytest.fixture
def readonly_d2(qtbot, desk_settings, small_demo):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.open_file(small_demo, readonly=True)
    open_form(qtbot, win, "17", "D2")
    yield win
    win.close()


def test_a_read_only_file_refuses_absent_team_unlock_and_substitute_at_once(readonly_d2, qtbot, monkeypatch):
    win, view = readonly_d2, readonly_d2.page.marks.view
    asked = _no_dialog(monkeypatch)
    opened = []
    monkeypatch.setattr(dialogs.TeamDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    go(qtbot, view, "D2.1", "P02")  # P02 has marks in D2
    key(qtbot, view, Qt.Key_A)
    assert "read-only" in win.message_label.text() and win.message_label.text().startswith("✖")
    win.message_label.setText("")
    key(qtbot, view, Qt.Key_T, CTRL | SHIFT)
    assert opened == [] and "read-only" in win.message_label.text()
    for _ in range(4):  # a locked form: unlocking it would need a reason, but nothing can change here
        key(qtbot, view, Qt.Key_PageUp, CTRL)
    assert win.page.marks.model.form.id == "B1"
    win.message_label.setText("")
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)
    assert "read-only" in win.message_label.text()
    assert asked.asked == [] and ("D2", "P02") not in marks(win).absences


def _a_disagreement(view):
    model = view.marks()
    for col in range(3, model.columnCount()):
        for row in range(model.rowCount()):
            if model.kind(row) == "aspect" and model.cell(row, col).state == DISAGREEMENT:
                return model.aspect_at(row).id, model.entrant_at(col).id
    raise AssertionError("no disagreement on this form")


def _confirmations(win, aspect: str, ent: str) -> list:
    return [e for e in audit.entries(win.champ.db)
            if e.action == "disagreement.confirm" and e.target == f"{aspect} · {ent}"]


def test_a_confirmed_disagreement_is_not_confirmed_again_silently(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    aspect, ent = _a_disagreement(view)
    go(qtbot, view, aspect, ent)
    monkeypatch.setattr(dialogs, "ask_reason", Answers("The judges re-checked the work"))
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    assert len(_confirmations(win, aspect, ent)) == 1
    # again: the desk says it is confirmed, with its reason, and asks before replacing the reason
    keep, reason = Answers(False), Answers("never asked")
    monkeypatch.setattr(dialogs, "confirm", keep)
    monkeypatch.setattr(dialogs, "ask_reason", reason)
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    assert "already confirmed" in keep.asked[0][2] and "The judges re-checked the work" in keep.asked[0][2]
    assert reason.asked == [] and len(_confirmations(win, aspect, ent)) == 1
    assert "already confirmed" in win.message_label.text()
    # the same reason typed again writes nothing either
    monkeypatch.setattr(dialogs, "confirm", Answers(True))
    same = Answers("The judges re-checked the work")
    monkeypatch.setattr(dialogs, "ask_reason", same)
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    assert same.asked[0][3] == "The judges re-checked the work"  # the old reason offered for editing
    assert len(_confirmations(win, aspect, ent)) == 1
    # a new reason replaces the old one, with one audit entry
    monkeypatch.setattr(dialogs, "confirm", Answers(True))
    monkeypatch.setattr(dialogs, "ask_reason", Answers("Scores stand after the appeal"))
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    assert marks(win).confirmations[(aspect, ent)] == "Scores stand after the appeal"
    assert [e.reason for e in _confirmations(win, aspect, ent)] == ["The judges re-checked the work",
                                                                     "Scores stand after the appeal"]


def test_a_refused_undo_keeps_its_step_for_after_unlocking(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    stack = win.undo_stack
    go(qtbot, view, "D2.1", "P06")
    enter(qtbot, view, "0.25")  # an older step elsewhere (D2)
    for _ in range(4):
        key(qtbot, view, Qt.Key_PageUp, CTRL)
    assert win.page.marks.model.form.id == "B1"
    monkeypatch.setattr(dialogs, "ask_reason", Answers("Paper form re-read", "Paper form re-read again"))
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)  # unlock B1
    go(qtbot, view, "B1.1", "P01")
    old = [marks(win).measurements[("B1.1", e)].value for e in ("P01", "P02")]
    assert view.paste("0\t0\n")
    key(qtbot, view, Qt.Key_L, CTRL)  # lock again
    assert "B1" in marks(win).locks and stack.count() == 2 and stack.index() == 2
    key(qtbot, view, Qt.Key_Z, CTRL)
    qtbot.wait(10)
    assert win.message_label.text().startswith("✖") and "B1 is locked" in win.message_label.text()
    assert "Ctrl+Z" in win.message_label.text()  # it says the step is kept
    assert (stack.count(), stack.index()) == (2, 2)
    assert marks(win).measurements[("D2.1", "P06")].value == Decimal("0.25")  # the older step was not undone
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)  # unlock: now the paste can be undone
    key(qtbot, view, Qt.Key_Z, CTRL)
    assert [marks(win).measurements[("B1.1", e)].value for e in ("P01", "P02")] == old
    assert stack.index() == 1 and marks(win).measurements[("D2.1", "P06")].value == Decimal("0.25")


def test_a_refused_redo_keeps_its_step_too(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    stack = win.undo_stack
    for _ in range(4):
        key(qtbot, view, Qt.Key_PageUp, CTRL)
    monkeypatch.setattr(dialogs, "ask_reason", Answers("Paper form re-read", "Again"))
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)
    go(qtbot, view, "B1.1", "P01")
    enter(qtbot, view, "0")
    key(qtbot, view, Qt.Key_Z, CTRL)
    key(qtbot, view, Qt.Key_L, CTRL)
    assert "B1" in marks(win).locks and (stack.count(), stack.index()) == (1, 0)
    key(qtbot, view, Qt.Key_Y, CTRL)
    qtbot.wait(10)
    assert "B1 is locked" in win.message_label.text() and (stack.count(), stack.index()) == (1, 0)
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)
    key(qtbot, view, Qt.Key_Y, CTRL)
    assert marks(win).measurements[("B1.1", "P01")].value == 0 and stack.index() == 1


def test_an_edit_that_changes_nothing_leaves_no_undo_step(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    stack = win.undo_stack
    go(qtbot, view, "D2.1", "P06")  # empty
    seq = _audit_count(win)
    key(qtbot, view, Qt.Key_Delete)
    assert stack.count() == 0 and _audit_count(win) == seq
    enter(qtbot, view, "0,25")
    assert stack.count() == 1 and _audit_count(win) == seq + 1
    key(qtbot, view, Qt.Key_Up)
    enter(qtbot, view, "0.25")  # the same value again
    assert stack.count() == 1 and _audit_count(win) == seq + 1
    go(qtbot, view, "D2.7", "P06")
    enter(qtbot, view, "332")
    key(qtbot, view, Qt.Key_Up)
    enter(qtbot, view, "3 3 2")
    assert stack.count() == 2 and _audit_count(win) == seq + 2
    key(qtbot, view, Qt.Key_Z, CTRL)  # the one undo takes back the scores, not something older
    assert ("D2.7", "P06") not in marks(win).scores and ("D2.1", "P06") in marks(win).measurements
