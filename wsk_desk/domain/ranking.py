"""Standard competition ranking (1, 2, 2, 4) on the score as printed.

In scale mode the score is the whole-point scale score; in raw mode it is the
raw mark shown with 2 decimals. Ranking on the printed figure means a reader can
always check a rank against the table. Exact-equal raws always print equal, so
they always tie.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Sequence

from .display import round2
from .settings import ScoringSettings

Score = int | Decimal | Fraction


def ranking_score(raw: Fraction, scale: int | None, settings: ScoringSettings) -> Score:
    """The figure ranks and the medallion threshold are compared on."""
    if settings.ranking_mode == "raw" or scale is None:
        return round2(raw)
    return scale


def competition_ranks(scores: Sequence[Score | None], tolerance: Decimal | int = 0) -> list[int | None]:
    """Ranks in the input order; None (no result) gets no rank.

    Equal scores share a rank and consume the places after it. With a tolerance
    T > 0, a score within T of the best score of its group joins that group.
    """
    order = sorted((i for i, s in enumerate(scores) if s is not None),
                   key=lambda i: scores[i], reverse=True)  # type: ignore[arg-type, return-value]
    ranks: list[int | None] = [None] * len(scores)
    tol = Fraction(tolerance)
    leader: Score | None = None
    rank = 0
    for place, i in enumerate(order, start=1):
        s = scores[i]
        assert s is not None
        if leader is None or Fraction(leader) - Fraction(s) > tol:
            leader, rank = s, place
        ranks[i] = rank
    return ranks
