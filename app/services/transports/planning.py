"""Secure transports (säkra transporter): requests, planning, the status workflow and the board.

Who may do what (docs/transports.md):
- Request: any caseworker (social worker or officer). The requester is the signed-in actor.
- Plan, start, finish: police (caseworker or lead). The crew are police officers only.
- Cancel (with a reason): police, or the requester.
- Edit the request: those with need (below), while requested or planned.
- Analysts see no transports.

Who has need to see the addresses (pickup, destination), the contact phone and the notes of a
transport where someone in the case has protected identity (any Protection level on the victim,
the suspect or a child): the requester, the crew, and the case's assigned officer and social
worker — the one rule of app.services.core.protection (analysts never). Everyone else sees "Skyddad adress" on the board and in every row this module returns.
The contact phone and the notes are shown only to those with need, protected or not; the
planner's safety note for the crew and the reason for a cancellation to the police and those
with need. The run
sheet never prints a protected address (it says so and the address is given by word of mouth).

Status: requested → planned → under way → done; requested/planned/under way → cancelled (with
a reason). Every change is audited and checked against the version the user loaded.
No Qt here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, joinedload, object_session, selectinload

from app.database import Database
from app.errors import AccessDenied, UserError, ValidationError
from app.models import (
    Address,
    Case,
    CaseParty,
    Person,
    Resource,
    RiskAssessment,
    StaffMember,
    Transport,
    transport_crew,
)
from app.models.enums import (
    Agency,
    CaseStatus,
    Instrument,
    PartyRole,
    ResourceKind,
    RiskLevel,
    TransportPurpose,
    TransportStatus,
)
from app.services.core import audit, editing, pickers, protection
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.pickers import CaseChoice
from app.services.core.timeutil import today_local
from app.services.scheduling.recurrence import local_midnight
from app.services.transports import safety
from app.services.transports.safety import SafetyCheck, utc
from app.vocabulary import checks
from app.vocabulary import fields as F

logger = logging.getLogger(__name__)

S = TransportStatus
MASKED_ADDRESS = protection.HIDDEN_ADDRESS
PAST_GRACE = timedelta(minutes=5)  # "now" typed a minute ago is not the past
MAX_MINUTES = 12 * 60
MAX_BUFFER = 4 * 60
ACTIVE = (S.PLANNED, S.UNDER_WAY)  # crew and vehicle busy

# The workflow: from → allowed targets.
TRANSITIONS: dict[TransportStatus, frozenset[TransportStatus]] = {
    S.REQUESTED: frozenset({S.PLANNED, S.CANCELLED}),
    S.PLANNED: frozenset({S.PLANNED, S.UNDER_WAY, S.CANCELLED}),
    S.UNDER_WAY: frozenset({S.DONE, S.CANCELLED}),
    S.DONE: frozenset(),
    S.CANCELLED: frozenset(),
}
STATUS_TEXT = {
    S.REQUESTED: "begärd",
    S.PLANNED: "planerad",
    S.UNDER_WAY: "pågår",
    S.DONE: "genomförd",
    S.CANCELLED: "inställd",
}


# --- plain rows -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TransportRequest:
    """What the requester fills in (times aware; naive times are local time)."""

    case_id: int | None
    purpose: TransportPurpose | None
    pickup: str
    destination: str
    earliest_at: datetime | None
    latest_at: datetime | None
    with_victim: bool = True
    children_count: int = 0
    pets: str = ""
    pickup_is_suspect_address: bool = False
    contact_phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PlanRequest:
    vehicle_id: int | None
    crew_ids: tuple[int, ...]
    planned_start: datetime | None
    estimated_minutes: int = 60
    buffer_minutes: int = 15
    safety_assessment_id: int | None = None
    safety_notes: str = ""
    confirm_single_officer: bool = False  # answered the "two officers are the default" warning
    # The answer to the "victim and suspect may meet" warning (why plan it so anyway); kept on
    # the transport, its presence audited.
    meeting_risk_reason: str = ""


@dataclass(frozen=True)
class CrewMember:
    id: int
    name: str


@dataclass(frozen=True)
class TransportRow:
    id: int
    case_id: int
    case_number: str
    purpose: TransportPurpose
    status: TransportStatus
    with_victim: bool
    children_count: int
    pets: str
    pickup: str  # MASKED_ADDRESS for those without need
    destination: str
    pickup_masked: bool
    destination_masked: bool
    protected: bool  # someone in the case has protected identity
    has_need: bool  # the actor sees addresses, phone and notes
    pickup_is_suspect_address: bool
    earliest_at: datetime
    latest_at: datetime
    planned_start: datetime | None
    estimated_minutes: int
    buffer_minutes: int
    contact_phone: str  # "" for those without need
    notes: str  # "" for those without need
    safety_notes: str
    cancel_reason: str
    vehicle_id: int | None
    vehicle_name: str
    crew: tuple[CrewMember, ...]
    requested_by_id: int | None
    requested_by: str
    safety_assessment_id: int | None
    version: int
    updated_at: datetime

    @property
    def planned_end(self) -> datetime | None:
        if self.planned_start is None:
            return None
        return self.planned_start + timedelta(minutes=self.estimated_minutes)

    @property
    def busy_until(self) -> datetime | None:
        if self.planned_start is None:
            return None
        return self.planned_start + timedelta(minutes=self.estimated_minutes + self.buffer_minutes)

    @property
    def crew_ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.crew)

    @property
    def sort_time(self) -> datetime:
        return self.planned_start or self.earliest_at


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""


@dataclass(frozen=True)
class BoardFilter:
    status: TransportStatus | None = None
    vehicle_id: int | None = None
    crew_id: int | None = None
    purpose: TransportPurpose | None = None
    statuses: tuple[TransportStatus, ...] = field(default=())


class SingleOfficerWarning(UserError):
    """High risk and one officer: the user must confirm (PlanRequest.confirm_single_officer)."""


# --- time helpers -----------------------------------------------------------------------------


def _now(now: datetime | None) -> datetime:
    return utc(now) if now is not None else datetime.now(UTC)


_local_input = safety.from_local


today = today_local


def day_range(day: date) -> tuple[datetime, datetime]:
    """[start, end) of a Stockholm calendar day, in UTC."""
    return local_midnight(day), local_midnight(day + timedelta(days=1))


def week_range(day: date) -> tuple[datetime, datetime]:
    """[Monday 00:00, next Monday 00:00) of the Stockholm week containing `day`, in UTC."""
    monday = day - timedelta(days=day.weekday())
    return local_midnight(monday), local_midnight(monday + timedelta(days=7))


# --- permissions and need ---------------------------------------------------------------------


def require_police(actor: Actor, what: str) -> None:
    require_caseworker(actor)
    if actor.agency is not Agency.POLICE:
        raise AccessDenied(
            "Bara polisen kan {what} transporter. Din profil hör till socialtjänsten.", what=what
        )


def has_need(actor: Actor, transport: Transport, case: Case) -> bool:
    return protection.has_need_for_transport(
        actor,
        (case.assigned_police_id, case.assigned_social_id),
        transport.requested_by_id,
        (member.id for member in transport.crew),
    )


def require_need(actor: Actor, transport: Transport, case: Case, what: str) -> None:
    if not has_need(actor, transport, case):
        raise AccessDenied(
            "Du kan inte {what} den här transporten: bara beställaren, besättningen och "
            "ärendets handläggare har tillgång till adresserna.",
            what=what,
        )


# --- loading ----------------------------------------------------------------------------------


def _transport_options():
    return (
        selectinload(Transport.crew),
        joinedload(Transport.case)
        .selectinload(Case.parties)
        .selectinload(CaseParty.person)
        .selectinload(Person.addresses),
        joinedload(Transport.case).selectinload(Case.children),
    )


def load_transport(session: Session, transport_id: int) -> Transport:
    transport = session.execute(
        select(Transport).where(Transport.id == transport_id).options(*_transport_options())
    ).scalar_one_or_none()
    if transport is None:
        raise UserError("Transporten finns inte (längre).")
    return transport


TRANSPORT = editing.kind(
    "transport",
    "Transporten finns inte (längre).",
    "Transporten ändrades av {changed_by} {changed_at} efter att du öppnade den. Läs in den "
    "igen och gör om ändringen.",
)


def _flush(session: Session, transport: Transport) -> None:
    """Flush now; a stale version becomes ConcurrentEditError in `editing.write`."""
    session.flush()


@dataclass(frozen=True)
class _Facts:
    """What a row is made of, from ORM objects (one transport) or column queries (the board)."""

    t: object  # anything with the Transport column attributes (ORM object or Row)
    case_number: str
    assigned: tuple[int | None, int | None]
    crew: tuple[CrewMember, ...]
    protected: bool
    suspect_streets: tuple[str, ...]
    # PostgreSQL: the pickup was withheld from this login, and the server found one of the
    # suspect's streets in it (safety.server_pickup_links).
    linked_on_server: bool = False


def _linked_on_server(t: Transport, case) -> bool:
    session = object_session(t)
    if t.pickup is not None or t.id is None or session is None:
        return False
    return t.id in safety.server_pickup_links(session, {t.id: safety.suspect_addresses(case)})


def _facts(t: Transport) -> _Facts:
    case = t.case
    return _Facts(
        t=t,
        case_number=case.case_number,
        assigned=(case.assigned_police_id, case.assigned_social_id),
        crew=tuple(CrewMember(m.id, m.full_name) for m in t.crew),
        protected=protection.case_is_protected(case),
        suspect_streets=tuple(safety.suspect_addresses(case)),
        linked_on_server=_linked_on_server(t, case),
    )


def _row(actor: Actor, f: _Facts, names: dict[int, str], vehicles: dict[int, str]):
    t = f.t
    need = protection.has_need_for_transport(
        actor, f.assigned, t.requested_by_id, (member.id for member in f.crew)
    )
    masked = f.protected and not need
    police = actor.agency is Agency.POLICE
    return TransportRow(
        id=t.id,
        case_id=t.case_id,
        case_number=f.case_number,
        purpose=TransportPurpose(t.purpose),
        status=TransportStatus(t.status),
        with_victim=bool(t.with_victim),
        children_count=t.children_count or 0,
        pets=t.pets or "",
        pickup=MASKED_ADDRESS if masked else t.pickup,
        destination=MASKED_ADDRESS if masked else t.destination,
        pickup_masked=masked,
        destination_masked=masked,
        protected=f.protected,
        has_need=need,
        pickup_is_suspect_address=f.linked_on_server
        or safety.linked_by_streets(f.suspect_streets, t.pickup, bool(t.pickup_is_suspect_address)),
        earliest_at=utc(t.earliest_at),
        latest_at=utc(t.latest_at),
        planned_start=utc(t.planned_start),
        estimated_minutes=t.estimated_minutes,
        buffer_minutes=t.buffer_minutes,
        contact_phone=(t.contact_phone or "") if need else "",
        notes=(t.notes or "") if need else "",
        # The planner's note for the crew and a cancellation's reason: police and those with need.
        safety_notes=(t.safety_notes or "") if need or police else "",
        cancel_reason=(t.cancel_reason or "") if need or police else "",
        vehicle_id=t.vehicle_id,
        vehicle_name=vehicles.get(t.vehicle_id, "") if t.vehicle_id else "",
        crew=tuple(sorted(f.crew, key=lambda m: m.name)),
        requested_by_id=t.requested_by_id,
        requested_by=names.get(t.requested_by_id, "") if t.requested_by_id else "",
        safety_assessment_id=t.safety_assessment_id,
        version=t.version,
        updated_at=utc(t.updated_at),
    )


def _lookups(session: Session, facts: list[_Facts]):
    staff_ids = {f.t.requested_by_id for f in facts if f.t.requested_by_id}
    vehicle_ids = {f.t.vehicle_id for f in facts if f.t.vehicle_id}
    names = (
        dict(
            session.execute(
                select(StaffMember.id, StaffMember.full_name).where(StaffMember.id.in_(staff_ids))
            ).all()
        )
        if staff_ids
        else {}
    )
    vehicles = (
        dict(
            session.execute(
                select(Resource.id, Resource.name).where(Resource.id.in_(vehicle_ids))
            ).all()
        )
        if vehicle_ids
        else {}
    )
    return names, vehicles


def rows_for(session: Session, actor: Actor, transports: Iterable[Transport]) -> list[TransportRow]:
    """Rows of loaded transports (load_transport), masked for this actor."""
    facts = [_facts(t) for t in transports]
    names, vehicles = _lookups(session, facts)
    return [_row(actor, f, names, vehicles) for f in facts]


def _board_facts(session: Session, query) -> list[_Facts]:
    """The board's rows through a few column queries (no ORM object graph: a busy week has
    hundreds of transports)."""
    tr = Transport.__table__
    rows = session.execute(
        query.with_only_columns(
            *tr.c, Case.case_number, Case.assigned_police_id, Case.assigned_social_id
        ).join(Case, Case.id == Transport.case_id)
    ).all()
    if not rows:
        return []
    ids = [r.id for r in rows]
    case_ids = sorted({r.case_id for r in rows})
    crew: dict[int, list[CrewMember]] = {}
    streets: dict[int, list[str]] = {}
    for chunk in _chunks(ids):
        for tid, sid, name in session.execute(
            select(transport_crew.c.transport_id, StaffMember.id, StaffMember.full_name)
            .join(StaffMember, StaffMember.id == transport_crew.c.staff_id)
            .where(transport_crew.c.transport_id.in_(chunk))
        ):
            crew.setdefault(tid, []).append(CrewMember(sid, name))
    protected = protection.protected_cases(session, case_ids)
    for chunk in _chunks(case_ids):
        for cid, street in session.execute(
            select(CaseParty.case_id, Address.street)
            .join(Address, Address.person_id == CaseParty.person_id)
            .where(CaseParty.case_id.in_(chunk), CaseParty.role == PartyRole.SUSPECT)
            .order_by(Address.id)
        ):
            streets.setdefault(cid, []).append(street)
    linked = safety.server_pickup_links(
        session, {r.id: streets.get(r.case_id, ()) for r in rows if r.pickup is None}
    )
    return [
        _Facts(
            t=r,
            case_number=r.case_number,
            assigned=(r.assigned_police_id, r.assigned_social_id),
            crew=tuple(crew.get(r.id, ())),
            protected=r.case_id in protected,
            suspect_streets=tuple(streets.get(r.case_id, ())),
            linked_on_server=r.id in linked,
        )
        for r in rows
    ]


def _chunks(values: list, size: int = 500):
    for i in range(0, len(values), size):
        yield values[i : i + size]


def get(db: Database, actor: Actor, transport_id: int) -> TransportRow:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        return rows_for(s, actor, [load_transport(s, transport_id)])[0]


# --- validation -------------------------------------------------------------------------------

_PHONE = re.compile(r"^\+?[0-9 ()\-–]{6,30}$")


def _text(value: str | None) -> str:
    return (value or "").strip()


def _validate_request(session: Session, req: TransportRequest, now: datetime, *, creating: bool):
    problems: list[UserError] = []
    case = None
    if req.case_id is None:
        problems.append(checks.choose(F.CASE))
    else:
        case = session.get(Case, req.case_id)
        if case is None:
            problems.append(UserError("Ärendet finns inte (längre).", field=F.CASE))
        elif creating and CaseStatus(case.status) is CaseStatus.CLOSED:
            problems.append(
                UserError(
                    "Fältet {field}: ärendet {case} är avslutat. Öppna det igen först.",
                    field=F.CASE,
                    case=case.case_number,
                )
            )
    if req.purpose is None:
        problems.append(checks.choose(F.PURPOSE))
    for name, value, limit in (
        (F.PICKUP, req.pickup, 300),
        (F.DESTINATION, req.destination, 300),
    ):
        if not _text(value):
            problems.append(checks.required(name))
        elif len(_text(value)) > limit:
            problems.append(checks.too_long(name, limit))
    earliest, latest = _local_input(req.earliest_at), _local_input(req.latest_at)
    if earliest is None:
        problems.append(checks.required(F.EARLIEST))
    elif creating and earliest < now - PAST_GRACE:
        problems.append(UserError("Fältet {field}: tiden har redan passerats.", field=F.EARLIEST))
    if latest is None:
        problems.append(checks.required(F.LATEST))
    elif earliest is not None and latest <= earliest:
        problems.append(UserError("Fältet {field} måste vara senare än tidigast.", field=F.LATEST))
    elif creating and latest < now:
        problems.append(UserError("Fältet {field}: tiden har redan passerats.", field=F.LATEST))
    if not 0 <= (req.children_count or 0) <= 20:
        problems.append(
            UserError("Fältet {field} måste vara mellan 0 och 20.", field=F.CHILD_COUNT)
        )
    if len(_text(req.pets)) > 200:
        problems.append(checks.too_long(F.ANIMALS, 200))
    if not req.with_victim and not req.children_count and not _text(req.pets):
        problems.append(
            UserError(
                "Fältet {field}: ange vem som reser (den våldsutsatta, barn eller djur).",
                field=F.TRAVELLERS,
            )
        )
    phone = _text(req.contact_phone)
    if phone and (not _PHONE.match(phone) or sum(ch.isdigit() for ch in phone) < 6):
        problems.append(
            UserError(
                "Fältet {field}: ”{value}” är inget telefonnummer.",
                field=F.CONTACT_PHONE,
                value=phone,
            )
        )
    if len(_text(req.notes)) > 4000:
        problems.append(checks.too_long(F.NOTE, 4000))
    if problems:
        raise ValidationError(problems)
    return case, earliest, latest


def _apply_request(t: Transport, req: TransportRequest, earliest, latest) -> list[str]:
    values = {
        "case_id": req.case_id,
        "purpose": req.purpose,
        "with_victim": bool(req.with_victim),
        "children_count": int(req.children_count or 0),
        "pets": _text(req.pets) or None,
        "pickup": _text(req.pickup),
        "pickup_is_suspect_address": bool(req.pickup_is_suspect_address),
        "destination": _text(req.destination),
        "earliest_at": earliest,
        "latest_at": latest,
        "contact_phone": _text(req.contact_phone) or None,
        "notes": _text(req.notes) or None,
    }
    changed = []
    for name, value in values.items():
        old = getattr(t, name)
        if name.endswith("_at"):
            old = utc(old)
        if old != value:
            setattr(t, name, value)
            changed.append(name)
    return changed


# --- requests ---------------------------------------------------------------------------------


def create_request(
    db: Database, actor: Actor, req: TransportRequest, *, now: datetime | None = None
) -> TransportRow:
    """A new transport request by the actor (status requested)."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        case, earliest, latest = _validate_request(s, req, _now(now), creating=True)
        transport = Transport(
            case_id=case.id,
            purpose=req.purpose,
            pickup="",
            destination="",
            earliest_at=earliest,
            latest_at=latest,
            requested_by_id=actor.staff_id,
            status=S.REQUESTED,
        )
        _apply_request(transport, req, earliest, latest)
        s.add(transport)
        s.flush()
        audit.record(
            s,
            actor,
            "transport_requested",
            record_type="transport",
            record_id=transport.id,
            case_id=case.id,
            details={"purpose": TransportPurpose(req.purpose).value},
        )
        logger.info("transport %s requested", transport.id)
        return rows_for(s, actor, [load_transport(s, transport.id)])[0]


def update_request(
    db: Database,
    actor: Actor,
    transport_id: int,
    req: TransportRequest,
    *,
    version: int,
    now: datetime | None = None,
) -> TransportRow:
    """Change the request (while requested or planned; a planned start must stay inside the new
    window). Only those with need may, since the form shows the addresses."""
    require_caseworker(actor)
    with editing.write(db, actor, Transport, transport_id, TRANSPORT) as s:
        editing.load_for_edit(s, actor, Transport, transport_id, version, TRANSPORT)
        t = load_transport(s, transport_id)
        require_need(actor, t, t.case, "ändra")
        status = TransportStatus(t.status)
        if status not in (S.REQUESTED, S.PLANNED):
            raise UserError(
                "En transport som är {status} kan inte ändras.", status=STATUS_TEXT[status]
            )
        if req.case_id != t.case_id:
            raise UserError("Fältet {field} kan inte bytas för en transport.", field=F.CASE)
        _case, earliest, latest = _validate_request(s, req, _now(now), creating=False)
        start = utc(t.planned_start)
        if status is S.PLANNED and start and not earliest <= start <= latest:
            raise UserError(
                "Den planerade starttiden {start} ligger utanför det nya tidsfönstret. Planera "
                "om transporten först.",
                start=safety.local_text(start),
            )
        changed = _apply_request(t, req, earliest, latest)
        if not changed:
            return rows_for(s, actor, [t])[0]
        _flush(s, t)
        if status is S.PLANNED and {"pickup", "pickup_is_suspect_address"} & set(changed):
            _enforce_safety(s, t, planned=True)
        audit.record(
            s,
            actor,
            "transport_updated",
            record_type="transport",
            record_id=t.id,
            case_id=t.case_id,
            details={"fields": sorted(changed)},
        )
        return rows_for(s, actor, [t])[0]


# --- planning ---------------------------------------------------------------------------------


def vehicles(db: Database, actor: Actor) -> list[Choice]:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(Resource)
            .where(Resource.kind == ResourceKind.VEHICLE, Resource.active.is_(True))
            .order_by(Resource.name)
        ).scalars()
        return [Choice(r.id, r.name, r.site or "") for r in rows]


def officers(db: Database, actor: Actor) -> list[Choice]:
    """Police officers who can be crew (active caseworkers or leads of the police)."""
    rows = pickers.staff(db, actor, agency=Agency.POLICE, with_leads=True)
    return [Choice(m.id, m.full_name, m.title) for m in rows]


@dataclass(frozen=True)
class AssessmentChoice:
    id: int
    assessed_on: date
    level: RiskLevel
    assessor: str


def safety_assessments(db: Database, actor: Actor, case_id: int) -> list[AssessmentChoice]:
    """The case's open general safety assessments this actor may see, newest first."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(RiskAssessment, StaffMember.full_name)
            .outerjoin(StaffMember, StaffMember.id == RiskAssessment.assessor_id)
            .where(
                RiskAssessment.case_id == case_id,
                RiskAssessment.instrument == Instrument.GENERAL_SAFETY,
                RiskAssessment.closed_at.is_(None),
            )
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        ).all()
        return [
            AssessmentChoice(a.id, a.assessed_on, RiskLevel(a.level), name or "")
            for a, name in rows
        ]


def safety_assessment_party(db: Database, actor: Actor, transport_id: int) -> int | None:
    """The case party a new safety assessment for this transport concerns: the victim (her
    safety on the trip), else the suspect. Record it with assessments.add_assessment
    (Instrument.GENERAL_SAFETY) and pass its id in PlanRequest.safety_assessment_id."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        t = load_transport(s, transport_id)
        party = t.case.party(PartyRole.VICTIM) or t.case.party(PartyRole.SUSPECT)
        return party.id if party else None


def safety_check(
    db: Database,
    actor: Actor,
    transport_id: int,
    plan: PlanRequest | None = None,
) -> SafetyCheck:
    """Custody, contact ban, risk level and the suspect-address rule for the stored plan, or for
    a proposed `plan` (the planning form shows it live)."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        t = load_transport(s, transport_id)
        return evaluate_plan(s, t, plan)


def evaluate_plan(session: Session, t: Transport, plan: PlanRequest | None) -> SafetyCheck:
    if plan is None:
        return safety.evaluate(
            session,
            t,
            t.case,
            planned_start=t.planned_start,
            estimated_minutes=t.estimated_minutes,
            buffer_minutes=t.buffer_minutes,
            officer_count=len(t.crew),
            safety_assessment_id=t.safety_assessment_id,
        )
    return safety.evaluate(
        session,
        t,
        t.case,
        planned_start=_local_input(plan.planned_start),
        estimated_minutes=plan.estimated_minutes,
        buffer_minutes=plan.buffer_minutes,
        officer_count=len(set(plan.crew_ids)),
        safety_assessment_id=plan.safety_assessment_id,
    )


def _enforce_safety(session: Session, t: Transport, *, planned: bool) -> SafetyCheck:
    check = evaluate_plan(session, t, None)
    if not check.allowed:
        raise ValidationError([UserError(p.text) for p in check.problems])
    return check


def _validate_plan(session: Session, t: Transport, plan: PlanRequest, now: datetime):
    problems: list[UserError] = []
    vehicle = session.get(Resource, plan.vehicle_id) if plan.vehicle_id else None
    if plan.vehicle_id is None:
        problems.append(checks.choose(F.VEHICLE))
    elif vehicle is None or ResourceKind(vehicle.kind) is not ResourceKind.VEHICLE:
        problems.append(UserError("Fältet {field}: det valda är inget fordon.", field=F.VEHICLE))
    elif not vehicle.active:
        problems.append(
            UserError(
                "Fältet {field}: {name} används inte längre.", field=F.VEHICLE, name=vehicle.name
            )
        )
    crew_ids = list(dict.fromkeys(plan.crew_ids))
    crew: list[StaffMember] = []
    if not crew_ids:
        problems.append(UserError("Fältet {field}: välj minst en polis.", field=F.CREW))
    else:
        crew = list(
            session.execute(select(StaffMember).where(StaffMember.id.in_(crew_ids))).scalars()
        )
        found = {m.id for m in crew}
        if found != set(crew_ids):
            problems.append(UserError("Fältet {field}: en vald person finns inte.", field=F.CREW))
        for m in crew:
            if Agency(m.agency) is not Agency.POLICE:
                problems.append(
                    UserError(
                        "Fältet {field}: {name} är inte polis. Besättningen består bara av poliser.",
                        field=F.CREW,
                        name=m.full_name,
                    )
                )
            elif m.revoked_at is not None or not (m.is_caseworker or m.is_admin):
                problems.append(
                    UserError(
                        "Fältet {field}: {name} kan inte ingå i en besättning.",
                        field=F.CREW,
                        name=m.full_name,
                    )
                )
    start = _local_input(plan.planned_start)
    earliest, latest = utc(t.earliest_at), utc(t.latest_at)
    if start is None:
        problems.append(checks.required(F.PLANNED_START))
    elif not earliest <= start <= latest:
        problems.append(
            UserError(
                "Fältet {field} måste ligga mellan tidigast {earliest} och senast {latest}.",
                field=F.PLANNED_START,
                earliest=safety.local_text(earliest),
                latest=safety.local_text(latest),
            )
        )
    elif start < now - PAST_GRACE:
        problems.append(
            UserError("Fältet {field}: tiden har redan passerats.", field=F.PLANNED_START)
        )
    if not 5 <= plan.estimated_minutes <= MAX_MINUTES:
        problems.append(
            UserError(
                "Fältet {field} måste vara mellan 5 och {n} minuter.",
                field=F.ESTIMATED_TIME,
                n=MAX_MINUTES,
            )
        )
    if not 0 <= plan.buffer_minutes <= MAX_BUFFER:
        problems.append(
            UserError(
                "Fältet {field} måste vara mellan 0 och {n} minuter.",
                field=F.MARGIN,
                n=MAX_BUFFER,
            )
        )
    if len(_text(plan.safety_notes)) > 2000:
        problems.append(checks.too_long(F.SAFETY_NOTE, 2000))
    if problems:
        raise ValidationError(problems)
    return vehicle, crew, start


def _refuse_clashes(
    session: Session,
    t: Transport,
    start: datetime,
    end: datetime,
    crew_ids,
    vehicle_id: int,
    now: datetime,
) -> None:
    """Crew and vehicle must be free from start to start + duration + buffer: calendar events
    and other transports, through the calendar's clash module (ClashError names the clash and
    suggests the nearest free slots, never before the transport's earliest time)."""
    from app.services.scheduling import clashes

    clashes.check_free(
        session,
        start=start,
        end=end,
        staff_ids=tuple(crew_ids),
        resource_ids=(vehicle_id,),
        ignore_transport_id=t.id,
        not_before=max(now, utc(t.earliest_at)),
    )


def _meeting_risks(session: Session, t: Transport, start: datetime, end: datetime) -> list:
    """Would the victim meet the suspect at the pickup or the destination (an event of his
    there at the same time)? Calendar's check."""
    from app.services.scheduling import clashes

    return clashes.meeting_risks(
        session,
        start=start,
        end=end,
        place=[t.pickup, t.destination],
        case_id=t.case_id,
        victim_travels=bool(t.with_victim),
        ignore_transport_id=t.id,
    )


def plan(
    db: Database,
    actor: Actor,
    transport_id: int,
    plan: PlanRequest,
    *,
    version: int,
    now: datetime | None = None,
) -> TransportRow:
    """Plan (or re-plan) a requested or planned transport: vehicle, crew, start, duration and
    buffer. Refused when the safety rule is not met, on any clash with calendar events or other
    transports (ClashError names it and suggests free slots), and until the warnings about a
    single officer at high risk and about victim and suspect meeting are answered."""
    require_police(actor, "planera")
    with editing.write(db, actor, Transport, transport_id, TRANSPORT) as s:
        editing.load_for_edit(s, actor, Transport, transport_id, version, TRANSPORT)
        t = load_transport(s, transport_id)
        status = TransportStatus(t.status)
        if S.PLANNED not in TRANSITIONS[status]:
            raise _transition_error(status, S.PLANNED)
        vehicle, crew, start = _validate_plan(s, t, plan, _now(now))
        check = evaluate_plan(s, t, plan)
        if not check.allowed:
            raise ValidationError([UserError(p.text) for p in check.problems])
        if len(crew) < check.default_crew_size and not plan.confirm_single_officer:
            raise SingleOfficerWarning(
                "Risknivån i ärendet är hög och två poliser är standard. Planera ändå med en polis?"
            )
        end = start + timedelta(minutes=plan.estimated_minutes + plan.buffer_minutes)
        _refuse_clashes(s, t, start, end, [m.id for m in crew], vehicle.id, _now(now))
        risks = _meeting_risks(s, t, start, end)
        answer = _text(plan.meeting_risk_reason)
        if risks and not answer:
            from app.services.scheduling.clashes import MeetingRiskError

            raise MeetingRiskError(risks)
        t.risk_override_reason = answer[:2000] if risks else None
        t.planned_start = start
        t.estimated_minutes = plan.estimated_minutes
        t.buffer_minutes = plan.buffer_minutes
        t.vehicle_id = vehicle.id
        t.crew = crew
        t.safety_assessment_id = plan.safety_assessment_id
        t.safety_notes = _text(plan.safety_notes) or None
        t.status = S.PLANNED
        _flush(s, t)
        audit.record(
            s,
            actor,
            "transport_planned",
            record_type="transport",
            record_id=t.id,
            case_id=t.case_id,
            details={
                "from": status.value,
                "vehicle_id": vehicle.id,
                "crew": sorted(m.id for m in crew),
                "custody_covers": check.custody_covers,
                "suspect_address": check.suspect_address_pickup,
                "safety_assessment_id": plan.safety_assessment_id,
                "single_officer_confirmed": len(crew) < check.default_crew_size,
                "meeting_risk_confirmed": bool(risks),
            },
        )
        return rows_for(s, actor, [t])[0]


# --- status -----------------------------------------------------------------------------------


_ACTION_TEXT = {
    S.PLANNED: "planeras",
    S.UNDER_WAY: "startas",
    S.DONE: "markeras som genomförd",
    S.CANCELLED: "ställas in",
    S.REQUESTED: "bli begärd igen",
}


def _transition_error(current: TransportStatus, target: TransportStatus) -> UserError:
    if current in (S.DONE, S.CANCELLED):
        return UserError(
            "Transporten är redan {status} och kan inte ändras.", status=STATUS_TEXT[current]
        )
    hint = ""
    if target is S.UNDER_WAY and current is S.REQUESTED:
        hint = " Planera den först."
    elif target is S.DONE and current is not S.UNDER_WAY:
        hint = " Bara en transport som pågår kan markeras som genomförd."
    elif target is S.PLANNED and current is S.UNDER_WAY:
        hint = " Den har redan startat."
    return UserError(
        "Transporten är {current} och kan inte {action}.{hint}",
        current=STATUS_TEXT[current],
        action=_ACTION_TEXT[target],
        hint=hint,
    )


def change_status(
    db: Database,
    actor: Actor,
    transport_id: int,
    target: TransportStatus,
    *,
    version: int,
    reason: str | None = None,
    now: datetime | None = None,
) -> TransportRow:
    """Start (under way), finish (done) or cancel (with a reason). Planning is `plan()`."""
    target = TransportStatus(target)
    require_caseworker(actor)
    if target in (S.REQUESTED, S.PLANNED):
        raise UserError(
            "En transport blir {target} genom att begäras eller planeras, inte genom statusbyte.",
            target=STATUS_TEXT[target],
        )
    with editing.write(db, actor, Transport, transport_id, TRANSPORT) as s:
        editing.load_for_edit(s, actor, Transport, transport_id, version, TRANSPORT)
        t = load_transport(s, transport_id)
        current = TransportStatus(t.status)
        if target is S.CANCELLED:
            if actor.agency is not Agency.POLICE and actor.staff_id != t.requested_by_id:
                raise AccessDenied(
                    "Bara polisen eller den som beställde transporten kan ställa in den."
                )
        else:
            require_police(actor, "starta och avsluta")
        if target not in TRANSITIONS[current]:
            raise _transition_error(current, target)
        details: dict = {"from": current.value, "to": target.value}
        if target is S.CANCELLED:
            text = _text(reason)
            if not text:
                raise checks.required(F.REASON_GIVEN)
            if len(text) > 1000:
                raise checks.too_long(F.REASON_GIVEN, 1000)
            t.cancel_reason = text
        if target is S.UNDER_WAY:
            # Custody may have ended since the planning: check again before anyone leaves.
            check = _enforce_safety(s, t, planned=True)
            details["custody_covers"] = check.custody_covers
        t.status = target
        _flush(s, t)
        audit.record(
            s,
            actor,
            "transport_status_changed",
            record_type="transport",
            record_id=t.id,
            case_id=t.case_id,
            details=details,
        )
        return rows_for(s, actor, [t])[0]


def start(db: Database, actor: Actor, transport_id: int, *, version: int) -> TransportRow:
    return change_status(db, actor, transport_id, S.UNDER_WAY, version=version)


def finish(db: Database, actor: Actor, transport_id: int, *, version: int) -> TransportRow:
    return change_status(db, actor, transport_id, S.DONE, version=version)


def cancel(
    db: Database, actor: Actor, transport_id: int, *, reason: str, version: int
) -> TransportRow:
    return change_status(db, actor, transport_id, S.CANCELLED, version=version, reason=reason)


def allowed_targets(status: TransportStatus) -> frozenset[TransportStatus]:
    return TRANSITIONS[TransportStatus(status)]


# --- the board --------------------------------------------------------------------------------


def board(
    db: Database,
    actor: Actor,
    *,
    start: datetime,
    end: datetime,
    filters: BoardFilter | None = None,
) -> list[TransportRow]:
    """Transports whose planned start (or, unplanned, whose time window) falls in [start, end),
    in time order, filtered; addresses masked for those without need."""
    require_caseworker(actor)
    f = filters or BoardFilter()
    start, end = utc(start), utc(end)
    when = func.coalesce(Transport.planned_start, Transport.earliest_at)
    until = func.coalesce(Transport.planned_start, Transport.latest_at)
    query = select(Transport).where(and_(when < end, until >= start))
    statuses = set(f.statuses)
    if f.status is not None:
        statuses.add(f.status)
    if statuses:
        query = query.where(Transport.status.in_(sorted(statuses)))
    if f.vehicle_id is not None:
        query = query.where(Transport.vehicle_id == f.vehicle_id)
    if f.purpose is not None:
        query = query.where(Transport.purpose == f.purpose)
    if f.crew_id is not None:
        query = query.where(Transport.crew.any(StaffMember.id == f.crew_id))
    with db.read(actor=actor) as s:
        facts = _board_facts(s, query.order_by(when, Transport.id))
        names, vehicles = _lookups(s, facts)
        return [_row(actor, f, names, vehicles) for f in facts]


def board_day(
    db: Database, actor: Actor, day: date, filters: BoardFilter | None = None
) -> list[TransportRow]:
    start, end = day_range(day)
    return board(db, actor, start=start, end=end, filters=filters)


def board_week(
    db: Database, actor: Actor, day: date, filters: BoardFilter | None = None
) -> list[TransportRow]:
    start, end = week_range(day)
    return board(db, actor, start=start, end=end, filters=filters)


def case_choices(db: Database, actor: Actor, text: str = "", limit: int = 200) -> list[CaseChoice]:
    """Open cases for the request form's case picker, newest first; the victim's phone pre-fills
    the contact phone."""
    return pickers.cases(db, actor, text, open_only=True, limit=limit)
