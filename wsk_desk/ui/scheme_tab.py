"""Marking scheme tab: criteria → forms → aspects → descriptors, read-only, with the total and warnings.

The scheme can be exported in the CIS template layout, which imports back identical.
Texts show in the desk's language where a translation was imported ("Import
translation…": the same scheme in another language, texts only), the imported
text elsewhere.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import DeskError
from ..domain.scheme import MarkingScheme
from ..i18n import LANGS, NATIVE_NAMES, installed_lang
from . import dialogs
from .texts import aspect_type_label, error_text, counted, fmt_mark

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def scheme_warnings(scheme: MarkingScheme, teams: dict[str, list[str]], judges: int) -> list[str]:
    """What the Chief Expert should check before marking: sentences, empty when all is well."""
    out = []
    if not scheme.criteria:
        return [translate("SchemeTab", "No marking scheme yet: import it on the People tab.")]
    if scheme.total != Decimal(100):
        out.append(translate("SchemeTab", "The scheme adds up to %1, not 100.").replace("%1", fmt_mark(scheme.total)))
    for form in scheme.forms():
        if not form.aspects:
            out.append(translate("SchemeTab", "Form %1 has no aspects.").replace("%1", form.id))
        if any(a.is_judgement for a in form.aspects) and len(teams.get(form.id, [])) < judges:
            out.append(translate("SchemeTab", "Form %1 has judgement aspects but no full marking team.")
                       .replace("%1", form.id))
        for a in form.aspects:
            if a.is_judgement and len(a.descriptors) < 4:
                out.append(translate("SchemeTab", "%1 has no descriptors for every score 0-3.").replace("%1", a.id))
    return out


class SchemeTab(QWidget):
    message = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.code = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._ask_export)
        self.translation_button = QPushButton()
        self.translation_button.setEnabled(False)
        self.translation_button.clicked.connect(self._ask_translation)
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.translation_button, 0, Qt.AlignTop)
        head.addWidget(self.export_button, 0, Qt.AlignTop)
        layout.addLayout(head)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        for col in (1, 2, 3):
            self.tree.header().setSectionResizeMode(col, QHeaderView.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("criterion · form · aspect"), self.tr("type"), self.tr("max"),
                                   self.tr("day · WSSS")])
        self.export_button.setText(self.tr("E&xport marking scheme…"))
        self.export_button.setToolTip(self.tr("This competency's marking scheme as an xlsx in the CIS template "
                                              "layout, which imports back unchanged."))
        self.translation_button.setText(self.tr("Import &translation…"))
        self.translation_button.setToolTip(self.tr("The same marking scheme in another language (same forms, "
                                                   "aspects and marks): its texts are shown in that language. "
                                                   "Marks do not change."))

    def load(self, champ: Championship | None, code: str) -> None:
        self.champ, self.code = champ, code
        self.tree.clear()
        if champ is None or not code:
            self.summary.setText("")
            self.export_button.setEnabled(False)
            self.translation_button.setEnabled(False)
            return
        ctx = champ.context(code)
        scheme = ctx.scheme.in_language(installed_lang())
        self.export_button.setEnabled(bool(scheme.criteria))
        self.translation_button.setEnabled(bool(scheme.criteria) and not champ.readonly)
        for crit in scheme.criteria:
            c_item = QTreeWidgetItem(self.tree, [f"{crit.id}  {crit.name}", "", fmt_mark(crit.max_mark), ""])
            _bold(c_item)
            for form in crit.subcriteria:
                f_item = QTreeWidgetItem(c_item, [f"{form.id}  {form.name}", self.tr("form"),
                                                  fmt_mark(form.max_mark), form.day])
                f_item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
                for a in form.aspects:
                    a_item = QTreeWidgetItem(f_item, [f"{a.id}  {a.description}", aspect_type_label(a.type.value),
                                                      fmt_mark(a.max_mark), a.wsss_section])
                    a_item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
                    a_item.setToolTip(0, a.description)
                    for label, text in ((self.tr("method"), a.extra), (self.tr("requirement"), a.requirement)):
                        if text:
                            QTreeWidgetItem(a_item, [f"{label}: {text}", "", "", ""])
                    for score, text in sorted(a.descriptors.items()):
                        d = QTreeWidgetItem(a_item, [f"{score}: {text}", "", "", ""])
                        d.setToolTip(0, text)
                f_item.setExpanded(True)
            c_item.setTextAlignment(2, Qt.AlignRight | Qt.AlignVCenter)
            c_item.setExpanded(True)
        warnings = scheme_warnings(scheme, ctx.sheet.marking_teams, champ.settings().judges_per_form)
        judged = sum(1 for a in scheme.aspects() if a.is_judgement)
        forms, aspects = sum(1 for _ in scheme.forms()), scheme.aspect_count
        head = " · ".join([self.tr("Total %1").replace("%1", fmt_mark(scheme.total)),
                           counted(self.tr("%n form(s)", "", forms), forms),
                           counted(self.tr("%n aspect(s) (%1 judgement).", "", aspects), aspects)
                           .replace("%1", str(judged))])
        head += self._languages(ctx.scheme)
        if warnings:
            head += "\n⚠ " + "\n⚠ ".join(warnings[:6]) + ("\n…" if len(warnings) > 6 else "")
        self.summary.setText(head)

    def _languages(self, scheme: MarkingScheme) -> str:
        """' Texts: Русский; translations: Қазақша.': what the Chief Expert may import next."""
        if not scheme.criteria:
            return ""
        own = NATIVE_NAMES.get(scheme.lang, "?")
        others = ", ".join(NATIVE_NAMES.get(lang, lang) for lang in scheme.translations()) or self.tr("none")
        return " " + self.tr("Texts: %1; translations: %2.").replace("%1", own).replace("%2", others)

    def _ask_translation(self) -> None:
        if self.champ is None or not self.code:
            return
        title = self.tr("Import translation")
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.champ.path.parent),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        own = self.champ.scheme(self.code).lang
        langs = sorted(LANGS, key=lambda lang: (lang == own, lang != installed_lang()))
        chosen = dialogs.ask_choice(self, title, self.tr("Language of the texts in this file:"),
                                    [NATIVE_NAMES[lang] for lang in langs])
        if chosen is not None:
            self.import_translation_file(path, langs[chosen])

    def import_translation_file(self, path: str, lang: str) -> bool:
        """Store the file's texts as this competency's `lang` texts; a refusal changes nothing and says why."""
        from ..exchange.scheme_translation import import_scheme_texts

        title = self.tr("Import translation")
        try:
            report = import_scheme_texts(self.champ, path, self.code, lang)
        except (DeskError, OSError) as exc:
            text = error_text(exc) if isinstance(exc, DeskError) else f"{exc.filename or ''}: {exc.strerror or exc}"
            self.message.emit(self.tr("Import refused: %1").replace("%1", text), True)
            dialogs.show_problems(self, title, self.tr("Nothing was imported and nothing was changed."), [text])
            return False
        self.message.emit(self.tr("Imported %1 texts of the marking scheme in %2; marks are unchanged.")
                          .replace("%1", str(report.landed)).replace("%2", NATIVE_NAMES[lang]), False)
        self.load(self.champ, self.code)
        return True


    def _ask_export(self) -> None:
        from .template_exports import ask_save_path

        if self.champ is None or not self.code:
            return
        suggestion = self.champ.path.parent / f"marking-scheme-{self.code}.xlsx"
        path = ask_save_path(self, self.tr("Export marking scheme"), suggestion)
        if path:
            self.export_scheme_file(path)

    def export_scheme_file(self, path: str) -> bool:
        """The competency's scheme in the CIS template layout, titled with its Russian name.

        The Russian name, whatever language the desk speaks: importing the file as a new
        competency takes this title as the competency's (Russian) name.
        """
        from ..exchange.scheme_writer import write_marking_scheme
        from .template_exports import run_export

        champ, code = self.champ, self.code
        comp = champ.competency(code)
        scheme = champ.scheme(comp.code)
        title = comp.name("ru")
        return run_export(self, self.tr("Export marking scheme"), path,
                          lambda out: write_marking_scheme(scheme, out, title=title), self.message.emit)


def _bold(item: QTreeWidgetItem) -> None:
    font = item.font(0)
    font.setBold(True)
    for col in range(4):
        item.setFont(col, font)
