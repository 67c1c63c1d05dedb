"""The raw score distribution of a competency (QtCharts): one dot per result, the median as a line.

A dot plot rather than bars: with 10-20 competitors every person stays
visible, and the dots carry their medal colour and a legend entry per medal.
QtCharts is imported only when the Results tab is first shown, to keep start-up fast.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from . import icons
from .texts import counted, fmt_mark, medal_label

GAP = 1.3  # marks: dots closer than this stack instead of overlapping


class DistributionChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.chart_ = QChart()
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignRight)
        self.setChart(self.chart_)
        self.setMinimumHeight(170)

    def show_results(self, results) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        rows = [r for r in (results.rows if results else []) if r.rank is not None]
        chart.setTitle(counted(self.tr("Raw marks of %n result(s)", "", len(rows)), len(rows)))
        lanes: list[float] = []  # the last raw mark placed in each lane (height)
        groups: dict[str, QScatterSeries] = {}
        top = 1
        for r in sorted(rows, key=lambda r: r.raw):
            key = r.medal.value if r.medal else ""
            series = groups.get(key)
            if series is None:
                series = groups[key] = QScatterSeries()
                series.setName(medal_label(key) or self.tr("no award"))
                series.setMarkerSize(13)
                colour = icons.MEDAL_COLOURS.get(key, QColor("#59616b"))
                series.setColor(colour)
                series.setBorderColor(colour.darker(170))
            raw = float(r.raw)
            lane = next((i for i, last in enumerate(lanes) if raw - last >= GAP), len(lanes))
            if lane == len(lanes):
                lanes.append(raw)
            lanes[lane] = raw
            top = max(top, lane + 1)
            series.append(QPointF(raw, lane + 1))
        x = QValueAxis()
        x.setRange(0, 100)
        x.setTickCount(11)
        x.setLabelFormat("%d")
        x.setTitleText(self.tr("raw marks"))
        y = QValueAxis()
        y.setRange(0, top + 1)
        y.setLabelsVisible(False)
        y.setGridLineVisible(False)
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        for key in ("GOLD", "SILVER", "BRONZE", "EXCELLENCE", ""):
            if key in groups:
                chart.addSeries(groups[key])
                groups[key].attachAxis(x)
                groups[key].attachAxis(y)
        if results is not None and results.median is not None:
            median = float(results.median)
            line = QLineSeries()
            line.setName(self.tr("median %1").replace("%1", fmt_mark(results.median)))
            line.setPen(QPen(QColor("#c00000"), 2, Qt.DashLine))
            line.append(median, 0)
            line.append(median, top + 1)
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)
