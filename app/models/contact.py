"""Contacts (interaktioner) and free notes; both owned by the recording agency."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import Channel, TalkKind
from app.models.mixins import AgencyOwned

TALK_COLUMNS: dict[TalkKind, str] = {kind: f"talk_{kind.value}" for kind in TalkKind}


class Contact(AgencyOwned, Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("case_party.id", ondelete="CASCADE"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    occurred_at: Mapped[datetime]
    channel: Mapped[Channel] = enum_column(Channel)
    reached: Mapped[bool] = mapped_column(default=True)  # False: a failed attempt
    # The role in which the contact was held, e.g. "IGOR-polis, stödsamtal — inte förhör".
    held_as: Mapped[str | None] = mapped_column(String(200))
    talk_support_violence: Mapped[bool] = mapped_column(default=False)
    talk_support_addiction: Mapped[bool] = mapped_column(default=False)
    talk_police_report: Mapped[bool] = mapped_column(default=False)
    talk_investigation: Mapped[bool] = mapped_column(default=False)
    talk_safety_planning: Mapped[bool] = mapped_column(default=False)
    talk_check_in: Mapped[bool] = mapped_column(default=False)
    talk_risk_assessment: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)
    # Reason stated when the contact rule warned about contacting the suspect.
    rule_override_reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set for contacts imported from the team's Excel sheet (app.services.excel.importer): the
    # natural key that makes a second import of the same sheet add nothing.
    import_key: Mapped[str | None] = mapped_column(String(80))

    __table_args__ = (
        Index("uq_contact_import_key", "import_key", unique=True),
        Index("ix_contact_case_time", "case_id", "occurred_at"),
        Index("ix_contact_party_time", "party_id", "occurred_at"),
        Index("ix_contact_occurred_at", "occurred_at"),
        # Covering indexes for the statistics (migration b5_statistics).
        Index(
            "ix_contact_stats_party",
            "party_id",
            "occurred_at",
            "reached",
            "channel",
            *TALK_COLUMNS.values(),
        ),
        Index("ix_contact_stats_channel", "channel", "reached", "occurred_at"),
        Index("ix_contact_stats_staff", "staff_id", "owner_agency", "reached", "occurred_at"),
        Index("ix_contact_stats_first", "case_id", "reached", "occurred_at"),
    )

    def talk_kinds(self) -> set[TalkKind]:
        return {kind for kind, col in TALK_COLUMNS.items() if getattr(self, col)}

    def set_talk_kinds(self, kinds: set[TalkKind]) -> None:
        for kind, col in TALK_COLUMNS.items():
            setattr(self, col, kind in kinds)


class Note(AgencyOwned, Versioned, Base):
    """A free journal note in a case, owned by the writer's agency."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)
