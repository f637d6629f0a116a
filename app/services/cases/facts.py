"""The case screen's figures that count both agencies' records (numbers only; docs/secrecy.md).

SQLite: from the `contact_facts` / `assessment_facts` views. PostgreSQL: from the numbers-only
SECURITY DEFINER functions of migration d2_case_facts — a staff login may not list the records
of the other agency one row each, only these per-case, per-party and per-person figures.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models.facts import assessment_facts, contact_facts
from app.services.core.timeutil import as_utc, now_utc


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def reached_count(session: Session, party_id: int) -> int:
    """Reached contacts with the party (either agency) up to now."""
    if _pg(session):
        n = session.execute(text("SELECT igor_fact_reached_count(:p)"), {"p": party_id})
        return int(n.scalar_one() or 0)
    cf = contact_facts.c
    return int(
        session.execute(
            select(func.count())
            .select_from(contact_facts)
            .where(cf.party_id == party_id, cf.reached.is_(True), cf.occurred_at <= now_utc())
        ).scalar_one()
    )


def endangering_count(session: Session, case_id: int) -> int:
    """Open assessments of the case that say contact endangers her."""
    if _pg(session):
        n = session.execute(text("SELECT igor_fact_endangering(:c)"), {"c": case_id})
        return int(n.scalar_one() or 0)
    af = assessment_facts.c
    return int(
        session.execute(
            select(func.count())
            .select_from(assessment_facts)
            .where(af.case_id == case_id, af.contact_endangers.is_(True), af.closed_at.is_(None))
        ).scalar_one()
    )


def person_counts(session: Session, person_id: int, at: datetime) -> tuple[int, int]:
    """Reached contacts with the person in the 7 and the 30 days before `at`."""
    at = as_utc(at)
    if _pg(session):
        row = session.execute(
            text("SELECT last7, last30 FROM igor_fact_person_counts(:p, :at)"),
            {"p": person_id, "at": at},
        ).one()
        return int(row[0]), int(row[1])
    cf = contact_facts.c
    since7, since30 = at - timedelta(days=7), at - timedelta(days=30)
    row = session.execute(
        select(func.count().filter(cf.occurred_at > since7), func.count()).where(
            cf.subject_person_id == person_id,
            cf.reached.is_(True),
            cf.occurred_at > since30,
            cf.occurred_at <= at,
        )
    ).one()
    return int(row[0]), int(row[1])


def last_contact(session: Session, case_id: int) -> datetime | None:
    """The newest contact or attempt of the case by either agency."""
    if _pg(session):
        newest = session.execute(text("SELECT igor_fact_last_contact(:c)"), {"c": case_id})
        return newest.scalar_one_or_none()
    cf = contact_facts.c
    return session.execute(
        select(func.max(cf.occurred_at)).where(cf.case_id == case_id)
    ).scalar_one_or_none()


def case_totals(session: Session, case_id: int) -> tuple[int, int]:
    """(contacts, assessments) of the case in all, both agencies."""
    if _pg(session):
        row = session.execute(
            text("SELECT contacts, assessments FROM igor_fact_case_totals(:c)"), {"c": case_id}
        ).one()
        return int(row[0]), int(row[1])
    contacts = session.execute(
        select(func.count()).select_from(contact_facts).where(contact_facts.c.case_id == case_id)
    ).scalar_one()
    assessments = session.execute(
        select(func.count())
        .select_from(assessment_facts)
        .where(assessment_facts.c.case_id == case_id)
    ).scalar_one()
    return int(contacts), int(assessments)


def first_reached(session: Session, case_id: int) -> list[tuple[int, datetime | None]]:
    """Each party's first reached contact in the case."""
    if _pg(session):
        return [
            (r[0], r[1])
            for r in session.execute(
                text("SELECT party_id, first_at FROM igor_fact_first_reached(:c)"), {"c": case_id}
            )
        ]
    cf = contact_facts.c
    return [
        (r[0], r[1])
        for r in session.execute(
            select(cf.party_id, func.min(cf.occurred_at))
            .where(cf.case_id == case_id, cf.reached.is_(True))
            .group_by(cf.party_id)
        )
    ]
