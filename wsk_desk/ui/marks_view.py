"""The marks table and its keyboard: digits and Enter, Tab, arrows, Delete, Ctrl+V, F2, A, F4.

Typing goes into a small buffer shown in the current cell (the model paints
it), not into an editor widget: the keystrokes stay with the table, Enter
commits and moves down, and a refused value leaves the cell exactly as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip

from ..domain.errors import DeskError, RuleViolation
from .marks_model import COL_ASPECT, COL_FIRST, COL_MAX, COL_TYPE, ROW_ASPECT, MarksModel
from .texts import counted, error_text

TYPING = set("0123456789,. ;-")


class MarksView(QTableView):
    refused = Signal(str)  # a sentence for the status bar
    reason_requested = Signal(QModelIndex)  # F2
    absent_requested = Signal(int)  # A, with the column
    substitute_requested = Signal(QModelIndex)  # F4

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buffer = ""
        self.refused_typing = False  # a keystroke was refused: the next Enter must not move on
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignCenter)
        self.horizontalHeader().setMinimumSectionSize(30)
        self.setStyleSheet("QTableView { gridline-color: #8a929c; }"
                           "QTableView::item:selected { border: 3px solid #1f5fd6; color: black; }")
        self._frozen = _FrozenColumns(self)

    # ---- model ----------------------------------------------------------------------------------
    def marks(self) -> MarksModel:
        return self.model()  # type: ignore[return-value]

    def setModel(self, model) -> None:  # type: ignore[override]
        super().setModel(model)
        self._frozen.attach(model)
        model.modelReset.connect(self._layout_columns)
        self._layout_columns()

    def _layout_columns(self) -> None:
        """Widths from what the columns hold in the language on screen (headers and labels are translated)."""
        fm, model = self.fontMetrics(), self.model()
        bold = self.horizontalHeader().fontMetrics()

        def fit(col: int, *samples: str) -> int:
            header = str(model.headerData(col, Qt.Horizontal) or "")
            return max([bold.horizontalAdvance(header) + 16] + [fm.horizontalAdvance(t) + 14 for t in samples])

        types = [str(model.index(r, COL_TYPE).data() or "") for r in range(min(model.rowCount(), 80))]
        self.setColumnWidth(COL_TYPE, fit(COL_TYPE, "JJ", *types))
        self.setColumnWidth(COL_ASPECT, max(300, fm.horizontalAdvance("M") * 22))
        self.setColumnWidth(COL_MAX, fit(COL_MAX, "100.00"))
        width = fm.horizontalAdvance("3 3 3 ⚠✓") + 24
        for col in range(COL_FIRST, self.model().columnCount()):
            self.setColumnWidth(col, width)
        self.horizontalHeader().setFixedHeight(fm.height() * 2 + 12)
        self._frozen.sync()
        self.buffer = ""

    def first_cell(self) -> QModelIndex:
        model = self.model()
        for row in range(model.rowCount()):
            if model.kind(row) == ROW_ASPECT:
                return model.index(row, COL_FIRST) if model.columnCount() > COL_FIRST else QModelIndex()
        return QModelIndex()

    # ---- keyboard -------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab would otherwise move the focus out of the table before keyPressEvent sees it.
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Tab, Qt.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods, text = event.key(), event.modifiers(), event.text()
        index = self.currentIndex()
        plain = not (mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))
        if event.matches(QKeySequence.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        typing = plain and bool(text) and text in TYPING
        if not typing:
            refused, self.refused_typing = self.refused_typing, False
            if refused and key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Tab, Qt.Key_Backtab):
                return  # what was typed was refused: stay on the cell
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if self.commit_buffer():
                self.move_down()
            return
        if key in (Qt.Key_Tab, Qt.Key_Backtab):
            back = key == Qt.Key_Backtab or bool(mods & Qt.ShiftModifier)
            if self.commit_buffer():
                self._move_column(-1 if back else 1)
            return
        if key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right, Qt.Key_PageUp, Qt.Key_PageDown,
                   Qt.Key_Home, Qt.Key_End):
            if self.commit_buffer():
                super().keyPressEvent(event)
            return
        if key == Qt.Key_Escape and self.buffer:
            self._set_buffer("")
            return
        if key == Qt.Key_Backspace and self.buffer:
            self._set_buffer(self.buffer[:-1])
            return
        if key == Qt.Key_Delete and plain:
            self._set_buffer("")
            self._commit(index, None)
            return
        if key == Qt.Key_F2 and plain:
            self.reason_requested.emit(index)
            return
        if key == Qt.Key_F4 and plain:
            self.substitute_requested.emit(index)
            return
        # A marks absent; "ф" is the same key on a Russian or Kazakh keyboard layout
        if plain and not self.buffer and (key == Qt.Key_A or text in ("a", "A", "ф", "Ф")):
            if index.isValid():
                self.absent_requested.emit(index.column())
            return
        if typing:
            if not self.buffer:
                problem = self.marks().why_not_editable(index) if index.isValid() else None
                if problem:
                    self.refused_typing = True
                    self._refuse(index, problem)
                    return
            if text != " " or self.buffer:
                self._set_buffer(self.buffer + text)
            return
        super().keyPressEvent(event)

    def _set_buffer(self, text: str) -> None:
        """What is typed shows in the cell (the model paints it, in italics with a caret) until stored."""
        self.buffer = text
        self.marks().set_typing(self.currentIndex(), text)

    def commit_buffer(self) -> bool:
        """Store what was typed into the current cell; False (and the cursor stays) when refused."""
        if not self.buffer:
            return True
        text, self.buffer = self.buffer, ""
        return self._commit(self.currentIndex(), text)

    def _commit(self, index: QModelIndex, text: str | None) -> bool:
        if not index.isValid():
            return True
        try:
            self.marks().commit(index, text)
        except DeskError as exc:
            self._refuse(index, error_text(exc))
            return False
        return True

    def _refuse(self, index: QModelIndex, message: str) -> None:
        """The reason shows at the cell (tooltip and red mark) and in the status bar."""
        if index.isValid() and index.column() >= COL_FIRST:
            self.marks().set_refusal(index, message)
            rect = self.visualRect(index)
            QToolTip.showText(self.viewport().mapToGlobal(rect.bottomLeft()), message, self.viewport(),
                              QRect(), 6000)
        self.refused.emit(message)

    def move_down(self) -> None:
        """Next aspect line in this column; after the last one, the top of the next competitor."""
        model, index = self.marks(), self.currentIndex()
        if not index.isValid():
            self.setCurrentIndex(self.first_cell())
            return
        for row in range(index.row() + 1, model.rowCount()):
            if model.kind(row) == ROW_ASPECT:
                self.setCurrentIndex(model.index(row, index.column()))
                return
        if index.column() + 1 < model.columnCount():
            first = self.first_cell()
            self.setCurrentIndex(model.index(first.row(), index.column() + 1))

    def _move_column(self, step: int) -> None:
        index = self.currentIndex()
        col = index.column() + step
        if index.isValid() and COL_FIRST <= col < self.model().columnCount():
            self.setCurrentIndex(self.model().index(index.row(), col))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self.buffer:
            self.buffer = ""
            self.marks().set_typing(current, "")
        super().currentChanged(current, previous)

    # ---- paste ----------------------------------------------------------------------------------
    def paste(self, text: str) -> bool:
        """A tab-separated block from Excel, from the current cell: all of it is stored, or none."""
        model, start = self.marks(), self.currentIndex()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        block = [line.split("\t") for line in lines]
        if not start.isValid() or not text.strip():
            return False
        rows = [r for r in range(start.row(), model.rowCount()) if model.kind(r) == ROW_ASPECT]
        changes: list[tuple] = []
        cells: list[QModelIndex] = []  # the cell of each change, to point at a refusal
        bad = start
        try:
            if len(block) > len(rows) or start.column() + max(map(len, block)) > model.columnCount():
                raise RuleViolation("paste", self.tr("The pasted block is larger than the form from this cell."))
            for r, values in zip(rows, block):
                for offset, value in enumerate(values):
                    if not value.strip():
                        continue  # an empty cell in the block leaves the mark as it is
                    bad = model.index(r, start.column() + offset)
                    found = model.changes_for(bad, value)
                    changes.extend(found)
                    cells.extend([bad] * len(found))
            if changes:
                n = len(changes)
                model.writer.apply(model.code, changes, counted(self.tr("paste %n value(s)", "", n), n))
        except DeskError as exc:
            at = getattr(exc, "index", None)  # Championship.apply_batch names the change it refused
            if at is not None and at < len(cells):
                bad = cells[at]
            message = self._where(bad) + error_text(exc) + " " + self.tr("The whole block was refused: nothing was pasted.")
            self._refuse(bad, message)
            return False
        return True

    def _where(self, index: QModelIndex) -> str:
        aspect, ent = self.marks().aspect_at(index.row()), self.marks().entrant_at(index.column())
        return f"{aspect.id} · {ent.id}: " if aspect and ent else ""

    # ---- frozen columns -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._frozen.sync()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "_frozen"):
            self._frozen.sync()

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.EnsureVisible) -> None:
        # never scroll a competitor cell under the frozen aspect columns
        if index.column() >= COL_FIRST:
            super().scrollTo(index, hint)
            frozen = self._frozen.width()
            rect = self.visualRect(index)
            if rect.left() < frozen:
                bar = self.horizontalScrollBar()
                bar.setValue(bar.value() - (frozen - rect.left()))
        else:
            super().scrollTo(index, hint)


class _FrozenColumns:
    """The aspect columns stay in place while the competitors scroll (Qt's frozen-column pattern)."""

    def __init__(self, view: MarksView):
        self.view = view
        self.table = QTableView(view)
        t = self.table
        t.setFocusPolicy(Qt.NoFocus)
        t.verticalHeader().hide()
        t.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        t.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        t.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        t.setSelectionMode(QAbstractItemView.NoSelection)
        t.setEditTriggers(QAbstractItemView.NoEditTriggers)
        t.setWordWrap(False)
        t.setStyleSheet("QTableView { border: none; background: #f3f5f8; gridline-color: #8a929c;"
                        " border-right: 2px solid #5a6470; }")
        view.viewport().stackUnder(t)
        t.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.verticalScrollBar().valueChanged.connect(t.verticalScrollBar().setValue)

    def attach(self, model) -> None:
        self.table.setModel(model)
        model.modelReset.connect(self.sync)
        self.sync()

    def width(self) -> int:
        return sum(self.view.columnWidth(c) for c in (COL_TYPE, COL_ASPECT, COL_MAX))

    def sync(self) -> None:
        view, t = self.view, self.table
        model = t.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            t.setColumnHidden(col, col >= COL_FIRST)
            if col < COL_FIRST:
                t.setColumnWidth(col, view.columnWidth(col))
        t.verticalHeader().setDefaultSectionSize(view.verticalHeader().defaultSectionSize())
        t.horizontalHeader().setFixedHeight(view.horizontalHeader().height())
        t.setGeometry(view.frameWidth(), view.frameWidth(), self.width() + 1,
                      view.viewport().height() + view.horizontalHeader().height())
        t.verticalScrollBar().setValue(view.verticalScrollBar().value())
        t.show()
