"""One marking form as a table, laid out like its paper twin: aspects down, competitors across.

Columns: COL_TYPE, COL_ASPECT, COL_MAX, then one column per competitor from
COL_FIRST. Rows: one ROW_ASPECT row per aspect; a judgement aspect is followed
by its ROW_MARK row (the computed mark); ROW_TOTAL closes the form. Only the
cells a write touched are repainted (narrow dataChanged).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ..domain import entry
from ..domain.errors import DeskError, RuleViolation
from ..domain.marking import effective_judges
from ..domain.people import Entrant
from ..domain.scheme import Aspect, SubCriterion
from ..i18n import installed_lang
from . import icons
from .cells import (ABSENT, COMPATRIOT, CONFIRMED, DISAGREEMENT, DONE, LOCKED, NOT_MARKED, PARTIAL, WITHDRAWN, Cell,
                    judgement_cell, mark_text, measurement_cell, parse_scores)
from .marks_commands import MarkWriter
from .texts import aspect_type_label, counted, error_text, fmt_mark, translate

if TYPE_CHECKING:  # the window opens before sqlite-utils is imported
    from ..storage.championship import Championship

COL_TYPE, COL_ASPECT, COL_MAX, COL_FIRST = 0, 1, 2, 3
ROW_ASPECT, ROW_MARK, ROW_TOTAL = "aspect", "mark", "total"
CellRole = Qt.UserRole + 1  # the Cell behind a competitor cell
KindRole = Qt.UserRole + 2  # ROW_ASPECT / ROW_MARK / ROW_TOTAL

_BG = {LOCKED: icons.LOCKED_BG, ABSENT: icons.ABSENT_BG, WITHDRAWN: icons.ABSENT_BG, COMPATRIOT: icons.COMPATRIOT_BG,
       DISAGREEMENT: icons.DISAGREE_BG, CONFIRMED: icons.CONFIRMED_BG, PARTIAL: icons.MISSING_BG}
Index = QModelIndex | QPersistentModelIndex
_FLAGS = -1  # the cell's item flags, kept with its roles
_LABEL_ROLES = (Qt.DisplayRole, Qt.ToolTipRole, Qt.TextAlignmentRole, Qt.FontRole, Qt.ForegroundRole)


class MarksModel(QAbstractTableModel):
    def __init__(self, champ: Championship, code: str, writer: MarkWriter, parent=None):
        super().__init__(parent)
        self.champ, self.code, self.writer = champ, code, writer
        self.form: SubCriterion | None = None
        self.rows: list[tuple[str, Aspect | None]] = []
        self.entrants: list[Entrant] = []
        self._cells: dict[tuple[int, int], Cell] = {}
        self._role_cache: dict[tuple[int, int], dict] = {}
        self.typing: tuple[int, int, str] | None = None
        self._row_of: dict[str, int] = {}
        self._col_of: dict[str, int] = {}
        self.refusals: dict[tuple[int, int], str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._ink, self._ink_mark = QBrush(QColor("#000000")), QBrush(QColor("#1f3f7a"))
        self._typing_font = QFont()
        self._typing_font.setItalic(True)

    # ---- structure ----------------------------------------------------------------------------
    def set_form(self, form_id: str | None) -> None:
        self.beginResetModel()
        ctx = self.champ.context(self.code)
        self.form = ctx.scheme.form(form_id) if form_id else None
        self._threshold = self.champ.settings().disagreement_threshold
        self.entrants = list(ctx.entrants.values())
        self.rows = []
        if self.form is not None:
            for aspect in self.form.aspects:
                self.rows.append((ROW_ASPECT, aspect))
                if aspect.is_judgement:
                    self.rows.append((ROW_MARK, aspect))
            self.rows.append((ROW_TOTAL, None))
        self._row_of = {a.id: i for i, (k, a) in enumerate(self.rows) if k == ROW_ASPECT and a}
        self._col_of = {e.id: COL_FIRST + i for i, e in enumerate(self.entrants)}
        self._cells.clear()
        self._role_cache.clear()
        self.refusals.clear()
        self.typing = None
        self.endResetModel()

    def reload(self) -> None:
        """Structure may have changed (lock, team, substitution): rebuild everything."""
        self.set_form(self.form.id if self.form else None)

    def ctx(self) -> entry.Context:
        return self.champ.context(self.code)

    @property
    def locked(self) -> bool:
        return self.form is not None and self.form.id in self.ctx().sheet.locks

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COL_FIRST + len(self.entrants)

    def kind(self, row: int) -> str:
        return self.rows[row][0]

    def aspect_at(self, row: int) -> Aspect | None:
        return self.rows[row][1] if 0 <= row < len(self.rows) else None

    def entrant_at(self, col: int) -> Entrant | None:
        i = col - COL_FIRST
        return self.entrants[i] if 0 <= i < len(self.entrants) else None

    def index_of(self, aspect_id: str, entrant_id: str) -> QModelIndex:
        row, col = self._row_of.get(aspect_id), self._col_of.get(entrant_id)
        return QModelIndex() if row is None or col is None else self.index(row, col)

    def is_absent(self, col: int) -> bool:
        ent = self.entrant_at(col)
        return bool(self.form and ent and (self.form.id, ent.id) in self.ctx().sheet.absences)

    # ---- cells --------------------------------------------------------------------------------
    def cell(self, row: int, col: int) -> Cell:
        key = (row, col)
        found = self._cells.get(key)
        if found is None:
            found = self._cells[key] = self._compute(row, col)
        return found

    def _compute(self, row: int, col: int) -> Cell:
        kind, aspect = self.rows[row]
        ent = self.entrant_at(col)
        ctx = self.ctx()
        if self.form is None or ent is None:
            return Cell()
        if kind == ROW_TOTAL:
            return self._total(ctx, ent)
        if ent.withdrawn:
            return Cell(self.tr("withdrawn"), WITHDRAWN,
                        self.tr("%1 has withdrawn: no result, so no marks are entered.").replace("%1", ent.id))
        if self.is_absent(col):
            return Cell(self.tr("absent"), ABSENT, self.tr("%1 is absent for form %2: marks count as 0.")
                        .replace("%1", ent.id).replace("%2", self.form.id))
        if aspect.is_judgement:
            cell = judgement_cell(ctx, self.form, aspect, ent, self._threshold)
            if kind == ROW_MARK:
                return Cell("→ " + mark_text(cell.mark) if cell.mark is not None else "", cell.state,
                            mark=cell.mark)
            return cell
        return measurement_cell(ctx, aspect, ent)

    def _total(self, ctx: entry.Context, ent: Entrant) -> Cell:
        total, missing, entered = Fraction(0), 0, 0
        for aspect in self.form.aspects:
            col = self._col_of[ent.id]
            cell = self.cell(self._row_of[aspect.id], col)
            if cell.state in NOT_MARKED:
                return Cell(fmt_mark(0) if cell.state == ABSENT else "", cell.state)
            if cell.mark is None:
                missing += 1
            else:
                total += cell.mark
                entered += 1
        if missing:
            return Cell(f"{fmt_mark(total)} …" if entered else "…", PARTIAL,
                        counted(self.tr("%n mark(s) missing", "", missing), missing))
        return Cell(fmt_mark(total), DONE)

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        return self._roles(index.row(), index.column()).get(role)

    def _roles(self, row: int, col: int) -> dict:
        """Every role of a cell, built once and kept until a write touches the cell (paints stay cheap)."""
        key = (row, col)
        found = self._role_cache.get(key)
        if found is None:
            found = self._role_cache[key] = self._build_roles(row, col)
        return found

    def _forget(self, row: int, col: int) -> None:
        self._cells.pop((row, col), None)
        self._role_cache.pop((row, col), None)

    def _build_roles(self, row: int, col: int) -> dict:
        kind, aspect = self.rows[row]
        if col < COL_FIRST:
            out = {r: self._aspect_data(kind, aspect, col, r) for r in _LABEL_ROLES}
            out[_FLAGS] = Qt.NoItemFlags  # labels and computed lines: the cursor skips them
            return out
        cell = self.cell(row, col)
        refusal = self.refusals.get((row, col))
        colour = icons.REFUSED_BG if refusal else _BG.get(cell.state)
        if colour is None and self.locked:
            colour = icons.LOCKED_BG
        icon = None
        if refusal:
            icon = icons.refused()
        elif kind == ROW_ASPECT and cell.state == COMPATRIOT:
            icon = icons.no_entry()
        judged = kind == ROW_ASPECT and aspect is not None and aspect.is_judgement
        out = {Qt.DisplayRole: cell.text, CellRole: cell, KindRole: kind,
               Qt.ToolTipRole: refusal or cell.tooltip or None,
               Qt.BackgroundRole: QBrush(colour) if colour is not None else None,
               Qt.DecorationRole: icon,
               Qt.TextAlignmentRole: int(Qt.AlignCenter) if judged else int(Qt.AlignRight | Qt.AlignVCenter),
               Qt.FontRole: self._bold if kind == ROW_TOTAL else None,
               Qt.ForegroundRole: self._ink_mark if kind == ROW_MARK else self._ink}
        if self.typing is not None and self.typing[:2] == (row, col):
            out[Qt.DisplayRole] = self.typing[2] + "▏"  # what is being typed, not yet stored
            out[Qt.FontRole] = self._typing_font
            out[Qt.BackgroundRole] = QBrush(QColor("#ffffff"))
        if kind != ROW_ASPECT:
            out[_FLAGS] = Qt.NoItemFlags
        else:
            out[_FLAGS] = Qt.ItemIsEnabled | Qt.ItemIsSelectable
            if self.why_not_editable(self.index(row, col)) is None:
                out[_FLAGS] |= Qt.ItemIsEditable
        return out

    def set_typing(self, index: Index, text: str) -> None:
        """Show `text` in the cell while it is typed ('' when done); nothing is stored by this."""
        old = self.typing
        self.typing = (index.row(), index.column(), text) if text and index.isValid() else None
        for cell in {old[:2] if old else None, self.typing[:2] if self.typing else None} - {None}:
            self._role_cache.pop(cell, None)
            self.dataChanged.emit(self.index(*cell), self.index(*cell))

    def _aspect_data(self, kind: str, aspect: Aspect | None, col: int, role: int):
        if role == Qt.ForegroundRole:  # label cells are not selectable, but must not look greyed out
            return self._ink_mark if kind == ROW_MARK else self._ink
        if kind == ROW_TOTAL:
            if role == Qt.DisplayRole and col == COL_ASPECT:
                return self.tr("Form total")
            if role == Qt.DisplayRole and col == COL_MAX and self.form:
                return fmt_mark(self.form.max_mark)
            return self._bold if role == Qt.FontRole else None
        if kind == ROW_MARK:
            if role == Qt.DisplayRole and col == COL_ASPECT:
                return "    → " + self.tr("mark")
            return None
        if role == Qt.DisplayRole:
            return {COL_TYPE: self.tr("J") if aspect.is_judgement else self.tr("M"),  # as on the printed form
                    COL_ASPECT: f"{aspect.id}  {aspect.text(installed_lang())}",  # translated where given
                    COL_MAX: fmt_mark(aspect.max_mark)}[col]
        if role == Qt.ToolTipRole:
            return _aspect_tooltip(aspect.in_language(installed_lang()))
        if role == Qt.TextAlignmentRole and col == COL_MAX:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Vertical:
            return str(section + 1) if role == Qt.DisplayRole else None
        if section < COL_FIRST:
            if role == Qt.DisplayRole:
                return {COL_TYPE: "#", COL_ASPECT: self.tr("aspect"), COL_MAX: self.tr("max")}[section]
            return None
        ent = self.entrant_at(section)
        if ent is None:
            return None
        if role == Qt.DisplayRole:
            state = self.tr("WITHDRAWN") if ent.withdrawn else self.tr("ABSENT") if self.is_absent(section) else ""
            return f"{ent.id} {ent.region}" + (f"\n{state}" if state else "")
        if role == Qt.ToolTipRole:
            return f"{ent.name} ({ent.region})"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return self._roles(index.row(), index.column())[_FLAGS]

    def why_not_editable(self, index: Index) -> str | None:
        """The sentence a refused keystroke shows, or None when the cell takes marks."""
        row, col = index.row(), index.column()
        if col < COL_FIRST or self.kind(row) != ROW_ASPECT or self.form is None:
            return self.tr("This line is computed; type marks in the aspect lines.")
        problem = self.why_frozen()
        if problem:
            return problem
        cell = self.cell(row, col)
        if cell.state == WITHDRAWN:
            return cell.tooltip
        if cell.state == ABSENT:
            return self.tr("%1 is absent for form %2: press A to mark them present.").replace(
                "%1", self.entrant_at(col).id).replace("%2", self.form.id)
        if cell.state == COMPATRIOT:
            return cell.tooltip
        return None

    def why_read_only(self) -> str | None:
        """The sentence when nothing in the file can change (read-only), else None."""
        if self.champ.readonly:
            return self.tr("The file is open read-only: changes are not possible.")
        return None

    def why_frozen(self) -> str | None:
        """The sentence when nothing on this form can change (read-only file or locked form), else None.

        Asked before any question about the form, so a refusal never follows a dialog.
        """
        problem = self.why_read_only()
        if problem is None and self.locked:
            problem = self.tr("Form %1 is locked: unlock it, with a reason, to change marks.").replace(
                "%1", self.form.id)
        return problem

    # ---- writes -------------------------------------------------------------------------------
    def changes_for(self, index: Index, text: str | None) -> list[tuple]:
        """The changes that typing `text` into a cell means (None or '' clears it). Raises DeskError."""
        problem = self.why_not_editable(index)
        if problem:
            raise RuleViolation("cell", problem)
        aspect, ent = self.aspect_at(index.row()), self.entrant_at(index.column())
        text = (text or "").strip()
        if not aspect.is_judgement:
            old = self.ctx().sheet.measurements.get((aspect.id, ent.id))
            reason = old.reason if old is not None else ""
            if text and entry.parse_mark(text) == aspect.max_mark:
                reason = ""  # full marks: no deduction to explain
            return [("m", aspect.id, ent.id, text or None, reason)]
        panel = effective_judges(self.form.id, ent.id, self.ctx().sheet)
        if not panel:
            raise RuleViolation("team", self.tr("Form %1 has no marking team yet: choose its judges first "
                                                "(Competency ▸ Marking team).").replace("%1", self.form.id))
        if not text:
            return [("s", aspect.id, ent.id, e, None) for e in panel]
        scores = parse_scores(text, len(panel))
        if scores is None:
            n = len(panel)
            raise RuleViolation("count", counted(self.tr("Form %1 has %n judge(s): type %n score(s) 0-3, for "
                                                         "example %2.", "", n), n)
                                .replace("%1", self.form.id).replace("%2", "3" * (n - 1) + "2"))
        return [("s", aspect.id, ent.id, e, s) for e, s in zip(panel, scores)]

    def commit(self, index: Index, text: str | None) -> None:
        """Type `text` into a cell: stored at once, or refused whole with the reason. Raises DeskError."""
        key = (index.row(), index.column())
        self.set_typing(index, "")
        try:
            changes = self.changes_for(index, text)
            label = self.tr("mark %1 · %2").replace("%1", changes[0][1]).replace("%2", changes[0][2])
            self.writer.apply(self.code, changes, label)
        except DeskError as exc:
            self.set_refusal(index, error_text(exc))
            raise
        if key in self.refusals:
            self.set_refusal(index, None)

    def setData(self, index: Index, value, role: int = Qt.EditRole) -> bool:
        if role != Qt.EditRole or not (self.flags(index) & Qt.ItemIsEditable):
            return False
        try:
            self.commit(index, None if value is None else str(value))
        except DeskError:
            return False
        return True

    def set_refusal(self, index: Index, message: str | None) -> None:
        """Mark a cell as refused (red, ✖, the reason in its tooltip), or clear that with None."""
        key = (index.row(), index.column())
        if message:
            self.refusals[key] = message
        elif self.refusals.pop(key, None) is None:
            return
        self._role_cache.pop(key, None)
        self.dataChanged.emit(index, index)

    def cells_written(self, changes: list[tuple]) -> None:
        """Repaint only what these changes touch: the cell, its mark line and the column's total."""
        columns: dict[int, set[int]] = {}
        whole_columns = set()
        for ch in changes:
            col = self._col_of.get(ch[2])
            if col is None:
                continue
            if ch[0] == "x":
                whole_columns.add(col)
                continue
            row = self._row_of.get(ch[1])
            if row is not None:
                columns.setdefault(col, set()).update({row, row + 1})
        last = len(self.rows) - 1
        for col in whole_columns:
            self._cells = {k: v for k, v in self._cells.items() if k[1] != col}
            self._role_cache = {k: v for k, v in self._role_cache.items() if k[1] != col}
            self.dataChanged.emit(self.index(0, col), self.index(last, col))
            self.headerDataChanged.emit(Qt.Horizontal, col, col)
        for col, rows in columns.items():
            if col in whole_columns:
                continue
            rows = {r for r in rows if r <= last} | {last}
            for r in rows:
                self._forget(r, col)
            for r in sorted(rows):
                self.dataChanged.emit(self.index(r, col), self.index(r, col))


def _aspect_tooltip(aspect: Aspect) -> str:
    most = translate("MarksModel", "max")
    lines = [f"{aspect.id} · {aspect_type_label(aspect.type.value)} · {most} {fmt_mark(aspect.max_mark)}",
             aspect.description]
    for text in (aspect.extra, aspect.requirement):
        if text:
            lines.append(text)
    for score, text in sorted(aspect.descriptors.items()):
        lines.append(f"{score}: {text}")
    return "\n".join(lines)
