"""Small bar charts painted with QPainter (PySide6-Essentials has no QtCharts).

`BarChart` draws vertical bars (optionally stacked series) with a value axis, category labels
under the bars and a legend; `HorizontalBarChart` draws one series with the category labels on
the left (long Swedish labels stay readable). Both say so plainly when there is nothing to show.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Series:
    label: str
    colour: str
    values: Sequence[int]


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 5 × 10^n) so that about `ticks` steps cover the maximum."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(1, m * power)
    return max(1, 10 * power)


def _number(v: float) -> str:
    from app.ui import formatting

    return formatting.number(int(v))


class _ChartBase(QWidget):
    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.empty_text = empty_text
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(240)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories = list(categories)
        self.series = list(series)
        self.updateGeometry()
        self.update()

    def has_data(self) -> bool:
        return any(v for s in self.series for v in s.values)

    def _begin(self) -> tuple[QPainter, QRectF, QFontMetricsF]:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        fm = QFontMetricsF(self.font())
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        p.drawText(QRectF(8, 4, self.width() - 16, fm.height() + 4), self.title)
        p.setFont(self.font())
        area = QRectF(8, fm.height() + 12, self.width() - 16, self.height() - fm.height() - 20)
        if not self.has_data():
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
        return p, area, fm

    def _legend(self, p: QPainter, fm: QFontMetricsF, y: float) -> None:
        x = self.width() - 8.0
        for s in reversed(self.series):
            w = fm.horizontalAdvance(s.label)
            x -= w
            p.setPen(self.palette().color(QPalette.ColorRole.Text))
            p.drawText(QRectF(x, y, w + 2, fm.height()), s.label)
            x -= 16
            p.fillRect(QRectF(x, y + fm.height() / 2 - 5, 10, 10), QColor(s.colour))
            x -= 14


class BarChart(_ChartBase):
    """Vertical stacked bars per category (e.g. interactions per month, digital / physical)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 260)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        del event
        p, area, fm = self._begin()
        try:
            if not self.has_data():
                return
            self._legend(p, fm, 4)
            totals = [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]
            step = nice_step(max(totals))
            top = step * math.ceil(max(totals) / step)
            axis_w = fm.horizontalAdvance(_number(top)) + 10
            label_h = fm.height() + 6
            rotate = len(self.categories) > 8
            if rotate:
                label_h = max(fm.horizontalAdvance(c) for c in self.categories) * 0.75 + 10
            plot = QRectF(area.left() + axis_w, area.top() + 8, area.width() - axis_w - 4,
                          area.height() - label_h - 8)  # fmt: skip
            grid = self.palette().color(QPalette.ColorRole.Mid)
            text = self.palette().color(QPalette.ColorRole.Text)
            value = 0.0
            while value <= top + 1e-9:
                y = plot.bottom() - plot.height() * value / top
                p.setPen(grid)
                p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
                p.setPen(text)
                p.drawText(QRectF(area.left(), y - fm.height() / 2, axis_w - 6, fm.height()),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, _number(value))  # fmt: skip
                value += step
            n = max(1, len(self.categories))
            slot = plot.width() / n
            bar_w = max(2.0, slot * 0.7)
            for i, category in enumerate(self.categories):
                x = plot.left() + i * slot + (slot - bar_w) / 2
                base = plot.bottom()
                for s in self.series:
                    h = plot.height() * s.values[i] / top
                    p.fillRect(QRectF(x, base - h, bar_w, h), QColor(s.colour))
                    base -= h
                p.setPen(text)
                if rotate:
                    p.save()
                    p.translate(x + bar_w / 2, plot.bottom() + 6)
                    p.rotate(-45)
                    w = fm.horizontalAdvance(category)
                    p.drawText(QRectF(-w, -fm.height() / 2, w, fm.height()), category)
                    p.restore()
                else:
                    p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, fm.height()),
                               Qt.AlignmentFlag.AlignHCenter, category)  # fmt: skip
        finally:
            p.end()


class HorizontalBarChart(_ChartBase):
    """One series as horizontal bars with the (long) category labels on the left."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 240)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        del event
        p, area, fm = self._begin()
        try:
            if not self.has_data():
                return
            values = self.series[0].values
            colour = QColor(self.series[0].colour)
            label_w = max(fm.horizontalAdvance(c) for c in self.categories) + 10
            number_w = fm.horizontalAdvance(_number(max(values))) + 10
            plot = QRectF(area.left() + label_w, area.top() + 4,
                          area.width() - label_w - number_w, area.height() - 8)  # fmt: skip
            top = max(values) or 1
            slot = plot.height() / max(1, len(self.categories))
            bar_h = min(22.0, slot * 0.7)
            text = self.palette().color(QPalette.ColorRole.Text)
            for i, (category, v) in enumerate(zip(self.categories, values, strict=True)):
                y = plot.top() + i * slot + (slot - bar_h) / 2
                p.setPen(text)
                p.drawText(QRectF(area.left(), y, label_w - 8, bar_h),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, category)  # fmt: skip
                w = plot.width() * v / top
                p.fillRect(QRectF(plot.left(), y, w, bar_h), colour)
                p.drawText(QRectF(plot.left() + w + 4, y, number_w, bar_h),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _number(v))  # fmt: skip
        finally:
            p.end()
