"""Double bookings and the victim/suspect meeting check, for calendar events and transports.

Busy time (all intervals half-open [start, end): a booking ending 10:00 and one starting 10:00
do not clash):
- a calendar event keeps its staff and resources (talk rooms, vehicles) busy from starts_at to
  ends_at; a recurring series at each of its occurrences except the excluded ones (an edited
  occurrence is its own event row);
- a transport with status planned or under way keeps its crew and its vehicle busy from
  planned_start to planned_start + estimated_minutes + buffer_minutes. Requested, done and
  cancelled transports block nothing.

Speed: every query is bounded on both sides by an indexed start time. Events are at most
MAX_EVENT_SPAN long and transports at most MAX_TRANSPORT_SPAN (the calendar and transport
services refuse longer ones), so "starts before the window ends and after the window start minus
the longest span" finds every overlap through the index. Recurring series (few) are pre-filtered
by their span (partial index ix_calendar_event_series) and expanded in Python. The database
starts from those time ranges and only then looks up each booking's staff and resources by the
link tables' primary keys, on both backends and for every holder, however busy (see _holders).

Used by app.services.scheduling.calendar and app.services.transports.planning; both call `check_free` (raises
ClashError with the nearest free slots) and `meeting_risks` inside their write transaction.
No Qt here.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import (
    Integer,
    String,
    and_,
    bindparam,
    cast,
    literal,
    null,
    or_,
    select,
    text,
    true,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.errors import UserError
from app.i18n import tr_noop, translate
from app.models import (
    CalendarEvent,
    Case,
    CaseParty,
    Resource,
    StaffMember,
    Transport,
    event_party,
    event_resource,
    event_staff,
    transport_crew,
)
from app.models.enums import PartyRole, ResourceKind, TransportStatus
from app.services.core import protection
from app.services.scheduling.recurrence import local, occurrences, utc
from app.vocabulary import fields as F

MAX_EVENT_SPAN = timedelta(days=7)
MAX_TRANSPORT_SPAN = timedelta(hours=24)
BLOCKING_TRANSPORT_STATUSES = (TransportStatus.PLANNED, TransportStatus.UNDER_WAY)
SLOT_STEP = timedelta(minutes=15)
SEARCH_HORIZON = timedelta(days=14)
# Working hours for suggested slots: the day and evening shifts together (local time).
WORK_START = time(7, 0)
WORK_END = time(23, 0)
# Victim and suspect at the same place: warn also when the bookings are this close in time
# (people arrive early and linger; a corridor meeting is still a meeting).
MEETING_MARGIN = timedelta(minutes=30)

_WEEKDAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
_MONTHS = (
    "jan",
    "feb",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)


# --- rows ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Busy:
    """One holder (staff member or resource) busy during [starts_at, ends_at)."""

    holder: str  # "staff" or "resource"
    holder_id: int
    source: str  # "event" or "transport"
    source_id: int
    starts_at: datetime
    ends_at: datetime
    title: str


@dataclass(frozen=True)
class Clash:
    """Who or what would be double-booked, with which event or transport, and when."""

    holder: str  # "staff", "room" or "vehicle"
    holder_id: int
    holder_name: str
    source: str  # "event" or "transport"
    source_id: int
    title: str
    starts_at: datetime
    ends_at: datetime

    def describe(self) -> str:
        template = {
            "staff": "{name} är redan bokad {when} ({title})",
            "room": "Rummet {name} är redan bokat {when} ({title})",
            "vehicle": "Fordonet {name} är redan bokat {when} ({title})",
        }[self.holder]
        return translate("clashes", template).format(
            name=self.holder_name, when=format_span(self.starts_at, self.ends_at), title=self.title
        )


@dataclass(frozen=True)
class Slot:
    starts_at: datetime
    ends_at: datetime

    def describe(self) -> str:
        return format_span(self.starts_at, self.ends_at)


@dataclass(frozen=True)
class MeetingRisk:
    """The victim and the suspect of one case would be at the same place at (nearly) the same
    time: this booking puts one of them there, `other_*` the other."""

    case_id: int
    case_number: str
    place: str
    other_source: str  # "event", "transport" or "self" (this booking plans both)
    other_id: int | None
    other_title: str
    other_starts_at: datetime
    other_ends_at: datetime

    def describe(self) -> str:
        if self.other_source == "self":
            return translate(
                "clashes",
                "ärende {case}: bokningen planerar in både den våldsutsatta och den misstänkte "
                "på {place}",
            ).format(case=self.case_number, place=self.place)
        return translate(
            "clashes", "ärende {case}: {title} {when} på {place} gäller den andra parten"
        ).format(
            case=self.case_number,
            title=self.other_title,
            when=format_span(self.other_starts_at, self.other_ends_at),
            place=self.place,
        )


class ClashError(UserError):
    """A save that would double-book a person, room or vehicle."""

    def __init__(self, clashes: Sequence[Clash], slots: Sequence[Slot]) -> None:
        self.clashes = list(clashes)
        self.slots = list(slots)
        what = "\n".join("• " + c.describe() for c in self.clashes)
        if self.slots:
            free = translate("clashes", "Närmaste lediga tider: {slots}.").format(
                slots="; ".join(s.describe() for s in self.slots)
            )
        else:
            free = translate("clashes", "Ingen ledig tid hittades inom två veckor.")
        super().__init__(
            tr_noop("Bokningen krockar och sparades inte:\n{clashes}\n{free}"),
            field=F.TIME,
            clashes=what,
            free=free,
        )


class MeetingRiskError(UserError):
    """The booking may bring the victim and the suspect of a case together. It is saved only
    with an answer (the reason for planning it this way), which is stored and audited."""

    def __init__(self, risks: Sequence[MeetingRisk]) -> None:
        self.risks = list(risks)
        super().__init__(
            tr_noop(
                "Varning: den våldsutsatta och den misstänkte kan mötas på samma plats vid samma "
                "tid:\n{risks}\nVälj en annan tid eller plats, eller ange varför bokningen ändå "
                "ska göras så."
            ),
            field=F.REASON,
            risks="\n".join("• " + r.describe() for r in self.risks),
        )


# --- formatting --------------------------------------------------------------------------------


def format_day(value: datetime) -> str:
    t = local(value)
    return f"{_WEEKDAYS[t.weekday()]} {t.day} {_MONTHS[t.month - 1]}"


def format_span(start: datetime, end: datetime) -> str:
    """ "tis 3 mars 10:00–11:00" in Stockholm time (the end date too when it differs)."""
    a, b = local(start), local(end)
    text = f"{format_day(start)} {a:%H:%M}–"
    if b.date() != a.date() and not (b.time() == time() and b.date() - a.date() == timedelta(1)):
        text += f"{format_day(end)} "
    return text + (f"{b:%H:%M}" if b.time() != time() or b.date() == a.date() else "24:00")


# --- busy intervals ----------------------------------------------------------------------------


def _ids(values: Iterable[int] | None) -> list[int]:
    return sorted({int(v) for v in values or ()})


def busy_intervals(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    staff_ids: Iterable[int] = (),
    resource_ids: Iterable[int] = (),
    ignore_event_id: int | None = None,
    ignore_transport_id: int | None = None,
) -> list[Busy]:
    """Every busy interval of the given staff and resources that overlaps [start, end)."""
    return _busy(
        session,
        start=start,
        end=end,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        ignore_event_id=ignore_event_id,
        ignore_transport_id=ignore_transport_id,
    )[0]


def _busy(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    staff_ids: Iterable[int] = (),
    resource_ids: Iterable[int] = (),
    ignore_event_id: int | None = None,
    ignore_transport_id: int | None = None,
) -> tuple[list[Busy], dict[tuple[str, int], tuple[str, str]]]:
    """Busy intervals and the holders' (kind, name), in one statement (see _busy_statement)."""
    start, end = utc(start), utc(end)
    staff, resources = _ids(staff_ids), _ids(resource_ids)
    if end <= start or not (staff or resources):
        return [], {}
    connection = session.connection()
    stmt = _busy_statement(
        bool(staff),
        bool(resources),
        ignore_event_id is not None,
        ignore_transport_id is not None,
        connection.dialect.name == "sqlite",
    )
    params = {
        "start": start,
        "end": end,
        "event_lo": start - MAX_EVENT_SPAN,
        "event_hi": end + MAX_EVENT_SPAN,
        "transport_lo": start - MAX_TRANSPORT_SPAN,
        "staff": staff,
        "resources": resources,
        "ignore_event": ignore_event_id,
        "ignore_transport": ignore_transport_id,
    }
    # A Core statement built once per shape, executed on the session's connection: no ORM
    # entities (and none of the agency-owned tables) are involved, so the secrecy hook has
    # nothing to add, and the compiled form is reused.
    rows = connection.execute(stmt, params)
    out: list[Busy] = []
    names: dict[tuple[str, int], tuple[str, str]] = {}
    for row in rows:
        holder, holder_id, name, kind, source, sid, title, a, b, rrule, exdates, until, mins = row
        shown = (
            "staff"
            if holder == "staff"
            else ("vehicle" if kind == ResourceKind.VEHICLE.value else "room")
        )
        names[(holder, holder_id)] = (shown, name or "?")
        if source == "transport":
            a = utc(a)
            b = a + timedelta(minutes=mins or 0)
            if b > start and a < end:
                out.append(Busy(holder, holder_id, source, sid, a, b, _transport_title(sid)))
        elif rrule is None:
            out.append(Busy(holder, holder_id, source, sid, utc(a), utc(b), title))
        else:
            for oa, ob in occurrences(
                a,
                b,
                rrule,
                exdates=exdates,
                recur_until=until,
                window_start=start,
                window_end=end,
            ):
                out.append(Busy(holder, holder_id, source, sid, oa, ob, title))
    out.sort(key=lambda x: (x.starts_at, x.holder, x.holder_id, x.source_id))
    return out, names


@functools.lru_cache(maxsize=16)
def _busy_statement(
    staff: bool, resources: bool, ignore_event: bool, ignore_transport: bool, sqlite: bool
):
    """UNION ALL of single events by their time range, recurring series by their span (ids from
    the partial index), and planned transports, each joined to the asked staff or resources;
    the holders' names come along for the messages. Parameters: start, end, event_lo,
    event_hi, transport_lo, staff, resources, ignore_event, ignore_transport.

    Join order: see _holders."""
    ev, tr = CalendarEvent, Transport
    when = ev.starts_at.type
    start, end = bindparam("start", type_=when), bindparam("end", type_=when)
    event_lo = bindparam("event_lo", type_=when)
    event_hi = bindparam("event_hi", type_=when)
    transport_lo = bindparam("transport_lo", type_=when)
    not_ignored = []
    if ignore_event:
        ignored = bindparam("ignore_event", type_=Integer)
        not_ignored = [ev.id != ignored, or_(ev.series_id.is_(None), ev.series_id != ignored)]
    single = and_(
        ev.rrule.is_(None),
        ev.starts_at < end,
        ev.starts_at > event_lo,
        ev.ends_at > start,
        # Always true (no event is longer than MAX_EVENT_SPAN), but it bounds ends_at on both
        # sides: PostgreSQL then estimates the window as the handful of rows it is, not as a
        # week of events, and starts from it instead of from the holder's bookings.
        ev.ends_at < event_hi,
        *not_ignored,
    )
    sr = aliased(CalendarEvent)
    series_ids = select(sr.id).where(
        sr.rrule.is_not(None),
        sr.starts_at < end,
        or_(sr.recur_until.is_(None), sr.recur_until > event_lo),
    )
    series = and_(ev.id.in_(series_ids.scalar_subquery()), *not_ignored)
    transports = [
        tr.planned_start.is_not(None),
        tr.planned_start < end,
        tr.planned_start > transport_lo,
        tr.status.in_(BLOCKING_TRANSPORT_STATUSES),
    ]
    if ignore_transport:
        transports.append(tr.id != bindparam("ignore_transport", type_=Integer))
    staff_ids = bindparam("staff", expanding=True, type_=Integer)
    resource_ids = bindparam("resources", expanding=True, type_=Integer)
    no_text = cast(null(), String)
    no_minutes = cast(null(), Integer)

    def staff_name(column):
        return select(StaffMember.full_name).where(StaffMember.id == column).scalar_subquery()

    def resource_name(column):
        return select(Resource.name).where(Resource.id == column).scalar_subquery()

    def resource_kind(column):
        return select(cast(Resource.kind, String)).where(Resource.id == column).scalar_subquery()

    parts = []
    event_cols = (ev.id, ev.title, ev.starts_at, ev.ends_at, ev.rrule, ev.exdates, ev.recur_until)
    links = []
    if staff:
        links.append(("staff", event_staff, event_staff.c.staff_id, staff_ids, staff_name, None))
    if resources:
        links.append(
            (
                "resource",
                event_resource,
                event_resource.c.resource_id,
                resource_ids,
                resource_name,
                resource_kind,
            )
        )
    for holder, table, column, ids, name, kind in links:
        for criterion in (single, series):
            # The database must start from the events' time index (or the series ids), not
            # from the holder's link index (a busy room has thousands of bookings).
            held, joined, only = _holders(
                table, table.c.event_id, ev.id, column, ids, CalendarEvent.__table__, sqlite
            )
            parts.append(
                select(
                    literal(holder).label("holder"),
                    held.label("holder_id"),
                    name(held).label("holder_name"),
                    (kind(held) if kind else no_text).label("holder_kind"),
                    literal("event").label("source"),
                    *event_cols,
                    no_minutes.label("minutes"),
                )
                .select_from(joined)
                .where(criterion, *only)
            )
    minutes = (tr.estimated_minutes + tr.buffer_minutes).label("minutes")
    transport_cols = (
        tr.id,
        no_text,
        tr.planned_start,
        cast(null(), ev.ends_at.type),
        no_text,
        no_text,
        cast(null(), ev.recur_until.type),
        minutes,
    )
    if staff:
        held, joined, only = _holders(
            transport_crew,
            transport_crew.c.transport_id,
            tr.id,
            transport_crew.c.staff_id,
            staff_ids,
            Transport.__table__,
            sqlite,
        )
        parts.append(
            select(
                literal("staff"),
                held,
                staff_name(held),
                no_text,
                literal("transport"),
                *transport_cols,
            )
            .select_from(joined)
            .where(*transports, *only)
        )
    if resources:
        parts.append(
            select(
                literal("resource"),
                tr.vehicle_id,
                resource_name(tr.vehicle_id),
                resource_kind(tr.vehicle_id),
                literal("transport"),
                *transport_cols,
            ).where(*transports, tr.vehicle_id.in_(resource_ids))
        )
    return union_all(*parts)


def _holders(link, link_key, key, holder, ids, booked, sqlite: bool):
    """(the holder id column, the FROM clause, extra WHERE criteria) joining the bookings
    `booked` to the asked holders through the link table, so that the database starts from
    the bookings' time range (or the series ids) and only then looks up each booking's holders
    by the link table's primary key, never all bookings of a holder through its holder index:
    a busy officer or room has tens of thousands of them.

    SQLite has no statistics (no ANALYZE) and takes an equality on an indexed column as very
    selective, so it would start from the holder index; there the holder column is written
    "+ 0", which keeps it off that index, and SQLite then starts from the time index. On
    PostgreSQL "+ 0" hides the statistics instead (a default 0.5 % estimate) and the planner
    scanned the whole link table of a busy room (20–30 ms), and even with true estimates it
    sometimes hashes all of a holder's bookings when it overestimates the window; there the
    holders are a LATERAL subquery with OFFSET 0 (which PostgreSQL never flattens), so each
    booking in the window is looked up by the primary key and nothing else is possible."""
    if sqlite:
        return holder, link.join(booked, link_key == key), [(holder + 0).in_(ids)]
    found = (
        select(holder.label("holder_id"))
        .where(link_key == key, holder.in_(ids))
        .offset(0)
        .lateral(f"{link.name}_of")
    )
    return found.c.holder_id, booked.join(found, true()), []


def _withheld_events(session: Session, event_ids: set[int]) -> set[int]:
    """Events whose title the session's actor may not see (protected identity, no need to know:
    app.services.core.protection); a message about a clash names them without their title."""
    actor = protection.session_actor(session)
    if actor is None or not event_ids:
        return set()
    return protection.events_lacking_need(session, actor, event_ids)


def _hidden_title() -> str:
    return protection.placeholder(protection.HIDDEN_TEXT)


def _transport_title(transport_id: int) -> str:
    return translate("clashes", "Transport {id}").format(id=transport_id)


def find_clashes(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    staff_ids: Iterable[int] = (),
    resource_ids: Iterable[int] = (),
    ignore_event_id: int | None = None,
    ignore_transport_id: int | None = None,
) -> list[Clash]:
    """What a booking [start, end) of these staff and resources would double-book."""
    busy, names = _busy(
        session,
        start=start,
        end=end,
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        ignore_event_id=ignore_event_id,
        ignore_transport_id=ignore_transport_id,
    )
    if not busy:
        return []
    hidden = _withheld_events(session, {b.source_id for b in busy if b.source == "event"})
    return [
        Clash(
            holder=names.get((b.holder, b.holder_id), ("staff", "?"))[0],
            holder_id=b.holder_id,
            holder_name=names.get((b.holder, b.holder_id), ("staff", "?"))[1],
            source=b.source,
            source_id=b.source_id,
            title=_hidden_title() if b.source == "event" and b.source_id in hidden else b.title,
            starts_at=b.starts_at,
            ends_at=b.ends_at,
        )
        for b in busy
    ]


# --- free slots --------------------------------------------------------------------------------


def _merged(intervals: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[list[datetime]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _floor_step(value: datetime) -> datetime:
    t = local(value)
    t = t.replace(minute=t.minute - t.minute % 15, second=0, microsecond=0)
    return utc(t)


def _in_working_hours(start: datetime, end: datetime) -> bool:
    a, b = local(start), local(end)
    if a.date() != b.date() and not (b.time() == time() and (b - a) <= timedelta(days=1)):
        return False
    return a.time() >= WORK_START and (b.time() <= WORK_END and b.time() != time())


def suggest_free_slots(
    session: Session,
    *,
    duration: timedelta,
    around: datetime,
    staff_ids: Iterable[int] = (),
    resource_ids: Iterable[int] = (),
    count: int = 3,
    ignore_event_id: int | None = None,
    ignore_transport_id: int | None = None,
    not_before: datetime | None = None,
    working_hours: bool = True,
) -> list[Slot]:
    """The `count` free slots of this length nearest to `around` (before or after, never before
    `not_before`), on a 15-minute grid in Stockholm time, within the day and evening shifts
    (07–23) unless working_hours=False or the booking is longer than that. Sorted by time."""
    around = utc(around)
    staff, resources = _ids(staff_ids), _ids(resource_ids)
    horizon_start = around - SEARCH_HORIZON
    if not_before is not None:
        horizon_start = max(horizon_start, _floor_step(utc(not_before)))
    horizon_end = around + SEARCH_HORIZON + duration
    busy = _merged(
        (b.starts_at, b.ends_at)
        for b in busy_intervals(
            session,
            start=horizon_start,
            end=horizon_end,
            staff_ids=staff,
            resource_ids=resources,
            ignore_event_id=ignore_event_id,
            ignore_transport_id=ignore_transport_id,
        )
    )
    starts = [a for a, _ in busy]
    work_length = datetime.combine(around.date(), WORK_END) - datetime.combine(
        around.date(), WORK_START
    )
    use_hours = working_hours and duration <= work_length

    def free(a: datetime) -> bool:
        b = a + duration
        if a < horizon_start or b > horizon_end:
            return False
        if use_hours and not _in_working_hours(a, b):
            return False
        i = bisect.bisect_left(starts, b)  # intervals starting before b
        return i == 0 or busy[i - 1][1] <= a

    found: list[Slot] = []
    base = _floor_step(around)
    after, before = base, base - SLOT_STEP
    if after < around:
        after += SLOT_STEP
    while len(found) < count and (after < horizon_end or before >= horizon_start):
        # Take the nearer of the next candidate after and before `around`.
        if after < horizon_end and (before < horizon_start or after - around <= around - before):
            candidate, after = after, after + SLOT_STEP
        else:
            candidate, before = before, before - SLOT_STEP
        if free(candidate):
            found.append(Slot(candidate, candidate + duration))
    return sorted(found, key=lambda s: s.starts_at)


def check_free(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    staff_ids: Iterable[int] = (),
    resource_ids: Iterable[int] = (),
    ignore_event_id: int | None = None,
    ignore_transport_id: int | None = None,
    not_before: datetime | None = None,
) -> None:
    """Raise ClashError (naming each clash and the nearest free slots) if the booking would
    double-book anyone or anything."""
    staff, resources = _ids(staff_ids), _ids(resource_ids)
    clashes = find_clashes(
        session,
        start=start,
        end=end,
        staff_ids=staff,
        resource_ids=resources,
        ignore_event_id=ignore_event_id,
        ignore_transport_id=ignore_transport_id,
    )
    if not clashes:
        return
    slots = suggest_free_slots(
        session,
        duration=utc(end) - utc(start),
        around=start,
        staff_ids=staff,
        resource_ids=resources,
        ignore_event_id=ignore_event_id,
        ignore_transport_id=ignore_transport_id,
        not_before=not_before,
    )
    raise ClashError(clashes, slots)


# --- victim and suspect never meet by our planning ------------------------------------------------


def place_keys(*places: str | None) -> set[str]:
    """Comparable parts of place descriptions: "Arresten, Polisstationen Södermalm" and
    "Polisstationen Södermalm" share "polisstationen södermalm"."""
    keys = set()
    for place in places:
        for part in (place or "").split(","):
            key = " ".join(part.casefold().split())
            if key:
                keys.add(key)
    return keys


def server_place_matches(
    session: Session, kind: str, ids: Iterable[int], keys: set[str]
) -> dict[int, set[str]]:
    """PostgreSQL: which of `keys` the places the server withheld from this login (NULL, no need
    to know: migration e1_protected_columns) share, by event/transport id. The server compares;
    the place itself never reaches the client. SQLite reads every place (nothing withheld)."""
    ids = sorted(set(ids))
    if not ids or not keys or session.get_bind().dialect.name != "postgresql":
        return {}
    out: dict[int, set[str]] = {}
    words = sorted(keys)[:20]
    for i in range(0, len(ids), 5000):
        for row_id, key in session.execute(
            text("SELECT id, key FROM igor_place_matches(:kind, :ids, :keys)"),
            {"kind": kind, "ids": ids[i : i + 5000], "keys": words},
        ):
            out.setdefault(row_id, set()).add(key)
    return out


def _resource_places(session: Session, resource_ids: Iterable[int]) -> list[str]:
    ids = _ids(resource_ids)
    if not ids:
        return []
    out = []
    for name, site, kind in session.execute(
        select(Resource.name, Resource.site, Resource.kind).where(Resource.id.in_(ids))
    ):
        if ResourceKind(kind) is ResourceKind.ROOM:  # a vehicle is not a meeting place
            out.extend(p for p in (name, site) if p)
    return out


def meeting_risks(
    session: Session,
    *,
    start: datetime,
    end: datetime,
    place: str | Sequence[str | None] | None,
    party_ids: Iterable[int] = (),
    case_id: int | None = None,
    victim_travels: bool = False,
    resource_ids: Iterable[int] = (),
    ignore_event_id: int | None = None,
    ignore_transport_id: int | None = None,
) -> list[MeetingRisk]:
    """Bookings that would put the victim and the suspect of the same case at the same place
    within MEETING_MARGIN of each other.

    `party_ids`: the case parties this booking involves; `victim_travels=True` with `case_id`
    adds that case's victim (a transport). `place`: where the booking is (a transport passes
    [pickup, destination]); talk rooms in `resource_ids` add their name and site.
    Places are compared by their comma-separated parts, case-insensitively; a booking without a
    place is never flagged (nothing to compare).
    """
    start, end = utc(start), utc(end)
    places = [place] if isinstance(place, str) or place is None else list(place)
    places += _resource_places(session, resource_ids)
    keys = place_keys(*places)
    if not keys:
        return []
    mine = set(_ids(party_ids))
    if victim_travels and case_id is not None:
        victim = session.execute(
            select(CaseParty.id).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one_or_none()
        if victim is not None:
            mine.add(victim)
    if not mine:
        return []
    own = session.execute(
        select(CaseParty.id, CaseParty.case_id, CaseParty.role).where(CaseParty.id.in_(mine))
    ).all()
    cases = {r.case_id for r in own}
    all_parties = session.execute(
        select(CaseParty.id, CaseParty.case_id, CaseParty.role, Case.case_number)
        .join(Case, Case.id == CaseParty.case_id)
        .where(CaseParty.case_id.in_(cases))
    ).all()
    numbers = {r.case_id: r.case_number for r in all_parties}
    roles_here = {(r.case_id, PartyRole(r.role)) for r in own}
    # The other party of each case this booking involves (and is not itself part of it).
    others = {
        r.id: r
        for r in all_parties
        if r.id not in mine
        and (r.case_id, _opposite(PartyRole(r.role))) in roles_here
        and (r.case_id, PartyRole(r.role)) not in roles_here
    }
    place_text = ", ".join(p for p in places if p)
    risks: list[MeetingRisk] = []
    for cid in sorted(cases):
        if {(cid, PartyRole.VICTIM), (cid, PartyRole.SUSPECT)} <= roles_here:
            risks.append(MeetingRisk(cid, numbers[cid], place_text, "self", None, "", start, end))
    if not others:
        return risks
    w_start, w_end = start - MEETING_MARGIN, end + MEETING_MARGIN
    risks += _event_risks(session, others, numbers, keys, w_start, w_end, ignore_event_id)
    victims_elsewhere = {
        r.case_id for r in others.values() if PartyRole(r.role) is PartyRole.VICTIM
    }
    if victims_elsewhere:
        risks += _transport_risks(
            session, victims_elsewhere, numbers, keys, w_start, w_end, ignore_transport_id
        )
    return risks


def _opposite(role: PartyRole) -> PartyRole:
    return PartyRole.SUSPECT if role is PartyRole.VICTIM else PartyRole.VICTIM


def _event_risks(session, others, numbers, keys, w_start, w_end, ignore_event_id):
    ev = CalendarEvent
    ignore = [] if ignore_event_id is None else [ev.id != ignore_event_id]
    window = or_(
        and_(
            ev.rrule.is_(None),
            ev.starts_at < w_end,
            ev.starts_at > w_start - MAX_EVENT_SPAN,
            ev.ends_at > w_start,
        ),
        and_(
            ev.rrule.is_not(None),
            ev.starts_at < w_end,
            or_(ev.recur_until.is_(None), ev.recur_until > w_start - MAX_EVENT_SPAN),
        ),
    )
    rows = session.execute(
        select(
            event_party.c.party_id,
            ev.id,
            ev.title,
            ev.place,
            ev.starts_at,
            ev.ends_at,
            ev.rrule,
            ev.exdates,
            ev.recur_until,
        )
        .join_from(event_party, ev, event_party.c.event_id == ev.id)
        .where(event_party.c.party_id.in_(list(others)), window, *ignore)
    ).all()
    if not rows:
        return []
    rooms: dict[int, list[str]] = {}
    for eid, name, site in session.execute(
        select(event_resource.c.event_id, Resource.name, Resource.site)
        .join(Resource, Resource.id == event_resource.c.resource_id)
        .where(
            event_resource.c.event_id.in_({r.id for r in rows}),
            Resource.kind == ResourceKind.ROOM,
        )
    ):
        rooms.setdefault(eid, []).extend(p for p in (name, site) if p)
    hidden = _withheld_events(session, {r.id for r in rows})
    on_server = server_place_matches(
        session, "event", {r.id for r in rows if r.place is None}, keys
    )
    out = []
    for r in rows:
        theirs = place_keys(r.place, *rooms.get(r.id, []))
        shared = (keys & theirs) | on_server.get(r.id, set())
        if not shared:
            continue
        if r.rrule is None:
            spans = [(utc(r.starts_at), utc(r.ends_at))]
        else:
            spans = occurrences(
                r.starts_at,
                r.ends_at,
                r.rrule,
                exdates=r.exdates,
                recur_until=r.recur_until,
                window_start=w_start,
                window_end=w_end,
            )
        case_id = others[r.party_id].case_id
        for a, b in spans:
            out.append(
                MeetingRisk(
                    case_id,
                    numbers[case_id],
                    _pretty(shared, r.place),
                    "event",
                    r.id,
                    _hidden_title() if r.id in hidden else r.title,
                    a,
                    b,
                )
            )
    return out


def _transport_risks(session, case_ids, numbers, keys, w_start, w_end, ignore_transport_id):
    tr = Transport
    rows = session.execute(
        select(
            tr.id,
            tr.case_id,
            tr.pickup,
            tr.destination,
            tr.planned_start,
            tr.estimated_minutes,
            tr.buffer_minutes,
        ).where(
            tr.case_id.in_(case_ids),
            tr.with_victim.is_(True),
            tr.status.in_(BLOCKING_TRANSPORT_STATUSES),
            tr.planned_start.is_not(None),
            tr.planned_start < w_end,
            tr.planned_start > w_start - MAX_TRANSPORT_SPAN,
            *([] if ignore_transport_id is None else [tr.id != ignore_transport_id]),
        )
    ).all()
    on_server = server_place_matches(
        session,
        "transport",
        {r.id for r in rows if r.pickup is None or r.destination is None},
        keys,
    )
    out = []
    for r in rows:
        a = utc(r.planned_start)
        b = a + timedelta(minutes=(r.estimated_minutes or 0) + (r.buffer_minutes or 0))
        if not (b > w_start and a < w_end):
            continue
        shared = (keys & place_keys(r.pickup, r.destination)) | on_server.get(r.id, set())
        if shared:
            out.append(
                MeetingRisk(
                    r.case_id,
                    numbers[r.case_id],
                    _pretty(shared, None),
                    "transport",
                    r.id,
                    _transport_title(r.id),
                    a,
                    b,
                )
            )
    return out


def _pretty(shared: set[str], original: str | None) -> str:
    """The shared place as the user wrote it, when we can find it."""
    for part in (original or "").split(","):
        if " ".join(part.casefold().split()) in shared:
            return part.strip()
    return sorted(shared)[0]
