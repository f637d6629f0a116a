"""Colours and short names shared by the calendar views."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.models.enums import EventKind

NIGHT = QColor("#e9e9e9")
DAY_SHIFT = QColor("#ffffff")
EVENING_SHIFT = QColor("#f6f1e4")
WEEKEND_BG = QColor(120, 120, 140, 28)
TODAY_BG = QColor(47, 111, 181, 16)
TODAY_MARK = QColor("#2f6fb5")
HEADER_BG = QColor("#f4f4f4")
GRID_LINE = QColor("#cfcfcf")
GRID_LINE_FAINT = QColor("#e0e0e0")
SELECTION = QColor(47, 111, 181, 60)
HOLIDAY_TEXT = QColor("#9b1c1c")

# (fill, edge) per kind: calm fills, a darker bar on the left edge.
_KIND_COLOURS: dict[EventKind, tuple[str, str]] = {
    EventKind.ARREST_TALK: ("#f3d3d3", "#b23b3b"),
    EventKind.RELEASE_TALK: ("#f6dcc4", "#c0682a"),
    EventKind.HOME_VISIT: ("#d5e8d4", "#4d8a4a"),
    EventKind.INTERVIEW_SUPPORT: ("#dcd3ef", "#6b55a8"),
    EventKind.COURT_SUPPORT: ("#e6d3ea", "#8a4a96"),
    EventKind.BRIEFING: ("#d3e3f3", "#3a6ea5"),
    EventKind.RVT_MEETING: ("#cfe9ec", "#2f8591"),
    EventKind.MEETING: ("#dde3ea", "#5b6b7d"),
    EventKind.ROOM_BOOKING: ("#f1ecc8", "#a08a1c"),
    EventKind.FOLLOW_UP_CALL: ("#e3efd0", "#6f9a2e"),
    EventKind.TRANSPORT: ("#ffe2b8", "#d98000"),
    EventKind.OTHER: ("#e8e8e8", "#7a7a7a"),
}
_CACHE: dict[EventKind, tuple[QColor, QColor]] = {}

WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("CalendarGrid", "mån"),
    QT_TRANSLATE_NOOP("CalendarGrid", "tis"),
    QT_TRANSLATE_NOOP("CalendarGrid", "ons"),
    QT_TRANSLATE_NOOP("CalendarGrid", "tors"),
    QT_TRANSLATE_NOOP("CalendarGrid", "fre"),
    QT_TRANSLATE_NOOP("CalendarGrid", "lör"),
    QT_TRANSLATE_NOOP("CalendarGrid", "sön"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("CalendarGrid", "januari"),
    QT_TRANSLATE_NOOP("CalendarGrid", "februari"),
    QT_TRANSLATE_NOOP("CalendarGrid", "mars"),
    QT_TRANSLATE_NOOP("CalendarGrid", "april"),
    QT_TRANSLATE_NOOP("CalendarGrid", "maj"),
    QT_TRANSLATE_NOOP("CalendarGrid", "juni"),
    QT_TRANSLATE_NOOP("CalendarGrid", "juli"),
    QT_TRANSLATE_NOOP("CalendarGrid", "augusti"),
    QT_TRANSLATE_NOOP("CalendarGrid", "september"),
    QT_TRANSLATE_NOOP("CalendarGrid", "oktober"),
    QT_TRANSLATE_NOOP("CalendarGrid", "november"),
    QT_TRANSLATE_NOOP("CalendarGrid", "december"),
)


def event_colours(kind: EventKind) -> tuple[QColor, QColor]:
    pair = _CACHE.get(kind)
    if pair is None:
        fill, edge = _KIND_COLOURS.get(kind, _KIND_COLOURS[EventKind.OTHER])
        pair = (QColor(fill), QColor(edge))
        _CACHE[kind] = pair
    return pair


def weekday_short(day: date) -> str:
    return QCoreApplication.translate("CalendarGrid", WEEKDAYS_SHORT[day.weekday()])


def month_name(month: int) -> str:
    return QCoreApplication.translate("CalendarGrid", MONTHS[month - 1])
