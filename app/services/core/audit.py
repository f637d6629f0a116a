"""The audit trail: append-only and hash-chained.

Each entry stores the hash of the previous entry and its own hash over (previous hash, time,
who, workstation, action, record, details). Changing or removing any entry breaks the chain at
that point, which `verify_chain` reports. Details never contain note text or personal data
beyond ids; they say what happened, not what was written.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.database.engine import DatabaseKind, lock_writes
from app.models import AuditEntry, AuditHead, StaffMember
from app.services.core.actor import Actor, os_account, workstation

GENESIS = "0" * 64


def _canonical_time(at: datetime) -> str:
    if at.tzinfo is None:  # SQLite returns naive datetimes; they were written as UTC
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    prev_hash: str,
    at: datetime,
    staff_id: int | None,
    os_acct: str | None,
    station: str | None,
    action: str,
    record_type: str | None,
    record_id: int | None,
    case_id: int | None,
    details: str | None,
) -> str:
    payload = json.dumps(
        [
            prev_hash,
            _canonical_time(at),
            staff_id,
            os_acct,
            station,
            action,
            record_type,
            record_id,
            case_id,
            details,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def _lock_chain(session: Session) -> None:
    """Serialise appends so two workstations never chain onto the same previous entry. On
    PostgreSQL `Database.write` has already taken this lock as its first statement (the single
    writer lock; taking it again is free); this covers sessions made elsewhere. SQLite: write
    transactions start with BEGIN IMMEDIATE (one writer at a time)."""
    lock_writes(session)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    record_type: str | None = None,
    record_id: int | None = None,
    case_id: int | None = None,
    details: dict | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's transaction (it lands or vanishes with the action).

    PostgreSQL: the server writes it (igor_audit_append, migration d1_server_boundary) with the
    staff id of the login role and computes the chain there; staff roles cannot insert entries
    themselves. SQLite: written here, and the anchored head (audit_head) moves with it."""
    details_json = json.dumps(details, ensure_ascii=False, sort_keys=True) if details else None
    staff_id = actor.staff_id if actor else None
    os_acct = actor.os_account if actor else os_account()
    station = actor.workstation if actor else workstation()
    if session.get_bind().dialect.name == "postgresql":
        entry_id = session.execute(
            text(
                "SELECT igor_audit_append(:staff, :os, :ws, :action, :rtype, :rid, :case, :details)"
            ),
            {
                "staff": staff_id,
                "os": os_acct,
                "ws": station,
                "action": action,
                "rtype": record_type,
                "rid": record_id,
                "case": case_id,
                "details": details_json,
            },
        ).scalar_one()
        # Not read back (an analyst's role may not read the trail): a transient copy; the
        # server chose the time and the hashes.
        return AuditEntry(
            id=entry_id,
            staff_id=staff_id,
            os_account=os_acct,
            workstation=station,
            action=action,
            record_type=record_type,
            record_id=record_id,
            case_id=case_id,
            details=details_json,
        )
    _lock_chain(session)
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = prev or GENESIS
    at = datetime.now(UTC)
    entry = AuditEntry(
        at=at,
        staff_id=staff_id,
        os_account=os_acct,
        workstation=station,
        action=action,
        record_type=record_type,
        record_id=record_id,
        case_id=case_id,
        details=details_json,
        prev_hash=prev_hash,
    )
    entry.hash = entry_hash(
        prev_hash,
        at,
        entry.staff_id,
        entry.os_account,
        entry.workstation,
        action,
        record_type,
        record_id,
        case_id,
        details_json,
    )
    session.add(entry)
    session.flush()
    head = session.get(AuditHead, 1)
    if head is None:
        session.add(AuditHead(id=1, last_id=entry.id, last_hash=entry.hash, entries=1))
    else:
        head.last_id, head.last_hash, head.entries = entry.id, entry.hash, head.entries + 1
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int | None
    reason: str


def verify_chain(
    session: Session, *, seen_head: tuple[int, str] | None = None
) -> ChainProblem | None:
    """Walk the chain in id order; return the first broken link, or None if it is whole.

    Besides the links: the newest entry must be the anchored head (audit_head) and the number of
    entries its count, so removing the newest entries, or all of them, or appending an entry
    outside the program is reported; an empty trail in a database that has staff is never
    intact. `seen_head` (id, hash): an entry this workstation saw earlier, which must still be
    there unchanged (local mode keeps the last one seen in the user's keyring)."""
    prev_hash = GENESIS
    prev_id: int | None = None
    count = 0
    seen_ok = seen_head is None
    rows = session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()
    for entry in rows:
        if entry.prev_hash != prev_hash:
            return ChainProblem(
                entry.id,
                f"entry {entry.id} does not follow entry {prev_id}: an entry before it was "
                "removed or altered",
            )
        expected = entry_hash(
            entry.prev_hash,
            entry.at,
            entry.staff_id,
            entry.os_account,
            entry.workstation,
            entry.action,
            entry.record_type,
            entry.record_id,
            entry.case_id,
            entry.details,
        )
        if entry.hash != expected:
            return ChainProblem(entry.id, f"entry {entry.id} was altered after it was written")
        if seen_head is not None and entry.id == seen_head[0]:
            seen_ok = entry.hash == seen_head[1]
        prev_hash, prev_id = entry.hash, entry.id
        count += 1
    head = session.get(AuditHead, 1)
    if head is None:
        if count or session.execute(select(StaffMember.id).limit(1)).first() is not None:
            return ChainProblem(
                None,
                "the anchored head of the trail is missing (entries or the whole trail removed)",
            )
        return None
    if count == 0:
        return ChainProblem(
            head.last_id, f"all {head.entries} entries were removed (the trail is empty)"
        )
    if prev_id < head.last_id:
        return ChainProblem(
            head.last_id,
            f"the newest entries after entry {prev_id} were removed (the head is {head.last_id})",
        )
    if prev_id > head.last_id or prev_hash != head.last_hash:
        return ChainProblem(
            prev_id,
            f"entry {prev_id} was not written by the program (the anchored head is entry "
            f"{head.last_id})",
        )
    if count != head.entries:
        return ChainProblem(
            None, f"the trail has {count} entries, the anchored head counts {head.entries}"
        )
    if not seen_ok:
        return ChainProblem(
            seen_head[0], f"entry {seen_head[0]}, seen earlier on this computer, is gone or altered"
        )
    return None


def seen_entry_intact(session: Session, seen: tuple[int, str]) -> bool:
    """Is the entry seen earlier (id, hash) still in the trail, unchanged?"""
    entry = session.get(AuditEntry, seen[0])
    return entry is not None and entry.hash == seen[1]


def head(session: Session) -> tuple[int, str] | None:
    """The anchored head (id, hash), for keeping outside the database."""
    row = session.get(AuditHead, 1)
    return (row.last_id, row.last_hash) if row is not None else None


# --- what the rest of the program records -----------------------------------------------------
#
# Call `record(session, actor, ACTION, ...)` inside the transaction that does the thing, so the
# entry and the change land together. Details: ids, counts, field NAMES and enum values only —
# never names, personnummer, addresses or free text. Actions in use:
#   sign_in, enrollment_code_created, enrolled, first_admin_created        (profiles)
#   staff_added, staff_changed, staff_revoked, db_role_provisioned         (profiles)
#   consent_recorded, consent_withdrawn   record_type="consent", record_id=consent.id,
#                                         details={"person_id": ..., "method": "signed"}
#   case_opened                           case_id=... (see case_opened() below)
#   protected_access_changed              written by the PostgreSQL server itself (migration
#                                         e1_need_trail) when a login changes who has need to
#                                         know for a protected case; details={"table", "operation"}
#   created / updated / deleted           record_type=<table>, record_id=..., case_id=...,
#                                         details={"fields": ["status", ...]}
#   printed, exported                     record_type="letter"/"export", details={"rows": n}
#   calendar (app.services.scheduling.calendar, ics, day_list): created/updated/deleted record_type=
#     "calendar_event"; meeting_warning_answered (details: case ids, "event:ID"/"transport:ID"),
#     contact_rule_overridden, event_held (details: contact_id); imported (ics counts);
#     exported (record_type="export", format "ics", protected_included); printed
#     (record_type="day_list", record_id=staff id, details rows/protected_included/via:
#     print, save or viewer; recorded when the list leaves the program, not per preview)
#   case_closed                           record_type="case", details={"violence_stopped": "yes"}
#   case_reopened                         record_type="case" (the reason stays in the case)
#   contact_rule_overridden               record_type="contact", details={"unmet": [codes]}
#   assessment_closed                     record_type="risk_assessment"
#   transport_requested, transport_updated, transport_planned, transport_status_changed
#                                         record_type="transport" (docs/transports.md)
#   exported (statistics)                 record_type="statistics", details={"format", "from", "to",
#                                         "cases"[, "rows"]} (app/services/statistics/figures.py)
#   excel_import                          details={"cases_added": n, "people_added": n,
#                                         "contacts_added": n, "*_existing": n} (counts only)

CASE_OPENED = "case_opened"


def case_opened(db, actor: Actor, case_id: int) -> None:
    """Record that the actor opened a case (one short write; call when the case screen opens).

    PostgreSQL: ONE statement in a transaction of its own. `igor_audit_append` takes the single
    writer lock itself, so the lock is held only while the server appends and commits — not
    across the client's round trips (lock, revocation check, append, commit), which a busy
    workstation stretches and every other save waits for (benchmarks/README.md, load). The
    revocation check is part of the statement; a revoked or unknown profile falls through to
    the ordinary write, which refuses it with its message."""
    if db.kind is DatabaseKind.POSTGRESQL:
        appended = db.autocommit_scalar(
            "SELECT igor_audit_append(:staff, :os, :ws, :action, 'case', :case, :case, NULL) "
            "FROM staff_member WHERE id = :staff AND revoked_at IS NULL",
            {
                "staff": actor.staff_id,
                "os": actor.os_account,
                "ws": actor.workstation,
                "action": CASE_OPENED,
                "case": case_id,
            },
        )
        if appended is not None:
            return
    db.run_write(
        lambda s: record(
            s, actor, CASE_OPENED, record_type="case", record_id=case_id, case_id=case_id
        ),
        actor=actor,
    )


@dataclass(frozen=True)
class CaseViewer:
    at: datetime
    staff_id: int | None
    full_name: str | None
    agency: str | None
    os_account: str | None
    workstation: str | None


def case_viewers(db, actor: Actor, case_id: int) -> list[CaseViewer]:
    """Who has looked at this case, newest first. Lead/administrator only; the look-up itself is
    recorded too."""
    from app.models import StaffMember
    from app.services.core.access import require_admin

    require_admin(actor)
    with db.write(actor=actor) as s:
        rows = s.execute(
            select(
                AuditEntry.at,
                AuditEntry.staff_id,
                StaffMember.full_name,
                StaffMember.agency,
                AuditEntry.os_account,
                AuditEntry.workstation,
            )
            .outerjoin(StaffMember, StaffMember.id == AuditEntry.staff_id)
            .where(AuditEntry.action == CASE_OPENED, AuditEntry.case_id == case_id)
            .order_by(AuditEntry.id.desc())
        ).all()
        record(
            s, actor, "case_viewers_shown", record_type="case", record_id=case_id, case_id=case_id
        )
    return [
        CaseViewer(
            at=r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC),
            staff_id=r.staff_id,
            full_name=r.full_name,
            agency=str(r.agency) if r.agency is not None else None,
            os_account=r.os_account,
            workstation=r.workstation,
        )
        for r in rows
    ]


def count_entries(session: Session) -> int:
    from sqlalchemy import func

    return session.execute(select(func.count(AuditEntry.id))).scalar_one()
