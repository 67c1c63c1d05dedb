"""What the Marks tab does besides typing: lock, unlock, confirm, team, substitute, absent, reason.

A mixin of MarksPage. Every action ends in one Championship call (or one
MarkWriter step, which is undoable); a refusal is one sentence for the status
bar, and a dialog where the person must read it before going on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex

from ..domain import entry
from ..domain.errors import DeskError
from ..domain.marking import compatriot_conflict, effective_judges
from . import dialogs
from .cells import COMPATRIOT, CONFIRMED, DISAGREEMENT, NOT_MARKED
from .marks_model import COL_FIRST, ROW_ASPECT
from .texts import counted, error_text, fill, fmt_mark

translate = QCoreApplication.translate  # not self.tr: in a mixin its context would not match lupdate's


class MarksActions:
    """Needs from the page: champ, code, model, view, writer, message (Signal)."""

    def _say(self, text: str, error: bool = False) -> None:
        self.message.emit(text, error)

    def _act(self, fn, *args) -> bool:
        try:
            fn(*args)
        except DeskError as exc:
            self._say(error_text(exc), True)
            return False
        return True

    def _current_form(self) -> str | None:
        if self.model is None or self.model.form is None:
            self._say(translate("MarksPage", "Choose a competency and a form first."), True)
            return None
        return self.model.form.id

    def _refused_at_once(self, whole_file: bool = False) -> bool:
        """Say why nothing can change here before any question is asked; True when refused.

        `whole_file`: only a read-only file refuses (team and substitutes may change on a locked form).
        """
        problem = self.model.why_read_only() if whole_file else self.model.why_frozen()
        if problem:
            self._say(problem, True)
        return problem is not None

    def lock_form(self) -> None:
        form = self._current_form()
        if form is None or self._refused_at_once(whole_file=True):
            return
        if form in self.champ.context(self.code).sheet.locks:
            self._say(fill(translate("MarksPage", "Form %1 is already locked."), form))
            return
        try:
            self.champ.lock_form(self.code, form)
        except DeskError as exc:
            self._say(error_text(exc), True)
            dialogs.refuse(self, translate("MarksPage", "Lock form"), error_text(exc))
            return
        self._say(fill(translate("MarksPage", "Form %1 is locked."), form))

    def unlock_form(self) -> None:
        form = self._current_form()
        if form is None or self._refused_at_once(whole_file=True):
            return
        sheet = self.champ.context(self.code).sheet
        if form not in sheet.locks:
            self._say(fill(translate("MarksPage", "Form %1 is not locked."), form))
            return
        prompt = fill(translate("MarksPage", "Why must form %1 change? The reason goes into the audit record."), form)
        if sheet.signoff is not None:
            prompt = fill(translate("MarksPage", "The results are final (revision %1). Unlocking makes them "
                                                 "provisional until a new sign-off."),
                          sheet.signoff.revision) + "\n" + prompt
        reason = dialogs.ask_reason(self, fill(translate("MarksPage", "Unlock form %1"), form), prompt)
        if reason is None:
            self._say(translate("MarksPage", "Unlock cancelled: a written reason is required."), True)
            return
        if self._act(self.champ.unlock_form, self.code, form, reason):
            self._say(fill(translate("MarksPage", "Form %1 is unlocked."), form))

    def toggle_lock(self) -> None:
        form = self._current_form()
        if form is not None and form in self.champ.context(self.code).sheet.locks:
            self.unlock_form()
        else:
            self.lock_form()

    def confirm_disagreement(self) -> None:
        """Confirm a ⚠ with a reason; a confirmed one says so and asks before its reason is replaced."""
        if self._current_form() is None or self._refused_at_once():
            return
        index = self.view.currentIndex()
        cell = self.model.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None or cell.state not in (DISAGREEMENT, CONFIRMED):
            self._say(translate("MarksPage", "Move to a cell marked ⚠ (a disagreement) to confirm its scores."), True)
            return
        aspect, ent = self.model.aspect_at(index.row()), self.model.entrant_at(index.column())
        scores = " ".join(str(cell.scores[e]) for e in cell.panel if e in cell.scores)
        title = translate("MarksPage", "Confirm disagreement")
        old = self.champ.context(self.code).sheet.confirmations.get((aspect.id, ent.id))
        if old is not None and not dialogs.confirm(self, title, fill(translate(
                "MarksPage", "The scores %1 for %2 in %3 are already confirmed: “%4”. Replace the reason?"),
                scores, ent.id, aspect.id, old)):
            self._say(fill(translate("MarksPage", "%1 · %2 is already confirmed: “%3”."), aspect.id, ent.id, old))
            return
        reason = dialogs.ask_reason(self, title, fill(translate("MarksPage", "Why do the scores %1 for %2 in %3 "
                                                                           "stand?"), scores, ent.id, aspect.id),
                                    old or "")
        if reason is None:
            self._say(translate("MarksPage", "Not confirmed: a written reason is required."), True)
            return
        if old is not None and reason == old.strip():
            self._say(translate("MarksPage", "The reason is unchanged: nothing was written."))
            return
        if self._act(self.champ.confirm_disagreement, self.code, aspect.id, ent.id, reason):
            self._say(translate("MarksPage", "Disagreement confirmed.") if old is None else
                      translate("MarksPage", "The new reason of the confirmed disagreement is written."))

    def choose_team(self) -> None:
        form = self._current_form()
        if form is None or self._refused_at_once(whole_file=True):
            return
        ctx = self.champ.context(self.code)
        judges = [e for e in ctx.experts.values() if e.role.value == "expert"] or list(ctx.experts.values())
        dialog = dialogs.TeamDialog(self, form, judges, ctx.sheet.marking_teams.get(form, []),
                                    list(ctx.entrants.values()), self.champ.settings().judges_per_form)
        if dialog.exec() != dialogs.QDialog.Accepted:
            return
        if not self._act(self.champ.set_marking_team, self.code, form, dialog.chosen()):
            return
        text = fill(translate("MarksPage", "Marking team of %1 saved."), form)
        needed = self.compatriot_panels(form)
        n = len(needed)  # lupdate marks these numerus only by their %n (scripts/fill_translations.py)
        if needed and dialogs.confirm(self, translate("MarksPage", "Marking team"), counted(translate(
                "MarksPage", "This team has a compatriot of %n competitor(s). Choose substitutes for them "
                             "automatically (F4 on a cell chooses by hand)?", None, n), n)):
            if self._act(self.champ.substitute_many, self.code, self.auto_substitutes(form, needed)):
                text += " " + counted(translate("MarksPage", "Substitutes chosen for %n competitor(s).", None, n), n)
                needed = self.compatriot_panels(form)
        if needed:
            n = len(needed)
            text += " " + counted(translate("MarksPage", "Still without a substitute: %n compatriot cell(s) (F4).",
                                            None, n), n)
        self._say(text, bool(needed))

    def compatriot_panels(self, form: str) -> list[tuple[str, str]]:
        """(competitor, expert) pairs where the form's panel still holds a compatriot."""
        ctx = self.champ.context(self.code)
        out = []
        for ent in ctx.entrants.values():
            for judge in effective_judges(form, ent.id, ctx.sheet):
                expert = ctx.experts.get(judge)
                if expert is not None and compatriot_conflict(expert, ent) is not None:
                    out.append((ent.id, judge))
        return out

    def auto_substitutes(self, form: str, needed: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
        """For each compatriot, the first expert who is neither on that panel nor from the competitor's region."""
        ctx = self.champ.context(self.code)
        team = ctx.sheet.marking_teams.get(form, [])
        pool = [e for e in ctx.experts.values() if e.role.value == "expert"] + \
            [e for e in ctx.experts.values() if e.role.value != "expert"]
        out = []
        taken: dict[str, set[str]] = {}
        for ent_id, judge in needed:
            ent = ctx.entrants[ent_id]
            panel = taken.setdefault(ent_id, set(effective_judges(form, ent_id, ctx.sheet)) | set(team))
            spare = next((e for e in pool if e.id not in panel and compatriot_conflict(e, ent) is None), None)
            if spare is not None:
                panel.add(spare.id)
                replaced = next((t for t in team if ctx.sheet.substitutions.get((form, ent_id, t), t) == judge), judge)
                out.append((form, ent_id, replaced, spare.id))
        return out

    def substitute(self, index: QModelIndex) -> None:
        model = self.model
        if model is None or not index.isValid() or index.column() < COL_FIRST:
            return
        cell = model.cell(index.row(), index.column())
        ent = model.entrant_at(index.column())
        if cell.state != COMPATRIOT:
            self._say(translate("MarksPage", "F4 chooses a substitute on a cell marked ⊘ (a compatriot)."), True)
            return
        if self._refused_at_once(whole_file=True):
            return
        ctx = self.champ.context(self.code)
        replaced = cell.compatriots[0]
        candidates = [e for e in ctx.experts.values()
                      if e.id not in cell.panel and compatriot_conflict(e, ent) is None]
        items = [f"{e.short_name} ({e.region}) · {e.id}" for e in candidates]
        question = fill(translate("MarksPage", "Who marks %1 in form %2 instead of %3?"), f"{ent.id} {ent.name}",
                        model.form.id, ctx.experts[replaced].short_name)
        choice = dialogs.ask_choice(self, translate("MarksPage", "Substitute expert"), question, items)
        if choice is None:
            return
        chosen = candidates[choice]
        if self._act(self.champ.substitute, self.code, model.form.id, ent.id, replaced, chosen.id):
            self._say(fill(translate("MarksPage", "%1 now marks %2 in form %3."), chosen.short_name, ent.id,
                           model.form.id))

    def toggle_absent(self, col: int) -> None:
        model = self.model
        ent = model.entrant_at(col) if model else None
        if ent is None or model.form is None or self._refused_at_once():
            return
        absent = not model.is_absent(col)
        has_marks = any(model.cell(r, col).mark is not None for r in range(model.rowCount())
                        if model.kind(r) == ROW_ASPECT)
        if absent and has_marks and not dialogs.confirm(
                self, translate("MarksPage", "Absent"),
                fill(translate("MarksPage", "%1 has marks in form %2. Mark them absent (the form counts 0)?"),
                     ent.id, model.form.id)):
            return
        label = translate("MarksPage", "absent %1") if absent else translate("MarksPage", "present %1")
        if self._act(self.writer.apply, self.code, [("x", model.form.id, ent.id, absent)], fill(label, ent.id)):
            text = translate("MarksPage", "%1 is absent for form %2.") if absent else \
                translate("MarksPage", "%1 is present for form %2.")
            self._say(fill(text, ent.id, model.form.id))

    def edit_reason(self, index: QModelIndex) -> None:
        model = self.model
        aspect = model.aspect_at(index.row()) if model and index.isValid() else None
        ent = model.entrant_at(index.column()) if aspect else None
        if aspect is None or ent is None or aspect.is_judgement or model.kind(index.row()) != ROW_ASPECT:
            self._say(translate("MarksPage", "A deduction reason belongs to a measurement mark (F2 on its cell)."),
                      True)
            return
        problem = model.why_not_editable(index)
        mark = self.champ.context(self.code).sheet.measurements.get((aspect.id, ent.id))
        if problem or mark is None:
            self._say(problem or translate("MarksPage", "Type the mark first, then its reason (F2)."), True)
            return
        question = fill(translate("MarksPage", "Why %1 of %2 for %3 in %4?"), fmt_mark(mark.value),
                        fmt_mark(aspect.max_mark), ent.id, aspect.id)
        text = dialogs.ask_text(self, translate("MarksPage", "Deduction reason"), question, mark.reason)
        if text is None:
            return
        change = ("m", aspect.id, ent.id, entry.canonical(mark.value), text.strip())
        self._act(self.writer.apply, self.code, [change],
                  fill(translate("MarksPage", "reason %1 · %2"), aspect.id, ent.id))

    def next_incomplete(self) -> None:
        """The next cell still waiting for a mark (or a ⚠), down the columns as paper forms are entered."""
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
            if cell.state not in NOT_MARKED and (cell.mark is None or cell.state == DISAGREEMENT):
                self.view.setCurrentIndex(model.index(row, col))
                return
        self._say(fill(translate("MarksPage", "Form %1 is complete: nothing is missing."), model.form.id))
