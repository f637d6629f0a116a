"""The month view: six weeks of days, each with its holiday name and the first events of the day
("09:00 Hembesök …", "+3 till"). Click selects a day; double-click or Enter opens it in the day
view. Arrow keys move the selected day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.services.scheduling.calendar import EventRow
from app.services.scheduling.recurrence import local
from app.ui import formatting
from app.ui.calendar.style import (
    GRID_LINE,
    HEADER_BG,
    HOLIDAY_TEXT,
    SELECTION,
    TODAY_BG,
    WEEKEND_BG,
    event_colours,
    weekday_short,
)

HEADER = 24
WEEKS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarGrid", text)


def month_days(year: int, month: int) -> list[date]:
    """The 42 days shown for a month: from the Monday on or before the 1st."""
    first = date(year, month, 1)
    start = first - timedelta(days=first.weekday())
    return [start + timedelta(days=i) for i in range(7 * WEEKS)]


class MonthGrid(QWidget):
    daySelected = Signal(object)  # date
    dayActivated = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.month = date.today().replace(day=1)
        self.days = month_days(self.month.year, self.month.month)
        self.holidays: dict[date, str] = {}
        self.by_day: dict[date, list[EventRow]] = {}
        self.selected: date | None = None
        self.today = date.today()
        self.daySelected.connect(lambda _day: self._announce())
        self._announce()

    def _announce(self) -> None:
        """The painted month as text for assistive technology: the selected day and its
        events in the name, every day with events in the description."""
        from app.ui.calendar.time_grid import spoken_text

        day = self.selected
        if day is None:
            self.setAccessibleName(_tr("Kalender"))
        else:
            rows = self.by_day.get(day, [])
            head = f"{formatting.weekday_short(day)} {formatting.date_text(day)}"
            self.setAccessibleName(
                "; ".join([head, *(spoken_text(r) for r in rows)])
                if rows
                else f"{head}: " + _tr("Inga händelser")
            )
        spoken = [spoken_text(r) for d in sorted(self.by_day) for r in self.by_day[d]]
        self.setAccessibleDescription(
            _tr("{n} händelser: {items}").format(n=len(spoken), items="; ".join(spoken))
            if spoken
            else _tr("Inga händelser")
        )

    def set_month(self, month: date, holidays: dict[date, str], today: date) -> None:
        self.month = month.replace(day=1)
        self.days = month_days(self.month.year, self.month.month)
        self.holidays = holidays
        self.today = today
        self.update()

    def set_rows(self, rows: list[EventRow]) -> None:
        by_day: dict[date, list[EventRow]] = {}
        for row in rows:
            day = local(row.starts_at).date()
            last = local(row.ends_at - timedelta(microseconds=1)).date()
            while day <= last:
                by_day.setdefault(day, []).append(row)
                day += timedelta(days=1)
        self.by_day = by_day
        self._announce()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(800, 600)

    def _cell(self, index: int) -> QRectF:
        w = self.width() / 7
        h = (self.height() - HEADER) / WEEKS
        return QRectF((index % 7) * w, HEADER + (index // 7) * h, w, h)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        metrics = QFontMetrics(small)
        line = metrics.height()
        w = self.width() / 7
        p.fillRect(QRectF(0, 0, self.width(), HEADER), HEADER_BG)
        p.setFont(bold)
        p.setPen(QColor("#333333"))
        for i in range(7):
            p.drawText(
                QRectF(i * w, 0, w, HEADER),
                Qt.AlignmentFlag.AlignCenter,
                weekday_short(self.days[i]),
            )
        for index, day in enumerate(self.days):
            rect = self._cell(index)
            if day.month != self.month.month:
                p.fillRect(rect, QColor("#f2f2f2"))
            if day.weekday() >= 5 or day in self.holidays:
                p.fillRect(rect, WEEKEND_BG)
            if day == self.today:
                p.fillRect(rect, TODAY_BG)
            if day == self.selected:
                p.fillRect(rect, SELECTION)
            p.setPen(QPen(GRID_LINE, 1))
            p.drawRect(rect)
            p.setFont(bold)
            p.setPen(QColor("#1a1a1a") if day.month == self.month.month else QColor("#888888"))
            p.drawText(rect.adjusted(5, 3, -5, -3), Qt.AlignmentFlag.AlignLeft, str(day.day))
            top = rect.top() + 3 + QFontMetrics(bold).height()
            p.setFont(small)
            name = self.holidays.get(day)
            if name:
                p.setPen(HOLIDAY_TEXT)
                p.drawText(
                    QRectF(rect.left() + 24, rect.top() + 4, rect.width() - 28, line),
                    Qt.AlignmentFlag.AlignRight,
                    metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width() - 28)),
                )
            rows = self.by_day.get(day, [])
            room = int((rect.bottom() - top - 2) // line)
            shown = rows if len(rows) <= room else rows[: max(0, room - 1)]
            for n, row in enumerate(shown):
                y = top + n * line
                fill, edge = event_colours(row.kind)
                bar = QRectF(rect.left() + 3, y + 1, rect.width() - 6, line - 1)
                p.fillRect(bar, fill)
                p.fillRect(QRectF(bar.left(), bar.top(), 3, bar.height()), edge)
                p.setPen(QColor("#1a1a1a"))
                text = f"{formatting.time_text(local(row.starts_at))} {row.title}"
                p.drawText(
                    bar.adjusted(6, 0, -2, 0),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(bar.width() - 8)),
                )
            if len(shown) < len(rows):
                p.setPen(QColor("#444444"))
                more = _tr("+{n} till").format(n=len(rows) - len(shown))
                p.drawText(
                    QRectF(rect.left() + 6, top + len(shown) * line, rect.width() - 8, line),
                    Qt.AlignmentFlag.AlignLeft,
                    more,
                )
        p.end()

    def _index_at(self, pos) -> int | None:
        if pos.y() < HEADER:
            return None
        w = self.width() / 7
        h = (self.height() - HEADER) / WEEKS
        col, row = int(pos.x() // w), int((pos.y() - HEADER) // h)
        if 0 <= col < 7 and 0 <= row < WEEKS:
            return row * 7 + col
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index = self._index_at(event.position())
        if index is not None:
            self.selected = self.days[index]
            self.daySelected.emit(self.selected)
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        index = self._index_at(event.position())
        if index is not None:
            self.dayActivated.emit(self.days[index])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = event.key()
        if key in steps:
            base = self.selected or self.today
            self.selected = base + timedelta(days=steps[key])
            self.daySelected.emit(self.selected)
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.dayActivated.emit(self.selected)
            return
        super().keyPressEvent(event)
