"""Stored calendar events: loading one for an edit (version, row lock on PostgreSQL, who changed it),
its staff/resource/party links, the audit entry, and an occurrence of a series.

No Qt here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.errors import ConcurrentEditError, UserError
from app.models import (
    AuditEntry,
    CalendarEvent,
    StaffMember,
    event_party,
    event_resource,
    event_staff,
)
from app.models.enums import (
    EventKind,
)
from app.services.core import audit
from app.services.scheduling.events import RECORD_TYPE, EventInput
from app.services.scheduling.recurrence import (
    local,
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


def _load_for_edit(s: Session, event_id: int, version: int) -> CalendarEvent:
    event = s.get(CalendarEvent, event_id, with_for_update=_for_update(s))
    if event is None:
        raise UserError("Händelsen finns inte längre (den kan ha tagits bort på en annan dator).")
    if event.version != version:
        who, when = _last_change(s, event_id)
        raise ConcurrentEditError(
            "Händelsen ändrades av {changed_by} {changed_at} efter att du öppnade den. Öppna den "
            "igen och gör ändringen på nytt.",
            changed_by=who,
            changed_at=when,
        )
    return event


def _for_update(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def _last_change(s: Session, event_id: int) -> tuple[str | None, str]:
    row = s.execute(
        select(StaffMember.full_name, AuditEntry.at)
        .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_id)
        .where(AuditEntry.record_type == RECORD_TYPE, AuditEntry.record_id == event_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).one_or_none()
    if row is None:
        return None, "nyss"
    return row.full_name, f"{local(row.at):%Y-%m-%d %H:%M}"


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
