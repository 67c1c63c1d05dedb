"""`wsk-desk print/export` of the best results and the competencies not yet final, and what they do with a
file that fails `verify`: still written (the organizer may need the paper), a warning on stderr, the red line
on every page."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook

from tests.reports.demo_files import small_demo, tiny
from tests.reports.pdf_text import pages
from tests.storage.reliability_util import raw
from wsk_desk.cli import main
from wsk_desk.storage.integrity import verify_file

WARNING = "WARNING: this file failed its integrity check (verify): "


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tampered(tmp_path):
    path = tmp_path / "tampered.wsk"
    shutil.copy(tiny(), path)
    raw(path, "UPDATE judge_scores SET score = 0 WHERE aspect = 'A1.2' AND competitor = 'P02' AND expert = 'E03'")
    return path


def test_print_and_export_best_and_pending(tmp_path, capsys):
    for kind, pdf_pages in (("best", None), ("pending", 1)):
        code, out, err = run(capsys, "print", small_demo(), kind, tmp_path / f"{kind}.pdf", "--lang", "en")
        count = len(pages(tmp_path / f"{kind}.pdf"))
        assert (code, err) == (0, "") and out.startswith(f"Wrote {tmp_path / f'{kind}.pdf'}: ")
        assert pdf_pages is None or count == pdf_pages
    code, out, err = run(capsys, "export", small_demo(), "best", tmp_path / "best.xlsx", "--lang", "kk")
    assert (code, err) == (0, "") and out.startswith(f"Wrote {tmp_path / 'best.xlsx'}: best results, ")
    code, out, err = run(capsys, "export", small_demo(), "pending", tmp_path / "p.xlsx", "--lang", "en")
    assert (code, err, out) == (0, "", f"Wrote {tmp_path / 'p.xlsx'}: competencies not yet final, 2 rows.\n")
    wb = load_workbook(tmp_path / "best.xlsx", read_only=True)
    try:
        assert wb.sheetnames == ["Үздік нәтижелер", "Мәліметтер"]
    finally:
        wb.close()
    code, _out, err = run(capsys, "export", small_demo(), "best", tmp_path / "b2.xlsx", "--competency", "10")
    assert code == 2 and "leave out --competency" in err and not (tmp_path / "b2.xlsx").exists()


def test_printing_an_altered_file_warns_and_marks_every_page(tampered, tmp_path, capsys):
    first = verify_file(tampered).problems[0]
    out_pdf = tmp_path / "results.pdf"
    code, out, err = run(capsys, "print", tampered, "results", out_pdf, "--competency", "17", "--lang", "en")
    assert code == 0 and out.startswith(f"Wrote {out_pdf}: results sheets")
    assert err == f"wsk-desk: warning: {tampered} failed its integrity check (verify): {first}\n"
    printed = [" ".join(p.split()) for p in pages(out_pdf, "-raw")]
    assert printed and all(WARNING + first.split(":")[0] in page for page in printed)

    code, out, err = run(capsys, "print", tampered, "standings", tmp_path / "s.pdf", "--lang", "ru")
    assert code == 0 and err.startswith("wsk-desk: warning: ") and len(err.splitlines()) == 1
    assert all("ВНИМАНИЕ: файл не прошёл проверку целостности (verify):" in " ".join(p.split())
               for p in pages(tmp_path / "s.pdf", "-raw"))


def test_exporting_an_altered_file_warns_and_still_writes(tampered, tmp_path, capsys):
    code, out, err = run(capsys, "export", tampered, "results", tmp_path / "r.xlsx", "--lang", "en")
    assert code == 0 and "results workbook" in out and (tmp_path / "r.xlsx").stat().st_size > 0
    assert err.startswith(f"wsk-desk: warning: {tampered} failed its integrity check (verify): competency 17")
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_an_intact_file_prints_without_a_word_on_stderr(tmp_path, capsys):
    path = tmp_path / "intact.wsk"
    shutil.copy(tiny(), path)
    code, _out, err = run(capsys, "print", path, "results", tmp_path / "r.pdf", "--competency", "17", "--lang", "en")
    assert (code, err) == (0, "")
    assert not any("WARNING" in p for p in pages(tmp_path / "r.pdf"))
