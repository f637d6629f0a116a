"""Staff administration and enrollment with one-time codes, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from app import keystore
from app.database import open_database
from app.errors import AccessDenied, NotEnrolledError, UserError
from app.models import AuditEntry, EnrollmentCode
from app.models.enums import Agency
from app.services.admin import profiles


def _url(db) -> str:
    if db.target.path is not None:
        return str(db.target.path)
    return db.engine.url.render_as_string(hide_password=False)


def _staff_url(db) -> str:
    """The server URL a workstation keeps: no user, no password (those are in the keyring)."""
    if db.target.path is not None:
        return str(db.target.path)
    from sqlalchemy.engine import URL

    u = db.engine.url
    return URL.create(
        u.drivername, host=u.host, port=u.port, database=u.database
    ).render_as_string()


def _other_os_user(memory_keyring, monkeypatch, name="nyanstalld"):
    """Switch to a different OS user: their keyring starts empty."""
    memory_keyring.store.clear()
    monkeypatch.setenv("IGOR_OS_USER", name)


def test_only_admins_administer_staff(db, staff):
    with pytest.raises(AccessDenied):
        profiles.add_staff(db, staff.police, "Ny Person", Agency.POLICE)
    with pytest.raises(AccessDenied):
        profiles.list_staff(db, staff.social)
    with pytest.raises(UserError):
        profiles.add_staff(db, staff.lead, "  ", Agency.POLICE)
    row = profiles.add_staff(db, staff.lead, "Ny Socionom", Agency.SOCIAL)
    assert not row.enrolled and row.agency is Agency.SOCIAL
    assert "Ny Socionom" in [r.full_name for r in profiles.list_staff(db, staff.lead)]


def test_enrollment_binds_the_os_account_once(db, staff, memory_keyring, monkeypatch):
    row = profiles.add_staff(db, staff.lead, "Ny Socionom", Agency.SOCIAL)
    ticket = profiles.create_enrollment_code(db, staff.lead, row.id)
    assert ticket.expires_at - datetime.now(UTC) > timedelta(hours=23)
    with db.read(system=True) as s:  # only a hash is stored
        stored = s.execute(select(EnrollmentCode.code_hash)).scalars().all()
        assert ticket.code not in stored and profiles.code_hash(ticket.code) in stored
    url = _staff_url(db)
    _other_os_user(memory_keyring, monkeypatch)
    with pytest.raises(NotEnrolledError):
        open_database(url).dispose()
    with pytest.raises(AccessDenied):
        profiles.enroll(url, "AAAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    actor = profiles.enroll(url, ticket.code.lower().replace("-", " "))
    assert actor.staff_id == row.id and actor.agency is Agency.SOCIAL
    assert memory_keyring.store  # the secret is now in this user's keyring
    new_db = open_database(url)  # with the keyring only
    try:
        signed_in = profiles.sign_in(new_db)
        assert signed_in.staff_id == row.id and signed_in.os_account == "nyanstalld"
    finally:
        new_db.dispose()
    # Single use: the same code never works again, not even for another OS user.
    _other_os_user(memory_keyring, monkeypatch, "tredje")
    with pytest.raises(AccessDenied):
        profiles.enroll(url, ticket.code)
    with db.read(system=True) as s:
        actions = s.execute(select(AuditEntry.action)).scalars().all()
    assert {"staff_added", "enrollment_code_created", "enrolled", "sign_in"} <= set(actions)


def test_expired_code_is_refused(db, staff, memory_keyring, monkeypatch):
    row = profiles.add_staff(db, staff.lead, "Ny Polis", Agency.POLICE)
    ticket = profiles.create_enrollment_code(db, staff.lead, row.id)
    with db.write(system=True) as s:
        s.execute(
            update(EnrollmentCode).values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    _other_os_user(memory_keyring, monkeypatch)
    with pytest.raises(AccessDenied, match="gått ut"):
        profiles.enroll(_staff_url(db), ticket.code)
    assert not memory_keyring.store


def test_a_new_code_cancels_the_old_one(db, staff, memory_keyring, monkeypatch):
    row = profiles.add_staff(db, staff.lead, "Ny Polis", Agency.POLICE)
    first = profiles.create_enrollment_code(db, staff.lead, row.id)
    second = profiles.create_enrollment_code(db, staff.lead, row.id)
    _other_os_user(memory_keyring, monkeypatch)
    with pytest.raises(AccessDenied):
        profiles.enroll(_staff_url(db), first.code)
    assert profiles.enroll(_staff_url(db), second.code).staff_id == row.id


def test_revoked_profile_cannot_sign_in_or_enroll(db, staff, memory_keyring, monkeypatch):
    row = profiles.add_staff(db, staff.lead, "Ny Polis", Agency.POLICE)
    ticket = profiles.create_enrollment_code(db, staff.lead, row.id)
    profiles.revoke_staff(db, staff.lead, staff.police.staff_id)
    with pytest.raises(AccessDenied, match="spärrad"):
        profiles.sign_in(db, "polis1")
    profiles.revoke_staff(db, staff.lead, row.id)
    _other_os_user(memory_keyring, monkeypatch)
    with pytest.raises(AccessDenied):
        profiles.enroll(_staff_url(db), ticket.code)
    with pytest.raises(UserError):
        profiles.revoke_staff(db, staff.lead, staff.lead.staff_id)


def test_local_envelope_cannot_be_edited_to_extend_it(db, staff, memory_keyring, monkeypatch):
    if db.target.path is None:
        pytest.skip("the envelope file exists only in local mode")
    import json

    from app.services.admin import enrollment_envelope

    row = profiles.add_staff(db, staff.lead, "Ny Polis", Agency.POLICE)
    ticket = profiles.create_enrollment_code(db, staff.lead, row.id)
    folder = enrollment_envelope.envelope_dir(db.target.path)
    (path,) = folder.glob("*.json")
    assert keystore.get_database_key(db.target.path) not in path.read_text()
    body = json.loads(path.read_text())
    body["expires_at"] = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    path.write_text(json.dumps(body))
    _other_os_user(memory_keyring, monkeypatch)
    with pytest.raises(AccessDenied):
        profiles.enroll(str(db.target.path), ticket.code)


def test_server_url_keeps_tls_settings_and_checks_them(tmp_path):
    from app.database import parse_database_url
    from app.errors import DatabaseOpenError

    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    t = parse_database_url(f"postgresql://db.example/igor?sslmode=verify-full&sslrootcert={ca}")
    assert t.url.query["sslmode"] == "verify-full" and t.url.query["sslrootcert"] == str(ca)
    with pytest.raises(DatabaseOpenError, match="sslmode"):
        parse_database_url("postgresql://db.example/igor?sslmode=verify-ful")
    with pytest.raises(DatabaseOpenError, match="sslrootcert"):
        parse_database_url(f"postgresql://db.example/igor?sslrootcert={tmp_path}/none.pem")
