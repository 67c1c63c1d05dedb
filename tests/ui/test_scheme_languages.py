"""Scheme texts on screen: the Kazakh desk shows Kazakh aspects where given; a translation is imported on the
Marking scheme tab, and a translation of another scheme is refused without changing anything."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import OFFSCREEN_NOISE, open_form
from wsk_desk import i18n as core
from wsk_desk.domain.scheme_texts import with_texts
from wsk_desk.exchange.scheme_writer import write_marking_scheme
from wsk_desk.storage import repository as repo
from wsk_desk.ui import dialogs, i18n
from wsk_desk.ui.marks_model import COL_ASPECT

from ..exchange.xlsx_builders import SAMPLES

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture(autouse=True)
def back_to_source_texts():
    yield
    core.uninstall()


def _aspect_label(window, aspect_id: str, role=Qt.DisplayRole) -> str:
    model = window.page.marks.model
    row = next(r for r in range(model.rowCount()) if model.aspect_at(r) and model.aspect_at(r).id == aspect_id)
    return model.data(model.index(row, COL_ASPECT), role)


def _tree_texts(window) -> list[str]:
    tree = window.page.scheme.tree
    out, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        out.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return out


def test_the_demo_speaks_kazakh_on_a_kazakh_desk_and_russian_elsewhere(window, qtbot):
    open_form(qtbot, window, "17", "D2")
    scheme = window.champ.scheme("17")
    first = scheme.form("D2").aspects[0]
    assert first.texts["kk"] != first.description  # the demo carries Kazakh texts
    i18n.switch_language("kk")
    assert _aspect_label(window, first.id) == f"{first.id}  {first.texts['kk']}"
    assert first.texts["kk"] in _aspect_label(window, first.id, Qt.ToolTipRole)
    assert first.description not in _aspect_label(window, first.id, Qt.ToolTipRole)
    assert scheme.form("D2").texts["kk"] in window.page.marks.forms.currentText()
    i18n.switch_language("ru")
    assert _aspect_label(window, first.id) == f"{first.id}  {first.description}"


def test_a_translation_imported_on_the_scheme_tab_shows_after_switching_to_kazakh(window, qtbot, tmp_path):
    champ = window.champ
    plain = with_texts(champ.scheme("17"), {})  # only the Russian texts, as a scheme arrives
    champ.replace_scheme("17", plain, force=True, reason="test: no translations yet")
    assert champ.scheme("17").translations() == []
    form = plain.form("D2")
    aspect = form.aspects[0]
    kazakh = {("aspect", aspect.id, -1, "kk"): "Макетке сәйкес орналасу", ("subcriterion", "D2", -1, "kk"): "Безендіру"}
    path = tmp_path / "kk.xlsx"
    write_marking_scheme(with_texts(plain, kazakh).in_language("kk"), path)

    open_form(qtbot, window, "17", "D2")
    window.page.tabs.setCurrentIndex(2)
    tab = window.page.scheme
    assert tab.translation_button.isEnabled() and tab.translation_button.text().replace("&", "") == \
        "Import translation…"
    assert tab.import_translation_file(str(path), "kk")
    assert "Imported" in window.message_label.text()
    assert champ.scheme("17").aspect(aspect.id).text("kk") == "Макетке сәйкес орналасу"

    i18n.switch_language("kk")
    window.page.tabs.setCurrentIndex(2)
    assert f"{aspect.id}  Макетке сәйкес орналасу" in _tree_texts(window)
    assert "D2  Безендіру" in _tree_texts(window)
    assert "Қазақша" in tab.summary.text()
    open_form(qtbot, window, "17", "D2")
    assert _aspect_label(window, aspect.id) == f"{aspect.id}  Макетке сәйкес орналасу"
    other = form.aspects[1]
    assert _aspect_label(window, other.id) == f"{other.id}  {other.description}"  # not translated: Russian


def test_a_translation_of_another_scheme_is_refused_and_changes_nothing(window, monkeypatch):
    shown = []
    monkeypatch.setattr(dialogs, "show_problems", lambda parent, title, summary, lines: shown.append(lines))
    window.page.tabs.setCurrentIndex(2)
    digest = repo.content_digest(window.champ.db)
    assert not window.page.scheme.import_translation_file(str(SAMPLES / "scheme_kk_translation_example.xlsx"), "kk")
    assert repo.content_digest(window.champ.db) == digest
    assert "scheme_kk_translation_example.xlsx" in shown[0][0] and "Import refused" in window.message_label.text()
