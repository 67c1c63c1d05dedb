"""File › Restore: pick one of a championship's backups and restore it to a NEW file.

Each backup shows when it was taken, why (automatic, before an unlock...),
its size and whether it passes quick_check, so the Chief Expert picks a good
one. Restoring never overwrites: the current file stays as evidence, and
`restored(Path)` tells the window which new file it may open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.errors import DeskError
from ..storage.backup import BackupInfo, backup_dir, list_backups, restore
from .texts import fmt_when


def human_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


class RestoreDialog(QDialog):
    """Backups of `path` (beside it and in the optional second folder), newest first."""

    restored = Signal(Path)

    def __init__(self, path: str | Path, *, second_folder: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.folders = [backup_dir(self.path)] + ([Path(second_folder)] if second_folder else [])
        self.backups: list[BackupInfo] = []
        self.verdicts: list[str] = []
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(720, 420)

        self.intro = QLabel(self.tr("Backups of {name}. Restoring writes a new file; the current file is not "
                                    "changed.").format(name=self.path.name))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Check")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.empty = QLabel(self.tr("No backups were found."))

        self.other_button = QPushButton(self.tr("Look in another folder…"))
        self.restore_button = QPushButton(self.tr("Restore to a new file…"))
        self.restore_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.other_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)

        self.other_button.clicked.connect(self._look_elsewhere)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.reload()

    # ---- content ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.backups = [b for b in list_backups(*self.folders) if b.stem == self.path.stem]
        self.verdicts = [b.check() for b in self.backups]
        self.table.setRowCount(len(self.backups))
        for r, (info, verdict) in enumerate(zip(self.backups, self.verdicts)):
            good = verdict == "ok"
            cells = [fmt_when(info.taken_at, seconds=True), self._reason(info.reason), human_size(info.size),
                     self.tr("✓ good") if good else self.tr("✗ {verdict}").format(verdict=verdict)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.backups)
        first_good = next((i for i, v in enumerate(self.verdicts) if v == "ok"), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update_buttons()

    def _reason(self, reason: str) -> str:
        names = {"auto": self.tr("automatic"), "manual": self.tr("by hand"), "close": self.tr("on closing"),
                 "import": self.tr("before an import"), "merge": self.tr("before a merge"),
                 "unlock": self.tr("before an unlock"), "signoff": self.tr("before a sign-off")}
        if reason.startswith("before_upgrade"):
            return self.tr("before a format upgrade")
        return names.get(reason, reason)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.restore_button.setEnabled(bool(rows) and self.verdicts[rows[0].row()] == "ok")

    # ---- actions --------------------------------------------------------------------------------
    def restore_selected(self, out: str | Path) -> Path | None:
        """Restore the selected backup to `out` (a new file); shows a sentence when refused."""
        info = self.selected()
        if info is None:
            return None
        try:
            written = restore(info.path, Path(out))
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Restore a backup"), str(exc))
            return None
        self.restored.emit(written)
        return written

    def _restore_clicked(self) -> None:
        info = self.selected()
        if info is None:
            return
        suggestion = self.path.with_name(f"{self.path.stem}-restored-{info.taken_at:%Y%m%d-%H%M%S}.wsk")
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Restore to a new file"), str(suggestion),
                                             self.tr("Championship files (*.wsk)"))
        if out and self.restore_selected(out) is not None:
            self.accept()

    def _look_elsewhere(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder with backups"), str(self.path.parent))
        if folder and Path(folder) not in self.folders:
            self.folders.append(Path(folder))
            self.reload()
