"""The desk's main window: menus, the championship tree, the competency page and the status bar.

The status bar always says which file is open, when the last change was
saved ("saved 14:02:31", from Championship's change notifications, i.e. after
the commit returned) and whether the file is read-only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ..domain.errors import DeskError
from . import dialogs
from .competency_page import CompetencyPage
from .integrity_check import IntegrityCheck
from .i18n import install_language_menu
from .marks_commands import MarkWriter
from .national_page import NationalPage
from .nav_tree import NavTree, legend_text
from .package_actions import PackageActions
from .reports_menu import ReportsMenu
from .shortcuts_help import shortcuts_text
from .standby_actions import StandbyActions
from .texts import error_text
from .window_files import FileActions

if TYPE_CHECKING:  # sqlite-utils is imported when a file is opened, after the window is up
    from ..storage.championship import Change, Championship

log = logging.getLogger(__name__)
ERROR_STYLE = "background:#b00000; color:white; padding:2px 6px;"


class MainWindow(FileActions, QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.code = ""
        self.lang = str(QSettings().value("language", "ru") or "ru")[:2]
        self.undo_stack = QUndoStack(self)
        self.writer = MarkWriter(self.undo_stack, self)
        self.writer.focus_requested.connect(self._focus_cell)
        self.writer.refused.connect(lambda text: self.show_message(text, True))
        self.integrity = IntegrityCheck(self)
        self.integrity.done.connect(self._integrity_done)
        self.integrity_thread = None
        self._integrity_pending: Path | None = None
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.integrity_banner = QLabel()
        self.integrity_banner.setWordWrap(True)
        self.integrity_banner.setStyleSheet("background:#b00000; color:white; font-weight:bold; padding:6px;")
        self.integrity_banner.hide()
        column.addWidget(self.integrity_banner)
        self.split = QSplitter(Qt.Horizontal)
        self.tree = NavTree()
        self.page = CompetencyPage(self.writer)
        self.national = NationalPage()  # the championship at the top of the tree: national results
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.national)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.setSpacing(2)
        left_column.addWidget(self.tree, 1)
        self.legend = QLabel()
        font = self.legend.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.legend.setFont(font)
        self.legend.setContentsMargins(4, 0, 4, 2)
        left_column.addWidget(self.legend)
        self.split.addWidget(left)
        self.split.addWidget(self.stack)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([290, 1076])
        column.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self.tree.competency_chosen.connect(self.show_competency)
        self.tree.competency_activated.connect(self._enter_competency)
        self.tree.badges_done.connect(self._start_integrity)
        self.tree.championship_chosen.connect(lambda: self.stack.setCurrentWidget(self.national))
        self.national.message.connect(self.show_message)
        self.national.open_competency.connect(self.tree.select)
        self.page.message.connect(self.show_message)
        self.page.progress.connect(lambda text: self.progress_label.setText(text))
        self.page.status_changed.connect(self.tree.update_status)
        self._make_status_bar()
        self._make_menus()
        self.retranslate()
        self.resize(1366, 768)

    # ---- status bar ---------------------------------------------------------------------------
    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.PlainText)
        self.file_label = QLabel()
        self.readonly_label = QLabel()
        self.readonly_label.setStyleSheet("background:#6b3fa0; color:white; padding:2px 6px; font-weight:bold;")
        self.saved_label = QLabel()
        self.progress_label = QLabel()
        for label in (self.file_label, self.saved_label, self.progress_label):
            label.setStyleSheet("padding:2px 10px 2px 4px; border-right:1px solid #9aa3ad;")
        bar.addWidget(self.file_label)
        bar.addWidget(self.readonly_label)
        bar.addWidget(self.saved_label)
        bar.addWidget(self.progress_label)
        bar.addWidget(self.message_label, 1)

    def show_message(self, text: str, error: bool = False) -> None:
        """A refusal stays (in red, with ✖) until the next message; information is plain."""
        self.message_label.setText(("✖ " if error else "") + text)
        self.message_label.setToolTip(text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        if error and self.champ is not None and self.champ.readonly and not self.readonly_label.isVisible():
            # a storage fault (USB stick pulled, disk full) made the file read-only: say so everywhere
            self._update_file_labels()
            self.page.marks.reload()

    def _update_file_labels(self) -> None:
        champ = self.champ
        self.file_label.setText(Path(champ.path).name if champ else self.tr("no file open"))
        self.file_label.setToolTip(str(champ.path) if champ else "")
        self.readonly_label.setText(self.tr("READ-ONLY") if champ and champ.readonly else "")
        self.readonly_label.setVisible(bool(champ and champ.readonly))
        title = f"WSK Desk — {Path(champ.path).name}" if champ else "WSK Desk"
        self.setWindowTitle(title + (" " + self.tr("[read-only]") if champ and champ.readonly else ""))
        self.packages.update_enabled()

    # ---- menus --------------------------------------------------------------------------------
    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_edit = bar.addMenu("")
        self.menu_competency = bar.addMenu("")
        self.menu_reports = bar.addMenu("")
        self.menu_language = bar.addMenu("")  # filled by the languages work (ui language switching)
        self.menu_language.setObjectName("languageMenu")
        install_language_menu(self.menu_language)  # Русский / Қазақша / English, switched at once
        self.menu_help = bar.addMenu("")

        def act(menu, slot, shortcut=None) -> QAction:
            a = QAction(self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            menu.addAction(a)
            return a

        self.act_new = act(self.menu_file, self.ask_new, QKeySequence.New)
        self.act_open = act(self.menu_file, lambda: self.ask_open(False), QKeySequence.Open)
        self.act_open_ro = act(self.menu_file, lambda: self.ask_open(True))
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addSeparator()
        self.packages = PackageActions(self, self.menu_file)  # export / import results packages
        self.menu_file.addSeparator()
        self.act_restore = act(self.menu_file, self.ask_restore)
        self.act_second = act(self.menu_file, self.ask_second_folder)
        self.standby = StandbyActions(self, self.menu_file)  # standby copy folder, status bar label
        self.menu_file.addSeparator()
        self.act_quit = act(self.menu_file, self.close, QKeySequence.Quit)

        self.act_undo = self.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.act_next_incomplete = self.page.marks.act_next
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_next_incomplete)

        m = self.page.marks
        for a in (m.act_team, m.act_substitute, None, m.act_reason, m.act_absent, None, m.act_confirm,
                  m.act_lock, m.act_unlock, None, m.act_prev_form, m.act_next_form):
            if a is None:
                self.menu_competency.addSeparator()
            else:
                self.menu_competency.addAction(a)
        self.menu_competency.addSeparator()
        self.act_signoff = act(self.menu_competency, self.page.sign_off)
        self.act_new_competency = act(self.menu_competency, self.ask_new_competency)
        self.menu_competency.addSeparator()
        self.tab_actions = []
        for i in range(5):
            self.tab_actions.append(act(self.menu_competency, lambda _=False, i=i: self.show_tab(i), f"Ctrl+{i + 1}"))
        self.act_focus = act(self.menu_competency, self.toggle_focus, Qt.Key_F6)

        self.reports = ReportsMenu(self.menu_reports, self, self._where, self.show_message)
        self.act_keys = act(self.menu_help, self.show_shortcuts, QKeySequence.HelpContents)
        self.act_about = act(self.menu_help, self.show_about)

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_competency.setTitle(self.tr("&Competency"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.menu_recent.setTitle(self.tr("Rec&ent files"))
        self.act_new.setText(self.tr("&New championship…"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_open_ro.setText(self.tr("Open &read-only…"))
        self.act_restore.setText(self.tr("Restore a &backup…"))
        self.act_second.setText(self.tr("Second backup &folder…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.act_signoff.setText(self.tr("&Sign off competency…"))
        self.act_new_competency.setText(self.tr("New competency from a marking scheme…"))
        for i, text in enumerate((self.tr("Overview"), self.tr("People"), self.tr("Marking scheme"), self.tr("Marks"),
                                  self.tr("Results"))):
            self.tab_actions[i].setText(self.tr("Show %1").replace("%1", text))
        self.act_focus.setText(self.tr("Switch between list and page"))
        self.act_keys.setText(self.tr("&Keyboard"))
        self.act_about.setText(self.tr("&About WSK Desk"))
        self.legend.setText(legend_text())
        self.reports.retranslate()
        self.packages.retranslate()
        self.standby.retranslate()
        self.tree.retranslate()
        self.page.retranslate()
        self.national.retranslate()
        self._update_file_labels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self._relanguage()
        super().changeEvent(event)

    def _relanguage(self) -> None:
        """A new language: every word and name again, and the Chief Expert stays on the same cell."""
        from ..i18n import installed_lang

        self.lang = installed_lang() or str(QSettings().value("language", self.lang) or self.lang)[:2]
        self.retranslate()
        if self.champ is None:
            return
        marks = self.page.marks
        form = marks.forms.currentData()
        cursor = marks.view.currentIndex()
        row, col = cursor.row(), cursor.column()
        self.tree.blockSignals(True)
        self.tree.set_championship(self.champ, self.lang)
        if self.stack.currentWidget() is self.national:
            self.tree.select_root()
        else:
            self.tree.select(self.code)
        self.tree.blockSignals(False)
        self.page.set_competency(self.champ, self.code, self.lang)
        self.national.set_championship(self.champ, self.lang)
        if form:
            marks.show_form(form)
            if marks.model is not None and 0 <= row < marks.model.rowCount() and col < marks.model.columnCount():
                marks.view.setCurrentIndex(marks.model.index(row, col))

    # ---- files --------------------------------------------------------------------------------
    def open_file(self, path: str | Path, readonly: bool = False) -> bool:
        """Open a championship (one writer, open-time checks); False when it was not opened.

        The audit check runs in the background; its red banner appears when it finds a problem.
        """
        from ..storage.championship import Championship
        from .open_checks import open_for_desk

        second = QSettings().value("backup/second_folder", "") or None
        try:
            if readonly:
                champ = Championship.open(path, readonly=True)
            else:
                champ = open_for_desk(self, path, second_folder=second, check_integrity=False,
                                      warn=lambda text: self.show_message(text, True))
        except DeskError as exc:
            self.show_message(error_text(exc), True)
            dialogs.refuse(self, self.tr("Open"), error_text(exc))
            return False
        if champ is None:
            return False
        self.set_championship(champ)
        self.integrity_banner.hide()
        self._integrity_pending = Path(champ.path)  # checked once the badges are in: both want the CPU
        self._remember(str(champ.path))
        return True

    def _start_integrity(self) -> None:
        if self._integrity_pending is not None:
            self.integrity_thread = self.integrity.start(self._integrity_pending)
            self._integrity_pending = None

    def wait_integrity(self, timeout: float = 30) -> None:
        """Run the open-time audit check now if it has not started, and wait for it (tests, scripts)."""
        self._start_integrity()
        if self.integrity_thread is not None:
            self.integrity_thread.join(timeout)

    def _integrity_done(self, path: str, report) -> None:
        from .open_checks import banner_text

        champ = self.champ
        if champ is None or str(champ.path) != path:
            return  # another file was opened meanwhile
        champ.integrity = report
        banner = banner_text(champ)
        self.integrity_banner.setText(banner)
        self.integrity_banner.setVisible(bool(banner))

    def set_championship(self, champ: Championship | None) -> None:
        self.standby.follow(None)  # its last copy while the old file is still open
        if self.champ is not None:
            self.champ.close()
        self.champ = champ
        self.writer.set_championship(champ)
        self.saved_label.setText("")
        self.code = ""
        if champ is not None:
            champ.subscribe(self._on_change)
        self.tree.set_championship(champ, self.lang)
        comps = champ.competencies() if champ else []
        last = str(QSettings().value(f"last_competency/{champ.file_id}", "")) if champ else ""
        code = last if any(c.code == last for c in comps) else (comps[0].code if comps else "")
        self.page.set_competency(champ, "", self.lang)
        self.national.set_championship(champ, self.lang)
        self.stack.setCurrentWidget(self.page)
        if code:
            self.tree.select(code)
        self._update_file_labels()
        self.show_message(self.tr("Opened %1.").replace("%1", Path(champ.path).name) if champ else "")
        self.standby.follow(champ)

    def show_competency(self, code: str) -> None:
        self.stack.setCurrentWidget(self.page)
        if code == self.code or self.champ is None:
            return
        self.code = code
        self.page.set_competency(self.champ, code, self.lang)
        QSettings().setValue(f"last_competency/{self.champ.file_id}", code)

    def _enter_competency(self, code: str) -> None:
        self.show_competency(code)
        self.page.focus_current()

    def _on_change(self, change: Change) -> None:
        """Called by Championship after each committed write. Never raises into the write."""
        self.saved_label.setText(self.tr("saved %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))
        try:
            if change.competency and self.tree.has(change.competency):
                self.tree.update_status(change.competency)
            else:  # the championship's structure changed (people, a new competency): the whole tree again
                self.tree.set_championship(self.champ, self.lang)
                self.tree.blockSignals(True)
                self.tree.select(self.code)
                self.tree.blockSignals(False)
            self.page.changed(change.competency, change.action, self.writer.busy)
            self.national.changed(change.competency)
        except Exception as exc:  # noqa: BLE001 - the change is stored; only the screen is behind
            log.exception("refreshing the window after %s failed", change.action)
            self.show_message(self.tr("The change is saved, but the screen could not be refreshed (%1). Reopen "
                                      "the file to see it.").replace("%1", f"{type(exc).__name__}: {exc}"), True)

    # ---- navigation -----------------------------------------------------------------------------
    def show_tab(self, i: int) -> None:
        if self.stack.currentWidget() is not self.page and self.code:
            self.tree.select(self.code)  # from the national page back to the competency
        self.page.tabs.setCurrentIndex(i)
        self.page.focus_current()

    def toggle_focus(self) -> None:
        if self.tree.hasFocus() and self.stack.currentWidget() is self.national:
            self.national.focus_current()
        elif self.tree.hasFocus():
            self.show_tab(self.page.tabs.currentIndex())
        else:
            self.tree.setFocus()

    def _focus_cell(self, code: str, aspect_or_form: str, entrant: str) -> None:
        if code != self.code or self.stack.currentWidget() is not self.page:
            self.tree.select(code)
        self.page.tabs.setCurrentIndex(3)
        self.page.marks.focus_cell(aspect_or_form, entrant)

    def _where(self) -> tuple:
        form = self.page.marks.model.form.id if self.page.marks.model and self.page.marks.model.form else None
        return self.champ, self.code, form, self.lang

    def show_shortcuts(self) -> None:
        dialogs.inform(self, self.tr("Keyboard"), shortcuts_text())

    def show_about(self) -> None:
        from .. import __version__

        dialogs.inform(self, self.tr("About WSK Desk"), self.tr("WSK Desk %1: the scoring desk for skills "
                                                               "championships.").replace("%1", __version__))

    def closeEvent(self, event) -> None:
        self._integrity_pending = None
        if self.integrity_thread is not None:
            self.integrity_thread.join(30)  # it reads the file: let it finish before the file closes
        self.tree.set_championship(None)
        self.standby.follow(None)
        if self.champ is not None:
            self.champ.close()
            self.champ = None
        super().closeEvent(event)
