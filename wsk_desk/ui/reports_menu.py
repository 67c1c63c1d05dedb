"""Reports menu: preview, print or save as PDF any document of `wsk_desk.reports`.

Competency documents (forms, marks, results, audit) follow the competency and
form on screen; the medal list and standings cover the whole championship.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ..domain.errors import DeskError
from .texts import error_text

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

# (kind, scope): "competency" documents follow the competency (and form) on screen
DOCUMENTS = (("forms", "form"), ("marks", "form"), ("results", "competency"), ("audit", "competency"),
             ("medals", "championship"), ("standings", "championship"))


def document_title(kind: str) -> str:
    return {"forms": translate("ReportsMenu", "Marking forms to sign"),
            "marks": translate("ReportsMenu", "Entered marks"),
            "results": translate("ReportsMenu", "Results"),
            "audit": translate("ReportsMenu", "Audit record"),
            "medals": translate("ReportsMenu", "Medal list"),
            "standings": translate("ReportsMenu", "Team standings"),
            "best": translate("ReportsMenu", "Best results"),
            "pending": translate("ReportsMenu", "Competencies not yet final")}[kind]


def checked_integrity(champ):
    """The file's audit check for a printout: the desk's open-time check, or one now while that still runs
    (a third of a second on a national file), so no page of an altered file goes out without its warning."""
    if champ.integrity is not None:
        return champ.integrity
    from ..storage.audit_snapshot import verify_snapshot

    return verify_snapshot(champ.path)


class ReportsMenu(QObject):
    """Fills a menu; `where()` says (championship, competency code, form id, language) at the moment of use."""

    def __init__(self, menu: QMenu, parent: QWidget, where: Callable[[], tuple], report: Callable[[str, bool], None]):
        super().__init__(parent)
        self.menu, self.parent_widget, self.where, self.report = menu, parent, where, report
        self.actions: dict[tuple[str, str], QAction] = {}
        for kind, _scope in DOCUMENTS:
            self.actions[(kind, "preview")] = self._action(lambda _=False, k=kind: self.preview(k))
        menu.addSeparator()
        self.print_menu = menu.addMenu("")
        self.pdf_menu = menu.addMenu("")
        for kind, _scope in DOCUMENTS:
            for how, sub, slot in (("print", self.print_menu, self.print_document),
                                   ("pdf", self.pdf_menu, self.save_pdf)):
                a = QAction(parent)
                a.triggered.connect(lambda _=False, k=kind, do=slot: do(k))
                sub.addAction(a)
                self.actions[(kind, how)] = a
        self.retranslate()

    def _action(self, slot) -> QAction:
        a = QAction(self.parent_widget)
        a.triggered.connect(slot)
        self.menu.addAction(a)
        return a

    def retranslate(self) -> None:
        self.menu.setTitle(translate("ReportsMenu", "&Reports"))
        self.print_menu.setTitle(translate("ReportsMenu", "P&rint"))
        self.pdf_menu.setTitle(translate("ReportsMenu", "Save as &PDF"))
        for kind, _scope in DOCUMENTS:
            for how in ("preview", "print", "pdf"):
                self.actions[(kind, how)].setText(document_title(kind) + "…")

    def build(self, kind: str):
        from ..reports import build_document

        champ, code, form, lang = self.where()
        if champ is None:
            raise DeskError(translate("ReportsMenu", "Open a championship file first."))
        scope = dict(DOCUMENTS)[kind]
        if scope != "championship" and not code:
            raise DeskError(translate("ReportsMenu", "Choose a competency first."))
        return build_document(kind, champ, code if scope != "championship" else None,
                              form if scope == "form" else None, lang, integrity=checked_integrity(champ))

    def preview(self, kind: str) -> None:
        try:
            doc = self.build(kind)
        except DeskError as exc:
            self.report(error_text(exc), True)
            return
        preview_document(self.parent_widget, doc, document_title(kind))

    def print_document(self, kind: str) -> bool:
        """The system's print dialog, then the document on the chosen printer."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        try:
            doc = self.build(kind)
        except DeskError as exc:
            self.report(error_text(exc), True)
            return False
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self.parent_widget)
        dialog.setWindowTitle(document_title(kind))
        if dialog.exec() != QPrintDialog.Accepted:
            return False
        pages = doc.print_to(dialog.printer())
        self.report(translate("ReportsMenu", "Sent 1 page to the printer.") if pages == 1 else
                    translate("ReportsMenu", "Sent %1 pages to the printer.").replace("%1", str(pages)), False)
        return True

    def save_pdf(self, kind: str, out: str | None = None) -> Path | None:
        try:
            doc = self.build(kind)
            if out is None:
                champ, code, _form, _lang = self.where()
                suggestion = str(Path(champ.path).with_name(f"{kind}-{code or 'all'}.pdf"))
                out, _ = QFileDialog.getSaveFileName(self.parent_widget, translate("ReportsMenu", "Save as PDF"),
                                                     suggestion, "PDF (*.pdf)")
                if not out:
                    return None
            doc.to_pdf(out)
        except (DeskError, OSError) as exc:
            self.report(error_text(exc), True)
            return None
        self.report(translate("ReportsMenu", "Saved %1.").replace("%1", str(out)), False)
        return Path(out)


def preview_document(parent, doc, title: str) -> None:
    """Qt's print preview of a document, on the page it needs (a wide form previews in landscape)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.HighResolution)
    doc.setup_printer(printer)  # before the dialog: once the preview runs, its page is fixed
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(doc.print_to)
    dialog.resize(1000, 700)
    dialog.exec()
