"""Templates out: the blank people list and a competency's marking scheme, saved where the user says.

Both tabs go through these two functions, so a failed write (full disk, a file
open in Excel) reads the same everywhere: one sentence in the status bar and in
a dialog, and no half-written file left behind by the writers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..domain.errors import DeskError
from . import dialogs
from .texts import error_text

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def ask_save_path(parent: QWidget, title: str, suggestion: Path) -> str | None:
    """Where to save an xlsx; '.xlsx' is added when the user typed a bare name."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion),
                                          translate("TemplateExports", "Excel workbooks (*.xlsx)"))
    if not path:
        return None
    return path if path.lower().endswith(".xlsx") else path + ".xlsx"


def run_export(parent: QWidget, title: str, path: str, write: Callable[[str], None],
               report: Callable[[str, bool], None]) -> bool:
    """Write `path` with `write`; say where it went, or in one sentence why it could not be written."""
    try:
        write(path)
    except (DeskError, OSError) as exc:
        text = error_text(exc) if isinstance(exc, DeskError) else f"{path}: {exc.strerror or exc}"
        report(translate("TemplateExports", "Not exported: %1").replace("%1", text), True)
        dialogs.refuse(parent, title, text)
        return False
    report(translate("TemplateExports", "Saved %1.").replace("%1", path), False)
    return True
