"""Recurrence rules are validated wherever they enter, and expansion is bounded (issue 14): a
250-byte .ics with INTERVAL=0 once made the import loop forever holding the write lock."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from app.errors import UserError
from app.models import CalendarEvent
from app.models.enums import EventKind
from app.services.scheduling import calendar as cal
from app.services.scheduling import ics, recurrence

RUNAWAY_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:loop-1\r\n"
    b"DTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z\r\nSUMMARY:Loop\r\n"
    b"RRULE:FREQ=DAILY;INTERVAL=0\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        "FREQ=DAILY;INTERVAL=0",
        "FREQ=WEEKLY;INTERVAL=00",
        "FREQ=DAILY;INTERVAL=-1",
        "FREQ=DAILY;INTERVAL=x",
        "FREQ=SECONDLY",
        "FREQ=MINUTELY;INTERVAL=1",
        "FREQ=HOURLY",
        "INTERVAL=2",
        "FREQ=DAILY;BYSECOND=1",
        "FREQ=DAILY;COUNT=0",
        "FREQ=DAILY;FREQ=WEEKLY",
        "FREQ=DAILY;" + "BYDAY=MO;" * 40,
    ],
)
def test_rules_that_never_advance_or_run_wild_are_refused(rule):
    with pytest.raises(UserError) as info:
        recurrence.check_rule(rule)
    assert "upprepning" in info.value.message()


@pytest.mark.parametrize(
    "rule", ["FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "RRULE:FREQ=MONTHLY;BYDAY=1MO"]
)
def test_the_programs_rules_pass(rule):
    recurrence.check_rule(rule)


def test_an_ics_with_interval_zero_is_refused_at_once(db, staff):
    started = time.monotonic()
    with pytest.raises(UserError):
        ics.import_ics(db, staff.police, RUNAWAY_ICS)
    assert time.monotonic() - started < 5
    with db.read(system=True) as s:
        assert s.query(CalendarEvent).count() == 0


def test_expansion_is_bounded_in_count():
    start = datetime(2000, 1, 3, 9, tzinfo=UTC)
    got = recurrence.occurrences(
        start,
        datetime(2000, 1, 3, 10, tzinfo=UTC),
        "FREQ=DAILY",
        exdates=None,
        recur_until=None,
        window_start=start,
        window_end=datetime(2099, 1, 1, tzinfo=UTC),
    )
    assert 0 < len(got) <= recurrence.MAX_EXPANSION


def test_a_runaway_rule_stored_behind_the_programs_back_hangs_no_calendar(db, staff, backend):
    """SQLite (local mode) has no CHECK on the rule; PostgreSQL refuses it (see the attack
    suite). Either way the calendar answers at once."""
    with db.write(system=True) as s:
        e = CalendarEvent(
            kind=EventKind.MEETING,
            title="Serie",
            starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
            ends_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
            rrule="FREQ=DAILY",
        )
        s.add(e)
        s.flush()
        event_id = e.id
    if backend == "sqlite":
        with db.write(system=True) as s:
            s.execute(
                update(CalendarEvent)
                .where(CalendarEvent.id == event_id)
                .values(rrule="FREQ=DAILY;INTERVAL=0")
            )
    else:
        from sqlalchemy.exc import IntegrityError

        with pytest.raises(IntegrityError), db.write(system=True) as s:
            s.execute(
                update(CalendarEvent)
                .where(CalendarEvent.id == event_id)
                .values(rrule="FREQ=DAILY;INTERVAL=0")
            )
    started = time.monotonic()
    cal.events_between(
        db, staff.police, datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)
    )
    assert time.monotonic() - started < 5
