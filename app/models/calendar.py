"""Calendar events, the bookable resources (talk rooms, vehicles) and who takes part."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import EventKind, ResourceKind
from app.models.mixins import TeamOwned
from app.models.protected import ProtectedString, ProtectedText
from app.models.staff import StaffMember

event_staff = Table(
    "event_staff",
    Base.metadata,
    Column("event_id", ForeignKey("calendar_event.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff_member.id"), primary_key=True, index=True),
)

event_resource = Table(
    "event_resource",
    Base.metadata,
    Column("event_id", ForeignKey("calendar_event.id", ondelete="CASCADE"), primary_key=True),
    Column("resource_id", ForeignKey("resource.id"), primary_key=True, index=True),
)

event_party = Table(
    "event_party",
    Base.metadata,
    Column("event_id", ForeignKey("calendar_event.id", ondelete="CASCADE"), primary_key=True),
    Column("party_id", ForeignKey("case_party.id", ondelete="CASCADE"), primary_key=True),
)


class Resource(TeamOwned, Base):
    __tablename__ = "resource"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ResourceKind] = enum_column(ResourceKind)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    site: Mapped[str | None] = mapped_column(String(100))  # polisstationen / socialkontoret
    active: Mapped[bool] = mapped_column(default=True)


class CalendarEvent(TeamOwned, Versioned, Base):
    __tablename__ = "calendar_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EventKind] = enum_column(EventKind)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    place: Mapped[str | None] = mapped_column(ProtectedString(200))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_file.id", ondelete="SET NULL"), index=True
    )
    # Recurrence as an iCalendar RRULE (e.g. "FREQ=WEEKLY;BYDAY=MO") and excluded start times
    # as ISO strings separated by commas. NULL: a single event.
    rrule: Mapped[str | None] = mapped_column(String(200))
    exdates: Mapped[str | None] = mapped_column(Text)
    recur_until: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(ProtectedText())
    held: Mapped[bool] = mapped_column(default=False)
    # iCalendar UID: stable across export/import, so re-importing a file does not duplicate.
    uid: Mapped[str | None] = mapped_column(String(255), unique=True)
    # An edited single occurrence of a recurring series: the series, and the original start of
    # the occurrence it replaces (the series lists that start among its exdates).
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar_event.id", ondelete="CASCADE"), index=True
    )
    recurrence_id: Mapped[datetime | None]
    # The answer given when the victim/suspect meeting warning was overridden.
    risk_override_reason: Mapped[str | None] = mapped_column(Text)
    # The reason stated when the contact rule warned about planning a talk with the suspect.
    rule_override_reason: Mapped[str | None] = mapped_column(Text)
    # The contact recorded when the event was marked as held.
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    staff: Mapped[list[StaffMember]] = relationship(secondary=event_staff)
    resources: Mapped[list[Resource]] = relationship(secondary=event_resource)

    __table_args__ = (
        Index("ix_calendar_event_span", "starts_at", "ends_at"),
        # Recurring series are few; clash checks and views pre-filter them by their span.
        Index(
            "ix_calendar_event_series",
            "starts_at",
            "recur_until",
            sqlite_where=text("rrule IS NOT NULL"),
            postgresql_where=text("rrule IS NOT NULL"),
        ),
    )
