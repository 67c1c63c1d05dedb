"""The national page (the championship at the top of the tree): medal table, team standings, best results and
the competencies not final yet, each with its exports.

It is rebuilt from one `national_view` snapshot: after a change only when it is
on screen (a zero-delay timer folds a pasted block of marks into one refresh),
otherwise when it is next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QHBoxLayout, QLabel,
                               QPushButton, QSplitter, QStyle, QTableView, QTabWidget, QVBoxLayout, QWidget)

from . import icons
from .national_export import NationalExports
from .national_models import (CodeRole, SortRole, BestModel, NationalView, PendingModel, RegionMedalsModel,
                              RegionsModel, best_items, national_view)

if TYPE_CHECKING:
    from ..storage.championship import Championship

TAB_MEDALS, TAB_STANDINGS, TAB_BEST, TAB_PENDING = range(4)
FINAL_STYLE = "background:#1b6e2e; color:white; padding:3px 8px;"
OPEN_STYLE = "background:#b36b00; color:white; padding:3px 8px;"
ICON_WIDTH = icons.SIZE + 6  # a medal icon and its spacing before the text


def _table(model, parent: QWidget) -> QTableView:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.AscendingOrder)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.ElideRight)
    view.horizontalHeader().setStretchLastSection(True)  # the last column takes what is left, no gap
    return view


def _fit(table: QTableView, widest: int = 280) -> int:
    """Columns as wide as their texts (measured here: Qt's own fitting asks the model for every cell and
    role, a third of a second on a national file), none wider than `widest`: it elides, its tooltip
    tells. Returns the width the whole table needs."""
    model = table.model().sourceModel()
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    pad = 2 * table.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 10
    for col in range(model.columnCount()):
        texts = model.column_texts(col)
        width = max([metrics.horizontalAdvance(t) for t in texts] or [0]) + pad
        if col in model.ICONS:
            width += ICON_WIDTH
        header.resizeSection(col, min(max(width, header.sectionSizeHint(col)), widest))
    return header.length() + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth()


def _heading(bold: bool = True) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setBold(bold)
    label.setFont(font)
    return label


class NationalPage(QWidget):
    message = Signal(str, bool)
    open_competency = Signal(str)  # a double-clicked line's competency

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.lang = "ru"
        self.view = NationalView()
        self.dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.exports = NationalExports(self, lambda: (self.champ, self.lang), self.message.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.setContentsMargins(6, 4, 6, 0)
        self.title = _heading()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.title.setWordWrap(False)
        self.badge = QLabel()
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        self.buttons: dict[tuple[int, str], QPushButton] = {}
        self._make_medals()
        self._make_standings()
        self._make_best()
        self._make_pending()
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # ---- tabs -----------------------------------------------------------------------------------
    def _page(self, tab: int, kind: str | None, copy_view: QTableView) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
        """A tab with a line on top: its note on the left, its export buttons on the right."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        column.addLayout(bar)
        bar.addStretch(1)
        actions = [("copy", lambda: self.exports.copy(copy_view))]
        if kind is not None:
            actions = [("excel", lambda: self.exports.excel(kind)), ("pdf", lambda: self.exports.pdf(kind)),
                       ("print", lambda: self.exports.preview(kind))] + actions
        for name, slot in actions:
            button = QPushButton()
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[(tab, name)] = button
        self.tabs.addTab(page, "")
        return page, column, bar

    def _make_medals(self) -> None:
        self.medal_model = RegionsModel(with_tie_break=False, parent=self)
        self.medal_table = _table(self.medal_model, self)
        self.medal_table.horizontalHeader().setStretchLastSection(False)  # as wide as its columns, no wider
        self.region_model = RegionMedalsModel(self)
        self.region_table = _table(self.region_model, self)
        _page, column, bar = self._page(TAB_MEDALS, "medals", self.medal_table)
        self.awarded = QLabel()
        self.awarded.setWordWrap(True)
        bar.insertWidget(0, self.awarded, 1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.medal_table)
        side = QWidget()
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        self.region_heading = _heading()
        side_column.addWidget(self.region_heading)
        side_column.addWidget(self.region_table, 1)
        split.addWidget(side)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        column.addWidget(split, 1)
        self.medal_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_region())
        self.region_table.doubleClicked.connect(self._open)

    def _make_standings(self) -> None:
        self.standings_model = RegionsModel(with_tie_break=True, parent=self)
        self.standings_table = _table(self.standings_model, self)
        _page, column, bar = self._page(TAB_STANDINGS, "standings", self.standings_table)
        self.category_main, self.category_juniors = QPushButton(), QPushButton()
        self.category_group = QButtonGroup(self)
        for i, button in enumerate((self.category_main, self.category_juniors)):
            button.setCheckable(True)
            self.category_group.addButton(button, i)
            bar.insertWidget(i, button)
        self.category_main.setChecked(True)
        self.category_group.idClicked.connect(lambda _i: self._show_standings())
        self.points_note = QLabel()
        self.points_note.setWordWrap(True)
        column.addWidget(self.points_note)
        column.addWidget(self.standings_table, 1)

    def _make_best(self) -> None:
        self.top_model, self.best_model = BestModel(self), BestModel(self)
        self.top_table, self.best_table = _table(self.top_model, self), _table(self.best_model, self)
        self.best_table.sortByColumn(BestModel.COL_REGION, Qt.AscendingOrder)
        self.top_table.sortByColumn(BestModel.COL_COMPETENCY, Qt.AscendingOrder)
        _page, column, bar = self._page(TAB_BEST, "best", self.best_table)
        self.best_category = QComboBox()
        self.best_category.currentIndexChanged.connect(lambda _i: self._show_best())
        bar.insertWidget(0, self.best_category)
        self.top_heading, self.best_heading = _heading(), _heading()
        column.addWidget(self.top_heading)
        column.addWidget(self.top_table)
        column.addWidget(self.best_heading)
        column.addWidget(self.best_table, 1)
        for table in (self.top_table, self.best_table):
            table.doubleClicked.connect(self._open)

    def _make_pending(self) -> None:
        self.pending_model = PendingModel(self)
        self.pending_table = _table(self.pending_model, self)
        _page, column, bar = self._page(TAB_PENDING, "pending", self.pending_table)
        self.pending_note = QLabel()
        self.pending_note.setWordWrap(True)
        bar.insertWidget(0, self.pending_note, 1)
        column.addWidget(self.pending_table, 1)
        self.pending_table.doubleClicked.connect(self._open)

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Medal table"), self.tr("Team standings"), self.tr("Best results"),
                                  self.tr("Not yet final"))):
            self.tabs.setTabText(i, text)
        words = {"excel": (self.tr("Excel…"), self.tr("Save as an Excel workbook")),
                 "pdf": (self.tr("PDF…"), self.tr("Save as PDF")),
                 "print": (self.tr("Print…"), self.tr("Print preview; print from there")),
                 "copy": (self.tr("Copy"), self.tr("Copy this table, to paste it into Excel"))}
        documents = {TAB_MEDALS: self.tr("the medal list (every medal and medallion, by competency)"),
                     TAB_STANDINGS: self.tr("the team standings, main and juniors"),
                     TAB_BEST: self.tr("best of championship and best of each region, all competencies"),
                     TAB_PENDING: self.tr("the competencies not yet final and what each waits for")}
        for (tab, name), button in self.buttons.items():
            text, tip = words[name]
            button.setText(text)
            button.setToolTip(tip + (": " + documents[tab] if tab in documents and name != "copy" else ""))
        self.category_main.setText(self.tr("Main category"))
        self.category_juniors.setText(self.tr("Juniors"))
        self.top_heading.setText(self.tr("Best of championship"))
        self.best_heading.setText(self.tr("Best of region"))
        self.best_category.blockSignals(True)
        index = max(self.best_category.currentIndex(), 0)
        self.best_category.clear()
        for text, data in ((self.tr("All competencies"), None), (self.tr("Main category"), "main"),
                           (self.tr("Juniors"), "juniors")):
            self.best_category.addItem(text, data)
        self.best_category.setCurrentIndex(index)
        self.best_category.blockSignals(False)
        for model in (self.medal_model, self.standings_model, self.region_model, self.top_model, self.best_model,
                      self.pending_model):
            model.headerDataChanged.emit(Qt.Horizontal, 0, max(model.columnCount() - 1, 0))
        if self.champ is not None:
            self.dirty = True
            if self.isVisible():
                self.refresh()

    # ---- data -----------------------------------------------------------------------------------
    def set_championship(self, champ: Championship | None, lang: str = "ru") -> None:
        self.champ, self.lang = champ, lang
        self.dirty = True
        if self.isVisible():
            self.refresh()

    def changed(self, code: str = "") -> None:
        """Championship reported a change: refresh soon if on screen, else when next shown."""
        self.dirty = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty:
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        self.dirty = False
        champ = self.champ
        self.view = view = national_view(champ, self.lang) if champ is not None else NationalView()
        self.title.setText(self.tr("National results · %1").replace("%1", view.name) if champ else "")
        self.title.setToolTip(self.title.text())
        waiting = len(view.pending)
        if champ is None:
            self.badge.setText("")
            self.badge.setStyleSheet("")
        elif waiting:
            self.badge.setText(self.tr("PROVISIONAL: %1 of %2 competencies not final").replace("%1", str(waiting))
                               .replace("%2", str(view.competencies)))
            self.badge.setStyleSheet(OPEN_STYLE)
        else:
            self.badge.setText(self.tr("FINAL: all %1 competencies").replace("%1", str(view.competencies)))
            self.badge.setStyleSheet(FINAL_STYLE)
        region = self._current_region()
        self.medal_model.load(view.medals, view.regions)
        a = view.awarded or {"GOLD": 0, "SILVER": 0, "BRONZE": 0, "EXCELLENCE": 0}
        self.awarded.setText(self.tr("Awarded: %1 gold, %2 silver, %3 bronze, %4 medallions (a team counts once).")
                             .replace("%1", str(a["GOLD"])).replace("%2", str(a["SILVER"]))
                             .replace("%3", str(a["BRONZE"])).replace("%4", str(a["EXCELLENCE"])))
        self._select_region(region)
        self._show_standings()
        self._show_best()
        self.pending_model.set_rows(view.pending)
        self.pending_note.setText(self.tr("%1 of %2 competencies are not final: their medals can still move.")
                                  .replace("%1", str(waiting)).replace("%2", str(view.competencies)) if waiting
                                  else self.tr("Every competency is final."))
        self.medal_table.setMinimumWidth(_fit(self.medal_table, 230))
        _fit(self.standings_table)
        _fit(self.pending_table, 250)
        self._fit_top()

    def _current_region(self) -> str:
        index = self.medal_table.currentIndex()
        return index.siblingAtColumn(RegionsModel.COL_REGION).data(SortRole) if index.isValid() else ""

    def _select_region(self, region: str) -> None:
        proxy = self.medal_table.model()
        row = next((r for r in range(proxy.rowCount())
                    if proxy.index(r, RegionsModel.COL_REGION).data(SortRole) == region), 0)
        if proxy.rowCount():
            self.medal_table.setCurrentIndex(proxy.index(row, 0))
        self._show_region()

    def _show_region(self) -> None:
        region = self._current_region()
        name = self.view.regions.get(region, region)
        self.region_heading.setText(self.tr("Medals and medallions of %1").replace("%1", f"{region} · {name}")
                                    if region else "")
        self.region_model.load(self.view.by_region.get(region, []), self.view.comps)
        _fit(self.region_table, 220)

    def _show_standings(self) -> None:
        separate = self.view.juniors_separate
        juniors = bool(self.view.tables.get("juniors"))
        self.category_juniors.setVisible(juniors)
        self.category_main.setText(self.tr("Main category") if separate else self.tr("Main and juniors together"))
        if not juniors:
            self.category_main.setChecked(True)
        key = "juniors" if self.category_juniors.isChecked() else "main"
        self.standings_model.load(self.view.tables.get(key, []), self.view.regions)
        s = self.champ.settings() if self.champ is not None else None
        if s is not None:
            self.points_note.setText(self.tr("Points: gold %1, silver %2, bronze %3, medallion %4. Equal points: "
                                             "more golds, then silvers, bronzes, medallions decide; regions equal "
                                             "in all of them share the rank.")
                                     .replace("%1", str(s.points_gold)).replace("%2", str(s.points_silver))
                                     .replace("%3", str(s.points_bronze)).replace("%4", str(s.points_medallion)))
        _fit(self.standings_table)

    def _show_best(self) -> None:
        top, regional = best_items(self.view.results, self.best_category.currentData())
        self.top_model.load(top, self.view.regions, self.view.comps)
        self.best_model.load(regional, self.view.regions, self.view.comps)
        _fit(self.top_table)
        _fit(self.best_table)
        self._fit_top()

    def _fit_top(self) -> None:
        """The best of championship table as tall as its lines (one, or a few when tied)."""
        table = self.top_table
        rows = max(self.top_model.rowCount(), 1)
        table.setFixedHeight(table.horizontalHeader().height() + rows * table.verticalHeader().defaultSectionSize()
                             + 2 * table.frameWidth() + 2)

    # ---- navigation -----------------------------------------------------------------------------
    def _open(self, index: QModelIndex) -> None:
        code = index.data(CodeRole)
        if code:
            self.open_competency.emit(code)

    def current_table(self) -> QTableView:
        return {TAB_MEDALS: self.medal_table, TAB_STANDINGS: self.standings_table, TAB_BEST: self.best_table,
                TAB_PENDING: self.pending_table}[self.tabs.currentIndex()]

    def focus_current(self) -> None:
        self.current_table().setFocus()

