"""The rules an event is checked against before it is saved: fields, the victim/suspect
meeting, the contact rule, and double bookings (app.services.scheduling.clashes).

No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.errors import UserError, ValidationError
from app.models import (
    Case,
    CaseParty,
    Resource,
    StaffMember,
)
from app.models.enums import (
    EventKind,
    PartyRole,
)
from app.services.core.actor import Actor
from app.services.scheduling import clashes
from app.services.scheduling.events import (
    MAX_NOTES,
    MAX_PLACE,
    MAX_REASON,
    MAX_TITLE,
    MIN_DURATION,
    NOT_IN_DIALOG,
    SERIES_CHECK_HORIZON,
    SERIES_CHECK_MAX,
    EventInput,
    kind_label,
)
from app.services.scheduling.recurrence import (
    occurrences,
    utc,
    validate,
)
from app.vocabulary import checks
from app.vocabulary import fields as F

# --- validation -------------------------------------------------------------------------------


def _clean(text: str | None) -> str | None:
    value = (text or "").strip()
    return value or None


def _validate(s: Session, data: EventInput) -> tuple[EventInput, list[int], list[int], list[int]]:
    problems: list[UserError] = []
    try:
        kind = EventKind(data.kind)
    except ValueError:
        kind = EventKind.OTHER
        problems.append(UserError("Fältet {field}: välj en typ.", field=F.KIND))
    if kind in NOT_IN_DIALOG:
        problems.append(
            UserError(
                "Fältet {field}: transporter planeras på sidan Transporter.",
                field=F.KIND,
            )
        )
    start, end = utc(data.starts_at), utc(data.ends_at)
    if end <= start:
        problems.append(checks.end_before_start(F.END))
    elif end - start < MIN_DURATION:
        problems.append(UserError("Fältet {field}: en händelse är minst 5 minuter.", field=F.END))
    elif end - start > clashes.MAX_EVENT_SPAN:
        problems.append(
            UserError("Fältet {field}: en händelse kan vara högst 7 dygn.", field=F.END)
        )
    title = _clean(data.title)
    if title and len(title) > MAX_TITLE:
        problems.append(checks.too_long(F.TITLE, MAX_TITLE))
    place = _clean(data.place)
    if place and len(place) > MAX_PLACE:
        problems.append(checks.too_long(F.PLACE, MAX_PLACE))
    notes = _clean(data.notes)
    if notes and len(notes) > MAX_NOTES:
        problems.append(checks.too_long(F.NOTE, MAX_NOTES))
    staff_ids = sorted(set(data.staff_ids))
    resource_ids = sorted(set(data.resource_ids))
    party_ids = sorted(set(data.party_ids))
    if not staff_ids and not resource_ids:
        problems.append(
            UserError(
                "Fältet {field}: välj minst en medarbetare eller ett rum.", field=F.PARTICIPANTS
            )
        )
    if staff_ids:
        active = set(
            s.execute(
                select(StaffMember.id).where(
                    StaffMember.id.in_(staff_ids), StaffMember.revoked_at.is_(None)
                )
            ).scalars()
        )
        if active != set(staff_ids):
            problems.append(
                UserError(
                    "Fältet {field}: en vald medarbetare finns inte längre eller är spärrad.",
                    field=F.PARTICIPANTS,
                )
            )
    if resource_ids:
        found = set(
            s.execute(
                select(Resource.id).where(Resource.id.in_(resource_ids), Resource.active.is_(True))
            ).scalars()
        )
        if found != set(resource_ids):
            problems.append(
                UserError(
                    "Fältet {field}: ett valt rum eller fordon finns inte längre.",
                    field=F.RESOURCES,
                )
            )
    case_number = None
    if data.case_id is not None:
        case_number = s.execute(
            select(Case.case_number).where(Case.id == data.case_id)
        ).scalar_one_or_none()
        if case_number is None:
            problems.append(
                UserError("Fältet {field}: ärendet finns inte (det kan ha gallrats).", field=F.CASE)
            )
    if party_ids:
        if data.case_id is None:
            problems.append(UserError("Fältet {field}: välj ärendet först.", field=F.PARTIES))
        else:
            ok = set(
                s.execute(
                    select(CaseParty.id).where(
                        CaseParty.id.in_(party_ids), CaseParty.case_id == data.case_id
                    )
                ).scalars()
            )
            if ok != set(party_ids):
                problems.append(
                    UserError("Fältet {field}: välj parter i det valda ärendet.", field=F.PARTIES)
                )
    if data.recurrence is not None:
        try:
            validate(data.recurrence, start)
        except UserError as exc:
            problems.append(exc)
    for value, name in ((data.meeting_reason, "skäl"), (data.rule_reason, "skäl")):
        if value and len(value.strip()) > MAX_REASON:
            problems.append(checks.too_long(name, MAX_REASON))
    if problems:
        raise ValidationError(problems)
    if not title:
        title = kind_label(kind) + (f" {case_number}" if case_number else "")
    clean = replace(
        data, kind=kind, title=title, place=place, notes=notes, starts_at=start, ends_at=end
    )
    return clean, staff_ids, resource_ids, party_ids


def _spans(start: datetime, end: datetime, rrule: str | None, exdates, until) -> list:
    """The spans to check: the event, or a series' occurrences within the check horizon."""
    if rrule is None:
        return [(start, end)]
    spans = occurrences(
        start,
        end,
        rrule,
        exdates=exdates,
        recur_until=until,
        window_start=start,
        window_end=start + SERIES_CHECK_HORIZON,
    )
    return spans[:SERIES_CHECK_MAX]


def _check_rules(
    s: Session,
    actor: Actor,
    data: EventInput,
    staff_ids: list[int],
    resource_ids: list[int],
    party_ids: list[int],
    *,
    rrule: str | None,
    exdates,
    until,
    ignore_event_id: int | None,
) -> tuple[str | None, str | None, list[clashes.MeetingRisk], bool]:
    """Clashes (refuse), meeting risks and the contact rule (need an answer). Returns the
    stored meeting reason, the stored rule reason, the risks answered, and whether the rule was
    overridden."""
    spans = _spans(data.starts_at, data.ends_at, rrule, exdates, until)
    _check_clashes(s, spans, staff_ids, resource_ids, ignore_event_id)
    risks: list[clashes.MeetingRisk] = []
    if party_ids:
        for a, b in spans[:60]:
            risks += clashes.meeting_risks(
                s,
                start=a,
                end=b,
                place=data.place,
                party_ids=party_ids,
                resource_ids=resource_ids,
                ignore_event_id=ignore_event_id,
            )
    meeting_reason = _clean(data.meeting_reason)
    if risks and meeting_reason is None:
        raise clashes.MeetingRiskError(risks)
    if not risks:
        meeting_reason = None
    rule_reason = None
    overridden = False
    suspect_planned = (
        bool(party_ids)
        and s.execute(
            select(exists().where(CaseParty.id.in_(party_ids), CaseParty.role == PartyRole.SUSPECT))
        ).scalar_one()
    )
    if suspect_planned and data.case_id is not None:
        from app.services.cases import contacts  # the contact rule lives with the contacts

        status, rule_reason = contacts.require_contact_rule(s, data.case_id, data.rule_reason)
        overridden = rule_reason is not None
        del status
    return meeting_reason, rule_reason, risks, overridden


def _check_clashes(s, spans, staff_ids, resource_ids, ignore_event_id) -> None:
    if not spans:
        return
    if len(spans) == 1:
        a, b = spans[0]
        clashes.check_free(
            s,
            start=a,
            end=b,
            staff_ids=staff_ids,
            resource_ids=resource_ids,
            ignore_event_id=ignore_event_id,
        )
        return
    # A series: one query over its whole checked span, then each occurrence against it.
    busy = clashes.busy_intervals(
        s,
        start=spans[0][0],
        end=spans[-1][1],
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        ignore_event_id=ignore_event_id,
    )
    if not busy:
        return
    for a, b in spans:
        hit = [x for x in busy if x.starts_at < b and x.ends_at > a]
        if hit:
            clashes.check_free(
                s,
                start=a,
                end=b,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
                ignore_event_id=ignore_event_id,
            )


def first_clashes(
    s: Session,
    start: datetime,
    end: datetime,
    *,
    rrule: str | None = None,
    exdates: str | None = None,
    until: datetime | None = None,
    staff_ids: Sequence[int] = (),
    resource_ids: Sequence[int] = (),
    ignore_event_id: int | None = None,
) -> list[clashes.Clash]:
    """The clashes of the first clashing occurrence (or of the event), without suggestions:
    for checks of many events at once (an import)."""
    spans = _spans(utc(start), utc(end), rrule, exdates, until)
    if not spans:
        return []
    busy = clashes.busy_intervals(
        s,
        start=spans[0][0],
        end=spans[-1][1],
        staff_ids=staff_ids,
        resource_ids=resource_ids,
        ignore_event_id=ignore_event_id,
    )
    for a, b in spans:
        if any(x.starts_at < b and x.ends_at > a for x in busy):
            return clashes.find_clashes(
                s,
                start=a,
                end=b,
                staff_ids=staff_ids,
                resource_ids=resource_ids,
                ignore_event_id=ignore_event_id,
            )
    return []
