"""The append-only, hash-chained audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    os_account: Mapped[str | None] = mapped_column(String(128))
    workstation: Mapped[str | None] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(40), index=True)
    record_type: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[int | None]
    case_id: Mapped[int | None] = mapped_column(index=True)
    details: Mapped[str | None] = mapped_column(Text)  # JSON, never note contents
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (Index("ix_audit_record", "record_type", "record_id"),)


class AuditHead(Base):
    """The anchored head of the chain (one row, id 1): the newest entry, its hash and the number
    of entries. Written with each entry (on PostgreSQL by the server's igor_audit_append, which
    staff roles cannot bypass), so removing the newest entries or all of them is detected."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(BigInteger)
