"""Referrals (lotsning/remiss) to other services and their outcome."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import ReferralState, ReferralTarget


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
    # Where it stands and since which day; each change is a ReferralStep (the history).
    state: Mapped[ReferralState] = enum_column(ReferralState, default=ReferralState.SENT)
    state_on: Mapped[date | None]


class ReferralStep(Base):
    """One state a referral reached: which, on which day, recorded by whom and when; a declined
    referral's reason. Never changed afterwards (the history)."""

    __tablename__ = "referral_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[ReferralState] = enum_column(ReferralState)
    on: Mapped[date]
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
