"""Templates out from the desk: the blank people list (People tab) and the marking scheme (Marking scheme tab)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.domain.scheme_texts import with_texts
from wsk_desk.exchange.people_reader import read_people
from wsk_desk.exchange.scheme_reader import read_marking_scheme
from wsk_desk.ui import dialogs

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


class Recorder:
    def __init__(self, answer=None):
        self.answer, self.asked = answer, []

    def __call__(self, *args):
        self.asked.append(args)
        return self.answer


def _save_as(monkeypatch, path) -> Recorder:
    """Answer the save dialog with `path` (a bare name without .xlsx, as some platforms return it)."""
    asked = Recorder((str(path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    return asked


def test_people_tab_exports_a_blank_people_template(window, qtbot, monkeypatch, tmp_path):
    people = window.page.people
    window.page.tabs.setCurrentWidget(people)
    button = people.export_template
    assert button.text().replace("&", "") == "Export people template…" and button.isEnabled()
    buttons = people.layout().itemAt(0).layout().itemAt(1).layout()
    assert buttons.indexOf(button) == buttons.indexOf(people.import_marks) + 1  # next to the import buttons
    asked = _save_as(monkeypatch, tmp_path / "people")
    button.click()
    assert asked.asked and str(asked.asked[0][2]).endswith("people.xlsx")
    result = read_people(tmp_path / "people.xlsx", set(), {})
    assert (result.regions, result.competitors, result.experts) == ([], [], [])
    assert window.message_label.text().endswith(f"Saved {tmp_path / 'people.xlsx'}.")


def test_scheme_tab_exports_a_scheme_that_imports_back_identical(window, qtbot, monkeypatch, tmp_path):
    scheme_tab = window.page.scheme
    window.page.tabs.setCurrentWidget(scheme_tab)
    button = scheme_tab.export_button
    qtbot.waitUntil(button.isEnabled)
    assert button.text().replace("&", "") == "Export marking scheme…"
    asked = _save_as(monkeypatch, tmp_path / "scheme.xlsx")
    button.click()
    assert str(asked.asked[0][2]).endswith(f"marking-scheme-{window.code}.xlsx")
    again = read_marking_scheme(tmp_path / "scheme.xlsx")
    # the export holds the imported (Russian) texts; the demo's Kazakh and English texts stay in the file
    assert again.scheme == with_texts(window.champ.scheme(window.code), {})
    assert again.source_name == window.champ.competency(window.code).name_ru
    assert "Saved" in window.message_label.text()


def test_a_scheme_export_that_cannot_be_written_says_why(window, qtbot, monkeypatch, tmp_path):
    refused = Recorder()
    monkeypatch.setattr(dialogs, "refuse", refused)
    window.page.tabs.setCurrentWidget(window.page.scheme)
    assert not window.page.scheme.export_scheme_file(str(tmp_path / "no" / "such" / "scheme.xlsx"))
    assert "cannot write the file" in refused.asked[0][2]
    assert window.message_label.text().startswith("✖")
    assert not (tmp_path / "no").exists()
