"""The open-time audit check, run beside the window instead of in front of it.

Replaying a national file's audit log takes about a third of a second; the
desk opens at once and the red banner appears when the check finds a
problem. The check reads a private read-only snapshot (storage/audit_snapshot.py),
so marks typed meanwhile cannot make a sound file look tampered.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class IntegrityCheck(QObject):
    """Runs storage.audit_snapshot.verify_snapshot in a thread; `done(path, report)` arrives in the GUI thread."""

    done = Signal(str, object)

    def start(self, path: str | Path) -> threading.Thread:
        thread = threading.Thread(target=self._run, args=(str(path),), name="integrity-check", daemon=True)
        thread.start()
        return thread

    def _run(self, path: str) -> None:
        from ..storage.audit_snapshot import verify_snapshot  # storage loads after the window is up

        report = verify_snapshot(path)
        try:
            self.done.emit(path, report)
        except RuntimeError:  # the window was closed meanwhile: nobody is waiting for the answer
            pass
