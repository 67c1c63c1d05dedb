"""Rounding happens only for display (2 decimals) and for the scale (whole points), both half up."""

from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from wsk_desk.domain.display import float2, fmt2, fmt_points, round2, round_half_up


@pytest.mark.parametrize("value, shown", [
    (F(80, 3), "26.67"),  # 26.666…
    (F(40, 3), "13.33"),
    (D("85.335"), "85.34"),  # half up, not banker's
    (D("85.325"), "85.33"),
    (F(1, 200), "0.01"),
    (F(0), "0.00"),
    (100, "100.00"),
    (F(-1, 200), "-0.01"),
])
def test_two_decimals_half_up(value, shown):
    assert fmt2(value) == shown
    assert round2(value) == D(shown)


def test_float2_is_the_printed_figure():
    assert float2(F(80, 3)) == 26.67
    assert float2(D("2.005")) == 2.01


@pytest.mark.parametrize("value, points", [
    (F(1425, 2), 713), (D("712.5"), 713), (D("712.4999999"), 712), (F(-1, 2), -1),
    (D("-0.5"), -1), (F(7, 3), 2), (700, 700), (F(-3, 2), -2),
])
def test_whole_points_half_up(value, points):
    assert round_half_up(value) == points


def test_fmt_points_has_no_needless_zeros():
    assert fmt_points(D("700")) == "700"
    assert fmt_points(D("2.50")) == "2.5"
    assert fmt_points(D("0")) == "0"
