"""The fatigue figure: reached contacts with a person in the last 7 and 30 days, across cases
and agencies (numbers only). Boundaries: at - 7 days < occurred_at <= at."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.models import Case, CaseParty
from app.models.enums import CaseSource, PartyRole
from app.services.cases import contacts
from tests.case_helpers import party_ids
from tests.factories import add_contact, make_case

AT = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)


def test_boundaries_at_7_and_30_days(db, staff):
    case_id = make_case(db)
    person = party_ids(db, case_id)[PartyRole.VICTIM][1]
    second = timedelta(seconds=1)
    for when in (
        AT - timedelta(days=7),  # exactly 7 days: only in the 30-day figure
        AT - timedelta(days=7) + second,  # inside 7
        AT,  # the moment itself counts
        AT - timedelta(days=30),  # exactly 30: outside both
        AT - timedelta(days=30) + second,  # inside 30
        AT + second,  # after `at`: not yet
    ):
        add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=when)
    assert contacts.contact_counts(db, staff.police, person, AT) == (2, 4)
    counts = contacts.contact_counts(db, staff.police, person, AT + timedelta(days=1))
    assert counts.last_7_days == 2  # AT - 7d + 1s fell out; AT and AT + 1s are in
    assert counts.last_30_days == 4  # AT - 30d + 1s fell out, AT + 1s came in


def test_counts_across_agencies_and_cases_but_not_failed_attempts(db, staff):
    case_a = make_case(db)
    person = party_ids(db, case_a)[PartyRole.VICTIM][1]
    # The same woman in a second case (a new relationship).
    with db.write(system=True) as s:
        case_b = Case(case_number="IGOR-2026-0002", source=CaseSource.RVT, opened_on=AT.date())
        s.add(case_b)
        s.flush()
        s.add(CaseParty(case_id=case_b.id, person_id=person, role=PartyRole.VICTIM))
        s.flush()
        case_b_id = case_b.id
    add_contact(db, staff.police, case_a, PartyRole.VICTIM, when=AT - timedelta(days=1))
    add_contact(db, staff.social, case_a, PartyRole.VICTIM, when=AT - timedelta(days=2))
    add_contact(db, staff.social, case_b_id, PartyRole.VICTIM, when=AT - timedelta(days=10))
    add_contact(
        db, staff.police, case_a, PartyRole.VICTIM, when=AT - timedelta(days=1), reached=False
    )
    # The suspect's contacts are his own figure.
    add_contact(db, staff.police, case_a, PartyRole.SUSPECT, when=AT - timedelta(days=1))
    # Police cannot read the social services' contacts (no consent) but they are counted.
    assert len(contacts.timeline(db, staff.police, case_a).rows) == 3
    assert contacts.contact_counts(db, staff.police, person, AT) == (2, 3)
    assert contacts.contact_counts(db, staff.analyst, person, AT) == (2, 3)
    with db.read(system=True) as s:
        suspect = s.execute(
            select(CaseParty.person_id).where(
                CaseParty.case_id == case_a, CaseParty.role == PartyRole.SUSPECT
            )
        ).scalar_one()
    assert contacts.contact_counts(db, staff.social, suspect, AT) == (1, 1)


def test_naive_at_is_taken_as_utc(db, staff):
    case_id = make_case(db)
    person = party_ids(db, case_id)[PartyRole.VICTIM][1]
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=AT - timedelta(hours=1))
    assert contacts.contact_counts(db, staff.police, person, AT.replace(tzinfo=None)) == (1, 1)
    assert contacts.contact_counts(db, staff.police, person, AT - timedelta(hours=2)) == (0, 0)
