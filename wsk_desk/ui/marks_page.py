"""The Marks tab: choose a form, type its marks, manage its team, lock it.

Every action here ends in one Championship call; refusals come back as one
sentence for the status bar (and a dialog where the person must read it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ..i18n import installed_lang
from .cells import DISAGREEMENT, NOT_MARKED
from .marks_actions import MarksActions
from .marks_commands import MarkWriter
from .marks_model import COL_FIRST, ROW_ASPECT, MarksModel
from .marks_view import MarksView
from .texts import counted, fmt_mark, fmt_when

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

BANNER_STYLE = {"locked": "background:#3b4450; color:white;", "readonly": "background:#6b3fa0; color:white;",
                "ok": "background:#e8eef7; color:#111;"}


class MarksPage(MarksActions, QWidget):
    message = Signal(str, bool)  # text, is a refusal
    progress = Signal(str)  # "B1: 3 marks missing"

    def __init__(self, writer: MarkWriter, parent: QWidget | None = None):
        super().__init__(parent)
        self.writer = writer
        self.champ: Championship | None = None
        self.code = ""
        self.model: MarksModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.form_label = QLabel()
        self.forms = QComboBox()
        self.forms.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.forms.setMinimumContentsLength(28)
        self.form_label.setBuddy(self.forms)
        self.forms.currentIndexChanged.connect(self._form_chosen)
        self.team_button = QPushButton()
        self.lock_button = QPushButton()
        bar.addWidget(self.form_label)
        bar.addWidget(self.forms, 1)
        bar.addWidget(self.team_button)
        bar.addWidget(self.lock_button)
        layout.addLayout(bar)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.banner)
        self.view = MarksView()
        layout.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.PlainText)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.detail.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        layout.addWidget(self.detail)
        self._make_actions()
        self.team_button.clicked.connect(self.choose_team)
        self.lock_button.clicked.connect(self.toggle_lock)
        self.view.refused.connect(self._refused)
        self.view.reason_requested.connect(self.edit_reason)
        self.view.absent_requested.connect(self.toggle_absent)
        self.view.substitute_requested.connect(self.substitute)
        writer.written.connect(self._written)
        self.retranslate()

    def _make_actions(self) -> None:
        def act(shortcut: str | QKeySequence, slot) -> QAction:
            a = QAction(self)
            if shortcut:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_lock = act("Ctrl+L", self.lock_form)
        self.act_unlock = act("Ctrl+Shift+L", self.unlock_form)
        self.act_confirm = act("Ctrl+Shift+D", self.confirm_disagreement)
        self.act_team = act("Ctrl+Shift+T", self.choose_team)
        self.act_substitute = act("", lambda: self.substitute(self.view.currentIndex()))
        self.act_substitute.setShortcut(QKeySequence(Qt.Key_F4))
        self.act_substitute.setShortcutContext(Qt.WidgetShortcut)  # the table handles F4 itself
        self.act_reason = act("", lambda: self.edit_reason(self.view.currentIndex()))
        self.act_absent = act("", lambda: self.toggle_absent(self.view.currentIndex().column()))
        self.act_next = act("Ctrl+Shift+F", self.next_incomplete)
        self.act_next_form = act("Ctrl+PgDown", lambda: self._step_form(1))
        self.act_prev_form = act("Ctrl+PgUp", lambda: self._step_form(-1))
        for a in (self.act_lock, self.act_unlock, self.act_confirm, self.act_team, self.act_next,
                  self.act_next_form, self.act_prev_form):
            a.setShortcutContext(Qt.WindowShortcut)

    def retranslate(self) -> None:
        self.form_label.setText(self.tr("&Form:"))
        self.team_button.setText(self.tr("Marking team…"))
        self.act_lock.setText(self.tr("&Lock form"))
        self.act_unlock.setText(self.tr("&Unlock form…"))
        self.act_confirm.setText(self.tr("&Confirm disagreement…"))
        self.act_team.setText(self.tr("Marking &team…"))
        self.act_substitute.setText(self.tr("Su&bstitute expert…\tF4"))
        self.act_reason.setText(self.tr("Deduction &reason…\tF2"))
        self.act_absent.setText(self.tr("Mark &absent / present\tA"))
        self.act_next.setText(self.tr("&Next incomplete cell"))
        self.act_next_form.setText(self.tr("Next form"))
        self.act_prev_form.setText(self.tr("Previous form"))
        self.refresh()

    # ---- loading ------------------------------------------------------------------------------
    def set_competency(self, champ: Championship | None, code: str) -> None:
        self.champ, self.code = champ, code
        self.model = MarksModel(champ, code, self.writer, self) if champ and code else None
        self.forms.blockSignals(True)
        self.forms.clear()
        if self.model is not None:
            self.view.setModel(self.model)
            self.view.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_detail(cur))
            for form in champ.context(code).scheme.forms():
                self.forms.addItem(form.id, form.id)
        self.forms.blockSignals(False)
        self._fill_form_names()
        self._form_chosen()

    def _fill_form_names(self) -> None:
        if self.model is None:
            return
        ctx = self.champ.context(self.code)
        for i in range(self.forms.count()):
            form = ctx.scheme.form(self.forms.itemData(i))
            mark = "▣ " if form.id in ctx.sheet.locks else ""
            day = f" · {form.day}" if form.day else ""
            self.forms.setItemText(i, f"{mark}{form.id} · {form.text(installed_lang())}{day}")

    def show_form(self, form_id: str) -> None:
        i = self.forms.findData(form_id)
        if i >= 0:
            self.forms.setCurrentIndex(i)

    def _form_chosen(self, *_: object) -> None:
        if self.model is None:
            self.refresh()
            return
        self.model.set_form(self.forms.currentData())
        self.view.setCurrentIndex(self.view.first_cell())
        self.refresh()

    def _step_form(self, step: int) -> None:
        i = self.forms.currentIndex() + step
        if 0 <= i < self.forms.count():
            self.forms.setCurrentIndex(i)

    def reload(self) -> None:
        """Something other than a typed mark changed (lock, team, import): rebuild, keep the cursor."""
        if self.model is None:
            return
        current = self.view.currentIndex()
        row, col = current.row(), current.column()
        form = self.forms.currentData()
        ids = [f.id for f in self.champ.context(self.code).scheme.forms()]
        if ids != [self.forms.itemData(i) for i in range(self.forms.count())]:  # a new marking scheme
            self.set_competency(self.champ, self.code)
            if form in ids:
                self.show_form(form)
            return
        self._fill_form_names()
        self.model.reload()
        if 0 <= row < self.model.rowCount() and col < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(row, col))
        self.refresh()

    def _refused(self, text: str) -> None:
        self.message.emit(text, True)
        self._show_detail(self.view.currentIndex())  # the reason stays readable under the table

    def _written(self, code: str, changes: list) -> None:
        if self.model is not None and code == self.code:
            self.model.cells_written(changes)
            self.refresh()

    # ---- what the page says -------------------------------------------------------------------
    def refresh(self) -> None:
        model = self.model
        form = model.form if model else None
        if form is None:
            self.banner.setText(self.tr("This competency has no marking scheme yet: import it on the People "
                                        "tab.") if model else "")
            self.banner.setStyleSheet(BANNER_STYLE["ok"])
            self.lock_button.setEnabled(False)
            self.progress.emit("")
            return
        ctx = self.champ.context(self.code)
        team = ctx.sheet.marking_teams.get(form.id, [])
        names = [f"{ctx.experts[e].short_name} ({ctx.experts[e].region})" for e in team if e in ctx.experts]
        judges = self.tr("Judges: %1.").replace("%1", ", ".join(names) or self.tr("none chosen (Ctrl+Shift+T)"))
        lock = ctx.sheet.locks.get(form.id)
        self.lock_button.setEnabled(not self.champ.readonly)
        self.lock_button.setText(self.tr("Unlock form…") if lock else self.tr("Lock form"))
        if self.champ.readonly:
            self.banner.setText(self.tr("READ-ONLY: this file is open for reading; no mark can change."))
            self.banner.setStyleSheet(BANNER_STYLE["readonly"])
        elif lock:
            self.banner.setText(self.tr("▣ LOCKED: form %1 was locked by %2 at %3. Its marks cannot change; "
                                        "unlock it with a reason (Ctrl+Shift+L).")
                                .replace("%1", form.id).replace("%2", lock.locked_by)
                                .replace("%3", fmt_when(lock.locked_at)) + " " + judges)
            self.banner.setStyleSheet(BANNER_STYLE["locked"])
        else:
            self.banner.setText(self.tr("Form %1 · max %2 · %3 Type marks, Enter moves down; judges' scores "
                                        "as 332.").replace("%1", form.id).replace("%2", fmt_mark(form.max_mark))
                                .replace("%3", judges))
            self.banner.setStyleSheet(BANNER_STYLE["ok"])
        missing, disagreements = self.form_progress()
        parts = [counted(self.tr("%1: %n mark(s) missing", "", missing), missing).replace("%1", form.id)
                 if missing else self.tr("%1: complete").replace("%1", form.id)]
        if disagreements:
            parts.append(counted(self.tr("%n disagreement(s) to confirm", "", disagreements), disagreements))
        if lock:
            parts.append(self.tr("locked"))
        self.progress.emit(", ".join(parts))
        self._show_detail(self.view.currentIndex())

    def form_progress(self) -> tuple[int, int]:
        """(marks missing, unconfirmed disagreements) of the form on screen."""
        model = self.model
        missing = disagreements = 0
        for row in range(model.rowCount()):
            if model.kind(row) != ROW_ASPECT:
                continue
            for col in range(COL_FIRST, model.columnCount()):
                cell = model.cell(row, col)
                if cell.state in NOT_MARKED:
                    continue
                if cell.mark is None:
                    missing += 1
                elif cell.state == DISAGREEMENT:
                    disagreements += 1
        return missing, disagreements

    def _show_detail(self, index: QModelIndex) -> None:
        model = self.model
        if model is None or not index.isValid() or index.column() < COL_FIRST:
            self.detail.setText("")
            return
        aspect, ent = model.aspect_at(index.row()), model.entrant_at(index.column())
        cell = model.cell(index.row(), index.column())
        head = f"{ent.id} {ent.name} ({ent.region})"
        if aspect is None:
            self.detail.setText(head)
            return
        most = self.tr("max")
        line = f"{head} · {aspect.id} {aspect.text(installed_lang())} · {most} {fmt_mark(aspect.max_mark)}"
        if aspect.is_judgement and cell.panel:
            ctx = self.champ.context(self.code)
            judges = []
            for e in cell.panel:
                name = ctx.experts[e].short_name if e in ctx.experts else e
                score = "⊘" if e in cell.compatriots else str(cell.scores.get(e, "·"))
                judges.append(f"{name} {score}")
            line += "\n" + self.tr("Judges: %1").replace("%1", ", ".join(judges))
            if cell.mark is not None:
                line += f" → {fmt_mark(cell.mark)}"
        problem = model.refusals.get((index.row(), index.column())) or cell.tooltip
        if problem:
            line += "\n" + problem
        self.detail.setText(line)

    def focus_cell(self, aspect_or_form: str, entrant: str) -> None:
        """Show a cell that undo or redo touched."""
        model = self.model
        if model is None:
            return
        form = self.champ.context(self.code).scheme.form_of(aspect_or_form)
        if form is not None and (model.form is None or form.id != model.form.id):
            self.show_form(form.id)
        index = model.index_of(aspect_or_form, entrant)
        if not index.isValid():
            col = model._col_of.get(entrant)
            index = model.index(self.view.currentIndex().row(), col) if col is not None else QModelIndex()
        if index.isValid():
            self.view.setCurrentIndex(index)
