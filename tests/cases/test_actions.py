"""Actions with owners and deadlines (bevakning, issue 18 part 3): owned by the agency that made
them, read by the other only under a consent covering journal notes in its direction (program
and server), changed only by their own agency; templates, rule-created actions, the counts in
the case list and the start page's list."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import update

from app.errors import AccessDenied, ConcurrentEditError, UserError, ValidationError
from app.models import Case, CaseAction, Consent, RiskAssessment
from app.models.enums import Agency, ConsentMethod, Instrument, PartyRole, RiskLevel
from app.services.cases import actions, case_list, consents
from app.services.cases.actions import NewAction
from app.services.core.timeutil import today_local
from tests.case_helpers import party_ids
from tests.factories import make_case, make_staff
from tests.pg_login import make_login_role, open_as

TODAY = today_local()
TITLE = "Kontrollera skyddat boende (HEMLIGT)"


def _consent(db, case_id, **values) -> int:
    victim = party_ids(db, case_id)[PartyRole.VICTIM][1]
    with db.write(system=True) as s:
        c = Consent(
            person_id=victim,
            given_on=TODAY - timedelta(days=5),
            method=ConsentMethod.SIGNED,
            **values,
        )
        s.add(c)
        s.flush()
        return c.id


@pytest.fixture
def case_id(db, staff):
    cid = make_case(db)
    with db.write(system=True) as s:
        s.execute(
            update(Case)
            .where(Case.id == cid)
            .values(
                assigned_social_id=staff.social.staff_id,
                assigned_police_id=staff.police.staff_id,
            )
        )
    return cid


def _add(db, actor, case_id, days=-2, title=TITLE, **kw):
    return actions.add_action(
        db, actor, NewAction(case_id, title, TODAY + timedelta(days=days), **kw)
    )


def test_an_action_is_hidden_from_the_other_agency_without_consent(db, staff, case_id):
    _add(db, staff.social, case_id)
    mine = actions.actions_for_case(db, staff.social, case_id)
    assert [r.title for r in mine.rows] == [TITLE] and mine.rows[0].overdue
    theirs = actions.actions_for_case(db, staff.police, case_id)
    assert theirs.rows == [] and theirs.hidden_other_agency == 1
    assert TITLE not in repr(theirs)


@pytest.mark.parametrize(
    ("values", "visible"),
    [
        ({}, True),
        ({"scope_note": False}, False),  # actions ride on the journal-notes scope
        ({"to_police": False}, False),  # police -> social services only
        ({"valid_until": TODAY - timedelta(days=1)}, False),
        ({"valid_from": TODAY + timedelta(days=1)}, False),
    ],
    ids=["in force", "out of scope", "other direction", "expired", "not yet"],
)
def test_the_other_agency_sees_an_action_only_under_consent(db, staff, case_id, values, visible):
    _add(db, staff.social, case_id)
    _consent(db, case_id, **values)
    rows = actions.actions_for_case(db, staff.police, case_id).rows
    assert bool(rows) is visible
    if rows:
        assert not rows[0].editable


def test_only_the_owning_agency_marks_it_done(db, staff, case_id):
    aid = _add(db, staff.social, case_id)
    _consent(db, case_id)
    with pytest.raises((AccessDenied, UserError)):
        actions.mark_done(db, staff.police, aid, version=1)
    v = actions.mark_done(db, staff.social, aid, version=1)
    row = actions.actions_for_case(db, staff.social, case_id).rows[0]
    assert row.done_on == TODAY and row.done_by == "Sara Socionom" and row.version == v
    with pytest.raises(ConcurrentEditError):
        actions.mark_done(db, staff.social, aid, version=1)


def test_bad_input_names_the_field(db, staff, case_id):
    with pytest.raises(ValidationError, match="rubrik"):
        _add(db, staff.social, case_id, title="  ")
    with pytest.raises(ValidationError, match="mall"):
        _add(db, staff.social, case_id, template="nonsense")


def test_my_day_lists_my_overdue_and_todays_actions_and_expiring_consents(db, staff, case_id):
    late = _add(db, staff.social, case_id, days=-3, title="Ring tillbaka")
    today = _add(db, staff.social, case_id, days=0, title="Förnya kontaktförbud")
    _add(db, staff.social, case_id, days=4, title="Senare")
    _add(db, staff.police, case_id, days=-1, title="Polisens")
    _add(db, staff.social, case_id, days=-1, title="Kollegans", owner_id=staff.police.staff_id)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][1]
    consents.record_consent(
        db,
        staff.social,
        consents.NewConsent(
            victim,
            TODAY,
            ConsentMethod.SIGNED,
            case_id=case_id,
            valid_until=TODAY + timedelta(days=7),
        ),
    )
    day = actions.my_day(db, staff.social)
    assert [a.id for a in day.overdue] == [late] and [a.id for a in day.today] == [today]
    assert [c.days_left for c in day.expiring_consents] == [7]


def test_the_case_list_counts_the_actions_this_actor_may_read(db, staff, case_id):
    _add(db, staff.social, case_id, days=-2)
    _add(db, staff.social, case_id, days=3)
    done = _add(db, staff.social, case_id, days=1)
    actions.mark_done(db, staff.social, done, version=1)
    row = case_list.get_case_row(db, staff.social, case_id)
    assert (row.open_actions, row.overdue_actions) == (2, 1)
    police_row = case_list.get_case_row(db, staff.police, case_id)
    assert (police_row.open_actions, police_row.overdue_actions) == (0, 0)
    page = case_list.list_cases(db, staff.social)
    assert [(r.open_actions, r.overdue_actions) for r in page.rows] == [(2, 1)]


def test_rules_create_their_actions_once(db, staff, case_id):
    with db.write(system=True) as s:
        party = party_ids(db, case_id)[PartyRole.VICTIM]
        s.add(
            RiskAssessment(
                case_id=case_id,
                party_id=party[0],
                owner_agency=Agency.SOCIAL,
                subject_person_id=party[1],
                instrument=Instrument.FREDA_DANGER,
                assessed_on=TODAY - timedelta(days=30),
                level=RiskLevel.HIGH,
                reassess_on=TODAY + timedelta(days=2),
            )
        )
        s.execute(
            update(Case)
            .where(Case.id == case_id)
            .values(
                contact_ban_from=TODAY - timedelta(days=80),
                contact_ban_to=TODAY + timedelta(days=10),
            )
        )
    made = actions.ensure_rule_actions(db, staff.social, case_id)
    assert len(made) == 2
    assert actions.ensure_rule_actions(db, staff.social, case_id) == []  # once
    rows = actions.actions_for_case(db, staff.social, case_id).rows
    assert sorted(r.rule.split(":")[0] for r in rows) == ["contact_ban_end", "reassessment"]
    assert {r.owner_id for r in rows} == {staff.social.staff_id}  # the assigned social worker
    # the police get their own contact-ban action; the social services' assessment is not theirs
    police_made = actions.ensure_rule_actions(db, staff.police, case_id)
    assert len(police_made) == 1


# --- on the server, as real login roles ------------------------------------------------------


def test_the_server_hides_actions_without_consent_and_refuses_the_other_agencys_writes(pg_db):
    staff = make_staff(pg_db)
    cid = make_case(pg_db)
    social_db = open_as(pg_db, staff.social.staff_id, Agency.SOCIAL)
    try:
        aid = actions.add_action(
            social_db, staff.social, NewAction(cid, TITLE, TODAY + timedelta(days=1))
        )
    finally:
        social_db.dispose()
    role, password = make_login_role(pg_db, staff.police.staff_id, Agency.POLICE)
    u = pg_db.engine.url

    def police_sql(sql, *args):
        with psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=role,
            password=password,
            autocommit=True,
        ) as conn:
            cur = conn.execute(sql, args)
            return cur.fetchall() if cur.description else cur.rowcount

    assert police_sql("SELECT title FROM case_action") == []
    assert police_sql("UPDATE case_action SET done_on = current_date") == 0
    assert police_sql("DELETE FROM case_action") == 0
    with pytest.raises(psycopg.Error):
        police_sql(
            "INSERT INTO case_action (case_id, title, due_on, owner_agency, version, updated_at,"
            " created_at) VALUES (%s, 'x', current_date, 'social', 1, now(), now())",
            cid,
        )
    with pytest.raises(psycopg.Error):
        police_sql("TRUNCATE case_action")
    _consent(pg_db, cid, scope_note=False)
    assert police_sql("SELECT title FROM case_action") == []  # out of scope
    _consent(pg_db, cid)
    assert police_sql("SELECT title FROM case_action") == [(TITLE,)]
    assert police_sql("UPDATE case_action SET title = 'x'") == 0  # read, never change
    analyst_role, analyst_pw = make_login_role(pg_db, staff.analyst.staff_id, Agency.SOCIAL)
    with (
        psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=analyst_role,
            password=analyst_pw,
            autocommit=True,
        ) as conn,
        pytest.raises(psycopg.Error),
    ):
        conn.execute("SELECT title FROM case_action").fetchall()
    with pg_db.read(system=True) as s:
        assert s.get(CaseAction, aid).title == TITLE
