"""Test data for the secure transports: a case with a suspect who has an address, officers,
vehicles, and a request in the near future."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.models import (
    Address,
    Case,
    RiskAssessment,
    StaffMember,
    Transport,
)
from app.models.enums import (
    Agency,
    Custody,
    Instrument,
    PartyRole,
    Protection,
    RiskLevel,
    TransportPurpose,
    TransportStatus,
)
from app.services.core.actor import Actor
from app.services.transports import planning as transports
from app.services.transports.planning import PlanRequest, TransportRequest
from tests.factories import make_case, make_resource

SUSPECT_STREET = "Åsögatan 12"
VICTIM_PNR = "198503142385"
SUSPECT_PNR = "198001019812"


def add_staff(db, account: str, name: str, agency: Agency, **roles) -> Actor:
    with db.write(system=True) as s:
        member = StaffMember(os_account=account, full_name=name, agency=agency, **roles)
        s.add(member)
        s.flush()
        return Actor.from_staff(member, account=account)


def add_vehicle(db, name: str, *, active: bool = True) -> int:
    return make_resource(db, name, "vehicle", "Polisstationen", active=active)


def add_room(db, name: str) -> int:
    return make_resource(db, name, "room", "Polisstationen")


def base_time() -> datetime:
    """A weekday morning a few days ahead (10:00 Stockholm, aware UTC)."""
    from app.services.transports.safety import from_local

    day = date.today() + timedelta(days=3)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return from_local(datetime(day.year, day.month, day.day, 10, 0))


@dataclass
class World:
    case_id: int
    officer2: Actor
    officer3: Actor
    vehicle: int
    vehicle2: int
    t0: datetime


def make_world(db, staff, *, protection: Protection = Protection.NONE, number="IGOR-2026-0001"):
    case_id = make_case(db, number=number, victim=("Åsa", "Öberg-Ek", VICTIM_PNR))
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        suspect = case.party(PartyRole.SUSPECT).person
        suspect.addresses.append(
            Address(street=SUSPECT_STREET, postal_code="118 20", city="Stockholm")
        )
        victim = case.party(PartyRole.VICTIM).person
        victim.protection = protection
        victim.phone = "070-111 22 33"
        victim.addresses.append(Address(street="Hemliga vägen 3", city="Stockholm"))
    return World(
        case_id=case_id,
        officer2=add_staff(db, "polis2", "Olle Ordningspolis", Agency.POLICE),
        officer3=add_staff(db, "polis3", "Ingrid Inre", Agency.POLICE),
        vehicle=add_vehicle(db, "Civilbil 1 (Volvo V60)"),
        vehicle2=add_vehicle(db, "Civilbil 2 (VW Passat)"),
        t0=base_time(),
    )


def request(world: World, **kw) -> TransportRequest:
    values = dict(
        case_id=world.case_id,
        purpose=TransportPurpose.INTERVIEW,
        pickup="Hemliga vägen 3, Stockholm",
        destination="Polisstationen Södermalm",
        earliest_at=world.t0,
        latest_at=world.t0 + timedelta(hours=4),
        with_victim=True,
        children_count=1,
        pets="",
        contact_phone="070-111 22 33",
        notes="Hon vill inte att grannarna ser polisbilen.",
    )
    values.update(kw)
    return TransportRequest(**values)


def new_transport(db, actor: Actor, world: World, **kw):
    return transports.create_request(db, actor, request(world, **kw))


def plan_request(world: World, crew: tuple[int, ...], **kw) -> PlanRequest:
    values = dict(
        vehicle_id=world.vehicle,
        crew_ids=crew,
        planned_start=world.t0 + timedelta(minutes=30),
        estimated_minutes=60,
        buffer_minutes=15,
    )
    values.update(kw)
    return PlanRequest(**values)


def set_custody(db, case_id: int, custody: Custody, since=None, until=None) -> None:
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        case.custody, case.custody_since, case.custody_until = custody, since, until


def add_assessment(
    db,
    case_id: int,
    *,
    instrument: Instrument = Instrument.GENERAL_SAFETY,
    level: RiskLevel = RiskLevel.ELEVATED,
    on: date | None = None,
    agency: Agency = Agency.POLICE,
) -> int:
    with db.write(system=True) as s:
        victim = next(
            p for p in s.get(Case, case_id).parties if PartyRole(p.role) is PartyRole.VICTIM
        )
        a = RiskAssessment(
            owner_agency=agency,
            subject_person_id=victim.person_id,
            case_id=case_id,
            party_id=victim.id,
            instrument=instrument,
            assessed_on=on or date.today(),
            level=level,
            text="Bedömningstext som inte ska synas på körordern.",
        )
        s.add(a)
        s.flush()
        return a.id


def force_status(db, transport_id: int, status: TransportStatus, **values) -> int:
    """Put a transport in a status directly (for workflow tests); returns the new version."""
    with db.write(system=True) as s:
        t = s.get(Transport, transport_id)
        t.status = status
        for k, v in values.items():
            setattr(t, k, v)
        s.flush()
        return t.version


def utcnow() -> datetime:
    return datetime.now(UTC)
