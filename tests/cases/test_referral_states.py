"""Referrals that track their answers (issue 18, part 2): states with days and who, illegal
transitions refused, the history, RVT registration / RVC start following the states, overdue
answers after the lead's number of days, and the migration of existing referrals."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from sqlalchemy import select, text, update

from app.database import open_database
from app.database.migrate import upgrade_database
from app.errors import ConcurrentEditError, UserError
from app.models import Case, CaseParty, Referral
from app.models.enums import PartyRole, ReferralState, ReferralStatus, ReferralTarget
from app.services.cases import referrals
from app.services.cases.referrals import NewReferral
from app.services.core.timeutil import today_local
from tests.case_helpers import party_ids
from tests.factories import make_case

TODAY = today_local()
S = ReferralState


_numbers = itertools.count(1)


def _referral(db, staff, target=ReferralTarget.RVT, *, days_ago=20, drafted=False):
    n = next(_numbers)
    case_id = make_case(
        db, number=f"IGOR-2026-{n:04d}", victim=("Maria", f"Andersson{n}", None), suspect=None
    )
    party_id, _person = party_ids(db, case_id)[PartyRole.VICTIM]
    rid = referrals.add_referral(
        db,
        staff.social,
        NewReferral(case_id, party_id, target, TODAY - timedelta(days=days_ago), drafted=drafted),
    )
    return case_id, party_id, rid


def _version(db, rid) -> int:
    with db.read(system=True) as s:
        return s.get(Referral, rid).version


def _go(db, actor, rid, to, **kw):
    return referrals.advance_referral(db, actor, rid, to, version=_version(db, rid), **kw)


def test_a_referral_walks_its_states_with_days_and_who(db, staff):
    case_id, party_id, rid = _referral(db, staff, drafted=True)
    _go(db, staff.social, rid, S.SENT, on=TODAY - timedelta(days=15))
    _go(db, staff.police, rid, S.RECEIVED, on=TODAY - timedelta(days=12))
    _go(db, staff.social, rid, S.ACCEPTED, on=TODAY - timedelta(days=5))
    _go(db, staff.social, rid, S.STARTED, on=TODAY - timedelta(days=1))
    _go(db, staff.social, rid, S.COMPLETED)
    steps = referrals.referral_history(db, staff.police, rid)
    assert [(st.state, (TODAY - st.on).days, st.recorded_by) for st in steps] == [
        (S.DRAFTED, 20, "Sara Socionom"),
        (S.SENT, 15, "Sara Socionom"),
        (S.RECEIVED, 12, staff.police.full_name),
        (S.ACCEPTED, 5, "Sara Socionom"),
        (S.STARTED, 1, "Sara Socionom"),
        (S.COMPLETED, 0, "Sara Socionom"),
    ]
    _statuses, rows = referrals.referrals_for_case(db, staff.social, case_id)
    assert (rows[0].state, rows[0].state_on, rows[0].referred_on) == (
        S.COMPLETED,
        TODAY,
        TODAY - timedelta(days=15),  # the day it was sent
    )
    assert rows[0].allowed_next == frozenset()


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ((), S.STARTED),  # sent -> started: never accepted
        ((), S.COMPLETED),
        ((S.ACCEPTED,), S.DECLINED),
        ((S.WITHDRAWN,), S.SENT),  # withdrawn is final
        ((S.ACCEPTED, S.STARTED, S.COMPLETED), S.WITHDRAWN),
    ],
)
def test_illegal_transitions_are_refused(db, staff, path, illegal):
    _case_id, _party_id, rid = _referral(db, staff)
    for state in path:
        _go(db, staff.social, rid, state)
    before = _version(db, rid)
    with pytest.raises(UserError, match="kan inte bli"):
        _go(db, staff.social, rid, illegal)
    assert _version(db, rid) == before
    assert len(referrals.referral_history(db, staff.social, rid)) == 1 + len(path)


def test_declining_needs_a_reason_and_days_cannot_go_back_or_ahead(db, staff):
    _case_id, _party_id, rid = _referral(db, staff, days_ago=10)
    with pytest.raises(UserError, match="skäl"):
        _go(db, staff.social, rid, S.DECLINED)
    with pytest.raises(UserError, match="före förra steget"):
        _go(db, staff.social, rid, S.RECEIVED, on=TODAY - timedelta(days=11))
    with pytest.raises(UserError):
        _go(db, staff.social, rid, S.RECEIVED, on=TODAY + timedelta(days=1))
    _go(db, staff.social, rid, S.DECLINED, reason="Bor utanför stadsdelen")
    assert referrals.referral_history(db, staff.social, rid)[-1].reason == "Bor utanför stadsdelen"


def test_a_stale_state_change_is_refused(db, staff):
    _case_id, _party_id, rid = _referral(db, staff)
    version = _version(db, rid)
    referrals.advance_referral(db, staff.social, rid, S.RECEIVED, version=version)
    with pytest.raises(ConcurrentEditError):
        referrals.advance_referral(db, staff.police, rid, S.ACCEPTED, version=version)


def test_rvt_registration_and_rvc_start_follow_the_states(db, staff):
    _case_id, party_id, rvt = _referral(db, staff, ReferralTarget.RVT)
    with db.read(system=True) as s:
        assert s.get(CaseParty, party_id).rvt_status == ReferralStatus.NO
    _go(db, staff.social, rvt, S.RECEIVED)
    with db.read(system=True) as s:
        assert s.get(CaseParty, party_id).rvt_status == ReferralStatus.NO
    _go(db, staff.social, rvt, S.ACCEPTED)
    _case2, party2, rvc = _referral(db, staff, ReferralTarget.RVC)
    _go(db, staff.social, rvc, S.ACCEPTED)
    with db.read(system=True) as s:
        assert s.get(CaseParty, party_id).rvt_status == ReferralStatus.YES
        assert s.get(CaseParty, party2).rvc_status == ReferralStatus.NO  # accepted, not started
    _go(db, staff.social, rvc, S.STARTED)
    with db.read(system=True) as s:
        assert s.get(CaseParty, party2).rvc_status == ReferralStatus.YES


def test_overdue_answers_after_the_leads_number_of_days(db, staff):
    case_id, _party_id, old = _referral(db, staff, days_ago=20)
    _c2, _p2, fresh = _referral(db, staff, days_ago=3)
    _c3, _p3, answered = _referral(db, staff, days_ago=30)
    _go(db, staff.social, answered, S.DECLINED, reason="Nej")
    _c4, _p4, draft = _referral(db, staff, days_ago=40, drafted=True)
    overdue = referrals.overdue_referrals(db, staff.social, mine_only=False)
    assert [o.referral_id for o in overdue] == [old]
    assert overdue[0].days_waiting == 20
    referrals.set_answer_days(db, staff.lead, 2)
    assert [
        o.referral_id for o in referrals.overdue_referrals(db, staff.social, mine_only=False)
    ] == [
        old,
        fresh,
    ]
    with pytest.raises(Exception, match="gruppchef"):
        referrals.set_answer_days(db, staff.social, 5)
    assert referrals.overdue_referrals(db, staff.social) == []  # not assigned to those cases
    with db.write(system=True) as s:
        s.execute(
            update(Case).where(Case.id == case_id).values(assigned_social_id=staff.social.staff_id)
        )
    assert [o.referral_id for o in referrals.overdue_referrals(db, staff.social)] == [old]
    del draft


def test_existing_referrals_migrate_to_states_with_history(empty_db_url):
    db = open_database(empty_db_url)
    try:
        upgrade_database(db, "e3_consent_scope")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO case_file (id, case_number, status, source, area, opened_on, "
                    "has_children, investigation, contact_ban, custody, focus_person, version, "
                    "updated_at, created_at) VALUES (1, 'IGOR-2025-0007', 'open', 'binr', "
                    "'inside', '2025-03-01', false, 'none', 'none', 'none', false, 1, "
                    "'2025-03-01', '2025-03-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO person (id, protection, number_kind, version, updated_at) "
                    "VALUES (1, 'none', 'none', 1, '2025-03-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO case_party (id, case_id, person_id, role, reachable, rvt_status, "
                    "rvc_status, version, updated_at) VALUES (1, 1, 1, 'victim', true, 'yes', "
                    "'no', 1, '2025-03-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO referral (id, case_id, party_id, target, referred_on, outcome, "
                    "outcome_on, version, updated_at) VALUES "
                    "(1, 1, 1, 'rvt', '2025-03-02', 'Påbörjat', '2025-03-20', 1, '2025-03-20'),"
                    "(2, 1, 1, 'rvc', '2025-03-05', NULL, NULL, 1, '2025-03-05')"
                )
            )
        upgrade_database(db)
        with db.read(system=True) as s:
            rows = s.execute(
                select(Referral.id, Referral.state, Referral.state_on).order_by(Referral.id)
            ).all()
            assert [(i, ReferralState(st), str(on)) for i, st, on in rows] == [
                (1, S.COMPLETED, "2025-03-20"),
                (2, S.SENT, "2025-03-05"),
            ]
            steps = s.execute(
                text('SELECT referral_id, state, "on" FROM referral_step ORDER BY referral_id, id')
            ).all()
            assert [(r, st, str(on)) for r, st, on in steps] == [
                (1, "sent", "2025-03-02"),
                (1, "completed", "2025-03-20"),
                (2, "sent", "2025-03-05"),
            ]
            party = s.execute(text("SELECT rvt_status, rvc_status FROM case_party")).one()
            assert tuple(party) == ("yes", "no")  # the statistics' source is untouched
    finally:
        db.dispose()
