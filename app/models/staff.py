"""Staff members (profiles) and their one-time enrollment codes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import Agency
from app.models.mixins import TeamOwned


class StaffMember(TeamOwned, Versioned, Base):
    __tablename__ = "staff_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The OS account that signs in as this profile; NULL until the person has enrolled.
    os_account: Mapped[str | None] = mapped_column(String(128), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[Agency] = enum_column(Agency, nullable=False)
    title: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    is_caseworker: Mapped[bool] = mapped_column(default=True)  # handläggare
    is_admin: Mapped[bool] = mapped_column(default=False)  # gruppchef / administratör
    is_analyst: Mapped[bool] = mapped_column(default=False)  # analytiker: statistics only
    # An analyst granted the figures of every team on the server (aggregates only).
    all_teams_stats: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    # PostgreSQL mode: this member's own login role (its password lives only in their keyring).
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]

    @property
    def active(self) -> bool:
        return self.revoked_at is None


class EnrollmentCode(Base):
    """A single-use code with which a new OS user claims a prepared profile (expires after 24 h).
    Only a hash of the code is stored."""

    __tablename__ = "enrollment_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
