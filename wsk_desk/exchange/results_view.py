"""Which results the organizer's documents show, shared by the Excel export and the printouts.

A competency whose marking is still in progress (status "incomplete") has
partial totals: its ranks would mislead, so medal lists and standings leave
it out and say so. Final and provisional results are shown, marked as such.
No Qt here: the reports import this too.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

SHOWN_STATUSES = ("final", "provisional")


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
    status: str  # final | provisional
    entrant: str  # the result's id (team id in a team competency)
    competitor: str


def split_results(champ, codes: Iterable[str] | None = None) -> tuple[list, list]:
    """(shown, still marking): CompetencyResults of competencies with a marking scheme."""
    wanted = list(codes) if codes is not None else [c.code for c in champ.competencies()]
    shown, pending = [], []
    for code in wanted:
        if not champ.scheme(code).criteria:
            continue
        res = champ.results(code)
        (shown if res.status in SHOWN_STATUSES else pending).append(res)
    return shown, pending


def medal_lines(champ, codes: Iterable[str] | None = None, lang: str = "ru", *,
                awarded_only: bool = False) -> list[MedalLine]:
    """Medal-list rows by competency and position; team members share their team's position."""
    regions = {r.code: r.name(lang) for r in champ.regions()}
    shown, _ = split_results(champ, codes)
    lines: list[MedalLine] = []
    for res in shown:
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

    shown = results if results is not None else split_results(champ)[0]
    return standings(shown, champ.settings(), [r.code for r in champ.regions()])


def medal_totals(results: Iterable) -> dict[str, int]:
    """Awards over results, each team once: {"GOLD": n, "SILVER": n, "BRONZE": n, "EXCELLENCE": n}."""
    totals = {"GOLD": 0, "SILVER": 0, "BRONZE": 0, "EXCELLENCE": 0}
    for res in results:
        for row in res.counted:
            if row.medal is not None:
                totals[row.medal.value] += 1
    return totals
