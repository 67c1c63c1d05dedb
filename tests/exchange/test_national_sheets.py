"""The organizer's workbooks carry the best results and the competencies not yet final, as `wsk-desk best` and
`wsk-desk pending` say them, with headers and words in ru, kk and en."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from openpyxl import load_workbook

from tests.reports.demo_files import cli_json, small_demo
from tests.reports.demo_files import small_demo_champ as champ  # noqa: F401 - fixture
from wsk_desk.exchange.excel_export import export_best, export_pending, export_results, export_standings

BEST_HEADERS = {
    "en": ["Best of", "Region code", "Region", "Competency number", "Competency", "Category", "No.", "Competitor",
           "Raw mark", "Scale score", "Medal", "Status"],
    "ru": ["Лучший результат", "Код региона", "Регион", "Номер компетенции", "Компетенция", "Категория", "№",
           "Конкурсант", "Баллы", "Шкала", "Медаль", "Статус"],
    "kk": ["Үздік нәтиже", "Өңір коды", "Өңір", "Құзыреттілік нөмірі", "Құзыреттілік", "Санат", "№", "Конкурсант",
           "Балл", "Шкала", "Медаль", "Мәртебесі"],
}
PENDING_HEADERS = {
    "en": ["Competency number", "Competency", "Category", "Status", "Waiting for", "Marks missing",
           "Forms not locked"],
    "ru": ["Номер компетенции", "Компетенция", "Категория", "Статус", "Ожидает", "Нет оценок",
           "Не закрытые ведомости"],
    "kk": ["Құзыреттілік нөмірі", "Құзыреттілік", "Санат", "Мәртебесі", "Күтуде", "Бағалар жоқ",
           "Бекітілмеген ведомостар"],
}
SHEETS = {"en": ("Best results", "Not yet final"), "ru": ("Лучшие результаты", "Ещё не окончательные"),
          "kk": ("Үздік нәтижелер", "Әлі түпкілікті емес")}


@contextmanager
def opened(path):
    wb = load_workbook(path, read_only=True)
    try:
        yield wb
    finally:
        wb.close()


def rows(ws) -> list[tuple]:
    """Every row as wide as the sheet (a read-only sheet leaves out a row's empty cells at its end)."""
    found = [tuple(r) for r in ws.iter_rows(values_only=True)]
    width = max((len(r) for r in found), default=0)
    return [r + (None,) * (width - len(r)) for r in found]


def expected_best() -> list[tuple]:
    """(scope, region, competency, entrant, raw, scale, medal) as `wsk-desk best --json` gives them."""
    data = cli_json("best", small_demo(), "--json")
    lines = [("championship", b) for b in data["championship"]]
    lines += [("region", b) for region in sorted(data["regions"]) for b in data["regions"][region]]
    return [(scope, b["region"], b["competency"], b["id"], b["raw"], b["scale"], b["medal"]) for scope, b in lines]


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_results_workbook_ends_with_best_results_and_not_yet_final(champ, tmp_path, lang):
    out = tmp_path / "results.xlsx"
    written = export_results(champ, out, lang=lang)
    best_name, pending_name = SHEETS[lang]
    with opened(out) as wb:
        assert wb.sheetnames[-3:-1] == [best_name, pending_name] == written.sheets[-3:-1]
        best = rows(wb[best_name])
        pending = rows(wb[pending_name])
    assert list(best[1]) == BEST_HEADERS[lang]
    scope_word = {"en": ("championship", "region"), "ru": ("чемпионата", "региона"),
                  "kk": ("чемпионат бойынша", "өңір бойынша")}[lang]
    got = [("championship" if r[0] == scope_word[0] else "region" if r[0] == scope_word[1] else r[0],
            r[1], r[3], r[6], r[8], r[9], r[10]) for r in best[2:]]
    assert got == expected_best()
    assert list(pending[1]) == PENDING_HEADERS[lang]
    cli = cli_json("pending", small_demo(), "--json")
    assert [(r[0], r[5], r[6]) for r in pending[2:]] == [
        (p["code"], p["missing_marks"], ", ".join(p["open_forms"]) or None) for p in cli]
    why = {"en": ["not signed off", "570 marks missing"], "ru": ["не утверждено главным экспертом",
                                                                 "не введено оценок: 570"],
           "kk": ["бас сарапшы әлі қол қоймаған", "енгізілмеген бағалар: 570"]}[lang]
    assert [r[4] for r in pending[2:]] == why
    title = {"en": "2 of 3 competencies are not final: their medals can still move.",
             "ru": "Не окончательные компетенции: 2 из 3; их медали ещё могут измениться.",
             "kk": "Түпкілікті емес құзыреттіліктер: 2 (барлығы 3); олардың медальдары әлі өзгеруі мүмкін."}[lang]
    assert pending[0][0] == title


def test_only_the_competencies_asked_for(champ, tmp_path):
    out = tmp_path / "ten.xlsx"
    export_results(champ, out, ["10"], lang="en")
    with opened(out) as wb:
        best = rows(wb["Best results"])
        pending = rows(wb["Not yet final"])
    assert {r[3] for r in best[2:]} == {"10"}
    assert pending[0][0] == "All 1 competencies are final." and len(pending) == 2  # title and header only


def test_standings_workbook_has_the_best_results_too(champ, tmp_path):
    out = tmp_path / "standings.xlsx"
    written = export_standings(champ, out, lang="ru")
    assert written.rows == len(champ.regions())  # the standings' rows, as the command reports them
    with opened(out) as wb:
        assert wb.sheetnames == ["Общекомандный зачёт", "Лучшие результаты", "Сведения"] == written.sheets
        best = rows(wb["Лучшие результаты"])
    assert len(best) - 2 == len(expected_best())


def test_the_national_pages_own_workbooks(champ, tmp_path):
    best = export_best(champ, tmp_path / "best.xlsx", lang="kk")
    pending = export_pending(champ, tmp_path / "pending.xlsx", lang="en")
    assert best.rows == len(expected_best()) and best.sheets == ["Үздік нәтижелер", "Мәліметтер"]
    assert pending.rows == 2 and pending.sheets == ["Not yet final", "About"]
    with opened(tmp_path / "pending.xlsx") as wb:
        ws = wb["Not yet final"]
        assert [r[0] for r in rows(ws)[2:]] == ["04", "17"]
    full = load_workbook(tmp_path / "best.xlsx")  # print-ready like every other sheet
    ws = full.worksheets[0]
    assert ws.freeze_panes == "A3" and ws.print_title_rows == "$2:$2"
    assert ws.cell(3, 9).number_format == "0.00" and ws.cell(3, 10).number_format == "0"
