"""Thousands of signals must not wear away Python's `True` (PySide6 6.12 refcount bug, see pyside_fix.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import wsk_desk.ui  # noqa: F401 - importing the desk's UI installs the guard


class Emitter(QObject):
    text = Signal(str, bool)


def test_emitting_and_disconnecting_keep_the_reference_count_of_true(qapp):
    sender = Emitter()
    got: list[bool] = []
    sender.text.connect(lambda t, b: got.append(b))
    before = sys.getrefcount(True)
    for _ in range(3000):
        sender.text.emit("mark", True)
    for _ in range(200):
        sender.text.connect(print)
        sender.text.disconnect(print)
    assert len(got) == 3000
    got.clear()
    # unguarded, the count drops by 3200 and CPython aborts once it reaches zero; allow unrelated noise
    assert abs(sys.getrefcount(True) - before) < 50
