"""The PySide6 6.12.0 guard: idle on a correct PySide, and on the broken one it keeps the singletons alive."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from wsk_desk import qt_guard


class Emitter(QObject):
    text = Signal(str, bool)


def test_installed_pyside_keeps_the_reference_counts(qapp):
    """Thousands of emits and void calls must not wear away True or None (the bug qt_guard is about)."""
    assert not qt_guard.needed(), "PySide6 6.12.0 is installed: pyproject.toml excludes it"
    sender = Emitter()
    got: list[bool] = []
    sender.text.connect(lambda t, b: got.append(b))
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(3000):
        sender.text.emit("mark", True)
        sender.setObjectName("x")
    assert len(got) == 3000
    got.clear()
    assert abs(sys.getrefcount(True) - before_true) < 50
    assert abs(sys.getrefcount(None) - before_none) < 50


def test_guard_acts_only_for_the_broken_version():
    assert qt_guard.needed("6.11.3") is False
    if sys.version_info >= (3, 12):
        assert qt_guard.needed("6.12.0") is False  # singletons are immortal there
        return
    assert qt_guard.needed("6.12.0") is True
    before = sys.getrefcount(None)
    assert qt_guard.install("6.12.0") is True
    assert sys.getrefcount(None) >= before + (1 << 29)  # no leak can exhaust it now
    again = sys.getrefcount(None)
    qt_guard.install("6.12.0")  # idempotent: it does not keep adding
    assert abs(sys.getrefcount(None) - again) < 50
