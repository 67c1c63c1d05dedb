"""People tab: the competitors and experts of a competency, and the imports that bring them in."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from ..domain.errors import DeskError, InputError
from ..domain.people import Competitor, Expert
from . import dialogs
from .texts import counted, error_text, role_label, said

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

SortRole = Qt.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class _PeopleModel(QAbstractTableModel):
    """A read-only list of people with four columns; subclasses name the columns and fill the cells."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.region_names: dict[str, str] = {}

    def load(self, rows: list, region_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.region_names = rows, region_names
        self.endResetModel()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        return self.headers()[section]


class CompetitorsModel(_PeopleModel):
    COL_ID, COL_NAME, COL_REGION, COL_TEAM = range(4)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("competitor"), self.tr("region"), self.tr("team")]

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        col = index.column()
        if role in (Qt.DisplayRole, SortRole):
            if col == self.COL_ID:
                return c.id
            if col == self.COL_NAME:
                return c.full_name + (" · " + self.tr("withdrawn") if c.withdrawn else "")
            if col == self.COL_REGION:
                return c.region
            return c.team or ""
        if role == Qt.ToolTipRole and col == self.COL_REGION:
            return self.region_names.get(c.region, "")
        return None


class ExpertsModel(_PeopleModel):
    COL_ID, COL_NAME, COL_REGION, COL_ROLE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("expert"), self.tr("region"), self.tr("role")]

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        col = index.column()
        if role == SortRole and col == self.COL_ROLE:
            return ["chief", "deputy", "expert"].index(e.role.value)
        if role in (Qt.DisplayRole, SortRole):
            if col == self.COL_ID:
                return e.id
            if col == self.COL_NAME:
                return e.full_name
            if col == self.COL_REGION:
                return e.region
            return role_label(e.role.value)
        if role == Qt.ToolTipRole and col == self.COL_REGION:
            return self.region_names.get(e.region, "")
        if role == Qt.ToolTipRole and col in (self.COL_NAME, self.COL_ROLE):
            return f"{e.full_name} · {role_label(e.role.value)}"
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.AscendingOrder)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
    table.setWordWrap(False)
    return table


def _content_width(table: QTableView) -> int:
    """The width at which every column of `table` shows its longest text in full."""
    header = table.horizontalHeader()
    columns = table.model().columnCount()
    width = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(columns))
    return width + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()


class PeopleTab(QWidget):
    message = Signal(str, bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.code = ""
        self.lang = "ru"
        self.competitors = CompetitorsModel(self)
        self.experts = ExpertsModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.import_people = QPushButton()
        self.import_scheme = QPushButton()
        self.import_marks = QPushButton()
        self.import_people.clicked.connect(lambda: self._ask(self.import_people_file, self.tr("Import people")))
        self.import_scheme.clicked.connect(lambda: self._ask(self.import_scheme_file, self.tr("Import marking scheme")))
        self.import_marks.clicked.connect(lambda: self._ask(self.import_marks_file, self.tr("Import marks")))
        self.export_template = QPushButton()
        self.export_template.clicked.connect(self._ask_template)
        self.counts = QLabel()
        self.counts.setWordWrap(True)  # wraps rather than widen the page past 1366 px (Kazakh buttons are long)
        bar.addWidget(self.counts, 1)
        # two rows of two: one row of four long Kazakh buttons alone needs most of a 1366 px screen
        buttons = QGridLayout()
        for i, button in enumerate((self.import_people, self.import_scheme, self.import_marks, self.export_template)):
            buttons.addWidget(button, i // 2, i % 2)
        bar.addLayout(buttons)
        layout.addLayout(bar)
        self.split = split = QSplitter(Qt.Horizontal)
        self.competitors_table = _table(self.competitors)
        self.experts_table = _table(self.experts)
        split.addWidget(self.competitors_table)
        split.addWidget(self.experts_table)
        split.splitterMoved.connect(self._user_moved_split)
        self._user_sized = False
        layout.addWidget(split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_people.setText(self.tr("Import &people…"))
        self.import_scheme.setText(self.tr("Import marking &scheme…"))
        self.import_people.setToolTip(self.tr("Regions, competitors and experts from the people list (xlsx)."))
        self.import_scheme.setToolTip(self.tr("The marking scheme of this competency (CIS or Russian template)."))
        self.import_marks.setText(self.tr("Import &marks…"))
        self.import_marks.setToolTip(self.tr("Marks and judges' scores from a marks workbook: all rows, or none."))
        self.export_template.setText(self.tr("Export people &template…"))
        self.export_template.setToolTip(self.tr("A blank people list (regions, competitors, experts) to fill in "
                                                "and import."))

    def load(self, champ: Championship | None, code: str) -> None:
        self.champ, self.code = champ, code
        names = {r.code: r.name(self.lang) for r in champ.regions()} if champ else {}
        comps = champ.competitors(code) if champ and code else []
        exps = champ.experts(code) if champ and code else []
        self.competitors.load(comps, names)
        self.experts.load(exps, names)
        self.counts.setText(counted(self.tr("%n competitor(s)", "", len(comps)), len(comps)) + " · "
                            + counted(self.tr("%n expert(s)", "", len(exps)), len(exps)))
        writable = bool(champ) and not champ.readonly
        self.import_people.setEnabled(writable)
        self.import_scheme.setEnabled(writable and bool(code))
        self.import_marks.setEnabled(writable)
        self._share_width()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._share_width()  # sizes are only real once the tab is on screen

    def _user_moved_split(self, *_args) -> None:
        self._user_sized = True  # from now on the Chief Expert's split stands

    def _share_width(self) -> None:
        """Side by side when both lists fit in full, one above the other when they do not.

        Half-and-half side by side cut the experts' names and "Заместитель главного
        эксперта" at 1366×768; stacked, each list has the full width and only scrolls.
        """
        if self._user_sized:
            return
        wants = [_content_width(self.competitors_table), _content_width(self.experts_table)]
        width = self.split.width() if self.isVisible() else self.width()
        if width <= 0:
            return
        if sum(wants) + self.split.handleWidth() <= width:
            self.split.setOrientation(Qt.Horizontal)
            spare = width - sum(wants)
            self.split.setSizes([w + spare // 2 for w in wants])
        else:
            self.split.setOrientation(Qt.Vertical)
            rows = [max(1, m.rowCount()) for m in (self.competitors, self.experts)]
            height = self.split.height()
            self.split.setSizes([height * r // sum(rows) for r in rows])  # as many people as each list has

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._share_width()

    # ---- imports: all or nothing, with errors and warnings shown in a dialog ---------------------
    def _ask(self, do, title: str) -> None:
        folder = str(self.champ.path.parent) if self.champ else ""
        path, _ = QFileDialog.getOpenFileName(self, title, folder, self.tr("Excel workbooks (*.xlsx)"))
        if path:
            do(path)

    def _ask_template(self) -> None:
        from .template_exports import ask_save_path

        folder = self.champ.path.parent if self.champ else Path.home()
        path = ask_save_path(self, self.tr("Export people template"), folder / "people.xlsx")
        if path:
            self.export_people_template_file(path)

    def export_people_template_file(self, path: str) -> bool:
        """The blank people list the import reads, in the layout it expects."""
        from ..exchange.people_reader import write_people_template
        from .template_exports import run_export

        return run_export(self, self.tr("Export people template"), path, write_people_template, self.message.emit)

    def import_people_file(self, path: str) -> bool:
        from ..exchange.importing import import_people

        title = self.tr("Import people")
        try:
            report = import_people(self.champ, path)
        except (InputError, DeskError, OSError) as exc:
            self._failed(title, exc)
            return False
        summary = counted(self.tr("Imported %n competitor(s) and expert(s).", "", report.landed), report.landed)
        self._done(title, summary, report.warnings)
        return True

    def import_marks_file(self, path: str) -> bool:
        from ..exchange.importing import import_marks

        title = self.tr("Import marks")
        try:
            report = import_marks(self.champ, path)
        except (InputError, DeskError, OSError) as exc:
            self._failed(title, exc)
            return False
        self._done(title, counted(self.tr("Imported %n mark(s) and score(s).", "", report.landed), report.landed),
                   report.warnings)
        return True

    def import_scheme_file(self, path: str) -> bool:
        from ..exchange.importing import file_checksum
        from ..exchange.scheme_reader import read_marking_scheme
        from ..exchange.workbook import file_label

        champ, code = self.champ, self.code
        title = self.tr("Import marking scheme")
        try:
            result = read_marking_scheme(path)
            force, reason = False, ""
            if champ.has_marks(code):
                reason = dialogs.ask_reason(self, title, self.tr(
                    "Competency %1 already has marks. Replacing its marking scheme discards them all (the audit "
                    "record keeps them). Why?").replace("%1", code))
                if reason is None:
                    self.message.emit(self.tr("Import cancelled: the marks stay."), False)
                    return False
                force = True
            champ.replace_scheme(code, result.scheme, force=force, source=file_label(path),
                                 checksum=file_checksum(path), reason=reason)
        except (InputError, DeskError, OSError) as exc:
            self._failed(title, exc)
            return False
        n = result.scheme.aspect_count
        summary = counted(self.tr("Imported the marking scheme: %n aspect(s), total %1.", "", n), n) \
            .replace("%1", str(result.scheme.total))
        self._done(title, summary, result.warnings)
        return True

    def ask_new_competency(self) -> str | None:
        """A competency that is not in the file yet, created from its marking scheme (a new championship)."""
        title = self.tr("New competency")
        folder = str(self.champ.path.parent) if self.champ else ""
        path, _ = QFileDialog.getOpenFileName(self, title, folder, self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None
        code = dialogs.ask_text(self, title, self.tr("Number of the competency (17, or 17J for juniors):"))
        if not code or not code.strip():
            return None
        name = dialogs.ask_text(self, title, self.tr("Name of competency %1:").replace("%1", code.strip()))
        if name is None:
            return None
        return self.import_new_competency(path, code.strip(), name.strip())

    def import_new_competency(self, path: str, code: str, name: str) -> str | None:
        from ..domain.ids import find
        from ..exchange.importing import import_scheme

        title = self.tr("New competency")
        champ = self.champ
        try:
            if find(code, {c.code: c for c in champ.competencies()}) is not None:
                raise DeskError(self.tr("Competency %1 is already in this championship: import its marking "
                                        "scheme on its People tab.").replace("%1", code))
            report = import_scheme(champ, path, code, name=name or None)
        except (InputError, DeskError, OSError) as exc:
            self._failed(title, exc)
            return None
        summary = counted(self.tr("Competency %1 created with its marking scheme (%n aspect(s)).", "", report.landed),
                          report.landed).replace("%1", code)
        self._done(title, summary, report.warnings)
        return report.competencies[0]

    def _failed(self, title: str, exc: Exception) -> None:
        text = error_text(exc) if not isinstance(exc, OSError) else f"{exc.filename or ''}: {exc.strerror or exc}"
        self.message.emit(self.tr("Import refused: %1").replace("%1", text), True)
        dialogs.show_problems(self, title, self.tr("Nothing was imported and nothing was changed."), [text])

    def _done(self, title: str, summary: str, warnings: list[str]) -> None:
        self.message.emit(summary, False)
        if warnings:
            dialogs.show_problems(self, title, summary + " " + self.tr("Please check these warnings:"),
                                  [said(w) for w in warnings])
