"""The audit report's Old and New columns read as words in every language, never as the log's field names.

The auditor found "category: main; name_ru: …", "aspects: 120; file: demo; forced: нет; sha256: —"
and "count: 248; form: A1" in the Russian and Kazakh reports.
"""

from __future__ import annotations

import re

import pytest

from tests.reports.demo_files import small_demo_champ as champ  # noqa: F401 - fixture
from tests.reports.pdf_text import words
from wsk_desk.i18n import use_language
from wsk_desk.reports import build_document
from wsk_desk.reports.audit_report import show_value
from wsk_desk.storage.audit import entries

SNAKE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|sha256")


def stored_keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in stored_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in stored_keys(v)}
    return set()


@pytest.fixture(scope="module")
def audit_text(champ, tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("audit")
    texts = {}
    for lang in ("ru", "kk", "en"):
        out = out_dir / f"audit-{lang}.pdf"
        build_document("audit", champ, code="10", lang=lang).to_pdf(out)
        texts[lang] = words(out)
    return texts


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_field_name_of_the_log_reaches_the_paper(champ, audit_text, lang):
    keys = {k for e in entries(champ.db, "10") for k in stored_keys(e.old) | stored_keys(e.new)}
    assert {"category", "name_ru", "team_size", "aspects", "sha256", "forced", "count", "form"} <= keys
    text = audit_text[lang]
    assert not SNAKE.findall(text)
    if lang != "en":  # a Latin key followed by a colon is a field name left untranslated
        assert [k for k in keys if k.islower() and f"{k}:" in text] == []


@pytest.mark.parametrize("lang, expected", [
    ("en", ["category: main", "name in Russian: ", "team size: 1", "aspects: ", "checksum: ",
            "replaced despite marks: no", "total mark: ", "number of marks: ", "form: A1"]),
    ("ru", ["категория: основная", "название на русском: ", "человек в команде: 1", "аспектов: ",
            "контрольная сумма: ", "заменена при наличии оценок: нет", "сумма баллов: ", "оценок: ",
            "ведомость: A1"]),
    ("kk", ["санаты: негізгі", "орысша атауы: ", "командадағы адам саны: 1", "аспектілер саны: ",
            "бақылау сомасы: ", "бағалар бола тұра ауыстырылды: жоқ", "балдар жиыны: ", "бағалар саны: "]),
])
def test_the_values_are_labelled_in_the_reports_language(audit_text, lang, expected):
    text = audit_text[lang]
    assert [phrase for phrase in expected if phrase not in text] == []


def test_nested_values_medal_changes_and_checksums_read_as_words():
    value = {"sha256": "ab" * 32, "file": "scheme.xlsx", "aspects": 12, "forced": True,
             "competency": {"name_ru": "Сварка", "category": "juniors", "team_size": 2}}
    with use_language("ru"):
        assert show_value(value, "ru").splitlines() == [
            "файл: scheme.xlsx", "контрольная сумма: abababababab…",
            "компетенция: название на русском: Сварка; категория: юниоры; человек в команде: 2",
            "аспектов: 12", "заменена при наличии оценок: да"]
        signoff = {"signed_by": "Иванов", "medal_changes": [{"id": "P03", "name": "Ким Олег", "from": "SILVER",
                                                              "to": "GOLD"}]}
        assert show_value(signoff, "ru") == "утвердил: Иванов\nизменения медалей: P03 Ким Олег: Серебро → Золото"
    assert show_value({"late_field": 1}, "en") == "late field: 1"  # a key added later still reads as words
