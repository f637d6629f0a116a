"""Swedish public holidays and the team's day and evening shifts, for the calendar views.

Holidays: the `holidays` package (holidays.SE, Swedish names), public holidays plus the de-facto
days off (midsommarafton, julafton, nyårsafton); Sundays are not listed as holidays.

Shifts (local time; team setting "calendar.shifts", default below): day 07:00–16:00 and evening
16:00–23:00. The views shade them; suggested free slots lie within them (app.services.scheduling.clashes).
No Qt here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, time

import holidays

from app.database import Database
from app.i18n import tr_noop, translate
from app.services.admin.team_settings import get_value
from app.services.core.actor import Actor

SETTING_KEY = "calendar.shifts"


@dataclass(frozen=True)
class Shift:
    key: str
    label: str  # translated in context "calendar"
    starts: time
    ends: time


DEFAULT_SHIFTS = (
    Shift("day", tr_noop("Dagpass"), time(7, 0), time(16, 0)),
    Shift("evening", tr_noop("Kvällspass"), time(16, 0), time(23, 0)),
)


@functools.lru_cache(maxsize=32)
def _holidays_of(year: int) -> dict[date, str]:
    days = holidays.SE(
        years=year, language="sv", categories=("public", "de_facto"), include_sundays=False
    )
    return dict(days.items())


def holidays_between(first: date, last: date) -> dict[date, str]:
    """Swedish holidays from first to last (inclusive), with their Swedish names."""
    out: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _holidays_of(year).items():
            if first <= day <= last:
                out[day] = name
    return out


def holiday_name(day: date) -> str | None:
    return _holidays_of(day.year).get(day)


def shifts(db: Database, actor: Actor) -> tuple[Shift, ...]:
    """The team's shifts (a stored setting, else day 07–16 and evening 16–23)."""
    with db.read(actor=actor) as s:
        stored = get_value(s, SETTING_KEY)
    if not stored:
        return DEFAULT_SHIFTS
    try:
        return tuple(
            Shift(
                str(item["key"]),
                str(item.get("label") or item["key"]),
                time.fromisoformat(item["starts"]),
                time.fromisoformat(item["ends"]),
            )
            for item in stored
        )
    except (KeyError, TypeError, ValueError):
        return DEFAULT_SHIFTS


def shift_label(shift: Shift) -> str:
    return translate("calendar", shift.label)
