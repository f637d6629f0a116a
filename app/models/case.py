"""The case (ärende): one relationship, its parties, children, legal status and outcome."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import (
    Area,
    CaseSource,
    CaseStatus,
    ContactBan,
    Custody,
    Investigation,
    PartyRole,
    Protection,
    ReferralStatus,
    Relation,
)
from app.models.mixins import TeamOwned
from app.models.person import Person


class Case(TeamOwned, Versioned, Base):
    __tablename__ = "case_file"  # "case" is a reserved word in SQL
    # The case list's first pages: newest first within a status / an assigned person.
    __table_args__ = (
        Index("ix_case_file_status_opened", "status", "opened_on", "id"),
        Index("ix_case_file_police_opened", "assigned_police_id", "opened_on", "id"),
        Index("ix_case_file_social_opened", "assigned_social_id", "opened_on", "id"),
        Index("ix_case_file_team_opened", "team_id", "opened_on", "id"),  # e2_teams
        # One case per reference as the import compares them (migration d5_case_ref_key).
        Index("ux_case_file_external_ref_key", "external_ref_key", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)  # IGOR-2026-0001
    # The team's own reference from an imported Excel sheet (makes re-imports idempotent).
    external_ref: Mapped[str | None] = mapped_column(String(100), unique=True)
    # external_ref as the import compares it (app.services.excel.sheet.norm: Unicode NFC, runs of
    # white space as one space, stripped, casefolded); unique, so "RACE-1" and "race-1 " can never
    # be two cases, however they arrive.
    external_ref_key: Mapped[str | None] = mapped_column(String(400))  # casefold may grow it
    status: Mapped[CaseStatus] = enum_column(CaseStatus, default=CaseStatus.OPEN, index=True)
    source: Mapped[CaseSource] = enum_column(CaseSource, index=True)
    area: Mapped[Area] = enum_column(Area, default=Area.INSIDE, index=True)
    district: Mapped[str | None] = mapped_column(String(100))  # own district when outside
    opened_on: Mapped[date] = mapped_column(index=True)
    closed_on: Mapped[date | None] = mapped_column(index=True)
    incident_date: Mapped[date | None]
    has_children: Mapped[bool] = mapped_column(default=False, index=True)

    investigation: Mapped[Investigation] = enum_column(Investigation, default=Investigation.NONE)
    contact_ban: Mapped[ContactBan] = enum_column(ContactBan, default=ContactBan.NONE)
    contact_ban_from: Mapped[date | None]
    contact_ban_to: Mapped[date | None]
    custody: Mapped[Custody] = enum_column(Custody, default=Custody.NONE)
    custody_since: Mapped[datetime | None]
    custody_until: Mapped[datetime | None]
    focus_person: Mapped[bool] = mapped_column(default=False, index=True)

    assigned_police_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id"), index=True
    )
    assigned_social_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id"), index=True
    )

    # Outcome, asked for on closing (RRI-style figures).
    violence_stopped: Mapped[bool | None]
    follow_up_on: Mapped[date | None]
    referred_on_to: Mapped[str | None] = mapped_column(String(200))
    reopen_reason: Mapped[str | None] = mapped_column(Text)

    # Denormalised for the case list ("days since last contact"); kept by the contact service.
    last_contact_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.role"
    )
    children: Mapped[list[Child]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Child.id"
    )
    police_reports: Mapped[list[PoliceReport]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="PoliceReport.id"
    )

    def party(self, role: PartyRole) -> CaseParty | None:
        return next((p for p in self.parties if p.role == role), None)


class CaseParty(Versioned, Base):
    """A person's part in a case. One victim and at most one suspect per case. Versioned: the
    Lotsning tab changes its RVT/RVC status on its own, checked against the version loaded."""

    __tablename__ = "case_party"
    __table_args__ = (
        UniqueConstraint("case_id", "role", name="uq_case_party_case_role"),
        Index("ix_case_party_person_case", "person_id", "case_id"),  # search: person → cases
        # statistics: the parties per person and role (migration b9_stats_perf)
        Index(
            "ix_case_party_stats_person", "person_id", "role", "case_id", "rvt_status", "rvc_status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))  # ix_case_party_person_case
    role: Mapped[PartyRole] = enum_column(PartyRole)
    relation: Mapped[Relation | None] = enum_column(Relation, nullable=True)
    cohabiting: Mapped[bool | None]
    reachable: Mapped[bool] = mapped_column(default=True)
    # The contact rule: the victim must have been offered support and protection.
    support_offered_on: Mapped[date | None]
    rvt_status: Mapped[ReferralStatus] = enum_column(ReferralStatus, default=ReferralStatus.NO)
    rvc_status: Mapped[ReferralStatus] = enum_column(ReferralStatus, default=ReferralStatus.NO)

    case: Mapped[Case] = relationship(back_populates="parties")
    person: Mapped[Person] = relationship()


class Child(Base):
    __tablename__ = "child"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    birth_year: Mapped[int | None] = mapped_column(SmallInteger)
    personal_number: Mapped[str | None] = mapped_column(String(20))
    protection: Mapped[Protection] = enum_column(Protection, default=Protection.NONE)

    case: Mapped[Case] = relationship(back_populates="children")


class PoliceReport(Base):
    __tablename__ = "police_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    report_number: Mapped[str] = mapped_column(String(30), index=True)  # 5000-K123456-25
    reported_on: Mapped[date | None]

    case: Mapped[Case] = relationship(back_populates="police_reports")


class CaseNumberCounter(Base):
    """The last serial number used per year, so IGOR-YYYY-NNNN numbers are allocated without
    gaps or duplicates even when two workstations open cases at the same moment."""

    __tablename__ = "case_number_counter"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_serial: Mapped[int] = mapped_column(default=0)
