"""`import scheme-texts` and `import scheme --scheme-lang` at a terminal; a Kazakh blank form from the Kazakh texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.reports.pdf_text import words
from wsk_desk.cli import main
from wsk_desk.storage import audit, repository
from wsk_desk.storage.championship import Championship

from ..exchange.xlsx_builders import SAMPLES

KK = SAMPLES / "scheme_kk_translation_example.xlsx"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def web(tmp_path, capsys) -> Path:
    path = tmp_path / "web.wsk"
    assert run(capsys, "new", path, "--name", "Web")[0] == 0
    code, out, _ = run(capsys, "import", "scheme", path, SAMPLES / "scheme_ru_example.xlsx", "--competency", "17")
    assert code == 0, out
    return path


def _state(path: Path) -> tuple[str, int]:
    with Championship.open(path, readonly=True) as champ:
        return repository.content_digest(champ.db), len(list(audit.entries(champ.db)))


def test_kazakh_texts_land_and_say_so_in_kazakh(web, capsys):
    code, out, err = run(capsys, "import", "scheme-texts", web, KK, "--competency", "17", "--lang", "kk")
    assert code == 0 and err == ""
    assert out == "17 құзыреттілігі: бағалау схемасының қазақ тіліндегі 36 мәтіні импортталды; бағалар өзгерген жоқ.\n"
    with Championship.open(web, readonly=True) as champ:
        scheme = champ.scheme("17")
        assert scheme.lang == "ru" and scheme.aspect("А1.2").text("kk") == "Экрандар арасындағы навигация"


def test_a_mismatch_is_refused_with_file_sheet_and_row_and_changes_nothing(web, tmp_path, capsys):
    wb = load_workbook(KK)
    wb.active["I9"] = 8  # А1.2: 7.5 in the scheme
    wb.save(tmp_path / "kk.xlsx")
    before = _state(web)
    code, out, err = run(capsys, "import", "scheme-texts", web, tmp_path / "kk.xlsx", "--competency", "17",
                         "--lang", "en")
    assert code == 2 and out == ""
    assert err == ("wsk-desk: kk.xlsx, sheet 'Бағалау критерийлері', row 9: aspect А1.2 has max mark 8 here but 7.5 "
                   "in the marking scheme of competency 17\n")
    assert _state(web) == before


def test_the_scheme_language_can_be_given_on_import(tmp_path, capsys):
    path = tmp_path / "l.wsk"
    run(capsys, "new", path, "--name", "L")
    assert run(capsys, "import", "scheme", path, KK, "--competency", "18", "--scheme-lang", "ru")[0] == 0
    assert run(capsys, "import", "scheme", path, KK, "--competency", "19")[0] == 0
    with Championship.open(path, readonly=True) as champ:
        assert (champ.scheme("18").lang, champ.scheme("19").lang) == ("ru", "kk")


def test_a_blank_form_printed_in_kazakh_shows_the_kazakh_aspects(web, tmp_path, capsys, qapp):
    run(capsys, "import", "scheme-texts", web, KK, "--competency", "17", "--lang", "kk")
    code, out, _ = run(capsys, "print", web, "forms", tmp_path / "kk.pdf", "--competency", "17", "--form", "А1",
                       "--lang", "kk")
    assert code == 0, out
    text = words(tmp_path / "kk.pdf")
    assert "А1 · Интерфейс прототипі" in text and "Прототиптің барлық экрандары жасалған" in text
    assert "Жоқ әрбір экран үшін минус 20%" in text and "Все экраны" not in text
    run(capsys, "print", web, "forms", tmp_path / "ru.pdf", "--competency", "17", "--form", "А1", "--lang", "ru")
    assert "Все экраны прототипа созданы" in words(tmp_path / "ru.pdf")
    run(capsys, "print", web, "forms", tmp_path / "en.pdf", "--competency", "17", "--form", "А1", "--lang", "en")
    assert "Все экраны прототипа созданы" in words(tmp_path / "en.pdf")  # no English given: the imported text


def test_the_audit_report_names_a_translation_in_words(web, tmp_path, capsys, qapp):
    run(capsys, "import", "scheme-texts", web, KK, "--competency", "17", "--lang", "kk")
    run(capsys, "print", web, "audit", tmp_path / "audit.pdf", "--competency", "17", "--lang", "kk")
    text = words(tmp_path / "audit.pdf")
    assert "Бағалау схемасының мәтіндері импортталды" in text and "тіл: kk" in text and "мәтіндер: 36" in text
    assert "scheme.texts" not in text and "lang:" not in text
