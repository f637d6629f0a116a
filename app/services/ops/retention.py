"""Retention (gallring): closed cases older than the retention period are erased for good.

The period (years after closing) is a team-wide setting in the `setting` table. `due_cases`
lists the closed cases past it; an administrator confirms, and `erase_cases` removes each case
completely in one transaction: the case, its parties, children and police reports, contacts,
notes, risk assessments, referrals, letters (with their PDFs), transports, consents given in
the case and the disclosures made under them, the calendar events booked for the case and
every calendar link to its parties, and the people in it who are not in any other case (with
their addresses and remaining consents). People who are also in another case are kept as they
are; so is everything belonging to other cases.

Deletes go through Core table statements, so the agency secrecy filter (which applies to ORM
SELECTs) can never make the erasure skip rows the administrator's agency cannot see. The audit
trail keeps one entry per erased case with ids and counts only; existing audit entries are
never touched (the chain stays verifiable). On SQLite `secure_delete` overwrites the freed
pages; backups older than the erasure still hold the case until they are pruned.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import UserError
from app.models import (
    Address,
    CalendarEvent,
    Case,
    CaseAction,
    CaseParty,
    Child,
    Consent,
    Contact,
    Disclosure,
    Letter,
    Note,
    Person,
    PoliceReport,
    Referral,
    RiskAssessment,
    Setting,
    Transport,
    event_party,
    event_resource,
    event_staff,
    transport_crew,
)
from app.models.enums import CaseStatus
from app.services.admin import team_settings
from app.services.core import audit
from app.services.core.access import require_admin
from app.services.core.actor import Actor
from app.vocabulary import fields as F

logger = logging.getLogger(__name__)

SETTING_KEY = "retention_years_after_closing"
DEFAULT_YEARS = 3
MIN_YEARS = 1
MAX_YEARS = 50


@dataclass(frozen=True)
class DueCase:
    case_id: int
    case_number: str
    opened_on: date
    closed_on: date


@dataclass(frozen=True)
class ErasureSummary:
    cases: int
    persons: int
    rows: int


def retention_years(db: Database) -> int:
    with db.read(system=True) as s:
        raw = team_settings.setting_row(s, SETTING_KEY)
        if raw is None:
            return DEFAULT_YEARS
        try:
            return int(json.loads(raw.value_json))
        except (TypeError, ValueError):
            logger.warning("retention setting unreadable; using the default")
            return DEFAULT_YEARS


def set_retention_years(db: Database, actor: Actor, years: int) -> None:
    require_admin(actor)
    if not isinstance(years, int) or not MIN_YEARS <= years <= MAX_YEARS:
        raise UserError(
            "Fältet {field} måste vara ett helt antal år mellan {low} och {high}.",
            field=F.RETENTION_PERIOD,
            low=MIN_YEARS,
            high=MAX_YEARS,
        )
    with db.write(actor=actor) as s:
        row = team_settings.setting_row(s, SETTING_KEY)
        old = row.value_json if row else None
        if row is None:
            s.add(Setting(key=SETTING_KEY, value_json=json.dumps(years)))
        else:
            row.value_json = json.dumps(years)
        audit.record(
            s,
            actor,
            "setting_changed",
            record_type="setting",
            details={"key": SETTING_KEY, "old": old and json.loads(old), "new": years},
        )


def cutoff_date(years: int, today: date) -> date:
    """Cases closed on or before this date are past the retention period."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def due_cases(db: Database, actor: Actor, *, today: date | None = None) -> list[DueCase]:
    require_admin(actor)
    cutoff = cutoff_date(retention_years(db), today or date.today())
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(Case.id, Case.case_number, Case.opened_on, Case.closed_on)
            .where(
                Case.status == CaseStatus.CLOSED,
                Case.closed_on.is_not(None),
                Case.closed_on <= cutoff,
            )
            .order_by(Case.closed_on, Case.id)
        ).all()
    return [DueCase(r.id, r.case_number, r.opened_on, r.closed_on) for r in rows]


def erase_cases(
    db: Database, actor: Actor, case_ids: list[int], *, today: date | None = None
) -> ErasureSummary:
    """Erase the given cases. Each must still be due (closed and past the period); otherwise
    nothing at all is erased."""
    require_admin(actor)
    wanted = sorted(set(case_ids))
    if not wanted:
        return ErasureSummary(0, 0, 0)
    due = {c.case_id for c in due_cases(db, actor, today=today)}
    not_due = [cid for cid in wanted if cid not in due]
    if not_due:
        raise UserError(
            "{count} av de valda ärendena är inte (längre) aktuella för gallring. Inget har "
            "raderats; uppdatera listan och försök igen.",
            count=len(not_due),
        )
    persons = rows = 0
    with db.write(actor=actor) as s:
        if s.get_bind().dialect.name == "sqlite":
            s.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        for case_id in wanted:
            p, r = _erase_one(s, actor, case_id)
            persons += p
            rows += r
    logger.info("retention erased %d cases, %d persons, %d rows", len(wanted), persons, rows)
    return ErasureSummary(len(wanted), persons, rows)


def _ids(s: Session, stmt) -> list[int]:
    return list(s.execute(stmt).scalars())


def _erase_one(s: Session, actor: Actor, case_id: int) -> tuple[int, int]:
    t = {
        m: m.__table__
        for m in (
            Address,
            CalendarEvent,
            Case,
            CaseAction,
            CaseParty,
            Child,
            Consent,
            Contact,
            Disclosure,
            Letter,
            Note,
            Person,
            PoliceReport,
            Referral,
            RiskAssessment,
            Transport,
        )
    }
    closed_on = s.execute(select(t[Case].c.closed_on).where(t[Case].c.id == case_id)).scalar_one()
    party_ids = _ids(s, select(t[CaseParty].c.id).where(t[CaseParty].c.case_id == case_id))
    person_ids = set(
        _ids(s, select(t[CaseParty].c.person_id).where(t[CaseParty].c.case_id == case_id))
    )
    # People who appear elsewhere stay: as a party of another case, or as the subject of a
    # record that belongs to another case.
    keep = set(
        _ids(
            s,
            select(t[CaseParty].c.person_id).where(
                t[CaseParty].c.person_id.in_(person_ids), t[CaseParty].c.case_id != case_id
            ),
        )
    )
    for model in (Contact, Note, RiskAssessment, Letter):
        tb = t[model]
        keep |= set(
            _ids(
                s,
                select(tb.c.subject_person_id).where(
                    tb.c.subject_person_id.in_(person_ids),
                    or_(tb.c.case_id.is_(None), tb.c.case_id != case_id),
                ),
            )
        )
    gone_persons = sorted(person_ids - keep)

    # Consents of the erased people go. A consent recorded in this case for someone who is
    # kept still governs that person's other case: it stays, without the link to this case.
    consent_ids = _ids(
        s,
        select(t[Consent].c.id).where(
            or_(
                t[Consent].c.person_id.in_(gone_persons),
                and_(t[Consent].c.case_id == case_id, t[Consent].c.person_id.not_in(keep)),
            )
        ),
    )
    counts: dict[str, int] = {}

    def run(name: str, stmt) -> None:
        counts[name] = counts.get(name, 0) + (s.execute(stmt).rowcount or 0)

    # Disclosures: made under the consents going away, or pointing at records of this case.
    record_ids = {
        "contact": _ids(s, select(t[Contact].c.id).where(t[Contact].c.case_id == case_id)),
        "note": _ids(s, select(t[Note].c.id).where(t[Note].c.case_id == case_id)),
        "risk_assessment": _ids(
            s, select(t[RiskAssessment].c.id).where(t[RiskAssessment].c.case_id == case_id)
        ),
        "letter": _ids(s, select(t[Letter].c.id).where(t[Letter].c.case_id == case_id)),
        "case_action": _ids(
            s, select(t[CaseAction].c.id).where(t[CaseAction].c.case_id == case_id)
        ),
    }
    d = t[Disclosure]
    run("disclosure", delete(d).where(d.c.consent_id.in_(consent_ids)))
    for record_type, ids in record_ids.items():
        run("disclosure", delete(d).where(d.c.record_type == record_type, d.c.record_id.in_(ids)))

    # Transports (their crews), then what hangs on parties and the case.
    transport_ids = _ids(s, select(t[Transport].c.id).where(t[Transport].c.case_id == case_id))
    run(
        "transport_crew",
        delete(transport_crew).where(transport_crew.c.transport_id.in_(transport_ids)),
    )
    run("transport", delete(t[Transport]).where(t[Transport].c.id.in_(transport_ids)))
    letters = t[Letter]
    run(
        "letter",
        delete(letters).where(
            or_(
                letters.c.case_id == case_id,
                letters.c.consent_id.in_(consent_ids),
                letters.c.subject_person_id.in_(gone_persons),
            )
        ),
    )
    for model in (Contact, Note, RiskAssessment, CaseAction):
        tb = t[model]
        run(
            tb.name,
            delete(tb).where(
                or_(tb.c.case_id == case_id, tb.c.subject_person_id.in_(gone_persons))
            ),
        )
    run("referral", delete(t[Referral]).where(t[Referral].c.case_id == case_id))
    run("child", delete(t[Child]).where(t[Child].c.case_id == case_id))
    run("police_report", delete(t[PoliceReport]).where(t[PoliceReport].c.case_id == case_id))

    # Calendar: events booked for this case go (their titles and notes are about it); other
    # events only lose their links to this case's parties.
    ev = t[CalendarEvent]
    event_ids = _ids(s, select(ev.c.id).where(ev.c.case_id == case_id))
    run(
        "event_party",
        delete(event_party).where(
            or_(event_party.c.party_id.in_(party_ids), event_party.c.event_id.in_(event_ids))
        ),
    )
    run("event_staff", delete(event_staff).where(event_staff.c.event_id.in_(event_ids)))
    run("event_resource", delete(event_resource).where(event_resource.c.event_id.in_(event_ids)))
    run("calendar_event", delete(ev).where(ev.c.id.in_(event_ids)))

    run("consent", delete(t[Consent]).where(t[Consent].c.id.in_(consent_ids)))
    s.execute(update(t[Consent]).where(t[Consent].c.case_id == case_id).values(case_id=None))
    run("case_party", delete(t[CaseParty]).where(t[CaseParty].c.case_id == case_id))
    run("address", delete(t[Address]).where(t[Address].c.person_id.in_(gone_persons)))
    run("person", delete(t[Person]).where(t[Person].c.id.in_(gone_persons)))
    run("case_file", delete(t[Case]).where(t[Case].c.id == case_id))

    total = sum(counts.values())
    audit.record(
        s,
        actor,
        "retention_erased",
        record_type="case_file",
        record_id=case_id,
        case_id=case_id,
        details={
            "closed_year": closed_on.year if closed_on else None,
            "persons_erased": len(gone_persons),
            "persons_kept": len(person_ids) - len(gone_persons),
            "rows": {k: v for k, v in sorted(counts.items()) if v},
        },
    )
    return len(gone_persons), total


def count_cases(db: Database) -> int:
    with db.read(system=True) as s:
        return s.execute(select(func.count(Case.id))).scalar_one()
