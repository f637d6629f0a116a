"""PostgreSQL mode: one login role per staff member, in a group role per agency.

The password of a staff role lives only in that person's OS keyring. Enrollment gives the role a
password derived from the one-time code, valid for 24 hours; the enrolling program then replaces
it at once with a fresh random password (sent as a SCRAM verifier, so the plain password never
reaches the server or its logs) and a SECURITY DEFINER function marks the code used and lifts the
expiry. Revoking sets NOLOGIN and ends the role's sessions.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models.enums import Agency

GROUP_ROLES = {Agency.POLICE: "igor_police", Agency.SOCIAL: "igor_social"}
ADMIN_GROUP = "igor_admins"
# Analysts (no case work, no administration): numbers only, no personal data (d4_analyst_role).
ANALYST_GROUP = "igor_analysts"
_ROLE_RE = re.compile(r"^igor_[a-z0-9]{6,20}$")


def new_role_name(tag: str) -> str:
    name = f"igor_{tag}"
    if not _ROLE_RE.match(name):
        raise ValueError("bad role tag")
    return name


def _ident(session: Session, name: str) -> str:
    if not _ROLE_RE.match(name) and name not in all_groups():
        raise ValueError("refusing unexpected role name")
    return session.connection().dialect.identifier_preparer.quote_identifier(name)


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores (RFC 5802/7677), computed on the client."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}$"
        f"{b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def enrollment_password(code: str) -> str:
    """The temporary password a role gets for enrollment, derived from the code."""
    return "e" + hashlib.sha256(("igor-enroll:" + code).encode()).hexdigest()


def _ddl(session: Session, sql: str) -> None:
    """Role DDL cannot take bind parameters; names are checked identifiers, values literals."""
    session.connection().exec_driver_sql(sql)


def _literal(value: str) -> str:
    # Only our own hex/base64 verifier strings reach here; still escape quotes properly.
    return "'" + value.replace("'", "''") + "'"


def is_analyst_only(member) -> bool:
    """A staff member who only reads statistics (their role joins igor_analysts)."""
    return bool(member.is_analyst and not member.is_caseworker and not member.is_admin)


def expected_groups(agency: Agency, *, admin: bool, analyst_only: bool) -> frozenset[str]:
    """The group roles a staff login is a member of (create_role grants exactly these;
    `igor-desk server check` compares every staff login with them)."""
    if analyst_only:
        return frozenset({ANALYST_GROUP})
    return frozenset({GROUP_ROLES[Agency(agency)], *([ADMIN_GROUP] if admin else [])})


def all_groups() -> tuple[str, ...]:
    return (*GROUP_ROLES.values(), ADMIN_GROUP, ANALYST_GROUP)


def create_role(
    session: Session, role: str, agency: Agency, *, admin: bool, analyst_only: bool = False
) -> None:
    """Create (or re-enable) the staff role without a usable password, in its agency group (an
    analyst's in igor_analysts only: statistics, no personal data)."""
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    r = _ident(session, role)
    if not exists:
        _ddl(session, f"CREATE ROLE {r} NOLOGIN")
    groups = expected_groups(agency, admin=admin, analyst_only=analyst_only)
    if analyst_only:
        for group in GROUP_ROLES.values():
            _ddl(session, f"REVOKE {_ident(session, group)} FROM {r}")
    for group in sorted(groups):
        _ddl(session, f"GRANT {_ident(session, group)} TO {r}")


def open_enrollment(session: Session, role: str, code: str) -> None:
    """Let the role log in with the code-derived password for 24 hours."""
    verifier = scram_verifier(enrollment_password(code))
    _ddl(
        session,
        f"ALTER ROLE {_ident(session, role)} LOGIN PASSWORD {_literal(verifier)} "
        f"VALID UNTIL {_literal(_valid_until(session))}",
    )


def set_login(session: Session, role: str, password: str, *, createrole: bool = False) -> None:
    """Let the role log in with this password (sent as a SCRAM verifier, so the plain password
    never reaches the server's logs). `createrole`: an administrator's login, which creates
    its colleagues' login roles (`igor-desk server init` for the first administrator)."""
    extra = " CREATEROLE" if createrole else ""
    _ddl(
        session,
        f"ALTER ROLE {_ident(session, role)} LOGIN{extra} "
        f"PASSWORD {_literal(scram_verifier(password))}",
    )


def allow_create_roles(session: Session, role: str) -> None:
    """An administrator's login creates its colleagues' login roles (CREATEROLE)."""
    _ddl(session, f"ALTER ROLE {_ident(session, role)} CREATEROLE")


def _valid_until(session: Session) -> str:
    return session.execute(text("SELECT (now() + interval '24 hours')::text")).scalar_one()


def rotate_own_password(session: Session, role: str) -> str:
    """Run as the role itself: replace its password by a fresh random one; returns it."""
    password = secrets.token_urlsafe(32)
    _ddl(
        session, f"ALTER ROLE {_ident(session, role)} PASSWORD {_literal(scram_verifier(password))}"
    )
    return password


def disable_role(session: Session, role: str) -> None:
    """Revoke: no new logins, and end the sessions it has open now.

    Through igor_revoke_login (migration d1_server_boundary): it runs with the database owner's
    rights (pg_signal_backend), so an administrator's own login can end a colleague's sessions;
    it checks that the caller is an administrator and the role a staff login."""
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if not exists:
        return
    _ident(session, role)
    session.execute(text("SELECT igor_revoke_login(:r)"), {"r": role})


def drop_role(session: Session, role: str) -> None:
    disable_role(session, role)
    _ddl(session, f"DROP ROLE IF EXISTS {_ident(session, role)}")
