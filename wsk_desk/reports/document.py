"""A printable document: A4 pages we paint ourselves, to a PDF or to a printer.

`QTextDocument.print_()` adds its own margins and page numbers, so each page
is painted here: a header repeating the championship, the subject and the
title (and a red PROVISIONAL stamp where due), the body slice laid out by
QTextDocument, and a footer with the time of printing, the revision and
"page X of Y". The orientation is chosen by width: a section that does not
fit portrait goes landscape, then shrinks a little until no column is cut.
A file that failed its integrity check adds a red warning (up to two lines)
under the title of every page; the body is that much shorter.
"""

from __future__ import annotations

from .. import qt_guard

import os
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QFont, QFontDatabase, QFontInfo, QFontMetrics, QFontMetricsF, QGuiApplication,
                           QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter, QPen, QTextDocument,
                           QTextOption)

from ..domain.errors import DeskError
from ..i18n import use_language
from .html import STYLE
from .numbers import format_datetime
from .paginate import Breaks, paginate, render
from .pdf_file import write_pdf_bytes
from .warning_band import paint_warning

translate = QCoreApplication.translate

MM_PER_INCH = 25.4
A4_MM = (210.0, 297.0)
MARGIN_MM = 12.0  # left, right, top and bottom of the sheet
HEADER_MM = 17.0  # header band below the top margin
WARNING_MM = 8.0  # the integrity warning's two lines, added to the header band when there is one
FOOTER_MM = 8.0  # footer band above the bottom margin
GAP_MM = 2.5  # between the bands and the body
SCALES = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6)  # landscape shrink steps before giving up on fitting
PDF_DPI = 72  # PDF's own unit (the point); text stays vector and sub-point exact, and tables lay out 2× faster
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "PT Sans", "Liberation Sans", "Arial")

_app: QGuiApplication | None = None
_family: str | None = None


qt_guard.install()  # before painting thousands of pages; see qt_guard.py


def ensure_app() -> None:
    """Fonts and painting need an application object; a headless command gets an offscreen one.

    A QApplication (not just a QGuiApplication), so that widgets created later in the
    same process (print preview, or GUI tests after report tests) still work.
    """
    global _app
    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication(["wsk-desk"])


def document_family() -> str:
    """The first installed family that really has the Kazakh letters.

    `QFontMetrics.inFont()` wrongly answers False for them; `inFontUcs4()` is right.
    """
    global _family
    if _family is None:
        ensure_app()
        candidates = list(PREFERRED_FAMILIES) + [f for f in QFontDatabase.families() if f not in PREFERRED_FAMILIES]
        for family in candidates:
            font = QFont(family)
            if QFontInfo(font).family() != family:
                continue  # not installed: Qt substituted another family
            metrics = QFontMetrics(font)
            if all(metrics.inFontUcs4(ord(ch)) for ch in KAZAKH_LETTERS):
                _family = family
                break
        else:
            raise DeskError("No installed font has the Kazakh letters (ә ғ қ ң ө ұ ү һ і); install DejaVu Sans "
                            "(Debian: fonts-dejavu-core) and print again.")
    return _family


@dataclass
class Section:
    """A run of pages with one header: one marking form, one results sheet, one list."""

    title: str
    body: str | list  # HTML, or a list of HTML strings and html.Table objects (whose rows are kept whole)
    subject: str = ""  # the competency line; empty for championship-wide documents
    revision: str = ""  # footer text, e.g. "Revision 2 (final)"
    stamp: str = ""  # e.g. "PROVISIONAL", printed red in every page's header
    min_width_mm: float = 0.0  # the body width its columns need to read well (Qt would squeeze a text column
    #                            to its longest word, one word per line): narrower pages are not tried


@dataclass
class _Laid:
    doc: QTextDocument
    orientation: QPageLayout.Orientation
    scale: float
    pages: int
    fits: bool


@dataclass
class Document:
    """What `build_document()` returns: render it with `to_pdf()`, `print_to()` or `paint()`."""

    championship: str
    sections: list[Section]
    lang: str = "ru"
    printed_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    record: str = ""  # the audit position the data was read at, e.g. "#1234"
    point_size: float = 9.0
    warning: str = ""  # e.g. "WARNING: this file failed its integrity check (verify): ...", red on every page

    def __post_init__(self) -> None:
        """The footer's words in the document's language, fixed now: pages are painted later (a preview
        repaints), and switching translators during paint would retranslate every open window."""
        with use_language(self.lang):
            self._printed = translate("Reports", "Printed {when}")
            self._page = translate("Reports", "Page {page} of {pages}")

    @property
    def title(self) -> str:
        return self.sections[0].title if self.sections else ""

    # ---- output ------------------------------------------------------------------------------
    def to_pdf(self, path: str | Path) -> int:
        """Write the PDF, all of it or nothing (see pdf_file.py). Returns pages.

        Qt renders into memory, because its writer keeps quiet about a failed write
        (a full disk gave a truncated file and "success"); Python writes the bytes.
        """
        from PySide6.QtCore import QBuffer

        ensure_app()
        path = Path(path)
        if not path.parent.is_dir():
            raise DeskError(f"{path.parent}: the folder does not exist.")
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        writer.setTitle(self._pdf_title())
        writer.setCreator("WSK Desk")
        pages = self.paint(writer, mixed_orientation=True)
        del writer  # finishes the PDF (its trailer) in the buffer
        write_pdf_bytes(path, bytes(buffer.data()))
        return pages

    def setup_printer(self, printer) -> None:
        """A4, no margins, the orientation the widest section needs: call before QPrintPreviewDialog.

        Once a preview is running its printer is active and its page can no longer be changed,
        so `print_to` then lays the document out for whatever page the printer has.
        """
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), self.orientation(printer),
                                          QMarginsF(0, 0, 0, 0)))
        if not printer.docName():
            printer.setDocName(self._pdf_title())

    def orientation(self, device: QPagedPaintDevice) -> QPageLayout.Orientation:
        """Landscape if any section needs it (a real printer cannot turn the page within a job)."""
        landscape = QPageLayout.Orientation.Landscape
        wide = any(self._lay_out(s, device).orientation == landscape for s in self.sections)
        return landscape if wide else QPageLayout.Orientation.Portrait

    def print_to(self, printer) -> int:  # printer: QtPrintSupport.QPrinter
        """Print on a QPrinter (also the slot for QPrintPreviewDialog.paintRequested). Returns pages.

        A QPrinter writing PDF gives each section its own orientation. A real printer or a
        preview cannot turn the page within one job: the document is laid out for the page
        the printer has (`setup_printer` chooses it; the user may change it in the dialog).
        """
        from PySide6.QtGui import QPaintEngine

        engine = printer.paintEngine()
        if engine is None or engine.type() != QPaintEngine.Type.Pdf:
            return self.paint(printer, mixed_orientation=False, fixed_layout=True)
        printer.setFullPage(True)
        if not printer.docName():
            printer.setDocName(self._pdf_title())
        return self.paint(printer, mixed_orientation=True)

    def paint(self, device: QPagedPaintDevice, *, mixed_orientation: bool = True, fixed_layout: bool = False) -> int:
        """Lay out every section for `device`, then paint all pages. Returns the number of pages.

        `fixed_layout`: the device's page cannot be changed (an active printer): lay out for it.
        """
        ensure_app()
        fixed = device.pageLayout().orientation() if fixed_layout else None
        laid = [self._lay_out(s, device, forced=fixed) for s in self.sections]
        if not mixed_orientation and not fixed_layout and laid:
            wide = any(item.orientation == QPageLayout.Orientation.Landscape for item in laid)
            if wide:
                laid = [item if item.orientation == QPageLayout.Orientation.Landscape
                        else self._lay_out(s, device, forced=QPageLayout.Orientation.Landscape)
                        for s, item in zip(self.sections, laid)]
        painter: QPainter | None = None
        total = 0
        try:
            for section, item in zip(self.sections, laid):
                layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), item.orientation, QMarginsF(0, 0, 0, 0))
                if not fixed_layout and (painter is None or mixed_orientation):
                    device.setPageLayout(layout)
                for page in range(item.pages):
                    if painter is None:
                        painter = QPainter()
                        if not painter.begin(device):
                            raise DeskError("The printer or PDF file could not be opened for painting.")
                        painter.translate(-_origin(device))
                    else:
                        device.newPage()
                    self._paint_page(painter, device, section, item, page)
                    total += 1
        finally:
            if painter is not None and painter.isActive():
                painter.end()
        return total

    def page_count(self) -> int:
        """Pages the PDF will have (lays the document out on a throw-away PDF writer)."""
        from PySide6.QtCore import QBuffer

        ensure_app()
        buffer = QBuffer()
        buffer.open(QBuffer.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        return sum(self._lay_out(s, writer).pages for s in self.sections)

    # ---- layout ------------------------------------------------------------------------------
    def _pdf_title(self) -> str:
        subjects = {s.subject for s in self.sections if s.subject}
        return " · ".join([self.title] + (sorted(subjects)[:1] if len(subjects) == 1 else []))

    def _body_size(self, device: QPagedPaintDevice, orientation: QPageLayout.Orientation) -> QSizeF:
        dpmm = device.logicalDpiX() / MM_PER_INCH
        w, h = A4_MM if orientation == QPageLayout.Orientation.Portrait else (A4_MM[1], A4_MM[0])
        body_w = (w - 2 * MARGIN_MM) * dpmm
        body_h = (h - 2 * MARGIN_MM - self._header_mm() - FOOTER_MM - 2 * GAP_MM) * dpmm
        return QSizeF(body_w, body_h)

    def _header_mm(self) -> float:
        return HEADER_MM + (WARNING_MM if self.warning else 0.0)

    def _lay_out(self, section: Section, device: QPagedPaintDevice,
                 forced: QPageLayout.Orientation | None = None) -> _Laid:
        parts = section.body if isinstance(section.body, list) else [section.body]
        doc: QTextDocument | None = None
        needed = 0.0  # the narrowest the content can be, learnt from a try that overflowed
        portrait, landscape = QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape
        tries = [(portrait, 1.0)] + [(landscape, s) for s in SCALES]
        if forced is not None:
            tries = [(forced, s) for s in SCALES]
        last = tries[-1]
        for orientation, scale in tries:
            body = self._body_size(device, orientation)
            width = body.width() / scale
            if width * 1.005 < needed and (orientation, scale) != last:
                continue  # cannot fit: skip the layout
            if _width_mm(orientation) / scale < section.min_width_mm and (orientation, scale) != last:
                continue  # would fit only by squeezing a column the section says must stay readable
            size = QSizeF(width, body.height() / scale)
            if doc is None:
                doc = self._make_doc(render(parts, Breaks()), device, size)
            else:
                doc.setPageSize(size)
            # a 100 % table overshoots by its border width, hence the 0.5 % allowance
            ideal = doc.idealWidth()
            fits = ideal <= width * 1.005
            needed = max(needed, 0.0 if fits else ideal)
            if fits or (orientation, scale) == last:
                doc = paginate(doc, parts, lambda html: self._make_doc(html, device, size))
                return _Laid(doc, orientation, scale, max(1, doc.pageCount()), fits)
        raise AssertionError("unreachable")

    def _make_doc(self, html: str, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
        """A document laid out once, for `device` and `page`: both are set before the content arrives,
        since every later change of either lays the whole document out again."""
        family = document_family()
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setPageSize(page)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(QFont(family, self.point_size))
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never break inside a word: overflow shows as width
        doc.setDefaultTextOption(option)
        doc.setDefaultStyleSheet(STYLE % {"family": family})
        doc.setHtml(html)
        return doc

    # ---- painting ----------------------------------------------------------------------------
    def _paint_page(self, painter: QPainter, device: QPagedPaintDevice, section: Section, item: _Laid,
                    page: int) -> None:
        family = document_family()
        dpmm = device.logicalDpiX() / MM_PER_INCH
        body = self._body_size(device, item.orientation)
        left = MARGIN_MM * dpmm
        top = MARGIN_MM * dpmm
        width = body.width()

        small = QFont(family)
        small.setPointSizeF(7.5)
        bold = QFont(family)
        bold.setPointSizeF(11)
        bold.setBold(True)
        normal = QFont(family)
        normal.setPointSizeF(9)

        painter.setPen(QPen(Qt.GlobalColor.black))
        y = top
        y = self._text(painter, device, small, QRectF(left, y, width, 0), self.championship, Qt.AlignmentFlag.AlignLeft)
        title_rect = QRectF(left, y, width, 0)
        if section.stamp:
            stamp_font = QFont(bold)
            painter.save()
            painter.setPen(QPen(Qt.GlobalColor.red))
            stamp_w = QFontMetricsF(stamp_font, device).horizontalAdvance(section.stamp) + 4 * dpmm
            self._text(painter, device, stamp_font, QRectF(left + width - stamp_w, y, stamp_w, 0), section.stamp,
                       Qt.AlignmentFlag.AlignRight)
            painter.restore()
            title_rect.setWidth(width - stamp_w)
        y = self._text(painter, device, bold, title_rect, section.title, Qt.AlignmentFlag.AlignLeft)
        if section.subject:
            self._text(painter, device, normal, QRectF(left, y, width, 0), section.subject, Qt.AlignmentFlag.AlignLeft)
        if self.warning:
            paint_warning(painter, device, QRectF(left, top + HEADER_MM * dpmm, width, WARNING_MM * dpmm),
                          self.warning, document_family())
        rule_y = top + self._header_mm() * dpmm
        painter.setPen(QPen(Qt.GlobalColor.black, 0.25 * dpmm))
        painter.drawLine(int(left), int(rule_y), int(left + width), int(rule_y))

        body_top = rule_y + GAP_MM * dpmm
        painter.save()
        painter.translate(left, body_top)
        painter.setClipRect(QRectF(0, 0, width, body.height()))
        painter.scale(item.scale, item.scale)
        page_h = item.doc.pageSize().height()
        painter.translate(0, -page * page_h)
        item.doc.drawContents(painter, QRectF(0, page * page_h, item.doc.pageSize().width(), page_h))
        painter.restore()

        foot_y = body_top + body.height() + GAP_MM * dpmm
        painter.setPen(QPen(Qt.GlobalColor.black, 0.25 * dpmm))
        painter.drawLine(int(left), int(foot_y), int(left + width), int(foot_y))
        printed = self._printed.format(when=format_datetime(self.printed_at, self.lang))
        left_text = " · ".join(p for p in (printed, section.revision, self.record) if p)
        page_text = self._page.format(page=page + 1, pages=item.pages)
        page_w = QFontMetricsF(small, device).horizontalAdvance(page_text) + 2 * dpmm
        self._text(painter, device, small, QRectF(left, foot_y + dpmm, width - page_w, 0), left_text,
                   Qt.AlignmentFlag.AlignLeft)
        self._text(painter, device, small, QRectF(left + width - page_w, foot_y + dpmm, page_w, 0), page_text,
                   Qt.AlignmentFlag.AlignRight)

    @staticmethod
    def _text(painter: QPainter, device: QPagedPaintDevice, font: QFont, rect: QRectF, text: str,
              align: Qt.AlignmentFlag) -> float:
        """One line, elided if too long; returns the y below it."""
        metrics = QFontMetricsF(font, device)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        line = QRectF(rect.x(), rect.y(), rect.width(), metrics.height())
        painter.drawText(line, int(align | Qt.AlignmentFlag.AlignVCenter), shown)
        return rect.y() + metrics.height() * 1.1


def _width_mm(orientation: QPageLayout.Orientation) -> float:
    """The body's width on A4 in this orientation."""
    return (A4_MM[0] if orientation == QPageLayout.Orientation.Portrait else A4_MM[1]) - 2 * MARGIN_MM


def _origin(device: QPagedPaintDevice) -> QPointF:
    """Where the painter's (0, 0) lies on the sheet: a QPrinter not in full-page mode starts at its margins."""
    full_page = getattr(device, "fullPage", None)
    if full_page is None or full_page():
        return QPointF(0, 0)
    return QPointF(device.pageLayout().paintRectPixels(device.logicalDpiX()).topLeft())
