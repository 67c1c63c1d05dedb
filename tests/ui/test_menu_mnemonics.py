"""Alt+letter reaches every menu item in every language: no two items of one menu share a letter."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.ui import i18n

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

MNEMONIC = re.compile(r"&([^&\s])")


def _clashes(menu: QMenu, where: str) -> list[str]:
    letters = []
    found: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        m = MNEMONIC.search(action.text().replace("&&", ""))
        if m:
            letters.append(m.group(1).lower())
        if action.menu() is not None:
            found += _clashes(action.menu(), f"{where} › {action.text()}")
    found += [f"{where}: '&{letter}' is used {n} times" for letter, n in Counter(letters).items() if n > 1]
    return found


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_menu_mnemonics_are_unique_in_each_menu(window, lang):
    i18n.switch_language(lang)
    try:
        bar = window.menuBar()
        clashes: list[str] = []
        tops = [a for a in bar.actions() if a.menu() is not None]
        top_letters = [MNEMONIC.search(a.text()).group(1).lower() for a in tops if MNEMONIC.search(a.text())]
        clashes += [f"menu bar: '&{c}' is used {n} times" for c, n in Counter(top_letters).items() if n > 1]
        for a in tops:
            clashes += _clashes(a.menu(), a.text())
        assert clashes == []
    finally:
        i18n.switch_language("en")
