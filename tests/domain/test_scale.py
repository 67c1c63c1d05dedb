"""The WorldSkills scale (domain.md §3): formula, settings, edge cases, exact half-up rounding."""

from decimal import Context, Decimal as D, ROUND_FLOOR
from fractions import Fraction as F

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from wsk_desk.domain.scale import ScaleFit, fit, median, scale_score, scale_scores
from wsk_desk.domain.settings import ScoringSettings

S = ScoringSettings()
# raw marks as they occur: measurement hundredths and judgement thirds
RAW = st.one_of(st.integers(0, 10000).map(lambda n: F(n, 100)), st.integers(0, 30000).map(lambda n: F(n, 300)))
FAST = hsettings(max_examples=60, deadline=None)


def test_documented_default_formula():
    f, scores = scale_scores([F(60), F(70), F(80)], S)
    assert f.median == 70 and f.sd == 10 and f.variance == 100
    assert scores == [680, 700, 720]


def test_population_sd_setting():
    f, scores = scale_scores([F(60), F(70), F(80)], ScoringSettings(scale_sd_kind="population"))
    assert f.variance == F(200, 3)
    assert scores == [676, 700, 724]  # 20 × 10 / 8.1650 = 24.49


def test_centre_and_points_per_sd_settings():
    _, scores = scale_scores([F(60), F(70), F(80)], ScoringSettings(scale_centre=500, scale_points_per_sd=100))
    assert scores == [400, 500, 600]


def test_sd_is_around_the_mean_and_centre_is_the_median():
    f, scores = scale_scores([F(10), F(20), F(90)], S)
    assert f.median == 20 and f.variance == F(1900, 1)
    assert scores[1] == 700 and scores[0] < 700 < scores[2]


def test_even_field_median_is_the_mean_of_the_middle_two():
    assert median([F(1), F(4), F(2), F(10)]) == 3
    f, scores = scale_scores([F(1), F(4), F(2), F(10)], S)
    assert f.median == 3 and 700 not in scores


def test_nobody_with_a_result():
    f, scores = scale_scores([], S)
    assert f == ScaleFit(0, None, None, None) and scores == [] and f.flat


def test_one_result_gets_the_centre():
    f, scores = scale_scores([F(42)], S)
    assert scores == [700] and f.sd is None and f.median == 42
    f, scores = scale_scores([F(42)], ScoringSettings(scale_sd_kind="population", scale_centre=600))
    assert scores == [600]


def test_sd_zero_everyone_gets_the_centre():
    f, scores = scale_scores([F(55, 3)] * 4, S)
    assert f.sd == 0 and scores == [700] * 4


def test_two_results_are_enough():
    _, scores = scale_scores([F(50), F(60)], S)
    assert scores == [686, 714]  # ±5 / 7.0711 × 20 = ±14.14


def test_exact_half_rounds_up():
    f = ScaleFit(3, F(0), F(1600), D(40))  # 20 × d / 40 = d / 2
    assert scale_score(F(1), f, S) == 701  # 700.5
    assert scale_score(F(-1), f, S) == 700  # 699.5
    assert scale_score(F(3), f, S) == 702  # 701.5
    assert scale_score(F(1) - F(1, 10**40), f, S) == 700  # 700.4999…
    assert scale_score(F(-1) - F(1, 10**40), f, S) == 699


def test_exact_half_found_through_an_inexact_square_root():
    # variance 2/9 has a root of sqrt(2)/3; x = 20 d / sd is exactly 0.5 for d = sqrt(2)/120 … irrational,
    # so take a variance whose root is rational only exactly: 1/9 → sd 1/3 (0.333… in Decimal).
    f = fit([F(0), F(1, 3), F(2, 3)], S)
    assert f.variance == F(1, 9)
    shifted = ScaleFit(3, F(0), f.variance, f.sd)
    assert scale_score(F(1, 120), shifted, S) == 701  # exactly 700.5 although 1/3 is inexact in Decimal
    assert scale_score(F(-1, 120), shifted, S) == 700  # exactly 699.5


def _reference(raw: F, f: ScaleFit, s: ScoringSettings) -> int:
    """Independent check at 120 digits (floor(x + 0.5))."""
    ctx = Context(prec=120)
    sd = ctx.sqrt(ctx.divide(D(f.variance.numerator), D(f.variance.denominator)))
    a = s.scale_points_per_sd * (raw - f.median)
    x = ctx.add(ctx.divide(ctx.divide(D(a.numerator), D(a.denominator)), sd), D("0.5"))
    return s.scale_centre + int(x.to_integral_value(rounding=ROUND_FLOOR))


@FAST
@given(st.lists(RAW, min_size=2, max_size=30))
def test_matches_a_high_precision_reference(raws):
    f, scores = scale_scores(raws, S)
    if f.flat:
        assert set(scores) == {700}
    else:
        assert scores == [_reference(r, f, S) for r in raws]


@FAST
@given(st.lists(RAW, min_size=1, max_size=31).filter(lambda xs: len(xs) % 2 == 1),
       st.sampled_from(["sample", "population"]))
def test_median_competitor_of_an_odd_field_gets_exactly_700(raws, kind):
    _, scores = scale_scores(raws, ScoringSettings(scale_sd_kind=kind))
    mid = sorted(raws)[len(raws) // 2]
    assert all(s == 700 for r, s in zip(raws, scores) if r == mid)


@FAST
@given(st.lists(RAW, min_size=2, max_size=30))
def test_scale_is_monotone_in_raw(raws):
    _, scores = scale_scores(raws, S)
    pairs = sorted(zip(raws, scores))
    assert all(a[1] <= b[1] for a, b in zip(pairs, pairs[1:]))


@FAST
@given(st.lists(RAW, min_size=1, max_size=30), RAW)
def test_adding_a_constant_changes_no_scale_score(raws, c):
    _, before = scale_scores(raws, S)
    _, after = scale_scores([r + c for r in raws], S)
    assert before == after


def test_unknown_sd_kind_is_refused_not_guessed():
    with pytest.raises(ValueError, match="scale_sd_kind"):
        fit([F(1), F(2)], ScoringSettings(scale_sd_kind="sampel"))
