"""The Marks tab: choose a form, type its marks, manage its team, lock it.

Every action here ends in one Championship call; refusals come back as one
sentence for the status bar (and a dialog where the person must read it).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
                               QWidget)

from ..domain import entry
from ..domain.errors import DeskError
from ..domain.marking import compatriot_conflict
from ..storage.championship import Championship
from . import dialogs
from .cells import ABSENT, COMPATRIOT, CONFIRMED, DISAGREEMENT
from .marks_commands import MarkWriter
from .marks_model import COL_FIRST, ROW_ASPECT, MarksModel
from .marks_view import MarksView
from .texts import fmt_mark

BANNER_STYLE = {"locked": "background:#3b4450; color:white;", "readonly": "background:#6b3fa0; color:white;",
                "ok": "background:#e8eef7; color:#111;"}


class MarksPage(QWidget):
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
        self.view.refused.connect(lambda text: self.message.emit(text, True))
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
        self.act_substitute.setText(self.tr("&Substitute expert…\tF4"))
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
            self.forms.setItemText(i, f"{mark}{form.id} · {form.name}{day}")

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
        if self.champ.context(self.code).scheme.form(form or "") is None:
            self.set_competency(self.champ, self.code)
            return
        self._fill_form_names()
        self.model.reload()
        if 0 <= row < self.model.rowCount() and col < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(row, col))
        self.refresh()

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
                                .replace("%3", lock.locked_at[:16].replace("T", " ")) + " " + judges)
            self.banner.setStyleSheet(BANNER_STYLE["locked"])
        else:
            self.banner.setText(self.tr("Form %1 · max %2 · %3 Type marks, Enter moves down; judges' scores "
                                        "as 332.").replace("%1", form.id).replace("%2", fmt_mark(form.max_mark))
                                .replace("%3", judges))
            self.banner.setStyleSheet(BANNER_STYLE["ok"])
        missing, disagreements = self.form_progress()
        parts = [self.tr("%1: %2 marks missing").replace("%1", form.id).replace("%2", str(missing))
                 if missing else self.tr("%1: complete").replace("%1", form.id)]
        if disagreements:
            parts.append(self.tr("%1 disagreements to confirm").replace("%1", str(disagreements)))
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
                if cell.state == ABSENT:
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
        line = f"{head} · {aspect.id} {aspect.description} · max {fmt_mark(aspect.max_mark)}"
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

    # ---- actions --------------------------------------------------------------------------------
    def _act(self, fn, *args) -> bool:
        try:
            fn(*args)
        except DeskError as exc:
            self.message.emit(str(exc), True)
            return False
        return True

    def _current_form(self) -> str | None:
        if self.model is None or self.model.form is None:
            self.message.emit(self.tr("Choose a competency and a form first."), True)
            return None
        return self.model.form.id

    def lock_form(self) -> None:
        form = self._current_form()
        if form is None:
            return
        if form in self.champ.context(self.code).sheet.locks:
            self.message.emit(self.tr("Form %1 is already locked.").replace("%1", form), False)
            return
        try:
            self.champ.lock_form(self.code, form)
        except DeskError as exc:
            self.message.emit(str(exc), True)
            dialogs.refuse(self, self.tr("Lock form"), str(exc))
            return
        self.message.emit(self.tr("Form %1 is locked.").replace("%1", form), False)

    def unlock_form(self) -> None:
        form = self._current_form()
        if form is None:
            return
        sheet = self.champ.context(self.code).sheet
        if form not in sheet.locks:
            self.message.emit(self.tr("Form %1 is not locked.").replace("%1", form), False)
            return
        prompt = self.tr("Why must form %1 change? The reason goes into the audit record.").replace("%1", form)
        if sheet.signoff is not None:
            prompt = self.tr("The results are final (revision %1). Unlocking makes them provisional until a new "
                             "sign-off.").replace("%1", str(sheet.signoff.revision)) + "\n" + prompt
        reason = dialogs.ask_reason(self, self.tr("Unlock form %1").replace("%1", form), prompt)
        if reason is None:
            self.message.emit(self.tr("Unlock cancelled: a written reason is required."), True)
            return
        if self._act(self.champ.unlock_form, self.code, form, reason):
            self.message.emit(self.tr("Form %1 is unlocked.").replace("%1", form), False)

    def toggle_lock(self) -> None:
        form = self._current_form()
        if form is not None and form in self.champ.context(self.code).sheet.locks:
            self.unlock_form()
        else:
            self.lock_form()

    def confirm_disagreement(self) -> None:
        index = self.view.currentIndex()
        cell = self.model.cell(index.row(), index.column()) if self.model and index.isValid() else None
        if cell is None or cell.state not in (DISAGREEMENT, CONFIRMED):
            self.message.emit(self.tr("Move to a cell marked ⚠ (a disagreement) to confirm its scores."), True)
            return
        aspect, ent = self.model.aspect_at(index.row()), self.model.entrant_at(index.column())
        reason = dialogs.ask_reason(self, self.tr("Confirm disagreement"),
                                    self.tr("Why do the scores %1 for %2 in %3 stand?")
                                    .replace("%1", cell.text.replace(" ⚠", "").replace("✓", ""))
                                    .replace("%2", ent.id).replace("%3", aspect.id))
        if reason is None:
            self.message.emit(self.tr("Not confirmed: a written reason is required."), True)
            return
        if self._act(self.champ.confirm_disagreement, self.code, aspect.id, ent.id, reason):
            self.message.emit(self.tr("Disagreement confirmed."), False)

    def choose_team(self) -> None:
        form = self._current_form()
        if form is None:
            return
        ctx = self.champ.context(self.code)
        judges = [e for e in ctx.experts.values() if e.role.value == "expert"] or list(ctx.experts.values())
        dialog = dialogs.TeamDialog(self, form, judges, ctx.sheet.marking_teams.get(form, []),
                                    list(ctx.entrants.values()), self.champ.settings().judges_per_form)
        if dialog.exec() != dialogs.QDialog.Accepted:
            return
        if self._act(self.champ.set_marking_team, self.code, form, dialog.chosen()):
            lines = dialog.compatriot_lines()
            self.message.emit(self.tr("Marking team of %1 saved.").replace("%1", form) +
                              (" " + self.tr("%1 compatriot cells need a substitute (F4).")
                               .replace("%1", str(len(lines))) if lines else ""), bool(lines))

    def substitute(self, index: QModelIndex) -> None:
        model = self.model
        if model is None or not index.isValid() or index.column() < COL_FIRST:
            return
        cell = model.cell(index.row(), index.column())
        ent = model.entrant_at(index.column())
        if cell.state != COMPATRIOT:
            self.message.emit(self.tr("F4 chooses a substitute on a cell marked ⊘ (a compatriot)."), True)
            return
        ctx = self.champ.context(self.code)
        replaced = cell.compatriots[0]
        candidates = [e for e in ctx.experts.values()
                      if e.id not in cell.panel and compatriot_conflict(e, ent) is None]
        items = [f"{e.short_name} ({e.region}) · {e.id}" for e in candidates]
        choice = dialogs.ask_choice(self, self.tr("Substitute expert"),
                                    self.tr("Who marks %1 in form %2 instead of %3?")
                                    .replace("%1", f"{ent.id} {ent.name}").replace("%2", model.form.id)
                                    .replace("%3", ctx.experts[replaced].short_name), items)
        if choice is None:
            return
        if self._act(self.champ.substitute, self.code, model.form.id, ent.id, replaced, candidates[choice].id):
            self.message.emit(self.tr("%1 now marks %2 in form %3.").replace("%1", candidates[choice].short_name)
                              .replace("%2", ent.id).replace("%3", model.form.id), False)

    def toggle_absent(self, col: int) -> None:
        model = self.model
        ent = model.entrant_at(col) if model else None
        if ent is None or model.form is None:
            return
        absent = not model.is_absent(col)
        if absent and any(model.cell(r, col).mark is not None for r in range(model.rowCount())
                          if model.kind(r) == ROW_ASPECT):
            if not dialogs.confirm(self, self.tr("Absent"), self.tr("%1 has marks in form %2. Mark them absent "
                                                                   "(the form counts 0)?")
                                   .replace("%1", ent.id).replace("%2", model.form.id)):
                return
        label = self.tr("absent %1") if absent else self.tr("present %1")
        if self._act(self.writer.apply, self.code, [("x", model.form.id, ent.id, absent)],
                     label.replace("%1", ent.id)):
            self.message.emit((self.tr("%1 is absent for form %2.") if absent else
                               self.tr("%1 is present for form %2.")).replace("%1", ent.id)
                              .replace("%2", model.form.id), False)

    def edit_reason(self, index: QModelIndex) -> None:
        model = self.model
        aspect = model.aspect_at(index.row()) if model and index.isValid() else None
        ent = model.entrant_at(index.column()) if aspect else None
        if aspect is None or ent is None or aspect.is_judgement or model.kind(index.row()) != ROW_ASPECT:
            self.message.emit(self.tr("A deduction reason belongs to a measurement mark (F2 on its cell)."), True)
            return
        problem = model.why_not_editable(index)
        mark = self.champ.context(self.code).sheet.measurements.get((aspect.id, ent.id))
        if problem or mark is None:
            self.message.emit(problem or self.tr("Type the mark first, then its reason (F2)."), True)
            return
        text = dialogs.ask_text(self, self.tr("Deduction reason"),
                                self.tr("Why %1 of %2 for %3 in %4?").replace("%1", fmt_mark(mark.value))
                                .replace("%2", fmt_mark(aspect.max_mark)).replace("%3", ent.id)
                                .replace("%4", aspect.id), mark.reason)
        if text is None:
            return
        self._act(self.writer.apply, self.code, [("m", aspect.id, ent.id, entry.canonical(mark.value), text.strip())],
                  self.tr("reason %1 · %2").replace("%1", aspect.id).replace("%2", ent.id))

    def next_incomplete(self) -> None:
        """The next cell still waiting for a mark, down the columns as the paper forms are entered."""
        model = self.model
        if model is None or model.form is None:
            return
        cur = self.view.currentIndex()
        cells = [(c, r) for c in range(COL_FIRST, model.columnCount()) for r in range(model.rowCount())
                 if model.kind(r) == ROW_ASPECT]
        start = (cur.column(), cur.row()) if cur.isValid() else (COL_FIRST, -1)
        ordered = [p for p in cells if p > start] + [p for p in cells if p <= start]
        for col, row in ordered:
            cell = model.cell(row, col)
            if cell.state != ABSENT and (cell.mark is None or cell.state == DISAGREEMENT):
                self.view.setCurrentIndex(model.index(row, col))
                return
        self.message.emit(self.tr("Form %1 is complete: nothing is missing.").replace("%1", model.form.id), False)

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
