"""The desk's languages (ru, kk, en): compiled translations, Qt's own, and a pseudo-translation.

QtCore only, so the CLI (`wsk-desk print --lang kk`), the reports and the UI
share one way of turning a language on. The compiled `.qm` files live next to
this module (package data), so `pip install .` carries all three languages.
Built from resources/translations/*.ts by scripts/build_translations.py.
"""

from __future__ import annotations

import atexit
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGS = ("ru", "kk", "en")
DEFAULT_LANG = "ru"
NATIVE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}
QM_DIR = Path(__file__).resolve().parent
PSEUDO_GROWTH = 0.4  # every string 40% longer: what German or Kazakh may need

# %1, %L1, %n, {name}, {0}, &&, &X: kept intact by the pseudo-translation
_KEEP = re.compile(r"%L?\d+|%n|\{[^{}]*\}|&&|&\S|<[^>]+>|\n")


def qm_path(lang: str) -> Path:
    return QM_DIR / f"wsk_desk_{lang}.qm"


def check_lang(lang: str) -> str:
    """The language code itself, or a one-sentence refusal for anything else."""
    from ..domain.errors import DeskError

    if lang not in LANGS:
        raise DeskError(f"Unknown language {lang!r}: choose ru, kk or en.")
    return lang


def pseudo(text: str) -> str:
    """'Save %1' → '[Save %1 ·····]': ~40% longer and bracketed, placeholders and shortcuts intact.

    A string shown without brackets was not translated at all; a cut-off bracket
    shows a widget too narrow for a longer language.
    """
    if not text:
        return text
    plain = len(_KEEP.sub("", text))
    pad = max(1, round(plain * PSEUDO_GROWTH))
    return f"[{text} {'·' * pad}]"


class PseudoTranslator(QTranslator):
    """Lengthens whatever the real translators (or the English source) give for every string.
    """

    def __init__(self, base: list[QTranslator], parent=None):
        super().__init__(parent)
        self.base = base

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt's virtual
        if not source:
            return ""
        for translator in self.base:
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return pseudo(found)
        return pseudo(source)



    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class _State:
    lang: str | None = None
    pseudo = False
    translators: list[QTranslator] = []


def installed_lang() -> str | None:
    """The language whose translators are installed now (None before the first install)."""
    return _State.lang


def pseudo_on() -> bool:
    return _State.pseudo


def load_translators(lang: str) -> list[QTranslator]:
    """Our .qm for `lang` and Qt's own qtbase_<lang>.qm (standard dialogs, buttons), where they exist."""
    found: list[QTranslator] = []
    ours = QTranslator()
    if ours.load(str(qm_path(lang))):
        found.append(ours)
    qt = QTranslator()
    if lang != "en" and qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        found.append(qt)
    return found


def install(lang: str, pseudo_mode: bool = False) -> None:
    """Make `lang` the language of every translate() call from now on; widgets get LanguageChange.

    Also sets the default QLocale, so numbers on screen use the language's
    decimal sign (comma for ru and kk) and dates its order.
    """
    check_lang(lang)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the application object first")
    for translator in _State.translators:
        app.removeTranslator(translator)
    translators = load_translators(lang)
    if pseudo_mode:
        translators = [PseudoTranslator(translators)] + translators
        # Qt still translates while widgets are destroyed at exit; by then the Python
        # translator must be gone, or the process dies with SIGSEGV
        atexit.unregister(uninstall)
        atexit.register(uninstall)
    for translator in reversed(translators):  # the last installed is asked first
        app.installTranslator(translator)
    _State.translators, _State.lang, _State.pseudo = translators, lang, pseudo_mode
    QLocale.setDefault(locale_for(lang))


def locale_for(lang: str) -> QLocale:
    return {"ru": QLocale(QLocale.Russian, QLocale.Russia), "kk": QLocale(QLocale.Kazakh, QLocale.Kazakhstan),
            "en": QLocale(QLocale.English, QLocale.UnitedStates)}[lang]


@contextmanager
def use_language(lang: str) -> Iterator[None]:
    """`lang` for the duration of a print or export (CLI `--lang`), then back to what was installed.

    Nothing changes when `lang` is already the installed language, so the desk
    printing in its own language does not make every window retranslate.
    """
    check_lang(lang)
    before, was_pseudo = _State.lang, _State.pseudo
    if before == lang:
        yield
        return
    install(lang)
    try:
        yield
    finally:
        if before is None:
            uninstall()
        else:
            install(before, was_pseudo)


def uninstall() -> None:
    """Back to the English source texts and the system locale (tests, and the end of a CLI --lang)."""
    app = QCoreApplication.instance()
    for translator in _State.translators:
        if app is not None:
            app.removeTranslator(translator)
    _State.translators, _State.lang, _State.pseudo = [], None, False
    QLocale.setDefault(QLocale.system())
