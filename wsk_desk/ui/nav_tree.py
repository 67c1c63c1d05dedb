"""The championship tree: championship → Main / Juniors → competencies with their status badges.

Badges need each competency's results; on a national file that is a third of
a second, so they are filled in after the window is up, one competency per
tick, and kept current as changes arrive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from .texts import category_label, status_label

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

CODE_ROLE = Qt.UserRole + 1
STATUS_ROLE = Qt.UserRole + 2
NAME_ROLE = Qt.UserRole + 3


def legend_text() -> str:
    """The words of the badges, shown under the tree, one to a line (long words in Russian and Kazakh)."""
    return "\n".join(status_label(s) for s in ("setup", "marking", "provisional", "final"))


def competency_status(champ: Championship, code: str) -> str:
    """setup (no marks yet), marking, provisional (complete, not signed) or final."""
    results = champ.results(code)
    if results.status == "final":
        return "final"
    if results.status == "provisional":
        return "provisional"
    sheet = champ.context(code).sheet
    if not (sheet.measurements or sheet.scores or sheet.absences) or not results.rows:
        return "setup"
    return "marking"


class NavTree(QTreeWidget):
    competency_chosen = Signal(str)
    competency_activated = Signal(str)  # Enter on a competency: go and work in it
    badges_done = Signal()  # every badge of the file is filled in
    championship_chosen = Signal()  # the championship itself: its national results

    def __init__(self, parent=None):
        super().__init__(parent)
        self.champ: Championship | None = None
        self.lang = "ru"
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setTextElideMode(Qt.ElideRight)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._pending: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fill_one)
        self.currentItemChanged.connect(self._current_changed)
        self.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Competencies")])
        if self.champ is not None:
            for i in range(self.topLevelItemCount()):
                root = self.topLevelItem(i)
                for j in range(root.childCount()):
                    cat = root.child(j)
                    cat.setText(0, category_label(cat.data(0, CODE_ROLE)))
            for item in self._items.values():
                self._show(item, item.data(0, STATUS_ROLE))

    def set_championship(self, champ: Championship | None, lang: str = "ru") -> None:
        self.champ, self.lang = champ, lang
        self._timer.stop()
        self._pending = []
        self.blockSignals(True)
        self.clear()
        self._items.clear()
        self.blockSignals(False)
        if champ is None:
            return
        root = QTreeWidgetItem([champ.name])
        root.setToolTip(0, champ.name)
        root.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        self.addTopLevelItem(root)
        cats: dict[str, QTreeWidgetItem] = {}
        for comp in champ.competencies():
            cat_key = getattr(comp.category, "value", str(comp.category))
            parent = cats.get(cat_key)
            if parent is None:
                parent = cats[cat_key] = QTreeWidgetItem(root, [category_label(cat_key)])
                parent.setData(0, CODE_ROLE, cat_key)
                parent.setFlags(Qt.ItemIsEnabled)
            item = QTreeWidgetItem(parent)
            item.setData(0, CODE_ROLE, comp.code)
            item.setData(0, NAME_ROLE, f"{comp.code}  {comp.name(lang)}")
            self._show(item, "")
            self._items[comp.code] = item
        self.expandAll()
        self._pending = list(self._items)
        self._timer.start()

    def _fill_one(self) -> None:
        if not self._pending or self.champ is None:
            self._timer.stop()
            if self.champ is not None:
                self.badges_done.emit()
            return
        self.update_status(self._pending.pop(0))

    def update_status(self, code: str) -> None:
        """Recompute one badge (after a change in that competency)."""
        item = self._items.get(code)
        if item is None or self.champ is None:
            return
        status = competency_status(self.champ, code)
        item.setData(0, STATUS_ROLE, status)
        self._show(item, status)

    @staticmethod
    def _show(item: QTreeWidgetItem, status: str) -> None:
        """'◐ 17  Web Technologies': the badge's shape in the line, its word in the tooltip and the legend."""
        name = item.data(0, NAME_ROLE)
        glyph = status_label(status).split(" ", 1)[0] if status else "…"
        item.setText(0, f"{glyph} {name}")
        item.setToolTip(0, f"{name} — {status_label(status)}" if status else name)

    def has(self, code: str) -> bool:
        return code in self._items

    def status_of(self, code: str) -> str:
        item = self._items.get(code)
        if item is not None and not item.data(0, STATUS_ROLE):
            self.update_status(code)
        return item.data(0, STATUS_ROLE) if item is not None else ""

    def select(self, code: str) -> None:
        item = self._items.get(code)
        if item is not None:
            self.setCurrentItem(item)

    def select_root(self) -> None:
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def current_code(self) -> str:
        item = self.currentItem()
        return item.data(0, CODE_ROLE) if item is not None and item.parent() and item.parent().parent() else ""

    def _current_changed(self, item: QTreeWidgetItem | None, _prev) -> None:
        if item is not None and item.parent() is not None and item.parent().parent() is not None:
            self.competency_chosen.emit(item.data(0, CODE_ROLE))
        elif item is not None and item.parent() is None:
            self.championship_chosen.emit()

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        if item.parent() is not None and item.parent().parent() is not None:
            self.competency_activated.emit(item.data(0, CODE_ROLE))
