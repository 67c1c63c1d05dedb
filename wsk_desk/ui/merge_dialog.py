"""File › Import results packages: the organizer's merge, previewed before anything changes.

Each package is verified when it is added (checksum and audit record); a
refused one is named with its reason and left out. The preview lists, per
competency, where it comes from, its revision, what the merge will do and
which medals that moves. A conflict shows the master's side and the
package's side together, and stays untouched until the organizer chooses
keep or take and writes a reason. A package named for another championship
is most likely the wrong file: nothing merges until the organizer ticks the
box that names both championships (the CLI asks for --force). Refusals,
warnings and notes speak the desk's language (they carry ru/kk/en). Import is
one transaction with one audit entry, after a backup. The dialog is
standalone: the main window opens it with the open championship and reloads
on `merged`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ..domain.errors import DeskError
from ..exchange.merge import MergeItem, MergeOutcome, MergePlan, apply_merge, foreign_championship, plan_merge
from ..exchange.package import Package, read_package
from .texts import error_text, said

Index = QModelIndex | QPersistentModelIndex


class MergePlanModel(QAbstractTableModel):
    """The preview: one row per (competency, package)."""

    COLUMNS = 5

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list[MergeItem] = []
        self.resolutions: dict[str, tuple[str, str]] = {}

    def set_items(self, items: list[MergeItem], resolutions: dict[str, tuple[str, str]]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.resolutions = resolutions
        self.endResetModel()

    def refresh(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, self.COLUMNS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:  # views may ask past the end while the plan is replaced
            return [self.tr("Competency"), self.tr("Source"), self.tr("Revision"), self.tr("Action"),
                    self.tr("Medal changes")][section]
        return None

    def action_text(self, item: MergeItem) -> str:
        if item.action == "conflict":
            choice = self.resolutions.get(item.code, ("", ""))[0]
            if choice == "keep":
                return self.tr("⚠ conflict: keep the master's")
            if choice == "take":
                return self.tr("⚠ conflict: take this package")
            return self.tr("⚠ conflict: choose")
        words = {"new": self.tr("+ add"), "same": self.tr("= no change"), "update": self.tr("↻ replace"),
                 "older": self.tr("skip: older"), "superseded": self.tr("skip: a newer package is here")}
        return words.get(item.action, item.action)

    def medal_text(self, item: MergeItem) -> str:
        if not item.medal_changes:
            return self.tr("none") if item.action in ("update", "conflict") else ""
        return "; ".join(self.tr("{name}: {before} → {after}").format(
            name=c["name"], before=c["from"] or "—", after=c["to"] or "—") for c in item.medal_changes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return f"{item.code} {item.name}"
            if col == 1:
                text = self.tr("{laptop} ({file})").format(laptop=item.laptop or "—", file=item.package.path.name)
                return text if role == Qt.ItemDataRole.DisplayRole else \
                    f"{text}\n{item.source}\nSHA-256 {item.package.file_sha256}"
            if col == 2:
                return self.tr("revision {revision}, entry {seq}").format(revision=item.revision, seq=item.seq)
            if col == 3:
                return self.action_text(item) if role == Qt.ItemDataRole.DisplayRole else said(item.note)
            if col == 4:
                return self.medal_text(item)
        return None


class MergeDialog(QDialog):
    """Import results packages into the open (master) championship."""

    merged = Signal(object)  # MergeOutcome

    def __init__(self, champ: Any, packages: list[str | Path] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.champ = champ
        self.packages: list[Package] = []
        self.refused: list[str] = []
        self.plan: MergePlan | None = None
        self.resolutions: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(self.tr("Import results packages"))
        self.resize(980, 560)

        self.intro = QLabel(self.tr("Each package is checked (checksum and audit record) before the preview. "
                                    "Nothing changes until you press Import."))
        self.intro.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        self.foreign_box = QCheckBox()  # another championship's packages: merged only when ticked
        self.foreign_box.setStyleSheet("QCheckBox { color: #b00000; font-weight: bold; }")
        self.foreign_box.setVisible(False)
        self.foreign: list[tuple[str, str]] = []  # (package file, its championship) not of the master
        self.model = MergePlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)

        self.conflict_box = QGroupBox(self.tr("Conflict"))
        self.side_by_side = QLabel()
        self.side_by_side.setTextFormat(Qt.TextFormat.RichText)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Not decided: leave unchanged"), "")
        self.choice.addItem(self.tr("Keep the master's results"), "keep")
        self.choice.addItem(self.tr("Take the package's results"), "take")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (required)"))
        form = QFormLayout(self.conflict_box)
        form.addRow(self.side_by_side)
        form.addRow(self.tr("Decision"), self.choice)
        form.addRow(self.tr("Reason"), self.reason)
        self.conflict_box.setVisible(False)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add packages…"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        for b in (self.add_button, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.problems, self.foreign_box):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.conflict_box)
        layout.addWidget(self.status)
        layout.addLayout(row)

        self.add_button.clicked.connect(self._choose_packages)
        self.clear_button.clicked.connect(self.clear)
        self.import_button.clicked.connect(self._import_clicked)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.choice.currentIndexChanged.connect(self._decision_changed)
        self.reason.textChanged.connect(self._decision_changed)
        self.foreign_box.toggled.connect(lambda _on: self._update())
        if packages:
            self.add_packages(packages)
        self._update()

    # ---- packages and preview --------------------------------------------------------------------
    def add_packages(self, paths: list[str | Path]) -> None:
        """Read and verify packages; a refused one is listed with its sentence and left out."""
        have = {p.path.resolve() for p in self.packages}
        for path in paths:
            if Path(path).resolve() in have:
                continue
            try:
                self.packages.append(read_package(path))
            except DeskError as exc:
                self.refused.append(error_text(exc))
        self.replan()

    def clear(self) -> None:
        self.packages, self.refused, self.resolutions = [], [], {}
        self.replan()

    def replan(self) -> None:
        try:
            self.plan = plan_merge(self.champ, self.packages) if self.packages else None
        except DeskError as exc:
            self.plan = None
            self.refused.append(error_text(exc))
        items = self.plan.items if self.plan else []
        codes = {i.code for i in items if i.action == "conflict"}
        self.resolutions = {c: r for c, r in self.resolutions.items() if c in codes}
        self.model.set_items(items, self.resolutions)
        self.table.resizeColumnsToContents()
        lines = list(self.refused) + [said(w) for w in (self.plan.warnings if self.plan else [])]
        self.problems.setText("\n".join(f"⚠ {line}" for line in lines))
        self.problems.setVisible(bool(lines))
        self._ask_foreign()
        self._show_selected()
        self._update()

    def selected_item(self) -> MergeItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _show_selected(self, *args: Any) -> None:
        item = self.selected_item()
        if item is None or item.action != "conflict":
            self.conflict_box.setVisible(False)
            return
        m = item.master or {}
        cells = [(self.tr("Source"), m.get("source", ""), item.source),
                 (self.tr("Laptop"), m.get("laptop") or "—", item.laptop or "—"),
                 (self.tr("Revision"), str(m.get("revision", "")), str(item.revision)),
                 (self.tr("Audit entry"), str(m.get("seq") or "—"), str(item.seq)),
                 (self.tr("Marks"), str(m.get("marks", "")), str(item.package.entry(item.code).get("marks", "")))]
        rows = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in cells)
        master = self.tr("Master")  # outside the f-string, where lupdate sees it
        head = f"<tr><th></th><th>{master}</th><th>{item.package.path.name}</th></tr>"
        self.conflict_box.setTitle(self.tr("Conflict in {code}: {note}").format(code=item.code,
                                                                               note=said(item.note)))
        self.side_by_side.setText(f"<table cellspacing='6'>{head}{rows}</table>")
        choice, reason = self.resolutions.get(item.code, ("", ""))
        for w in (self.choice, self.reason):
            w.blockSignals(True)
        self.choice.setCurrentIndex(max(0, self.choice.findData(choice)))
        self.reason.setText(reason)
        for w in (self.choice, self.reason):
            w.blockSignals(False)
        self.conflict_box.setVisible(True)

    def set_resolution(self, code: str, choice: str, reason: str) -> None:
        """Decide a conflict ("keep", "take", or "" to leave it open)."""
        if choice:
            self.resolutions[code] = (choice, reason)
        else:
            self.resolutions.pop(code, None)
        self.model.refresh()
        self._update()

    def _decision_changed(self, *args: Any) -> None:
        item = self.selected_item()
        if item is not None and item.action == "conflict":
            self.set_resolution(item.code, self.choice.currentData() or "", self.reason.text())

    def _ask_foreign(self) -> None:
        """Packages named for another championship need the box ticked; a new set of them unticks it."""
        pkgs = self.plan.packages if self.plan else []
        foreign = [(p.path.name, foreign_championship(self.champ, p)) for p in pkgs]
        foreign = [(name, theirs) for name, theirs in foreign if theirs]
        if foreign != self.foreign:
            self.foreign_box.setChecked(False)
        self.foreign = foreign
        files = ", ".join(name for name, _ in foreign)
        theirs = ", ".join(dict.fromkeys(t for _, t in foreign))
        self.foreign_box.setText(self.tr("Merge %1 from the championship “%2” into “%3” all the same (it is "
                                         "another championship)").replace("%1", files).replace("%2", theirs)
                                 .replace("%3", self.champ.name))
        self.foreign_box.setVisible(bool(foreign))

    def foreign_confirmed(self) -> bool:
        """True when no package is of another championship, or the organizer ticked the box naming both."""
        return not self.foreign or self.foreign_box.isChecked()

    def _ready(self) -> list[str]:
        return [c for c, (choice, reason) in self.resolutions.items() if choice and reason.strip()]

    def _update(self) -> None:
        plan = self.plan
        changes = len(plan.changes()) if plan else 0
        conflicts = {i.code for i in plan.conflicts()} if plan else set()
        decided = set(self._ready())
        missing_reason = [c for c, (choice, reason) in self.resolutions.items() if choice and not reason.strip()]
        self.import_button.setEnabled(bool(changes or decided) and not missing_reason and self.foreign_confirmed())
        if not plan:
            self.status.setText(self.tr("Add the packages from the venues to see what the merge will do."))
        elif not self.foreign_confirmed():
            self.status.setText(self.tr("A package comes from another championship: nothing is merged until you "
                                        "tick the box above."))
        elif missing_reason:
            self.status.setText(self.tr("Write a reason for the decision on {codes}.").format(
                codes=", ".join(sorted(missing_reason))))
        else:
            taking = {c for c in decided if self.resolutions[c][0] == "take"}
            self.status.setText(self.tr("{changes} competencies will be added or replaced; {open} conflicts left "
                                        "unchanged.").format(changes=changes + len(taking),
                                                             open=len(conflicts - decided)))

    # ---- import -----------------------------------------------------------------------------------
    def import_now(self) -> MergeOutcome | None:
        """Apply the preview; a refusal is shown as a sentence. Returns the outcome."""
        if self.plan is None or not self.foreign_confirmed():
            return None
        chosen = {c: self.resolutions[c] for c in self._ready()}
        try:
            outcome = apply_merge(self.champ, self.plan, chosen)
        except DeskError as exc:
            QMessageBox.warning(self, self.tr("Import results packages"), error_text(exc))
            return None
        self.resolutions = {}
        self.replan()
        self.status.setText(self.tr("Imported: {changed}. Kept: {kept}. Still in conflict: {open}.").format(
            changed=", ".join(outcome.changed) or "—", kept=", ".join(outcome.kept) or "—",
            open=", ".join(outcome.unresolved) or "—"))
        self.merged.emit(outcome)
        return outcome

    def _import_clicked(self) -> None:
        self.import_now()

    def _choose_packages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Results packages"), str(Path(self.champ.path).parent),
                                                self.tr("Results packages (*.wskpkg)"))
        if paths:
            self.add_packages(paths)
