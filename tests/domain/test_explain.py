"""Explanations render in ru, kk and en for every reason the engine can give."""

import pytest

from wsk_desk.domain.explain import LANGS, TEMPLATES, Why, ordinal, why_text

PARAMS = {"rank": 3, "medal": "BRONZE", "tied": 2, "score": "712", "threshold": "700", "basis": "scale",
          "needed": 6, "count": 5, "preset": "WSR 2018", "form": "A1", "where": "P01 (A1.1)",
          "aspect": "A1.2", "entrant": "P01", "scores": "0, 3", "value": "2", "max": "3", "expert": "E1"}


def test_every_language_has_every_reason():
    assert set(TEMPLATES) == set(LANGS)
    assert TEMPLATES["ru"].keys() == TEMPLATES["kk"].keys() == TEMPLATES["en"].keys()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", sorted(TEMPLATES["en"]))
def test_every_reason_renders(code, lang):
    text = why_text(Why(code, PARAMS), lang)
    assert text and "{" not in text


@pytest.mark.parametrize("n, en", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
                                   (21, "21st"), (102, "102nd")])
def test_english_ordinals(n, en):
    assert ordinal(n, "en") == en


@pytest.mark.parametrize("n, kk", [(1, "1-ші"), (3, "3-ші"), (6, "6-шы"), (9, "9-шы"), (10, "10-шы"),
                                   (20, "20-шы"), (50, "50-ші"), (100, "100-ші"), (26, "26-шы")])
def test_kazakh_ordinals_follow_vowel_harmony(n, kk):
    assert ordinal(n, "kk") == kk


def test_russian_ordinal():
    assert ordinal(1, "ru") == "1-е"


def test_chained_reason_renders_both_parts():
    then = Why("over", {"basis": "scale", "score": "712", "threshold": "700"})
    why = Why("min_count", {"rank": 3, "medal": "BRONZE", "needed": 6, "count": 5, "preset": "WSR 2018",
                            "then": then})
    assert why_text(why, "ru") == ("место 3, но конкурсантов меньше 6: бронза не вручается (WSR 2018); "
                                   "шкала 712 ≥ 700 → медальон «За особое отличие»")
