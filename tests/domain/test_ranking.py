"""Standard competition ranking (1, 2, 2, 4) with the tie tolerance (domain.md §3)."""

from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from wsk_desk.domain.ranking import competition_ranks, ranking_score
from wsk_desk.domain.settings import ScoringSettings


@pytest.mark.parametrize("scores, ranks", [
    ([716, 712, 712, 700], [1, 2, 2, 4]),
    ([700, 720, 700, 690], [2, 1, 2, 4]),
    ([705, 705, 705], [1, 1, 1]),
    ([], []),
    ([650], [1]),
    ([712, None, 700], [1, None, 2]),
])
def test_standard_competition_ranking(scores, ranks):
    assert competition_ranks(scores) == ranks


@pytest.mark.parametrize("scores, tol, ranks", [
    ([712, 710, 709, 705], 2, [1, 1, 3, 4]),
    ([712, 711, 710, 709], 1, [1, 1, 3, 3]),  # within T of the group's best, not of the previous score
    ([712, 711, 710, 709], 0, [1, 2, 3, 4]),
    ([712, 710], D("1.5"), [1, 2]),
    ([712, 710], 2, [1, 1]),
])
def test_tie_tolerance(scores, tol, ranks):
    assert competition_ranks(scores, tol) == ranks


def test_rank_uses_the_scale_as_printed_or_the_printed_raw():
    assert ranking_score(F(8533, 100), 712, ScoringSettings()) == 712
    raw = ScoringSettings(ranking_mode="raw")
    assert ranking_score(F(256, 3), None, raw) == D("85.33")
    # 85.334 and 85.331 print alike and so share a rank in raw mode
    a, b = ranking_score(F(85334, 1000), None, raw), ranking_score(F(85331, 1000), None, raw)
    assert competition_ranks([a, b]) == [1, 1]
    assert competition_ranks([ranking_score(F(85336, 1000), None, raw), b]) == [1, 2]
