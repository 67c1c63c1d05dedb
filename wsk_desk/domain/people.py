"""Regions, competencies, competitors and experts: the people and places of a championship."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Category(str, Enum):
    MAIN = "main"
    JUNIORS = "juniors"


class ExpertRole(str, Enum):
    CHIEF = "chief"
    DEPUTY = "deputy"
    EXPERT = "expert"


def localized(names: dict[str, str], lang: str, order: tuple[str, ...] = ("ru", "kk", "en")) -> str:
    """The name in `lang`, falling back to whatever language exists."""
    if names.get(lang):
        return names[lang]
    for other in order:
        if names.get(other):
            return names[other]
    return ""


@dataclass(frozen=True)
class Region:
    code: str
    name_ru: str
    name_kk: str = ""
    name_en: str = ""

    def name(self, lang: str = "ru") -> str:
        return localized({"ru": self.name_ru, "kk": self.name_kk, "en": self.name_en}, lang)


@dataclass(frozen=True)
class Competency:
    code: str  # e.g. "17" or "17J"
    name_ru: str
    name_kk: str = ""
    name_en: str = ""
    category: Category = Category.MAIN
    team_size: int = 1

    def name(self, lang: str = "ru") -> str:
        return localized({"ru": self.name_ru, "kk": self.name_kk, "en": self.name_en}, lang)

    @property
    def is_team(self) -> bool:
        return self.team_size > 1


@dataclass(frozen=True)
class Person:
    id: str
    surname: str
    given_name: str
    patronymic: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        """'Ким О.' as printed on marking forms."""
        initial = f" {self.given_name[0]}." if self.given_name else ""
        return f"{self.surname}{initial}"


@dataclass(frozen=True)
class Competitor(Person):
    region: str = ""
    competency: str = ""
    team: str | None = None
    birth_date: str | None = None
    withdrawn: bool = False


@dataclass(frozen=True)
class Expert(Person):
    region: str = ""
    competency: str = ""
    role: ExpertRole = ExpertRole.EXPERT


@dataclass
class People:
    """Everything about who takes part, as one value handed between layers."""

    regions: list[Region] = field(default_factory=list)
    competitors: list[Competitor] = field(default_factory=list)
    experts: list[Expert] = field(default_factory=list)


@dataclass(frozen=True)
class Entrant:
    """Who gets one result: a single competitor, or a team in a team competency.

    Marks are entered against the entrant id (competitor id, or team id).
    """

    id: str
    name: str
    region: str
    members: tuple[Competitor, ...]

    @property
    def withdrawn(self) -> bool:
        return all(m.withdrawn for m in self.members)

    @property
    def member_ids(self) -> list[str]:
        return [m.id for m in self.members]


def entrants(competency: Competency, competitors: list[Competitor]) -> list[Entrant]:
    """Group a competency's competitors into the entrants that are marked and ranked."""
    mine = [c for c in competitors if c.competency == competency.code]
    if not competency.is_team:
        return [Entrant(c.id, c.full_name, c.region, (c,)) for c in mine]
    teams: dict[str, list[Competitor]] = {}
    for c in mine:
        teams.setdefault(c.team or c.id, []).append(c)
    out = []
    for team_id, members in teams.items():
        name = " / ".join(m.short_name for m in members)
        out.append(Entrant(team_id, name, members[0].region, tuple(members)))
    return out
