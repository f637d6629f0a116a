"""Actions (bevakning): what must be done in a case, by whom, by when; agency-owned."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Versioned, utcnow
from app.models.mixins import AgencyOwned


class CaseAction(AgencyOwned, Versioned, Base):
    """One action of a case: its title (which can itself be secret, so the action is owned by
    the agency that made it and read by the other only under a consent covering journal
    notes), the staff member who owns it, the due day and when it was done. `rule` names the
    rule that created it ("reassessment:12", "contact_ban_end:2026-03-17", ...), once per case
    and agency."""

    __tablename__ = "case_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"), index=True)
    due_on: Mapped[date] = mapped_column(index=True)
    done_on: Mapped[date | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    template: Mapped[str | None] = mapped_column(String(40))
    rule: Mapped[str | None] = mapped_column(String(80))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_member.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("case_id", "owner_agency", "rule", name="uq_case_action_rule"),
    )
