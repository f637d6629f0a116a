"""Issue 15 item 1: two workstations saving clashing bookings at the same instant on
PostgreSQL. Separate connections released together by a barrier, repeated rounds: in every
round exactly one save wins and the other gets the Swedish refusal (ClashError /
MeetingRiskError), never both saved."""

# ruff: noqa: B023 -- each lambda runs (in race) within its own loop iteration
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from app.database import Database, open_database
from app.models.enums import EventKind, PartyRole
from app.services.scheduling import calendar
from app.services.scheduling.clashes import ClashError, MeetingRiskError
from app.services.scheduling.events import EventInput
from app.services.transports import planning as transports
from tests.concurrency.race import race
from tests.factories import make_staff, party_id
from tests.transport_helpers import add_room, make_world, new_transport, plan_request

ROUNDS = 20


@pytest.fixture
def twin(pg_db) -> Database:
    """A second, separate engine on the same PostgreSQL database (a second workstation)."""
    other = open_database(pg_db.engine.url.render_as_string(hide_password=False))
    yield other
    other.dispose()


def _one_wins(outcomes, refusal) -> None:
    ok = [o for o in outcomes if o.ok]
    errors = [o.error for o in outcomes if not o.ok]
    assert len(ok) == 1, f"{len(ok)} saves won: {errors}"
    assert all(isinstance(e, refusal) for e in errors), errors


def _event(start, *, staff=(), rooms=(), parties=(), place=None, case_id=None, rule=None):
    return EventInput(
        kind=EventKind.MEETING,
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        place=place,
        case_id=case_id,
        staff_ids=tuple(staff),
        resource_ids=tuple(rooms),
        party_ids=tuple(parties),
        rule_reason=rule,
    )


def _count(db, sql: str) -> int:
    with db.read(system=True) as s:
        return s.execute(text(sql)).scalar_one()


def test_same_talk_room_same_officer(pg_db, twin):
    staff = make_staff(pg_db)
    w = make_world(pg_db, staff)
    room = add_room(pg_db, "Samtalsrum 1")
    a, b = staff.police, staff.social
    for i in range(ROUNDS):
        start = w.t0 + timedelta(days=1, hours=2 * i)
        outcomes = race(
            [
                lambda: calendar.create_event(
                    pg_db, a, _event(start, staff=[a.staff_id], rooms=[room])
                ),
                lambda: calendar.create_event(
                    twin, b, _event(start, staff=[b.staff_id], rooms=[room])
                ),
            ]
        )
        _one_wins(outcomes, ClashError)
    for i in range(ROUNDS):
        start = w.t0 + timedelta(days=3, hours=2 * i)
        outcomes = race(
            [
                lambda: calendar.create_event(pg_db, a, _event(start, staff=[a.staff_id])),
                lambda: calendar.create_event(
                    twin, b, _event(start, staff=[a.staff_id, b.staff_id])
                ),
            ]
        )
        _one_wins(outcomes, ClashError)
    assert _count(pg_db, "SELECT count(*) FROM calendar_event") == 2 * ROUNDS


def test_victim_and_suspect_meeting_without_a_reason(pg_db, twin):
    staff = make_staff(pg_db)
    w = make_world(pg_db, staff)
    victim = party_id(pg_db, w.case_id, PartyRole.VICTIM)
    suspect = party_id(pg_db, w.case_id, PartyRole.SUSPECT)
    a, b = staff.police, staff.social
    place = "Polisstationen Södermalm"
    for i in range(ROUNDS):
        start = w.t0 + timedelta(days=1, hours=2 * i)
        outcomes = race(
            [
                lambda: calendar.create_event(
                    pg_db,
                    a,
                    _event(
                        start, staff=[a.staff_id], parties=[victim], place=place, case_id=w.case_id
                    ),
                ),
                lambda: calendar.create_event(
                    twin,
                    b,
                    _event(
                        start,
                        staff=[b.staff_id],
                        parties=[suspect],
                        place=place,
                        case_id=w.case_id,
                        rule="Förhör enligt åklagarens beslut",
                    ),
                ),
            ]
        )
        _one_wins(outcomes, MeetingRiskError)


def test_same_car_in_two_transports(pg_db, twin):
    staff = make_staff(pg_db)
    w = make_world(pg_db, staff)
    for i in range(ROUNDS):
        t0 = w.t0 + timedelta(days=1, hours=3 * i)
        window = dict(earliest_at=t0, latest_at=t0 + timedelta(hours=2))
        one = new_transport(pg_db, staff.social, w, **window)
        two = new_transport(pg_db, staff.social, w, **window)
        outcomes = race(
            [
                lambda: transports.plan(
                    pg_db,
                    staff.police,
                    one.id,
                    plan_request(w, (staff.police.staff_id,), planned_start=t0),
                    version=one.version,
                ),
                lambda: transports.plan(
                    twin,
                    w.officer2,
                    two.id,
                    plan_request(w, (w.officer2.staff_id,), planned_start=t0),
                    version=two.version,
                ),
            ]
        )
        _one_wins(outcomes, ClashError)


def test_officer_in_a_transport_crew_and_a_meeting(pg_db, twin):
    staff = make_staff(pg_db)
    w = make_world(pg_db, staff)
    officer = w.officer2
    for i in range(ROUNDS):
        t0 = w.t0 + timedelta(days=1, hours=3 * i)
        t = new_transport(pg_db, staff.social, w, earliest_at=t0, latest_at=t0 + timedelta(hours=2))
        outcomes = race(
            [
                lambda: transports.plan(
                    pg_db,
                    staff.police,
                    t.id,
                    plan_request(w, (officer.staff_id,), planned_start=t0),
                    version=t.version,
                ),
                lambda: calendar.create_event(twin, officer, _event(t0, staff=[officer.staff_id])),
            ]
        )
        _one_wins(outcomes, ClashError)
