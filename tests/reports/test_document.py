"""The page machinery: A4, orientation by width, header and footer on every page, the font, safe writing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from tests.reports.pdf_text import orientations, pages
from wsk_desk.domain.errors import DeskError
from wsk_desk.reports.document import KAZAKH_LETTERS, Document, Section, document_family
from wsk_desk.reports.html import Cell, Table


def grid(columns: int, rows: int) -> str:
    table = Table()
    table.head(["#", "Аспект"] + [f"Қ{j:02d}" for j in range(columns)])
    for i in range(rows):
        table.row([i, f"Өлшем әңгіме {i}"] + [Cell(j, "c") for j in range(columns)])
    return table.render()


def doc(*sections: Section) -> Document:
    """English page furniture (the words under test); Kazakh content."""
    return Document("Чемпионат WorldSkills Қазақстан", list(sections), "en", record="Audit entry #7")


def test_the_font_has_every_kazakh_letter():
    metrics = QFontMetrics(QFont(document_family()))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in KAZAKH_LETTERS)


def test_orientation_is_chosen_by_width_and_wide_tables_are_not_cut(tmp_path):
    out = tmp_path / "d.pdf"
    d = doc(Section("Narrow", grid(4, 5), "17 · Веб"), Section("Wide", grid(20, 5), "04"),
            Section("Wider still", grid(34, 5), "05"))
    assert d.to_pdf(out) == 3
    assert orientations(out) == ["portrait", "landscape", "landscape"]
    last = pages(out)[2]
    assert "Қ33" in last and "Қ00" in last  # shrunk to fit, not clipped


def test_every_page_repeats_the_header_and_numbers_itself(tmp_path):
    out = tmp_path / "d.pdf"
    d = doc(Section("Бағалау ведомосі", grid(3, 120), "17 · Веб-технологиялар", "Revision 2 (final)", "PROVISIONAL"),
            Section("Second", grid(3, 3), "04 · Мехатроника"))
    count = d.to_pdf(out)
    texts = pages(out)
    assert count == len(texts) >= 3
    first_section = texts[:-1]
    for n, page in enumerate(first_section, start=1):
        assert "Чемпионат WorldSkills Қазақстан" in page
        assert "Бағалау ведомосі" in page and "17 · Веб-технологиялар" in page
        assert "PROVISIONAL" in page
        assert f"Page {n} of {len(first_section)}" in page
        assert "Revision 2 (final)" in page and "Audit entry #7" in page
        assert "Printed " + d.printed_at.strftime("%Y-%m-%d") in page
        assert "Аспект" in page  # the table header repeats on each page
    assert "Page 1 of 1" in texts[-1] and "PROVISIONAL" not in texts[-1] and "04 · Мехатроника" in texts[-1]
    assert d.page_count() == count


def test_kazakh_letters_come_out_as_text(tmp_path):
    out = tmp_path / "d.pdf"
    doc(Section("Тест", "<p>әғқңөұүһі ӘҒҚҢӨҰҮҺІ</p>")).to_pdf(out)
    assert "әғқңөұүһі ӘҒҚҢӨҰҮҺІ" in pages(out)[0]


def test_a_failed_render_leaves_the_old_file_and_no_partial(tmp_path, monkeypatch):
    out = tmp_path / "d.pdf"
    out.write_bytes(b"previous")

    def boom(self, device, **kw):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Document, "paint", boom)
    with pytest.raises(RuntimeError):
        doc(Section("x", "<p>x</p>")).to_pdf(out)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["d.pdf"]


def test_a_missing_folder_is_one_sentence(tmp_path):
    with pytest.raises(DeskError, match="the folder does not exist"):
        doc(Section("x", "<p>x</p>")).to_pdf(tmp_path / "nope" / "d.pdf")


def test_a_pdf_printer_keeps_each_sections_orientation(tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "p.pdf"))
    assert doc(Section("N", grid(3, 3)), Section("W", grid(22, 3))).print_to(printer) == 2
    assert orientations(tmp_path / "p.pdf") == ["portrait", "landscape"]


def test_one_job_on_a_real_printer_uses_one_orientation(tmp_path):
    """A native printer cannot turn the page within a job: the widest section decides."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(tmp_path / "one.pdf"))
    pages_painted = doc(Section("N", grid(3, 3)), Section("W", grid(22, 3))).paint(writer, mixed_orientation=False)
    del writer
    assert pages_painted == 2
    assert orientations(tmp_path / "one.pdf") == ["landscape", "landscape"]


def test_print_preview_paints_every_page(qtbot):
    d = doc(Section("N", grid(3, 100)), Section("W", grid(22, 3)))
    printer = QPrinter()
    d.setup_printer(printer)
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(d.print_to)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape  # the widest section's
    assert preview.pageCount() >= 3


def test_a_running_preview_with_margins_still_gets_every_page(qtbot):
    """Without setup_printer the preview's page stays as it is; the document adapts to it."""
    d = doc(Section("N", grid(3, 100)))
    dialog = QPrintPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(d.print_to)
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() >= 2


def _page_of(texts: list[str], needle: str) -> int:
    [page] = [i for i, t in enumerate(texts) if needle in t]
    return page


def test_rows_are_never_split_across_pages(tmp_path):
    table = Table()
    table.head(["No.", "Text", "Note"])
    for i in range(60):
        words = " ".join(["қазақ"] * (3 + (i * 7) % 23))
        table.row([i, Cell(html=f"start{i}x {words} end{i}x", width="30%"), f"n{i}x"])
        if i % 5 == 0:
            table.row(["", f"judge{i}xa", ""], join=True)
            table.row(["", f"judge{i}xb", ""], join=True)
    out = tmp_path / "rows.pdf"
    assert doc(Section("Rows", ["<p>intro</p>", table])).to_pdf(out) >= 3
    texts = pages(out, "-raw")
    for i in range(60):
        assert _page_of(texts, f"start{i}x") == _page_of(texts, f"end{i}x") == _page_of(texts, f"n{i}x"), i
        if i % 5 == 0:
            assert _page_of(texts, f"start{i}x") == _page_of(texts, f"judge{i}xb"), i  # joined rows stay together
    assert all("Text" in t for t in texts)  # the header starts every page


def test_a_title_stays_with_its_table(tmp_path):
    filler = "".join(f"<p>line {i}</p>" for i in range(200))
    for extra in range(0, 12):
        table = Table(title="Signatures").row(["Chief Expert", "Signature:"])
        out = tmp_path / f"t{extra}.pdf"
        doc(Section("T", [filler + "".join(f"<p>x{j}</p>" for j in range(extra)), table])).to_pdf(out)
        texts = pages(out, "-raw")
        assert _page_of(texts, "Signatures") == _page_of(texts, "Chief Expert"), extra


def test_the_footer_speaks_the_documents_language_whatever_the_desk_speaks(tmp_path):
    from PySide6.QtCore import QCoreApplication

    from wsk_desk.i18n import use_language

    with use_language("kk"):
        expected = QCoreApplication.translate("Reports", "Page {page} of {pages}").format(page=1, pages=1)
    assert expected != "Page 1 of 1"  # the Kazakh translation exists
    out = tmp_path / "kk.pdf"
    with use_language("en"):  # the desk in English, the document in Kazakh
        Document("Чемпионат", [Section("x", "<p>x</p>")], "kk").to_pdf(out)
    assert expected in pages(out)[0]
