"""Scheme texts in other languages: each text falls back to the imported one; the language is detected."""

from __future__ import annotations

from decimal import Decimal

from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from wsk_desk.domain.scheme_texts import detect_language, flat_texts, translation, with_texts

J = AspectType.JUDGEMENT
M = AspectType.MEASUREMENT


def scheme(lang: str = "en") -> MarkingScheme:
    return MarkingScheme((Criterion("A", "Design", (SubCriterion("A1", "Layout", "C1", (
        Aspect("A1.1", M, "Layout matches mock", Decimal("60"), extra="minus 10 per difference"),
        Aspect("A1.2", J, "Visual quality", Decimal("40"),
               descriptors={0: "below", 1: "meets", 2: "exceeds", 3: "excellent"}),
    )),)),), lang)


KK = {("criterion", "A", -1, "kk"): "Дизайн", ("subcriterion", "A1", -1, "kk"): "Орналасу",
      ("aspect", "A1.1", -1, "kk"): "Макетке сәйкес орналасу",
      ("extra", "A1.1", -1, "kk"): "әр айырмашылық үшін минус 10",
      ("descriptor", "A1.2", 3, "kk"): "өте жақсы"}


def test_every_text_falls_back_to_the_imported_one():
    s = with_texts(scheme(), KK)
    crit, form = s.criteria[0], s.criteria[0].subcriteria[0]
    first, second = form.aspects
    assert crit.text("kk") == "Дизайн" and crit.text("ru") == "Design" and crit.text(None) == "Design"
    assert form.text("kk") == "Орналасу" and form.text("en") == "Layout"
    assert first.text("kk") == "Макетке сәйкес орналасу" and first.text("ru") == "Layout matches mock"
    assert first.extra_in("kk") == "әр айырмашылық үшін минус 10" and first.extra_in("en") == "minus 10 per difference"
    assert second.text("kk") == "Visual quality"  # not translated: the imported text
    # descriptors fall back score by score
    assert second.descriptors_in("kk") == {0: "below", 1: "meets", 2: "exceeds", 3: "өте жақсы"}
    assert second.descriptors_in("ru") == second.descriptors


def test_the_scheme_in_a_language_keeps_ids_types_and_marks():
    s = with_texts(scheme(), KK)
    kk = s.in_language("kk")
    assert [a.description for a in kk.aspects()] == ["Макетке сәйкес орналасу", "Visual quality"]
    assert kk.criteria[0].name == "Дизайн" and kk.form("A1").name == "Орналасу"
    assert kk.aspect("A1.2").descriptors[3] == "өте жақсы" and kk.aspect("A1.1").extra.startswith("әр")
    assert [(a.id, a.type, a.max_mark) for a in kk.aspects()] == [(a.id, a.type, a.max_mark) for a in s.aspects()]
    assert kk.total == s.total and kk.lang == "en"
    assert s.in_language("en") == s and s.in_language(None) is s


def test_equality_counts_translations_but_not_the_recorded_language():
    plain = scheme()
    assert with_texts(plain, KK) != plain  # a translation is content
    assert with_texts(plain, KK) == with_texts(scheme(), dict(KK))
    assert scheme("ru") == scheme("en")  # how to read the texts, not a text
    # every existing constructor call stays valid: no text in another language by default
    assert Aspect("X1.1", M, "d", Decimal(1)).texts == {} and SubCriterion("X1", "n").texts == {}
    assert MarkingScheme().lang == "" and MarkingScheme().translations() == []


def test_flat_texts_round_trip_and_languages():
    s = with_texts(scheme(), KK | {("aspect", "A1.2", -1, "ru"): "Визуальное качество"})
    assert flat_texts(s) == KK | {("aspect", "A1.2", -1, "ru"): "Визуальное качество"}
    assert s.translations() == ["kk", "ru"]
    assert with_texts(s, {}) == scheme()
    # a key naming no item of the scheme is ignored
    assert flat_texts(with_texts(scheme(), {("aspect", "Z9.9", -1, "kk"): "жоқ"})) == {}


def test_translation_matches_look_alike_ids_and_skips_empty_texts():
    ours = MarkingScheme((Criterion("А", "Проектирование", (SubCriterion("А1", "Прототип", "", (
        Aspect("А1.1", M, "Экраны созданы", Decimal(10)),
        Aspect("А1.2", M, "Навигация", Decimal(5)))),)),))  # Cyrillic А
    theirs = MarkingScheme((Criterion("A", "Жобалау", (SubCriterion("A1", " ", "", (
        Aspect("A1.1", M, "Экрандар жасалған", Decimal(10)),
        Aspect("A1.2", M, "Навигация", Decimal(5)))),)),))  # Latin A, one empty name
    texts = translation(ours, theirs, "kk")
    assert texts[("criterion", "А", -1, "kk")] == "Жобалау"  # keyed by the competency's own ids
    assert texts[("aspect", "А1.1", -1, "kk")] == "Экрандар жасалған"
    assert ("subcriterion", "А1", -1, "kk") not in texts


def test_language_is_detected_from_the_letters():
    def one(text: str) -> MarkingScheme:
        return MarkingScheme((Criterion("A", text, (SubCriterion("A1", text, "", (
            Aspect("A1.1", M, text, Decimal(1)),)),)),))

    assert detect_language(one("Макетке сәйкес орналасу")) == "kk"
    assert detect_language(one("Тестілер сәтті өтеді")) == "kk"
    assert detect_language(one("Макет соответствует прототипу")) == "ru"
    assert detect_language(one("Layout matches mock")) == "en"
    assert detect_language(MarkingScheme()) == "en"
    # one Kazakh place name does not make a long Russian scheme Kazakh
    russian = "Рабочее место убрано после модуля, средства защиты используются на протяжении всего модуля"
    assert detect_language(one(russian + " в Қызылорде")) == "ru"
