"""Consents to exchange information between police and social services (samtycke).

A consent concerns one person and says in which direction(s) it opens records (social services
-> police, police -> social services), which kinds (journal notes, contacts, risk assessments,
letters; optionally named outside recipients of letters), from and until which day (the lead's
default length: `default_months`), how it was given (signed form, or verbal with a witness) and
who recorded it. Within those, the other agency may READ the records about that person
(app.services.core.access, and the server's row policies); withdrawal takes effect at once. Any
caseworker of either agency may record one and any caseworker may record its withdrawal. Audit:
`consent_recorded` / `consent_withdrawn` with details {"person_id", "method"} as docs/secrecy.md
says (the scope is in the consent row itself).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.database import Database, DatabaseKind
from app.errors import UserError, ValidationError
from app.models import Case, CaseParty, Consent, StaffMember
from app.models.consent import SCOPE_TABLES
from app.models.enums import Agency, ConsentMethod
from app.services.admin import team_settings
from app.services.core import audit, editing
from app.services.core.access import consent_allows, require_admin, require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import as_utc, now_utc, today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

MAX_NOTE = 2_000
MAX_RECIPIENTS = 1_000
MAX_WITNESS = 200
MAX_YEARS = 5  # the longest validity period (the server function says the same)
DEFAULT_MONTHS = 12
DEFAULT_MONTHS_KEY = "consent.default_months"
EXPIRING_DAYS = 30  # "expires soon" on the case and the start page
ALL_KINDS: tuple[str, ...] = SCOPE_TABLES
BOTH: tuple[Agency, ...] = (Agency.POLICE, Agency.SOCIAL)


@dataclass(frozen=True)
class NewConsent:
    """`directions`: the agencies that may READ the other's records (Agency.POLICE: social
    services -> police). `kinds`: the record kinds covered (SCOPE_TABLES). `valid_until` None:
    the lead's default length from `valid_from` (which defaults to `given_on`)."""

    person_id: int
    given_on: date
    method: ConsentMethod
    note: str | None = None
    case_id: int | None = None
    directions: tuple[Agency, ...] = BOTH
    kinds: tuple[str, ...] = ALL_KINDS
    recipients: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    witness: str | None = None


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
    to_police: bool = True
    to_social: bool = True
    kinds: tuple[str, ...] = ALL_KINDS
    recipients: str | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    witness: str | None = None
    today: date = field(default_factory=today_local)

    @property
    def active(self) -> bool:
        """Not withdrawn (see `state` for the validity period)."""
        return self.withdrawn_at is None

    @property
    def state(self) -> str:
        """ "withdrawn", "not_yet" (valid_from ahead), "expired", "expiring" (within
        EXPIRING_DAYS) or "in_force"."""
        if self.withdrawn_at is not None:
            return "withdrawn"
        if self.valid_from is not None and self.today < self.valid_from:
            return "not_yet"
        if self.valid_until is not None and self.today > self.valid_until:
            return "expired"
        if self.valid_until is not None and (self.valid_until - self.today).days < EXPIRING_DAYS:
            return "expiring"
        return "in_force"

    @property
    def in_force(self) -> bool:
        return self.state in ("in_force", "expiring")

    def opens_to(self, agency: Agency) -> bool:
        return self.to_police if Agency(agency) is Agency.POLICE else self.to_social


@dataclass(frozen=True)
class DirectionState:
    """The consent state of one person in one direction (for the case header)."""

    person_id: int
    person_name: str
    viewer: Agency  # the agency that may read (Agency.POLICE: social services -> police)
    state: str  # "none", "in_force", "expiring", "partial" (not every kind), "expired"
    kinds: tuple[str, ...]
    valid_until: date | None
    consent_id: int | None


def default_months(db: Database, actor: Actor) -> int:
    """The lead's default validity of a new consent, in months."""
    with db.read(actor=actor) as s:
        return _default_months(s)


def _default_months(s) -> int:
    value = team_settings.get_value(s, DEFAULT_MONTHS_KEY, DEFAULT_MONTHS)
    return value if isinstance(value, int) and 1 <= value <= 12 * MAX_YEARS else DEFAULT_MONTHS


def set_default_months(db: Database, actor: Actor, months: int) -> None:
    """The lead sets how long a new consent is valid unless the form says otherwise."""
    require_admin(actor)
    if not isinstance(months, int) or not 1 <= months <= 12 * MAX_YEARS:
        raise UserError(
            "Fältet {field}: ange 1–{most} månader.", field=F.CONSENT_MONTHS, most=12 * MAX_YEARS
        )
    with db.write(actor=actor) as s:
        team_settings.set_value(s, DEFAULT_MONTHS_KEY, months)
        audit.record(
            s,
            actor,
            "setting_changed",
            record_type="setting",
            details={"key": DEFAULT_MONTHS_KEY, "value": months},
        )


def default_until(valid_from: date, months: int) -> date:
    """The last valid day of a consent of `months` months from `valid_from`."""
    return valid_from + relativedelta(months=months) - timedelta(days=1)


def _checked_scope(new: NewConsent, problems: list[UserError]):
    directions = {Agency(a) for a in new.directions or ()}
    if not directions:
        problems.append(
            UserError("Fältet {field}: välj minst en riktning.", field=F.CONSENT_DIRECTION)
        )
    kinds = tuple(k for k in SCOPE_TABLES if k in set(new.kinds or ()))
    if not kinds or set(new.kinds) - set(SCOPE_TABLES):
        problems.append(
            UserError("Fältet {field}: välj minst ett slags uppgifter.", field=F.CONSENT_SCOPE)
        )
    recipients = "\n".join(
        line.strip() for line in (new.recipients or "").splitlines() if line.strip()
    )
    if len(recipients) > MAX_RECIPIENTS:
        problems.append(checks.too_long(F.CONSENT_RECIPIENTS, MAX_RECIPIENTS))
    witness = (new.witness or "").strip() or None
    if witness and len(witness) > MAX_WITNESS:
        problems.append(checks.too_long(F.WITNESS, MAX_WITNESS))
    return directions, kinds, recipients or None, witness


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
    directions, kinds, recipients, witness = _checked_scope(new, problems)
    valid_from = new.valid_from or new.given_on
    if new.given_on is not None and valid_from is not None and valid_from < new.given_on:
        problems.append(
            UserError(
                "Fältet {field}: kan inte vara före dagen samtycket lämnades.",
                field=F.VALID_FROM,
            )
        )
    if problems:
        raise ValidationError(problems)
    with db.write(actor=actor) as s:
        valid_until = new.valid_until or default_until(valid_from, _default_months(s))
        if valid_until < valid_from:
            raise UserError("Fältet {field}: kan inte vara före giltig från.", field=F.VALID_UNTIL)
        if valid_until > valid_from + relativedelta(years=MAX_YEARS):
            raise UserError(
                "Fältet {field}: ett samtycke kan gälla högst {years} år.",
                field=F.VALID_UNTIL,
                years=MAX_YEARS,
            )
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
            # The server checks the caller and the scope and writes consent and audit entry
            # together (staff roles may not write the consent table: d1_server_boundary,
            # e3_consent_scope).
            return s.execute(
                text(
                    "SELECT igor_consent_record(:staff, :os, :ws, :person, :case, :given, "
                    ":method, :note, :to_police, :to_social, :scope, :recipients, :from, "
                    ":until, :witness)"
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
                    "to_police": Agency.POLICE in directions,
                    "to_social": Agency.SOCIAL in directions,
                    "scope": list(kinds),
                    "recipients": recipients,
                    "from": valid_from,
                    "until": valid_until,
                    "witness": witness,
                },
            ).scalar_one()
        consent = Consent(
            person_id=new.person_id,
            case_id=new.case_id,
            given_on=new.given_on,
            method=method,
            note=note,
            recorded_by_id=actor.staff_id,
            to_police=Agency.POLICE in directions,
            to_social=Agency.SOCIAL in directions,
            recipients=recipients,
            valid_from=valid_from,
            valid_until=valid_until,
            witness=witness,
            **{f"scope_{k}": k in kinds for k in SCOPE_TABLES},
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
    """The person has a consent that is not withdrawn (whatever its scope and period)."""
    with db.read(actor=actor) as s:
        return (
            s.execute(
                select(Consent.id).where(
                    Consent.person_id == person_id, Consent.withdrawn_at.is_(None)
                )
            ).first()
            is not None
        )


def consent_opens(
    db: Database, actor: Actor, person_id: int, kind: str, viewer: Agency
) -> int | None:
    """The consent (id, the newest) that lets `viewer` read the other agency's `kind` records
    about the person today, or None."""
    with db.read(actor=actor) as s:
        return s.execute(
            select(Consent.id)
            .where(Consent.person_id == person_id, consent_allows(kind, viewer))
            .order_by(Consent.id.desc())
            .limit(1)
        ).scalar_one_or_none()


def direction_states(db: Database, actor: Actor, case_id: int) -> list[DirectionState]:
    """Per party and direction: is there a consent in force, for every kind or some, expiring
    soon, or only expired/withdrawn ones (the case header's consent line)."""
    require_caseworker(actor)
    from app.models import Person

    with db.read(actor=actor) as s:
        parties = s.execute(
            select(CaseParty.person_id, Person)
            .join(Person, Person.id == CaseParty.person_id)
            .where(CaseParty.case_id == case_id)
            .order_by(CaseParty.role)
        ).all()
        rows = _rows(s, {pid for pid, _ in parties})
    out: list[DirectionState] = []
    for person_id, person in parties:
        mine = [r for r in rows if r.person_id == person_id]
        for viewer in (Agency.POLICE, Agency.SOCIAL):
            facing = [r for r in mine if r.opens_to(viewer) and r.withdrawn_at is None]
            live = [r for r in facing if r.in_force]
            if live:
                kinds = tuple(k for k in SCOPE_TABLES if any(k in r.kinds for r in live))
                ends = [r.valid_until for r in live]
                until = None if None in ends else max(ends)
                expiring = until is not None and all(r.state == "expiring" for r in live)
                state = (
                    "expiring" if expiring else ("in_force" if kinds == SCOPE_TABLES else "partial")
                )
                best = max(live, key=lambda r: r.id)
                out.append(
                    DirectionState(
                        person_id, person.display_name, viewer, state, kinds, until, best.id
                    )
                )
            else:
                expired = [r for r in facing if r.state == "expired"]
                out.append(
                    DirectionState(
                        person_id,
                        person.display_name,
                        viewer,
                        "expired" if expired else "none",
                        (),
                        max((r.valid_until for r in expired), default=None),
                        None,
                    )
                )
    return out


@dataclass(frozen=True)
class ExpiringConsent:
    consent_id: int
    person_id: int
    person_name: str
    case_id: int | None
    case_number: str | None
    valid_until: date
    days_left: int


def expiring_consents(
    db: Database, actor: Actor, *, within_days: int = EXPIRING_DAYS, mine_only: bool = True
) -> list[ExpiringConsent]:
    """Consents in force that end within `within_days` days, soonest first; with `mine_only`,
    those of the cases the actor is assigned to (for the start page, "Min dag")."""
    require_caseworker(actor)
    from sqlalchemy import or_

    from app.models import Person

    today = today_local()
    last = today + timedelta(days=within_days)
    with db.read(actor=actor) as s:
        q = (
            select(Consent, Person, Case.case_number)
            .join(Person, Person.id == Consent.person_id)
            .outerjoin(Case, Case.id == Consent.case_id)
            .where(
                Consent.withdrawn_at.is_(None),
                Consent.valid_from <= today,
                Consent.valid_until.is_not(None),
                Consent.valid_until >= today,
                Consent.valid_until <= last,
            )
            .order_by(Consent.valid_until, Consent.id)
        )
        if mine_only:
            q = q.where(
                or_(
                    Case.assigned_police_id == actor.staff_id,
                    Case.assigned_social_id == actor.staff_id,
                )
            )
        return [
            ExpiringConsent(
                c.id,
                c.person_id,
                p.display_name,
                c.case_id,
                number,
                c.valid_until,
                (c.valid_until - today).days,
            )
            for c, p, number in s.execute(q).all()
        ]


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
    today = today_local()
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
            to_police=bool(c.to_police),
            to_social=bool(c.to_social),
            kinds=tuple(k for k in SCOPE_TABLES if c.covers(k)),
            recipients=c.recipients,
            valid_from=c.valid_from,
            valid_until=c.valid_until,
            witness=c.witness,
            today=today,
        )
        for c, p, rname, wname in result
    ]
