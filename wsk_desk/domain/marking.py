"""Aspect marks: measurement values, judges' scores, disagreements and the compatriot rule.

Marks are exact `Fraction`s: a judgement mark of 2/3 × 8 must stay 16/3, so that
two competitors whose exact totals are equal tie.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Iterable, Sequence

from .marks import MarkSheet
from .people import Competitor, Entrant, Expert
from .scheme import Aspect
from .settings import ScoringSettings

Number = Fraction | Decimal | int


def judgement_mark(scores: Sequence[int], max_mark: Number) -> Fraction:
    """mean(scores) / 3 × max, exact. Raises ValueError without scores (a missing mark is not 0)."""
    if not scores:
        raise ValueError("a judgement mark needs at least one judge's score")
    return Fraction(sum(scores)) * Fraction(max_mark) / (3 * len(scores))


def is_disagreement(scores: Iterable[int], threshold: int = 1) -> bool:
    """Judges disagree when max − min exceeds the threshold (domain.md §3: more than 1 point)."""
    values = list(scores)
    return len(values) > 1 and max(values) - min(values) > threshold


def measurement_in_range(value: Number, max_mark: Number) -> bool:
    """A measurement mark lies in [0, max]."""
    return 0 <= Fraction(value) <= Fraction(max_mark)


_COMPATRIOT = {
    "en": "{expert} is from region {region}, like {who}: an expert never marks a competitor from their "
          "own region (compatriot rule). The Chief Expert substitutes another expert.",
    "ru": "{expert} из региона {region}, как и {who}: эксперт не оценивает конкурсанта своего региона "
          "(правило компатриота). Главный эксперт назначает замену.",
    "kk": "{expert} {region} өңірінен, {who} сияқты: сарапшы өз өңірінің конкурсантын бағаламайды "
          "(компатриот ережесі). Бас сарапшы басқа сарапшыны тағайындайды.",
}


def compatriot_conflict(expert: Expert, who: Entrant | Competitor, lang: str = "en") -> str | None:
    """Why `expert` may not mark `who` (a competitor, or any member of a team), or None if allowed."""
    if not expert.region:
        return None
    if isinstance(who, Entrant):
        regions = {who.region} | {m.region for m in who.members}
    else:
        regions = {who.region}
    if expert.region not in regions:
        return None
    template = _COMPATRIOT.get(lang, _COMPATRIOT["en"])
    return template.format(expert=expert.short_name or expert.id, region=expert.region, who=who.id)


def compatriot_refusal(expert: Expert, who: Entrant | Competitor) -> dict[str, str] | None:
    """The compatriot refusal in every language (for RuleViolation), or None if the expert may mark."""
    if compatriot_conflict(expert, who) is None:
        return None
    return {lang: compatriot_conflict(expert, who, lang) for lang in _COMPATRIOT}


def effective_judges(form_id: str, entrant_id: str, sheet: MarkSheet) -> list[str]:
    """The form's marking team for this entrant, with the Chief Expert's substitutions applied."""
    team = sheet.marking_teams.get(form_id) or []
    subs = sheet.substitutions
    if not subs:
        return list(team)
    return [subs.get((form_id, entrant_id, e), e) for e in team]


def panel_scores(aspect_id: str, entrant_id: str, judges: Sequence[str], sheet: MarkSheet,
                 settings: ScoringSettings) -> tuple[list[int] | None, list[str]]:
    """The scores that count, and the judges still to score.

    With a marking team, exactly the team's (substituted) judges count; without one,
    every recorded score counts once `judges_per_form` judges have scored.
    Returns (None, missing judges) while the mark is incomplete.
    """
    given = sheet.scores.get((aspect_id, entrant_id)) or {}
    if judges:
        missing = [j for j in judges if j not in given]
        if missing:
            return None, missing
        return [given[j] for j in judges], []
    if len(given) < max(1, settings.judges_per_form):
        return None, []
    return list(given.values()), []


def aspect_mark(aspect: Aspect, entrant_id: str, form_id: str, sheet: MarkSheet,
                settings: ScoringSettings) -> Fraction | None:
    """The exact mark of one aspect for one entrant; None while missing, 0 when absent for the form."""
    if (form_id, entrant_id) in sheet.absences:
        return Fraction(0)
    if aspect.is_judgement:
        judges = effective_judges(form_id, entrant_id, sheet)
        scores, _ = panel_scores(aspect.id, entrant_id, judges, sheet, settings)
        return None if scores is None else judgement_mark(scores, aspect.max_mark)
    mark = sheet.measurements.get((aspect.id, entrant_id))
    return None if mark is None else Fraction(mark.value)
