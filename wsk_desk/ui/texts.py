"""Words for states, medals and refusals, looked up at call time so a language switch applies at once."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.display import fmt2

from . import icons


def _t(text: str) -> str:
    return QCoreApplication.translate("States", text)


def status_label(status: str) -> str:
    """The competency badge: ○ setup, ◐ marking, ◑ provisional, ● final, always with its word."""
    words = {"setup": _t("setup"), "marking": _t("marking"), "provisional": _t("provisional"),
             "final": _t("final")}
    return f"{icons.GLYPH.get(status, '?')} {words.get(status, status)}"


def medal_label(medal: str | None) -> str:
    words = {"GOLD": _t("GOLD"), "SILVER": _t("SILVER"), "BRONZE": _t("BRONZE"),
             "EXCELLENCE": _t("Medallion")}
    return words.get(medal or "", "")


def category_label(category: str) -> str:
    return _t("Main") if category == "main" else _t("Juniors")


def role_label(role: str) -> str:
    words = {"chief": _t("Chief Expert"), "deputy": _t("Deputy Chief Expert"), "expert": _t("expert")}
    return words.get(role, role)


def aspect_type_label(code: str) -> str:
    return _t("measurement") if code == "M" else _t("judgement")


def fmt_mark(value: object) -> str:
    """A mark for the screen: 2 decimals half up (the engine's rounding), in the language's decimal sign."""
    if value is None:
        return ""
    text = fmt2(value if isinstance(value, (Fraction, Decimal, int)) else Decimal(str(value)))
    point = QLocale().decimalPoint()
    return text if point == "." else text.replace(".", point)
