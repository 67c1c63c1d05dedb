"""An import refused or warned about in a Russian desk says so in Russian, location included."""

from __future__ import annotations

import pytest

from tests.exchange.xlsx_builders import aspect, cis_rows, sub, write_xlsx
from tests.ui.keyboard import OFFSCREEN_NOISE, Answers, open_form
from wsk_desk.i18n import use_language
from wsk_desk.ui import dialogs

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_a_bad_file_and_its_warnings_in_a_russian_desk(window, qtbot, monkeypatch, tmp_path):
    shown = Answers()
    monkeypatch.setattr(dialogs, "show_problems", shown)
    monkeypatch.setattr(dialogs, "ask_reason", Answers("Организатор прислал исправленную схему"))
    open_form(qtbot, window, "17", "A1")
    people = window.page.people
    bad = write_xlsx(tmp_path / "neg.xlsx", {"Схема": cis_rows(sub("A1"), aspect("M", "a", -2.5))})
    odd = write_xlsx(tmp_path / "odd.xlsx", {"Схема": cis_rows(sub("A1"), aspect("M", "a", 0), aspect("M", "b", 5))})
    with use_language("ru"):
        assert not people.import_scheme_file(str(bad))
        said = ("neg.xlsx, лист «Схема», строка 3, столбец «I (Max Mark)»: максимальный балл -2,5 отрицательный")
        assert shown.asked[-1][3] == [said]
        assert said in window.message_label.text() and "Import" not in window.message_label.text()
        assert people.import_scheme_file(str(odd))
        assert shown.asked[-1][3] == ["строка 3: у аспекта максимальный балл 0",
                                      "сумма баллов аспектов — 5, а не 100"]
    assert window.champ.scheme("17").aspect_count == 2
