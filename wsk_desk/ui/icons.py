"""Icons painted at run time, so every state has a shape as well as a colour.

The emoji the sketches use (🔒 ⛔ 🥇) are missing from DejaVu, the one font
a venue laptop is sure to have, so they are drawn here instead.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 20

# High-contrast state colours (background, foreground); the icon or text carries the meaning too.
LOCKED_BG = QColor("#d9dde3")
MISSING_BG = QColor("#fff1b8")
DISAGREE_BG = QColor("#ffc9c9")
CONFIRMED_BG = QColor("#ffe3cc")
COMPATRIOT_BG = QColor("#b9bec6")
ABSENT_BG = QColor("#eceff3")
REFUSED_BG = QColor("#ff9b9b")
DONE_BG = QColor("#d8f2dc")
MEDAL_COLOURS = {"GOLD": QColor("#e0b000"), "SILVER": QColor("#a7adb5"), "BRONZE": QColor("#c0773a"),
                 "EXCELLENCE": QColor("#2f6fd6")}

# Glyphs that DejaVu has (checked with inFontUcs4).
GLYPH = {"setup": "○", "marking": "◐", "provisional": "◑", "final": "●", "done": "✓", "missing": "·",
         "disagreement": "⚠", "compatriot": "⊘", "refused": "✖", "locked": "▣", "medallion": "✪"}


def _canvas(size: int = SIZE) -> tuple[QPixmap, QPainter]:
    pix = QPixmap(size, size)
    pix.fill(Qt.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.Antialiasing)
    return pix, painter


@lru_cache(maxsize=None)
def lock() -> QIcon:
    pix, p = _canvas()
    p.setPen(QPen(QColor("#303840"), 2.2))
    p.setBrush(Qt.NoBrush)
    p.drawArc(QRectF(5.5, 2, 9, 10), 0, 180 * 16)
    p.drawLine(QPointF(5.5, 7), QPointF(5.5, 9))
    p.drawLine(QPointF(14.5, 7), QPointF(14.5, 9))
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#303840"))
    p.drawRoundedRect(QRectF(3, 9, 14, 10), 2, 2)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QRectF(8.5, 12, 3, 3))
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=None)
def no_entry() -> QIcon:
    """The compatriot sign: a red disc with a white bar."""
    pix, p = _canvas()
    p.setPen(QPen(QColor("#7a0000"), 1))
    p.setBrush(QColor("#d01818"))
    p.drawEllipse(QRectF(1.5, 1.5, 17, 17))
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(4.5, 8.5, 11, 3))
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=None)
def warning() -> QIcon:
    pix, p = _canvas()
    tri = QPolygonF([QPointF(10, 1.5), QPointF(19, 18), QPointF(1, 18)])
    p.setPen(QPen(QColor("#5a3a00"), 1.2))
    p.setBrush(QColor("#ffb000"))
    p.drawPolygon(tri)
    p.setPen(QPen(QColor("#000000"), 2.2))
    p.drawLine(QPointF(10, 7), QPointF(10, 12.5))
    p.drawPoint(QPointF(10, 15.5))
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=None)
def refused() -> QIcon:
    pix, p = _canvas()
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#b00000"))
    p.drawEllipse(QRectF(1, 1, 18, 18))
    p.setPen(QPen(QColor("#ffffff"), 2.5))
    p.drawLine(QPointF(6, 6), QPointF(14, 14))
    p.drawLine(QPointF(14, 6), QPointF(6, 14))
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=None)
def check() -> QIcon:
    pix, p = _canvas()
    p.setPen(QPen(QColor("#1b7a2e"), 3, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    path = QPainterPath(QPointF(3.5, 10.5))
    path.lineTo(8, 15)
    path.lineTo(16.5, 4.5)
    p.drawPath(path)
    p.end()
    return QIcon(pix)


@lru_cache(maxsize=None)
def medal(kind: str) -> QIcon:
    """A medal disc with its place number (1/2/3), or a star for the Medallion for Excellence."""
    colour = MEDAL_COLOURS.get(kind, QColor("#888888"))
    pix, p = _canvas()
    p.setPen(QPen(colour.darker(160), 1.2))
    p.setBrush(QBrush(colour))
    p.drawEllipse(QRectF(1.5, 1.5, 17, 17))
    font = QFont("DejaVu Sans")
    font.setPixelSize(11)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff") if kind in ("BRONZE", "EXCELLENCE") else QColor("#000000"))
    label = {"GOLD": "1", "SILVER": "2", "BRONZE": "3"}.get(kind, "★")
    p.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignCenter, label)
    p.end()
    return QIcon(pix)
