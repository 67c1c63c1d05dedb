"""A guard against a PySide6 reference-count bug that would crash the desk after a few thousand signals.

PySide6 6.12 on Python 3.11 returns `True` from `SignalInstance.emit()` and
`SignalInstance.disconnect()` without taking a new reference. Every call from
Python therefore drops one reference to `True`; after about two thousand
emits (an hour of marks entry) CPython aborts with "bool_dealloc: deallocating
True or False". Python 3.12+ makes `True` immortal, and a fixed PySide keeps
the count; the probe below sees that and leaves PySide alone.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
PROBES = 8
_installed: list[str] = []


class _Probe(QObject):
    ping = Signal()


def _slot() -> None:
    pass


def _lost_per_call(call: Callable[[], object]) -> int:
    """References to True that one call loses (0 on a healthy PySide); the probe's own loss is repaid."""
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        call()
    lost = (before - sys.getrefcount(True)) // PROBES
    for _ in range(lost * PROBES):
        _incref(True)
    return lost


def _wrap(name: str) -> None:
    original = getattr(SignalInstance, name)

    def fixed(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        if result is True:
            _incref(True)  # the reference PySide should have given us
        return result

    setattr(SignalInstance, name, fixed)
    _installed.append(name)


def install() -> list[str]:
    """Patch the leaking SignalInstance methods once; returns the names patched."""
    if _installed:
        return list(_installed)
    probe = _Probe()
    if _lost_per_call(probe.ping.emit) == 1:
        _wrap("emit")

    def connect_disconnect() -> None:
        probe.ping.connect(_slot)
        probe.ping.disconnect(_slot)

    if _lost_per_call(connect_disconnect) == 1:
        _wrap("disconnect")
    if not _installed:
        _installed.append("")  # probed and healthy: nothing to do
    return [n for n in _installed if n]
