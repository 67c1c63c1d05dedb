"""Marking forms from the hand-made championship, whose every figure is known."""

from __future__ import annotations

import pytest

from tests.reports.demo_files import TINY_NAME, tiny
from tests.reports.pdf_text import pages, words
from wsk_desk.domain.errors import DeskError
from wsk_desk.reports import build_document
from wsk_desk.storage.championship import Championship


@pytest.fixture(scope="module")
def champ():
    c = Championship.open(tiny(), readonly=True)
    yield c
    c.close()


def render(champ, tmp_path, kind, **kw):
    out = tmp_path / f"{kind}.pdf"
    build_document(kind, champ, **kw).to_pdf(out)
    return out


def test_a_blank_form_has_the_grid_the_team_and_no_marks(champ, tmp_path):
    out = render(champ, tmp_path, "forms", code="17", form="A1", lang="en")
    text = words(out)
    assert TINY_NAME in text and "Blank marking form A1" in text and "17 · Web Technologies" in text
    for needle in ("P01", "P02", "P03", "AAA", "BBB", "CCC", "A1.1", "A1.2", "Рабочее место <чисто> & убрано",
                   "без мусора", "2.50", "3.00", "1. Жақсыбеков Н.", "2. Петров И.", "3. Ли А.",
                   "E01 Жақсыбеков Нұрлан (AAA)", "E04 Сидоров Пётр (DDD)", "Substitute for E01, E02",
                   "Signature:", "Әлиев Қанат Серікұлы"):
        assert needle in text, needle
    assert "→E04" in text  # the substitute writes in the compatriot's row
    assert "×" in text  # E03 is a compatriot of P03 and has no substitute
    for mark in ("1.25", "2.33", "3.58"):
        assert mark not in text
    assert "B1" not in text.replace("Blank", "")  # only the form asked for


def test_a_filled_form_shows_marks_judgement_marks_totals_and_reasons(champ, tmp_path):
    text = words(render(champ, tmp_path, "marks", code="17", form="A1"))  # Russian: decimal commas
    assert "17 · Веб-технологии" in text and "Город Ақтау" in text
    for needle in ("1,25*", "2,33", "1,33", "3,58", "3,83", "0,00...", "A1.1 · P01: частично убрано"):
        assert needle in text, needle


def test_english_numbers_use_a_decimal_point(champ, tmp_path):
    text = words(render(champ, tmp_path, "marks", code="17", form="A1", lang="en"))
    assert "3.58" in text and "2.33" in text and "3,58" not in text


def test_every_form_of_the_competency_starts_its_own_pages(champ, tmp_path):
    texts = pages(render(champ, tmp_path, "forms", code="17", lang="en"))
    assert len(texts) == 2
    assert "Blank marking form A1" in texts[0] and "Blank marking form B1" in texts[1]
    assert all("Page 1 of 1" in t for t in texts)


def test_unknown_form_or_competency_is_one_sentence(champ):
    with pytest.raises(DeskError, match="There is no form Z9 in competency 17."):
        build_document("forms", champ, code="17", form="Z9")
    with pytest.raises(DeskError, match="There is no competency 99"):
        build_document("marks", champ, code="99")
    with pytest.raises(DeskError, match="add|name it"):
        build_document("forms", champ, form="A1")
    with pytest.raises(DeskError, match="Unknown language"):
        build_document("forms", champ, code="17", lang="de")
