"""The red integrity warning under a page's title, for documents printed from a file that failed `verify`.

The organizer may still need the paper, so such a file is printed; every page
then says, in red, that its figures are not proven by the audit record.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

WARNING_PT = 8.0


def paint_warning(painter: QPainter, device: QPagedPaintDevice, rect: QRectF, text: str, family: str) -> None:
    """`text` in red bold, wrapped within `rect` (two lines); an overlong problem is cut, never spilt."""
    font = QFont(family)
    font.setPointSizeF(WARNING_PT)
    font.setBold(True)
    metrics = QFontMetricsF(font, device)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    while len(text) > 20 and metrics.boundingRect(rect, flags, text).height() > rect.height():
        text = text[:int(len(text) * 0.9)].rstrip("… ") + "…"
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.red))
    painter.drawText(rect, flags, text)
    painter.restore()
