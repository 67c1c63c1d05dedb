"""Driving the desk by keyboard only, the way a Chief Expert does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

# what the offscreen platform says when a real window would move or resize: not a desk problem
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise|grabbing)"


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text`; non-ASCII goes as posted key events (QTest.keyClicks crashes on it)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QCoreApplication.postEvent(widget, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))
            QCoreApplication.processEvents()


def enter(qtbot, widget: QWidget, text: str = "") -> None:
    """Type `text` and press Enter."""
    if text:
        type_text(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def key(qtbot, widget: QWidget, k, mods=Qt.NoModifier) -> None:
    qtbot.keyClick(widget, k, mods)


def open_form(qtbot, win, code: str, form: str) -> None:
    """Competency list (F6) → arrows to the competency → Enter → Ctrl+4 (Marks) → Ctrl+PgDown to the form."""
    if not win.tree.hasFocus():
        key(qtbot, win, Qt.Key_F6)
    assert win.tree.hasFocus()
    key(qtbot, win.tree, Qt.Key_Home)
    for _ in range(12):
        if win.tree.current_code() == code:
            break
        key(qtbot, win.tree, Qt.Key_Down)
    assert win.tree.current_code() == code
    key(qtbot, win.tree, Qt.Key_Return)
    key(qtbot, win.tree, Qt.Key_4, Qt.ControlModifier)
    view = win.page.marks.view
    assert view.hasFocus()
    for _ in range(20):
        if win.page.marks.model.form.id == form:
            break
        key(qtbot, view, Qt.Key_PageDown, Qt.ControlModifier)
    assert win.page.marks.model.form.id == form


class Answers:
    """Stands in for the person answering a dialog; remembers the questions."""

    def __init__(self, *answers):
        self.answers, self.asked = list(answers), []

    def __call__(self, *args, **kwargs):
        self.asked.append(args)
        return self.answers.pop(0) if self.answers else None


def go(qtbot, view, aspect_id: str, entrant_id: str) -> None:
    """Walk there with the arrow keys (never by clicking)."""
    target = view.marks().index_of(aspect_id, entrant_id)
    assert target.isValid()
    for _ in range(60):
        cur = view.currentIndex()
        if cur == target:
            return
        if cur.column() != target.column():
            key(qtbot, view, Qt.Key_Right if cur.column() < target.column() else Qt.Key_Left)
        else:
            key(qtbot, view, Qt.Key_Down if cur.row() < target.row() else Qt.Key_Up)
    raise AssertionError(f"could not reach {aspect_id} · {entrant_id}")


def marks(window, code: str = "17"):
    """The marks as stored (the context Championship keeps in step with the file)."""
    return window.champ.context(code).sheet
