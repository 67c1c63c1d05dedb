"""Exports of the national page: the reports' Excel and PDF for the medal list and the team standings.

The files are the same ones `wsk-desk export` and `wsk-desk print` write (the
exchange writers and the reports), so what the organizer mails from the desk
and from the command line never differ: medals, standings, best (best of
championship and of each region) and pending (competencies not yet final).
Every table can also be copied as tab-separated text, which pastes into Excel
cell by cell. A file that failed its integrity check prints with the red
warning in every header (reports.build_document reads `champ.integrity`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QTableView, QWidget

from ..domain.errors import DeskError
from .reports_menu import checked_integrity, document_title, preview_document
from .texts import error_text

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises
KINDS = ("medals", "standings", "best", "pending")  # national documents with an Excel writer and a report


class NationalExports(QObject):
    """`where()` says (championship, language) at the moment of use; `report(text, error)` tells the user."""

    def __init__(self, parent: QWidget, where: Callable[[], tuple], report: Callable[[str, bool], None]):
        super().__init__(parent)
        self.parent_widget, self.where, self.report = parent, where, report

    def _champ(self):
        champ, lang = self.where()
        if champ is None:
            raise DeskError(translate("NationalPage", "Open a championship file first."))
        return champ, lang

    def _target(self, champ, kind: str, suffix: str, out: str | None) -> str | None:
        if out is not None:
            return out
        suggestion = str(Path(champ.path).with_name(f"{Path(champ.path).stem}-{kind}{suffix}"))
        title = translate("NationalPage", "Save %1").replace("%1", document_title(kind))
        pattern = "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
        chosen, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggestion, pattern)
        if chosen and not chosen.lower().endswith(suffix):
            chosen += suffix
        return chosen or None

    def excel(self, kind: str, out: str | None = None) -> Path | None:
        """The workbook of `kind` (one of KINDS), exactly as `wsk-desk export` writes it."""
        from ..exchange import excel_export as xl

        try:
            champ, lang = self._champ()
            target = self._target(champ, kind, ".xlsx", out)
            if target is None:
                return None
            writers = {"medals": lambda: xl.export_medal_list(champ, target, None, lang),
                       "standings": lambda: xl.export_standings(champ, target, lang),
                       "best": lambda: xl.export_best(champ, target, lang),
                       "pending": lambda: xl.export_pending(champ, target, None, lang)}
            with _busy():
                done = writers[kind]()
        except (DeskError, OSError) as exc:
            self.report(error_text(exc), True)
            return None
        self.report(translate("NationalPage", "Saved %1.").replace("%1", str(done.path)), False)
        return Path(done.path)

    def build(self, kind: str):
        from ..reports import build_document

        champ, lang = self._champ()
        with _busy():
            return build_document(kind, champ, None, None, lang, integrity=checked_integrity(champ))

    def pdf(self, kind: str, out: str | None = None) -> Path | None:
        try:
            champ, _lang = self._champ()
            target = self._target(champ, kind, ".pdf", out)
            if target is None:
                return None
            doc = self.build(kind)
            with _busy():
                doc.to_pdf(target)
        except (DeskError, OSError) as exc:
            self.report(error_text(exc), True)
            return None
        self.report(translate("NationalPage", "Saved %1.").replace("%1", target), False)
        return Path(target)

    def preview(self, kind: str) -> bool:
        """Print preview (its toolbar prints); False when there was nothing to show."""
        try:
            doc = self.build(kind)
        except DeskError as exc:
            self.report(error_text(exc), True)
            return False
        preview_document(self.parent_widget, doc, document_title(kind))
        return True

    def copy(self, view: QTableView) -> str:
        """The table as on screen (its order, its words), tab-separated, to the clipboard."""
        model = view.model()
        cols = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        lines = ["\t".join(str(model.headerData(c, Qt.Horizontal) or "") for c in cols)]
        for r in range(model.rowCount()):
            lines.append("\t".join(str(model.index(r, c).data() or "").replace("\t", " ") for c in cols))
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        self.report(translate("NationalPage", "Copied %1 lines: paste them into Excel.")
                    .replace("%1", str(len(lines) - 1)), False)
        return text


class _busy:
    """A wait cursor while a document is built or written (a second or two on a national file)."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.WaitCursor)

    def __exit__(self, *exc) -> None:
        QApplication.restoreOverrideCursor()
