"""Which results the organizer's documents show, shared by the Excel export and the printouts.

Every competency with a marking scheme is shown, with its status: "final",
"provisional" (all forms locked, not signed off) or "incomplete" (marking in
progress, ranks can still move). Standings count them all, exactly like
`wsk-desk standings`, and the documents say which are not final.
No Qt here: the reports import this too.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

@dataclass(frozen=True)
class MedalLine:
    """One row of the medal list: one competitor's result (team members each get one)."""

    position: int | None
    region: str
    region_name: str
    competency: str
    competency_name: str
    medal: str | None  # GOLD, SILVER, BRONZE, EXCELLENCE or None
    surname: str
    given_name: str
    patronymic: str
    raw: Fraction
    scale: int | None
    status: str  # final | provisional | incomplete
    entrant: str  # the result's id (team id in a team competency)
    competitor: str


def shown_results(champ, codes: Iterable[str] | None = None) -> list:
    """CompetencyResults of the competencies (all, or `codes`) that have a marking scheme."""
    wanted = list(codes) if codes is not None else [c.code for c in champ.competencies()]
    return [champ.results(code) for code in wanted if champ.scheme(code).criteria]


def not_final(results: Iterable) -> list:
    return [r for r in results if r.status != "final"]


def medal_lines(champ, codes: Iterable[str] | None = None, lang: str = "ru", *,
                awarded_only: bool = False) -> list[MedalLine]:
    """Medal-list rows by competency and position; team members share their team's position."""
    regions = {r.code: r.name(lang) for r in champ.regions()}
    lines: list[MedalLine] = []
    for res in shown_results(champ, codes):
        comp = champ.competency(res.code)
        people = {c.id: c for c in champ.competitors(res.code)}
        for row in res.counted:
            medal = row.medal.value if row.medal else None
            if awarded_only and medal is None:
                continue
            for member in row.members:
                person = people.get(member)
                lines.append(MedalLine(row.rank, row.region, regions.get(row.region, row.region), comp.code,
                                       comp.name(lang), medal, person.surname if person else row.name,
                                       person.given_name if person else "", person.patronymic if person else "",
                                       row.raw, row.scale, res.status, row.id, member))
    return lines


def standings_tables(champ, results: list | None = None) -> dict[str, list]:
    """{"main": [StandingRow], "juniors": [...]} over the shown results; every region listed."""
    from ..domain.standings import standings

    shown = results if results is not None else shown_results(champ)
    return standings(shown, champ.settings(), [r.code for r in champ.regions()])


def medal_totals(results: Iterable) -> dict[str, int]:
    """Awards over results, each team once: {"GOLD": n, "SILVER": n, "BRONZE": n, "EXCELLENCE": n}."""
    totals = {"GOLD": 0, "SILVER": 0, "BRONZE": 0, "EXCELLENCE": 0}
    for res in results:
        for row in res.counted:
            if row.medal is not None:
                totals[row.medal.value] += 1
    return totals
