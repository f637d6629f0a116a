"""Consents to exchange between police and social services, and the disclosures made under them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import Agency, ConsentMethod


class Consent(Versioned, Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"))
    given_on: Mapped[date]
    method: Mapped[ConsentMethod] = enum_column(ConsentMethod)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)
    # Withdrawal takes effect at once: a consent is active while withdrawn_at is NULL.
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))

    __table_args__ = (Index("ix_consent_person_active", "person_id", "withdrawn_at"),)

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


class Disclosure(Base):
    """One cross-agency disclosure (a view, a letter, an export) and the consent that allowed it."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    viewer_agency: Mapped[Agency] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))  # view / letter / export
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int]
