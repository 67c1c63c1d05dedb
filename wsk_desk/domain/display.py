"""Rounding for people: 2 decimals half up for marks, whole points half up for the scale.

Everything upstream stays exact (Fraction/Decimal); these helpers are the only
places where a value is rounded, so a printed figure always matches the rules.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

Number = Fraction | Decimal | int

_CENT = Decimal("0.01")


def _cents_half_up(x: Number) -> int:
    """x × 100 rounded half up (away from zero on a tie), as an integer number of cents."""
    f = Fraction(x)
    n, d = f.numerator * 100, f.denominator
    q, r = divmod(abs(n), d)
    if 2 * r >= d:
        q += 1
    return q if n >= 0 else -q


def round2(x: Number) -> Decimal:
    """The value as shown: 2 decimals, half up (85.335 -> 85.34, 26.666… -> 26.67)."""
    return (Decimal(_cents_half_up(x)) / 100).quantize(_CENT)


def fmt2(x: Number) -> str:
    """'85.34': the display text of a mark, always with 2 decimals."""
    return str(round2(x))


def float2(x: Number) -> float:
    """The display value as a float for JSON (the nearest double to the 2-decimal figure)."""
    return float(round2(x))


def round_half_up(x: Number) -> int:
    """Whole points, half up (712.5 -> 713, -0.5 -> -1): exact for Fraction and Decimal."""
    if isinstance(x, Decimal):
        return int(x.to_integral_value(rounding=ROUND_HALF_UP))
    f = Fraction(x)
    n, d = abs(f.numerator), f.denominator
    q, r = divmod(n, d)
    if 2 * r >= d:
        q += 1
    return q if f >= 0 else -q


def fmt_points(x: Number) -> str:
    """A threshold or tolerance without needless zeros: Decimal('700') -> '700', 2.5 -> '2.5'."""
    d = x if isinstance(x, Decimal) else round2(x)
    text = format(d.normalize(), "f")
    return "0" if text in ("-0", "") else text
