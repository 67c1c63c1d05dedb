"""Language switching in the running desk: at once, remembered, names and numbers follow, pseudo mode."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabWidget, QWidget

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk import i18n as core
from wsk_desk.ui import i18n
from wsk_desk.ui.texts import fmt_mark

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
TS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.fixture(autouse=True)
def back_to_source_texts():
    """Other tests read the English source texts: leave no translator installed."""
    yield
    core.uninstall()


def kazakh_words() -> dict[str, str]:
    """English source → Kazakh, for the strings whose Kazakh differs from the English."""
    root = ET.parse(TS_DIR / "wsk_desk_kk.ts").getroot()
    return {m.findtext("source"): m.findtext("translation") for m in root.iter("message")
            if m.findtext("source") != m.findtext("translation")}


def visible_texts(win) -> list[str]:
    """What the user reads: menus and their items, labels, buttons, tab titles, table headers."""
    texts = [m.title() for m in win.menuBar().findChildren(type(win.menu_file))]
    texts += [a.text().split("\t")[0] for m in win.menuBar().findChildren(type(win.menu_file)) for a in m.actions()]
    for w in win.findChildren(QWidget):
        if not w.isVisibleTo(win):
            continue
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Horizontal) or "") for c in range(model.columnCount())]
    return [t for t in texts if t]


def test_switching_language_retranslates_the_open_window_at_once(window):
    i18n.switch_language("kk")
    assert window.menu_file.title() == "&Файл"
    assert window.menu_language.title() == "&Тіл"
    assert window.page.tabs.tabText(3) == "&Бағалар"
    assert window.tree.headerItem().text(0) == "Құзыреттіліктер"
    i18n.switch_language("ru")
    assert window.menu_file.title() == "&Файл" and window.menu_edit.title() == "&Правка"
    assert window.page.tabs.tabText(3) == "&Оценки"
    i18n.switch_language("en")
    assert window.menu_file.title() == "&File" and window.page.tabs.tabText(3) == "&Marks"
    assert QSettings().value("language") == "en"  # remembered for the next start


def test_names_of_competencies_and_regions_follow_the_language(window):
    i18n.switch_language("kk")
    assert window.tree._items["10"].text(0).endswith("Дәнекерлеу технологиялары")
    i18n.switch_language("en")
    shown = window.champ.competency(window.code)
    assert window.page.title.text().endswith(shown.name("en")) and shown.name("en") != shown.name("ru")
    i18n.switch_language("ru")
    assert window.tree._items["10"].text(0).endswith(window.champ.competency("10").name("ru"))
    assert window.champ.competency("10").name("ru") != window.champ.competency("10").name("kk")


def test_nothing_visible_stays_in_english_after_switching_to_kazakh(window):
    """Catches strings that lupdate filed under another context than the code asks for at run time."""
    i18n.switch_language("kk")
    english = kazakh_words()
    seen: set[str] = set()
    for tab in range(window.page.tabs.count()):
        window.show_tab(tab)
        seen.update(visible_texts(window))
    assert len(seen) > 60
    left = sorted(t for t in seen if t in english)
    assert not left, left


def test_the_language_menu_offers_the_three_languages_and_switches(window):
    actions = [a for a in window.menu_language.actions() if a.objectName().startswith("language_")]
    names = [a.text() for a in actions if a.isVisible()]
    assert names == ["Русский", "Қазақша", "English"]
    kk = next(a for a in actions if a.data() == "kk")
    kk.trigger()
    assert core.installed_lang() == "kk" and window.menu_file.title() == "&Файл"
    assert kk.isChecked()
    assert [a.text() for a in actions[:3]] == ["Русский", "Қазақша", "English"]  # never translated


def test_numbers_use_the_languages_decimal_sign(window):
    i18n.switch_language("kk")
    assert fmt_mark(Decimal("26.666")) == "26,67"
    i18n.switch_language("ru")
    assert fmt_mark(Decimal("0.5")) == "0,50"
    i18n.switch_language("en")
    assert fmt_mark(Decimal("0.5")) == "0.50"


def test_pseudo_translation_brackets_every_visible_string(window):
    i18n.switch_language("ru", pseudo=True)
    assert window.menu_file.title().startswith("[&Файл") and window.menu_file.title().endswith("]")
    assert window.page.tabs.tabText(0).startswith("[")
    i18n.switch_language("ru", pseudo=False)
    assert window.menu_file.title() == "&Файл"


def test_pseudo_translator_keeps_references_to_none(qapp):
    """A Python translator on PySide6 6.12 / Python 3.11 drops a reference to None per call: repaid."""
    core.install("kk", pseudo_mode=True)
    before = sys.getrefcount(None)
    for _ in range(2000):
        QCoreApplication.translate("MainWindow", "&File")
    assert sys.getrefcount(None) >= before - 50
    assert QCoreApplication.translate("MainWindow", "&File").startswith("[&Файл")


@pytest.mark.parametrize("system, lang", [("kk_KZ", "kk"), ("ru_KZ", "ru"), ("ru_RU", "ru"), ("en_US", "ru"),
                                          ("de_DE", "ru")])
def test_the_first_start_follows_the_system_if_it_is_russian_or_kazakh(system, lang):
    assert i18n.system_lang(QLocale(system)) == lang


def test_start_up_installs_the_remembered_language(desk_settings, monkeypatch):
    monkeypatch.delenv("WSK_LANG", raising=False)
    monkeypatch.delenv("WSK_PSEUDO", raising=False)
    QSettings().setValue("language", "kk")
    assert i18n.install() == "kk"
    assert core.installed_lang() == "kk" and not core.pseudo_on()
    assert QLocale().decimalPoint() == ","
    monkeypatch.setenv("WSK_LANG", "en")
    assert i18n.install() == "en" and QSettings().value("language") == "en"


def test_qt_standard_dialog_buttons_are_translated_too(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    core.install("kk")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Бас тарту"  # from Qt's own qtbase_kk.qm
    core.install("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.buttons()[0].text() == "Отмена"


def test_pseudo_mode_also_lengthens_domain_sentences(window):
    """Refusals and the results' "why" come from the domain, not from Qt: pseudo mode must reach them too."""
    from wsk_desk.domain.errors import RuleViolation
    from wsk_desk.ui.texts import error_text

    refusal = RuleViolation("range", {"en": "9 is outside 0 to 5.", "ru": "9 вне диапазона от 0 до 5.",
                                      "kk": "9 — 0-ден 5-ке дейінгі аралықтан тыс."})
    i18n.switch_language("ru", pseudo=True)
    try:
        assert error_text(refusal).startswith("[9 вне диапазона") and error_text(refusal).endswith("]")
        results = window.page.results
        model = results.model
        window.page.tabs.setCurrentWidget(results)
        why = model.index(0, model.columnCount() - 1).data()
        assert why.startswith("[") and why.endswith("]")
    finally:
        i18n.switch_language("ru", pseudo=False)
    assert not error_text(refusal).startswith("[")
    i18n.switch_language("en")
