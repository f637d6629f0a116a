"""Builders for the secrecy tests: one case with records of both agencies about the victim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from app.database import Database
from app.models import CaseParty, Letter, Note, RiskAssessment
from app.models.enums import Instrument, LetterKind, PartyRole, RiskLevel
from app.services.core.actor import Actor
from tests.factories import add_contact, give_consent, make_case, withdraw_consent  # noqa: F401 (re-exported)

SECRET = "HEMLIG-SOC-ANTECKNING"


@dataclass
class World:
    case_id: int
    victim_id: int
    social_contact: int
    social_note: int
    social_assessment: int
    social_letter: int
    police_note: int


def build_world(db: Database, police: Actor, social: Actor) -> World:
    case_id = make_case(db)
    social_contact = add_contact(
        db,
        social,
        case_id,
        PartyRole.VICTIM,
        when=datetime(2026, 2, 1, 10, tzinfo=UTC),
        note=SECRET,
    )
    add_contact(db, police, case_id, PartyRole.VICTIM, when=datetime(2026, 2, 2, 10, tzinfo=UTC))
    with db.write(system=True) as s:
        party = s.execute(
            select(CaseParty).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
        victim = party.person_id
        sn = Note(
            case_id=case_id,
            owner_agency=social.agency,
            subject_person_id=victim,
            author_id=social.staff_id,
            text=SECRET,
        )
        pn = Note(
            case_id=case_id,
            owner_agency=police.agency,
            subject_person_id=victim,
            author_id=police.staff_id,
            text="polisens anteckning",
        )
        ra = RiskAssessment(
            case_id=case_id,
            party_id=party.id,
            owner_agency=social.agency,
            subject_person_id=victim,
            instrument=Instrument.FREDA_DANGER,
            assessed_on=date(2026, 2, 3),
            level=RiskLevel.HIGH,
            text=SECRET,
        )
        lt = Letter(
            case_id=case_id,
            owner_agency=social.agency,
            subject_person_id=victim,
            kind=LetterKind.REFERRAL,
            template="remiss",
            recipient=SECRET,
        )
        s.add_all([sn, pn, ra, lt])
        s.flush()
        return World(case_id, victim, social_contact, sn.id, ra.id, lt.id, pn.id)
