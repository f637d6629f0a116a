"""Small builders for test data, written through the models in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.database import Database
from app.models import Case, CaseParty, Contact, Person, StaffMember
from app.models.enums import Agency, CaseSource, Channel, PartyRole
from app.services.actor import Actor


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
