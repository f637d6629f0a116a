"""PostgreSQL mode with a real staff login role (not the owner): intake and the case list work
under the grants and row-level security of migration a1 — the case number counter, the
per-number advisory lock, people, the district referral and the audit entry."""

from __future__ import annotations

import pytest

from app.models.enums import Agency, Area, CaseSource
from app.services.cases import case_list as cases
from app.services.cases import intake
from app.services.cases.case_list import CaseQuery
from app.services.cases.intake import IntakeRequest, PartyInput
from tests.cases_helpers import pnr
from tests.factories import make_staff
from tests.pg_login import open_as


def _login(db, actor, agency):
    return open_as(db, actor.staff_id, agency)


def test_a_social_worker_login_registers_and_finds_a_case(pg_db):
    staff = make_staff(pg_db)
    as_social = _login(pg_db, staff.social, Agency.SOCIAL)
    as_police = _login(pg_db, staff.police, Agency.POLICE)
    try:
        number = pnr("19850314")
        req = IntakeRequest(
            source=CaseSource.RVT,
            area=Area.OUTSIDE,
            district="Skärholmen",
            refer_to_district=True,
            victim=PartyInput(first_name="Åsa", last_name="Öberg", number=number),
            police_reports=("5000-K123456-26",),
        )
        made = intake.create_case(as_social, staff.social, req)
        assert made.case_number.endswith("-0001") and len(made.district_referral_ids) == 1
        # the other agency's login sees the case in the list and finds it every way
        for text in ("åsa", number[2:], made.case_number[5:], "5000-K123456-26"):
            page = cases.list_cases(as_police, staff.police, CaseQuery(search=text))
            assert [r.id for r in page.rows] == [made.case_id], text
        with pytest.raises(intake.DuplicateCaseError):
            intake.create_case(as_police, staff.police, req)
        second = intake.create_case(
            as_police,
            staff.police,
            IntakeRequest(source=CaseSource.BINR, suspect=PartyInput(first_name="X")),
        )
        assert second.case_number.endswith("-0002")
    finally:
        as_social.dispose()
        as_police.dispose()
