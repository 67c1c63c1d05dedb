"""The desk's language: chosen in the Language menu, applied at once, remembered in QSettings.

Switching installs the translators (ours and Qt's qtbase) and lets Qt send
QEvent.LanguageChange to every window; MainWindow.changeEvent re-reads
`QSettings "language"` and retranslates itself, the tree and the page (names of
competencies and regions come out in the new language too). The first start
follows the system locale when it is Russian or Kazakh, otherwise Russian.

WSK_LANG=kk starts in that language; WSK_PSEUDO=1 starts the pseudo-translation (every string
bracketed and 40% longer) and shows a menu item to turn it off and on.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from .. import i18n as core
from ..i18n import LANGS, NATIVE_NAMES

SETTINGS_KEY = "language"


def system_lang(locale: QLocale | None = None) -> str:
    """ru or kk from the system locale; any other system starts in Russian (the organizers' common language)."""
    code = (locale or QLocale.system()).name()[:2]
    return code if code in ("ru", "kk") else core.DEFAULT_LANG


def saved_lang() -> str:
    """The language chosen last time, or the system's on the first start."""
    value = str(QSettings().value(SETTINGS_KEY, "") or "")[:2]
    return value if value in LANGS else system_lang()


def current_lang() -> str:
    """The language the desk speaks now: what is installed, else what is remembered."""
    return core.installed_lang() or saved_lang()


def install(app=None) -> str:
    """At start-up (app.make_application): the remembered language, pseudo mode if WSK_PSEUDO=1.

    WSK_LANG=ru|kk|en overrides (screenshots, support calls) and is remembered like a menu choice.
    """
    lang = os.environ.get("WSK_LANG", "")[:2]
    lang = lang if lang in LANGS else saved_lang()
    QSettings().setValue(SETTINGS_KEY, lang)  # MainWindow reads the key at construction
    core.install(lang, pseudo_mode=os.environ.get("WSK_PSEUDO", "") not in ("", "0"))
    return lang


def switch_language(lang: str, pseudo: bool | None = None) -> None:
    """Change the language now, for every open window, and remember it for the next start."""
    core.check_lang(lang)
    QSettings().setValue(SETTINGS_KEY, lang)  # before the event: windows read it while retranslating
    core.install(lang, core.pseudo_on() if pseudo is None else pseudo)
    # Qt posts LanguageChange to each window; deliver them now so the switch is visible at once
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def install_language_menu(menu: QMenu, app=None) -> QActionGroup:
    """Fill the Language menu: Русский / Қазақша / English (always in their own words), checked = current."""
    group = QActionGroup(menu)
    group.setExclusive(True)
    lang_now = current_lang()
    for lang in LANGS:
        action = QAction(NATIVE_NAMES[lang], menu)
        action.setCheckable(True)
        action.setChecked(lang == lang_now)
        action.setData(lang)
        action.setObjectName(f"language_{lang}")
        action.triggered.connect(lambda _=False, code=lang: switch_language(code))
        group.addAction(action)
        menu.addAction(action)
    pseudo = QAction("[Pseudo-translation ····]", menu)
    pseudo.setObjectName("language_pseudo")
    pseudo.setCheckable(True)
    pseudo.setChecked(core.pseudo_on())
    pseudo.setVisible(core.pseudo_on() or os.environ.get("WSK_PSEUDO") is not None)
    pseudo.toggled.connect(lambda on: switch_language(current_lang(), on))
    menu.addSeparator()
    menu.addAction(pseudo)
    menu.aboutToShow.connect(lambda: _check_current(group))
    return group


def _check_current(group: QActionGroup) -> None:
    lang_now = current_lang()
    for action in group.actions():
        action.setChecked(action.data() == lang_now)
