"""Small chart views over QtCharts that keep their series and axes and only swap the data.

Each view owns one series and its axes for its whole life; ``set_data`` clears the series
(which deletes the old bar sets or slices) and appends new ones, so refreshing never leaks.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from fwgdesk.ui.wording import counted

MINIMUM_HEIGHT = 220
ROW_GAP = 12  # between two category labels of a horizontal chart
CHROME = 80  # title, value axis and margins around the plot
TEXT_MARGINS = 8  # more a label of two lines needs (its text item's document margins)


LABEL_ROOM = 130  # pixels a horizontal chart's category label gets on one line


def rows_height(font: QFont, labels: Sequence[str]) -> int:
    """The height a horizontal bar chart needs for the lines of each category label:
    QtCharts shows a label that does not fit its row as "…" (Arabic lines are taller), and
    gives every row the same height."""
    metrics = QFontMetrics(font)
    line = max([metrics.lineSpacing(), *(metrics.boundingRect(label).height() for label in labels)])
    lines = max((label.count(LINE_BREAK) + 1 for label in labels), default=1)
    row = lines * line + ROW_GAP + (TEXT_MARGINS if lines > 1 else 0)
    return max(MINIMUM_HEIGHT, len(labels) * row + CHROME)


LINE_BREAK = "<br>"  # a category label is rich text


def two_lines(font: QFont, label: str) -> str:
    """*label* as a category label of a horizontal chart: one line when it fits the room
    QtCharts gives it, else two, broken at the space nearest its middle (rich text)."""
    if QFontMetrics(font).horizontalAdvance(label) <= LABEL_ROOM or " " not in label.strip():
        return label
    middle = len(label) / 2
    spaces = [n for n, char in enumerate(label) if char == " " and 0 < n < len(label) - 1]
    cut = min(spaces, key=lambda n: abs(n - middle))
    return f"{escape(label[:cut], quote=False)}{LINE_BREAK}{escape(label[cut + 1 :], quote=False)}"


PALETTE: tuple[str, ...] = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
)


@dataclass(frozen=True)
class BarSetData:
    """One bar set: its legend label, one value per category, and its colour."""

    label: str
    values: tuple[int, ...]
    color: str | None = None


def nice_step(maximum: int, ticks: int = 5) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50... that divides *maximum* into at most *ticks*."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if maximum <= step * factor * ticks:
                return step * factor
        step *= 10


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


class _ChartView(QChartView):
    def __init__(self, chart: QChart, title: str, parent: QWidget | None) -> None:
        super().__init__(chart, parent)
        self._title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(260, MINIMUM_HEIGHT)

    def _show_title(self, empty: bool) -> None:
        """The title, and under it (a title is rich text) that nothing is recorded: on one
        line the two were cut in a narrow chart."""
        if empty:
            none = QCoreApplication.translate("charts", "none recorded")
            title, note = escape(self._title, quote=False), escape(none, quote=False)
            self.chart().setTitle(f"{title}<br><small>{note}</small>")
        else:
            self.chart().setTitle(self._title)


class BarChartView(_ChartView):
    """Bars by category, grouped or stacked, vertical or horizontal."""

    def __init__(
        self,
        title: str,
        stacked: bool = False,
        horizontal: bool = False,
        parent: QWidget | None = None,
        legend: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignBottom,
    ) -> None:
        super().__init__(_base_chart(title), title, parent)
        self.chart().legend().setAlignment(legend)
        self.series: QAbstractBarSeries = _bar_series(stacked, horizontal)
        self.series.setLabelsVisible(True)
        if stacked:
            self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsCenter)
        else:
            self.series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        chart = self.chart()
        chart.addSeries(self.series)
        category_side = Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        value_side = Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        chart.addAxis(self.categories, category_side)
        chart.addAxis(self.values, value_side)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self._stacked = stacked
        self._horizontal = horizontal

    def set_data(self, categories: Sequence[str], sets: Sequence[BarSetData]) -> None:
        self.series.clear()  # deletes the previous bar sets
        for n, data in enumerate(sets):
            bar_set = QBarSet(data.label)
            bar_set.append([float(v) for v in data.values])
            bar_set.setColor(QColor(data.color or PALETTE[n % len(PALETTE)]))
            bar_set.setLabelColor(QColor("white" if self._stacked else "black"))
            self.series.append(bar_set)
        self.categories.clear()
        font = self.categories.labelsFont()
        if self._horizontal:  # a row per category: each label needs its lines
            categories = [two_lines(font, category) for category in categories]
            self.setMinimumHeight(rows_height(font, categories))
        self.categories.append(list(categories))
        self._set_range(categories, sets)
        self.chart().legend().setVisible(len(sets) > 1)

    def _set_range(self, categories: Sequence[str], sets: Sequence[BarSetData]) -> None:
        columns = [[s.values[i] for s in sets] for i in range(len(categories))]
        if self._stacked:
            highest = max((sum(c) for c in columns), default=0)
        else:
            highest = max((max(c, default=0) for c in columns), default=0)
        # Room above the tallest bar for its label when labels sit outside the end.
        wanted = highest if self._stacked else math.ceil(highest * 1.12)
        step = nice_step(max(wanted, 1))
        top = step * max(1, math.ceil(max(wanted, 1) / step))
        self.values.setRange(0, top)
        self.values.setTickType(QValueAxis.TickType.TicksFixed)
        self.values.setTickCount(top // step + 1)
        self._show_title(highest == 0)


def _bar_series(stacked: bool, horizontal: bool) -> QAbstractBarSeries:
    if horizontal:
        return QHorizontalStackedBarSeries() if stacked else QHorizontalBarSeries()
    return QStackedBarSeries() if stacked else QBarSeries()


class PieChartView(_ChartView):
    """Shares of a whole; the legend gives each slice's count and percentage."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(_base_chart(title), title, parent)
        self.series = QPieSeries()
        self.series.setPieSize(0.62)
        self.chart().addSeries(self.series)
        # Under the pie: at its side the legend gets too narrow a strip for "Женщины: 40 (31%)".
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def set_data(self, slices: Sequence[tuple[str, int]]) -> None:
        self.series.clear()  # deletes the previous slices
        total = sum(value for _, value in slices)
        for n, (label, value) in enumerate(slices):
            if value <= 0:
                continue
            piece = self.series.append(counted(label, value, total), float(value))
            piece.setColor(QColor(PALETTE[n % len(PALETTE)]))
        self._show_title(total == 0)
