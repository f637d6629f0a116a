"""Secure transports (säkra transporter) and their crews."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, SmallInteger, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import TransportPurpose, TransportStatus
from app.models.protected import ProtectedString, ProtectedText
from app.models.staff import StaffMember

if TYPE_CHECKING:
    from app.models.case import Case

transport_crew = Table(
    "transport_crew",
    Base.metadata,
    Column("transport_id", ForeignKey("transport.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff_member.id"), primary_key=True, index=True),
)


class Transport(Versioned, Base):
    __tablename__ = "transport"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[TransportPurpose] = enum_column(TransportPurpose)
    with_victim: Mapped[bool] = mapped_column(default=True)
    children_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    pets: Mapped[str | None] = mapped_column(String(200))
    pickup: Mapped[str] = mapped_column(ProtectedString(300))
    pickup_is_suspect_address: Mapped[bool] = mapped_column(default=False)
    destination: Mapped[str] = mapped_column(ProtectedString(300))
    earliest_at: Mapped[datetime]
    latest_at: Mapped[datetime]
    planned_start: Mapped[datetime | None] = mapped_column(index=True)
    estimated_minutes: Mapped[int] = mapped_column(default=60)
    buffer_minutes: Mapped[int] = mapped_column(default=15)
    contact_phone: Mapped[str | None] = mapped_column(ProtectedString(40))
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("resource.id"), index=True)
    status: Mapped[TransportStatus] = enum_column(
        TransportStatus, default=TransportStatus.REQUESTED, index=True
    )
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    safety_notes: Mapped[str | None] = mapped_column(Text)
    safety_assessment_id: Mapped[int | None] = mapped_column(ForeignKey("risk_assessment.id"))
    notes: Mapped[str | None] = mapped_column(ProtectedText())
    # The answer given when the victim/suspect meeting warning was overridden (as on events).
    risk_override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    crew: Mapped[list[StaffMember]] = relationship(secondary=transport_crew)
    case: Mapped[Case] = relationship()

    __table_args__ = (Index("ix_transport_window", "earliest_at", "latest_at"),)
