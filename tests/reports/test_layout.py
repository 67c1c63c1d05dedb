"""Layout faults the auditor found: a squeezed "Why" column, signatures alone on a page, "1 pages"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from tests.reports.demo_files import tiny, unmarked
from tests.reports.pdf_text import orientations, pages
from wsk_desk.reports import build_document
from wsk_desk.reports.document import Document, Section
from wsk_desk.reports.html import Cell, Table, signature_lines
from wsk_desk.storage.championship import Championship


@pytest.fixture(scope="module")
def blank():
    c = Championship.open(unmarked(), readonly=True)
    yield c
    c.close()


def test_a_results_sheet_without_marks_keeps_the_why_column_readable(blank, tmp_path):
    """It came out portrait with "Why" one word per line and every row seven lines tall."""
    out = tmp_path / "r13.pdf"
    build_document("results", blank, code="13", lang="en").to_pdf(out)
    assert set(orientations(out)) == {"landscape"}
    texts = pages(out)
    assert "marks missing; no marks entered" in texts[0]  # the phrase runs along a line, not down the cell
    assert texts[0].count("Фамилия") >= 12  # short rows: twelve or more on a page (squeezed, eight fitted)


def _page_of(texts: list[str], needle: str) -> int:
    found = [i for i, t in enumerate(texts) if needle in t]
    assert len(found) == 1, (needle, found)
    return found[0]


@pytest.mark.parametrize("rows", range(28, 46, 2))
def test_signatures_stay_whole_and_with_the_last_rows_of_the_table(tmp_path, rows):
    """Wherever the page ends, the signature block is never alone on a page nor split over two."""
    table = Table()
    table.head(["No.", "Competitor", "Raw"])
    for i in range(rows):
        table.row([Cell(f"row{i}x", "nw"), f"Name {i} Қанат", Cell("97.50", "num")])
    people = [("Chief Expert", "Үмбетова Гүлнар"), ("Deputy Chief Expert", "Орлов Максим"),
              ("Expert", "Ли Анна"), ("Expert", "Ким Олег")]
    sign = signature_lines(people, "Signature", "Date", "Signatures")
    out = tmp_path / f"s{rows}.pdf"
    Document("Ч", [Section("Results sheet", ["<p>intro</p>", table, "<h3>Settings</h3><p>a</p><p>b</p>",
                                             sign])], "en").to_pdf(out)
    texts = pages(out, "-raw")
    page = _page_of(texts, "Signatures")
    assert [_page_of(texts, name) for _, name in people] == [page] * len(people)
    assert _page_of(texts, f"row{rows - 1}x") == page  # the table's last row is on the signatures' page
    for i in range(rows):
        _page_of(texts, f"row{i}x")  # and no row was lost or printed twice


def test_signatures_fall_back_to_a_page_of_their_own_only_when_nothing_else_fits(tmp_path):
    """Between the table and the signatures more than a page of text: the block still stays whole."""
    table = Table().row(["row0x", "a"]).row(["row1x", "b"])
    long_text = "".join(f"<p>line {i}</p>" for i in range(120))
    sign = signature_lines([("Chief Expert", "Ли Анна"), ("Deputy Chief Expert", "Ким Олег")], "Signature",
                           "Date", "Signatures")
    out = tmp_path / "long.pdf"
    Document("Ч", [Section("T", [table, long_text, sign])], "en").to_pdf(out)
    texts = pages(out, "-raw")
    assert _page_of(texts, "Signatures") == _page_of(texts, "Ли Анна") == _page_of(texts, "Ким Олег")


def test_the_desk_says_one_page_in_the_singular(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from wsk_desk.i18n import use_language
    from wsk_desk.ui.reports_menu import ReportsMenu

    champ = Championship.open(tiny(), readonly=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []
    lang = ["en"]
    menu = ReportsMenu(QMenu(parent), parent, lambda: (champ, "17", "A1", lang[0]),
                       lambda text, error: said.append(text))

    def to_file(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "p.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    try:
        assert menu.print_document("results")
        with use_language("ru"):
            lang[0] = "ru"
            assert menu.print_document("results")
        with use_language("kk"):
            lang[0] = "kk"
            assert menu.print_document("results")
    finally:
        champ.close()
    assert said == ["Sent 1 page to the printer.", "На принтер отправлена 1 страница.", "Принтерге 1 бет жіберілді."]
