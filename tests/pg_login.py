"""Real PostgreSQL login roles for staff members, for the tests that check row-level security
from the server's side (what a staff role's own connection may read and write)."""

from __future__ import annotations

import secrets

from sqlalchemy import update
from sqlalchemy.engine import URL

from app.database import Database, open_database
from app.models import StaffMember
from app.models.enums import Agency
from app.services.admin import pg_roles


def make_login_role(
    db: Database, staff_id: int, agency: Agency, *, admin: bool = False
) -> tuple[str, str]:
    """Create a login role for the staff member (as provisioning does) and bind it; returns the
    role name and its password."""
    role = pg_roles.new_role_name(secrets.token_hex(4))
    password = secrets.token_urlsafe(16)
    with db.write(system=True) as s:
        member = s.get(StaffMember, staff_id)
        pg_roles.create_role(
            s, role, agency, admin=admin, analyst_only=pg_roles.is_analyst_only(member)
        )
        s.execute(update(StaffMember).where(StaffMember.id == staff_id).values(db_role=role))
        s.connection().exec_driver_sql(f"ALTER ROLE {role} LOGIN PASSWORD '{password}'")
    return role, password


def login_url(db: Database, role: str, password: str) -> URL:
    return db.engine.url.set(username=role, password=password)


def open_as(db: Database, staff_id: int, agency: Agency, *, admin: bool = False) -> Database:
    """The same database opened through the staff member's own login role."""
    role, password = make_login_role(db, staff_id, agency, admin=admin)
    return open_database(login_url(db, role, password).render_as_string(hide_password=False))
