"""The desk fits a 1366×768 laptop screen in every language: no tab may push the window wider."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.ui import i18n
from wsk_desk.ui.app import BASE_POINT_SIZE

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

SCREEN = 1366


@pytest.mark.parametrize("lang, pseudo", [("ru", False), ("kk", False), ("en", False), ("en", True), ("ru", True), ("kk", True)])
def test_every_tab_fits_1366_pixels(window, lang, pseudo):
    app = QApplication.instance()
    font = app.font()
    desk_font = app.font()
    desk_font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE))  # the desk's own size, as make_application sets
    app.setFont(desk_font)
    window.resize(SCREEN, 768)
    window.tree.select("04")  # a team competency: the widest People tab
    i18n.switch_language(lang, pseudo=pseudo)
    try:
        tabs = window.page.tabs
        wide = {}
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            needed = window.minimumSizeHint().width()
            if needed > SCREEN or window.width() > SCREEN:
                wide[tabs.tabText(i)] = max(needed, window.width())
        assert wide == {}
    finally:
        i18n.switch_language("en", pseudo=False)
        app.setFont(font)
