"""`wsk-desk export` and `wsk-desk print` as a person at a terminal uses them."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.reports.demo_files import cli_json, small_demo, tiny
from tests.reports.pdf_text import orientations, pages, words
from wsk_desk.cli import build_parser, main
from wsk_desk.commands import exports


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _app(qapp):  # printing needs a Qt application; pytest-qt's keeps widgets usable for later tests
    return qapp


def test_export_each_kind_and_read_it_back(tmp_path, capsys):
    results = cli_json("results", small_demo(), "--json")["competencies"]
    code, out, err = run(capsys, "export", small_demo(), "medals", tmp_path / "m.xlsx", "--lang", "en")
    members = sum(len(r["members"]) for c in results for r in c["results"] if r["rank"] is not None)
    assert (code, err, out) == (0, "", f"Wrote {tmp_path / 'm.xlsx'}: medal list, {members} rows.\n")
    ws = load_workbook(tmp_path / "m.xlsx").worksheets[0]
    assert ws["A1"].value == "Position" and ws.max_row == members + 1

    code, out, err = run(capsys, "export", small_demo(), "results", tmp_path / "r.xlsx", "--competency", "10")
    assert (code, err) == (0, "") and "results workbook, 6 sheets" in out  # ..., best results, not yet final, about
    wb = load_workbook(tmp_path / "r.xlsx")
    [ten] = [c for c in results if c["code"] == "10"]
    sheet = wb[wb.sheetnames[2]]
    assert sheet.max_row == 2 + len(ten["results"])
    assert [row[0].value for row in sheet.iter_rows(min_row=3)] == [r["rank"] for r in ten["results"]]

    code, out, err = run(capsys, "export", small_demo(), "standings", tmp_path / "s.xlsx")
    assert (code, err) == (0, "") and out.endswith("team standings, 20 rows.\n")


def test_print_each_kind(tmp_path, capsys):
    for kind, extra in (("forms", ["--competency", "17", "--form", "A1"]), ("marks", ["--competency", "17"]),
                        ("results", []), ("medals", []), ("standings", []), ("audit", ["--competency", "04"])):
        out_pdf = tmp_path / f"{kind}.pdf"
        code, out, err = run(capsys, "print", small_demo(), kind, out_pdf, *extra, "--lang", "en")
        assert (code, err) == (0, ""), (kind, err)
        count = len(pages(out_pdf))
        assert out == f"Wrote {out_pdf}: {exports.PRINT_KINDS[kind]}, {count} {'page' if count == 1 else 'pages'}.\n"
        assert count == len(orientations(out_pdf)) >= 1
    assert "Blank marking form A1" in words(tmp_path / "forms.pdf")
    assert "Audit report" in words(tmp_path / "audit.pdf")


def test_print_follows_the_language(tmp_path, capsys):
    run(capsys, "print", tiny(), "marks", tmp_path / "kk.pdf", "--competency", "17", "--lang", "kk")
    text = words(tmp_path / "kk.pdf")
    assert "17 · Веб-технологиялар" in text and "Ақтау қаласы" in text and "3,58" in text
    run(capsys, "print", tiny(), "marks", tmp_path / "en.pdf", "--competency", "17", "--lang", "en")
    text = words(tmp_path / "en.pdf")
    assert "17 · Web Technologies" in text and "Aktau City" in text and "3.58" in text


@pytest.mark.parametrize("argv, message", [
    (["export", "{demo}", "medals", "{tmp}/m.pdf"], "'medals' is written as a .xlsx file: name the output m.xlsx."),
    (["export", "{demo}", "standings", "{tmp}/s.xlsx", "--competency", "17"],
     "Team standings cover the whole championship: leave out --competency."),
    (["export", "{demo}", "results", "{tmp}/r.xlsx", "--competency", "99"],
     "There is no competency 99 in this championship."),
    (["export", "{demo}", "medals", "{tmp}/no/m.xlsx"], "{tmp}/no: the folder does not exist."),
    (["print", "{demo}", "forms", "{tmp}/f.pdf", "--form", "A1"],
     "A form belongs to a competency: add --competency CODE to --form."),
    (["print", "{demo}", "results", "{tmp}/f.pdf", "--competency", "17", "--form", "A1"],
     "--form applies to marking forms only (forms, marks)."),
    (["print", "{demo}", "audit", "{tmp}/a.pdf"], "The audit report is per competency: add --competency CODE."),
    (["print", "{demo}", "forms", "{tmp}/f.pdf", "--competency", "17", "--form", "Z9"],
     "There is no form Z9 in competency 17."),
    (["print", "{demo}", "forms", "{tmp}/f.xlsx"], "'forms' is written as a .pdf file: name the output f.pdf."),
])
def test_refusals_are_one_sentence_and_write_nothing(tmp_path, capsys, argv, message):
    argv = [a.format(demo=small_demo(), tmp=tmp_path) for a in argv]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err == f"wsk-desk: {message.format(tmp=tmp_path)}\n"
    assert list(tmp_path.iterdir()) == []


def test_export_kinds_are_one_registration_away():
    """The results package (issue 9) plugs in as one more entry of KINDS."""
    assert {k: exports.KINDS[k].suffix for k in ("medals", "results", "standings")} == dict.fromkeys(
        ("medals", "results", "standings"), ".xlsx")
    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]
    kind = next(a for a in export._actions if a.dest == "kind")
    assert list(kind.choices) == list(exports.KINDS)  # the command offers whatever is registered
