"""Identifiers that people type: Latin and Cyrillic look-alikes must find each other.

Real marking schemes mix `A1` with a Cyrillic `А1`. Every lookup goes through
`fold()` so that either spelling finds the other; the stored id keeps the file's
own script.
"""

from __future__ import annotations

# Cyrillic letter -> Latin look-alike (upper and lower case).
_CYR_TO_LAT = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Т": "T", "Х": "X", "У": "Y", "І": "I",
    "а": "a", "в": "b", "с": "c", "е": "e", "н": "h", "к": "k", "м": "m",
    "о": "o", "р": "p", "т": "t", "х": "x", "у": "y", "і": "i",
}
_LAT_TO_CYR = {lat: cyr for cyr, lat in _CYR_TO_LAT.items()}
# Folded for matching only, never produced by to_script(): "17Ј" (Cyrillic Je) finds junior "17J".
_FOLD_ONLY = {"Ј": "J", "ј": "j", "Ѕ": "S", "ѕ": "s"}
_FOLD = str.maketrans({**_CYR_TO_LAT, **_FOLD_ONLY})
_TO_CYR = str.maketrans(_LAT_TO_CYR)


def fold(text: str) -> str:
    """A matching key: look-alikes folded to Latin, upper case, spaces removed."""
    return "".join(str(text).split()).translate(_FOLD).upper()


def same_id(a: str, b: str) -> bool:
    """True when two ids differ only by look-alike letters, case or spaces."""
    return fold(a) == fold(b)


def is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def script_of(text: str) -> str | None:
    """'cyrillic', 'latin' or None (no letters), by the letters the text contains."""
    cyr = sum(1 for ch in text if is_cyrillic(ch))
    lat = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cyr == lat == 0:
        return None
    return "cyrillic" if cyr >= lat else "latin"


def to_script(text: str, script: str) -> str:
    """Convert look-alike letters of `text` into `script` ('latin' or 'cyrillic')."""
    return text.translate(_FOLD if script == "latin" else _TO_CYR)


def find(key: str, candidates: dict[str, object]) -> str | None:
    """The candidate key that matches `key` look-alike-insensitively, or None."""
    if key in candidates:
        return key
    k = fold(key)
    if k in candidates:
        return k
    for cand in candidates:
        if fold(cand) == k:
            return cand
    return None
