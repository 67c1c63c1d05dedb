"""What one cell of a marking form shows: value, state and the sentence behind the state.

Kept apart from the Qt model so the rules of the display (which judge is a
compatriot, what counts as a disagreement) read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from ..domain import entry
from ..domain.marking import compatriot_conflict, effective_judges, is_disagreement, judgement_mark
from ..domain.people import Entrant
from ..domain.scheme import Aspect, SubCriterion
from .texts import fmt_mark

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises

# cell states, in the order a person should notice them
LOCKED, ABSENT, COMPATRIOT, DISAGREEMENT, CONFIRMED, DONE, EMPTY, PARTIAL, WITHDRAWN = (
    "locked", "absent", "compatriot", "disagreement", "confirmed", "done", "empty", "partial", "withdrawn")
NOT_MARKED = (ABSENT, WITHDRAWN)  # no marks expected in these cells



@dataclass
class Cell:
    text: str = ""
    state: str = EMPTY
    tooltip: str = ""
    mark: Fraction | None = None  # the aspect mark when complete
    scores: dict[str, int] = field(default_factory=dict)
    panel: list[str] = field(default_factory=list)
    compatriots: list[str] = field(default_factory=list)
    reason: str = ""


def measurement_cell(ctx: entry.Context, aspect: Aspect, entrant: Entrant) -> Cell:
    m = ctx.sheet.measurements.get((aspect.id, entrant.id))
    if m is None:
        return Cell()
    text = fmt_mark(m.value)
    tip = ""
    if m.reason:
        text += " ✎"
        tip = translate("Cells", "Deduction reason: %1").replace("%1", m.reason)
    return Cell(text, DONE, tip, Fraction(m.value), reason=m.reason)


def judgement_cell(ctx: entry.Context, form: SubCriterion, aspect: Aspect, entrant: Entrant,
                   threshold: int) -> Cell:
    panel = effective_judges(form.id, entrant.id, ctx.sheet)
    given = ctx.sheet.scores.get((aspect.id, entrant.id), {})
    compatriots = [e for e in panel if e in ctx.experts and
                   compatriot_conflict(ctx.experts[e], entrant) is not None]
    parts = []
    for e in panel:
        if e in compatriots:
            parts.append("⊘")
        else:
            parts.append(str(given[e]) if e in given else "·")
    cell = Cell(" ".join(parts), EMPTY, scores=dict(given), panel=panel, compatriots=compatriots)
    values = [given[e] for e in panel if e in given]
    if compatriots:
        cell.state = COMPATRIOT
        expert = ctx.experts[compatriots[0]]
        cell.tooltip = (translate("Cells", "%1 is from %2 like %3: choose a substitute (F4).")
                        .replace("%1", expert.short_name).replace("%2", expert.region)
                        .replace("%3", entrant.id))
        return cell
    if not values:
        return cell
    if len(values) < len(panel):
        cell.state = PARTIAL
        cell.tooltip = translate("Cells", "%1 of %2 judges' scores entered.").replace("%1", str(len(values))) \
            .replace("%2", str(len(panel)))
        return cell
    cell.mark = judgement_mark(values, aspect.max_mark)
    cell.state = DONE
    if is_disagreement(values, threshold):
        reason = ctx.sheet.confirmations.get((aspect.id, entrant.id))
        if reason:
            cell.state = CONFIRMED
            cell.text += " ⚠✓"
            cell.tooltip = translate("Cells", "Disagreement confirmed by the Chief Expert: %1").replace("%1", reason)
        else:
            cell.state = DISAGREEMENT
            cell.text += " ⚠"
            cell.tooltip = (translate("Cells", "Disagreement: the scores differ by more than %1. The judges "
                                              "re-score, or "
                               "the Chief Expert confirms the scores with a reason.")
                            .replace("%1", str(threshold)))
    return cell


def parse_scores(text: str, judges: int) -> list[str] | None:
    """'332', '3 3 2' or '3;3;2' -> ['3','3','2']; None when the count does not fit the panel."""
    cleaned = text.strip()
    for sep in ",;/":
        cleaned = cleaned.replace(sep, " ")
    parts = cleaned.split()
    if len(parts) == 1 and len(parts[0]) == judges and parts[0].isdigit():
        parts = list(parts[0])
    return parts if len(parts) == judges else None


def mark_text(mark: Fraction | None) -> str:
    return "" if mark is None else fmt_mark(mark)
