"""The WorldSkills scale: scale = centre + points_per_sd × (raw − median) / sd, half up.

Raw marks are exact Fractions. The sd needs a square root, so it is evaluated
with 50-digit Decimals, and every score whose value lies near a .5 boundary is
settled exactly (squares of Fractions, no root), so that rounding half up never
depends on floating-point luck. The median competitor of an odd field gets the
centre exactly, and adding a constant to every raw changes no score.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Context, Decimal
from fractions import Fraction
from typing import Sequence

from .settings import ScoringSettings

_CTX = Context(prec=50)
_NEAR = Decimal("1e-30")  # closer than this to a .5 boundary: decide exactly
_HALF = Fraction(1, 2)


@dataclass(frozen=True)
class ScaleFit:
    """The figures of one competency's standardisation, printed under its results."""

    n: int  # results that count (withdrawn competitors excluded)
    median: Fraction | None  # None with nobody to rank
    variance: Fraction | None  # exact; None with fewer than 2 results
    sd: Decimal | None  # sqrt(variance) at 50 digits; None with fewer than 2 results

    @property
    def flat(self) -> bool:
        """Everyone gets the centre: fewer than 2 results, or sd = 0."""
        return self.variance is None or self.variance == 0


def median(values: Sequence[Fraction]) -> Fraction:
    """The exact median (mean of the two middle values for an even count)."""
    if not values:
        raise ValueError("median of no values")
    s = sorted(values)
    mid = len(s) // 2
    return Fraction(s[mid]) if len(s) % 2 else (Fraction(s[mid - 1]) + Fraction(s[mid])) / 2


def _decimal(f: Fraction) -> Decimal:
    return _CTX.divide(Decimal(f.numerator), Decimal(f.denominator))


def fit(raws: Sequence[Fraction], settings: ScoringSettings) -> ScaleFit:
    """Median and sd of the raws (sample n − 1, or population n, per the settings)."""
    if settings.scale_sd_kind not in ("sample", "population"):
        raise ValueError(f"scale_sd_kind is 'sample' or 'population', not {settings.scale_sd_kind!r}")
    n = len(raws)
    if n == 0:
        return ScaleFit(0, None, None, None)
    med = median(raws)
    if n < 2:
        return ScaleFit(n, med, None, None)
    mean = sum(raws, Fraction(0)) / n
    ss = sum(((Fraction(x) - mean) ** 2 for x in raws), Fraction(0))
    variance = ss / (n - 1 if settings.scale_sd_kind == "sample" else n)
    sd = _CTX.sqrt(_decimal(variance)) if variance else Decimal(0)
    return ScaleFit(n, med, variance, sd)


def _at_least(a: Fraction, variance: Fraction, t: Fraction) -> bool:
    """Exactly: a / sqrt(variance) >= t, with variance > 0."""
    if a >= 0:
        return t <= 0 or a * a >= t * t * variance
    return t < 0 and a * a <= t * t * variance


def scale_score(raw: Fraction, f: ScaleFit, settings: ScoringSettings) -> int:
    """One raw mark on the scale, rounded half up to a whole point."""
    centre = settings.scale_centre
    if f.flat or f.median is None:
        return centre
    assert f.variance is not None and f.sd is not None
    a = settings.scale_points_per_sd * (Fraction(raw) - f.median)
    if a == 0:
        return centre
    x = _CTX.add(_CTX.divide(_decimal(a), f.sd), Decimal("0.5"))
    k = int(x.to_integral_value(rounding=ROUND_FLOOR))
    frac = x - k
    if frac < _NEAR or 1 - frac < _NEAR:
        while not _at_least(a, f.variance, k - _HALF):
            k -= 1
        while _at_least(a, f.variance, k + _HALF):
            k += 1
    return centre + k


def scale_scores(raws: Sequence[Fraction], settings: ScoringSettings) -> tuple[ScaleFit, list[int]]:
    """The fit and every raw's scale score, in the order given."""
    f = fit(raws, settings)
    return f, [scale_score(r, f, settings) for r in raws]
