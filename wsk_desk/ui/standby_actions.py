"""File › Standby copy folder: keep a copy of the open file on a USB stick or a second laptop's share.

The folder is this machine's choice, so it lives in QSettings (storage.standby.
SETTING_KEY) like the second backup folder, not in the championship file that
travels. The window calls `follow(champ)` whenever it opens, switches or closes
a file: the old StandbyCopy copies what is pending and stops, a new one is
attached to a writable file. Copies run on a timer thread (marks entry never
waits); they report back through queued signals, so the status bar shows when
the copy was last written, and a missing folder warns once per absence while
the desk carries on.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QSettings, QTime, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QWidget

from ..domain.errors import DeskError
from . import dialogs
from .texts import error_text

if TYPE_CHECKING:  # storage (and sqlite-utils with it) loads with the first file, not before the window shows
    from ..storage.standby import StandbyCopy

SETTING_KEY = "standby/folder"  # = storage.standby.SETTING_KEY (a test keeps them equal)
DEFAULT_INTERVAL = 10.0  # = storage.standby.DEFAULT_INTERVAL

FAILED_STYLE = "background:#b00000; color:white; padding:2px 6px;"
LABEL_STYLE = "padding:2px 10px 2px 4px;"


def standby_folder() -> str:
    return str(QSettings().value(SETTING_KEY, "") or "")


class StandbyActions(QObject):
    """The menu action, the status bar label and the StandbyCopy of the open file."""

    copied = Signal()  # emitted on the copy's thread, delivered queued on the GUI thread
    warned = Signal(str)

    def __init__(self, window: QWidget, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.interval = DEFAULT_INTERVAL  # tests lower it
        self.standby: StandbyCopy | None = None
        self.written_at = ""
        self.failure = ""
        self._warned = False  # a warning was shown for the current failure spell
        self.act = QAction(window)
        self.act.triggered.connect(lambda _=False: self.ask_folder())
        menu.addAction(self.act)
        self.label = QLabel()
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.copied.connect(self._copied)
        self.warned.connect(self._on_warning)
        self.retranslate()

    def retranslate(self) -> None:
        self.act.setText(self.tr("S&tandby copy folder…"))
        self._show()

    # ---- following the open file ------------------------------------------------------------------
    def follow(self, champ: Any) -> None:
        """Stop the standby copy of the file closing (after its last copy); start one for `champ`."""
        old, self.standby = self.standby, None
        if old is not None:
            old.close()
        self.written_at, self.failure, self._warned = "", "", False
        folder = standby_folder()
        if champ is not None and folder and not champ.readonly:
            from ..storage.standby import StandbyCopy

            try:
                self.standby = StandbyCopy(champ, folder, interval=self.interval, warn=self.warned.emit,
                                           schedule=self._schedule)
                self.standby.attach()
            except DeskError as exc:
                self.standby = None
                self.window.show_message(error_text(exc), True)
        self._show()

    def _schedule(self, delay: float, fn: Callable[[], None]) -> threading.Timer:
        """StandbyCopy's copies on a daemon timer thread, each followed by `copied` for the status bar."""
        def run() -> None:
            fn()
            try:
                self.copied.emit()
            except RuntimeError:  # the window is gone (closed during the copy): nobody to tell
                pass

        timer = threading.Timer(delay, run)
        timer.daemon = True
        timer.start()
        return timer

    def _copied(self) -> None:
        standby = self.standby
        if standby is None or standby.copies == 0 or standby.last_error:
            return
        self.written_at = QTime.currentTime().toString("HH:mm:ss")
        if self.failure:
            self.window.show_message(self.tr("The standby copy is written again to %1.").replace(
                "%1", str(standby.folder)))
        self.failure, self._warned = "", False
        self._show()

    def _on_warning(self, sentence: str) -> None:
        """Once per failure spell (every commit would repeat it while the stick is out)."""
        standby = self.standby
        if standby is None:
            return
        if not standby.folder.is_dir():  # the usual case, in the desk's language
            sentence = self.tr("The standby folder %1 is not available (USB stick removed?): the standby copy was "
                               "not refreshed; marking carries on.").replace("%1", str(standby.folder))
        else:
            sentence = self.tr("The standby copy was not refreshed: %1").replace("%1", sentence)
        self.failure = sentence
        if not self._warned:
            self._warned = True
            self.window.show_message(sentence, True)
        self._show()

    def _show(self) -> None:
        standby = self.standby
        self.label.setVisible(standby is not None)
        if standby is None:
            return
        if self.failure:
            self.label.setText(self.tr("✖ standby copy"))
            self.label.setToolTip(self.failure)
            self.label.setStyleSheet(FAILED_STYLE)
            return
        self.label.setStyleSheet(LABEL_STYLE)
        if self.written_at:
            self.label.setText(self.tr("standby %1").replace("%1", self.written_at))
            self.label.setToolTip(self.tr("Standby copy %1, last written at %2.").replace(
                "%1", str(standby.target)).replace("%2", self.written_at))
        else:
            self.label.setText(self.tr("standby …"))
            self.label.setToolTip(self.tr("Standby copy %1: being written.").replace("%1", str(standby.target)))

    # ---- the setting ------------------------------------------------------------------------------
    def ask_folder(self) -> None:
        """Choose the folder (or, when one is set, turn the standby copy off)."""
        title = self.tr("Standby copy folder")
        current = standby_folder()
        if current:
            items = [self.tr("Choose another folder…"), self.tr("Turn the standby copy off")]
            chosen = dialogs.ask_choice(self.window, title, self.tr("The standby copy goes to %1.").replace(
                "%1", current), items)
            if chosen is None:
                return
            if chosen == 1:
                self.set_folder("")
                return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Standby copy folder (a USB stick or a "
                                                                       "second laptop's shared folder)"), current)
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        """Remember the folder and follow the open file there at once ("" turns the copy off)."""
        champ = self.window.champ
        if folder and champ is not None and Path(folder).resolve() == Path(champ.path).resolve().parent:
            text = self.tr("The standby copy must go to another folder than the file itself (another disk, "
                           "a USB stick or a shared folder).")
            self.window.show_message(text, True)
            dialogs.refuse(self.window, self.tr("Standby copy folder"), text)
            return
        settings = QSettings()
        if folder:
            settings.setValue(SETTING_KEY, folder)
        else:
            settings.remove(SETTING_KEY)
        self.follow(champ)
        if not folder:
            self.window.show_message(self.tr("The standby copy is off."))
        elif champ is None or champ.readonly:
            self.window.show_message(self.tr("The standby copy goes to %1 for every file opened for "
                                             "writing.").replace("%1", folder))
        else:
            self.window.show_message(self.tr("The standby copy of %1 goes to %2, refreshed after every change "
                                             "(at most every %3 s).").replace("%1", Path(champ.path).name)
                                     .replace("%2", folder).replace("%3", f"{self.interval:g}"))
