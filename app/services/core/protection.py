"""Protected identity (skyddade personuppgifter): ONE rule for every output.

Who is protected: a person whose `protection` is any level other than NONE (sekretessmarkering,
skyddad folkbokföring, fingerade personuppgifter) — a party of a case or a child in it. A case
"concerns a protected person" when any of its parties or children is protected; an event or a
transport of such a case concerns one too (an event's parties always belong to its case).

What is protected:
- a protected person's address and phone number (case file, letters);
- the place, title and notes of an event of a protected case (the title and notes are free text
  that may hold the place; the kind and the case number are shown instead);
- the pickup, destination, contact phone and notes of a transport of a protected case (door
  codes and the like live in those fields).

Who has need to know (and sees the real values):
- the case's assigned police officer and social worker;
- for an event: also the staff taking part in it (they go there);
- for a transport: also its requester and its crew;
- analysts (statistics only) never — they see no personal data at all;
- nobody else: colleagues of either agency, the lead/administrator included, see a Swedish
  placeholder instead (`placeholder(...)`). Assigning oneself to the case is an audited edit, so
  the route to the address leaves a trace.

Letters never print a protected person's address, whoever prints them (`ADDRESS_NOT_PRINTED`);
the phone only for someone with need, decided again for the person printing when a kept letter
is reprinted or previewed.

Two ways to ask:
- per object, on loaded ORM objects: `has_need_for_case`, `has_need_for_event`,
  `has_need_for_transport`, `case_is_protected`, `person_is_protected`;
- per set, for views over many rows (one query per 900 ids, no N+1): `protected_cases`,
  `cases_lacking_need`, `events_lacking_need`, `transports_lacking_need`; and the SQL pieces
  `protected_case_clause(case_id_column)` / `assigned_clause(actor)` for use inside a query.
No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import and_, exists, false, func, not_, or_, select
from sqlalchemy.orm import Session

from app.i18n import tr_noop, translate
from app.models import (
    CalendarEvent,
    Case,
    CaseParty,
    Child,
    Person,
    Transport,
    event_staff,
    transport_crew,
)
from app.models.enums import Protection
from app.services.core.access import sees_content
from app.services.core.actor import Actor

# --- what is shown instead (Swedish source texts; translated where shown) --------------------

HIDDEN_ADDRESS = tr_noop("Skyddad adress")
HIDDEN_PHONE = tr_noop("Skyddat telefonnummer")
HIDDEN_PLACE = tr_noop("Lämnas inte ut (skyddade personuppgifter)")
HIDDEN_TEXT = tr_noop("Dold (skyddade personuppgifter)")
# Printed documents (letters, run sheets): the address is never printed for a protected person.
ADDRESS_NOT_PRINTED = tr_noop("Adress lämnas inte ut")
NEED_TO_KNOW = tr_noop("Visas bara för ärendets ansvariga polis och socialsekreterare")


def placeholder(text: str) -> str:
    """The translated placeholder (one of the HIDDEN_* texts above)."""
    return translate("protection", text)


def shown(value, hidden: bool, instead: str = HIDDEN_TEXT):
    """`value`, or the placeholder when hidden (an empty value stays empty: nothing to hide)."""
    if not hidden or value in (None, ""):
        return value
    return placeholder(instead)


# --- who is protected -------------------------------------------------------------------------


def is_protected_level(protection) -> bool:
    return protection is not None and Protection(protection) is not Protection.NONE


def person_is_protected(person: Person) -> bool:
    return is_protected_level(person.protection)


def case_is_protected(case: Case) -> bool:
    """Any party or child of the case has protected identity (loaded relationships)."""
    return any(person_is_protected(p.person) for p in case.parties) or any(
        is_protected_level(c.protection) for c in case.children
    )


def protected_case_clause(case_id_column):
    """SQL: the case `case_id_column` has a protected party or child."""
    # EXISTS (SELECT <a column>): `SELECT *` would need every column of person, and a staff
    # login may not read person.phone on PostgreSQL (e1_protected_columns).
    return or_(
        select(Person.id)
        .where(
            CaseParty.case_id == case_id_column,
            CaseParty.person_id == Person.id,
            Person.protection != Protection.NONE,
        )
        .exists(),
        exists().where(Child.case_id == case_id_column, Child.protection != Protection.NONE),
    )


# --- who has need to know ---------------------------------------------------------------------


def may_have_need(actor: Actor) -> bool:
    """Only staff who see record content at all (not analysts) can have need to know."""
    return sees_content(actor)


def is_assigned(actor: Actor, assigned_police_id: int | None, assigned_social_id: int | None):
    return may_have_need(actor) and actor.staff_id in (assigned_police_id, assigned_social_id)


def has_need_for_case(actor: Actor, case: Case) -> bool:
    return is_assigned(actor, case.assigned_police_id, case.assigned_social_id)


def has_need_for_event(actor: Actor, case: Case | None, staff_ids: Iterable[int]) -> bool:
    if not may_have_need(actor):
        return False
    if actor.staff_id in set(staff_ids):
        return True
    return case is not None and has_need_for_case(actor, case)


def has_need_for_transport(
    actor: Actor,
    case_assigned: tuple[int | None, int | None],
    requested_by_id: int | None,
    crew_ids: Iterable[int],
) -> bool:
    if not may_have_need(actor):
        return False
    return (
        actor.staff_id == requested_by_id
        or actor.staff_id in case_assigned
        or actor.staff_id in set(crew_ids)
    )


def session_actor(session: Session) -> Actor | None:
    """The actor a session was opened for (None: a system session, which sees everything)."""
    return session.info.get("actor")


def lacks_need_for_case(actor: Actor, case: Case) -> bool:
    """The case concerns a protected person and the actor may not see that person's data."""
    return case_is_protected(case) and not has_need_for_case(actor, case)


def assigned_clause(actor: Actor, case_table=Case):
    """SQL on `case_table` (Case or an alias): the actor is assigned (false for analysts)."""
    if not may_have_need(actor):
        return false()
    return or_(_is(case_table.assigned_police_id, actor), _is(case_table.assigned_social_id, actor))


def _is(column, actor: Actor):
    """NULL-safe `column = actor`: an unassigned case (NULL) must give false, not NULL (NOT NULL
    is NULL, and a NULL would drop the row from "lacks need" — shown to everyone)."""
    return func.coalesce(column, -1) == actor.staff_id


# --- sets (the views: thousands of rows, one query per chunk) ---------------------------------


def _chunks(values: Sequence[int], size: int = 900):
    for i in range(0, len(values), size):
        yield values[i : i + size]


def protected_cases(s: Session, case_ids: Iterable[int | None]) -> set[int]:
    """Ids among `case_ids` of cases with a protected party or child."""
    ids = sorted({c for c in case_ids if c is not None})
    out: set[int] = set()
    for chunk in _chunks(ids):
        out.update(
            s.execute(
                select(Case.id).where(Case.id.in_(chunk), protected_case_clause(Case.id))
            ).scalars()
        )
    return out


def cases_lacking_need(s: Session, actor: Actor, case_ids: Iterable[int | None]) -> set[int]:
    """Ids among `case_ids` of protected cases whose protected data the actor may not see."""
    ids = sorted({c for c in case_ids if c is not None})
    out: set[int] = set()
    for chunk in _chunks(ids):
        out.update(
            s.execute(
                select(Case.id).where(
                    Case.id.in_(chunk),
                    protected_case_clause(Case.id),
                    not_(assigned_clause(actor)),
                )
            ).scalars()
        )
    return out


def case_facts(
    s: Session, actor: Actor, case_ids: Iterable[int | None]
) -> tuple[set[int], set[int]]:
    """(protected case ids, ids of those the actor lacks need for) in one query per chunk."""
    ids = sorted({c for c in case_ids if c is not None})
    protected: set[int] = set()
    lacking: set[int] = set()
    assigned = assigned_clause(actor)
    for chunk in _chunks(ids):
        for case_id, mine in s.execute(
            select(Case.id, assigned).where(Case.id.in_(chunk), protected_case_clause(Case.id))
        ):
            protected.add(case_id)
            if not mine:
                lacking.add(case_id)
    return protected, lacking


def events_lacking_need(s: Session, actor: Actor, event_ids: Iterable[int]) -> set[int]:
    """Ids among `event_ids` of events of a protected case whose place, title and notes the
    actor may not see: not assigned to the case and not taking part (one query per chunk)."""
    ids = sorted(set(event_ids))
    out: set[int] = set()
    ev = CalendarEvent
    for chunk in _chunks(ids):
        criteria = [ev.id.in_(chunk), protected_case_clause(Case.id)]
        if may_have_need(actor):
            criteria += [
                not_(assigned_clause(actor)),
                not_(
                    exists().where(
                        event_staff.c.event_id == ev.id, event_staff.c.staff_id == actor.staff_id
                    )
                ),
            ]
        out.update(
            s.execute(select(ev.id).join(Case, Case.id == ev.case_id).where(*criteria)).scalars()
        )
    return out


def transports_lacking_need(s: Session, actor: Actor, transport_ids: Iterable[int]) -> set[int]:
    """Ids of transports of protected cases whose addresses, phone and notes the actor may not
    see (not the requester, not crew, not assigned to the case)."""
    ids = sorted(set(transport_ids))
    out: set[int] = set()
    tr = Transport
    for chunk in _chunks(ids):
        if not may_have_need(actor):
            need = false()
        else:
            need = or_(
                _is(tr.requested_by_id, actor),
                assigned_clause(actor),
                exists().where(
                    transport_crew.c.transport_id == tr.id,
                    transport_crew.c.staff_id == actor.staff_id,
                ),
            )
        out.update(
            s.execute(
                select(tr.id)
                .join(Case, Case.id == tr.case_id)
                .where(tr.id.in_(chunk), and_(protected_case_clause(Case.id), not_(need)))
            ).scalars()
        )
    return out
