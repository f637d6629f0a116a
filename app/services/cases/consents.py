"""Consents to exchange information between police and social services (samtycke).

A consent concerns one person. While it is active (withdrawn_at IS NULL) the other agency may
READ the records about that person (app.services.core.access); withdrawal takes effect at once. Any
caseworker of either agency may record one (on the team's consent form, or verbally) and any
caseworker may record its withdrawal. Audit: `consent_recorded` / `consent_withdrawn` with
details {"person_id", "method"} as docs/secrecy.md says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.database import Database, DatabaseKind
from app.errors import UserError, ValidationError
from app.models import Case, CaseParty, Consent, StaffMember
from app.models.enums import ConsentMethod
from app.services.core import audit, editing
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import as_utc, now_utc, today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

MAX_NOTE = 2_000


@dataclass(frozen=True)
class NewConsent:
    person_id: int
    given_on: date
    method: ConsentMethod
    note: str | None = None
    case_id: int | None = None


@dataclass(frozen=True)
class ConsentRow:
    id: int
    version: int
    person_id: int
    person_name: str
    case_id: int | None
    given_on: date
    method: ConsentMethod
    note: str | None
    recorded_by: str | None
    recorded_at: datetime
    withdrawn_at: datetime | None
    withdrawn_by: str | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def record_consent(db: Database, actor: Actor, new: NewConsent) -> int:
    require_caseworker(actor)
    problems: list[UserError] = []
    if new.given_on is None:
        problems.append(checks.required(F.GIVEN_ON))
    elif new.given_on > today_local():
        problems.append(checks.in_future(F.GIVEN_ON))
    try:
        method = ConsentMethod(new.method)
    except ValueError:
        problems.append(
            UserError("Fältet {field}: välj skriftligt eller muntligt.", field=F.METHOD)
        )
        method = None
    note = (new.note or "").strip() or None
    if note and len(note) > MAX_NOTE:
        problems.append(checks.too_long(F.NOTE, MAX_NOTE))
    if problems:
        raise ValidationError(problems)
    with db.write(actor=actor) as s:
        if new.case_id is not None:
            if s.get(Case, new.case_id) is None:
                raise UserError("Ärendet finns inte (det kan ha gallrats).")
            in_case = s.execute(
                select(CaseParty.id).where(
                    CaseParty.case_id == new.case_id, CaseParty.person_id == new.person_id
                )
            ).first()
            if in_case is None:
                raise UserError("Fältet {field}: välj en part i ärendet.", field=F.PERSON)
        if s.get_bind().dialect.name == "postgresql":
            # The server checks the caller and writes consent and audit entry together (staff
            # roles may not write the consent table: migration d1_server_boundary).
            return s.execute(
                text(
                    "SELECT igor_consent_record(:staff, :os, :ws, :person, :case, :given, "
                    ":method, :note)"
                ),
                {
                    "staff": actor.staff_id,
                    "os": actor.os_account,
                    "ws": actor.workstation,
                    "person": new.person_id,
                    "case": new.case_id,
                    "given": new.given_on,
                    "method": method.value,
                    "note": note,
                },
            ).scalar_one()
        consent = Consent(
            person_id=new.person_id,
            case_id=new.case_id,
            given_on=new.given_on,
            method=method,
            note=note,
            recorded_by_id=actor.staff_id,
        )
        s.add(consent)
        s.flush()
        audit.record(
            s,
            actor,
            "consent_recorded",
            record_type="consent",
            record_id=consent.id,
            case_id=new.case_id,
            details={"person_id": new.person_id, "method": method.value},
        )
        return consent.id


CONSENT = editing.kind(
    "consent",
    "Samtycket finns inte längre.",
    "Samtycket har ändrats av {changed_by} {changed_at} sedan du öppnade det.",
)


def withdraw_consent(
    db: Database, actor: Actor, consent_id: int, *, version: int, at: datetime | None = None
) -> int:
    """Withdrawal takes effect at once: from this commit the other agency sees nothing more.
    Returns the new version."""
    require_caseworker(actor)
    when = as_utc(at) or now_utc()
    if when > now_utc() + timedelta(minutes=10):
        raise checks.in_future(F.WITHDRAWN_ON)
    if db.kind is DatabaseKind.POSTGRESQL:
        return _withdraw_on_server(db, actor, consent_id, version, when)
    with editing.edit(
        db,
        actor,
        Consent,
        consent_id,
        version=version,
        what=CONSENT,
        guards=(require_caseworker,),
        case_id=lambda c: c.case_id,
    ) as ed:
        consent = ed.record
        if consent.withdrawn_at is not None:
            raise UserError("Samtycket är redan återkallat.")
        consent.withdrawn_at = when
        consent.withdrawn_by_id = actor.staff_id
        ed.changed(
            ["withdrawn_at", "withdrawn_by_id"],
            action="consent_withdrawn",
            person_id=consent.person_id,
            method=consent.method.value,
        )
    return ed.new_version


def _withdraw_on_server(db: Database, actor: Actor, consent_id: int, version: int, when) -> int:
    """PostgreSQL: staff login roles may not UPDATE consent rows (nor lock them); the checked
    SECURITY DEFINER function igor_consent_withdraw compares the version under its own lock,
    writes the withdrawal and the audit entry (migration d1_server_boundary)."""
    with db.write(actor=actor) as s:
        consent = s.get(Consent, consent_id)
        if consent is None:
            raise UserError(CONSENT.gone)
        if consent.version != version:
            raise editing.conflict(s, consent, CONSENT)
        if consent.withdrawn_at is not None:
            raise UserError("Samtycket är redan återkallat.")
        try:
            with s.begin_nested():
                s.execute(
                    text("SELECT igor_consent_withdraw(:staff, :os, :ws, :id, :version, :at)"),
                    {
                        "staff": actor.staff_id,
                        "os": actor.os_account,
                        "ws": actor.workstation,
                        "id": consent_id,
                        "version": version,
                        "at": when,
                    },
                )
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != "IG001":
                raise
            s.expire(consent)
            raise editing.conflict(s, consent, CONSENT) from exc
        return version + 1


def consents_for_case(db: Database, actor: Actor, case_id: int) -> list[ConsentRow]:
    """Every consent of the case's parties (also those recorded in other cases), active first."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        persons = {
            pid
            for (pid,) in s.execute(select(CaseParty.person_id).where(CaseParty.case_id == case_id))
        }
        return _rows(s, persons)


def consents_for_person(db: Database, actor: Actor, person_id: int) -> list[ConsentRow]:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        return _rows(s, {person_id})


def has_active_consent(db: Database, actor: Actor, person_id: int) -> bool:
    with db.read(actor=actor) as s:
        return (
            s.execute(
                select(Consent.id).where(
                    Consent.person_id == person_id, Consent.withdrawn_at.is_(None)
                )
            ).first()
            is not None
        )


def _rows(s, persons: set[int]) -> list[ConsentRow]:
    from sqlalchemy.orm import aliased

    from app.models import Person

    if not persons:
        return []
    recorder, withdrawer = aliased(StaffMember), aliased(StaffMember)
    result = s.execute(
        select(Consent, Person, recorder.full_name, withdrawer.full_name)
        .join(Person, Person.id == Consent.person_id)
        .outerjoin(recorder, recorder.id == Consent.recorded_by_id)
        .outerjoin(withdrawer, withdrawer.id == Consent.withdrawn_by_id)
        .where(Consent.person_id.in_(persons))
        .order_by(Consent.withdrawn_at.is_not(None), Consent.given_on.desc(), Consent.id.desc())
    ).all()
    return [
        ConsentRow(
            id=c.id,
            version=c.version,
            person_id=c.person_id,
            person_name=p.display_name,
            case_id=c.case_id,
            given_on=c.given_on,
            method=ConsentMethod(c.method),
            note=c.note,
            recorded_by=rname,
            recorded_at=as_utc(c.recorded_at),
            withdrawn_at=as_utc(c.withdrawn_at),
            withdrawn_by=wname,
        )
        for c, p, rname, wname in result
    ]
