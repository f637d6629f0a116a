"""Referrals (lotsning/remiss) to other services and their outcome."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column
from app.models.enums import ReferralTarget


class Referral(Versioned, Base):
    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("case_party.id", ondelete="CASCADE"))
    target: Mapped[ReferralTarget] = enum_column(ReferralTarget)
    target_detail: Mapped[str | None] = mapped_column(String(200))  # e.g. "RVC Innerstaden"
    referred_on: Mapped[date]
    referred_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    outcome: Mapped[str | None] = mapped_column(Text)
    outcome_on: Mapped[date | None]
