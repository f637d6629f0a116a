"""The Excel import in PostgreSQL mode under row-level security, logged in as the staff members'
own database roles (not the superuser the other tests use)."""

from __future__ import annotations

from datetime import date

import psycopg
import pytest
from sqlalchemy import func, select

from app.database import open_database
from app.models import Contact
from app.models.enums import Agency
from app.services.excel.importer import import_workbook
from tests.excel_helpers import good_workbook, save
from tests.factories import make_staff
from tests.pg_login import login_url, make_login_role

TODAY = date(2026, 6, 1)


def _login(db, actor, *, admin: bool):
    role, password = make_login_role(db, actor.staff_id, actor.agency, admin=admin)
    db_as = open_database(login_url(db, role, password).render_as_string(hide_password=False))
    return db_as, role, password


def _owners(db) -> list[str]:
    with db.read(system=True) as s:
        return sorted(str(a) for a in s.execute(select(Contact.owner_agency)).scalars())


def test_lead_imports_both_agencies_through_rls_and_twice_adds_nothing(pg_db, tmp_path):
    staff = make_staff(pg_db)
    lead_db, _role, _pw = _login(pg_db, staff.lead, admin=True)
    try:
        path = save(good_workbook(), tmp_path / "blad.xlsx")
        result = import_workbook(lead_db, staff.lead, path, today=TODAY)
        assert result.contacts_added == 8
        assert _owners(pg_db) == ["police"] * 5 + ["social"] * 3
        # The conflicting social rows are invisible to the police lead; still nothing doubles.
        again = import_workbook(lead_db, staff.lead, path, today=TODAY)
        assert (again.contacts_added, again.contacts_existing) == (0, 8)
        trial = import_workbook(lead_db, staff.lead, path, today=TODAY, dry_run=True)
        assert trial.contacts_added == 0
        with pg_db.read(system=True) as s:
            assert s.execute(select(func.count()).select_from(Contact)).scalar_one() == 8
        # Row-level security still hides the social rows from the lead's own role.
        with lead_db.read(actor=staff.lead) as s:
            assert s.execute(select(Contact.owner_agency).distinct()).scalars().all() == [
                Agency.POLICE
            ]
    finally:
        lead_db.dispose()


def test_the_import_policy_admits_content_free_rows_of_admins_only(pg_db, tmp_path):
    staff = make_staff(pg_db)
    path = save(good_workbook(), tmp_path / "blad.xlsx")
    import_workbook(pg_db, staff.lead, path, today=TODAY)  # cases and parties to point at
    with pg_db.read(system=True) as s:
        case_id, party_id, person_id = s.execute(
            select(Contact.case_id, Contact.party_id, Contact.subject_person_id).limit(1)
        ).one()
    police_db, police_role, police_pw = _login(pg_db, staff.police, admin=False)
    police_db.dispose()
    lead_db, lead_role, lead_pw = _login(pg_db, staff.lead, admin=True)
    lead_db.dispose()
    u = pg_db.engine.url
    sql = (
        "INSERT INTO contact (case_id, party_id, occurred_at, channel, reached, "
        "talk_support_violence, talk_support_addiction, talk_police_report, talk_investigation, "
        "talk_safety_planning, talk_check_in, talk_risk_assessment, created_at, owner_agency, "
        "subject_person_id, version, updated_at, import_key, note) VALUES (%s, %s, now(), "
        "'phone', true, false, false, false, false, false, false, false, now(), 'social', %s, 1, "
        "now(), %s, %s)"
    )

    def attempt(role, pw, key, note):
        with psycopg.connect(
            host=u.host, port=u.port, dbname=u.database, user=role, password=pw, autocommit=True
        ) as conn:
            conn.execute(sql, (case_id, party_id, person_id, key, note))

    # A police caseworker may not write a social-services row, import key or not.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        attempt(police_role, police_pw, "x1:test:1", None)
    # The lead may, but only content-free and marked as imported.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        attempt(lead_role, lead_pw, "x1:test:2", "en anteckning")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        attempt(lead_role, lead_pw, None, None)
    attempt(lead_role, lead_pw, "x1:test:3", None)
