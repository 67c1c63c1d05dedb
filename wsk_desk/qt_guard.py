"""One guard against PySide6 6.12.0's reference-count bug under Python 3.11.

PySide6 6.12.0 returns None (from every method that returns nothing, and from
Python overrides of Qt virtuals) and True (from signal emit/disconnect) without
taking a reference. Each call wears one reference off the singleton; after a
few thousand calls, an hour of marks entry, CPython aborts with "none_dealloc"
or "bool_dealloc". pyproject.toml excludes 6.12.0 (6.11.3 is correct). Should
it be installed anyway (a distribution package, a forced install), the guard
makes the three singletons practically immortal, as Python 3.12 does, so the
desk never dies in front of a hall. On any other version it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

BROKEN_VERSIONS = {"6.12.0"}
_PLENTY = 1 << 30


def needed(version: str | None = None) -> bool:
    if sys.version_info >= (3, 12):  # None, True and False are immortal there
        return False
    if version is None:
        import PySide6

        version = PySide6.__version__
    return version in BROKEN_VERSIONS


def install(version: str | None = None) -> bool:
    """Give None, True and False a reference count no leak can exhaust; True if it was needed."""
    if not needed(version):
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is a PyObject's first field
        if count.value < _PLENTY // 2:
            count.value += _PLENTY
    return True
