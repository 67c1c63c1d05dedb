"""Importer messages in ru/kk/en: every code complete in all three, English unchanged, located errors translated."""

from __future__ import annotations

import ast
import copy
import pickle
import re
import string
from pathlib import Path

import pytest

from wsk_desk.domain.errors import InputError, RuleViolation
from wsk_desk.domain.messages import say as rule_say
from wsk_desk.exchange import messages
from wsk_desk.exchange.message_texts import FIELDS, TEMPLATES
from wsk_desk.exchange.messages import Message, rule_reason
from wsk_desk.exchange.people_reader import read_people
from wsk_desk.exchange.scheme_reader import read_marking_scheme

from .xlsx_builders import aspect, cis_rows, judgement, sub, write_xlsx

EXCHANGE = Path(messages.__file__).parent
# Latin words a Russian or Kazakh sentence may keep: formats and the ABS code written in files.
ALLOWED_LATIN = {"Excel", "xlsx", "xls", "CSV", "UTF", "PDF", "HTML", "zip", "ABS", "WSK", "Desk"}  # + the product
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
LITERAL = re.compile(r"'[^']*'")  # a header or format name quoted as the file must contain it


def names(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}


def english_words(text: str) -> list[str]:
    bare = LITERAL.sub("", PLACEHOLDER.sub("", text))
    return [w for w in re.findall(r"[A-Za-z]{3,}", bare) if w not in ALLOWED_LATIN]


@pytest.mark.parametrize("code", sorted(TEMPLATES))
def test_every_code_is_said_in_ru_and_kk_with_the_same_parameters(code):
    en, ru, kk = TEMPLATES[code]
    assert en and ru and kk
    assert names(ru) == names(en) == names(kk), code
    filled = {name: "X1" for name in names(en)}
    said = [t.format(**filled) for t in (en, ru, kk)]
    assert all("{" not in s for s in said)
    assert not english_words(ru), (code, ru)
    assert not english_words(kk), (code, kk)
    if re.search(r"[а-яё]{3}", ru):  # a sentence, not just placeholders: Kazakh is not the Russian copied
        assert kk != ru, code


def test_field_names_are_cyrillic_and_kazakh_is_kazakh():
    for name, (ru, kk) in FIELDS.items():
        assert not english_words(ru) and not english_words(kk), name
    kazakh = "".join(kk for *_, kk in TEMPLATES.values())
    assert all(ch in kazakh for ch in "әғқңөұүі")


def test_every_code_the_importers_use_exists():
    used = set()
    for path in EXCHANGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                used.add(node.args[0].value)
    assert len(used) > 60
    assert used <= set(TEMPLATES), used - set(TEMPLATES)
    for code in ("criterion_total", "max_mark", "kind_html", "kind_pdf", "kind_other", "sub_id", "criterion_id",
                 "latin_letter", "cyrillic_letter", "latin_ids", "cyrillic_ids"):  # built from variables
        assert code in TEMPLATES


def test_a_negative_max_mark_is_refused_in_the_language_of_the_desk(tmp_path):
    path = write_xlsx(tmp_path / "neg.xlsx", {"Scheme": cis_rows(sub("A1"), aspect("M", "a", -2.5))})
    with pytest.raises(InputError) as info:
        read_marking_scheme(path)
    exc = info.value
    assert str(exc) == exc.text("en") == ("neg.xlsx, sheet 'Scheme', row 3, column 'I (Max Mark)': "
                                          "max mark -2.5 is negative")
    assert (exc.code, exc.params) == ("negative_max", {"max": exc.params["max"]})
    assert exc.text("ru") == ("neg.xlsx, лист «Scheme», строка 3, столбец «I (Max Mark)»: "
                              "максимальный балл -2,5 отрицательный")
    assert exc.text("kk") == ("neg.xlsx, парақ «Scheme», жол 3, баған «I (Max Mark)»: "
                              "ең жоғары балл -2,5 — теріс сан")


def test_a_reason_inside_a_reason_is_translated_too(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", {"Scheme": cis_rows(sub("A1"), aspect("M", "a", "abc"))})
    with pytest.raises(InputError) as info:
        read_marking_scheme(path)
    assert str(info.value).endswith("max mark: 'abc' is not a number")
    assert info.value.text("ru").endswith("максимальный балл: «abc» — не число")


def test_warnings_are_their_english_sentence_and_say_it_in_russian_and_kazakh(tmp_path):
    rows = cis_rows(sub("A1"), aspect("M", "a", 0), aspect("S", "b", 5), sub("A2"), *judgement("c", 2.5))
    warnings = read_marking_scheme(write_xlsx(tmp_path / "w.xlsx", {"Scheme": rows})).warnings
    assert warnings == ["row 3: aspect has max mark 0",
                        "row 4: judgement aspect A1.2 has descriptors for none; expected 0, 1, 2 and 3",
                        "type S (subjective) read as judgement (J): row 4",
                        "the aspects add up to 7.5 marks, not 100"]
    assert [w.text("ru") for w in warnings] == [
        "строка 3: у аспекта максимальный балл 0",
        "строка 4: описания оценок судейского аспекта A1.2: нет; нужны 0, 1, 2 и 3",
        "тип S (субъективная оценка) прочитан как судейская оценка (J): строка 4",
        "сумма баллов аспектов — 7,5, а не 100"]
    assert warnings[3].text("kk") == "аспектілер балдарының қосындысы — 7,5, 100 емес"
    for again in (copy.deepcopy(warnings[2]), pickle.loads(pickle.dumps(warnings[2]))):
        assert again == warnings[2] and again.text("ru") == warnings[2].text("ru")


def test_people_list_errors_and_warnings_in_russian(tmp_path):
    head = ["id", "surname", "given_name", "region", "competency"]
    with pytest.raises(InputError) as info:
        read_people(write_xlsx(tmp_path / "p.xlsx", {"experts": [["id", "surname"], ["E1", "Ким"]]}),
                    {"AST"}, {"17": 1})
    assert str(info.value) == "p.xlsx, sheet 'experts', row 1: the column 'given_name' is missing"
    assert info.value.text("ru") == "p.xlsx, лист «experts», строка 1: нет столбца «имя»"
    result = read_people(write_xlsx(tmp_path / "q.xlsx", {"experts": [head, ["E1", "Ким", "Анна", "AST", "17"]]}),
                         {"AST"}, {"17": 1})
    assert [w.text("ru") for w in result.warnings] == ["experts: у компетенции 17 нет главного эксперта",
                                                       "в файле нет листа «конкурсанты»"]
    assert [w.text("kk") for w in result.warnings] == ["experts: 17 құзыреттілігінде бас сарапшы жоқ",
                                                       "файлда «конкурсанттар» парағы жоқ"]


def test_a_rule_refusal_at_a_file_row_keeps_its_translations():
    exc = RuleViolation("range", rule_say("range_score", value=7))
    reason = rule_reason(exc.rule, exc.message, exc.texts)
    assert reason == "A judge's score is 0, 1, 2 or 3, not 7"
    assert reason.text("ru") == "Судейская оценка — 0, 1, 2 или 3, а не 7"
    error = InputError(reason, file="m.csv", row=4, column=messages.heading("value"))
    assert error.text("kk") == "m.csv, жол 4, баған «баға»: Төрешілік баға — 0, 1, 2 немесе 3, 7 емес"


def test_a_plain_english_reason_is_never_half_translated():
    exc = InputError("the package is damaged.", file="x.wskpkg", row=2)
    assert exc.text("ru") == str(exc) == "x.wskpkg, row 2: the package is damaged."
    assert Message("no_marks").text("de") == "the file holds no marks"
