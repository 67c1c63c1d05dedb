"""Results tab: a PROVISIONAL/FINAL banner, the ranked table with the reason per result, the distribution."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from .results_model import COL_NAME, SortRole, ResultsModel
from .texts import domain_text, fmt_mark

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

BANNER = {"final": "background:#1b6e2e; color:white;", "provisional": "background:#b36b00; color:white;",
          "incomplete": "background:#8a1c1c; color:white;"}


class ResultsTab(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.code = ""
        self.lang = "ru"
        self.model = ResultsModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 4, 8, 4)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        layout.addWidget(self.banner)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._show_why)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.PlainText)
        self.why.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.why.setStyleSheet("background:#f3f5f8; padding:4px;")
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.why)
        self.split = QSplitter(Qt.Vertical)
        self.split.addWidget(top)
        self.chart = None  # created on first show: QtCharts costs start-up time
        layout.addWidget(self.split, 1)
        self.dirty = True

    def load(self, champ: Championship | None, code: str, lang: str = "ru") -> None:
        self.champ, self.code, self.lang = champ, code, lang
        self.dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty:
            self.refresh()

    def refresh(self) -> None:
        self.dirty = False
        champ, code = self.champ, self.code
        if champ is None or not code:
            self.model.load(None, [])
            self.banner.setText("")
            return
        results = champ.results(code)
        letters = [c.id for c in champ.context(code).scheme.criteria]
        current = self.table.currentIndex()
        self.model.load(results, letters, self.lang)
        self._banner(results)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.Interactive)
        header.setSectionResizeMode(self.model.col_why, QHeaderView.Stretch)
        self.table.setColumnWidth(COL_NAME, min(300, max(160, self.table.sizeHintForColumn(COL_NAME))))
        if current.isValid():
            self.table.setCurrentIndex(self.proxy.index(current.row(), 0))
        if self.chart is None:
            from .results_chart import DistributionChart

            self.chart = DistributionChart()
            self.split.addWidget(self.chart)
            self.split.setSizes([400, 220])
        self.chart.show_results(results)

    def _banner(self, results) -> None:
        champ, code = self.champ, self.code
        sheet = champ.context(code).sheet
        settings = results.settings
        if results.status == "final":
            text = self.tr("FINAL · signed off by %1 (revision %2)").replace("%1", sheet.signoff.signed_by) \
                .replace("%2", str(sheet.signoff.revision)) if sheet.signoff else self.tr("FINAL")
        else:
            open_forms = [f.id for f in champ.context(code).scheme.forms() if f.id not in sheet.locks]
            word = self.tr("PROVISIONAL") if results.status == "provisional" \
                else self.tr("PROVISIONAL · marks missing")
            why = self.tr("%1 not locked").replace("%1", ", ".join(open_forms[:6]) + (" …" if len(open_forms) > 6
                                                                                        else "")) \
                if open_forms else self.tr("not signed off")
            text = f"{word} ({why})"
        if settings.ranking_mode == "raw":
            scale = self.tr("ranked by raw marks")
        else:
            scale = self.tr("scale: median → %1, %2 points per SD").replace("%1", str(settings.scale_centre)) \
                .replace("%2", str(settings.scale_points_per_sd))
        median = fmt_mark(results.median) if results.median is not None else "—"
        self.banner.setText(f"{text}   ·   {scale}   ·   " + self.tr("median %1").replace("%1", median))
        self.banner.setStyleSheet(BANNER.get(results.status, BANNER["incomplete"]))

    def _show_why(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        if not current.isValid():
            self.why.setText("")
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        self.why.setText(f"{row.rank or '—'}. {row.name} ({row.region}): {domain_text(row.why_text(self.lang))}")
