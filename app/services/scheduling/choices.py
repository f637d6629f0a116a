"""What the event dialog offers: staff, rooms and vehicles, a case's parties, a case by number.

No Qt here.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.database import Database
from app.models import (
    CaseParty,
    Person,
    Resource,
)
from app.models.enums import (
    PartyRole,
    ResourceKind,
)
from app.services.core import pickers, protection
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.scheduling.events import PartyChoice, ResourceChoice, StaffChoice

# --- choices for the dialog -------------------------------------------------------------------


def staff_choices(db: Database, actor: Actor) -> list[StaffChoice]:
    """Active staff members, by name (the colleague picker and the participant list)."""
    return pickers.staff(db, actor, check_actor=False)


def resource_choices(db: Database, actor: Actor) -> list[ResourceChoice]:
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(Resource.id, Resource.kind, Resource.name, Resource.site)
            .where(Resource.active.is_(True))
            .order_by(Resource.kind, Resource.name)
        ).all()
    return [ResourceChoice(r.id, ResourceKind(r.kind), r.name, r.site) for r in rows]


def party_choices(db: Database, actor: Actor, case_id: int) -> list[PartyChoice]:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        return _party_choices(s, case_id)


def _party_choices(s: Session, case_id: int) -> list[PartyChoice]:
    rows = s.execute(
        select(CaseParty.id, CaseParty.role, Person.first_name, Person.last_name, Person.protection)
        .join(Person, Person.id == CaseParty.person_id)
        .where(CaseParty.case_id == case_id)
        .order_by(CaseParty.role.desc())  # victim first
    ).all()
    return [
        PartyChoice(
            r.id,
            PartyRole(r.role),
            " ".join(p for p in (r.first_name, r.last_name) if p),
            protection.is_protected_level(r.protection),
        )
        for r in rows
    ]


find_case = pickers.find_case
