"""Agency secrecy, enforced once for every ORM query.

Records of classes with the AgencyOwned mixin (contacts, notes, risk assessments, letters) are
visible to the owning agency, and to the other agency only while the person the record concerns
has an active consent to exchange between police and social services. The rule is added to every
SELECT a session runs (SQLAlchemy's `with_loader_criteria`), so no screen, export, letter or
statistic built on the ORM can get round it. A session with neither an actor nor an explicit
`system=True` may not query agency-owned data at all.
"""

from __future__ import annotations

from sqlalchemy import and_, exists, false, or_
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria

from app.errors import AccessDenied
from app.models import Base, Consent
from app.models.mixins import AgencyOwned
from app.services.actor import Actor


def active_consent_exists(person_id_column):
    """SQL: the person has an active consent to exchange between the agencies."""
    return exists().where(Consent.person_id == person_id_column, Consent.withdrawn_at.is_(None))


def visible_to(actor: Actor, cls) -> object:
    """SQL criterion: rows of an AgencyOwned class this actor may read."""
    if actor.is_analyst and not actor.is_caseworker and not actor.is_admin:
        return false()  # analysts see statistics only, never record content
    return or_(
        cls.owner_agency == actor.agency,
        and_(cls.subject_person_id.is_not(None), active_consent_exists(cls.subject_person_id)),
    )


def agency_owned_classes() -> list[type]:
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, AgencyOwned)),
        key=lambda c: c.__name__,
    )


def apply_secrecy(state: ORMExecuteState) -> None:
    """Session hook (do_orm_execute): add the visibility criterion for every agency-owned class.

    The criteria are plain SQL expressions with the actor's agency as a bound parameter (no
    lambdas), so SQLAlchemy's statement cache can never carry one actor's rule to another.
    """
    if not state.is_select:
        return
    info = state.session.info
    actor: Actor | None = info.get("actor")
    if actor is None and info.get("system"):
        return
    options = [
        with_loader_criteria(
            cls, visible_to(actor, cls) if actor is not None else false(), include_aliases=True
        )
        for cls in agency_owned_classes()
    ]
    state.statement = state.statement.options(*options)


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise AccessDenied("Det här kräver behörigheten gruppchef/administratör.")


def require_caseworker(actor: Actor) -> None:
    if not (actor.is_caseworker or actor.is_admin):
        raise AccessDenied("Din profil (analytiker) ger bara tillgång till statistiken.")
