"""Row-level security in PostgreSQL mode: even a raw psql-style login as a police role cannot
read social-services records without consent, and cannot change the audit trail."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import update

from app.models import StaffMember
from app.models.enums import Agency
from app.services.admin import pg_roles
from tests.factories import make_staff
from tests.pg_login import make_login_role
from tests.secrecy_helpers import SECRET, build_world, give_consent, withdraw_consent


def _login_role(db, actor, agency: Agency) -> tuple[str, str]:
    return make_login_role(db, actor.staff_id, agency)


def _connect(db, role, password) -> psycopg.Connection:
    u = db.engine.url
    return psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    )


def _texts(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT text FROM note")}


def test_police_role_sees_social_notes_only_under_consent(pg_db):
    staff = make_staff(pg_db)
    w = build_world(pg_db, staff.police, staff.social)
    role, pw = _login_role(pg_db, staff.police, Agency.POLICE)
    with _connect(pg_db, role, pw) as conn:
        assert _texts(conn) == {"polisens anteckning"}
        assert (
            conn.execute("SELECT count(*) FROM contact WHERE note = %s", (SECRET,)).fetchone()[0]
            == 0
        )
        assert conn.execute("SELECT count(*) FROM risk_assessment").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM letter").fetchone()[0] == 0
        # A session setting cannot pretend to be the other agency.
        conn.execute("SET application_name = 'social'")
        assert SECRET not in _texts(conn)
        consent = give_consent(pg_db, w.victim_id, staff.social)
        assert _texts(conn) == {"polisens anteckning", SECRET}
        assert conn.execute("SELECT count(*) FROM letter").fetchone()[0] == 1
        # Consent lets read, never change.
        cur = conn.execute("UPDATE note SET text = 'x' WHERE id = %s", (w.social_note,))
        assert cur.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO note (case_id, owner_agency, subject_person_id, text, "
                "version, updated_at, created_at) VALUES (%s, 'social', %s, 'f', 1, "
                "now(), now())",
                (w.case_id, w.victim_id),
            )
        withdraw_consent(pg_db, consent)
        assert _texts(conn) == {"polisens anteckning"}


def test_audit_trail_is_insert_only_for_staff_roles(pg_db):
    staff = make_staff(pg_db)
    build_world(pg_db, staff.police, staff.social)
    from app.services.core import audit

    with pg_db.write(actor=staff.police) as s:
        audit.record(s, staff.police, "sign_in")
    role, pw = _login_role(pg_db, staff.police, Agency.POLICE)
    with _connect(pg_db, role, pw) as conn:
        assert conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0] == 1
        for sql in (
            "UPDATE audit_entry SET action = 'x'",
            "DELETE FROM audit_entry",
            "TRUNCATE audit_entry",
            "UPDATE staff_member SET is_admin = true",
            "UPDATE staff_member SET revoked_at = NULL",
            "DELETE FROM disclosure",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)


def test_revoked_role_sees_nothing_and_cannot_log_in_again(pg_db):
    staff = make_staff(pg_db)
    build_world(pg_db, staff.police, staff.social)
    role, pw = _login_role(pg_db, staff.police, Agency.POLICE)
    with _connect(pg_db, role, pw) as conn:
        assert _texts(conn) == {"polisens anteckning"}
        with pg_db.write(system=True) as s:
            s.execute(
                update(StaffMember)
                .where(StaffMember.id == staff.police.staff_id)
                .values(revoked_at=pg_roles_now())
            )
        assert _texts(conn) == set()
    with pg_db.write(system=True) as s:
        pg_roles.disable_role(s, role)
    with pytest.raises(psycopg.OperationalError):
        _connect(pg_db, role, pw)


def pg_roles_now():
    from sqlalchemy import func

    return func.now()
