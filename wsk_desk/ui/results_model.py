"""The ranked results of one competency as a table: rank, competitor, region, criteria, raw, scale, medal, why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from . import icons
from .texts import counted, domain_text, fmt_mark, medal_label

COL_RANK, COL_NAME, COL_REGION, COL_FIRST_CRITERION = 0, 1, 2, 3
SortRole = Qt.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_MEDAL_ORDER = {"GOLD": 0, "SILVER": 1, "BRONZE": 2, "EXCELLENCE": 3}
_MEDAL_BG = {"GOLD": QColor("#fff0b3"), "SILVER": QColor("#e9ecef"), "BRONZE": QColor("#f6dcc6"),
             "EXCELLENCE": QColor("#dbe7fb")}


class ResultsModel(QAbstractTableModel):
    """Columns after the criteria: raw, scale, medal, why (their positions depend on the criteria)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.results = None
        self.letters: list[str] = []
        self.lang = "ru"

    def load(self, results, letters: list[str], lang: str = "ru") -> None:
        self.beginResetModel()
        self.results, self.letters, self.lang = results, letters, lang
        self.endResetModel()

    @property
    def col_raw(self) -> int:
        return COL_FIRST_CRITERION + len(self.letters)

    @property
    def col_scale(self) -> int:
        return self.col_raw + 1

    @property
    def col_medal(self) -> int:
        return self.col_raw + 2

    @property
    def col_why(self) -> int:
        return self.col_raw + 3

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.results is None else len(self.results.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.col_why + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        fixed = {COL_RANK: "#", COL_NAME: self.tr("competitor"), COL_REGION: self.tr("region"),
                 self.col_raw: self.tr("raw"), self.col_scale: self.tr("scale"), self.col_medal: self.tr("medal"),
                 self.col_why: self.tr("why")}
        if section in fixed:
            return fixed[section]
        return self.letters[section - COL_FIRST_CRITERION]

    def row(self, i: int):
        return self.results.rows[i]

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        r = self.results.rows[index.row()]
        col = index.column()
        medal = r.medal.value if r.medal else None
        if role == SortRole:
            return self._sort_value(r, col, medal)
        if role == Qt.DisplayRole:
            if col == COL_RANK:
                return "—" if r.rank is None else str(r.rank)
            if col == COL_NAME:
                return r.name + (" · " + self.tr("withdrawn") if r.withdrawn else "")
            if col == COL_REGION:
                return r.region
            if COL_FIRST_CRITERION <= col < self.col_raw:
                return fmt_mark(r.criteria.get(self.letters[col - COL_FIRST_CRITERION], 0))
            if col == self.col_raw:
                return fmt_mark(r.raw) + (" ✎" if r.missing else "")  # still being marked (tooltip says)
            if col == self.col_scale:
                return "" if r.scale is None else str(r.scale)
            if col == self.col_medal:
                return medal_label(medal)
            return domain_text(r.why_text(self.lang))
        if role == Qt.DecorationRole and col == self.col_medal and medal:
            return icons.medal(medal)
        if role == Qt.ToolTipRole:
            tip = domain_text(r.why_text(self.lang))
            if r.missing:
                tip += "\n" + counted(self.tr("%n mark(s) still missing: the result is not complete.", "",
                                               r.missing), r.missing)
            return tip
        if role == Qt.BackgroundRole and medal and col in (COL_RANK, COL_NAME, self.col_medal):
            return QBrush(_MEDAL_BG[medal])
        if role == Qt.TextAlignmentRole and (col == COL_RANK or COL_FIRST_CRITERION <= col <= self.col_scale):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def _sort_value(self, r, col: int, medal: str | None):
        if col == COL_RANK:
            return r.rank if r.rank is not None else 10**6
        if col == COL_NAME:
            return r.name
        if col == COL_REGION:
            return r.region
        if COL_FIRST_CRITERION <= col < self.col_raw:
            return float(r.criteria.get(self.letters[col - COL_FIRST_CRITERION], 0))
        if col == self.col_raw:
            return float(r.raw)
        if col == self.col_scale:
            return r.scale if r.scale is not None else -1
        if col == self.col_medal:
            return _MEDAL_ORDER.get(medal or "", 9)
        return r.why_text(self.lang)
