"""Risk and safety assessments (FREDA, SARA, PATRIARK, SAM, PPIT, general), agency-owned."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, enum_column, utcnow
from app.models.enums import Instrument, RiskLevel
from app.models.mixins import AgencyOwned


class RiskAssessment(AgencyOwned, Versioned, Base):
    __tablename__ = "risk_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id", ondelete="CASCADE"))
    instrument: Mapped[Instrument] = enum_column(Instrument)
    assessed_on: Mapped[date]
    assessor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    level: Mapped[RiskLevel] = enum_column(RiskLevel)
    text: Mapped[str | None] = mapped_column(Text)
    # The contact rule: an open assessment may say that contacting the suspect endangers the
    # victim or the children.
    contact_endangers: Mapped[bool] = mapped_column(default=False)
    reassess_on: Mapped[date | None] = mapped_column(index=True)
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
