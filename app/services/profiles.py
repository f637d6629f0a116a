"""Profiles: finding the staff member for the OS account, and the first administrator."""

from __future__ import annotations

from sqlalchemy import func, select

from app.database import Database
from app.errors import AccessDenied, UserError
from app.models import StaffMember
from app.models.enums import Agency
from app.services import audit
from app.services.actor import Actor, os_account


def has_any_staff(db: Database) -> bool:
    with db.read(system=True) as s:
        return s.execute(select(func.count(StaffMember.id))).scalar_one() > 0


def sign_in(db: Database, account: str | None = None) -> Actor:
    """The profile bound to this OS account. Raises AccessDenied if none or revoked."""
    account = account or os_account()
    with db.write(system=True) as s:
        staff = s.execute(
            select(StaffMember).where(StaffMember.os_account == account)
        ).scalar_one_or_none()
        if staff is None:
            raise AccessDenied(
                "Det finns ingen profil för datoranvändaren {account}. Be en gruppchef lägga "
                "upp dig och ge dig en registreringskod.",
                account=account,
            )
        if staff.revoked_at is not None:
            raise AccessDenied(
                "Profilen för {account} är spärrad. Kontakta gruppchefen.", account=account
            )
        actor = Actor.from_staff(staff, account=account)
        audit.record(s, actor, "sign_in", record_type="staff_member", record_id=staff.id)
        return actor


def create_first_admin(
    db: Database, full_name: str, agency: Agency, account: str | None = None
) -> Actor:
    """First start on an empty database: the OS user becomes the first administrator."""
    account = account or os_account()
    name = (full_name or "").strip()
    if not name:
        raise UserError("Fältet {field} är tomt.", field="namn")
    with db.write(system=True) as s:
        if s.execute(select(func.count(StaffMember.id))).scalar_one() > 0:
            raise AccessDenied("Databasen har redan profiler; be en gruppchef om en ny profil.")
        staff = StaffMember(
            os_account=account, full_name=name, agency=agency, is_admin=True, is_caseworker=True
        )
        s.add(staff)
        s.flush()
        actor = Actor.from_staff(staff, account=account)
        audit.record(
            s, actor, "first_admin_created", record_type="staff_member", record_id=staff.id
        )
        return actor
