"""The team calendar: events, recurring series with exceptions, and the views' queries.

Rules (docs/calendar.md):
- Every save checks for double bookings of staff, talk rooms and vehicles against other events
  and planned transports (app.services.scheduling.clashes); a clash refuses the save with a message naming
  it and the nearest free slots. An edited event never clashes with itself.
- An event that puts the victim and the suspect of one case at the same place at (nearly) the
  same time needs an answer (`meeting_reason`), stored on the event and audited.
- Planning a talk with the suspect applies the contact rule (app.services.cases.contacts); when it is
  not clear the save needs a stated reason (`rule_reason`).
- Edits carry the version the user opened; a change from another workstation in between raises
  ConcurrentEditError (who and when) instead of being overwritten.
- A recurring series repeats daily, weekly or monthly in Stockholm wall time. One occurrence can
  be edited (it becomes its own event, linked by series_id/recurrence_id, and its original start
  joins the series' exdates) or removed (its start joins the exdates).
- Event titles, places and notes are shown to staff; analysts (statistics only) see the kind and
  the time.
- `mark_held`: a held event becomes a recorded contact on its case in one step (channel and talk
  kind filled in from the event kind) through app.services.cases.contacts.add_contact_in, in the same
  transaction as the marking.
No Qt here.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from app.database import Database
from app.errors import UserError
from app.models import (
    CalendarEvent,
)
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.scheduling.event_rules import _check_rules, _validate
from app.services.scheduling.event_store import (
    _audit,
    _input_from,
    _links,
    _load_for_edit,
    _require_occurrence,
    _set_links,
    _write,
)
from app.services.scheduling.event_views import _event_protection
from app.services.scheduling.events import EventInput
from app.services.scheduling.recurrence import (
    format_exdates,
    limits_for,
    parse_exdates,
    to_rrule,
    utc,
    utc_or_none,
)

# --- saving -----------------------------------------------------------------------------------


def _audit_answers(s, actor, event, risks, meeting_reason, rule_overridden) -> None:
    if meeting_reason is not None and risks:
        _audit(
            s,
            actor,
            "meeting_warning_answered",
            event,
            {
                "cases": sorted({r.case_id for r in risks}),
                "with": sorted({f"{r.other_source}:{r.other_id}" for r in risks}),
            },
        )
    if rule_overridden:
        _audit(s, actor, "contact_rule_overridden", event, {"planned": True})


def create_event(db: Database, actor: Actor, data: EventInput) -> int:
    """Save a new event (or series). Raises ValidationError, ClashError, MeetingRiskError,
    ContactRuleError."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        data, staff_ids, resource_ids, party_ids = _validate(s, data)
        rrule = until = None
        if data.recurrence is not None:
            rrule = to_rrule(data.recurrence, data.starts_at)
            until = limits_for(data.recurrence, data.starts_at)
        event, answers = _insert_checked(
            s, actor, data, staff_ids, resource_ids, party_ids,
            rrule=rrule, recur_until=until, uid=new_uid(),
        )  # fmt: skip
        _audit(
            s,
            actor,
            "created",
            event,
            {"kind": event.kind.value, "recurring": rrule is not None, "staff": len(staff_ids)},
        )
        _audit_answers(s, actor, event, *answers)
        return event.id


def _insert_checked(s, actor, data, staff_ids, resource_ids, party_ids, **fields):
    """Check the rules for a new event (or detached occurrence), insert it with its links.
    `fields`: the columns that differ (rrule/recur_until/uid, or series_id/recurrence_id).
    Returns the event and the answers to audit (risks, meeting reason, overridden)."""
    rrule, until = fields.get("rrule"), fields.get("recur_until")
    meeting_reason, rule_reason, risks, overridden = _check_rules(
        s,
        actor,
        data,
        staff_ids,
        resource_ids,
        party_ids,
        rrule=rrule,
        exdates=None,
        until=until,
        ignore_event_id=None,
    )
    event = CalendarEvent(
        kind=data.kind,
        title=data.title,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        place=data.place,
        case_id=data.case_id,
        notes=data.notes,
        held=False,
        risk_override_reason=meeting_reason,
        rule_override_reason=rule_reason,
        created_by_id=actor.staff_id,
        **fields,
    )
    s.add(event)
    s.flush()
    _set_links(s, event.id, staff_ids, resource_ids, party_ids)
    return event, (risks, meeting_reason, overridden)


def new_uid() -> str:
    return f"{uuid.uuid4()}@igor-desk"


def update_event(
    db: Database,
    actor: Actor,
    event_id: int,
    data: EventInput,
    *,
    version: int,
    occurrence: datetime | None = None,
) -> int:
    """Save changes. With `occurrence` (the original start of one occurrence of a series) only
    that occurrence changes: it becomes its own event. Returns the id of the saved event."""
    require_caseworker(actor)
    with _write(db, actor, event_id) as s:
        event = _load_for_edit(s, event_id, version)
        if _event_protection(s, actor, event, _links(s, event.id)[0])[1]:
            # The dialog showed placeholders: whoever lacks need to know cannot change (nor
            # overwrite with the placeholder) the protected title, place and notes.
            data = replace(data, title=event.title, place=event.place, notes=event.notes)
        data, staff_ids, resource_ids, party_ids = _validate(s, data)
        if occurrence is not None:
            return _detach(s, actor, event, occurrence, data, staff_ids, resource_ids, party_ids)
        rrule, until, exdates = None, None, None
        shift = data.starts_at - utc(event.starts_at)
        if data.recurrence is not None:
            rrule = to_rrule(data.recurrence, data.starts_at)
            until = limits_for(data.recurrence, data.starts_at)
            exdates = event.exdates
            if shift and exdates:  # the removed occurrences move with the series
                exdates = format_exdates(v + shift for v in parse_exdates(exdates))
        meeting_reason, rule_reason, risks, overridden = _check_rules(
            s,
            actor,
            data,
            staff_ids,
            resource_ids,
            party_ids,
            rrule=rrule,
            exdates=exdates,
            until=until,
            ignore_event_id=event.id,
        )
        before = _snapshot(event, *_links(s, event.id))
        event.kind = data.kind
        event.title = data.title
        event.starts_at = data.starts_at
        event.ends_at = data.ends_at
        event.place = data.place
        event.case_id = data.case_id
        event.notes = data.notes
        event.rrule = rrule
        event.recur_until = until
        event.exdates = exdates
        event.risk_override_reason = meeting_reason
        event.rule_override_reason = rule_reason
        if rrule is not None and shift:
            for child in s.execute(
                select(CalendarEvent).where(CalendarEvent.series_id == event.id)
            ).scalars():
                if child.recurrence_id is not None:
                    child.recurrence_id = utc(child.recurrence_id) + shift
        _set_links(s, event.id, staff_ids, resource_ids, party_ids)
        s.flush()
        after = _snapshot(event, staff_ids, resource_ids, party_ids)
        changed = sorted(k for k in after if after[k] != before[k])
        _audit(s, actor, "updated", event, {"fields": changed})
        _audit_answers(s, actor, event, risks, meeting_reason, overridden)
        return event.id


def _snapshot(event: CalendarEvent, staff_ids, resource_ids, party_ids) -> dict:
    return {
        "kind": str(event.kind),
        "title": event.title,
        "starts_at": utc(event.starts_at),
        "ends_at": utc(event.ends_at),
        "place": event.place,
        "case_id": event.case_id,
        "notes": event.notes,
        "rrule": event.rrule,
        "recur_until": utc_or_none(event.recur_until),
        "staff": list(staff_ids),
        "resources": list(resource_ids),
        "parties": list(party_ids),
    }


def _detach(s, actor, series, occurrence, data, staff_ids, resource_ids, party_ids) -> int:
    original = _require_occurrence(series, occurrence)
    excluded = parse_exdates(series.exdates) | {original}
    series.exdates = format_exdates(excluded)
    s.flush()  # the clash check below must not see the occurrence that is being replaced
    single = replace(data, recurrence=None)
    child, answers = _insert_checked(
        s, actor, single, staff_ids, resource_ids, party_ids,
        series_id=series.id, recurrence_id=original,
    )  # fmt: skip
    _audit(s, actor, "updated", series, {"fields": ["exdates"], "occurrence_detached": child.id})
    _audit(s, actor, "created", child, {"kind": child.kind.value, "series": series.id})
    _audit_answers(s, actor, child, *answers)
    return child.id


def move_event(
    db: Database,
    actor: Actor,
    event_id: int,
    new_start: datetime,
    *,
    version: int,
    new_end: datetime | None = None,
    occurrence: datetime | None = None,
    meeting_reason: str | None = None,
) -> int:
    """Move (and, with new_end, resize) an event by the mouse. An occurrence of a series moves
    alone. The same rules as a save apply; a refused move leaves everything as it was."""
    require_caseworker(actor)
    with _write(db, actor, event_id) as s:
        event = _load_for_edit(s, event_id, version)
        if occurrence is not None:
            original = _require_occurrence(event, occurrence)
            length = utc(event.ends_at) - utc(event.starts_at)
            start = utc(new_start)
            end = utc(new_end) if new_end is not None else start + length
            data = _input_from(s, event, start, end)
            if meeting_reason:
                data = replace(data, meeting_reason=meeting_reason)
            data, staff_ids, resource_ids, party_ids = _validate(s, data)
            return _detach(s, actor, event, original, data, staff_ids, resource_ids, party_ids)
        start = utc(new_start)
        end = (
            utc(new_end)
            if new_end is not None
            else start + (utc(event.ends_at) - utc(event.starts_at))
        )
        data = _input_from(s, event, start, end)
        if meeting_reason:
            data = replace(data, meeting_reason=meeting_reason)
        data, staff_ids, resource_ids, party_ids = _validate(s, data)
        shift = start - utc(event.starts_at)
        exdates = event.exdates
        if event.rrule is not None and shift and exdates:
            exdates = format_exdates(v + shift for v in parse_exdates(exdates))
        until = utc_or_none(event.recur_until)
        if event.rrule is not None and until is not None:
            until = until + shift
        meeting, rule_reason, risks, overridden = _check_rules(
            s,
            actor,
            data,
            staff_ids,
            resource_ids,
            party_ids,
            rrule=event.rrule,
            exdates=exdates,
            until=until,
            ignore_event_id=event.id,
        )
        fields = [
            f
            for f, changed in (("starts_at", shift), ("ends_at", end != utc(event.ends_at)))
            if changed
        ]
        event.starts_at, event.ends_at = start, end
        event.exdates, event.recur_until = exdates, until
        event.risk_override_reason = meeting
        event.rule_override_reason = rule_reason
        s.flush()
        _audit(s, actor, "updated", event, {"fields": fields})
        _audit_answers(s, actor, event, risks, meeting, overridden)
        return event.id


def resize_event(
    db: Database,
    actor: Actor,
    event_id: int,
    new_end: datetime,
    *,
    version: int,
    occurrence: datetime | None = None,
    occurrence_start: datetime | None = None,
) -> int:
    """Change the end (dragging the bottom edge). For an occurrence pass its current start."""
    if occurrence is not None:
        start = occurrence_start if occurrence_start is not None else occurrence
        return move_event(
            db, actor, event_id, start, version=version, new_end=new_end, occurrence=occurrence
        )
    with db.read(actor=actor) as s:
        event = s.get(CalendarEvent, event_id)
        if event is None:
            raise UserError(
                "Händelsen finns inte längre (den kan ha tagits bort på en annan dator)."
            )
        start = utc(event.starts_at)
    return move_event(db, actor, event_id, start, version=version, new_end=new_end)


def delete_event(
    db: Database,
    actor: Actor,
    event_id: int,
    *,
    version: int,
    occurrence: datetime | None = None,
) -> None:
    """Remove an event, a whole series (with its edited occurrences), or one occurrence."""
    require_caseworker(actor)
    with _write(db, actor, event_id) as s:
        event = _load_for_edit(s, event_id, version)
        if occurrence is not None:
            original = _require_occurrence(event, occurrence)
            event.exdates = format_exdates(parse_exdates(event.exdates) | {original})
            s.flush()
            _audit(s, actor, "updated", event, {"fields": ["exdates"], "occurrence_removed": True})
            return
        children = list(
            s.execute(select(CalendarEvent).where(CalendarEvent.series_id == event.id)).scalars()
        )
        for child in children:
            _audit(s, actor, "deleted", child, {"series": event.id})
            s.delete(child)
        _audit(s, actor, "deleted", event, {"kind": str(event.kind)})
        s.delete(event)


# The calendar's public API in one place: callers use `calendar.X`; each part lives in its module.
from app.services.scheduling.choices import (  # noqa: E402,F401
    find_case,
    party_choices,
    resource_choices,
    staff_choices,
)
from app.services.scheduling.event_rules import first_clashes  # noqa: E402,F401
from app.services.scheduling.event_views import (  # noqa: E402,F401
    _chunks,
    events_between,
    get_event,
)
from app.services.scheduling.events import (  # noqa: E402,F401
    HELD_AS_CONTACT,
    KIND_TEXT,
    MAX_NOTES,
    MAX_PLACE,
    MAX_REASON,
    MAX_TITLE,
    NOT_IN_DIALOG,
    RECORD_TYPE,
    SUSPECT_KINDS,
    EventDetail,
    EventRow,
    HeldDefaults,
    PartyChoice,
    ResourceChoice,
    StaffChoice,
    kind_label,
)
from app.services.scheduling.held import held_defaults, mark_held, unmark_held  # noqa: E402,F401
