"""Consents to exchange between police and social services, and the disclosures made under them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import Agency, ConsentMethod

# The kinds of record a consent can cover, keyed by the agency-owned table; each is a boolean
# column `scope_<table>` on consent (the server's row policies use the same names).
SCOPE_TABLES = ("note", "contact", "risk_assessment", "letter")
# Agency-owned tables without a scope of their own and the scope that covers them: an action's
# title is journal content (issue 18).
SCOPE_OF = {**{t: t for t in SCOPE_TABLES}, "case_action": "note"}
# Direction: the column that must be true for a viewer of this agency (records flow TO it).
DIRECTION_FOR_VIEWER = {Agency.POLICE: "to_police", Agency.SOCIAL: "to_social"}


def _valid_from_default(context) -> date:
    return context.get_current_parameters()["given_on"]


class Consent(Versioned, Base):
    """A person's consent that one agency may read what the other has recorded about them.

    It says in which direction(s) (`to_police`: social services -> police; `to_social`: police
    -> social services), which kinds of record (`scope_<table>`; `recipients` names outside
    recipients letters may go to), and for which days (`valid_from`..`valid_until` inclusive,
    Stockholm dates; no end date only for consents recorded before scopes existed). It opens
    nothing outside those, nothing before or after, and nothing once withdrawn.
    """

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
    to_police: Mapped[bool] = mapped_column(Boolean, default=True)
    to_social: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_note: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_contact: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_risk_assessment: Mapped[bool] = mapped_column(Boolean, default=True)
    scope_letter: Mapped[bool] = mapped_column(Boolean, default=True)
    recipients: Mapped[str | None] = mapped_column(Text)  # named outside recipients, one a line
    valid_from: Mapped[date] = mapped_column(default=_valid_from_default)
    valid_until: Mapped[date | None]
    witness: Mapped[str | None] = mapped_column(String(200))  # a verbal consent's witness

    __table_args__ = (Index("ix_consent_person_active", "person_id", "withdrawn_at"),)

    @property
    def active(self) -> bool:
        """Not withdrawn (it may still lie outside its validity period: see `in_force`)."""
        return self.withdrawn_at is None

    def in_force(self, on: date) -> bool:
        return (
            self.withdrawn_at is None
            and self.valid_from <= on
            and (self.valid_until is None or on <= self.valid_until)
        )

    def covers(self, table: str) -> bool:
        return bool(getattr(self, f"scope_{table}"))

    def opens_to(self, agency: Agency) -> bool:
        return bool(getattr(self, DIRECTION_FOR_VIEWER[Agency(agency)]))


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
    # What of the consent allowed it: "<direction>:<kind>", e.g. "to_police:note" (NULL for
    # disclosures logged before consents had scopes).
    scope: Mapped[str | None] = mapped_column(String(60))
