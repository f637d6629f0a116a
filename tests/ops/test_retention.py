"""Retention (gallring): closed cases past the period are erased completely, nothing else."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select, update

from app.errors import AccessDenied, UserError
from app.models import (
    Address,
    Base,
    CalendarEvent,
    Case,
    CaseParty,
    Child,
    Consent,
    Contact,
    Disclosure,
    Letter,
    Note,
    Person,
    PoliceReport,
    Referral,
    Resource,
    RiskAssessment,
    Transport,
    event_party,
    transport_crew,
)
from app.models.enums import (
    Agency,
    CaseStatus,
    Channel,
    ConsentMethod,
    EventKind,
    Instrument,
    LetterKind,
    PartyRole,
    ReferralTarget,
    ResourceKind,
    RiskLevel,
    TransportPurpose,
)
from app.services.core import audit
from app.services.ops import retention
from tests.factories import make_case

TODAY = date(2026, 6, 1)
OLD_VICTIM = ("Maria", "Gallringsdotter", "198503142385")
SHARED_SUSPECT = ("Johan", "Delad", "198001019812")
OTHER_VICTIM = ("Eva", "Kvarblivande", "197001011234")


def _fill(db, staff, case_id: int, tag: str, *, closed_on: date | None) -> None:
    """Everything a case can have, each carrying `tag` in its text."""
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        if closed_on:
            case.status = CaseStatus.CLOSED
            case.closed_on = closed_on
        victim = case.party(PartyRole.VICTIM)
        person = victim.person
        person.addresses.append(Address(street=f"{tag}gatan 1", city="Stockholm"))
        s.add(Child(case_id=case_id, first_name=f"{tag}barn", birth_year=2018))
        s.add(PoliceReport(case_id=case_id, report_number=f"5000-K{case_id}-25"))
        consent = Consent(
            person_id=person.id,
            case_id=case_id,
            given_on=TODAY,
            method=ConsentMethod.SIGNED,
            note=f"{tag} samtycke",
        )
        s.add(consent)
        s.flush()
        contact = Contact(
            case_id=case_id,
            party_id=victim.id,
            subject_person_id=person.id,
            owner_agency=Agency.POLICE,
            staff_id=staff.police.staff_id,
            occurred_at=datetime(2022, 1, 5, 10, 0),
            channel=Channel.PHONE,
            note=f"{tag} samtal",
        )
        note = Note(
            case_id=case_id,
            owner_agency=Agency.SOCIAL,
            subject_person_id=person.id,
            text=f"{tag} anteckning",
        )
        assessment = RiskAssessment(
            case_id=case_id,
            party_id=victim.id,
            owner_agency=Agency.SOCIAL,
            subject_person_id=person.id,
            instrument=Instrument.FREDA_SHORT,
            assessed_on=date(2022, 1, 6),
            level=RiskLevel.HIGH,
            text=f"{tag} bedömning",
        )
        s.add_all([contact, note, assessment])
        s.add(
            Referral(
                case_id=case_id,
                party_id=victim.id,
                target=ReferralTarget.RVC,
                referred_on=date(2022, 1, 7),
                outcome=f"{tag} remiss",
            )
        )
        letter = Letter(
            case_id=case_id,
            owner_agency=Agency.SOCIAL,
            subject_person_id=person.id,
            kind=LetterKind.REFERRAL,
            template="remiss",
            recipient=f"{tag} mottagare",
            consent_id=consent.id,
            pdf=f"%PDF {tag}".encode(),
        )
        s.add(letter)
        s.flush()
        s.add(
            Disclosure(
                consent_id=consent.id,
                viewer_agency=Agency.POLICE,
                kind="view",
                record_type="note",
                record_id=note.id,
            )
        )
        car = s.execute(select(Resource)).scalars().first()
        if car is None:
            car = Resource(kind=ResourceKind.VEHICLE, name="Civilbil 1")
        event = CalendarEvent(
            kind=EventKind.HOME_VISIT,
            title=f"Hembesök {tag}",
            starts_at=datetime(2022, 1, 8, 9),
            ends_at=datetime(2022, 1, 8, 10),
            case_id=case_id,
            notes=f"{tag} kalender",
        )
        s.add_all([car, event])
        s.flush()
        s.execute(event_party.insert().values(event_id=event.id, party_id=victim.id))
        transport = Transport(
            case_id=case_id,
            purpose=TransportPurpose.COURT,
            pickup=f"{tag}gatan 1",
            destination="Tingsrätten",
            earliest_at=datetime(2022, 1, 9, 8),
            latest_at=datetime(2022, 1, 9, 12),
            vehicle_id=car.id,
            notes=f"{tag} transport",
            safety_assessment_id=assessment.id,
        )
        s.add(transport)
        s.flush()
        s.execute(
            transport_crew.insert().values(
                transport_id=transport.id, staff_id=staff.police.staff_id
            )
        )


def _snapshot(db) -> dict[str, set[tuple]]:
    with db.read(system=True) as s:
        return {
            table.name: {tuple(row) for row in s.execute(select(table)).all()}
            for table in Base.metadata.sorted_tables
            if table.name not in ("audit_entry", "audit_head", "alembic_version")
        }


def _all_text(db) -> str:
    with db.read(system=True) as s:
        return " ".join(
            repr(tuple(row))
            for table in Base.metadata.sorted_tables
            for row in s.execute(select(table)).all()
        )


@pytest.fixture
def two_cases(db, staff):
    old = make_case(
        db,
        number="IGOR-2021-0001",
        victim=OLD_VICTIM,
        suspect=SHARED_SUSPECT,
        opened_on=date(2021, 1, 1),
    )
    kept = make_case(
        db, number="IGOR-2022-0002", victim=OTHER_VICTIM, suspect=None, opened_on=date(2022, 1, 1)
    )
    # The suspect is in both cases (one Person, two parties).
    with db.write(system=True) as s:
        suspect_id = s.execute(
            select(CaseParty.person_id).where(
                CaseParty.case_id == old, CaseParty.role == PartyRole.SUSPECT
            )
        ).scalar_one()
        s.add(CaseParty(case_id=kept, person_id=suspect_id, role=PartyRole.SUSPECT))
    _fill(db, staff, kept, "Behåll", closed_on=date(2024, 1, 1))  # closed, but not old enough
    before_old = _snapshot(db)
    _fill(db, staff, old, "Gallra", closed_on=date(2022, 3, 1))
    return old, kept, before_old


def test_only_closed_cases_past_the_period_are_due(db, staff, two_cases):
    old, kept, _ = two_cases
    assert retention.retention_years(db) == retention.DEFAULT_YEARS == 3
    due = retention.due_cases(db, staff.lead, today=TODAY)
    assert [d.case_id for d in due] == [old]
    retention.set_retention_years(db, staff.lead, 10)
    assert retention.due_cases(db, staff.lead, today=TODAY) == []
    retention.set_retention_years(db, staff.lead, 1)
    assert {d.case_id for d in retention.due_cases(db, staff.lead, today=TODAY)} == {old, kept}
    with pytest.raises(UserError):
        retention.set_retention_years(db, staff.lead, 0)
    with pytest.raises(AccessDenied):
        retention.due_cases(db, staff.police, today=TODAY)
    with pytest.raises(AccessDenied):
        retention.set_retention_years(db, staff.social, 2)


def test_erasure_is_complete_and_touches_nothing_else(db, staff, two_cases):
    old, kept, before_old = two_cases
    summary = retention.erase_cases(db, staff.lead, [old], today=TODAY)
    assert summary.cases == 1 and summary.persons == 1  # the victim; the shared suspect stays

    after = _snapshot(db)
    # Everything that existed before the old case was filled is still there, unchanged,
    # except the shared links that pointed at the erased case: its two parties and the case.
    for table, rows in before_old.items():
        lost = rows - after[table]
        if table == "case_file":
            assert {r[0] for r in lost} == {old}
        elif table == "case_party":
            assert {r[1] for r in lost} == {old}  # case_id column
        elif table == "person":
            assert len(lost) == 1 and OLD_VICTIM[2] in repr(lost)
        else:
            assert not lost, table
    # Nothing was added to the data tables (only the audit trail grew).
    for table, rows in after.items():
        assert rows <= before_old[table], table

    text = _all_text(db)  # every table, the audit trail included
    for needle in ("Gallra", *OLD_VICTIM):
        assert needle not in text
    for needle in ("Behåll", *SHARED_SUSPECT, *OTHER_VICTIM):
        assert needle in text

    with db.read(system=True) as s:
        assert audit.verify_chain(s) is None
        entry = s.execute(
            select(audit.AuditEntry).where(audit.AuditEntry.action == "retention_erased")
        ).scalar_one()
        assert entry.case_id == old and entry.staff_id == staff.lead.staff_id
        assert '"persons_erased": 1' in entry.details


def test_a_case_not_due_is_refused_and_nothing_is_erased(db, staff, two_cases):
    old, kept, _ = two_cases
    before = _snapshot(db)
    with pytest.raises(UserError, match="inte"):
        retention.erase_cases(db, staff.lead, [old, kept], today=TODAY)
    with db.write(system=True) as s:  # reopened after it was listed
        s.execute(update(Case).where(Case.id == old).values(status=CaseStatus.OPEN))
    with pytest.raises(UserError):
        retention.erase_cases(db, staff.lead, [old], today=TODAY)
    after = _snapshot(db)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    with pytest.raises(AccessDenied):
        retention.erase_cases(db, staff.police, [old], today=TODAY)


def test_a_consent_from_the_erased_case_of_a_kept_person_survives_unlinked(db, staff, two_cases):
    old, kept, _ = two_cases
    with db.write(system=True) as s:
        suspect_id = s.execute(
            select(CaseParty.person_id).where(
                CaseParty.case_id == kept, CaseParty.role == PartyRole.SUSPECT
            )
        ).scalar_one()
        s.add(
            Consent(
                person_id=suspect_id,
                case_id=old,
                given_on=TODAY,
                method=ConsentMethod.VERBAL,
                withdrawn_at=None,
            )
        )
    retention.erase_cases(db, staff.lead, [old], today=TODAY)
    with db.read(system=True) as s:
        rows = s.execute(select(Consent).where(Consent.person_id == suspect_id)).scalars().all()
        assert len(rows) == 1 and rows[0].case_id is None
        assert s.get(Person, suspect_id) is not None


def test_the_command_lists_and_erases_as_the_signed_in_administrator(
    db, staff, two_cases, monkeypatch, capsys
):
    from app.cli import main

    if db.kind != "sqlite":
        pytest.skip("the command is exercised on the local file")
    old, kept, _ = two_cases
    url = str(db.target.path)
    monkeypatch.setenv("IGOR_OS_USER", "polis1")  # not an administrator
    assert main(["gallring", "--db", url]) == 2
    assert "gruppchef" in capsys.readouterr().err
    monkeypatch.setenv("IGOR_OS_USER", "chef1")
    assert main(["gallring", "--db", url]) == 0
    assert "IGOR-2021-0001" in capsys.readouterr().out
    assert main(["gallring", "--erase", "--yes", "--db", url]) == 0
    with db.read(system=True) as s:
        assert s.get(Case, old) is None and s.get(Case, kept) is not None
