"""Importing a marking scheme in another language: texts only, refused at the row where the structure differs."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from wsk_desk.domain.errors import DeskError, InputError
from wsk_desk.domain.scheme_texts import with_texts
from wsk_desk.exchange.importing import import_scheme
from wsk_desk.exchange.merge import apply_merge, plan_merge
from wsk_desk.exchange.package import write_package
from wsk_desk.exchange.scheme_translation import import_scheme_texts
from wsk_desk.exchange.scheme_writer import write_marking_scheme
from wsk_desk.storage import audit, repository as repo
from wsk_desk.storage.championship import Championship

from .xlsx_builders import SAMPLES

KK_SAMPLE = SAMPLES / "scheme_kk_translation_example.xlsx"
SHEET = "Бағалау критерийлері"


@pytest.fixture
def web(tmp_path) -> Championship:
    """Competency 17 with the Russian sample scheme."""
    champ = Championship.create(tmp_path / "web.wsk", "Web", actor="tester")
    import_scheme(champ, SAMPLES / "scheme_ru_example.xlsx", "17", name="Веб-технологии")
    yield champ
    champ.close()


def test_the_kazakh_sample_lands_as_kazakh_texts_of_the_russian_scheme(web):
    before = len(list(audit.entries(web.db)))
    report = import_scheme_texts(web, KK_SAMPLE, "17", "kk")
    scheme = web.scheme("17")
    assert scheme.lang == "ru" and scheme.translations() == ["kk"]
    assert report.landed == 36 and report.competencies == ["17"]
    kk = scheme.in_language("kk")
    assert kk.criteria[0].name == "Жобалау" and kk.form("А2").name == "Дерекқор сызбасы"
    assert kk.aspect("А1.1").description == "Прототиптің барлық экрандары жасалған"
    assert kk.aspect("А1.1").extra == "Жоқ әрбір экран үшін минус 20%"
    assert kk.aspect("Б1.2").descriptors[3] == "Өте жақсы: стандарттан едәуір асып түседі"
    assert scheme.aspect("А1.1").description == "Все экраны прототипа созданы"  # the imported text stays
    assert scheme.in_language("en") == scheme  # no English given: Russian everywhere
    entries = list(audit.entries(web.db))[before:]
    assert [(e.action, e.new["lang"], e.new["file"]) for e in entries] == \
        [("scheme.texts", "kk", "scheme_kk_translation_example.xlsx")]


def test_the_scheme_language_is_detected_or_given(tmp_path):
    with Championship.create(tmp_path / "l.wsk", "L") as champ:
        import_scheme(champ, SAMPLES / "scheme_cis_example.xlsx", "17")
        import_scheme(champ, KK_SAMPLE, "18")
        import_scheme(champ, SAMPLES / "scheme_ru_example.xlsx", "19", scheme_lang="en")
        assert [champ.scheme(c).lang for c in ("17", "18", "19")] == ["ru", "kk", "en"]


def _edited(tmp_path: Path, edit) -> Path:
    wb = load_workbook(KK_SAMPLE)
    ws = wb[SHEET]
    edit(ws)
    out = tmp_path / "kk-edited.xlsx"
    wb.save(out)
    return out


def _row_of(ws, text: str) -> int:
    return next(c.row for row in ws.iter_rows() for c in row if c.value == text)


def _set_max(ws):
    ws.cell(_row_of(ws, "Экрандар арасындағы навигация"), 9, 8)


def _set_type(ws):
    ws.cell(_row_of(ws, "Интерфейстің ыңғайлылығы"), 3, "И")


def _drop_aspect(ws):
    ws.delete_rows(_row_of(ws, "Нұсқаулық ұсынылған"))


def _add_sub(ws):
    row = _row_of(ws, "Нұсқаулық ұсынылған") + 1
    ws.insert_rows(row, 2)
    ws.cell(row, 1, 3), ws.cell(row, 2, "Қосымша бөлім")
    ws.cell(row + 1, 3, "И"), ws.cell(row + 1, 4, "Артық аспект"), ws.cell(row + 1, 9, 1)


@pytest.mark.parametrize("edit, row_text, en, kk", [
    (_set_max, "Экрандар арасындағы навигация",
     "aspect А1.2 has max mark 8 here but 7.5 in the marking scheme of competency 17",
     "А1.2 аспектісінің ең жоғары балы мұнда 8, ал 17 құзыреттілігінің бағалау схемасында 7,5"),
    (_set_type, "Интерфейстің ыңғайлылығы",
     "aspect А1.3 is measurement (M) here but judgement (J) in the marking scheme of competency 17",
     "А1.3 аспектісі мұнда өлшенетін, ал 17 құзыреттілігінің бағалау схемасында төрешілік"),
    (_drop_aspect, "Пайдаланушы нұсқаулығы",  # shown at its sub-criterion's row
     "aspect В2.1 of the marking scheme of competency 17 is missing from this file",
     "17 құзыреттілігінің бағалау схемасындағы В2.1 аспектісі бұл файлда жоқ"),
    (_add_sub, "Қосымша бөлім",
     "sub-criterion В3 is not in the marking scheme of competency 17",
     "В3 ішкі критерийі 17 құзыреттілігінің бағалау схемасында жоқ"),
])
def test_a_different_structure_is_refused_at_its_row_and_changes_nothing(web, tmp_path, edit, row_text, en, kk):
    import_scheme_texts(web, KK_SAMPLE, "17", "kk")
    path = _edited(tmp_path, edit)
    row = _row_of(load_workbook(path)[SHEET], row_text)
    digest, entries = repo.content_digest(web.db), len(list(audit.entries(web.db)))
    with pytest.raises(InputError) as info:
        import_scheme_texts(web, path, "17", "en")
    error = info.value
    assert (error.file, error.sheet, error.row) == ("kk-edited.xlsx", SHEET, row)
    assert str(error) == f"kk-edited.xlsx, sheet '{SHEET}', row {row}: {en}"
    assert error.text("kk") == f"kk-edited.xlsx, парақ «{SHEET}», жол {row}: {kk}"
    assert error.text("ru").startswith(f"kk-edited.xlsx, лист «{SHEET}», строка {row}: ")
    assert repo.content_digest(web.db) == digest and len(list(audit.entries(web.db))) == entries


def test_no_scheme_yet_or_no_competency_is_refused_in_a_sentence(web, tmp_path):
    from wsk_desk.domain.people import Competency

    web.save_competency(Competency("18", "Пусто"))
    with pytest.raises(DeskError) as info:
        import_scheme_texts(web, KK_SAMPLE, "18", "kk")
    assert str(info.value) == "Competency 18 has no marking scheme yet: import its scheme first, then a translation."
    assert info.value.text("kk").startswith("18 құзыреттілігінің бағалау схемасы әлі жоқ")
    with pytest.raises(DeskError, match="no competency 99"):
        import_scheme_texts(web, KK_SAMPLE, "99", "kk")
    with pytest.raises(DeskError, match="Unknown language 'de'"):
        import_scheme_texts(web, KK_SAMPLE, "17", "de")


def kazakh_file(champ: Championship, code: str, out: Path, texts: dict) -> Path:
    """The competency's scheme written with some texts in Kazakh, as a translator would send it back."""
    write_marking_scheme(with_texts(champ.scheme(code), texts).in_language("kk"), out)
    return out


def test_texts_travel_in_a_results_package_and_merge(champ_tiny, tmp_path):
    texts = {("aspect", "A1.1", -1, "kk"): "Макетке сәйкес орналасу", ("criterion", "A", -1, "kk"): "Дизайн"}
    for who in ("P01", "P02", "P03"):
        champ_tiny.set_measurement("17", "B1.1", who, "20")
    champ_tiny.lock_form("17", "B1")
    import_scheme_texts(champ_tiny, kazakh_file(champ_tiny, "17", tmp_path / "kk.xlsx", texts), "17", "kk")
    assert champ_tiny.marksheet("17").locks.keys() == {"B1"}
    package = tmp_path / "17.wskpkg"
    write_package(champ_tiny, package, ["17"], laptop="venue")
    with Championship.create(tmp_path / "master.wsk", "Master", actor="organizer") as master:
        apply_merge(master, plan_merge(master, [package]))
        scheme = master.scheme("17")
        assert scheme == champ_tiny.scheme("17") and scheme.lang == "en"
        assert scheme.aspect("A1.1").text("kk") == "Макетке сәйкес орналасу"
        assert scheme.criteria[0].text("kk") == "Дизайн" and scheme.criteria[1].text("kk") == "Build"
        assert audit.verify(master.db).ok
