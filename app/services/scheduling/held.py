"""A held event becomes a recorded contact on its case in one step (`mark_held`), and back.

No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from app.database import Database
from app.errors import AccessDenied, UserError
from app.models import (
    CalendarEvent,
)
from app.models.enums import (
    EventKind,
    PartyRole,
    TalkKind,
)
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.scheduling.choices import _party_choices
from app.services.scheduling.event_store import (
    _audit,
    _input_from,
    _links,
    _load_for_edit,
    _require_occurrence,
    _set_links,
    _write,
)
from app.services.scheduling.events import HELD_AS_CONTACT, SUSPECT_KINDS, HeldDefaults
from app.services.scheduling.recurrence import (
    format_exdates,
    parse_exdates,
    utc,
)
from app.vocabulary import fields as F

# --- held → contact ---------------------------------------------------------------------------


def held_defaults(db: Database, actor: Actor, event_id: int) -> HeldDefaults:
    """What "Markera som genomförd" will record: channel, talk kinds and the party."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        event = s.get(CalendarEvent, event_id)
        if event is None:
            raise UserError(
                "Händelsen finns inte längre (den kan ha tagits bort på en annan dator)."
            )
        return _held_defaults(s, event)


def _held_defaults(s: Session, event: CalendarEvent) -> HeldDefaults:
    kind = EventKind(event.kind)
    channel, talks = HELD_AS_CONTACT.get(kind, (None, frozenset()))
    if event.case_id is None or channel is None:
        return HeldDefaults(None, frozenset(), None, (), needs_case=channel is not None)
    parties = tuple(_party_choices(s, event.case_id))
    _, _, event_parties = _links(s, event.id)
    wanted = PartyRole.SUSPECT if kind in SUSPECT_KINDS else PartyRole.VICTIM
    chosen = None
    if len(event_parties) == 1:
        chosen = event_parties[0]
    else:
        pool = [p for p in parties if p.id in event_parties] or list(parties)
        chosen = next((p.id for p in pool if p.role is wanted), pool[0].id if pool else None)
    return HeldDefaults(channel, talks, chosen, parties)


def mark_held(
    db: Database,
    actor: Actor,
    event_id: int,
    *,
    version: int,
    occurrence: datetime | None = None,
    party_id: int | None = None,
    talk_kinds: Iterable[TalkKind] | None = None,
    note: str | None = None,
    held_as: str | None = None,
    rule_reason: str | None = None,
    now: datetime | None = None,
) -> int | None:
    """Mark an event as held; an event on a case becomes a recorded contact with the channel
    and talk kinds its kind implies (through contacts.add_contact_in, so the contact rule applies
    to a talk with the suspect). Returns the contact id (None for kinds that are not contacts,
    such as the briefing). For one occurrence of a series, that occurrence becomes its own
    held event.

    One transaction: the contact (contacts.add_contact_in) and the marked event are saved
    together or not at all (a stale version, a refused contact rule or any later failure
    leaves neither behind).
    """
    from app.services.cases import contacts

    require_caseworker(actor)
    moment_now = utc(now) if now is not None else datetime.now(UTC)
    with _write(db, actor, event_id) as s:
        event = _load_for_edit(s, event_id, version)
        if event.held and occurrence is None:
            raise UserError("Händelsen är redan markerad som genomförd.")
        start = utc(event.starts_at)
        if occurrence is not None:
            start = _require_occurrence(event, occurrence)
        if start > utc(moment_now) + timedelta(minutes=10):
            raise UserError(
                "Händelsen har inte börjat än och kan inte markeras som genomförd.", field=F.TIME
            )
        defaults = _held_defaults(s, event)
        contact_id = None
        if defaults.channel is not None:
            chosen = party_id if party_id is not None else defaults.party_id
            if chosen is None:
                raise UserError("Fältet {field}: välj vem kontakten var med.", field=F.PARTY)
            kinds = frozenset(defaults.talk_kinds if talk_kinds is None else talk_kinds)
            contact_id = contacts.add_contact_in(
                s,
                actor,
                contacts.NewContact(
                    case_id=event.case_id,
                    party_id=chosen,
                    occurred_at=start,
                    channel=defaults.channel,
                    reached=True,
                    held_as=held_as,
                    talk_kinds=kinds,
                    note=note,
                ),
                override_reason=rule_reason,
            )
        target = event
        if occurrence is not None:
            original = _require_occurrence(event, occurrence)
            data = _input_from(
                s, event, original, original + (utc(event.ends_at) - utc(event.starts_at))
            )
            event.exdates = format_exdates(parse_exdates(event.exdates) | {original})
            staff_ids, resource_ids, party_ids = _links(s, event.id)
            target = CalendarEvent(
                kind=data.kind,
                title=data.title,
                starts_at=data.starts_at,
                ends_at=data.ends_at,
                place=data.place,
                case_id=data.case_id,
                notes=data.notes,
                series_id=event.id,
                recurrence_id=original,
                created_by_id=actor.staff_id,
            )
            s.add(target)
            s.flush()
            _set_links(s, target.id, staff_ids, resource_ids, party_ids)
            _audit(s, actor, "created", target, {"kind": target.kind.value, "series": event.id})
        target.held = True
        target.contact_id = contact_id
        s.flush()
        _audit(s, actor, "event_held", target, {"contact_id": contact_id})
    return contact_id


def unmark_held(db: Database, actor: Actor, event_id: int, *, version: int) -> None:
    """Undo "held" for an event without a recorded contact (a contact is changed or removed on
    the case, where it belongs)."""
    require_caseworker(actor)
    with _write(db, actor, event_id) as s:
        event = _load_for_edit(s, event_id, version)
        if event.contact_id is not None:
            raise AccessDenied(
                "Händelsen har blivit en registrerad kontakt. Ändra eller ta bort kontakten i "
                "ärendet i stället."
            )
        event.held = False
        s.flush()
        _audit(s, actor, "updated", event, {"fields": ["held"]})
