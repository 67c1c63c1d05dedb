"""Words for states, medals and refusals, looked up at call time so a language switch applies at once."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from ..domain.display import fmt2
from . import icons

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def fill(text: str, *args: object) -> str:
    """Qt-style placeholders: fill("Form %1 of %2", "B1", 3) -> "Form B1 of 3" (translators may reorder)."""
    for i in range(len(args), 0, -1):
        text = text.replace(f"%{i}", str(args[i - 1]))
    return text


def domain_text(text: str) -> str:
    """A sentence the domain wrote in the desk's language, lengthened in pseudo mode like every tr() string.

    Refusals and "why" texts do not pass through Qt's translators, so without
    this the pseudo-translation could not show where they get cut off.
    """
    from ..i18n import pseudo, pseudo_on

    return pseudo(text) if pseudo_on() else text


def counted(text: str, n: int) -> str:
    """A `tr("%n form(s)", "", n)` text as shown. Qt picks the language's plural form (the .qm files carry
    them, English too); with no translator installed the source itself still reads right: 'form(s)'
    becomes 'form' for 1 and 'forms' otherwise. Translations never contain '(s)'."""
    return text.replace("(s)", "" if n == 1 else "s")


# dates as the printouts give them (reports.numbers.format_datetime): day first in ru and kk
_WHEN = {"ru": "%d.%m.%Y %H:%M", "kk": "%d.%m.%Y %H:%M", "en": "%Y-%m-%d %H:%M"}


def fmt_when(moment: datetime | str, seconds: bool = False) -> str:
    """A moment on screen in the desk's language: '23.11.2026 16:10' (ru, kk), '2026-11-23 16:10' (en).

    The time is the wall time it was recorded at (as printed), not converted to this laptop's zone.
    """
    from ..i18n import installed_lang

    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    pattern = _WHEN.get(installed_lang() or "en", _WHEN["en"])  # no translator: the desk speaks English
    return moment.strftime(pattern + (":%S" if seconds else ""))


def error_text(exc: BaseException) -> str:
    """A refusal in the language the desk speaks: the domain keeps its sentences in ru/kk/en."""
    from ..domain.errors import DeskError
    from ..i18n import installed_lang

    if isinstance(exc, DeskError):
        return domain_text(exc.text(installed_lang() or "en"))  # no translator: the desk speaks English
    return str(exc)


def said(item: object) -> str:
    """An importer's warning in the language the desk speaks: it carries ru/kk/en (exchange.messages)."""
    from ..i18n import installed_lang

    text = getattr(item, "text", None)
    return domain_text(text(installed_lang() or "en")) if callable(text) else str(item)


def status_label(status: str) -> str:
    """The competency badge: ○ setup, ◐ marking, ◑ provisional, ● final, always with its word."""
    words = {"setup": translate("States", "setup"), "marking": translate("States", "marking"),
             "provisional": translate("States", "provisional"), "final": translate("States", "final")}
    return f"{icons.GLYPH.get(status, '?')} {words.get(status, status)}"


def medal_label(medal: str | None) -> str:
    words = {"GOLD": translate("States", "GOLD"), "SILVER": translate("States", "SILVER"),
             "BRONZE": translate("States", "BRONZE"), "EXCELLENCE": translate("States", "Medallion")}
    return words.get(medal or "", "")


def category_label(category: str) -> str:
    return translate("States", "Main") if category == "main" else translate("States", "Juniors")


def role_label(role: str) -> str:
    words = {"chief": translate("States", "Chief Expert"), "deputy": translate("States", "Deputy Chief Expert"),
             "expert": translate("States", "expert")}
    return words.get(role, role)


def aspect_type_label(code: str) -> str:
    return translate("States", "measurement") if code == "M" else translate("States", "judgement")


def fmt_mark(value: object) -> str:
    """A mark for the screen: 2 decimals half up (the engine's rounding), in the language's decimal sign."""
    if value is None:
        return ""
    text = fmt2(value if isinstance(value, (Fraction, Decimal, int)) else Decimal(str(value)))
    point = QLocale().decimalPoint()
    return text if point == "." else text.replace(".", point)
