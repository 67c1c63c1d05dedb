"""Number formatting by language, and HTML that never lets user text become markup."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from wsk_desk.reports.html import Cell, Table, definition_list, esc
from wsk_desk.reports.numbers import format_datetime, format_decimal, format_int, format_mark


@pytest.mark.parametrize("value, lang, shown", [
    (Fraction(80, 3), "ru", "26,67"), (Fraction(80, 3), "kk", "26,67"), (Fraction(80, 3), "en", "26.67"),
    (Decimal("85.335"), "en", "85.34"), (Decimal("0.005"), "ru", "0,01"), (100, "ru", "100,00"),
    ("2,5", "en", "2.50"), (None, "ru", ""), ("", "en", ""), ("junk", "ru", ""),
])
def test_format_decimal_rounds_half_up_with_the_languages_separator(value, lang, shown):
    assert format_decimal(value, lang) == shown


def test_marks_as_entered_and_whole_points():
    assert format_mark(Decimal("2.00"), "ru") == "2"
    assert format_mark(Decimal("0.50"), "kk") == "0,5"
    assert format_mark(Decimal("1.25"), "en") == "1.25"
    assert format_int(Fraction(1425, 2)) == "713"
    assert format_int(Decimal("712.49")) == "712"


def test_dates_follow_the_language():
    moment = datetime(2025, 6, 10, 14, 32)
    assert format_datetime(moment, "ru") == "10.06.2025 14:32"
    assert format_datetime(moment.isoformat(), "en") == "2025-06-10 14:32"
    assert format_datetime("not a date", "kk") == "not a date"


def test_user_text_is_escaped_everywhere():
    evil = '<b>Ким</b> & "Ли"'
    table = Table().head([evil]).row([evil, Cell(evil, "c"), Cell(html="<i>ok</i>")])
    html = table.render()
    assert "<b>Ким</b>" not in html and "&lt;b&gt;Ким&lt;/b&gt; &amp; &quot;Ли&quot;" in html
    assert "<i>ok</i>" in html  # trusted markup from the report itself stays markup
    assert "<thead>" in html  # the header row repeats on every page
    assert esc(None) == "" and "&lt;" in definition_list([("<", "<")])
