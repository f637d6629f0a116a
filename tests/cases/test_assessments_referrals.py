"""Risk assessments (reassessment default, reminders, ownership) and referrals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.errors import AccessDenied, ConcurrentEditError, UserError, ValidationError
from app.models import Case
from app.models.enums import (
    CaseStatus,
    Instrument,
    PartyRole,
    ReferralStatus,
    ReferralTarget,
    RiskLevel,
)
from app.services.cases import assessments, referrals
from app.services.cases.assessments import NewAssessment
from app.services.cases.referrals import NewReferral
from tests.case_helpers import party_ids
from tests.factories import give_consent, make_case

ON = date(2026, 2, 2)


def _new(case_id, party_id, level, **kw):
    return NewAssessment(case_id, party_id, Instrument.SARA, ON, level, **kw)


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        (RiskLevel.LOW, None),
        (RiskLevel.ELEVATED, ON + timedelta(weeks=8)),
        (RiskLevel.HIGH, ON + timedelta(weeks=8)),
    ],
)
def test_reassessment_defaults_to_eight_weeks_for_elevated_or_high(db, staff, level, expected):
    case_id = make_case(db)
    suspect = party_ids(db, case_id)[PartyRole.SUSPECT][0]
    aid = assessments.add_assessment(db, staff.police, _new(case_id, suspect, level))
    row = assessments.assessments_for_case(db, staff.police, case_id).rows[0]
    assert row.id == aid and row.reassess_on == expected
    assert row.owner_agency == staff.police.agency and row.assessor_name == "Petra Polis"


def test_explicit_reassessment_date_or_none_and_its_validation(db, staff):
    case_id = make_case(db)
    suspect = party_ids(db, case_id)[PartyRole.SUSPECT][0]
    assessments.add_assessment(
        db, staff.police, _new(case_id, suspect, RiskLevel.HIGH, reassess_on=date(2026, 3, 1))
    )
    assessments.add_assessment(
        db, staff.police, _new(case_id, suspect, RiskLevel.HIGH, reassess_on=None)
    )
    dates = {
        r.reassess_on for r in assessments.assessments_for_case(db, staff.police, case_id).rows
    }
    assert dates == {date(2026, 3, 1), None}
    with pytest.raises(ValidationError) as info:
        assessments.add_assessment(
            db, staff.police, _new(case_id, suspect, RiskLevel.HIGH, reassess_on=ON)
        )
    assert info.value.problems[0].field == "ny bedömning senast"


def test_due_reassessments_reminders(db, staff):
    case_id = make_case(db)
    closed_case = make_case(
        db, number="IGOR-2026-0002", victim=("A", "B", None), suspect=("C", "D", None)
    )
    suspect = party_ids(db, case_id)[PartyRole.SUSPECT][0]
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    due_day = ON + timedelta(weeks=8)
    mine = assessments.add_assessment(db, staff.police, _new(case_id, suspect, RiskLevel.HIGH))
    assessments.add_assessment(db, staff.police, _new(case_id, suspect, RiskLevel.LOW))
    social = assessments.add_assessment(
        db,
        staff.social,
        NewAssessment(case_id, victim, Instrument.FREDA_DANGER, ON, RiskLevel.ELEVATED),
    )
    closed_suspect = party_ids(db, closed_case)[PartyRole.SUSPECT][0]
    assessments.add_assessment(db, staff.police, _new(closed_case, closed_suspect, RiskLevel.HIGH))
    with db.write(system=True) as s:
        s.get(Case, closed_case).status = CaseStatus.CLOSED
    assert assessments.due_reassessments(db, staff.police, due_day - timedelta(days=1)) == []
    due = assessments.due_reassessments(db, staff.police, due_day)
    assert [(d.assessment_id, d.days_overdue, d.case_number) for d in due] == [
        (mine, 0, "IGOR-2026-0001")
    ]
    assert [d.assessment_id for d in assessments.due_reassessments(db, staff.social, due_day)] == [
        social
    ]
    assert assessments.due_reassessments(db, staff.police, due_day, assigned_to_me=True) == []
    with db.write(system=True) as s:
        s.get(Case, case_id).assigned_police_id = staff.police.staff_id
    assert len(assessments.due_reassessments(db, staff.police, due_day, assigned_to_me=True)) == 1
    version = assessments.assessments_for_case(db, staff.police, case_id).rows
    row = next(r for r in version if r.id == mine)
    assessments.close_assessment(db, staff.police, mine, version=row.version)
    assert assessments.due_reassessments(db, staff.police, due_day + timedelta(days=3)) == []


def test_assessments_are_owned_by_the_agency(db, staff):
    case_id = make_case(db)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    aid = assessments.add_assessment(
        db,
        staff.social,
        NewAssessment(case_id, victim, Instrument.FREDA_SHORT, ON, RiskLevel.LOW, text="hemligt"),
    )
    with pytest.raises(UserError) as info:  # not even visible to police without consent
        assessments.close_assessment(db, staff.police, aid, version=1)
    assert "finns inte" in info.value.message()
    consent = give_consent(
        db, party_ids(db, case_id)[PartyRole.VICTIM][1], staff.social, given_on=date(2026, 1, 20)
    )
    assert consent
    with pytest.raises(AccessDenied):  # visible under consent, still not theirs to change
        assessments.close_assessment(db, staff.police, aid, version=1)
    police_view = assessments.assessments_for_case(db, staff.police, case_id)
    assert len(police_view.rows) == 1 and not police_view.rows[0].editable
    row = assessments.assessments_for_case(db, staff.social, case_id).rows[0]
    changed = NewAssessment(case_id, victim, Instrument.FREDA_SHORT, ON, RiskLevel.HIGH)
    assessments.update_assessment(db, staff.social, aid, changed, version=row.version)
    with pytest.raises(ConcurrentEditError) as stale:
        assessments.update_assessment(db, staff.social, aid, changed, version=row.version)
    assert stale.value.changed_by == "Sara Socionom"
    again = assessments.assessments_for_case(db, staff.social, case_id).rows[0]
    assert again.level == RiskLevel.HIGH and again.reassess_on == ON + timedelta(weeks=8)


def test_rvt_rvc_status_and_referrals_with_outcome(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    victim, suspect = parties[PartyRole.VICTIM][0], parties[PartyRole.SUSPECT][0]
    loaded = {
        s.party_id: s.version for s in referrals.referrals_for_case(db, staff.social, case_id)[0]
    }
    referrals.set_rvt_rvc(db, staff.social, victim, version=loaded[victim], rvt=ReferralStatus.YES)
    referrals.set_rvt_rvc(
        db, staff.social, suspect, version=loaded[suspect], rvc=ReferralStatus.ALREADY
    )
    statuses, rows = referrals.referrals_for_case(db, staff.police, case_id)
    assert {(s.role, s.rvt_status, s.rvc_status) for s in statuses} == {
        (PartyRole.VICTIM, ReferralStatus.YES, ReferralStatus.NO),
        (PartyRole.SUSPECT, ReferralStatus.NO, ReferralStatus.ALREADY),
    }
    rid = referrals.add_referral(
        db,
        staff.police,
        NewReferral(case_id, suspect, ReferralTarget.MANSCENTRUM, date(2026, 2, 1)),
    )
    _s, rows = referrals.referrals_for_case(db, staff.police, case_id)
    assert [(r.id, r.target, r.referred_by, r.outcome) for r in rows] == [
        (rid, ReferralTarget.MANSCENTRUM, "Petra Polis", None)
    ]
    outcome = NewReferral(
        case_id,
        suspect,
        ReferralTarget.MANSCENTRUM,
        date(2026, 2, 1),
        outcome="Påbörjade samtal",
        outcome_on=date(2026, 2, 20),
    )
    referrals.update_referral(db, staff.social, rid, outcome, version=rows[0].version)
    with pytest.raises(ConcurrentEditError):
        referrals.update_referral(db, staff.social, rid, outcome, version=rows[0].version)
    _s, rows = referrals.referrals_for_case(db, staff.police, case_id)
    assert rows[0].outcome == "Påbörjade samtal" and rows[0].outcome_on == date(2026, 2, 20)
    with pytest.raises(ValidationError) as info:
        referrals.add_referral(
            db,
            staff.police,
            NewReferral(
                case_id,
                suspect,
                ReferralTarget.BOPS,
                date(2026, 2, 10),
                outcome_on=date(2026, 2, 1),
            ),
        )
    assert info.value.problems[0].field == "utfall den"
    referrals.delete_referral(db, staff.police, rid, version=rows[0].version)
    assert referrals.referrals_for_case(db, staff.police, case_id)[1] == []
