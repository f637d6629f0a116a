"""The one place the user interface turns dates, times, numbers and personnummer into text.

Everything goes through the program's QLocale (set at start by app.ui.translation: sv_SE, or
en_SE for English — ISO dates and the 24-hour clock in both, Swedish number separators, month and
day names in the chosen language). Times are shown in Swedish local time (Europe/Stockholm)
whatever the computer's zone. Widgets call these instead of strftime / f"{x:%H:%M}" / isoformat.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from app.services.core.identity import display_number
from app.services.core.timeutil import LOCAL_ZONE, as_utc

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def local(value: datetime) -> datetime:
    """An aware (or naive UTC) datetime in Swedish local time."""
    return as_utc(value).astimezone(LOCAL_ZONE) if value.tzinfo else value


def date_text(value: date | datetime | None) -> str:
    """2026-03-05"""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return QLocale().toString(QDate(value.year, value.month, value.day), "yyyy-MM-dd")


def time_text(value: datetime | time | None) -> str:
    """09:05"""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).time()
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def hour_text(value: datetime | time) -> str:
    """09 (a whole hour, as in the shifts 08–17)"""
    if isinstance(value, datetime):
        value = local(value).time()
    return QLocale().toString(QTime(value.hour, 0), "HH")


def datetime_text(value: datetime | None) -> str:
    """2026-03-05 09:05 (Swedish local time)"""
    if value is None:
        return ""
    return f"{date_text(value)} {time_text(value)}"


def day_month(value: date | datetime) -> str:
    """5/3 (day/month, as on the transport board)"""
    if isinstance(value, datetime):
        value = local(value).date()
    return QLocale().toString(QDate(value.year, value.month, value.day), "d/M")


def weekday_short(value: date | datetime) -> str:
    """tis / Tue"""
    if isinstance(value, datetime):
        value = local(value).date()
    return QLocale().dayName(value.isoweekday(), SHORT)


def month_name(month: int) -> str:
    """mars / March"""
    return QLocale().standaloneMonthName(month, LONG)


def number(value: int | float, decimals: int | None = None) -> str:
    """12 345 / 0,5 (the locale's separators)"""
    if decimals is None and isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", 1 if decimals is None else decimals)


def percent(share: float, decimals: int = 0) -> str:
    """a share 0..1 as 43 %"""
    return f"{number(share * 100, decimals)} %"


def personnummer(value: str | None, kind=None) -> str:
    """A personnummer, samordningsnummer or reservnummer as shown (ÅÅÅÅMMDD-NNNN)."""
    from app.models.enums import NumberKind

    return display_number(value, kind or NumberKind.PERSONNUMMER) if value else ""
