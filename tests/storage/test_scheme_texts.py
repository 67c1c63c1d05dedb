"""Scheme texts in other languages in the file: stored, loaded, replaced per language, cleared with the scheme."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wsk_desk.domain.errors import DeskError
from wsk_desk.domain.scheme_texts import flat_texts, with_texts
from wsk_desk.storage import audit, repository as repo, schema, snapshot
from wsk_desk.storage.championship import Championship

from .conftest import tiny_scheme

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
KK = {("criterion", "A", -1, "kk"): "Дизайн", ("aspect", "A1.1", -1, "kk"): "Макетке сәйкес орналасу",
      ("descriptor", "A1.2", 3, "kk"): "өте жақсы"}
RU = {("aspect", "A1.1", -1, "ru"): "Макет соответствует прототипу"}


def test_a_scheme_with_translations_comes_back_equal_with_its_language(champ):
    sent = with_texts(tiny_scheme(), KK | RU)
    champ.replace_scheme("17", sent)
    back = champ.scheme("17")
    assert back == sent and flat_texts(back) == KK | RU
    assert back.lang == "en"  # detected from the imported texts when not given
    assert back.in_language("kk").aspect("A1.1").description == "Макетке сәйкес орналасу"


def test_the_scheme_language_given_is_kept(champ):
    from dataclasses import replace

    champ.replace_scheme("17", replace(tiny_scheme(), lang="kk"))
    assert champ.scheme("17").lang == "kk"


def test_a_translation_replaces_only_its_language_with_one_audit_entry_and_no_mark_change(champ):
    for who in ("P01", "P02", "P03"):
        champ.set_measurement("17", "B1.1", who, "20")
    champ.lock_form("17", "B1")  # texts are not marks: a locked form takes a translation
    champ.replace_scheme_texts("17", "ru", RU, source="ru.xlsx")
    marks_before = champ.marksheet("17").measurements
    before = len(list(audit.entries(champ.db)))
    champ.replace_scheme_texts("17", "kk", KK, source="kk.xlsx", checksum="abc")
    champ.replace_scheme_texts("17", "kk", {("aspect", "A1.2", -1, "kk"): "Көрнекі сапа"}, source="kk2.xlsx")
    entries = list(audit.entries(champ.db))[before:]
    assert [e.action for e in entries] == ["scheme.texts", "scheme.texts"]
    assert entries[0].new == {"file": "kk.xlsx", "sha256": "abc", "lang": "kk", "texts": 3}
    assert entries[1].old == {"lang": "kk", "texts": 3}
    assert flat_texts(champ.scheme("17")) == RU | {("aspect", "A1.2", -1, "kk"): "Көрнекі сапа"}
    assert champ.marksheet("17").measurements == marks_before and "B1" in champ.marksheet("17").locks
    assert audit.verify(champ.db).ok


def test_a_scheme_reimport_clears_the_translations(champ):
    champ.replace_scheme_texts("17", "kk", KK)
    assert champ.scheme("17").translations() == ["kk"]
    champ.replace_scheme("17", tiny_scheme())
    assert champ.scheme("17").translations() == []
    assert champ.db.execute("SELECT COUNT(*) FROM scheme_texts").fetchone()[0] == 0


def test_a_read_only_file_refuses_a_translation(tmp_path, champ):
    champ.close()
    ro = Championship.open(champ.path, readonly=True)
    try:
        with pytest.raises(DeskError) as info:
            ro.replace_scheme_texts("17", "kk", KK)
        assert info.value.text("kk").startswith("Файл тек оқу үшін ашылған")
    finally:
        ro.close()


def test_texts_belong_to_the_competency_tables_that_packages_carry(champ):
    assert "scheme_texts" in snapshot.competency_tables(champ.db)
    champ.replace_scheme_texts("17", "kk", KK)
    data = snapshot.export_competency(champ.db, "17")
    assert len(data["tables"]["scheme_texts"]["rows"]) == 3
    assert data["competency"]["scheme_lang"] == "en"


@pytest.mark.parametrize("version", [1, 2])
def test_old_files_upgrade_to_an_empty_texts_table_and_take_a_translation(tmp_path, version):
    path = tmp_path / "old.wsk"
    shutil.copy(FIXTURES / f"schema_v{version}.wsk", path)
    with Championship.open(path, before_upgrade=lambda p, v: None) as champ:
        assert schema.schema_version(champ.db) == schema.CURRENT_VERSION
        scheme = champ.scheme("17")
        assert scheme.lang == "" and scheme.translations() == []
        assert scheme.aspect("A1.1").text("kk") == "Layout matches mock"  # nothing translated: the imported text
        champ.replace_scheme_texts("17", "kk", {("aspect", "A1.1", -1, "kk"): "Макетке сәйкес орналасу"})
        assert champ.scheme("17").aspect("A1.1").text("kk") == "Макетке сәйкес орналасу"
        assert audit.verify(champ.db).ok


def test_the_v3_fixture_keeps_its_kazakh_texts(tmp_path):
    path = tmp_path / "v3.wsk"
    shutil.copy(FIXTURES / "schema_v3.wsk", path)
    with Championship.open(path) as champ:
        scheme = champ.scheme("17")
        assert scheme.lang == "en" and scheme.translations() == ["kk"]
        assert scheme.criteria[0].text("kk") == "Дизайн"
        assert scheme.aspect("A1.2").descriptors_in("kk")[3] == "өте жақсы"
        assert repo.content_digest(champ.db)  # every table readable
