"""Numbers and times as printed: decimal comma for Russian and Kazakh, point for English.

Pure (no Qt): the Excel export and the UI can share it. Rounding is
`domain.display`'s (half up), so a printed figure matches the screen.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from ..domain.display import round2, round_half_up

COMMA_LANGS = frozenset({"ru", "kk"})
Number = Fraction | Decimal | int


def to_number(value: object) -> Number | None:
    """Any number-like value, exactly (floats via their text); None for empty or unparseable."""
    if value is None or value == "":
        return None
    if isinstance(value, (Fraction, Decimal, int)) and not isinstance(value, bool):
        return value
    try:
        return Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        return None


def _comma(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang in COMMA_LANGS else text


def format_decimal(value: object, lang: str = "ru") -> str:
    """`26.666…` → '26,67' (ru, kk) or '26.67' (en), half up as `domain.display`; '' for no value."""
    number = to_number(value)
    if number is None:
        return ""
    text = f"{round2(number):f}"
    return _comma("0.00" if text == "-0.00" else text, lang)


def format_mark(value: object, lang: str = "ru") -> str:
    """A mark as entered, without trailing zeros: 0.5 → '0,5', 2.00 → '2'."""
    number = to_number(value)
    if number is None:
        return ""
    shown = round2(number).normalize()
    text = f"{shown:f}" if shown != shown.to_integral_value() else f"{int(shown)}"
    return _comma(text, lang)


def format_int(value: object) -> str:
    number = to_number(value)
    return "" if number is None else str(round_half_up(number))


def format_datetime(moment: datetime | str, lang: str = "ru") -> str:
    """10.06.2025 14:32 (ru, kk) or 2025-06-10 14:32 (en); ISO strings are accepted."""
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    if lang in COMMA_LANGS:
        return moment.strftime("%d.%m.%Y %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")
