"""File menu work of the main window: new, open, recent files, restore, the second backup folder.

A mixin of MainWindow. Its strings keep the MainWindow context (not self.tr,
whose context in a mixin would not match what lupdate files them under).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog

from ..domain.errors import DeskError
from . import dialogs
from .texts import error_text

translate = QCoreApplication.translate
MAX_RECENT = 8


def recent_files() -> list[str]:
    """The remembered files, newest first (an INI file gives back a one-item list as a plain string)."""
    value = QSettings().value("recent_files", []) or []
    return [value] if isinstance(value, str) else [str(v) for v in value]


class FileActions:
    """Needs from the window: champ, page, tree, open_file(), show_message()."""

    def _remember(self, path: str) -> None:
        settings = QSettings()
        recent = [p for p in recent_files() if p != path]
        settings.setValue("recent_files", [path] + recent[:MAX_RECENT - 1])
        settings.setValue("last_file", path)

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        for path in recent_files():
            a = self.menu_recent.addAction(path)
            a.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not self.menu_recent.actions():
            self.menu_recent.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    def ask_open(self, readonly: bool) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open championship"), self._folder(),
                                              translate("MainWindow", "Championship files (*.wsk)"))
        if path:
            self.open_file(path, readonly)

    def ask_new(self) -> None:
        from ..demo.data import REGIONS
        from ..storage.championship import Championship

        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "New championship"), self._folder(),
                                              translate("MainWindow", "Championship files (*.wsk)"))
        if not path:
            return
        path = path if path.endswith(".wsk") else path + ".wsk"
        name = dialogs.ask_reason(self, translate("MainWindow", "New championship"), translate("MainWindow", "Name of the championship:"))
        if name is None:
            return
        try:
            Championship.create(path, name, regions=REGIONS).close()
        except DeskError as exc:
            self.show_message(error_text(exc), True)
            return
        self.open_file(path)

    def ask_new_competency(self) -> None:
        if self.champ is None:
            return
        code = self.page.people.ask_new_competency()
        if code:
            self.tree.select(code)

    def ask_restore(self) -> None:
        from .restore_dialog import RestoreDialog

        if self.champ is None:
            return
        dialog = RestoreDialog(self.champ.path, second_folder=QSettings().value("backup/second_folder", "") or None,
                               parent=self)
        dialog.restored.connect(lambda out: self.open_file(out))
        dialog.exec()

    def ask_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("MainWindow", "Second backup folder (a USB stick)"),
                                                  str(QSettings().value("backup/second_folder", "") or ""))
        if folder:
            QSettings().setValue("backup/second_folder", folder)
            self.show_message(translate("MainWindow", "Backups also go to %1 from the next opening.").replace("%1", folder))

    def _folder(self) -> str:
        return str(Path(self.champ.path).parent) if self.champ else str(Path.home())
