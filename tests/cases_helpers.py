"""Test data for the case list and intake tests (valid personnummer, cases with every column)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.database import Database
from app.models import Address, Case, CaseParty, Child, Person, PoliceReport
from app.models.enums import (
    Area,
    CaseSource,
    CaseStatus,
    NumberKind,
    PartyRole,
    Protection,
)


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def pnr(birth: str, serial: int = 238) -> str:
    """A valid 12-digit personnummer (or samordningsnummer when the day is +60)."""
    nine = birth[2:] + f"{serial:03d}"
    return birth + f"{serial:03d}" + str(luhn_digit(nine))


@dataclass
class P:
    first: str | None
    last: str | None
    number: str | None = None
    protection: Protection = Protection.NONE
    street: str | None = None


def add_case(
    db: Database,
    number: str,
    *,
    victim: P | None = None,
    suspect: P | None = None,
    status: CaseStatus = CaseStatus.OPEN,
    source: CaseSource = CaseSource.POLICE_TIP,
    area: Area = Area.INSIDE,
    opened_on: date = date(2026, 1, 10),
    police_id: int | None = None,
    social_id: int | None = None,
    focus: bool = False,
    children: int = 0,
    last_contact_at: datetime | None = None,
    reports: tuple[str, ...] = (),
) -> int:
    with db.write(system=True) as s:
        case = Case(
            case_number=number,
            status=status,
            source=source,
            area=area,
            district="Skärholmen" if area is Area.OUTSIDE else None,
            opened_on=opened_on,
            assigned_police_id=police_id,
            assigned_social_id=social_id,
            focus_person=focus,
            has_children=children > 0,
            last_contact_at=last_contact_at,
        )
        s.add(case)
        for role, who in ((PartyRole.VICTIM, victim), (PartyRole.SUSPECT, suspect)):
            if who is None:
                continue
            person = None
            if who.number:
                from sqlalchemy import select

                person = s.execute(
                    select(Person).where(Person.personal_number == who.number)
                ).scalar_one_or_none()
            if person is None:
                person = Person(
                    first_name=who.first,
                    last_name=who.last,
                    personal_number=who.number,
                    number_kind=NumberKind.PERSONNUMMER if who.number else NumberKind.NONE,
                    birth_year=int(who.number[:4]) if who.number else None,
                    protection=who.protection,
                )
                if who.street:
                    person.addresses.append(
                        Address(street=who.street, postal_code="118 20", city="Stockholm")
                    )
            case.parties.append(CaseParty(role=role, person=person))
        for i in range(children):
            case.children.append(Child(first_name=f"Barn{i}", birth_year=2018))
        for r in reports:
            case.police_reports.append(PoliceReport(report_number=r))
        s.flush()
        return case.id


def utc(y: int, m: int, d: int, h: int = 12) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)
