"""Every mark edit, its undo and its redo go through one writer into Championship.

An undo is not a rewind: it writes the old value back through Championship,
which checks it against the rules and records it in the audit log like any
other change. So the log always tells the whole story. An undo the rules refuse
(the form was locked since) keeps its step and says so: after unlocking, the
same Ctrl+Z undoes it, never an older step elsewhere. An edit that changes
nothing (Delete on an empty cell) leaves no step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain import entry
from ..domain.errors import DeskError
from .texts import error_text

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

# ("m", aspect, entrant, value, reason) | ("s", aspect, entrant, expert, score) | ("x", form, entrant, bool)
Change = tuple



def inverse(ctx: entry.Context, changes: list[Change]) -> list[Change]:
    """The changes that put back what `changes` will overwrite, read from the current marks."""
    out: list[Change] = []
    for ch in changes:
        if ch[0] == "m":
            old = ctx.sheet.measurements.get((ch[1], ch[2]))
            out.append(("m", ch[1], ch[2], None if old is None else entry.canonical(old.value),
                        "" if old is None else old.reason))
        elif ch[0] == "s":
            out.append(("s", ch[1], ch[2], ch[3], ctx.sheet.scores.get((ch[1], ch[2]), {}).get(ch[3])))
        elif ch[0] == "x":
            out.append(("x", ch[1], ch[2], (ch[1], ch[2]) in ctx.sheet.absences))
    return out


class MarkWriter(QObject):
    """Writes marks for the widgets; tells them which cells changed so they repaint only those."""

    written = Signal(str, list)  # competency, the changes applied
    focus_requested = Signal(str, str, str)  # competency, aspect or form id, entrant id (after undo/redo)
    refused = Signal(str)  # an undo or redo that the rules no longer allow

    def __init__(self, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = stack
        self.champ: Championship | None = None
        self.busy = False  # True while this writer's own write notifies Championship listeners

    def set_championship(self, champ: Championship | None) -> None:
        self.champ = champ
        self.stack.clear()

    def apply(self, code: str, changes: list[Change], text: str, *, action: str = "marks.paste") -> None:
        """Check and store `changes` all or nothing, then record the undo step. Raises DeskError."""
        if self.champ is None:
            raise DeskError(translate("MarkWriter", "No championship file is open."))
        old = inverse(self.champ.context(code), changes)
        self._write(code, changes, action)
        if inverse(self.champ.context(code), changes) == old:
            return  # nothing changed (Championship wrote no audit entry either): no step to undo
        self.stack.push(_EditCommand(self, code, old, changes, text, action))

    def _write(self, code: str, changes: list[Change], action: str) -> None:
        champ = self.champ
        if champ is None:
            raise DeskError(translate("MarkWriter", "No championship file is open."))
        self.busy = True
        try:
            kinds = {c[0] for c in changes}
            cells = {(c[1], c[2]) for c in changes}
            if len(changes) == 1 and kinds == {"m"}:
                _, a, e, value, reason = changes[0]
                champ.set_measurement(code, a, e, value, reason or "")
            elif kinds == {"s"} and len(cells) == 1:
                a, e = next(iter(cells))
                champ.set_scores(code, a, e, {c[3]: c[4] for c in changes})
            elif len(changes) == 1 and kinds == {"x"}:
                champ.set_absent(code, changes[0][1], changes[0][2], bool(changes[0][3]))
            elif changes:
                champ.apply_batch(code, changes, action=action, target=_target(changes))
        finally:
            self.busy = False
        self.written.emit(code, list(changes))


def _target(changes: list[Change]) -> str:
    firsts = sorted({str(c[1]) for c in changes})
    return ", ".join(firsts[:3]) + (" …" if len(firsts) > 3 else "")


class _EditCommand(QUndoCommand):
    def __init__(self, writer: MarkWriter, code: str, old: list[Change], new: list[Change], text: str,
                 action: str):
        super().__init__(text)
        self.writer, self.code, self.old, self.new, self.action = writer, code, old, new, action
        self._first = True  # the edit itself was already written before it was pushed
        self._skip = False  # the next undo/redo only takes back the stack's move after a refusal

    def _go(self, changes: list[Change], action: str, undoing: bool) -> None:
        try:
            self.writer._write(self.code, changes, action)
        except DeskError as exc:
            # The rules refuse it now (the form was locked since...). QUndoStack moves its index
            # whatever happens, so the move is taken back at once, without writing: the step stays
            # where it was, to be undone (or redone) once the form is unlocked.
            self._skip = True
            QTimer.singleShot(0, self._stay if undoing else self._stay_undone)
            text = translate("MarkWriter", "Not undone: %1 The step is kept: Ctrl+Z tries it again.") if undoing \
                else translate("MarkWriter", "Not redone: %1 The step is kept: Ctrl+Y tries it again.")
            self.writer.refused.emit(text.replace("%1", error_text(exc)))
            return
        first = changes[0]
        self.writer.focus_requested.emit(self.code, str(first[1]), str(first[2]))

    def _stay(self) -> None:
        """Back to 'done' after a refused undo (redo() skips the write)."""
        stack = self.writer.stack
        if stack.index() < stack.count() and stack.command(stack.index()) is self:
            stack.redo()
        self._skip = False

    def _stay_undone(self) -> None:
        """Back to 'undone' after a refused redo (undo() skips the write)."""
        stack = self.writer.stack
        if stack.index() > 0 and stack.command(stack.index() - 1) is self:
            stack.undo()
        self._skip = False

    def undo(self) -> None:
        if self._skip:
            return
        self._go(self.old, "marks.undo", True)

    def redo(self) -> None:
        if self._first or self._skip:
            self._first = False
            return
        self._go(self.new, "marks.redo", False)
