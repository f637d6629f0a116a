"""Agency secrecy, enforced once for every ORM query and every flush.

Records of classes with the AgencyOwned mixin (contacts, notes, risk assessments, letters) are
visible to the owning agency, and to the other agency only while the person the record concerns
has a consent in force that opens this kind of record in this direction: not withdrawn, today
(Stockholm) within its valid_from..valid_until, `to_police`/`to_social` true for the viewer's
agency and `scope_<table>` true for the record's kind (`consent_opens`). One mechanism, installed
on the session factory by `install(factory)`:

- `do_orm_execute`: the visibility criterion is added to every ORM SELECT (SQLAlchemy's
  `with_loader_criteria`, which also reaches joins, aliases, relationship loads, `session.get`
  and subqueries), and an "own agency only" criterion to every ORM-enabled UPDATE/DELETE.
- `before_flush`: no unit-of-work insert, update or delete of another agency's record.
- `loaded_as_persistent`: every other-agency record an actor actually receives is remembered;
  `Database.read/write` turn those into `Disclosure` rows linked to the consent that allowed it.
- `check_actor(session)`: called by `Database.read/write` before anything else; a revoked (or
  removed) profile is refused on its next action.

A session with neither an actor nor an explicit `system=True` may not query agency-owned data.

NOT covered by the hook: raw SQL (`text()`) and Core statements on `Model.__table__`. Aggregates
written in Core SQL must apply `visible_to(actor, Model)` (content) or follow the statistics
rules in docs/secrecy.md (`countable(actor, Model)` for numbers only).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import and_, event, exists, false, func, inspect, or_, select, true
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker, with_loader_criteria

from app.errors import AccessDenied
from app.models import (
    Base,
    Case,
    CaseAction,
    Consent,
    Disclosure,
    Referral,
    StaffMember,
    Team,
    Transport,
)
from app.models.consent import DIRECTION_FOR_VIEWER, SCOPE_OF, SCOPE_TABLES
from app.models.enums import Agency
from app.models.mixins import AgencyOwned, TeamOwned
from app.services.core.actor import Actor

logger = logging.getLogger(__name__)

_PENDING = "_igor_disclosures"  # session.info key: {(record_type, record_id): subject_person_id}
DISCLOSURE_KINDS = ("view", "letter", "export")
OTHER_AGENCY_WRITE = (
    "Du kan inte ändra uppgifter som den andra myndigheten äger. Ett samtycke ger bara rätt att "
    "läsa dem."
)


def consent_in_force(today=None):
    """SQL: the consent row is not withdrawn and `today` (default: the database's igor_today(),
    Stockholm) lies within its validity period."""
    today = func.igor_today() if today is None else today
    return and_(
        Consent.withdrawn_at.is_(None),
        Consent.valid_from <= today,
        or_(Consent.valid_until.is_(None), Consent.valid_until >= today),
    )


def consent_allows(table: str, viewer: Agency, today=None):
    """SQL over Consent: in force, in the viewer's direction, covering this kind of record
    (SCOPE_OF: an action is covered by the journal-notes scope)."""
    scope = SCOPE_OF[table]
    return and_(
        consent_in_force(today),
        getattr(Consent, DIRECTION_FOR_VIEWER[Agency(viewer)]) == true(),
        getattr(Consent, f"scope_{scope}") == true(),
    )


def consent_opens(person_id_column, table: str, viewer: Agency):
    """SQL: the person has a consent that lets `viewer`'s agency read their records of `table`
    owned by the other agency (the rule; the server's row policies say the same, migration
    e3_consent_scope)."""
    return exists().where(Consent.person_id == person_id_column, consent_allows(table, viewer))


def sees_content(actor: Actor) -> bool:
    """Analysts see statistics only, never record content."""
    return actor.is_caseworker or actor.is_admin


def visible_to(actor: Actor, cls) -> object:
    """SQL criterion: rows of an AgencyOwned class whose CONTENT this actor may read.

    Use it in every Core/raw statement over contact, note, risk_assessment or letter that returns
    or filters on record content, e.g.
        select(Note.__table__.c.text).where(visible_to(actor, Note))
    """
    return _criterion(cls, "read", actor.agency, sees_content(actor))


def countable(actor: Actor, cls) -> object:
    """SQL criterion for statistics: rows that may be COUNTED (numbers only, see docs/secrecy.md).

    Counting across agencies is allowed for every signed-in actor (the team's statistics and the
    "contacts with this person" figure), but only in aggregates (count/min/max over dates and the
    flag columns). Never select content columns under this criterion.
    """
    del actor, cls
    return true()


def agency_owned_classes() -> list[type]:
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, AgencyOwned)),
        key=lambda c: c.__name__,
    )


def _session_actor(session: Session) -> Actor | None:
    return session.info.get("actor")


def apply_secrecy(state: ORMExecuteState) -> None:
    """Session hook (do_orm_execute): add the visibility criterion for every agency-owned class.

    The criteria are plain SQL expressions with the actor's agency as a bound parameter (no
    lambdas), so SQLAlchemy's statement cache can never carry one actor's rule to another.
    """
    if not (state.is_select or state.is_update or state.is_delete):
        return
    info = state.session.info
    actor: Actor | None = info.get("actor")
    if actor is None and info.get("system"):
        return
    mode = "read" if state.is_select else "change"
    if actor is None:
        key = (mode, None, False)
    else:
        key = (mode, actor.agency, sees_content(actor) if mode == "read" else True)
    team = None if actor is None else actor.team_id
    state.statement = state.statement.options(
        *_criteria_options(key), *_team_options(team, actor is None)
    )


# --- teams --------------------------------------------------------------------------------------
# Several teams share a server (app.models.team): an actor's ORM statements see only the rows of
# their own team — TeamOwned rows by their team_id, the team itself by its id, and the rows that
# are listed across cases (transports, referrals) by their case's team. Every other row hangs off
# a case, person or staff member and is reached through it. On PostgreSQL the server's restrictive
# row policies (migration e2_teams) enforce the same for each login.
_TEAM_CACHE: dict[tuple, tuple] = {}
WRONG_TEAM = "Posten hör till ett annat team och kan inte ändras här."


def team_owned_classes() -> list[type]:
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, TeamOwned)),
        key=lambda c: c.__name__,
    )


def in_team(team_id: int, case_id_column) -> object:
    """SQL: the case of `case_id_column` belongs to the team (for Core statements)."""
    cf = Case.__table__.alias("team_case")  # never correlated with the statement's case_file
    return exists().where(cf.c.id == case_id_column, cf.c.team_id == team_id)


def _team_options(team: int | None, nobody: bool) -> tuple:
    key = (team, nobody)
    options = _TEAM_CACHE.get(key)
    if options is None:
        if team is None and not nobody:
            options = ()
        else:
            options = (
                *(
                    # A lambda, so that the criterion is adapted to aliases of the table (the
                    # case list joins person and staff_member twice each); `team` is a closure
                    # variable, which SQLAlchemy turns into a bound parameter.
                    with_loader_criteria(
                        cls,
                        (lambda c: false()) if nobody else (lambda c: c.team_id == team),
                        include_aliases=True,
                    )
                    for cls in team_owned_classes()
                ),
                with_loader_criteria(Team, false() if nobody else Team.id == team),
                *(
                    with_loader_criteria(
                        cls,
                        false() if nobody else in_team(team, cls.case_id),
                        include_aliases=True,
                    )
                    for cls in (Transport, Referral, CaseAction)
                ),
            )
        _TEAM_CACHE[key] = options
    return options


_OPTIONS_CACHE: dict[tuple, tuple] = {}


def _criteria_options(key: tuple) -> tuple:
    """The loader-criteria options for (mode, agency, sees content), built once and reused.

    Building fresh option objects for every statement made each query ~5x slower (SQLAlchemy
    must compute a new cache key for them); the criteria depend only on this key, never on the
    person, so sharing them is safe.
    """
    options = _OPTIONS_CACHE.get(key)
    if options is None:
        mode, agency, content = key
        options = tuple(
            with_loader_criteria(cls, _criterion(cls, mode, agency, content), include_aliases=True)
            for cls in agency_owned_classes()
        )
        _OPTIONS_CACHE[key] = options
    return options


def _criterion(cls, mode: str, agency, content: bool):
    if agency is None or not content:
        return false()
    if mode == "change":  # bulk UPDATE/DELETE: a consent lets the other agency read, never change
        return cls.owner_agency == agency
    return or_(
        cls.owner_agency == agency,
        and_(
            cls.subject_person_id.is_not(None),
            consent_opens(cls.subject_person_id, cls.__tablename__, agency),
        ),
    )


def _guard_flush(session: Session, flush_context, instances) -> None:
    """No insert/update/delete of another agency's record through the unit of work."""
    if session.info.get("system") and _session_actor(session) is None:
        return
    actor = _session_actor(session)
    _guard_team(session, actor)
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if not isinstance(obj, AgencyOwned):
            continue
        if obj in session.dirty and not session.is_modified(obj):
            continue
        if actor is None or obj.owner_agency != actor.agency or not sees_content(actor):
            raise AccessDenied(OTHER_AGENCY_WRITE)


def _guard_team(session: Session, actor: Actor | None) -> None:
    """New team rows get the actor's team; no row is created in, moved to or changed in
    another team through the unit of work."""
    if actor is None:
        return
    for obj in session.new:
        if isinstance(obj, TeamOwned):
            if obj.team_id is None:
                obj.team_id = actor.team_id
            elif obj.team_id != actor.team_id:
                raise AccessDenied(WRONG_TEAM)
    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, TeamOwned):
            continue
        committed = inspect(obj).attrs.team_id.history.deleted
        if obj.team_id != actor.team_id or any(t != actor.team_id for t in committed):
            raise AccessDenied(WRONG_TEAM)


def _note_loaded(session: Session, instance) -> None:
    """Remember every other-agency record handed to an actor (the disclosure log)."""
    actor = _session_actor(session)
    if actor is None or not isinstance(instance, AgencyOwned):
        return
    if instance.owner_agency == actor.agency:
        return
    key = (type(instance).__tablename__, instance.id)
    session.info.setdefault(_PENDING, {})[key] = instance.subject_person_id


def install(factory: sessionmaker) -> None:
    """Attach the secrecy hooks to a session factory (Database does this for every session)."""
    event.listen(factory, "do_orm_execute", apply_secrecy)
    event.listen(factory, "before_flush", _guard_flush)
    event.listen(factory, "loaded_as_persistent", _note_loaded)


# --- revocation -------------------------------------------------------------------------------


def check_actor(session: Session) -> None:
    """Refuse a revoked or removed profile at the start of each transaction (its next action)."""
    actor = _session_actor(session)
    if actor is None:
        return
    row = session.execute(
        select(StaffMember.id, StaffMember.revoked_at).where(StaffMember.id == actor.staff_id)
    ).one_or_none()
    if row is None or row.revoked_at is not None:
        logger.info("refused action by revoked staff id %s", actor.staff_id)
        raise AccessDenied(
            "Din profil är spärrad och kan inte längre använda IGOR Desk. Kontakta gruppchefen."
        )


# --- disclosures ------------------------------------------------------------------------------


def collect_disclosures(session: Session) -> list[dict]:
    """Resolve the pending disclosures of this session to Disclosure row values, looking up the
    consent that allowed each (in the same transaction that read the record): the newest consent
    in force for the person in the viewer's direction covering the record's kind; the row names
    it and the scope ("to_police:note")."""
    pending: dict = session.info.pop(_PENDING, {})
    actor = _session_actor(session)
    if not pending or actor is None:
        return []
    viewer = Agency(actor.agency)
    direction = DIRECTION_FOR_VIEWER[viewer]
    persons = {pid for pid in pending.values() if pid is not None}
    consent_for: dict[tuple[int, str], int] = {}
    if persons:
        scope_cols = [getattr(Consent, f"scope_{t}") for t in SCOPE_TABLES]
        rows = session.execute(
            select(Consent.person_id, Consent.id, *scope_cols)
            .where(
                Consent.person_id.in_(persons),
                consent_in_force(),
                getattr(Consent, direction) == true(),
            )
            .order_by(Consent.id)
        )
        for person_id, consent_id, *covers in rows:
            covered = {t for t, c in zip(SCOPE_TABLES, covers, strict=True) if c}
            for table, scope in SCOPE_OF.items():
                if scope in covered:  # the newest consent in force wins
                    consent_for[(person_id, table)] = consent_id
    kind = session.info.get("disclosure_kind", "view")
    now = datetime.now(UTC)
    values = []
    for (record_type, record_id), person_id in sorted(pending.items()):
        consent_id = consent_for.get((person_id, record_type))
        if consent_id is None:  # cannot happen through the hook; never drop it silently
            logger.error("disclosure of %s %s without a consent in force", record_type, record_id)
            continue
        values.append(
            dict(
                consent_id=consent_id,
                staff_id=actor.staff_id,
                viewer_agency=viewer.value,
                at=now,
                kind=kind,
                record_type=record_type,
                record_id=record_id,
                scope=f"{direction}:{SCOPE_OF.get(record_type, record_type)}",
            )
        )
    return values


def write_disclosures(session: Session, values: list[dict]) -> None:
    if values:
        session.execute(Disclosure.__table__.insert(), values)


@dataclass(frozen=True)
class DisclosureRow:
    at: datetime
    staff_id: int | None
    staff_name: str | None
    viewer_agency: str
    kind: str
    record_type: str
    record_id: int
    scope: str | None = None


def disclosures_under_consent(db, actor: Actor, consent_id: int) -> list[DisclosureRow]:
    """What was shared under this consent: which records, to whom, when, how (no content)."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(Disclosure, StaffMember.full_name)
            .outerjoin(StaffMember, StaffMember.id == Disclosure.staff_id)
            .where(Disclosure.consent_id == consent_id)
            .order_by(Disclosure.at, Disclosure.id)
        ).all()
        return [
            DisclosureRow(
                at=d.at,
                staff_id=d.staff_id,
                staff_name=name,
                viewer_agency=str(d.viewer_agency),
                kind=d.kind,
                record_type=d.record_type,
                record_id=d.record_id,
                scope=d.scope,
            )
            for d, name in rows
        ]


def require_admin(actor: Actor) -> None:
    if not actor.is_admin:
        raise AccessDenied("Det här kräver behörigheten gruppchef/administratör.")


def require_caseworker(actor: Actor) -> None:
    if not (actor.is_caseworker or actor.is_admin):
        raise AccessDenied("Din profil (analytiker) ger bara tillgång till statistiken.")
