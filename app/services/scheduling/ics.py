"""iCalendar (.ics) export and import, so events can reach Outlook and come back.

Export (`export_ics`):
- One VEVENT per event; a recurring series as one VEVENT with RRULE (UNTIL in UTC) and EXDATE,
  each edited occurrence as a VEVENT with the series' UID and RECURRENCE-ID. Times carry
  TZID=Europe/Stockholm and the VTIMEZONE is included (icalendar's add_missing_timezones).
- Stable UIDs: the event's own `uid` (events without one get it at their first export).
- **Protected identity**: an event about a person with protected identity (a party of the event,
  or any party or child of its case) is exported without place, notes and title (the title is
  replaced by the kind and the case number) unless the user explicitly chooses to include them
  (`include_protected=True`) — and even then only where the user has need to know
  (app.services.core.protection). Such an entry carries X-IGOR-REDACTED:TRUE.
- Our own fields ride along as X-IGOR-KIND, X-IGOR-CASE (case number), X-IGOR-STAFF (staff ids),
  X-IGOR-RESOURCES (room/vehicle names), so a round trip gives the same events.
- Audited as "exported" (record_type "export", counts and the protected choice only).

Import (`import_ics`): the whole file lands or nothing does; every bad entry is reported in
Swedish (which entry, what is wrong). An entry whose UID is already in the database (or an
edited occurrence already there) is left as it is, so re-importing a file never duplicates.
Imported events go through the same clash check as the dialog. No Qt here.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from icalendar import Calendar, Event, vRecur
from sqlalchemy import and_, exists, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.database import Database
from app.errors import UserError, ValidationError
from app.i18n import translate
from app.models import CalendarEvent, Case, Resource, StaffMember, event_resource, event_staff
from app.models.enums import EventKind
from app.services.core import audit, protection
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.scheduling import calendar as cal
from app.services.scheduling import clashes
from app.services.scheduling.recurrence import (
    TZ,
    format_exdates,
    from_local,
    local,
    parse_exdates,
    split_limits,
    utc,
    utc_or_none,
)

logger = logging.getLogger(__name__)

PRODID = "-//IGOR Desk//IGOR Desk kalender//SV"
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_EVENTS = 20_000
SUPPORTED_FREQ = ("DAILY", "WEEKLY", "MONTHLY")


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    events: int
    redacted: int


@dataclass(frozen=True)
class ImportResult:
    created: int
    unchanged: int  # already in the database (same UID): left as they were


class IcsImportError(ValidationError):
    """The file was not imported (nothing was saved); `problems` names each bad entry."""

    def message(self) -> str:
        head = translate("errors", "Filen lästes inte in; ingenting sparades.")
        return head + "\n" + super().message()


# --- export -----------------------------------------------------------------------------------


def export_ics(
    db: Database,
    actor: Actor,
    start: datetime,
    end: datetime,
    staff_ids: list[int] | None = None,
    *,
    include_protected: bool = False,
) -> ExportResult:
    """The events (series whole) that touch [start, end), for these staff (None: the team)."""
    require_caseworker(actor)
    start, end = utc(start), utc(end)
    with db.write(actor=actor, disclosure_kind="export") as s:
        events = _events_to_export(s, start, end, staff_ids)
        staff_of, res_of = _links_of(s, [e.id for e in events])
        # One rule (app.services.core.protection): without need to know, never; with it, only
        # when the user chose to include them.
        protected, lacking = protection.case_facts(s, actor, {e.case_id for e in events})
        numbers = _case_numbers(s, {e.case_id for e in events if e.case_id is not None})
        by_id = {e.id: e for e in events}
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", "IGOR Desk")
        calendar.add("x-wr-timezone", "Europe/Stockholm")
        redacted = 0
        overridden: dict[int, set[datetime]] = {}
        for e in events:
            if e.series_id is not None and e.recurrence_id is not None:
                overridden.setdefault(e.series_id, set()).add(utc(e.recurrence_id))
        for e in events:
            if e.uid is None and e.series_id is None:
                # A stable UID from now on, written without bumping the event's version (an
                # export must not make someone's open edit look like a conflict).
                uid = cal.new_uid()
                s.execute(
                    update(CalendarEvent.__table__)
                    .where(CalendarEvent.__table__.c.id == e.id)
                    .values(uid=uid)
                )
                set_committed_value(e, "uid", uid)
        for e in events:
            hide = e.case_id in protected and not include_protected
            if e.case_id in lacking and actor.staff_id not in staff_of.get(e.id, ()):
                hide = True
            redacted += hide
            calendar.add_component(
                _vevent(e, by_id, staff_of, res_of, numbers, overridden.get(e.id, set()), hide)
            )
        calendar.add_missing_timezones()
        data = calendar.to_ical()
        audit.record(
            s,
            actor,
            "exported",
            record_type="export",
            details={
                "format": "ics",
                "rows": len(events),
                "protected_included": bool(include_protected),
                "redacted": redacted,
            },
        )
    return ExportResult(data, len(events), redacted)


def _events_to_export(s: Session, start, end, staff_ids) -> list[CalendarEvent]:
    ev = CalendarEvent
    window = or_(
        and_(
            ev.rrule.is_(None),
            ev.starts_at < end,
            ev.starts_at > start - clashes.MAX_EVENT_SPAN,
            ev.ends_at > start,
        ),
        and_(
            ev.rrule.is_not(None),
            ev.starts_at < end,
            or_(ev.recur_until.is_(None), ev.recur_until > start - clashes.MAX_EVENT_SPAN),
        ),
    )
    query = select(ev).where(window)
    if staff_ids is not None:
        query = query.where(
            exists().where(event_staff.c.event_id == ev.id, event_staff.c.staff_id.in_(staff_ids))
        )
    events = list(s.execute(query.order_by(ev.starts_at, ev.id)).scalars())
    # An edited occurrence travels with its series, and needs it (its UID) in the file.
    have = {e.id for e in events}
    missing = {e.series_id for e in events if e.series_id is not None} - have
    if missing:
        events += list(s.execute(select(ev).where(ev.id.in_(missing))).scalars())
    series_ids = {e.id for e in events if e.rrule is not None}
    if series_ids:
        events += [
            c
            for c in s.execute(select(ev).where(ev.series_id.in_(series_ids))).scalars()
            if c.id not in {e.id for e in events}
        ]
    return events


def _links_of(s: Session, ids: list[int]):
    staff_of: dict[int, list[int]] = {}
    res_of: dict[int, list[str]] = {}
    for chunk in cal._chunks(ids):
        for eid, sid in s.execute(
            select(event_staff.c.event_id, event_staff.c.staff_id).where(
                event_staff.c.event_id.in_(chunk)
            )
        ):
            staff_of.setdefault(eid, []).append(sid)
        for eid, name in s.execute(
            select(event_resource.c.event_id, Resource.name)
            .join(Resource, Resource.id == event_resource.c.resource_id)
            .where(event_resource.c.event_id.in_(chunk))
        ):
            res_of.setdefault(eid, []).append(name)
    return staff_of, res_of


def _case_numbers(s: Session, case_ids: set[int]) -> dict[int, str]:
    out = {}
    for chunk in cal._chunks(sorted(case_ids)):
        out.update(
            dict(s.execute(select(Case.id, Case.case_number).where(Case.id.in_(chunk))).all())
        )
    return out


def _vevent(e, by_id, staff_of, res_of, numbers, overridden: set[datetime], hide: bool) -> Event:
    item = Event()
    series = by_id.get(e.series_id) if e.series_id is not None else None
    uid = series.uid if series is not None else e.uid
    item.add("uid", uid)
    item.add("dtstamp", utc(e.updated_at))
    item.add("dtstart", local(e.starts_at))
    item.add("dtend", local(e.ends_at))
    kind = EventKind(e.kind)
    number = numbers.get(e.case_id) if e.case_id is not None else None
    if hide:
        item.add("summary", cal.kind_label(kind) + (f" {number}" if number else ""))
        item.add("x-igor-redacted", "TRUE")
        item.add("class", "CONFIDENTIAL")
    else:
        item.add("summary", e.title)
        if e.place:
            item.add("location", e.place)
        if e.notes:
            item.add("description", e.notes)
    item.add("categories", [cal.kind_label(kind)])
    item.add("x-igor-kind", kind.value)
    if number:
        item.add("x-igor-case", number)
    if staff_of.get(e.id):
        item.add("x-igor-staff", ",".join(str(i) for i in sorted(staff_of[e.id])))
    if res_of.get(e.id):
        item.add("x-igor-resources", " | ".join(sorted(res_of[e.id])))
    if e.held:
        item.add("x-igor-held", "TRUE")
    if e.rrule:
        rule = vRecur.from_ical(e.rrule)
        if e.recur_until is not None:
            rule["UNTIL"] = [utc(e.recur_until)]
        item.add("rrule", rule)
        # Edited occurrences are exported as their own VEVENTs, not as EXDATEs (RFC 5545).
        excluded = sorted(parse_exdates(e.exdates) - overridden)
        if excluded:
            item.add("exdate", [local(x) for x in excluded])
    if e.recurrence_id is not None and series is not None:
        item.add("recurrence-id", local(e.recurrence_id))
    return item


# --- import -----------------------------------------------------------------------------------


@dataclass
class _Entry:
    number: int
    uid: str
    title: str
    kind: EventKind
    start: datetime
    end: datetime
    place: str | None
    notes: str | None
    rrule: str | None
    until: datetime | None
    exdates: set[datetime]
    recurrence_id: datetime | None
    staff_ids: list[int]
    resource_ids: list[int]
    case_id: int | None
    held: bool


def import_ics(db: Database, actor: Actor, data: bytes) -> ImportResult:
    """Import a .ics file whole (or nothing). Events without staff of ours get the importer."""
    require_caseworker(actor)
    if len(data) > MAX_IMPORT_BYTES:
        raise IcsImportError([UserError("Filen är för stor (högst 20 MB).")])
    try:
        parsed = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and friends on bad input
        raise IcsImportError([UserError("Filen är ingen läsbar iCalendar-fil (.ics).")]) from exc
    items = list(parsed.walk("VEVENT"))
    if not items:
        raise IcsImportError([UserError("Filen innehåller inga händelser.")])
    if len(items) > MAX_IMPORT_EVENTS:
        raise IcsImportError([UserError("Filen har fler än {n} händelser.", n=MAX_IMPORT_EVENTS)])
    with db.write(actor=actor) as s:
        lookups = _Lookups(s)
        problems: list[UserError] = []
        entries: list[_Entry] = []
        for number, item in enumerate(items, start=1):
            try:
                entries.append(_read_entry(number, item, actor, lookups))
            except UserError as exc:
                problems.append(_entry_problem(number, item, exc))
        # Series first, so edited occurrences find them.
        entries.sort(key=lambda e: (e.recurrence_id is not None, e.number))
        created = unchanged = 0
        uids = {e.uid for e in entries}
        existing = {
            u: i
            for u, i in s.execute(
                select(CalendarEvent.uid, CalendarEvent.id).where(
                    CalendarEvent.uid.in_(sorted(uids))
                )
            ).all()
        }
        for entry in entries:
            try:
                made = _store(s, actor, entry, existing)
            except UserError as exc:
                problems.append(_entry_problem(entry.number, None, exc, entry.title))
                continue
            created += made
            unchanged += not made
        if problems:
            problems.sort(key=lambda p: p.params.get("number", 0))
            raise IcsImportError(problems)
        audit.record(
            s,
            actor,
            "imported",
            record_type="calendar_event",
            details={"format": "ics", "created": created, "unchanged": unchanged},
        )
    logger.info("ics import: %d created, %d unchanged", created, unchanged)
    return ImportResult(created, unchanged)


def _entry_problem(number, item, exc: UserError, title: str | None = None) -> UserError:
    if title is None and item is not None:
        title = str(item.get("summary") or "")
    return UserError(
        "Händelse {number} ({title}): {problem}",
        number=number,
        title=(title or "utan rubrik")[:60],
        problem=exc.message(),
    )


class _Lookups:
    def __init__(self, s: Session) -> None:
        self.s = s
        self.staff = set(
            s.execute(select(StaffMember.id).where(StaffMember.revoked_at.is_(None))).scalars()
        )
        self.resources = {
            name.casefold(): rid
            for rid, name in s.execute(
                select(Resource.id, Resource.name).where(Resource.active.is_(True))
            )
        }
        self.cases: dict[str, int | None] = {}

    def case(self, number: str) -> int | None:
        key = number.strip().upper()
        if key not in self.cases:
            self.cases[key] = self.s.execute(
                select(Case.id).where(Case.case_number == key)
            ).scalar_one_or_none()
        return self.cases[key]


def _when(value) -> tuple[datetime, bool]:
    """A DTSTART/DTEND value → (aware UTC datetime, was a date)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating time: the team's local time
            return from_local(value), False
        return utc(value), False
    if isinstance(value, date):
        return from_local(datetime.combine(value, time())), True
    raise UserError("tiden går inte att läsa.")


def _read_entry(number: int, item, actor: Actor, lookups: _Lookups) -> _Entry:
    if item.get("dtstart") is None:
        raise UserError("starttid (DTSTART) saknas.")
    try:
        start, all_day = _when(item.decoded("dtstart"))
        if item.get("dtend") is not None:
            end, _ = _when(item.decoded("dtend"))
        elif item.get("duration") is not None:
            end = start + item.decoded("duration")
        else:
            end = start + (timedelta(days=1) if all_day else timedelta(hours=1))
    except UserError:
        raise
    except Exception as exc:
        raise UserError("tiden går inte att läsa.") from exc
    if end <= start:
        raise UserError("sluttiden ligger inte efter starttiden.")
    if end - start > clashes.MAX_EVENT_SPAN:
        raise UserError("händelsen är längre än 7 dygn.")
    title = " ".join(str(item.get("summary") or "").split())
    if len(title) > cal.MAX_TITLE:
        raise UserError("rubriken är längre än {n} tecken.", n=cal.MAX_TITLE)
    place = " ".join(str(item.get("location") or "").split()) or None
    if place and len(place) > cal.MAX_PLACE:
        raise UserError("platsen är längre än {n} tecken.", n=cal.MAX_PLACE)
    notes = str(item.get("description") or "").strip() or None
    if notes and len(notes) > cal.MAX_NOTES:
        raise UserError("beskrivningen är längre än {n} tecken.", n=cal.MAX_NOTES)
    kind_text = str(item.get("x-igor-kind") or "").strip()
    try:
        kind = EventKind(kind_text) if kind_text else EventKind.OTHER
    except ValueError:
        kind = EventKind.OTHER
    if kind is EventKind.TRANSPORT:
        kind = EventKind.OTHER  # transports are planned on the transport board
    rrule = until = None
    if item.get("rrule") is not None:
        rule = item.get("rrule")
        rule = rule[0] if isinstance(rule, list) else rule
        text = rule.to_ical().decode()
        freq = str((rule.get("FREQ") or [""])[0]).upper()
        if freq not in SUPPORTED_FREQ:
            raise UserError(
                "upprepningen {freq} stöds inte (bara daglig, veckovis och månadsvis).",
                freq=freq or "?",
            )
        rrule, until = split_limits(text, start)
    exdates: set[datetime] = set()
    raw = item.get("exdate")
    for group in raw if isinstance(raw, list) else ([raw] if raw is not None else []):
        for value in group.dts:
            exdates.add(_when(value.dt)[0])
    recurrence_id = None
    if item.get("recurrence-id") is not None:
        recurrence_id = _when(item.decoded("recurrence-id"))[0]
    uid = str(item.get("uid") or "").strip()
    if not uid:  # a stable stand-in, so a re-import of the same file does not duplicate
        digest = hashlib.sha256(f"{start.isoformat()}|{end.isoformat()}|{title}".encode())
        uid = f"import-{digest.hexdigest()[:32]}@igor-desk"
    if len(uid) > 255:
        raise UserError("UID är längre än 255 tecken.")
    staff_ids = []
    for part in str(item.get("x-igor-staff") or "").split(","):
        if part.strip().isdigit() and int(part) in lookups.staff:
            staff_ids.append(int(part))
    if not staff_ids:
        staff_ids = [actor.staff_id]
    resource_ids = []
    for name in str(item.get("x-igor-resources") or "").split("|"):
        rid = lookups.resources.get(name.strip().casefold())
        if rid is not None:
            resource_ids.append(rid)
    case_text = str(item.get("x-igor-case") or "").strip()
    case_id = lookups.case(case_text) if case_text else None
    if not title:
        title = cal.kind_label(kind)
    return _Entry(
        number=number,
        uid=uid,
        title=title,
        kind=kind,
        start=start,
        end=end,
        place=place,
        notes=notes,
        rrule=rrule,
        until=until,
        exdates=exdates,
        recurrence_id=recurrence_id,
        staff_ids=sorted(set(staff_ids)),
        resource_ids=sorted(set(resource_ids)),
        case_id=case_id,
        held=str(item.get("x-igor-held") or "").upper() == "TRUE",
    )


def _store(s: Session, actor: Actor, entry: _Entry, existing: dict[str, int]) -> bool:
    """Save one entry; False when it is already there."""
    series_id = None
    if entry.recurrence_id is not None:
        series_id = existing.get(entry.uid)
        if series_id is None:
            raise UserError("serien som tillfället hör till finns inte i filen.")
        series = s.get(CalendarEvent, series_id)
        if series is None or series.rrule is None:
            raise UserError("serien som tillfället hör till finns inte i filen.")
        already = s.execute(
            select(CalendarEvent.id).where(
                CalendarEvent.series_id == series_id,
                CalendarEvent.recurrence_id == entry.recurrence_id,
            )
        ).first()
        if already is not None:
            return False
        series.exdates = format_exdates(parse_exdates(series.exdates) | {entry.recurrence_id})
        s.flush()
    elif entry.uid in existing:
        return False
    found = cal.first_clashes(
        s,
        entry.start,
        entry.end,
        rrule=entry.rrule,
        exdates=format_exdates(entry.exdates),
        until=entry.until,
        staff_ids=entry.staff_ids,
        resource_ids=entry.resource_ids,
    )
    if found:
        raise UserError("krockar: {clashes}.", clashes="; ".join(c.describe() for c in found[:3]))
    event = CalendarEvent(
        kind=entry.kind,
        title=entry.title,
        starts_at=entry.start,
        ends_at=entry.end,
        place=entry.place,
        case_id=entry.case_id,
        rrule=entry.rrule,
        recur_until=utc_or_none(entry.until),
        exdates=format_exdates(entry.exdates) if entry.rrule else None,
        notes=entry.notes,
        held=entry.held,
        uid=None if series_id is not None else entry.uid,
        series_id=series_id,
        recurrence_id=entry.recurrence_id,
        created_by_id=actor.staff_id,
    )
    s.add(event)
    s.flush()
    if series_id is None:
        existing[entry.uid] = event.id
    if entry.staff_ids:
        s.execute(
            insert(event_staff), [{"event_id": event.id, "staff_id": i} for i in entry.staff_ids]
        )
    if entry.resource_ids:
        s.execute(
            insert(event_resource),
            [{"event_id": event.id, "resource_id": i} for i in entry.resource_ids],
        )
    audit.record(
        s,
        actor,
        "created",
        record_type="calendar_event",
        record_id=event.id,
        case_id=event.case_id,
        details={"kind": event.kind.value, "imported": True},
    )
    return True


def suggested_filename(start: datetime) -> str:
    return f"igor-kalender-{local(start).date().isoformat()}.ics"


__all__ = ["TZ", "ExportResult", "IcsImportError", "ImportResult", "export_ics", "import_ics"]
