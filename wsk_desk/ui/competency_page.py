"""One competency: a header with its status, and the Overview, People, Scheme, Marks and Results tabs.

Tabs that are not on screen are only marked stale when something changes and
are rebuilt when shown, so typing a mark repaints the marks table and no more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ..domain.errors import DeskError
from ..domain.people import ExpertRole
from . import dialogs
from .marks_commands import MarkWriter
from .marks_page import MarksPage
from .nav_tree import competency_status
from .overview import OverviewTab
from .people_tab import PeopleTab
from .results_tab import ResultsTab
from .scheme_tab import SchemeTab
from .texts import error_text, medal_label, status_label

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

TAB_OVERVIEW, TAB_PEOPLE, TAB_SCHEME, TAB_MARKS, TAB_RESULTS = range(5)


class CompetencyPage(QWidget):
    message = Signal(str, bool)
    progress = Signal(str)
    status_changed = Signal(str)  # competency code whose badge may have changed

    def __init__(self, writer: MarkWriter, parent: QWidget | None = None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.code = ""
        self.lang = "ru"
        self.stale: set[int] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(6, 4, 6, 0)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.badge.setFont(font)
        self.sign_button = QPushButton()
        self.sign_button.clicked.connect(self.sign_off)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        head.addWidget(self.sign_button)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.overview = OverviewTab()
        self.people = PeopleTab()
        self.scheme = SchemeTab()
        self.marks = MarksPage(writer)
        self.results = ResultsTab()
        for tab in (self.overview, self.people, self.scheme, self.marks, self.results):
            self.tabs.addTab(tab, "")
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.overview.open_cell.connect(self.open_cell)
        for source in (self.marks, self.people, self.scheme):
            source.message.connect(self.message)
        self.marks.progress.connect(self.progress)
        self.retranslate()

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("&Overview"), self.tr("&People"), self.tr("Marking &scheme"),
                                  self.tr("&Marks"), self.tr("&Results"))):
            self.tabs.setTabText(i, text)
        self.sign_button.setText(self.tr("Sign off…"))
        self.sign_button.setToolTip(self.tr("The Chief Expert signs off the competency: the results become final."))
        self.people.retranslate()
        self.scheme.retranslate()
        self.marks.retranslate()
        self._header()

    # ---- loading --------------------------------------------------------------------------------
    def set_competency(self, champ: Championship | None, code: str, lang: str = "ru") -> None:
        self.champ, self.code, self.lang = champ, code, lang
        self.people.lang = lang
        self.people.champ, self.people.code = champ, code  # its imports work before the tab was ever shown
        self.marks.set_competency(champ, code)
        self.results.load(champ, code, lang)
        self.stale = {TAB_OVERVIEW, TAB_PEOPLE, TAB_SCHEME}
        self._tab_shown(self.tabs.currentIndex())
        self._header()

    def _header(self) -> None:
        champ, code = self.champ, self.code
        if champ is None or not code:
            self.title.setText(self.tr("Choose a competency on the left."))
            self.badge.setText("")
            self.sign_button.setEnabled(False)
            return
        comp = champ.competency(code)
        self.title.setText(f"{comp.code}  {comp.name(self.lang)}")
        self.title.setToolTip(self.title.text())
        status = competency_status(champ, code)
        self.badge.setText(f"[{status_label(status)}]")
        self.sign_button.setEnabled(not champ.readonly and status != "final")

    def _tab_shown(self, index: int) -> None:
        if index not in self.stale:
            return
        self.stale.discard(index)
        if index == TAB_OVERVIEW:
            self.overview.load(self.champ, self.code)
        elif index == TAB_PEOPLE:
            self.people.load(self.champ, self.code)
        elif index == TAB_SCHEME:
            self.scheme.load(self.champ, self.code)

    def changed(self, code: str, action: str, typed: bool) -> None:
        """Championship reported a change; `typed` when it was a mark this desk's writer stored."""
        if self.champ is None or (code and code != self.code):
            return
        self.stale |= {TAB_OVERVIEW} | ({TAB_PEOPLE, TAB_SCHEME} if not typed else set())
        if not typed:
            self.marks.reload()
        self.results.load(self.champ, self.code, self.lang)
        self._tab_shown(self.tabs.currentIndex())
        self._header()
        self.status_changed.emit(self.code)

    def focus_current(self) -> None:
        """Put the keyboard in the working widget of the tab on screen."""
        targets = {TAB_OVERVIEW: self.overview.table, TAB_PEOPLE: self.people.competitors_table,
                   TAB_SCHEME: self.scheme.tree, TAB_MARKS: self.marks.view, TAB_RESULTS: self.results.table}
        targets[self.tabs.currentIndex()].setFocus()

    def open_cell(self, form_id: str, entrant_id: str) -> None:
        self.tabs.setCurrentIndex(TAB_MARKS)
        self.marks.show_form(form_id)
        if entrant_id:
            self.marks.focus_cell(form_id, entrant_id)
        self.marks.view.setFocus()

    # ---- sign-off -------------------------------------------------------------------------------
    def sign_off(self) -> None:
        champ, code = self.champ, self.code
        if champ is None or not code:
            return
        chief = next((e for e in champ.experts(code) if e.role is ExpertRole.CHIEF), None)
        revision = champ.revision(code) + 1
        name = dialogs.ask_reason(self, self.tr("Sign off %1").replace("%1", code),
                                  self.tr("The results of %1 become final (revision %2). Chief Expert's name:")
                                  .replace("%1", code).replace("%2", str(revision)),
                                  chief.full_name if chief else "")
        if name is None:
            return
        reason = ""
        if revision > 1:
            reason = dialogs.ask_reason(self, self.tr("Sign off %1").replace("%1", code),
                                        self.tr("This corrects the signed results of revision %1. Why?")
                                        .replace("%1", str(revision - 1)))
            if reason is None:
                self.message.emit(self.tr("Sign-off cancelled: a corrected sign-off needs a reason."), True)
                return
        try:
            champ.sign_off(code, name, reason)
        except DeskError as exc:
            self.message.emit(error_text(exc), True)
            dialogs.refuse(self, self.tr("Sign off"), error_text(exc))
            return
        text = self.tr("%1 is signed off: the results are final (revision %2).").replace("%1", code) \
            .replace("%2", str(revision))
        moved = champ.revisions(code)[-1]["medal_changes"]
        if moved:  # a corrected sign-off says exactly which medals it moved
            lines = [f"{m['name']}: {medal_label(m['from']) or '—'} → {medal_label(m['to']) or '—'}" for m in moved]
            text += " " + self.tr("Medal changes: %1.").replace("%1", "; ".join(lines))
            dialogs.inform(self, self.tr("Sign off"), text)
        self.message.emit(text, False)
