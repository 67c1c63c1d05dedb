"""Medals from ranks, minimum-competitors presets and the Medallion for Excellence (domain.md §3)."""

from decimal import Decimal as D

import pytest

from wsk_desk.domain.explain import why_text
from wsk_desk.domain.medals import Medal, award, awards, medal_allowed, medal_for_rank, min_competitors
from wsk_desk.domain.settings import MIN_COMPETITORS_PRESETS, ScoringSettings

S = ScoringSettings()
WSR = ScoringSettings(min_competitors_preset="WSR 2018")
G, SI, B, E = Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE


def _medals(ranks, scores, settings=S):
    return [m for m, _ in awards(ranks, scores, settings)]


def test_medal_string_values():
    assert [m.value for m in Medal] == ["GOLD", "SILVER", "BRONZE", "EXCELLENCE"]


def test_rank_one_two_three():
    assert [medal_for_rank(r) for r in (1, 2, 3, 4, None)] == [G, SI, B, None, None]
    assert _medals([1, 2, 3, 4], [720, 710, 705, 690]) == [G, SI, B, None]


def test_two_golds_leave_no_silver_and_bronze_goes_next():
    assert _medals([1, 1, 3, 4], [720, 720, 705, 701]) == [G, G, B, E]


def test_tie_for_second_gives_two_silvers_and_no_bronze():
    assert _medals([1, 2, 2, 4], [720, 710, 710, 705]) == [G, SI, SI, E]


def test_three_way_tie_for_first():
    assert _medals([1, 1, 1, 4], [720, 720, 720, 705]) == [G, G, G, E]


def test_medallion_threshold_for_those_without_medal():
    assert _medals([1, 2, 3, 4, 5, 6], [740, 730, 720, 700, 699, 650]) == [G, SI, B, E, None, None]
    high = ScoringSettings(medallion_threshold=D(710))
    assert _medals([1, 2, 3, 4, 5], [740, 730, 720, 715, 705], high) == [G, SI, B, E, None]


def test_raw_mode_threshold_is_in_marks():
    raw = ScoringSettings(ranking_mode="raw", medallion_threshold=D("60"))
    got = awards([1, 2, 3, 4, 5], [D("80"), D("70"), D("65"), D("60.00"), D("59.99")], raw)
    assert [m for m, _ in got] == [G, SI, B, E, None]
    assert why_text(got[3][1], "en") == "rank 4, raw 60.00 ≥ 60 → Medallion for Excellence"


def test_preset_table():
    assert MIN_COMPETITORS_PRESETS["WSR 2018"] == {"gold": 4, "silver": 5, "bronze": 6}
    assert min_competitors(S) is None
    with pytest.raises(ValueError):
        min_competitors(ScoringSettings(min_competitors_preset="nonsense"))


@pytest.mark.parametrize("count, expected", [
    (6, [G, SI, B]), (7, [G, SI, B]), (5, [G, SI, E]), (4, [G, E, E]), (3, [E, E, E]), (1, [E]),
])
def test_wsr_2018_minimum_competitors(count, expected):
    ranks = list(range(1, count + 1))
    scores = [720] * 3 + [650] * (count - 3) if count >= 3 else [720] * count
    assert _medals(ranks, scores, WSR)[:3] == expected


def test_minimum_rule_then_medallion_only_over_the_threshold():
    got = awards([1, 2, 3], [720, 690, 680], WSR)
    assert [m for m, _ in got] == [E, None, None]
    assert why_text(got[0][1], "en") == ("rank 1, but fewer than 4 competitors: no gold (WSR 2018); "
                                         "scale 720 ≥ 700 → Medallion for Excellence")
    assert why_text(got[1][1], "en") == ("rank 2, but fewer than 5 competitors: no silver (WSR 2018); "
                                         "scale 690 < 700: no medallion")


def test_minimum_rule_counts_the_field_that_has_results():
    assert medal_allowed(B, 6, WSR) and not medal_allowed(B, 5, WSR)
    assert medal_allowed(E, 1, WSR) and medal_allowed(B, 1, S)


def test_explanations():
    _, why = award(3, 712, 5, 1, WSR)
    assert why_text(why, "en") == ("rank 3, but fewer than 6 competitors: no bronze (WSR 2018); "
                                   "scale 712 ≥ 700 → Medallion for Excellence")
    assert why_text(award(1, 730, 9, 1, S)[1], "en") == "rank 1 → gold"
    assert why_text(award(1, 730, 9, 2, S)[1], "en") == "tie for 1st (2 share it) → gold"
    assert why_text(award(5, 712, 9, 1, S)[1], "en") == "rank 5, scale 712 ≥ 700 → Medallion for Excellence"
    assert why_text(award(5, 690, 9, 1, S)[1], "en") == "rank 5, scale 690 < 700: no medallion"
    assert why_text(award(None, None, 9, 0, S)[1], "en") == "withdrawn: no result"
    assert award(None, None, 9, 0, S)[0] is None


def test_explanations_in_russian_and_kazakh():
    _, why = award(1, 730, 9, 1, S)
    assert why_text(why, "ru") == "место 1 → золото"
    assert why_text(why, "kk") == "1-орын → алтын"
    _, why = award(3, 712, 5, 1, WSR)
    assert "медальон «За особое отличие»" in why_text(why, "ru") and "WSR 2018" in why_text(why, "ru")
    assert "«Ерекше үздік» медальоны" in why_text(why, "kk")
    assert why_text(award(None, None, 9, 0, S)[1], "xx") == "withdrawn: no result"  # unknown language → en
