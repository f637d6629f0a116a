"""The one edit path for every versioned record (optimistic locking, "who changed it since you
opened it").

Every service that changes a record with the `Versioned` mixin (case, person, contact, note,
risk assessment, referral, consent, calendar event, transport, staff member) does it through

    with editing.edit(db, actor, Contact, contact_id, version=version, kind=CONTACT,
                      guards=(require_caseworker,), owned=True) as ed:
        row = ed.record
        ...                             # checks, then changes
        ed.changed(["outcome"])         # field NAMES only, never values
    return ed.new_version

which, in one write transaction (one user action):

1. runs the guards (actor checks) before anything is read;
2. loads the row, on PostgreSQL with `SELECT … FOR UPDATE` so no other transaction can change it
   until this one ends (two saves released together queue up; the second sees the first's
   version and is refused below instead of failing at flush);
3. refuses a missing row ("finns inte längre") and, for agency-owned records, one that belongs
   to the other agency (AccessDenied);
4. compares the row's version with the version the user loaded; a different one raises
   `ConcurrentEditError` naming who saved the current version and when — from ONE source, the
   row's own `updated_by_id` and `updated_at` (set for every insert and update by the flush hook
   below), the time formatted one way (`timeutil.format_local`, 2026-12-01 14:05);
5. turns SQLAlchemy's `StaleDataError` (a change that slipped in anyway) into the same error;
6. writes one audit entry listing the names of the changed fields (never values);
7. gives the caller the new version (`ed.new_version`), which every edit function returns.

Nothing is written when the body raises (the transaction rolls back whole). No Qt here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import AccessDenied, ConcurrentEditError, UserError
from app.models import StaffMember
from app.models.base import Versioned
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.core.timeutil import format_local, now_utc

Guard = Callable[[Actor], None]


@dataclass(frozen=True)
class Kind:
    """How one kind of record is named in the audit trail and in the user's messages."""

    record_type: str  # audit record_type
    gone: str  # Swedish: the record no longer exists
    changed: str  # Swedish, with {changed_by} and {changed_at}


def kind(record_type: str, gone: str, changed: str) -> Kind:
    return Kind(record_type, gone, changed)


# --- who saved the current version ----------------------------------------------------------


def _stamp(session: Session, flush_context, instances) -> None:
    """Every inserted or changed versioned row records who saved it (the session's actor)."""
    actor = session.info.get("actor")
    staff_id = actor.staff_id if isinstance(actor, Actor) else None
    for obj in session.new:
        if isinstance(obj, Versioned) and obj.updated_by_id is None:
            obj.updated_by_id = staff_id
    for obj in session.dirty:
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False):
            obj.updated_by_id = staff_id


def install(factory: sessionmaker) -> None:
    """Attach the "who saved it" stamp to a session factory (Database does this)."""
    event.listen(factory, "before_flush", _stamp)


def last_change(s: Session, record: Versioned) -> tuple[str | None, str]:
    """Who saved the record's current version and when (local time, 'YYYY-MM-DD HH:MM')."""
    name = None
    if record.updated_by_id is not None:
        name = s.execute(
            select(StaffMember.full_name).where(StaffMember.id == record.updated_by_id)
        ).scalar_one_or_none()
    return name, format_local(record.updated_at)


def conflict(s: Session, record: Versioned, what: Kind) -> ConcurrentEditError:
    who, when = last_change(s, record)
    return ConcurrentEditError(what.changed, changed_by=who, changed_at=when)


def _for_update(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def load_for_edit(
    s: Session,
    actor: Actor | None,
    model: type,
    record_id: int,
    version: int,
    what: Kind,
    *,
    owned: bool = False,
    check: Callable[[Any], None] | None = None,
):
    """Inside an open write transaction: lock (PostgreSQL), check existence, ownership and the
    loaded version; returns the row. For a second record changed in the same action (a person
    changed through a case)."""
    from app.services.core.access import OTHER_AGENCY_WRITE

    lock = _for_update(s)
    row = s.get(model, record_id, with_for_update=lock, populate_existing=True)
    if row is None and lock and owned:
        # A staff login role may read another agency's record (consent) but not lock it: row
        # security leaves it out of SELECT … FOR UPDATE. Say why rather than "gone".
        seen = s.get(model, record_id)
        if seen is not None:
            raise AccessDenied(OTHER_AGENCY_WRITE)
    if row is None:
        raise UserError(what.gone)
    if owned and actor is not None and row.owner_agency != actor.agency:
        raise AccessDenied(OTHER_AGENCY_WRITE)
    if check is not None:
        check(row)
    if row.version != version:
        raise conflict(s, row, what)
    return row


@dataclass
class Edit:
    """The handle the body of `edit()` works with."""

    s: Session
    actor: Actor
    record: Any
    what: Kind
    case_id: int | None = None
    fields: list[str] = field(default_factory=list)
    action: str = "updated"
    details: dict = field(default_factory=dict)
    audited: bool = False
    deleted: bool = False
    new_version: int | None = None
    touch: bool = False

    def changed(self, names: Iterable[str], *, action: str | None = None, **details) -> None:
        """Record which fields changed (names only); the audit entry lists them."""
        for n in names:
            if n not in self.fields:
                self.fields.append(n)
        if action:
            self.action = action
        self.details.update(details)

    def set(self, values: dict[str, Any]) -> list[str]:
        """Assign the values that differ from the row's; returns (and records) their names."""
        names = [k for k, v in values.items() if getattr(self.record, k) != v]
        for k in names:
            setattr(self.record, k, values[k])
        self.changed(names)
        return names

    def bump(self) -> None:
        """The record changed through a part of it (a child row): give it a new version."""
        self.touch = True

    def delete(self, **details) -> None:
        """Delete the record (audited as "deleted")."""
        self.s.delete(self.record)
        self.deleted = True
        self.action = "deleted"
        self.details.update(details)

    def no_audit(self) -> None:
        """The body wrote its own audit entry (a named action such as case_closed)."""
        self.audited = True


@contextlib.contextmanager
def edit(
    db,
    actor: Actor,
    model: type,
    record_id: int,
    *,
    version: int,
    what: Kind,
    guards: Iterable[Guard] = (),
    owned: bool = False,
    check: Callable[[Any], None] | None = None,
    case_id: Callable[[Any], int | None] | None = None,
) -> Iterator[Edit]:
    """One edit of one versioned record as one transaction (see the module docstring).
    `check(row)` may refuse (e.g. the row is not in this case); `case_id(row)` names the case
    for the audit entry."""
    for guard in guards:
        guard(actor)
    try:
        with db.write(actor=actor) as s:
            row = load_for_edit(s, actor, model, record_id, version, what, owned=owned, check=check)
            ed = Edit(s, actor, row, what, case_id=case_id(row) if case_id else None)
            yield ed
            if ed.touch and not ed.deleted:
                row.updated_at = now_utc()  # bumps the version even if only a child row changed
            if not (ed.fields or ed.deleted or ed.touch or ed.audited):
                ed.new_version = row.version
                return
            s.flush()
            if not ed.audited:
                details = dict(ed.details)
                if ed.fields:
                    details["fields"] = list(ed.fields)
                audit.record(
                    s,
                    actor,
                    ed.action,
                    record_type=what.record_type,
                    record_id=record_id,
                    case_id=ed.case_id,
                    details=details or None,
                )
            ed.new_version = None if ed.deleted else row.version
    except StaleDataError:
        raise _fresh_conflict(db, actor, model, record_id, what) from None


def edit_own(db, actor: Actor, model: type, record_id: int, *, version: int, what: Kind):
    """`edit` for a caseworker's change of an agency-owned record of a case (contact, risk
    assessment): only the owning agency may change it; the audit entry names its case."""
    from app.services.core.access import require_caseworker

    return edit(
        db,
        actor,
        model,
        record_id,
        version=version,
        what=what,
        guards=(require_caseworker,),
        owned=True,
        case_id=lambda row: row.case_id,
    )


@contextlib.contextmanager
def write(db, actor: Actor, model: type, record_id: int, what: Kind) -> Iterator[Session]:
    """A write transaction for an edit whose body loads the row with `load_for_edit` itself
    (the calendar's and the transports' edits, which may also create rows): a StaleDataError
    becomes the same ConcurrentEditError as in `edit()`."""
    try:
        with db.write(actor=actor) as s:
            yield s
    except StaleDataError:
        raise _fresh_conflict(db, actor, model, record_id, what) from None


def _fresh_conflict(db, actor: Actor, model: type, record_id: int, what: Kind) -> UserError:
    """After a stale flush: read the row again (new transaction) to say who and when."""
    with db.read(actor=actor) as s:
        row = s.get(model, record_id)
        if row is None:
            return UserError(what.gone)
        return conflict(s, row, what)
