"""Stored calendar events: loading one for an edit (version, row lock on PostgreSQL, who changed it),
its staff/resource/party links, the audit entry, and an occurrence of a series.

No Qt here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.models import (
    CalendarEvent,
    event_party,
    event_resource,
    event_staff,
)
from app.models.enums import (
    EventKind,
)
from app.services.core import audit, editing
from app.services.scheduling.events import RECORD_TYPE, EventInput
from app.services.scheduling.recurrence import (
    occurrences,
    utc,
)


def _set_links(s: Session, event_id: int, staff_ids, resource_ids, party_ids) -> None:
    for table, col, ids in (
        (event_staff, "staff_id", staff_ids),
        (event_resource, "resource_id", resource_ids),
        (event_party, "party_id", party_ids),
    ):
        s.execute(delete(table).where(table.c.event_id == event_id))
        if ids:
            s.execute(insert(table), [{"event_id": event_id, col: v} for v in ids])


def _links(s: Session, event_id: int) -> tuple[list[int], list[int], list[int]]:
    def ids(table, col):
        return sorted(s.execute(select(table.c[col]).where(table.c.event_id == event_id)).scalars())

    return (
        ids(event_staff, "staff_id"),
        ids(event_resource, "resource_id"),
        ids(event_party, "party_id"),
    )


def _audit(s, actor, action, event: CalendarEvent, details: dict | None = None) -> None:
    audit.record(
        s,
        actor,
        action,
        record_type=RECORD_TYPE,
        record_id=event.id,
        case_id=event.case_id,
        details=details,
    )


EVENT = editing.kind(
    RECORD_TYPE,
    "Händelsen finns inte längre (den kan ha tagits bort på en annan dator).",
    "Händelsen ändrades av {changed_by} {changed_at} efter att du öppnade den. Öppna den "
    "igen och gör ändringen på nytt.",
)


def _load_for_edit(s: Session, event_id: int, version: int) -> CalendarEvent:
    """The one edit path's load: row lock (PostgreSQL), existence, version, who and when."""
    return editing.load_for_edit(s, s.info.get("actor"), CalendarEvent, event_id, version, EVENT)


def _write(db, actor, event_id: int):
    """The event's edit transaction; a stale flush becomes ConcurrentEditError."""
    return editing.write(db, actor, CalendarEvent, event_id, EVENT)


def _require_occurrence(event: CalendarEvent, occurrence: datetime) -> datetime:
    """The original start of one occurrence of this series (refuses starts not in it)."""
    if event.rrule is None:
        raise UserError("Händelsen upprepas inte; ändra den direkt.")
    moment = utc(occurrence)
    found = occurrences(
        event.starts_at,
        event.ends_at,
        event.rrule,
        exdates=event.exdates,
        recur_until=event.recur_until,
        window_start=moment,
        window_end=moment + timedelta(seconds=1),
    )
    if not any(a == moment for a, _ in found):
        raise UserError("Tillfället finns inte längre i serien (det kan ha tagits bort).")
    return moment


def _input_from(s: Session, event: CalendarEvent, start: datetime, end: datetime) -> EventInput:
    staff_ids, resource_ids, party_ids = _links(s, event.id)
    return EventInput(
        kind=EventKind(event.kind),
        starts_at=start,
        ends_at=end,
        title=event.title,
        place=event.place,
        case_id=event.case_id,
        party_ids=tuple(party_ids),
        staff_ids=tuple(staff_ids),
        resource_ids=tuple(resource_ids),
        notes=event.notes,
        meeting_reason=event.risk_override_reason,
        rule_reason=event.rule_override_reason,
    )
