"""Builders shared by the case-file tests (parties, support offered, assessments as another
agency, a second "workstation" on the same database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.database import Database, open_database
from app.models import CaseParty, RiskAssessment
from app.models.enums import Instrument, PartyRole, RiskLevel
from app.services.core.actor import Actor


def party_ids(db: Database, case_id: int) -> dict[PartyRole, tuple[int, int]]:
    """role -> (case_party id, person id)"""
    with db.read(system=True) as s:
        rows = s.execute(
            select(CaseParty.role, CaseParty.id, CaseParty.person_id).where(
                CaseParty.case_id == case_id
            )
        ).all()
    return {PartyRole(role): (pid, person) for role, pid, person in rows}


def offer_support(db: Database, case_id: int, on: date = date(2026, 1, 12)) -> None:
    with db.write(system=True) as s:
        party = s.execute(
            select(CaseParty).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
        party.support_offered_on = on


def add_assessment_as(
    db: Database,
    owner: Actor,
    case_id: int,
    role: PartyRole,
    *,
    endangers: bool = True,
    level: RiskLevel = RiskLevel.HIGH,
    closed: bool = False,
    instrument: Instrument = Instrument.FREDA_DANGER,
    assessed_on: date = date(2026, 1, 15),
    reassess_on: date | None = None,
) -> int:
    party_id, person_id = party_ids(db, case_id)[role]
    with db.write(system=True) as s:
        row = RiskAssessment(
            case_id=case_id,
            party_id=party_id,
            subject_person_id=person_id,
            owner_agency=owner.agency,
            instrument=instrument,
            assessed_on=assessed_on,
            assessor_id=owner.staff_id,
            level=level,
            text="HEMLIG BEDÖMNING",
            contact_endangers=endangers,
            reassess_on=reassess_on,
            closed_at=datetime.now(UTC) if closed else None,
        )
        s.add(row)
        s.flush()
        return row.id


def second_workstation(db: Database) -> Database:
    """Another Database (own engine and connections) on the same data: a second workstation."""
    if db.target.path is not None:
        return open_database(str(db.target.path))
    return open_database(db.engine.url.render_as_string(hide_password=False))


def ago(**kw) -> datetime:
    return datetime.now(UTC) - timedelta(**kw)
