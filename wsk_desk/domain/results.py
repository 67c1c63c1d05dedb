"""One competency's results: exact raw totals → scale → ranks → medals → explanations.

`compute_results` is linear in marks: the scheme is flattened once per call, and
raw totals are summed as Decimals (measurements) and integer numerators per
denominator (judgement marks), turned into one exact Fraction per criterion.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal, localcontext
from fractions import Fraction
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple, Sequence

from .display import float2
from .explain import Why, why_text
from .marking import effective_judges
from .marks import MarkSheet
from .medals import Medal, awards
from .people import Competency, Competitor, Entrant, entrants
from .ranking import competition_ranks, ranking_score
from .scale import ScaleFit, fit, scale_score
from .scheme import MarkingScheme
from .settings import ScoringSettings

__all__ = ["CompetencyResults", "ResultRow", "Totals", "Why", "why_text", "compute_results", "entrant_results", "entrant_totals"]


@dataclass(frozen=True)
class ResultRow:
    """The result of one entrant (a competitor, or a team whose members share it)."""

    id: str
    members: tuple[str, ...]
    name: str
    region: str
    raw: Fraction
    criteria: dict[str, Fraction]
    scale: int | None
    rank: int | None
    medal: Medal | None
    why: Why
    withdrawn: bool = False
    missing: int = 0  # marks still missing for this entrant

    def why_text(self, lang: str = "en") -> str:
        return why_text(self.why, lang)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"id": self.id, "members": list(self.members), "name": self.name, "region": self.region,
                "raw": float2(self.raw), "criteria": {k: float2(v) for k, v in self.criteria.items()},
                "scale": self.scale, "rank": self.rank, "medal": self.medal.value if self.medal else None,
                "why": why_text(self.why, lang)}


@dataclass(frozen=True)
class CompetencyResults:
    code: str
    name: str
    category: str  # "main" | "juniors"
    status: str  # "incomplete" | "provisional" | "final"
    median: Fraction | None  # None when nobody has a result
    sd: Decimal | None  # None with fewer than 2 results
    settings: ScoringSettings
    rows: list[ResultRow] = field(default_factory=list)
    fit: ScaleFit | None = None

    @property
    def counted(self) -> list[ResultRow]:
        """Rows with a result (withdrawn and not-yet-marked excluded): each counts once in every count."""
        return [r for r in self.rows if r.rank is not None]

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "category": self.category, "status": self.status,
                "median": float2(self.median) if self.median is not None else None,
                "sd": float2(self.sd) if self.sd is not None else None,
                "settings": {k: _number(v) for k, v in asdict(self.settings).items()},
                "results": [r.to_json(lang) for r in self.rows]}


def _number(value: Any) -> Any:
    """A Decimal setting as a JSON number (0, 700, 0.5); other settings as they are."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


class Totals(NamedTuple):
    """One entrant's exact criterion totals and raw total, missing marks, and marks present."""

    criteria: dict[str, Fraction]
    missing: int
    entered: int
    raw: Fraction = Fraction(0)
    absent_everywhere: bool = False

    @property
    def unmarked(self) -> bool:
        """Nothing entered yet although marks are due: no result yet (like withdrawn, but flagged)."""
        return self.entered == 0 and self.missing > 0


# per form: (form id, criterion index, measurement aspect ids, judgement (aspect id, max numerator, denominator))
_Plan = list[tuple[str, int, tuple[str, ...], tuple[tuple[str, int, int], ...]]]
_VALUE = attrgetter("value")


def _plan(scheme: MarkingScheme) -> tuple[list[str], _Plan]:
    """Criterion letters, and the forms flattened once so the loop over entrants does no lookups."""
    letters: list[str] = []
    plan: _Plan = []
    for crit in scheme.criteria:
        letters.append(crit.id)
        for form in crit.subcriteria:
            meas = tuple(a.id for a in form.aspects if not a.is_judgement)
            judg = []
            for a in form.aspects:
                if a.is_judgement:
                    m = Fraction(a.max_mark)
                    judg.append((a.id, m.numerator, m.denominator))
            plan.append((form.id, len(letters) - 1, meas, tuple(judg)))
    return letters, plan


def entrant_totals(scheme: MarkingScheme, ents: Sequence[Entrant], sheet: MarkSheet,
                   settings: ScoringSettings) -> dict[str, Totals]:
    """Exact criterion totals, raw total, missing and entered marks, per entrant id.

    Hot path of every recompute (125,000 marks on the worlds demo): lookups go
    through C-level map/filter, measurement marks are summed as Decimals and
    judgement marks as integer numerators per denominator, and each entrant's
    figures become Fractions only once at the end.
    """
    letters, plan = _plan(scheme)
    n_letters = len(letters)
    get_m, get_s, absences = sheet.measurements.get, sheet.scores.get, sheet.absences
    min_judges = max(1, settings.judges_per_form)
    substituted = {(form, comp) for form, comp, _ in sheet.substitutions}
    panels = {form_id: tuple(sheet.marking_teams.get(form_id) or ()) for form_id, *_ in plan}
    out: dict[str, Totals] = {}
    with localcontext() as ctx:
        ctx.prec = 60  # Decimal sums of marks stay exact
        zero = Decimal(0)
        for ent in ents:
            eid = ent.id
            dec = [zero] * n_letters
            acc: list[dict[int, int]] = [{} for _ in range(n_letters)]
            missing = expected = absent = 0
            for form_id, letter, meas, judg in plan:
                if (form_id, eid) in absences:
                    absent += 1
                    continue
                expected += len(meas) + len(judg)
                if meas:
                    found = list(filter(None, map(get_m, zip(meas, repeat(eid)))))
                    missing += len(meas) - len(found)
                    if found:
                        dec[letter] += sum(map(_VALUE, found))
                if not judg:
                    continue
                judges = panels[form_id]
                if judges and (form_id, eid) in substituted:
                    judges = effective_judges(form_id, eid, sheet)
                parts = acc[letter]
                if judges:  # exactly the (substituted) panel counts
                    k, pick = len(judges), itemgetter(*judges)
                    for aid, num, den in judg:
                        given = get_s((aid, eid))
                        try:
                            picked = pick(given) if given else None
                        except KeyError:  # a judge of the panel has not scored yet
                            picked = None
                        if picked is None:
                            missing += 1
                            continue
                        d = 3 * k * den  # mark = num/den × total / (3k)
                        parts[d] = parts.get(d, 0) + num * (sum(picked) if k > 1 else picked)
                else:  # no marking team recorded: every score counts, once enough judges scored
                    for aid, num, den in judg:
                        given = get_s((aid, eid))
                        if not given or len(given) < min_judges:
                            missing += 1
                            continue
                        d = 3 * len(given) * den
                        parts[d] = parts.get(d, 0) + num * sum(given.values())
            crits = {}
            raw_p, raw_q = 0, 1
            for i, letter in enumerate(letters):
                p, q = dec[i].as_integer_ratio()
                for d, n in acc[i].items():
                    p, q = p * d + n * q, q * d
                crits[letter] = Fraction(p, q)
                raw_p, raw_q = raw_p * q + p * raw_q, raw_q * q
            out[eid] = Totals(crits, missing, expected - missing, Fraction(raw_p, raw_q),
                              bool(plan) and absent == len(plan))
    return out


def _status(scheme: MarkingScheme, sheet: MarkSheet, any_missing: bool) -> str:
    if any_missing:
        return "incomplete"
    all_locked = all(f.id in sheet.locks for f in scheme.forms())
    return "final" if all_locked and sheet.signoff is not None else "provisional"


def compute_results(competency: Competency, scheme: MarkingScheme, competitors: Sequence[Competitor],
                    sheet: MarkSheet, settings: ScoringSettings) -> CompetencyResults:
    """All results of one competency, ordered by rank.

    Entrants without a result come last and without rank: first those with no
    mark entered yet ("not marked", only while the competency is incomplete),
    then those absent from every form (they did not compete: ranking them at raw
    0 would hand a whole absent field gold), then the withdrawn. None of them
    counts for the median and sd.
    """
    return entrant_results(competency, scheme, entrants(competency, list(competitors)), sheet, settings)


def entrant_results(competency: Competency, scheme: MarkingScheme, ents: Sequence[Entrant],
                    sheet: MarkSheet, settings: ScoringSettings) -> CompetencyResults:
    """`compute_results` for entrants already built (the desk keeps them with the competency's marks)."""
    if settings.ranking_mode not in ("scale", "raw"):
        raise ValueError(f"ranking_mode is 'scale' or 'raw', not {settings.ranking_mode!r}")
    totals = entrant_totals(scheme, ents, sheet, settings)
    raws = {e.id: totals[e.id].raw for e in ents}
    present = [e for e in ents if not e.withdrawn]
    has_forms = any(scheme.forms())  # no scheme yet: nothing can be marked, so nobody has a result
    active = [e for e in present if has_forms and not (totals[e.id].unmarked or totals[e.id].absent_everywhere)]
    f = fit([raws[e.id] for e in active], settings)
    raw_mode = settings.ranking_mode == "raw"
    scales = {e.id: None if raw_mode else scale_score(raws[e.id], f, settings) for e in active}
    scores = [ranking_score(raws[e.id], scales[e.id], settings) for e in active]
    ranks = competition_ranks(scores, settings.tie_tolerance)
    given = awards(ranks, scores, settings)
    ranked = []
    for e, score, rank, (medal, why) in zip(active, scores, ranks, given):
        t = totals[e.id]
        row = ResultRow(e.id, tuple(e.member_ids), e.name, e.region, raws[e.id], t.criteria,
                        scales[e.id], rank, medal, why, False, t.missing)
        ranked.append(((rank, -Fraction(score), e.name, e.id), row))
    ranked.sort(key=lambda pair: pair[0])  # by rank; within a shared rank, higher score first
    rows = [row for _, row in ranked]
    ranked_ids = {e.id for e in active}
    by_name = sorted((e for e in ents if e.id not in ranked_ids),
                     key=lambda e: (e.withdrawn, totals[e.id].absent_everywhere, e.name, e.id))
    for e in by_name:
        t = totals[e.id]
        why = "withdrawn" if e.withdrawn else "absent_everywhere" if t.absent_everywhere else "not_marked"
        rows.append(ResultRow(e.id, tuple(e.member_ids), e.name, e.region, raws[e.id], t.criteria,
                              None, None, None, Why(why), e.withdrawn, 0 if e.withdrawn else t.missing))
    any_missing = any(totals[e.id].missing for e in present) or not has_forms
    category = getattr(competency.category, "value", competency.category)
    return CompetencyResults(competency.code, competency.name_ru, str(category),
                             _status(scheme, sheet, any_missing), f.median, f.sd, settings, rows, f)
