"""Medals from ranks, the minimum-competitors presets and the Medallion for Excellence.

Medals follow ranks only: rank 1 gold, 2 silver, 3 bronze. A tie therefore
consumes the places after it (two golds leave no silver). An entrant (one
competitor or one team) is the unit: a team counts once in the field size.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Sequence

from .display import fmt2, fmt_points
from .explain import Why
from .settings import MIN_COMPETITORS_PRESETS, ScoringSettings


class Medal(str, Enum):
    GOLD = "GOLD"
    SILVER = "SILVER"
    BRONZE = "BRONZE"
    EXCELLENCE = "EXCELLENCE"  # Medallion for Excellence

    @property
    def key(self) -> str:
        """'gold', 'silver'… as used by the presets and the points settings."""
        return self.value.lower()


_BY_RANK = {1: Medal.GOLD, 2: Medal.SILVER, 3: Medal.BRONZE}


def medal_for_rank(rank: int | None) -> Medal | None:
    """The medal a rank earns before any minimum-count rule."""
    return _BY_RANK.get(rank) if rank is not None else None


def min_competitors(settings: ScoringSettings) -> dict[str, int] | None:
    """The preset's competitors needed per medal, or None when the rule is off."""
    if settings.min_competitors_preset not in MIN_COMPETITORS_PRESETS:
        raise ValueError(f"unknown minimum-competitors preset {settings.min_competitors_preset!r}; "
                         f"known: {', '.join(MIN_COMPETITORS_PRESETS)}")
    return MIN_COMPETITORS_PRESETS[settings.min_competitors_preset]


def medal_allowed(medal: Medal, count: int, settings: ScoringSettings) -> bool:
    """Whether a field of `count` entrants may receive this medal under the preset."""
    needed = min_competitors(settings)
    return needed is None or medal is Medal.EXCELLENCE or count >= needed.get(medal.key, 0)


def _show(score: int | Decimal | Fraction) -> str:
    return str(score) if isinstance(score, int) else fmt2(score)


def award(rank: int | None, score: int | Decimal | Fraction | None, count: int, tied: int,
          settings: ScoringSettings) -> tuple[Medal | None, Why]:
    """The award of one result and why.

    rank/score: the entrant's rank and ranking score (None when withdrawn);
    count: entrants with a result; tied: how many share this rank.
    """
    if rank is None or score is None:
        return None, Why("withdrawn")
    basis = "raw" if settings.ranking_mode == "raw" else "scale"
    threshold = settings.medallion_threshold
    figures = {"rank": rank, "score": _show(score), "threshold": fmt_points(threshold), "basis": basis}
    over = Fraction(score) >= Fraction(threshold)
    medal = medal_for_rank(rank)
    if medal is not None:
        if medal_allowed(medal, count, settings):
            if tied > 1:
                return medal, Why("medal_tie", {"rank": rank, "medal": medal.value, "tied": tied})
            return medal, Why("medal", {"rank": rank, "medal": medal.value})
        needed = (min_competitors(settings) or {}).get(medal.key, 0)
        then = Why("over" if over else "under", figures)
        return (Medal.EXCELLENCE if over else None,
                Why("min_count", {"rank": rank, "medal": medal.value, "needed": needed, "count": count,
                                  "preset": settings.min_competitors_preset, "then": then}))
    if over:
        return Medal.EXCELLENCE, Why("medallion", figures)
    return None, Why("no_award", figures)


def awards(ranks: Sequence[int | None], scores: Sequence[int | Decimal | Fraction | None],
           settings: ScoringSettings) -> list[tuple[Medal | None, Why]]:
    """Awards for a whole field, in the input order."""
    count = sum(1 for r in ranks if r is not None)
    shared: dict[int, int] = {}
    for r in ranks:
        if r is not None:
            shared[r] = shared.get(r, 0) + 1
    return [award(r, s, count, shared.get(r, 0) if r is not None else 0, settings)
            for r, s in zip(ranks, scores)]
