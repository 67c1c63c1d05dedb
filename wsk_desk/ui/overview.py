"""Overview tab: every form against every competitor, so the Chief Expert sees what is left at once."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ..domain.completeness import FormStatus, form_status
from ..i18n import installed_lang
from . import icons
from .texts import counted

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

COL_FORM, COL_DAY, COL_LOCKED, COL_DISAGREEMENTS, COL_FIRST = 0, 1, 2, 3, 4
SortRole = Qt.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.code = ""
        self.forms: list = []
        self.entrants: list = []
        self.status: dict[str, FormStatus] = {}
        self.missing: dict[tuple[str, str], int] = {}
        self.open_disagreements: dict[tuple[str, str], int] = {}
        self.absences: set[tuple[str, str]] = set()

    def load(self, champ: Championship | None, code: str) -> None:
        self.beginResetModel()
        self.champ, self.code = champ, code
        self.forms, self.entrants, self.status = [], [], {}
        self.missing, self.open_disagreements, self.absences = {}, {}, set()
        if champ is not None and code:
            ctx = champ.context(code)
            settings = champ.settings()
            self.forms = list(ctx.scheme.forms())
            self.entrants = list(ctx.entrants.values())
            self.absences = set(ctx.sheet.absences)
            for form in self.forms:
                st = form_status(ctx.scheme, form, self.entrants, ctx.sheet, settings, experts=ctx.experts)
                self.status[form.id] = st
                for ent, n in Counter(m.entrant_id for m in st.missing).items():
                    self.missing[(form.id, ent)] = n
                for ent, n in Counter(d.entrant_id for d in st.unconfirmed).items():
                    self.open_disagreements[(form.id, ent)] = n
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.forms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COL_FIRST + len(self.entrants)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Vertical:
            return str(section + 1) if role == Qt.DisplayRole else None
        if section < COL_FIRST:
            if role == Qt.DisplayRole:
                return [self.tr("form"), self.tr("day"), self.tr("locked"), self.tr("disagreements")][section]
            return None
        ent = self.entrants[section - COL_FIRST] if section - COL_FIRST < len(self.entrants) else None
        if ent is None:
            return None
        if role == Qt.DisplayRole:
            return f"{ent.id}\n{ent.region}"
        if role == Qt.ToolTipRole:
            return f"{ent.name} ({ent.region})"
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        form = self.forms[index.row()]
        st = self.status[form.id]
        col = index.column()
        if col < COL_FIRST:
            return self._form_data(form, st, col, role)
        ent = self.entrants[col - COL_FIRST]
        key = (form.id, ent.id)
        absent = key in self.absences
        missing = self.missing.get(key, 0)
        open_dis = self.open_disagreements.get(key, 0)
        if role in (Qt.DisplayRole, SortRole):
            if absent:
                return self.tr("ABS")
            text = f"○ {missing}" if missing else "✓"
            return text + (" ⚠" if open_dis else "")
        if role == Qt.ToolTipRole:
            if absent:
                return self.tr("%1 is absent for form %2.").replace("%1", ent.id).replace("%2", form.id)
            parts = [counted(self.tr("%n mark(s) missing", "", missing), missing) if missing
                     else self.tr("all marks entered")]
            if open_dis:
                parts.append(counted(self.tr("%n disagreement(s) to confirm", "", open_dis), open_dis))
            return f"{form.id} · {ent.id}: " + ", ".join(parts)
        if role == Qt.BackgroundRole:
            if absent:
                return QBrush(icons.ABSENT_BG)
            if open_dis:
                return QBrush(icons.DISAGREE_BG)
            if missing:
                return QBrush(icons.MISSING_BG)
            return QBrush(icons.LOCKED_BG if st.locked else icons.DONE_BG)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        return None

    def _form_data(self, form, st: FormStatus, col: int, role: int):
        if role == Qt.DisplayRole:
            if col == COL_FORM:
                return f"{form.id}  {form.text(installed_lang())}"  # translated where given
            if col == COL_DAY:
                return form.day or "—"
            if col == COL_LOCKED:
                return self.tr("locked") if st.locked else "—"
            total, open_ = len(st.disagreements), len(st.unconfirmed)
            return f"{open_} / {total}" if total else "0"
        if role == SortRole:
            return [form.id, form.day, int(st.locked), len(st.unconfirmed)][col]
        if role == Qt.DecorationRole and col == COL_LOCKED and st.locked:
            return icons.lock()
        if role == Qt.DecorationRole and col == COL_DISAGREEMENTS and st.unconfirmed:
            return icons.warning()
        if role == Qt.ToolTipRole and col == COL_DISAGREEMENTS:
            return self.tr("unconfirmed / all disagreements")
        if role == Qt.ToolTipRole and col == COL_FORM:
            return "\n".join(st.reasons) or self.tr("Form %1 can be locked.").replace("%1", form.id)
        if role == Qt.BackgroundRole and st.locked:
            return QBrush(icons.LOCKED_BG)
        return None


class OverviewTab(QWidget):
    open_cell = Signal(str, str)  # form id, entrant id (Enter or double-click)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = OverviewModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.setWordWrap(False)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._layout)

    def load(self, champ: Championship | None, code: str) -> None:
        self.model.load(champ, code)

    def _layout(self) -> None:
        fm = self.fontMetrics()
        t = self.table
        t.setColumnWidth(COL_FORM, fm.horizontalAdvance("M") * 16)
        for col in (COL_DAY, COL_LOCKED, COL_DISAGREEMENTS):
            t.resizeColumnToContents(col)
        for col in range(COL_FIRST, self.model.columnCount()):
            t.setColumnWidth(col, fm.horizontalAdvance("○ 88 ⚠") + 14)
        t.horizontalHeader().setFixedHeight(fm.height() * 2 + 12)
        forms = self.model.status.values()
        locked = sum(1 for s in forms if s.locked)
        missing = sum(len(s.missing) for s in forms)
        open_ = sum(len(s.unconfirmed) for s in forms)
        total = len(self.model.forms)
        self.summary.setText(" · ".join([counted(self.tr("%1 of %n form(s) locked", "", total), total)
                                         .replace("%1", str(locked)),
                                         counted(self.tr("%n mark(s) missing", "", missing), missing),
                                         counted(self.tr("%n disagreement(s) to confirm", "", open_), open_)])
                             + ". " + self.tr("Enter on a cell opens that form."))

    def _activated(self, index: QModelIndex) -> None:
        form = self.model.forms[index.row()].id
        ent = self.model.entrants[index.column() - COL_FIRST].id if index.column() >= COL_FIRST else ""
        self.open_cell.emit(form, ent)
