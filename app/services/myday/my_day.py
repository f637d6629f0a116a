"""Min dag: what is due, gathered from the capabilities' own services (no second set of rules).

`my_day(db, actor, since=...)` returns the sections of the start page, each a list of `DayItem`
that says where it opens (`target`: "case", "event", "transport"; `target_id`, `when`):

- EVENTS: my calendar events and transports today and tomorrow (scheduling.event_views, so
  protected places and titles are withheld exactly as in the calendar).
- REQUESTS: transports requested and waiting to be planned, from today on (whatever day).
- NEW_CASES: open cases newly assigned to me, and new tips not yet given to anyone of my
  agency, created since `since` (when I last marked them seen).
- REASSESSMENTS: my agency's risk assessments whose reassessment date has come, in my cases
  (cases.assessments.due_reassessments: the reminder list).
- FOLLOW_UPS: follow-ups of my cases due within a week (or overdue). The data model records no
  expiry date for a consent (a consent holds until withdrawn), so there is no consent row.
- UNRECORDED: contact events I took part in that are over (last 14 days) but not marked held, so
  no contact was recorded.

A lead (administrator) gets the same for the whole team (`team=True`): every due reassessment,
every new case, and `workload()`: each caseworker's open cases and this week's bookings.
No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select

from app.database import Database
from app.models import CalendarEvent, Case, StaffMember, Transport, event_staff, transport_crew
from app.models.enums import CaseSource, CaseStatus, TransportStatus
from app.services.cases import assessments
from app.services.core import access
from app.services.core.actor import Actor
from app.services.core.timeutil import LOCAL_ZONE, as_utc, today_local
from app.services.scheduling import event_views
from app.services.scheduling.events import HELD_AS_CONTACT
from app.services.transports import planning

EVENTS = "events"
REQUESTS = "requests"
NEW_CASES = "new_cases"
REASSESSMENTS = "reassessments"
FOLLOW_UPS = "follow_ups"
UNRECORDED = "unrecorded"
SECTIONS = (EVENTS, REQUESTS, NEW_CASES, REASSESSMENTS, FOLLOW_UPS, UNRECORDED)

TIP_SOURCES = (CaseSource.POLICE_TIP, CaseSource.PUBLIC_TIP)
UNRECORDED_DAYS = 14
FOLLOW_UP_DAYS = 7
REQUEST_DAYS = 30


@dataclass(frozen=True)
class DayItem:
    section: str
    target: str  # "case", "event", "transport"
    target_id: int
    title: str  # event title / case number; never a name or a note
    when: datetime | date | None = None
    case_id: int | None = None
    case_number: str | None = None
    detail: str = ""  # a short, non-personal qualifier (kind, status, days overdue as digits)
    days: int | None = None  # days overdue (reassessments), days left (follow-ups)
    occurrence: datetime | None = None  # a recurring event's occurrence


@dataclass(frozen=True)
class MyDay:
    today: date
    team: bool
    sections: dict[str, list[DayItem]] = field(default_factory=dict)

    def items(self, section: str) -> list[DayItem]:
        return self.sections.get(section, [])


@dataclass(frozen=True)
class Workload:
    staff_id: int
    full_name: str
    agency: str
    open_cases: int
    events_this_week: int
    transports_this_week: int


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=LOCAL_ZONE)


def my_day(
    db: Database,
    actor: Actor,
    *,
    since: datetime | None = None,
    now: datetime | None = None,
    team: bool = False,
) -> MyDay:
    """The start page for the actor (`team`: a lead's view of everyone's due work)."""
    access.require_caseworker(actor)
    team = team and actor.is_admin
    now = now or datetime.now(LOCAL_ZONE)
    today = now.astimezone(LOCAL_ZONE).date() if now.tzinfo else today_local()
    since = as_utc(since or (now - timedelta(days=7)))
    mine = None if team else [actor.staff_id]
    sections: dict[str, list[DayItem]] = {}

    # Today's and tomorrow's events and transports (mine; a lead's: the team's).
    rows = event_views.events_between(
        db, actor, _local_midnight(today), _local_midnight(today + timedelta(days=2)), mine
    )
    sections[EVENTS] = [
        DayItem(
            EVENTS,
            "transport" if r.source == "transport" else "event",
            r.id,
            r.title,
            when=r.starts_at,
            case_id=r.case_id,
            case_number=r.case_number,
            detail=r.kind.value,
            occurrence=r.occurrence,
        )
        for r in rows
    ]

    # Transports requested and waiting to be planned (whatever day they are for).
    waiting = planning.board(
        db,
        actor,
        start=_local_midnight(today),
        end=_local_midnight(today + timedelta(days=REQUEST_DAYS)),
        filters=planning.BoardFilter(status=TransportStatus.REQUESTED),
    )
    sections[REQUESTS] = [
        DayItem(
            REQUESTS,
            "transport",
            t.id,
            t.case_number,
            when=t.earliest_at,
            case_id=t.case_id,
            case_number=t.case_number,
            detail=t.purpose.value,
        )
        for t in waiting
    ]

    with db.read(actor=actor) as s:
        sections[NEW_CASES] = _new_cases(s, actor, since, team)
        sections[FOLLOW_UPS] = _follow_ups(s, actor, today, team)
        sections[UNRECORDED] = _unrecorded(s, actor, as_utc(now), team)

    sections[REASSESSMENTS] = [
        DayItem(
            REASSESSMENTS,
            "case",
            d.case_id,
            d.case_number,
            when=d.reassess_on,
            case_id=d.case_id,
            case_number=d.case_number,
            detail=d.instrument.value,
            days=d.days_overdue,
        )
        for d in assessments.due_reassessments(db, actor, today, assigned_to_me=not team)
    ]
    return MyDay(today=today, team=team, sections=sections)


def _assigned_to(actor: Actor):
    return or_(Case.assigned_police_id == actor.staff_id, Case.assigned_social_id == actor.staff_id)


def _own_assignee(actor: Actor):
    return Case.assigned_police_id if actor.agency == "police" else Case.assigned_social_id


def _new_cases(s, actor: Actor, since: datetime, team: bool) -> list[DayItem]:
    query = select(Case.id, Case.case_number, Case.created_at, Case.source).where(
        Case.status == CaseStatus.OPEN, Case.created_at > since
    )
    if not team:
        query = query.where(
            or_(
                _assigned_to(actor),
                Case.source.in_(TIP_SOURCES) & _own_assignee(actor).is_(None),
            )
        )
    rows = s.execute(query.order_by(Case.created_at.desc(), Case.id.desc()).limit(200)).all()
    return [
        DayItem(
            NEW_CASES,
            "case",
            r.id,
            r.case_number,
            when=r.created_at,
            case_id=r.id,
            case_number=r.case_number,
            detail=CaseSource(r.source).value,
        )
        for r in rows
    ]


def _follow_ups(s, actor: Actor, today: date, team: bool) -> list[DayItem]:
    query = select(Case.id, Case.case_number, Case.follow_up_on).where(
        Case.follow_up_on.is_not(None),
        Case.follow_up_on <= today + timedelta(days=FOLLOW_UP_DAYS),
        Case.follow_up_on >= today - timedelta(days=60),
    )
    if not team:
        query = query.where(_assigned_to(actor))
    rows = s.execute(query.order_by(Case.follow_up_on, Case.id).limit(200)).all()
    return [
        DayItem(
            FOLLOW_UPS,
            "case",
            r.id,
            r.case_number,
            when=r.follow_up_on,
            case_id=r.id,
            case_number=r.case_number,
            days=(r.follow_up_on - today).days,
        )
        for r in rows
    ]


def _unrecorded(s, actor: Actor, now: datetime, team: bool) -> list[DayItem]:
    """Single contact events that are over and not marked held (a series' occurrences are
    marked one by one in the calendar; they are left to it)."""
    query = (
        select(CalendarEvent.id, CalendarEvent.kind, CalendarEvent.starts_at, Case.case_number)
        .outerjoin(Case, Case.id == CalendarEvent.case_id)
        .where(
            CalendarEvent.kind.in_(sorted(HELD_AS_CONTACT)),
            CalendarEvent.held.is_(False),
            CalendarEvent.rrule.is_(None),
            CalendarEvent.case_id.is_not(None),
            CalendarEvent.ends_at < now,
            CalendarEvent.ends_at >= now - timedelta(days=UNRECORDED_DAYS),
        )
    )
    if not team:
        query = query.where(
            CalendarEvent.id.in_(
                select(event_staff.c.event_id).where(event_staff.c.staff_id == actor.staff_id)
            )
        )
    rows = s.execute(query.order_by(CalendarEvent.starts_at, CalendarEvent.id).limit(200)).all()
    return [
        DayItem(
            UNRECORDED,
            "event",
            r.id,
            r.case_number or "",
            when=r.starts_at,
            case_number=r.case_number,
            detail=str(r.kind),
        )
        for r in rows
    ]


def workload(db: Database, actor: Actor, *, today: date | None = None) -> list[Workload]:
    """A lead's view: each active caseworker's open cases and this week's (Monday–Sunday)
    calendar events and transports. Counts only, no case content."""
    access.require_admin(actor)
    today = today or today_local()
    monday = today - timedelta(days=today.weekday())
    start = as_utc(_local_midnight(monday))
    end = as_utc(_local_midnight(monday + timedelta(days=7)))
    with db.read(actor=actor) as s:
        staff = s.execute(
            select(StaffMember.id, StaffMember.full_name, StaffMember.agency)
            .where(StaffMember.revoked_at.is_(None), StaffMember.is_caseworker.is_(True))
            .order_by(StaffMember.agency, StaffMember.full_name, StaffMember.id)
        ).all()
        open_cases: dict[int, int] = {}
        for column in (Case.assigned_police_id, Case.assigned_social_id):
            for staff_id, n in s.execute(
                select(column, func.count())
                .where(Case.status == CaseStatus.OPEN, column.is_not(None))
                .group_by(column)
            ).all():
                open_cases[staff_id] = open_cases.get(staff_id, 0) + n
        events = dict(
            s.execute(
                select(event_staff.c.staff_id, func.count())
                .join(CalendarEvent, CalendarEvent.id == event_staff.c.event_id)
                .where(CalendarEvent.starts_at < end, CalendarEvent.ends_at > start)
                .group_by(event_staff.c.staff_id)
            ).all()
        )
        transports = dict(
            s.execute(
                select(transport_crew.c.staff_id, func.count())
                .join(Transport, Transport.id == transport_crew.c.transport_id)
                .where(
                    Transport.planned_start >= start,
                    Transport.planned_start < end,
                    Transport.status != TransportStatus.CANCELLED,
                )
                .group_by(transport_crew.c.staff_id)
            ).all()
        )
    return [
        Workload(
            r.id,
            r.full_name,
            str(r.agency),
            open_cases.get(r.id, 0),
            events.get(r.id, 0),
            transports.get(r.id, 0),
        )
        for r in staff
    ]
