"""Small builders for test data, written through the models in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.database import Database
from app.models import Case, CaseParty, Contact, Person, StaffMember
from app.models.enums import Agency, CaseSource, Channel, PartyRole
from app.services.core.actor import Actor


@dataclass
class Staff:
    police: Actor
    social: Actor
    lead: Actor
    analyst: Actor


def make_staff(db: Database) -> Staff:
    rows = [
        ("polis1", "Petra Polis", Agency.POLICE, dict(is_caseworker=True)),
        ("soc1", "Sara Socionom", Agency.SOCIAL, dict(is_caseworker=True)),
        ("chef1", "Göran Gruppchef", Agency.POLICE, dict(is_caseworker=True, is_admin=True)),
        ("analys1", "Anna Analytiker", Agency.SOCIAL, dict(is_caseworker=False, is_analyst=True)),
    ]
    actors = []
    with db.write(system=True) as s:
        for account, name, agency, roles in rows:
            member = StaffMember(os_account=account, full_name=name, agency=agency, **roles)
            s.add(member)
            s.flush()
            actors.append(Actor.from_staff(member, account=account))
    return Staff(*actors)


def make_case(
    db: Database,
    *,
    number: str = "IGOR-2026-0001",
    victim: tuple[str, str, str | None] | None = ("Maria", "Andersson", "198503142385"),
    suspect: tuple[str, str, str | None] | None = ("Johan", "Berg", "198001019812"),
    opened_on: date = date(2026, 1, 10),
) -> int:
    with db.write(system=True) as s:
        case = Case(case_number=number, source=CaseSource.POLICE_TIP, opened_on=opened_on)
        s.add(case)
        for role, who in ((PartyRole.VICTIM, victim), (PartyRole.SUSPECT, suspect)):
            if who is None:
                continue
            first, last, pnr = who
            person = Person(
                first_name=first,
                last_name=last,
                personal_number=pnr,
                birth_year=int(pnr[:4]) if pnr else None,
            )
            case.parties.append(CaseParty(role=role, person=person))
        s.flush()
        return case.id


def add_contact(
    db: Database,
    actor: Actor,
    case_id: int,
    role: PartyRole,
    *,
    when: datetime,
    channel: Channel = Channel.PHONE,
    reached: bool = True,
    note: str | None = None,
) -> int:
    from sqlalchemy import select

    with db.write(system=True) as s:
        party = s.execute(
            select(CaseParty).where(CaseParty.case_id == case_id, CaseParty.role == role)
        ).scalar_one()
        contact = Contact(
            case_id=case_id,
            party_id=party.id,
            subject_person_id=party.person_id,
            owner_agency=actor.agency,
            staff_id=actor.staff_id,
            occurred_at=when,
            channel=channel,
            reached=reached,
            note=note,
        )
        s.add(contact)
        s.flush()
        return contact.id


# --- calendar --------------------------------------------------------------------------------


def make_resource(
    db: Database, name: str, kind: str = "room", site: str | None = None, *, active: bool = True
) -> int:
    from app.models import Resource
    from app.models.enums import ResourceKind

    with db.write(system=True) as s:
        res = Resource(kind=ResourceKind(kind), name=name, site=site, active=active)
        s.add(res)
        s.flush()
        return res.id


def make_event(
    db: Database,
    *,
    start: datetime,
    end: datetime,
    staff_ids: tuple[int, ...] = (),
    resource_ids: tuple[int, ...] = (),
    party_ids: tuple[int, ...] = (),
    title: str = "Möte",
    kind: str = "meeting",
    place: str | None = None,
    case_id: int | None = None,
    rrule: str | None = None,
    exdates: str | None = None,
    recur_until: datetime | None = None,
) -> int:
    """An event written straight through the model (no rules applied): for setting the scene."""
    from sqlalchemy import insert

    from app.models import CalendarEvent, event_party, event_resource, event_staff
    from app.models.enums import EventKind
    from app.services.scheduling.recurrence import utc, utc_or_none

    with db.write(system=True) as s:
        event = CalendarEvent(
            kind=EventKind(kind),
            title=title,
            starts_at=utc(start),
            ends_at=utc(end),
            place=place,
            case_id=case_id,
            rrule=rrule,
            exdates=exdates,
            recur_until=utc_or_none(recur_until),
        )
        s.add(event)
        s.flush()
        for table, col, ids in (
            (event_staff, "staff_id", staff_ids),
            (event_resource, "resource_id", resource_ids),
            (event_party, "party_id", party_ids),
        ):
            for value in ids:
                s.execute(insert(table).values(event_id=event.id, **{col: value}))
        return event.id


def make_transport(
    db: Database,
    case_id: int,
    *,
    planned_start: datetime | None,
    crew: tuple[int, ...] = (),
    vehicle_id: int | None = None,
    status: str = "planned",
    minutes: int = 60,
    buffer: int = 15,
    pickup: str = "Bostaden",
    destination: str = "Polisstationen Södermalm",
) -> int:
    from sqlalchemy import insert

    from app.models import Transport, transport_crew
    from app.models.enums import TransportPurpose, TransportStatus
    from app.services.scheduling.recurrence import utc, utc_or_none

    planned_start = utc_or_none(planned_start)
    with db.write(system=True) as s:
        when = planned_start or utc(datetime(2026, 3, 2, 8, 0))
        t = Transport(
            case_id=case_id,
            purpose=TransportPurpose.INTERVIEW,
            pickup=pickup,
            destination=destination,
            earliest_at=when,
            latest_at=when,
            planned_start=planned_start,
            estimated_minutes=minutes,
            buffer_minutes=buffer,
            vehicle_id=vehicle_id,
            status=TransportStatus(status),
        )
        s.add(t)
        s.flush()
        for sid in crew:
            s.execute(insert(transport_crew).values(transport_id=t.id, staff_id=sid))
        return t.id


def party_id(db: Database, case_id: int, role: PartyRole) -> int:
    from sqlalchemy import select

    with db.read(system=True) as s:
        return s.execute(
            select(CaseParty.id).where(CaseParty.case_id == case_id, CaseParty.role == role)
        ).scalar_one()


# --- consents --------------------------------------------------------------------------------


def give_consent(db: Database, person_id: int, by, *, given_on=None) -> int:
    """A signed consent for the person, recorded by `by` (an Actor)."""
    from datetime import date

    from app.models import Consent
    from app.models.enums import ConsentMethod

    with db.write(system=True) as s:
        c = Consent(
            person_id=person_id,
            given_on=given_on or date(2026, 2, 4),
            method=ConsentMethod.SIGNED,
            recorded_by_id=by.staff_id,
        )
        s.add(c)
        s.flush()
        return c.id


def withdraw_consent(db: Database, consent_id: int) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import update

    from app.models import Consent

    with db.write(system=True) as s:
        s.execute(
            update(Consent).where(Consent.id == consent_id).values(withdrawn_at=datetime.now(UTC))
        )
