"""Reading the calendar: one event for the dialog, and the rows of the week and month views
(events and planned transports), with protected places withheld.

No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from operator import attrgetter

from sqlalchemy import String, and_, cast, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import UserError
from app.i18n import translate
from app.models import (
    CalendarEvent,
    Case,
    Resource,
    StaffMember,
    Transport,
    event_resource,
    event_staff,
    transport_crew,
)
from app.models.enums import (
    EventKind,
    TransportPurpose,
    TransportStatus,
)
from app.services.core import protection
from app.services.core.access import require_caseworker, sees_content
from app.services.core.actor import Actor
from app.services.scheduling import clashes
from app.services.scheduling.event_store import _links, _require_occurrence
from app.services.scheduling.events import _PURPOSE_TEXT, EventDetail, EventRow, kind_label
from app.services.scheduling.recurrence import (
    occurrences,
    utc,
    utc_or_none,
)

# --- reading ----------------------------------------------------------------------------------


def get_event(
    db: Database, actor: Actor, event_id: int, occurrence: datetime | None = None
) -> EventDetail:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        event = s.get(CalendarEvent, event_id)
        if event is None:
            raise UserError(
                "Händelsen finns inte längre (den kan ha tagits bort på en annan dator)."
            )
        staff_ids, resource_ids, party_ids = _links(s, event.id)
        start, end = utc(event.starts_at), utc(event.ends_at)
        if occurrence is not None:
            moment = _require_occurrence(event, occurrence)
            start, end = moment, moment + (end - start)
        number = None
        if event.case_id is not None:
            number = s.execute(
                select(Case.case_number).where(Case.id == event.case_id)
            ).scalar_one_or_none()
        protected, withheld = _event_protection(s, actor, event, staff_ids)
        title, place, notes = event.title, event.place, event.notes
        if withheld:
            title = _withheld_title(EventKind(event.kind), number)
            place = protection.shown(place, True, protection.HIDDEN_PLACE)
            notes = protection.shown(notes, True)
        return EventDetail(
            id=event.id,
            version=event.version,
            kind=EventKind(event.kind),
            title=title,
            starts_at=start,
            ends_at=end,
            place=place,
            case_id=event.case_id,
            case_number=number,
            party_ids=tuple(party_ids),
            staff_ids=tuple(staff_ids),
            resource_ids=tuple(resource_ids),
            notes=notes,
            rrule=event.rrule,
            recur_until=utc_or_none(event.recur_until),
            series_start=utc(event.starts_at),
            series_id=event.series_id,
            occurrence=utc(occurrence) if occurrence is not None else None,
            held=event.held,
            contact_id=event.contact_id,
            risk_override_reason=event.risk_override_reason,
            rule_override_reason=event.rule_override_reason,
            protected=protected,
            withheld=withheld,
        )


def _event_protection(s: Session, actor: Actor, event: CalendarEvent, staff_ids) -> tuple:
    """(concerns a protected person, its place/title/notes are withheld from this actor)."""
    if event.case_id is None:
        return False, False
    case = s.get(Case, event.case_id)
    if case is None or not protection.case_is_protected(case):
        return False, False
    return True, not protection.has_need_for_event(actor, case, staff_ids)


def _withheld_title(kind: EventKind, case_number: str | None) -> str:
    """What a person without need sees as the title: the kind and the case number."""
    label = kind_label(kind)
    return f"{label} {case_number}" if case_number else label


def _chunks(values: Sequence[int], size: int = 900):
    for i in range(0, len(values), size):
        yield values[i : i + size]


def events_between(
    db: Database,
    actor: Actor,
    start: datetime,
    end: datetime,
    staff_ids: Sequence[int] | None = None,
    *,
    include_transports: bool = True,
) -> list[EventRow]:
    """Everything in [start, end) for the views: single events, the occurrences of recurring
    series, and planned/under-way/done transports (read-only rows). `staff_ids`: only what these
    staff members take part in (my calendar, a colleague's); None: the whole team.
    Analysts see the kind and the time only."""
    start, end = utc(start), utc(end)
    with db.read(actor=actor) as s:
        rows = _event_rows(s, actor, start, end, staff_ids)
        if include_transports:
            rows += _transport_rows(s, actor, start, end, staff_ids)
    rows.sort(key=_ORDER)
    return rows


_ORDER = attrgetter("starts_at", "ends_at", "source", "id")


def _linked_ids(table, column):
    """A correlated subquery: the event's linked ids as "1,5,7" (group_concat / string_agg)."""
    return (
        select(func.aggregate_strings(cast(table.c[column], String), ","))
        .where(table.c.event_id == CalendarEvent.id)
        .scalar_subquery()
    )


def _split_ids(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    return tuple(sorted(int(v) for v in text.split(",")))


def _event_rows(s, actor, start, end, staff_ids) -> list[EventRow]:
    """Single events by their time range (ix_calendar_event_span) and recurring series by their
    span (ix_calendar_event_series), in two queries (one OR over both would keep the database
    from using either index). Staff and resources come along as aggregated id lists, so a week of
    the whole team (thousands of events) is two queries, not a join per link table."""
    ev = CalendarEvent
    member = []
    if staff_ids is not None:
        ids = sorted(set(staff_ids))
        es = event_staff.alias("member")
        member = [exists().where(es.c.event_id == ev.id, (es.c.staff_id + 0).in_(ids))]
    # Core statements skip the ORM's team criterion (app.services.core.access): the team here.
    single = and_(
        ev.team_id == actor.team_id,
        ev.rrule.is_(None),
        ev.starts_at < end,
        ev.starts_at > start - clashes.MAX_EVENT_SPAN,
        ev.ends_at > start,
        *member,
    )
    series = and_(
        ev.team_id == actor.team_id,
        ev.rrule.is_not(None),
        ev.starts_at < end,
        or_(ev.recur_until.is_(None), ev.recur_until > start - clashes.MAX_EVENT_SPAN),
        *member,
    )
    cols = (
        ev.id,
        type_coerce(ev.kind, String),  # the stored value; mapped to EventKind below (cheaper)
        ev.title,
        ev.starts_at,
        ev.ends_at,
        ev.place,
        ev.case_id,
        ev.held,
        ev.version,
        _linked_ids(event_staff, "staff_id"),
        _linked_ids(event_resource, "resource_id"),
    )
    # Core statements on the session's connection: no agency-owned table is read here, and
    # skipping the ORM layer matters for thousands of rows.
    conn = s.connection()
    events = conn.execute(select(*cols).where(single)).all()
    series_rows = conn.execute(
        select(*cols, ev.rrule, ev.exdates, ev.recur_until).where(series)
    ).all()
    if not events and not series_rows:
        return []
    case_ids = {r[6] for r in events if r[6] is not None}
    case_ids |= {r[6] for r in series_rows if r[6] is not None}
    numbers, protected_cases, lacking_cases = _case_facts(s, actor, case_ids)
    me = actor.staff_id
    place_hidden = protection.placeholder(protection.HIDDEN_PLACE)
    names = dict(s.execute(select(StaffMember.id, StaffMember.full_name)).all())
    resources = dict(s.execute(select(Resource.id, Resource.name)).all())
    content = sees_content(actor)
    kinds = {k.value: k for k in EventKind}
    kinds.update({k: k for k in EventKind})
    labels = {k: kind_label(k) for k in EventKind}
    out: list[EventRow] = []
    append = out.append
    make = tuple.__new__  # EventRow(...) without the NamedTuple's Python-level __new__
    # Most events share a handful of staff/room combinations: split and name each once.
    staff_cache: dict[str | None, tuple] = {None: ((), ())}
    res_cache: dict[str | None, tuple] = {None: ((), ())}

    def staff_pair(text: str) -> tuple:
        ids_ = _split_ids(text)
        pair = staff_cache[text] = (ids_, tuple(names.get(i, "?") for i in ids_))
        return pair

    def resource_pair(text: str) -> tuple:
        ids_ = _split_ids(text)
        pair = res_cache[text] = (ids_, tuple(resources.get(i, "?") for i in ids_))
        return pair

    # Single events: the hot loop (thousands of rows a week for the whole team).
    for eid, kind, title, a, b, place, case_id, held, version, staff_text, res_text in events:
        kind = kinds[kind]
        pair = staff_cache.get(staff_text) or staff_pair(staff_text)
        rpair = res_cache.get(res_text) or resource_pair(res_text)
        is_protected = case_id in protected_cases
        if content:
            number = numbers.get(case_id)
            if case_id in lacking_cases and me not in pair[0]:
                title = labels[kind] + (f" {number}" if number else "")
                place = place_hidden if place else place
        else:
            title, place, case_id, number = labels[kind], None, None, None
        append(
            make(
                EventRow,
                (
                    "event",
                    eid,
                    None,
                    kind,
                    title,
                    a.replace(tzinfo=UTC) if a.tzinfo is None else a.astimezone(UTC),
                    b.replace(tzinfo=UTC) if b.tzinfo is None else b.astimezone(UTC),
                    place,
                    case_id,
                    number,
                    pair[0],
                    pair[1],
                    rpair[0],
                    rpair[1],
                    False,
                    bool(held),
                    is_protected,
                    version,
                ),
            )
        )
    # Recurring series: their occurrences in the window.
    for row in series_rows:
        eid, kind, title, a, b, place, case_id, held, version, staff_text, res_text = row[:11]
        rrule, exdates, until = row[11:]
        kind = kinds[kind]
        sids, snames = staff_cache.get(staff_text) or staff_pair(staff_text)
        rids, rnames = res_cache.get(res_text) or resource_pair(res_text)
        is_protected = case_id in protected_cases
        number = numbers.get(case_id)
        if content and case_id in lacking_cases and me not in sids:
            title = labels[kind] + (f" {number}" if number else "")
            place = place_hidden if place else place
        if not content:
            title, place, case_id, number = labels[kind], None, None, None
        for oa, ob in occurrences(
            a,
            b,
            rrule,
            exdates=exdates,
            recur_until=until,
            window_start=start,
            window_end=end,
        ):
            append(
                EventRow(
                    "event",
                    eid,
                    oa,
                    kind,
                    title,
                    oa,
                    ob,
                    place,
                    case_id,
                    number,
                    sids,
                    snames,
                    rids,
                    rnames,
                    True,
                    bool(held),
                    is_protected,
                    version,
                )
            )
    return out


def _case_facts(s: Session, actor: Actor, case_ids: set[int]):
    """Case numbers; which cases concern a protected person; and of those, which this actor is
    not assigned to (app.services.core.protection: an event's staff have need too)."""
    numbers: dict[int, str] = {}
    for chunk in _chunks(sorted(case_ids)):
        numbers.update(s.execute(select(Case.id, Case.case_number).where(Case.id.in_(chunk))).all())
    protected, lacking = protection.case_facts(s, actor, case_ids)
    return numbers, protected, lacking


def _transport_rows(s, actor, start, end, staff_ids) -> list[EventRow]:
    tr = Transport
    conditions = [
        tr.planned_start.is_not(None),
        tr.planned_start < end,
        tr.planned_start > start - clashes.MAX_TRANSPORT_SPAN,
        tr.status.in_((TransportStatus.PLANNED, TransportStatus.UNDER_WAY, TransportStatus.DONE)),
    ]
    if staff_ids is not None:
        ids = sorted(set(staff_ids))
        conditions.append(
            exists().where(
                transport_crew.c.transport_id == tr.id, transport_crew.c.staff_id.in_(ids)
            )
        )
    rows = s.execute(
        select(
            tr.id,
            tr.case_id,
            tr.purpose,
            tr.status,
            tr.planned_start,
            tr.estimated_minutes,
            tr.buffer_minutes,
            tr.vehicle_id,
            tr.version,
            Case.case_number,
        )
        .join(Case, Case.id == tr.case_id)
        .where(*conditions)
    ).all()
    if not rows:
        return []
    crew: dict[int, list[int]] = {}
    ids = [r.id for r in rows]
    for chunk in _chunks(ids):
        for tid, sid in s.execute(
            select(transport_crew.c.transport_id, transport_crew.c.staff_id).where(
                transport_crew.c.transport_id.in_(chunk)
            )
        ):
            crew.setdefault(tid, []).append(sid)
    names = dict(s.execute(select(StaffMember.id, StaffMember.full_name)).all())
    resources = dict(s.execute(select(Resource.id, Resource.name)).all())
    content = sees_content(actor)
    protected = protection.protected_cases(s, {r.case_id for r in rows})
    out = []
    for r in rows:
        a = utc(r.planned_start)
        b = a + timedelta(minutes=(r.estimated_minutes or 0) + (r.buffer_minutes or 0))
        if not (b > start and a < end):
            continue
        purpose = translate("labels", _PURPOSE_TEXT[TransportPurpose(r.purpose)])
        title = translate("calendar", "Transport: {purpose}").format(purpose=purpose)
        if content:
            title += f" ({r.case_number})"
        sids = tuple(sorted(crew.get(r.id, ())))
        rids = (r.vehicle_id,) if r.vehicle_id is not None else ()
        out.append(
            EventRow(
                source="transport",
                id=r.id,
                occurrence=None,
                kind=EventKind.TRANSPORT,
                title=title,
                starts_at=a,
                ends_at=b,
                place=None,
                case_id=r.case_id if content else None,
                case_number=r.case_number if content else None,
                staff_ids=sids,
                staff_names=tuple(names.get(i, "?") for i in sids),
                resource_ids=rids,
                resource_names=tuple(resources.get(i, "?") for i in rids),
                recurring=False,
                held=TransportStatus(r.status) is TransportStatus.DONE,
                protected=r.case_id in protected,
                version=r.version,
            )
        )
    return out
