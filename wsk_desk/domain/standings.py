"""Team standings between regions (общекомандный зачёт), best of region and of championship.

Each result (one competitor, or one team counted once) earns points by its medal.
Regions rank by points, then golds, silvers, bronzes, medallions; then they share.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Sequence

from .display import round2
from .medals import Medal
from .ranking import competition_ranks
from .results import CompetencyResults, ResultRow
from .settings import ScoringSettings


def medal_points(gold: int, silver: int, bronze: int, medallion: int,
                 settings: ScoringSettings | None = None) -> int:
    """Points for medal counts: 4/3/2/1 by default (Almaty 2025: 5/5/3/19 → 60)."""
    s = settings or ScoringSettings()
    return gold * s.points_gold + silver * s.points_silver + bronze * s.points_bronze \
        + medallion * s.points_medallion


@dataclass
class StandingRow:
    region: str
    gold: int = 0
    silver: int = 0
    bronze: int = 0
    medallion: int = 0
    points: int = 0
    rank: int | None = None

    @property
    def key(self) -> tuple[int, int, int, int, int]:
        """What regions are ordered by, most important first."""
        return (self.points, self.gold, self.silver, self.bronze, self.medallion)

    def add(self, medal: Medal | None) -> None:
        if medal is Medal.GOLD:
            self.gold += 1
        elif medal is Medal.SILVER:
            self.silver += 1
        elif medal is Medal.BRONZE:
            self.bronze += 1
        elif medal is Medal.EXCELLENCE:
            self.medallion += 1

    def to_json(self) -> dict[str, Any]:
        return {"region": self.region, "gold": self.gold, "silver": self.silver, "bronze": self.bronze,
                "medallion": self.medallion, "points": self.points, "rank": self.rank}


def rank_rows(rows: Iterable[StandingRow], settings: ScoringSettings | None = None) -> list[StandingRow]:
    """Points from counts, shared ranks on (points, gold, silver, bronze, medallion), ordered."""
    out = list(rows)
    for r in out:
        r.points = medal_points(r.gold, r.silver, r.bronze, r.medallion, settings)
    ranks = competition_ranks([_key_score(r.key) for r in out])
    for r, rank in zip(out, ranks):
        r.rank = rank
    out.sort(key=lambda r: (r.rank, r.region))
    return out


def _key_score(key: tuple[int, ...]) -> int:
    """One integer that orders like the tuple (counts are far below 10**9)."""
    value = 0
    for part in key:
        value = value * 10**9 + part
    return value


def standings(results: Sequence[CompetencyResults], settings: ScoringSettings,
              regions: Sequence[str] = ()) -> dict[str, list[StandingRow]]:
    """{"main": rows, "juniors": rows}; with juniors counted with main, "juniors" is empty.

    Every region with a result in the category is listed, plus any in `regions`.
    """
    tables: dict[str, dict[str, StandingRow]] = {"main": {}, "juniors": {}}
    for res in results:
        table = "juniors" if res.category == "juniors" and settings.juniors_separate else "main"
        rows = tables[table]
        for row in res.counted:  # one row per entrant: a team counts once
            rows.setdefault(row.region, StandingRow(row.region)).add(row.medal)
    for region in regions:
        tables["main"].setdefault(region, StandingRow(region))
        if settings.juniors_separate and tables["juniors"]:
            tables["juniors"].setdefault(region, StandingRow(region))
    return {name: rank_rows(rows.values(), settings) for name, rows in tables.items()}


@dataclass(frozen=True)
class Best:
    """A result that is the best of its region or of the championship."""

    competency: str
    row: ResultRow

    @property
    def score(self) -> int | Decimal:
        return best_score(self.row)


def best_score(row: ResultRow) -> int | Decimal:
    """Scale score, or the printed raw mark in raw mode."""
    return row.scale if row.scale is not None else round2(row.raw)


def _candidates(results: Sequence[CompetencyResults], category: str | None) -> list[Best]:
    return [Best(res.code, row) for res in results if category is None or res.category == category
            for row in res.counted]


def _top(items: list[Best]) -> list[Best]:
    if not items:
        return []
    top = max(b.score for b in items)
    return [b for b in items if b.score == top]


def best_of_region(results: Sequence[CompetencyResults], category: str | None = None) -> dict[str, list[Best]]:
    """Per region, its highest-scoring results (ties shared)."""
    by_region: dict[str, list[Best]] = {}
    for b in _candidates(results, category):
        by_region.setdefault(b.row.region, []).append(b)
    return {region: _top(items) for region, items in sorted(by_region.items())}


def best_of_championship(results: Sequence[CompetencyResults], category: str | None = None) -> list[Best]:
    """The highest-scoring results of all (ties shared)."""
    return _top(_candidates(results, category))
