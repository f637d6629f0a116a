"""The choices every form picks from: staff members and cases (one implementation for all).

What differed between the forms is a parameter: which agency, whether leads (administrators) may
be picked too (a transport crew), only open cases, a number filter. The UI shows them with
app.ui.pickers. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from app.database import Database
from app.models import Case, CaseParty, StaffMember
from app.models.enums import Agency, CaseStatus, PartyRole
from app.services.core import access, protection
from app.services.core.actor import Actor


@dataclass(frozen=True)
class StaffChoice:
    id: int
    full_name: str
    agency: Agency  # a StrEnum: equal to "police" / "social"
    title: str = ""


def staff(
    db: Database,
    actor: Actor,
    *,
    agency: Agency | str | None = None,
    with_leads: bool = False,
    caseworkers_only: bool = True,
    check_actor: bool = True,
) -> list[StaffChoice]:
    """Active (not revoked) staff members by name: caseworkers (and administrators too when
    `with_leads`), of one agency or both. `check_actor`: refuse an analyst-only profile."""
    if check_actor:
        access.require_caseworker(actor)
    stmt = select(
        StaffMember.id, StaffMember.full_name, StaffMember.agency, StaffMember.title
    ).where(StaffMember.revoked_at.is_(None))
    if with_leads:
        stmt = stmt.where(or_(StaffMember.is_caseworker.is_(True), StaffMember.is_admin.is_(True)))
    elif caseworkers_only:
        stmt = stmt.where(StaffMember.is_caseworker.is_(True))
    if agency is not None:
        stmt = stmt.where(StaffMember.agency == Agency(agency))
    with db.read(actor=actor) as s:
        rows = s.execute(stmt.order_by(StaffMember.full_name, StaffMember.id)).all()
    return [StaffChoice(r.id, r.full_name, Agency(r.agency), r.title or "") for r in rows]


@dataclass(frozen=True)
class CaseChoice:
    id: int
    case_number: str
    status: CaseStatus
    has_children: bool
    roles: tuple[PartyRole, ...]
    victim_phone: str  # pre-fills a contact phone ("" when none)


def cases(
    db: Database,
    actor: Actor,
    text: str = "",
    *,
    open_only: bool = False,
    limit: int = 200,
    ids: list[int] | None = None,
) -> list[CaseChoice]:
    """Cases whose number contains `text` (or, with `ids`, those cases), newest first (at most
    `limit`)."""
    access.require_caseworker(actor)
    query = select(Case).options(
        selectinload(Case.parties).selectinload(CaseParty.person), selectinload(Case.children)
    )
    if open_only:
        query = query.where(Case.status == CaseStatus.OPEN)
    if ids is not None:
        query = query.where(Case.id.in_(ids))
    elif text.strip():
        query = query.where(Case.case_number.ilike(f"%{text.strip()}%"))
    with db.read(actor=actor) as s:
        found = s.execute(query.order_by(Case.id.desc()).limit(limit)).scalars().all()
        result = []
        for c in found:
            victim = c.party(PartyRole.VICTIM)
            phone = (victim.person.phone or "") if victim else ""
            if victim and protection.person_is_protected(victim.person):
                # A protected victim's phone only for those with need (the case's handlers).
                phone = phone if protection.has_need_for_case(actor, c) else ""
            result.append(
                CaseChoice(
                    c.id,
                    c.case_number,
                    CaseStatus(c.status),
                    bool(c.children) or c.has_children,
                    tuple(PartyRole(p.role) for p in c.parties),
                    phone,
                )
            )
        return result


def find_case(db: Database, actor: Actor, case_number: str) -> int | None:
    """The id of the case with this number (exact, case-insensitive), or None."""
    access.require_caseworker(actor)
    text = case_number.strip()
    if not text:
        return None
    with db.read(actor=actor) as s:
        return s.execute(
            select(Case.id).where(Case.case_number == text.upper())
        ).scalar_one_or_none()
