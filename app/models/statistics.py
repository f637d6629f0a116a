"""Running totals of the contacts for the statistics, kept by the database itself.

Both tables are written ONLY by the triggers of migration c1_stat_summaries (on every insert,
update and delete of a contact, in the same transaction), never by the program, so no code path
(services, the Excel import, the demo generator, retention deletes cascading from a case) can
leave them out of step with the contact rows. They hold numbers and times only — no note, no
held_as, no name — and on PostgreSQL no login role may read them: the numbers-only SECURITY
DEFINER functions of app.services.statistics.figures read them (docs/statistics.md, "Speed").
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PartyContactTotals(Base):
    """Per case party: how many contacts it has had of each kind, and when the first and last
    were. A period that contains [first_at, last_at] takes these totals as they are; only the
    parties whose contacts straddle a period boundary are counted from the contact rows."""

    __tablename__ = "stat_party_contacts"

    party_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    case_id: Mapped[int]
    contacts: Mapped[int]  # every contact, reached or not
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]
    first_reached_at: Mapped[datetime | None]
    reached: Mapped[int]
    digital: Mapped[int]  # reached, by phone, SMS, e-mail or video
    failed: Mapped[int]
    t_support_violence: Mapped[int]  # reached contacts with this talk flag
    t_support_addiction: Mapped[int]
    t_police_report: Mapped[int]
    t_investigation: Mapped[int]
    t_safety_planning: Mapped[int]
    t_check_in: Mapped[int]
    t_risk_assessment: Mapped[int]

    __table_args__ = (Index("ix_stat_party_contacts_case", "case_id", "first_reached_at"),)


class ContactDayCount(Base):
    """Contacts per UTC day, staff member (0: none recorded), agency, channel and reached. A
    period's whole UTC days are summed from here; the hour or two at each end of a period in
    local time are counted from the contact rows."""

    __tablename__ = "stat_contact_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    owner_agency: Mapped[str] = mapped_column(String(40), primary_key=True)
    channel: Mapped[str] = mapped_column(String(40), primary_key=True)
    reached: Mapped[bool] = mapped_column(primary_key=True)
    n: Mapped[int]
