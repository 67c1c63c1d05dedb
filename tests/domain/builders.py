"""Small builders for domain tests: a scheme, a field of competitors and their marks."""

from __future__ import annotations

from decimal import Decimal
from typing import Sequence

from wsk_desk.domain.marks import MarkSheet, MeasurementMark
from wsk_desk.domain.people import Category, Competency, Competitor, Expert
from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion

D = Decimal


def measurement(aid: str, max_mark: str | int) -> Aspect:
    return Aspect(aid, AspectType.MEASUREMENT, f"measure {aid}", D(str(max_mark)))


def judgement(aid: str, max_mark: str | int) -> Aspect:
    return Aspect(aid, AspectType.JUDGEMENT, f"judge {aid}", D(str(max_mark)))


def scheme(*forms: SubCriterion) -> MarkingScheme:
    """Forms grouped into criteria by the first letter of their id."""
    by_letter: dict[str, list[SubCriterion]] = {}
    for f in forms:
        by_letter.setdefault(f.id[0], []).append(f)
    return MarkingScheme(tuple(Criterion(k, f"criterion {k}", tuple(v)) for k, v in by_letter.items()))


def form(fid: str, *aspects: Aspect) -> SubCriterion:
    return SubCriterion(fid, f"form {fid}", "C1", tuple(aspects))


def competency(code: str = "17", team_size: int = 1, juniors: bool = False) -> Competency:
    return Competency(code, f"Компетенция {code}", category=Category.JUNIORS if juniors else Category.MAIN,
                      team_size=team_size)


def competitor(cid: str, region: str = "", code: str = "17", team: str | None = None,
               withdrawn: bool = False) -> Competitor:
    return Competitor(cid, f"Surname{cid}", "Given", region=region or f"R{cid}", competency=code, team=team,
                      withdrawn=withdrawn)


def expert(eid: str, region: str) -> Expert:
    return Expert(eid, f"Expert{eid}", "Name", region=region, competency="17")


ONE_ASPECT = scheme(form("A1", measurement("A1.1", 100)))


def raw_field(raws: Sequence[str | int | Decimal], code: str = "17", withdrawn: Sequence[int] = (),
              regions: Sequence[str] | None = None) -> tuple[Competency, MarkingScheme, list[Competitor], MarkSheet]:
    """Competitors P0, P1... whose raw total is exactly the given value (one 100-mark aspect)."""
    comps = [competitor(f"P{i}", regions[i] if regions else "", code, withdrawn=i in withdrawn)
             for i in range(len(raws))]
    sheet = MarkSheet()
    for c, raw in zip(comps, raws):
        sheet.measurements[("A1.1", c.id)] = MeasurementMark("A1.1", c.id, D(str(raw)))
    return competency(code), ONE_ASPECT, comps, sheet
