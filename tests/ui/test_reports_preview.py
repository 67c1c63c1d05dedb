"""Print preview from the Reports menu shows each document on the page it needs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.ui.reports_menu import DOCUMENTS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_preview_takes_the_documents_own_orientation(window, monkeypatch):
    shown: dict[str, QPageLayout.Orientation] = {}
    kind_now = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec",
                        lambda self: shown.__setitem__(kind_now[-1], self.printer().pageLayout().orientation()) or 0)
    window.tree.select("04")  # nine teams: its wide forms need landscape
    wanted = {}
    for kind, _scope in DOCUMENTS:
        kind_now.append(kind)
        window.reports.preview(kind)
        printer = QPrinter(QPrinter.HighResolution)
        window.reports.build(kind).setup_printer(printer)
        wanted[kind] = printer.pageLayout().orientation()
    assert shown == wanted
    assert QPageLayout.Landscape in wanted.values()  # the test means something only with a wide document
