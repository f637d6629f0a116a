"""The team calendar: events, recurring series with exceptions, and the views' queries.

Rules (docs/calendar.md):
- Every save checks for double bookings of staff, talk rooms and vehicles against other events
  and planned transports (app.services.scheduling.clashes); a clash refuses the save with a message naming
  it and the nearest free slots. An edited event never clashes with itself.
- An event that puts the victim and the suspect of one case at the same place at (nearly) the
  same time needs an answer (`meeting_reason`), stored on the event and audited.
- Planning a talk with the suspect applies the contact rule (app.services.cases.contacts); when it is
  not clear the save needs a stated reason (`rule_reason`).
- Edits carry the version the user opened; a change from another workstation in between raises
  ConcurrentEditError (who and when) instead of being overwritten.
- A recurring series repeats daily, weekly or monthly in Stockholm wall time. One occurrence can
  be edited (it becomes its own event, linked by series_id/recurrence_id, and its original start
  joins the series' exdates) or removed (its start joins the exdates).
- Event titles, places and notes are shown to staff; analysts (statistics only) see the kind and
  the time.
- `mark_held`: a held event becomes a recorded contact on its case in one step (channel and talk
  kind filled in from the event kind) through app.services.cases.contacts.add_contact_in, in the same
  transaction as the marking.
No Qt here.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import String, and_, cast, delete, exists, func, insert, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import AccessDenied, ConcurrentEditError, UserError, ValidationError
from app.i18n import tr_noop, translate
from app.models import (
    AuditEntry,
    CalendarEvent,
    Case,
    CaseParty,
    Child,
    Person,
    Resource,
    StaffMember,
    Transport,
    event_party,
    event_resource,
    event_staff,
    transport_crew,
)
from app.models.enums import (
    Channel,
    EventKind,
    PartyRole,
    Protection,
    ResourceKind,
    TalkKind,
    TransportPurpose,
    TransportStatus,
)
from app.services.core import audit
from app.services.core.access import require_caseworker, sees_content
from app.services.core.actor import Actor
from app.services.scheduling import clashes
from app.services.scheduling.recurrence import (
    Recurrence,
    format_exdates,
    limits_for,
    local,
    occurrences,
    parse_exdates,
    to_rrule,
    utc,
    utc_or_none,
    validate,
)

logger = logging.getLogger(__name__)

RECORD_TYPE = "calendar_event"
MAX_TITLE = 200
MAX_PLACE = 200
MAX_NOTES = 10_000
MAX_REASON = 2_000
MIN_DURATION = timedelta(minutes=5)
SNAP = timedelta(minutes=15)
# Recurring series are checked for clashes and meetings this far ahead (and at most this many
# occurrences); later occurrences are checked when they are edited.
SERIES_CHECK_HORIZON = timedelta(days=366)
SERIES_CHECK_MAX = 400

# Swedish names of the kinds (the same source texts as app.ui.labels, context "labels").
KIND_TEXT: dict[EventKind, str] = {
    EventKind.ARREST_TALK: tr_noop("Arresteringssamtal"),
    EventKind.HOME_VISIT: tr_noop("Hembesök"),
    EventKind.RELEASE_TALK: tr_noop("Släppsamtal"),
    EventKind.INTERVIEW_SUPPORT: tr_noop("Stöd vid förhör"),
    EventKind.COURT_SUPPORT: tr_noop("Stöd vid rättegång"),
    EventKind.BRIEFING: tr_noop("Genomgång med IGV"),
    EventKind.RVT_MEETING: tr_noop("Möte med RVT"),
    EventKind.MEETING: tr_noop("Möte"),
    EventKind.ROOM_BOOKING: tr_noop("Bokning av samtalsrum"),
    EventKind.FOLLOW_UP_CALL: tr_noop("Uppföljningssamtal"),
    EventKind.TRANSPORT: tr_noop("Transport"),
    EventKind.OTHER: tr_noop("Övrigt"),
}
_PURPOSE_TEXT: dict[TransportPurpose, str] = {
    TransportPurpose.INTERVIEW: tr_noop("Förhör"),
    TransportPurpose.COURT: tr_noop("Rättegång"),
    TransportPurpose.MEDICAL: tr_noop("Läkarbesök"),
    TransportPurpose.FORENSIC: tr_noop("Rättsmedicinsk undersökning"),
    TransportPurpose.PROTECTED_HOUSING: tr_noop("Skyddat boende"),
    TransportPurpose.FETCH_BELONGINGS: tr_noop("Hämta tillhörigheter/djur"),
    TransportPurpose.OTHER: tr_noop("Annat"),
}

# A held event becomes a contact with this channel and these talk kinds (the user may change the
# talk kinds before saving). Kinds without a channel are not contacts (briefings, RVT meetings).
HELD_AS_CONTACT: dict[EventKind, tuple[Channel, frozenset[TalkKind]]] = {
    EventKind.ARREST_TALK: (Channel.ARREST_TALK, frozenset({TalkKind.SUPPORT_VIOLENCE})),
    EventKind.RELEASE_TALK: (Channel.RELEASE_TALK, frozenset({TalkKind.SUPPORT_VIOLENCE})),
    EventKind.HOME_VISIT: (Channel.HOME_VISIT, frozenset({TalkKind.CHECK_IN})),
    EventKind.INTERVIEW_SUPPORT: (Channel.ACCOMPANIMENT, frozenset({TalkKind.INVESTIGATION})),
    EventKind.COURT_SUPPORT: (Channel.ACCOMPANIMENT, frozenset()),
    EventKind.FOLLOW_UP_CALL: (Channel.PHONE, frozenset({TalkKind.CHECK_IN})),
    EventKind.ROOM_BOOKING: (Channel.MEETING, frozenset()),
    EventKind.MEETING: (Channel.MEETING, frozenset()),
    EventKind.OTHER: (Channel.MEETING, frozenset()),
}
# Kinds whose default party is the suspect (the others: the victim).
SUSPECT_KINDS = frozenset({EventKind.ARREST_TALK, EventKind.RELEASE_TALK})
# Event kinds planned from the transport board, not in the event dialog.
NOT_IN_DIALOG = frozenset({EventKind.TRANSPORT})


def kind_label(kind: EventKind) -> str:
    return translate("labels", KIND_TEXT[EventKind(kind)])


# --- input and rows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EventInput:
    """What the event dialog (or an import) saves. Times are aware (any zone) or naive UTC."""

    kind: EventKind
    starts_at: datetime
    ends_at: datetime
    title: str = ""  # empty: the kind's name (and the case number)
    place: str | None = None
    case_id: int | None = None
    party_ids: tuple[int, ...] = ()
    staff_ids: tuple[int, ...] = ()
    resource_ids: tuple[int, ...] = ()
    notes: str | None = None
    recurrence: Recurrence | None = None
    meeting_reason: str | None = None  # the answer to the victim/suspect meeting warning
    rule_reason: str | None = None  # the reason when the contact rule is not clear


class EventRow(NamedTuple):
    """One thing in a calendar view: an event, one occurrence of a series, or a transport.

    `id` is the event id (the series' id for an occurrence; the transport id when source is
    "transport"); `occurrence` is the original start of a series occurrence (pass it back to
    edit only that occurrence), None otherwise. `version` is what an edit must carry.
    Immutable (a NamedTuple: a week of the whole team is thousands of rows, built fast).
    """

    source: str  # "event" or "transport"
    id: int
    occurrence: datetime | None
    kind: EventKind
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    case_id: int | None
    case_number: str | None
    staff_ids: tuple[int, ...]
    staff_names: tuple[str, ...]
    resource_ids: tuple[int, ...]
    resource_names: tuple[str, ...]
    recurring: bool
    held: bool
    protected: bool  # concerns a person with protected identity
    version: int

    @property
    def editable(self) -> bool:
        return self.source == "event"

    @property
    def key(self) -> tuple:
        return (self.source, self.id, self.occurrence)


@dataclass(frozen=True)
class EventDetail:
    id: int
    version: int
    kind: EventKind
    title: str
    starts_at: datetime  # of the occurrence asked for (or the series' first)
    ends_at: datetime
    place: str | None
    case_id: int | None
    case_number: str | None
    party_ids: tuple[int, ...]
    staff_ids: tuple[int, ...]
    resource_ids: tuple[int, ...]
    notes: str | None
    rrule: str | None
    recur_until: datetime | None
    series_start: datetime
    series_id: int | None
    occurrence: datetime | None
    held: bool
    contact_id: int | None
    risk_override_reason: str | None
    rule_override_reason: str | None
    protected: bool


@dataclass(frozen=True)
class StaffChoice:
    id: int
    full_name: str
    agency: str


@dataclass(frozen=True)
class ResourceChoice:
    id: int
    kind: ResourceKind
    name: str
    site: str | None


@dataclass(frozen=True)
class PartyChoice:
    id: int
    role: PartyRole
    name: str
    protected: bool


@dataclass(frozen=True)
class HeldDefaults:
    channel: Channel | None
    talk_kinds: frozenset[TalkKind]
    party_id: int | None
    parties: tuple[PartyChoice, ...] = field(default_factory=tuple)
    needs_case: bool = False


# --- choices for the dialog -------------------------------------------------------------------


def staff_choices(db: Database, actor: Actor) -> list[StaffChoice]:
    """Active staff members, by name (the colleague picker and the participant list)."""
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(StaffMember.id, StaffMember.full_name, StaffMember.agency)
            .where(StaffMember.revoked_at.is_(None), StaffMember.is_caseworker.is_(True))
            .order_by(StaffMember.full_name)
        ).all()
    return [StaffChoice(r.id, r.full_name, str(r.agency)) for r in rows]


def resource_choices(db: Database, actor: Actor) -> list[ResourceChoice]:
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(Resource.id, Resource.kind, Resource.name, Resource.site)
            .where(Resource.active.is_(True))
            .order_by(Resource.kind, Resource.name)
        ).all()
    return [ResourceChoice(r.id, ResourceKind(r.kind), r.name, r.site) for r in rows]


def party_choices(db: Database, actor: Actor, case_id: int) -> list[PartyChoice]:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        return _party_choices(s, case_id)


def _party_choices(s: Session, case_id: int) -> list[PartyChoice]:
    rows = s.execute(
        select(CaseParty.id, CaseParty.role, Person.first_name, Person.last_name, Person.protection)
        .join(Person, Person.id == CaseParty.person_id)
        .where(CaseParty.case_id == case_id)
        .order_by(CaseParty.role.desc())  # victim first
    ).all()
    return [
        PartyChoice(
            r.id,
            PartyRole(r.role),
            " ".join(p for p in (r.first_name, r.last_name) if p),
            Protection(r.protection) is not Protection.NONE,
        )
        for r in rows
    ]


def find_case(db: Database, actor: Actor, case_number: str) -> int | None:
    """The id of the case with this number (exact, case-insensitive), or None."""
    require_caseworker(actor)
    text = case_number.strip()
    if not text:
        return None
    with db.read(actor=actor) as s:
        return s.execute(
            select(Case.id).where(Case.case_number == text.upper())
        ).scalar_one_or_none()


# --- validation -------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    value = (text or "").strip()
    return value or None


def _validate(s: Session, data: EventInput) -> tuple[EventInput, list[int], list[int], list[int]]:
    problems: list[UserError] = []
    try:
        kind = EventKind(data.kind)
    except ValueError:
        kind = EventKind.OTHER
        problems.append(UserError("Fältet {field}: välj en typ.", field="typ"))
    if kind in NOT_IN_DIALOG:
        problems.append(
            UserError(
                "Fältet {field}: transporter planeras på sidan Transporter.",
                field="typ",
            )
        )
    start, end = utc(data.starts_at), utc(data.ends_at)
    if end <= start:
        problems.append(
            UserError("Fältet {field}: slutet måste ligga efter starten.", field="slut")
        )
    elif end - start < MIN_DURATION:
        problems.append(UserError("Fältet {field}: en händelse är minst 5 minuter.", field="slut"))
    elif end - start > clashes.MAX_EVENT_SPAN:
        problems.append(
            UserError("Fältet {field}: en händelse kan vara högst 7 dygn.", field="slut")
        )
    title = _clean(data.title)
    if title and len(title) > MAX_TITLE:
        problems.append(
            UserError("Fältet {field} får vara högst {n} tecken.", field="rubrik", n=MAX_TITLE)
        )
    place = _clean(data.place)
    if place and len(place) > MAX_PLACE:
        problems.append(
            UserError("Fältet {field} får vara högst {n} tecken.", field="plats", n=MAX_PLACE)
        )
    notes = _clean(data.notes)
    if notes and len(notes) > MAX_NOTES:
        problems.append(
            UserError("Fältet {field} får vara högst {n} tecken.", field="anteckning", n=MAX_NOTES)
        )
    staff_ids = sorted(set(data.staff_ids))
    resource_ids = sorted(set(data.resource_ids))
    party_ids = sorted(set(data.party_ids))
    if not staff_ids and not resource_ids:
        problems.append(
            UserError("Fältet {field}: välj minst en medarbetare eller ett rum.", field="deltagare")
        )
    if staff_ids:
        active = set(
            s.execute(
                select(StaffMember.id).where(
                    StaffMember.id.in_(staff_ids), StaffMember.revoked_at.is_(None)
                )
            ).scalars()
        )
        if active != set(staff_ids):
            problems.append(
                UserError(
                    "Fältet {field}: en vald medarbetare finns inte längre eller är spärrad.",
                    field="deltagare",
                )
            )
    if resource_ids:
        found = set(
            s.execute(
                select(Resource.id).where(Resource.id.in_(resource_ids), Resource.active.is_(True))
            ).scalars()
        )
        if found != set(resource_ids):
            problems.append(
                UserError(
                    "Fältet {field}: ett valt rum eller fordon finns inte längre.", field="resurser"
                )
            )
    case_number = None
    if data.case_id is not None:
        case_number = s.execute(
            select(Case.case_number).where(Case.id == data.case_id)
        ).scalar_one_or_none()
        if case_number is None:
            problems.append(
                UserError(
                    "Fältet {field}: ärendet finns inte (det kan ha gallrats).", field="ärende"
                )
            )
    if party_ids:
        if data.case_id is None:
            problems.append(UserError("Fältet {field}: välj ärendet först.", field="parter"))
        else:
            ok = set(
                s.execute(
                    select(CaseParty.id).where(
                        CaseParty.id.in_(party_ids), CaseParty.case_id == data.case_id
                    )
                ).scalars()
            )
            if ok != set(party_ids):
                problems.append(
                    UserError("Fältet {field}: välj parter i det valda ärendet.", field="parter")
                )
    if data.recurrence is not None:
        try:
            validate(data.recurrence, start)
        except UserError as exc:
            problems.append(exc)
    for value, name in ((data.meeting_reason, "skäl"), (data.rule_reason, "skäl")):
        if value and len(value.strip()) > MAX_REASON:
            problems.append(
                UserError("Fältet {field} får vara högst {n} tecken.", field=name, n=MAX_REASON)
            )
    if problems:
        raise ValidationError(problems)
    if not title:
        title = kind_label(kind) + (f" {case_number}" if case_number else "")
    clean = replace(
        data, kind=kind, title=title, place=place, notes=notes, starts_at=start, ends_at=end
    )
    return clean, staff_ids, resource_ids, party_ids


def _spans(start: datetime, end: datetime, rrule: str | None, exdates, until) -> list:
    """The spans to check: the event, or a series' occurrences within the check horizon."""
    if rrule is None:
        return [(start, end)]
    spans = occurrences(
        start,
        end,
        rrule,
        exdates=exdates,
        recur_until=until,
        window_start=start,
        window_end=start + SERIES_CHECK_HORIZON,
    )
    return spans[:SERIES_CHECK_MAX]


def _check_rules(
    s: Session,
    actor: Actor,
    data: EventInput,
    staff_ids: list[int],
    resource_ids: list[int],
    party_ids: list[int],
    *,
    rrule: str | None,
    exdates,
    until,
    ignore_event_id: int | None,
) -> tuple[str | None, str | None, list[clashes.MeetingRisk], bool]:
    """Clashes (refuse), meeting risks and the contact rule (need an answer). Returns the
    stored meeting reason, the stored rule reason, the risks answered, and whether the rule was
    overridden."""
    spans = _spans(data.starts_at, data.ends_at, rrule, exdates, until)
    _check_clashes(s, spans, staff_ids, resource_ids, ignore_event_id)
    risks: list[clashes.MeetingRisk] = []
    if party_ids:
        for a, b in spans[:60]:
            risks += clashes.meeting_risks(
                s,
                start=a,
                end=b,
                place=data.place,
                party_ids=party_ids,
                resource_ids=resource_ids,
                ignore_event_id=ignore_event_id,
            )
    meeting_reason = _clean(data.meeting_reason)
    if risks and meeting_reason is None:
        raise clashes.MeetingRiskError(risks)
    if not risks:
        meeting_reason = None
    rule_reason = None
    overridden = False
    suspect_planned = (
        bool(party_ids)
        and s.execute(
            select(exists().where(CaseParty.id.in_(party_ids), CaseParty.role == PartyRole.SUSPECT))
        ).scalar_one()
    )
    if suspect_planned and data.case_id is not None:
        from app.services import contacts  # the contact rule lives with the contacts

        status, rule_reason = contacts.require_contact_rule(s, data.case_id, data.rule_reason)
        overridden = rule_reason is not None
        del status
    return meeting_reason, rule_reason, risks, overridden


def _check_clashes(s, spans, staff_ids, resource_ids, ignore_event_id) -> None:
    if not spans:
        return
    if len(spans) == 1:
        a, b = spans[0]
        clashes.check_free(
            s,
            start=a,
            end=b,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            ignore_event_id=ignore_event_id,
        )
        return
    # A series: one query over its whole checked span, then each occurrence against it.
    busy = clashes.busy_intervals(
        s,
        start=spans[0][0],
        end=spans[-1][1],
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        ignore_event_id=ignore_event_id,
    )
    if not busy:
        return
    for a, b in spans:
        hit = [x for x in busy if x.starts_at < b and x.ends_at > a]
        if hit:
            clashes.check_free(
                s,
                start=a,
                end=b,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
                ignore_event_id=ignore_event_id,
            )


def first_clashes(
    s: Session,
    start: datetime,
    end: datetime,
    *,
    rrule: str | None = None,
    exdates: str | None = None,
    until: datetime | None = None,
    staff_ids: Sequence[int] = (),
    resource_ids: Sequence[int] = (),
    ignore_event_id: int | None = None,
) -> list[clashes.Clash]:
    """The clashes of the first clashing occurrence (or of the event), without suggestions:
    for checks of many events at once (an import)."""
    spans = _spans(utc(start), utc(end), rrule, exdates, until)
    if not spans:
        return []
    busy = clashes.busy_intervals(
        s,
        start=spans[0][0],
        end=spans[-1][1],
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        ignore_event_id=ignore_event_id,
    )
    for a, b in spans:
        if any(x.starts_at < b and x.ends_at > a for x in busy):
            return clashes.find_clashes(
                s,
                start=a,
                end=b,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
                ignore_event_id=ignore_event_id,
            )
    return []


# --- saving -----------------------------------------------------------------------------------


def _set_links(s: Session, event_id: int, staff_ids, resource_ids, party_ids) -> None:
    for table, col, ids in (
        (event_staff, "staff_id", staff_ids),
        (event_resource, "resource_id", resource_ids),
        (event_party, "party_id", party_ids),
    ):
        s.execute(delete(table).where(table.c.event_id == event_id))
        if ids:
            s.execute(insert(table), [{"event_id": event_id, col: v} for v in ids])


def _links(s: Session, event_id: int) -> tuple[list[int], list[int], list[int]]:
    def ids(table, col):
        return sorted(s.execute(select(table.c[col]).where(table.c.event_id == event_id)).scalars())

    return (
        ids(event_staff, "staff_id"),
        ids(event_resource, "resource_id"),
        ids(event_party, "party_id"),
    )


def _audit(s, actor, action, event: CalendarEvent, details: dict | None = None) -> None:
    audit.record(
        s,
        actor,
        action,
        record_type=RECORD_TYPE,
        record_id=event.id,
        case_id=event.case_id,
        details=details,
    )


def _audit_answers(s, actor, event, risks, meeting_reason, rule_overridden) -> None:
    if meeting_reason is not None and risks:
        _audit(
            s,
            actor,
            "meeting_warning_answered",
            event,
            {
                "cases": sorted({r.case_id for r in risks}),
                "with": sorted({f"{r.other_source}:{r.other_id}" for r in risks}),
            },
        )
    if rule_overridden:
        _audit(s, actor, "contact_rule_overridden", event, {"planned": True})


def create_event(db: Database, actor: Actor, data: EventInput) -> int:
    """Save a new event (or series). Raises ValidationError, ClashError, MeetingRiskError,
    ContactRuleError."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        data, staff_ids, resource_ids, party_ids = _validate(s, data)
        rrule = until = None
        if data.recurrence is not None:
            rrule = to_rrule(data.recurrence, data.starts_at)
            until = limits_for(data.recurrence, data.starts_at)
        event, answers = _insert_checked(
            s, actor, data, staff_ids, resource_ids, party_ids,
            rrule=rrule, recur_until=until, uid=new_uid(),
        )  # fmt: skip
        _audit(
            s,
            actor,
            "created",
            event,
            {"kind": event.kind.value, "recurring": rrule is not None, "staff": len(staff_ids)},
        )
        _audit_answers(s, actor, event, *answers)
        return event.id


def _insert_checked(s, actor, data, staff_ids, resource_ids, party_ids, **fields):
    """Check the rules for a new event (or detached occurrence), insert it with its links.
    `fields`: the columns that differ (rrule/recur_until/uid, or series_id/recurrence_id).
    Returns the event and the answers to audit (risks, meeting reason, overridden)."""
    rrule, until = fields.get("rrule"), fields.get("recur_until")
    meeting_reason, rule_reason, risks, overridden = _check_rules(
        s,
        actor,
        data,
        staff_ids,
        resource_ids,
        party_ids,
        rrule=rrule,
        exdates=None,
        until=until,
        ignore_event_id=None,
    )
    event = CalendarEvent(
        kind=data.kind,
        title=data.title,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        place=data.place,
        case_id=data.case_id,
        notes=data.notes,
        held=False,
        risk_override_reason=meeting_reason,
        rule_override_reason=rule_reason,
        created_by_id=actor.staff_id,
        **fields,
    )
    s.add(event)
    s.flush()
    _set_links(s, event.id, staff_ids, resource_ids, party_ids)
    return event, (risks, meeting_reason, overridden)


def new_uid() -> str:
    return f"{uuid.uuid4()}@igor-desk"


def _load_for_edit(s: Session, event_id: int, version: int) -> CalendarEvent:
    event = s.get(CalendarEvent, event_id, with_for_update=_for_update(s))
    if event is None:
        raise UserError("Händelsen finns inte längre (den kan ha tagits bort på en annan dator).")
    if event.version != version:
        who, when = _last_change(s, event_id)
        raise ConcurrentEditError(
            "Händelsen ändrades av {changed_by} {changed_at} efter att du öppnade den. Öppna den "
            "igen och gör ändringen på nytt.",
            changed_by=who,
            changed_at=when,
        )
    return event


def _for_update(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def _last_change(s: Session, event_id: int) -> tuple[str | None, str]:
    row = s.execute(
        select(StaffMember.full_name, AuditEntry.at)
        .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_id)
        .where(AuditEntry.record_type == RECORD_TYPE, AuditEntry.record_id == event_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).one_or_none()
    if row is None:
        return None, "nyss"
    return row.full_name, f"{local(row.at):%Y-%m-%d %H:%M}"


def _require_occurrence(event: CalendarEvent, occurrence: datetime) -> datetime:
    """The original start of one occurrence of this series (refuses starts not in it)."""
    if event.rrule is None:
        raise UserError("Händelsen upprepas inte; ändra den direkt.")
    moment = utc(occurrence)
    found = occurrences(
        event.starts_at,
        event.ends_at,
        event.rrule,
        exdates=event.exdates,
        recur_until=event.recur_until,
        window_start=moment,
        window_end=moment + timedelta(seconds=1),
    )
    if not any(a == moment for a, _ in found):
        raise UserError("Tillfället finns inte längre i serien (det kan ha tagits bort).")
    return moment


def update_event(
    db: Database,
    actor: Actor,
    event_id: int,
    version: int,
    data: EventInput,
    *,
    occurrence: datetime | None = None,
) -> int:
    """Save changes. With `occurrence` (the original start of one occurrence of a series) only
    that occurrence changes: it becomes its own event. Returns the id of the saved event."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        event = _load_for_edit(s, event_id, version)
        data, staff_ids, resource_ids, party_ids = _validate(s, data)
        if occurrence is not None:
            return _detach(s, actor, event, occurrence, data, staff_ids, resource_ids, party_ids)
        rrule, until, exdates = None, None, None
        shift = data.starts_at - utc(event.starts_at)
        if data.recurrence is not None:
            rrule = to_rrule(data.recurrence, data.starts_at)
            until = limits_for(data.recurrence, data.starts_at)
            exdates = event.exdates
            if shift and exdates:  # the removed occurrences move with the series
                exdates = format_exdates(v + shift for v in parse_exdates(exdates))
        meeting_reason, rule_reason, risks, overridden = _check_rules(
            s,
            actor,
            data,
            staff_ids,
            resource_ids,
            party_ids,
            rrule=rrule,
            exdates=exdates,
            until=until,
            ignore_event_id=event.id,
        )
        before = _snapshot(event, *_links(s, event.id))
        event.kind = data.kind
        event.title = data.title
        event.starts_at = data.starts_at
        event.ends_at = data.ends_at
        event.place = data.place
        event.case_id = data.case_id
        event.notes = data.notes
        event.rrule = rrule
        event.recur_until = until
        event.exdates = exdates
        event.risk_override_reason = meeting_reason
        event.rule_override_reason = rule_reason
        if rrule is not None and shift:
            for child in s.execute(
                select(CalendarEvent).where(CalendarEvent.series_id == event.id)
            ).scalars():
                if child.recurrence_id is not None:
                    child.recurrence_id = utc(child.recurrence_id) + shift
        _set_links(s, event.id, staff_ids, resource_ids, party_ids)
        s.flush()
        after = _snapshot(event, staff_ids, resource_ids, party_ids)
        changed = sorted(k for k in after if after[k] != before[k])
        _audit(s, actor, "updated", event, {"fields": changed})
        _audit_answers(s, actor, event, risks, meeting_reason, overridden)
        return event.id


def _snapshot(event: CalendarEvent, staff_ids, resource_ids, party_ids) -> dict:
    return {
        "kind": str(event.kind),
        "title": event.title,
        "starts_at": utc(event.starts_at),
        "ends_at": utc(event.ends_at),
        "place": event.place,
        "case_id": event.case_id,
        "notes": event.notes,
        "rrule": event.rrule,
        "recur_until": utc_or_none(event.recur_until),
        "staff": list(staff_ids),
        "resources": list(resource_ids),
        "parties": list(party_ids),
    }


def _detach(s, actor, series, occurrence, data, staff_ids, resource_ids, party_ids) -> int:
    original = _require_occurrence(series, occurrence)
    excluded = parse_exdates(series.exdates) | {original}
    series.exdates = format_exdates(excluded)
    s.flush()  # the clash check below must not see the occurrence that is being replaced
    single = replace(data, recurrence=None)
    child, answers = _insert_checked(
        s, actor, single, staff_ids, resource_ids, party_ids,
        series_id=series.id, recurrence_id=original,
    )  # fmt: skip
    _audit(s, actor, "updated", series, {"fields": ["exdates"], "occurrence_detached": child.id})
    _audit(s, actor, "created", child, {"kind": child.kind.value, "series": series.id})
    _audit_answers(s, actor, child, *answers)
    return child.id


def _input_from(s: Session, event: CalendarEvent, start: datetime, end: datetime) -> EventInput:
    staff_ids, resource_ids, party_ids = _links(s, event.id)
    return EventInput(
        kind=EventKind(event.kind),
        starts_at=start,
        ends_at=end,
        title=event.title,
        place=event.place,
        case_id=event.case_id,
        party_ids=tuple(party_ids),
        staff_ids=tuple(staff_ids),
        resource_ids=tuple(resource_ids),
        notes=event.notes,
        meeting_reason=event.risk_override_reason,
        rule_reason=event.rule_override_reason,
    )


def move_event(
    db: Database,
    actor: Actor,
    event_id: int,
    version: int,
    new_start: datetime,
    *,
    new_end: datetime | None = None,
    occurrence: datetime | None = None,
    meeting_reason: str | None = None,
) -> int:
    """Move (and, with new_end, resize) an event by the mouse. An occurrence of a series moves
    alone. The same rules as a save apply; a refused move leaves everything as it was."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        event = _load_for_edit(s, event_id, version)
        if occurrence is not None:
            original = _require_occurrence(event, occurrence)
            length = utc(event.ends_at) - utc(event.starts_at)
            start = utc(new_start)
            end = utc(new_end) if new_end is not None else start + length
            data = _input_from(s, event, start, end)
            if meeting_reason:
                data = replace(data, meeting_reason=meeting_reason)
            data, staff_ids, resource_ids, party_ids = _validate(s, data)
            return _detach(s, actor, event, original, data, staff_ids, resource_ids, party_ids)
        start = utc(new_start)
        end = (
            utc(new_end)
            if new_end is not None
            else start + (utc(event.ends_at) - utc(event.starts_at))
        )
        data = _input_from(s, event, start, end)
        if meeting_reason:
            data = replace(data, meeting_reason=meeting_reason)
        data, staff_ids, resource_ids, party_ids = _validate(s, data)
        shift = start - utc(event.starts_at)
        exdates = event.exdates
        if event.rrule is not None and shift and exdates:
            exdates = format_exdates(v + shift for v in parse_exdates(exdates))
        until = utc_or_none(event.recur_until)
        if event.rrule is not None and until is not None:
            until = until + shift
        meeting, rule_reason, risks, overridden = _check_rules(
            s,
            actor,
            data,
            staff_ids,
            resource_ids,
            party_ids,
            rrule=event.rrule,
            exdates=exdates,
            until=until,
            ignore_event_id=event.id,
        )
        fields = [
            f
            for f, changed in (("starts_at", shift), ("ends_at", end != utc(event.ends_at)))
            if changed
        ]
        event.starts_at, event.ends_at = start, end
        event.exdates, event.recur_until = exdates, until
        event.risk_override_reason = meeting
        event.rule_override_reason = rule_reason
        s.flush()
        _audit(s, actor, "updated", event, {"fields": fields})
        _audit_answers(s, actor, event, risks, meeting, overridden)
        return event.id


def resize_event(
    db: Database,
    actor: Actor,
    event_id: int,
    version: int,
    new_end: datetime,
    *,
    occurrence: datetime | None = None,
    occurrence_start: datetime | None = None,
) -> int:
    """Change the end (dragging the bottom edge). For an occurrence pass its current start."""
    if occurrence is not None:
        start = occurrence_start if occurrence_start is not None else occurrence
        return move_event(
            db, actor, event_id, version, start, new_end=new_end, occurrence=occurrence
        )
    with db.read(actor=actor) as s:
        event = s.get(CalendarEvent, event_id)
        if event is None:
            raise UserError(
                "Händelsen finns inte längre (den kan ha tagits bort på en annan dator)."
            )
        start = utc(event.starts_at)
    return move_event(db, actor, event_id, version, start, new_end=new_end)


def delete_event(
    db: Database,
    actor: Actor,
    event_id: int,
    version: int,
    *,
    occurrence: datetime | None = None,
) -> None:
    """Remove an event, a whole series (with its edited occurrences), or one occurrence."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        event = _load_for_edit(s, event_id, version)
        if occurrence is not None:
            original = _require_occurrence(event, occurrence)
            event.exdates = format_exdates(parse_exdates(event.exdates) | {original})
            s.flush()
            _audit(s, actor, "updated", event, {"fields": ["exdates"], "occurrence_removed": True})
            return
        children = list(
            s.execute(select(CalendarEvent).where(CalendarEvent.series_id == event.id)).scalars()
        )
        for child in children:
            _audit(s, actor, "deleted", child, {"series": event.id})
            s.delete(child)
        _audit(s, actor, "deleted", event, {"kind": str(event.kind)})
        s.delete(event)


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
        protected = bool(_protected_events(s, [(event.id, event.case_id)]))
        return EventDetail(
            id=event.id,
            version=event.version,
            kind=EventKind(event.kind),
            title=event.title,
            starts_at=start,
            ends_at=end,
            place=event.place,
            case_id=event.case_id,
            case_number=number,
            party_ids=tuple(party_ids),
            staff_ids=tuple(staff_ids),
            resource_ids=tuple(resource_ids),
            notes=event.notes,
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
        )


def _protected_events(s: Session, events: Iterable[tuple[int, int | None]]) -> set[int]:
    """Ids of events that concern a person with protected identity: a party of the event, or
    any party or child of its case."""
    pairs = list(events)
    if not pairs:
        return set()
    ids = [e for e, _ in pairs]
    case_ids = {c for _, c in pairs if c is not None}
    out: set[int] = set()
    for chunk in _chunks(ids):
        out |= set(
            s.execute(
                select(event_party.c.event_id)
                .join(CaseParty, CaseParty.id == event_party.c.party_id)
                .join(Person, Person.id == CaseParty.person_id)
                .where(event_party.c.event_id.in_(chunk), Person.protection != Protection.NONE)
            ).scalars()
        )
    protected_cases: set[int] = set()
    for chunk in _chunks(sorted(case_ids)):
        protected_cases |= set(
            s.execute(
                select(CaseParty.case_id)
                .join(Person, Person.id == CaseParty.person_id)
                .where(CaseParty.case_id.in_(chunk), Person.protection != Protection.NONE)
            ).scalars()
        )
        protected_cases |= set(
            s.execute(
                select(Child.case_id).where(
                    Child.case_id.in_(chunk), Child.protection != Protection.NONE
                )
            ).scalars()
        )
    out |= {e for e, c in pairs if c in protected_cases}
    return out


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
    single = and_(
        ev.rrule.is_(None),
        ev.starts_at < end,
        ev.starts_at > start - clashes.MAX_EVENT_SPAN,
        ev.ends_at > start,
        *member,
    )
    series = and_(
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
    numbers, protected_cases = _case_facts(s, case_ids)
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


def _case_facts(s: Session, case_ids: set[int]) -> tuple[dict[int, str], set[int]]:
    """Case numbers, and which of the cases concern a person with protected identity (a party
    or a child). An event's parties always belong to its case, so this covers them too."""
    numbers: dict[int, str] = {}
    protected: set[int] = set()
    for chunk in _chunks(sorted(case_ids)):
        numbers.update(s.execute(select(Case.id, Case.case_number).where(Case.id.in_(chunk))).all())
        protected |= set(
            s.execute(
                select(CaseParty.case_id)
                .join(Person, Person.id == CaseParty.person_id)
                .where(CaseParty.case_id.in_(chunk), Person.protection != Protection.NONE)
            ).scalars()
        )
        protected |= set(
            s.execute(
                select(Child.case_id).where(
                    Child.case_id.in_(chunk), Child.protection != Protection.NONE
                )
            ).scalars()
        )
    return numbers, protected


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
                protected=False,
                version=r.version,
            )
        )
    return out


# --- held → contact ---------------------------------------------------------------------------


def held_defaults(db: Database, actor: Actor, event_id: int) -> HeldDefaults:
    """What "Markera som genomförd" will record: channel, talk kinds and the party."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        event = s.get(CalendarEvent, event_id)
        if event is None:
            raise UserError(
                "Händelsen finns inte längre (den kan ha tagits bort på en annan dator)."
            )
        return _held_defaults(s, event)


def _held_defaults(s: Session, event: CalendarEvent) -> HeldDefaults:
    kind = EventKind(event.kind)
    channel, talks = HELD_AS_CONTACT.get(kind, (None, frozenset()))
    if event.case_id is None or channel is None:
        return HeldDefaults(None, frozenset(), None, (), needs_case=channel is not None)
    parties = tuple(_party_choices(s, event.case_id))
    _, _, event_parties = _links(s, event.id)
    wanted = PartyRole.SUSPECT if kind in SUSPECT_KINDS else PartyRole.VICTIM
    chosen = None
    if len(event_parties) == 1:
        chosen = event_parties[0]
    else:
        pool = [p for p in parties if p.id in event_parties] or list(parties)
        chosen = next((p.id for p in pool if p.role is wanted), pool[0].id if pool else None)
    return HeldDefaults(channel, talks, chosen, parties)


def mark_held(
    db: Database,
    actor: Actor,
    event_id: int,
    version: int,
    *,
    occurrence: datetime | None = None,
    party_id: int | None = None,
    talk_kinds: Iterable[TalkKind] | None = None,
    note: str | None = None,
    held_as: str | None = None,
    rule_reason: str | None = None,
    now: datetime | None = None,
) -> int | None:
    """Mark an event as held; an event on a case becomes a recorded contact with the channel
    and talk kinds its kind implies (through contacts.add_contact_in, so the contact rule applies
    to a talk with the suspect). Returns the contact id (None for kinds that are not contacts,
    such as the briefing). For one occurrence of a series, that occurrence becomes its own
    held event.

    One transaction: the contact (contacts.add_contact_in) and the marked event are saved
    together or not at all (a stale version, a refused contact rule or any later failure
    leaves neither behind).
    """
    from app.services.cases import contacts

    require_caseworker(actor)
    moment_now = utc(now) if now is not None else datetime.now(UTC)
    with db.write(actor=actor) as s:
        event = _load_for_edit(s, event_id, version)
        if event.held and occurrence is None:
            raise UserError("Händelsen är redan markerad som genomförd.")
        start = utc(event.starts_at)
        if occurrence is not None:
            start = _require_occurrence(event, occurrence)
        if start > utc(moment_now) + timedelta(minutes=10):
            raise UserError(
                "Händelsen har inte börjat än och kan inte markeras som genomförd.", field="tid"
            )
        defaults = _held_defaults(s, event)
        contact_id = None
        if defaults.channel is not None:
            chosen = party_id if party_id is not None else defaults.party_id
            if chosen is None:
                raise UserError("Fältet {field}: välj vem kontakten var med.", field="part")
            kinds = frozenset(defaults.talk_kinds if talk_kinds is None else talk_kinds)
            contact_id = contacts.add_contact_in(
                s,
                actor,
                contacts.NewContact(
                    case_id=event.case_id,
                    party_id=chosen,
                    occurred_at=start,
                    channel=defaults.channel,
                    reached=True,
                    held_as=held_as,
                    talk_kinds=kinds,
                    note=note,
                ),
                override_reason=rule_reason,
            )
        target = event
        if occurrence is not None:
            original = _require_occurrence(event, occurrence)
            data = _input_from(
                s, event, original, original + (utc(event.ends_at) - utc(event.starts_at))
            )
            event.exdates = format_exdates(parse_exdates(event.exdates) | {original})
            staff_ids, resource_ids, party_ids = _links(s, event.id)
            target = CalendarEvent(
                kind=data.kind,
                title=data.title,
                starts_at=data.starts_at,
                ends_at=data.ends_at,
                place=data.place,
                case_id=data.case_id,
                notes=data.notes,
                series_id=event.id,
                recurrence_id=original,
                created_by_id=actor.staff_id,
            )
            s.add(target)
            s.flush()
            _set_links(s, target.id, staff_ids, resource_ids, party_ids)
            _audit(s, actor, "created", target, {"kind": target.kind.value, "series": event.id})
        target.held = True
        target.contact_id = contact_id
        s.flush()
        _audit(s, actor, "event_held", target, {"contact_id": contact_id})
    return contact_id


def unmark_held(db: Database, actor: Actor, event_id: int, version: int) -> None:
    """Undo "held" for an event without a recorded contact (a contact is changed or removed on
    the case, where it belongs)."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        event = _load_for_edit(s, event_id, version)
        if event.contact_id is not None:
            raise AccessDenied(
                "Händelsen har blivit en registrerad kontakt. Ändra eller ta bort kontakten i "
                "ärendet i stället."
            )
        event.held = False
        s.flush()
        _audit(s, actor, "updated", event, {"fields": ["held"]})
