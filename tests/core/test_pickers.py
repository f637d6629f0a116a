"""One implementation of the staff and case pickers (app.services.core.pickers), with the
forms' differences as parameters, and the old entry points answering as before."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import update

from app.errors import AccessDenied
from app.models import Case, StaffMember
from app.models.enums import Agency, CaseStatus, PartyRole
from app.services.cases import case_file, case_list, letters
from app.services.core import pickers
from app.services.scheduling import calendar as cal
from app.services.transports import planning as transports
from tests.factories import make_case


def _add_staff(db, account, name, agency, **roles):
    with db.write(system=True) as s:
        member = StaffMember(os_account=account, full_name=name, agency=agency, **roles)
        s.add(member)
        s.flush()
        return member.id


def test_staff_by_agency_active_caseworkers_and_leads(db, staff):
    revoked = _add_staff(db, "gone", "Bo Borta", Agency.POLICE, is_caseworker=True)
    with db.write(system=True) as s:
        s.execute(
            update(StaffMember)
            .where(StaffMember.id == revoked)
            .values(revoked_at=datetime(2026, 1, 1))
        )
    lead_only = _add_staff(
        db, "lead2", "Lena Ledare", Agency.POLICE, is_caseworker=False, is_admin=True
    )

    everyone = pickers.staff(db, staff.police)
    assert [c.full_name for c in everyone] == ["Göran Gruppchef", "Petra Polis", "Sara Socionom"]
    assert {c.agency for c in everyone} == {Agency.POLICE, Agency.SOCIAL}
    assert [c.full_name for c in pickers.staff(db, staff.police, agency="social")] == [
        "Sara Socionom"
    ]
    crew = pickers.staff(db, staff.police, agency=Agency.POLICE, with_leads=True)
    assert [c.id for c in crew if c.id == lead_only] == [lead_only]
    assert revoked not in {c.id for c in crew}
    assert "Anna Analytiker" in {
        c.full_name for c in pickers.staff(db, staff.police, caseworkers_only=False)
    }
    with pytest.raises(AccessDenied):
        pickers.staff(db, staff.analyst)
    assert pickers.staff(db, staff.analyst, check_actor=False) == everyone

    # the forms' entry points give the same people as before
    assert case_list.staff_choices(db, staff.police) == everyone
    assert case_list.staff_choices(db, staff.police, "police") == pickers.staff(
        db, staff.police, agency=Agency.POLICE
    )
    assert cal.staff_choices(db, staff.social) == everyone
    assert case_file.assignable_staff(db, staff.social) == everyone
    officers = transports.officers(db, staff.police)
    assert [o.name for o in officers] == ["Göran Gruppchef", "Lena Ledare", "Petra Polis"]
    with pytest.raises(AccessDenied):
        transports.officers(db, staff.analyst)


def test_cases_by_number_open_only_and_find_case(db, staff):
    first = make_case(db, number="IGOR-2026-0001")
    second = make_case(
        db, number="IGOR-2026-0002", victim=("Eva", "Ek", "199001012384"), suspect=None
    )
    closed = make_case(db, number="IGOR-2025-0007", victim=("Ida", "Ås", None), suspect=None)
    with db.write(system=True) as s:
        s.execute(update(Case).where(Case.id == closed).values(status=CaseStatus.CLOSED))

    found = pickers.cases(db, staff.social)
    assert [c.id for c in found] == [closed, second, first]  # newest first
    assert found[1].roles == (PartyRole.VICTIM,)
    assert found[0].status is CaseStatus.CLOSED
    assert [c.id for c in pickers.cases(db, staff.social, open_only=True)] == [second, first]
    assert [c.id for c in pickers.cases(db, staff.social, " 2026-0001 ")] == [first]
    assert [c.id for c in pickers.cases(db, staff.social, limit=1)] == [closed]

    assert letters.case_choices(db, staff.social) == found
    assert transports.case_choices(db, staff.social) == pickers.cases(
        db, staff.social, open_only=True
    )
    assert pickers.find_case(db, staff.police, " igor-2026-0002 ") == second
    assert cal.find_case(db, staff.police, "IGOR-2026-0002") == second
    assert pickers.find_case(db, staff.police, "IGOR-2026-9999") is None
    assert pickers.find_case(db, staff.police, "  ") is None
    for call in (
        lambda: pickers.cases(db, staff.analyst),
        lambda: pickers.find_case(db, staff.analyst, "IGOR-2026-0001"),
    ):
        with pytest.raises(AccessDenied):
            call()
