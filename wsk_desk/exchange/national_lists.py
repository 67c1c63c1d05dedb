"""Best results and the competencies not yet final, as lines for the organizer's Excel and PDF.

One source for the `best` and `pending` commands, the workbooks and the
printouts, so a list mailed from the desk and one printed from the command
line never differ. The rankings are the domain's (best_of_region,
best_of_championship); this only adds names in a language and says what a
competency still waits for. No Qt here: the words are small dicts in ru/kk/en.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

from ..domain.standings import Best, best_of_championship, best_of_region

# what a competency that is not final waits for, in the order it is checked
WAITING: dict[str, dict[str, str]] = {
    "scheme": {"en": "no marking scheme yet", "ru": "нет схемы оценки",
               "kk": "бағалау схемасы әлі жоқ"},
    "marks": {"en": "{n} marks missing", "ru": "не введено оценок: {n}", "kk": "енгізілмеген бағалар: {n}"},
    "locks": {"en": "forms not locked: {forms}", "ru": "не закрыты ведомости: {forms}",
              "kk": "бекітілмеген ведомостар: {forms}"},
    "signoff": {"en": "not signed off", "ru": "не утверждено главным экспертом",
                "kk": "бас сарапшы әлі қол қоймаған"},
}


@dataclass(frozen=True)
class BestLine:
    """One best result: of the championship or of its region (ties give several lines)."""

    scope: str  # "championship" | "region"
    region: str
    region_name: str
    competency: str
    competency_name: str
    category: str  # main | juniors
    status: str  # final | provisional | incomplete (the competency's results)
    entrant: str  # the result's id (a team's id in a team competency)
    names: str  # the competitor, or the team members joined by "; "
    raw: Fraction
    scale: int | None
    medal: str | None  # GOLD, SILVER, BRONZE, EXCELLENCE or None


@dataclass(frozen=True)
class PendingLine:
    """A competency whose results are not final, and what it waits for (as `wsk-desk pending` says)."""

    code: str
    name: str
    category: str
    status: str  # the results' status: provisional | incomplete
    open_forms: tuple[str, ...]
    missing: int
    waiting: str  # a key of WAITING

    def why(self, lang: str = "en") -> str:
        words = WAITING[self.waiting]
        return (words.get(lang) or words["en"]).format(n=self.missing, forms=", ".join(self.open_forms))


def best_lines(champ, results: list, lang: str = "ru") -> list[BestLine]:
    """Best of championship first, then best of region by region code; over `results` (all categories)."""
    regions = {r.code: r.name(lang) for r in champ.regions()}
    by_code = {res.code: res for res in results}
    names: dict[str, dict[str, str]] = {}

    def line(scope: str, b: Best) -> BestLine:
        res, row = by_code[b.competency], b.row
        if b.competency not in names:
            names[b.competency] = {c.id: c.full_name for c in champ.competitors(b.competency)}
        people = names[b.competency]
        shown = "; ".join(people[m] for m in row.members if m in people) or row.name
        return BestLine(scope, row.region, regions.get(row.region, row.region), b.competency,
                        champ.competency(b.competency).name(lang), res.category, res.status, row.id, shown,
                        row.raw, row.scale, row.medal.value if row.medal else None)

    out = [line("championship", b) for b in best_of_championship(results)]
    for items in best_of_region(results).values():
        out.extend(line("region", b) for b in items)
    return out


def pending_lines(champ, codes: Iterable[str] | None = None, lang: str = "ru") -> list[PendingLine]:
    """Every competency (or those of `codes`) whose results are not final, scheme or not."""
    wanted = [champ.competency(c).code for c in codes] if codes is not None else \
        [c.code for c in champ.competencies()]
    out = []
    for code in wanted:
        res = champ.results(code)
        if res.status == "final":
            continue
        ctx = champ.context(code)
        forms = [f.id for f in ctx.scheme.forms()]
        open_forms = tuple(f for f in forms if f not in ctx.sheet.locks)
        missing = sum(r.missing for r in res.rows)
        waiting = "scheme" if not forms else "marks" if missing else "locks" if open_forms else "signoff"
        out.append(PendingLine(code, champ.competency(code).name(lang), res.category, res.status, open_forms,
                               missing, waiting))
    return out
