"""What stops a form from being locked: missing marks, open disagreements, missing reasons.

A form can be locked only when every non-withdrawn entrant has every mark (or is
absent for the form), every disagreement is re-scored or confirmed, and, when the
setting asks for it, every deduction has a written reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterator, Mapping, Sequence

from .display import fmt_points
from .explain import Why, why_text
from .marking import compatriot_conflict, effective_judges, is_disagreement, panel_scores
from .marks import MarkSheet
from .people import Entrant, Expert
from .scheme import MarkingScheme, SubCriterion
from .settings import ScoringSettings

_SHOWN = 5  # entrants named in a "marks missing" sentence before "…"


@dataclass(frozen=True)
class MissingCell:
    """One aspect of one entrant without its mark; `judges` still to score, if known."""

    entrant_id: str
    aspect_id: str
    judges: tuple[str, ...] = ()


@dataclass(frozen=True)
class Disagreement:
    """Judges' scores that differ by more than the threshold. Unpacks as (aspect_id, entrant_id)."""

    aspect_id: str
    entrant_id: str
    scores: tuple[int, ...]
    confirmed: bool = False
    reason: str = ""

    def __iter__(self) -> Iterator[str]:
        return iter((self.aspect_id, self.entrant_id))


@dataclass(frozen=True)
class Deduction:
    """A measurement value below its max (or out of range) that needs attention."""

    aspect_id: str
    entrant_id: str
    value: Decimal
    max_mark: Decimal


@dataclass
class FormStatus:
    """Completeness of one marking form; `reasons` are the sentences that block locking."""

    form_id: str
    locked: bool
    missing: list[MissingCell] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    missing_reasons: list[Deduction] = field(default_factory=list)
    out_of_range: list[Deduction] = field(default_factory=list)
    compatriots: list[tuple[str, str]] = field(default_factory=list)  # (entrant, expert)
    problems: list[Why] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def can_lock(self) -> bool:
        return not self.problems

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def unconfirmed(self) -> list[Disagreement]:
        return [d for d in self.disagreements if not d.confirmed]


def _active(entrants: Sequence[Entrant]) -> list[Entrant]:
    return [e for e in entrants if not e.withdrawn]


def form_missing(form: SubCriterion, entrants: Sequence[Entrant], sheet: MarkSheet,
                 settings: ScoringSettings) -> list[MissingCell]:
    """Missing marks of one form; withdrawn entrants and those absent for the form need none."""
    out: list[MissingCell] = []
    for ent in _active(entrants):
        if (form.id, ent.id) in sheet.absences:
            continue
        judges = effective_judges(form.id, ent.id, sheet)
        for aspect in form.aspects:
            if aspect.is_judgement:
                scores, still = panel_scores(aspect.id, ent.id, judges, sheet, settings)
                if scores is None:
                    out.append(MissingCell(ent.id, aspect.id, tuple(still)))
            elif (aspect.id, ent.id) not in sheet.measurements:
                out.append(MissingCell(ent.id, aspect.id))
    return out


def missing_marks(scheme: MarkingScheme, entrants: Sequence[Entrant], sheet: MarkSheet,
                  settings: ScoringSettings) -> list[MissingCell]:
    """Every missing mark of the competency, form by form."""
    return [cell for form in scheme.forms() for cell in form_missing(form, entrants, sheet, settings)]


def form_disagreements(form: SubCriterion, entrants: Sequence[Entrant], sheet: MarkSheet,
                       settings: ScoringSettings) -> list[Disagreement]:
    """Disagreements among the scores given so far by each entrant's (substituted) panel."""
    out: list[Disagreement] = []
    judgement = [a for a in form.aspects if a.is_judgement]
    if not judgement:
        return out
    for ent in _active(entrants):
        if (form.id, ent.id) in sheet.absences:
            continue
        judges = effective_judges(form.id, ent.id, sheet)
        for aspect in judgement:
            given = sheet.scores.get((aspect.id, ent.id)) or {}
            scores = [given[j] for j in judges if j in given] if judges else list(given.values())
            if is_disagreement(scores, settings.disagreement_threshold):
                reason = sheet.confirmations.get((aspect.id, ent.id))
                out.append(Disagreement(aspect.id, ent.id, tuple(scores), reason is not None, reason or ""))
    return out


def _where(cells: list[MissingCell]) -> str:
    by_entrant: dict[str, list[str]] = {}
    for c in cells:
        by_entrant.setdefault(c.entrant_id, []).append(c.aspect_id)
    parts = [f"{e} ({', '.join(a)})" for e, a in list(by_entrant.items())[:_SHOWN]]
    return "; ".join(parts) + ("; …" if len(by_entrant) > _SHOWN else "")


def form_status(scheme: MarkingScheme, form: SubCriterion | str, entrants: Sequence[Entrant],
                sheet: MarkSheet, settings: ScoringSettings, *,
                experts: Mapping[str, Expert] | None = None, lang: str = "en") -> FormStatus:
    """Everything that blocks locking `form`, as data and as sentences in `lang`.

    With `experts`, a compatriot left on an entrant's panel (no substitute yet) also blocks.
    """
    if isinstance(form, str):
        found = scheme.form(form)
        if found is None:
            raise KeyError(f"no form {form} in this marking scheme")
        form = found
    status = FormStatus(form.id, form.id in sheet.locks)
    status.missing = form_missing(form, entrants, sheet, settings)
    status.disagreements = form_disagreements(form, entrants, sheet, settings)
    for ent in _active(entrants):
        if (form.id, ent.id) in sheet.absences:
            continue
        for aspect in form.aspects:
            mark = sheet.measurements.get((aspect.id, ent.id))
            if aspect.is_judgement or mark is None:
                continue
            if not 0 <= mark.value <= aspect.max_mark:
                status.out_of_range.append(Deduction(aspect.id, ent.id, mark.value, aspect.max_mark))
            elif settings.deduction_reason_required and mark.value < aspect.max_mark and not mark.reason.strip():
                status.missing_reasons.append(Deduction(aspect.id, ent.id, mark.value, aspect.max_mark))
        if experts:
            for judge in effective_judges(form.id, ent.id, sheet):
                expert = experts.get(judge)
                if expert is not None and compatriot_conflict(expert, ent) is not None:
                    status.compatriots.append((ent.id, judge))
    problems = status.problems
    if status.missing:
        problems.append(Why("missing_marks", {"form": form.id, "count": len(status.missing),
                                              "where": _where(status.missing)}))
    for d in status.unconfirmed:
        problems.append(Why("disagreement", {"aspect": d.aspect_id, "entrant": d.entrant_id,
                                             "scores": ", ".join(map(str, d.scores)),
                                             "threshold": settings.disagreement_threshold}))
    for code, items in (("out_of_range", status.out_of_range), ("reason_missing", status.missing_reasons)):
        for x in items:
            problems.append(Why(code, {"aspect": x.aspect_id, "entrant": x.entrant_id,
                                       "value": fmt_points(x.value), "max": fmt_points(x.max_mark)}))
    for ent_id, judge in status.compatriots:
        problems.append(Why("compatriot", {"form": form.id, "entrant": ent_id, "expert": judge}))
    status.reasons = [why_text(p, lang) for p in problems]
    return status
