"""The organizer's workbooks, opened again with openpyxl and checked against `wsk-desk results --json`."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.writer.excel import ExcelWriter

from tests.reports.demo_files import cli_json, small_demo
from tests.reports.demo_files import small_demo_champ as champ  # noqa: F401 - fixture
from tests.reports.demo_files import small_demo_results as results  # noqa: F401 - fixture
from wsk_desk.domain.errors import DeskError
from wsk_desk.exchange.excel_export import export_medal_list, export_results, export_standings
from wsk_desk.exchange.excel_styles import SheetNames

MEDAL_HEADERS = {
    "ru": ["Место", "Код региона", "Регион", "Номер компетенции", "Компетенция", "Медаль", "Фамилия", "Имя",
           "Отчество", "Баллы", "Шкала", "Статус"],
    "en": ["Position", "Region code", "Region", "Competency number", "Competency", "Medal", "Surname",
           "Given name", "Patronymic", "Raw mark", "Scale score", "Status"],
}


def rows_of(ws, start: int) -> list[tuple]:
    return [row for row in ws.iter_rows(min_row=start, values_only=True)]


def assert_print_ready(ws, header_row: int) -> None:
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert all(cell.font.b for cell in ws[header_row] if cell.value is not None)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_medal_list_has_a_row_per_competitor_result(champ, results, tmp_path, lang):
    out = tmp_path / "medals.xlsx"
    written = export_medal_list(champ, out, lang=lang)
    ws = load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]] == MEDAL_HEADERS[lang]
    assert_print_ready(ws, 1)
    expected = []
    for code, data in results.items():
        people = {c.id: c for c in champ.competitors(code)}
        for r in data["results"]:
            if r["rank"] is None:
                continue
            for member in r["members"]:
                p = people[member]
                expected.append((r["rank"], p.region, code, r["medal"], p.surname, p.given_name,
                                 p.patronymic or None, r["raw"], r["scale"]))
    got = [(row[0], row[1], row[3], row[5], row[6], row[7], row[8], row[9], row[10]) for row in rows_of(ws, 2)]
    assert sorted(got, key=repr) == sorted(expected, key=repr)
    assert written.rows == len(expected) == ws.max_row - 1
    assert ws["J2"].number_format == "0.00" and ws["K2"].number_format == "0"


def test_team_members_share_their_teams_position(champ, tmp_path):
    out = tmp_path / "medals.xlsx"
    export_medal_list(champ, out, codes=["04"], lang="ru")
    rows = rows_of(load_workbook(out).worksheets[0], 2)
    teams = champ.results("04").counted
    assert len(rows) == sum(len(t.members) for t in teams)
    by_position: dict[int, list] = {}
    for row in rows:
        by_position.setdefault(row[0], []).append(row)
    for team in teams:
        assert len([r for r in by_position[team.rank] if r[1] == team.region]) >= len(team.members)
    assert rows[0][5] == "GOLD" and rows[1][5] == "GOLD"


def test_results_workbook_has_summary_standings_and_a_sheet_per_competency(champ, results, tmp_path):
    out = tmp_path / "results.xlsx"
    written = export_results(champ, out, lang="en")
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Summary", "Team standings"] and wb.sheetnames[-1] == "About"
    summary = rows_of(wb["Summary"], 2)
    assert [r[0] for r in summary] == ["04", "10", "17"]
    for code, data in results.items():
        line = next(r for r in summary if r[0] == code)
        assert line[3] == {"final": "final", "provisional": "provisional", "incomplete": "marking in progress"}[
            data["status"]]
        assert line[5] == data["median"] and line[6] == data["sd"]
        ws = wb[line[-1]]
        assert ws["A1"].value.startswith(f"{code} · ")
        letters = list(data["results"][0]["criteria"])
        assert [c.value for c in ws[2]] == (["Rank", "No.", "Competitor", "Region code", "Region"] + letters
                                            + ["Raw mark", "Scale score", "Medal", "Why"])
        assert_print_ready(ws, 2)
        rows = rows_of(ws, 3)
        assert len(rows) == len(data["results"])
        for row, r in zip(rows, data["results"]):
            n = len(letters)
            assert (row[0], row[1], row[3]) == (r["rank"], r["id"], r["region"])
            assert list(row[5:5 + n]) == [r["criteria"][k] for k in letters]
            assert (row[5 + n], row[6 + n], row[7 + n], row[8 + n]) == (r["raw"], r["scale"], r["medal"], r["why"])
        assert ws.cell(3, 6 + len(letters)).number_format == "0.00"
        assert ws.cell(3, 7 + len(letters)).number_format == "0"
    assert len(written.sheets) == len(wb.sheetnames) == 8  # ... best results, not yet final, about


def test_standings_match_the_standings_command(champ, tmp_path):
    expected = cli_json("standings", small_demo(), "--json")
    out = tmp_path / "standings.xlsx"
    written = export_standings(champ, out, lang="kk")
    ws = load_workbook(out).worksheets[0]
    assert [c.value for c in ws[1]] == ["Санат", "Орын", "Өңір коды", "Өңір", "Алтын", "Күміс", "Қола",
                                        "Медальондар", "Ұпай"]
    rows = {row[2]: row for row in rows_of(ws, 2)}
    assert len(rows) == written.rows == len(champ.regions())  # every region, medals or not
    for r in expected["main"]:
        assert rows[r["region"]][1] == r["rank"]
        assert rows[r["region"]][4:] == (r["gold"], r["silver"], r["bronze"], r["medallion"], r["points"])
    kazakh = {r.code: r.name_kk for r in champ.regions()}
    assert all(row[3] == kazakh[code] for code, row in rows.items())


def test_sheet_names_follow_excels_rules():
    names = SheetNames()
    first = names("17 Веб-технологии: дизайн/вёрстка [юниоры] * очень длинное название?")
    assert len(first) <= 31 and not set(first) & set("[]:*?/\\")
    again = names("17 Веб-технологии: дизайн/вёрстка [юниоры] * очень длинное название?")
    assert again != first and len(again) <= 31 and again.endswith("(2)")
    assert names("summary") == "summary" and names("SUMMARY") == "SUMMARY (2)"
    assert names("'quoted'") == "quoted" and names("history") == "history (2)"
    assert names("") == "Sheet"


def test_a_failed_save_leaves_the_old_file_and_no_partial(champ, tmp_path, monkeypatch):
    out = tmp_path / "medals.xlsx"
    out.write_bytes(b"previous export")

    real_save = ExcelWriter.save

    def broken(self):
        real_save(self)  # the temporary file is written...
        raise OSError(28, "No space left on device")  # ...then the disk fills up

    monkeypatch.setattr(ExcelWriter, "save", broken)
    with pytest.raises(DeskError, match=f"^Cannot write {out}: no space left on device.$"):
        export_medal_list(champ, out)
    assert out.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["medals.xlsx"]


def test_refusals_are_sentences(champ, tmp_path):
    with pytest.raises(DeskError, match="Unknown language 'de'"):
        export_results(champ, tmp_path / "r.xlsx", lang="de")
    with pytest.raises(DeskError, match="the folder does not exist"):
        export_standings(champ, tmp_path / "missing" / "s.xlsx")
