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

from app.models import AuditEntry
from app.services.actor import Actor, os_account, workstation

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
    """Serialise appends so two workstations never chain onto the same previous entry."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
    # SQLite: write transactions already start with BEGIN IMMEDIATE (one writer at a time).


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
    """Append one entry inside the caller's transaction (it lands or vanishes with the action)."""
    _lock_chain(session)
    prev = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = prev or GENESIS
    at = datetime.now(UTC)
    details_json = json.dumps(details, ensure_ascii=False, sort_keys=True) if details else None
    entry = AuditEntry(
        at=at,
        staff_id=actor.staff_id if actor else None,
        os_account=actor.os_account if actor else os_account(),
        workstation=actor.workstation if actor else workstation(),
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
    return entry


@dataclass(frozen=True)
class ChainProblem:
    entry_id: int | None
    reason: str


def verify_chain(session: Session) -> ChainProblem | None:
    """Walk the chain in id order; return the first broken link, or None if it is whole."""
    prev_hash = GENESIS
    prev_id: int | None = None
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
        prev_hash, prev_id = entry.hash, entry.id
    return None
