"""The case file: everything the case screen shows, and the edits of the case's own fields.

`load_case` returns one frozen `CaseFileView`. Edits of the case aggregate (legal status,
custody, contact ban, investigation, assigned staff, focus flag, parties, children, police
reports, closing and reopening) take the `version` the user loaded; if another workstation
changed the case since, they raise ConcurrentEditError naming who (Case.updated_by_id) and when,
and change nothing. Every change is audited (field names only, never values).

Protected identity (sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter):
the address and phone number of a protected person are shown only to the staff ASSIGNED to the
case (its police officer and social worker) — they have the need; colleagues opening the case
see that an address exists but not what it is. Assigning oneself is an audited case edit, so the
route to the address leaves a trace. Addresses are never part of list views.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from app.database import Database
from app.errors import ConcurrentEditError, UserError, ValidationError
from app.models import (
    Address,
    Case,
    CaseParty,
    Child,
    Person,
    PoliceReport,
    RiskAssessment,
    StaffMember,
)
from app.models.enums import (
    Agency,
    Area,
    CaseSource,
    CaseStatus,
    ContactBan,
    Custody,
    Instrument,
    Investigation,
    NumberKind,
    PartyRole,
    Protection,
    Relation,
    RiskLevel,
)
from app.services.cases import facts
from app.services.cases.contacts import ContactCounts, counts_in
from app.services.core import audit, editing, pickers, protection
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.identity import display_number, parse_identity_number
from app.services.core.pickers import StaffChoice
from app.services.core.timeutil import as_utc, local_date, now_utc, today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

REPORT_NUMBER = re.compile(r"^\d{4}-K\d{1,7}-\d{2}$")
FUTURE_TOLERANCE = timedelta(minutes=10)


# --- the view ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PoliceReportView:
    id: int
    report_number: str
    reported_on: date | None


@dataclass(frozen=True)
class LegalStatus:
    police_reports: tuple[PoliceReportView, ...]
    investigation: Investigation
    contact_ban: ContactBan
    contact_ban_from: date | None
    contact_ban_to: date | None
    custody: Custody
    custody_since: datetime | None
    custody_until: datetime | None

    @property
    def suspect_held(self) -> bool:
        """Is the man deprived of liberty right now (anhållen or häktad)?"""
        return self.custody in (Custody.ARRESTED, Custody.DETAINED)

    def contact_ban_in_force(self, today: date) -> bool:
        if self.contact_ban == ContactBan.NONE:
            return False
        if self.contact_ban_from and today < self.contact_ban_from:
            return False
        return not (self.contact_ban_to and today > self.contact_ban_to)


@dataclass(frozen=True)
class PartyView:
    id: int  # case_party.id
    person_id: int
    role: PartyRole
    first_name: str | None
    last_name: str | None
    personal_number: str | None
    number_kind: NumberKind
    birth_year: int | None
    protection: Protection
    relation: Relation | None
    cohabiting: bool | None
    reachable: bool
    support_offered_on: date | None
    # None when there is none OR when it is hidden; see `address_hidden`.
    address: str | None
    phone: str | None
    address_hidden: bool  # protected identity and the actor has no need to know
    street: str | None = None  # the address's parts (None when hidden)
    postal_code: str | None = None
    city: str | None = None
    person_version: int = 1  # the person's version as loaded (pass it back to update_party)

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    @property
    def identity_text(self) -> str:
        """Personnummer / samordningsnummer / reserve number, or the birth year alone."""
        if self.personal_number:
            return display_number(self.personal_number, self.number_kind)
        return str(self.birth_year) if self.birth_year else ""

    @property
    def protected(self) -> bool:
        return protection.is_protected_level(self.protection)


@dataclass(frozen=True)
class ChildView:
    id: int
    first_name: str | None
    birth_year: int | None
    personal_number: str | None
    protection: Protection


@dataclass(frozen=True)
class RiskSummary:
    id: int
    instrument: Instrument
    level: RiskLevel
    assessed_on: date
    owner_agency: Agency
    reassess_on: date | None


@dataclass(frozen=True)
class Window:
    """Window of opportunity: days from the incident (or, without one, the case start) to the
    first REACHED contact, by either agency (failed attempts do not count)."""

    start: date
    start_is_incident: bool
    first_reached_on: date | None
    days: int | None  # None while nobody has been reached
    waiting_days: int | None  # days so far without a reached contact (open cases), else None


@dataclass(frozen=True)
class CaseFileView:
    id: int
    case_number: str
    version: int
    status: CaseStatus
    source: CaseSource
    area: Area
    district: str | None
    opened_on: date
    closed_on: date | None
    incident_date: date | None
    has_children: bool
    focus_person: bool
    assigned_police_id: int | None
    assigned_police_name: str | None
    assigned_social_id: int | None
    assigned_social_name: str | None
    legal: LegalStatus
    parties: tuple[PartyView, ...]
    children: tuple[ChildView, ...]
    newest_risk: RiskSummary | None  # newest assessment the actor may read
    other_agency_assessments: int  # assessments of the other agency hidden from the actor
    reassessments_due: tuple[RiskSummary, ...]  # open, visible, reassess_on passed
    window: Window
    window_by_role: dict[PartyRole, Window]
    fatigue: dict[int, ContactCounts]  # party id -> reached contacts in 7 / 30 days
    violence_stopped: bool | None
    follow_up_on: date | None
    referred_on_to: str | None
    reopen_reason: str | None
    last_contact_at: datetime | None
    updated_at: datetime
    updated_by_name: str | None
    sees_protected: bool  # the actor is assigned to the case (need to know)

    def party(self, role: PartyRole) -> PartyView | None:
        return next((p for p in self.parties if p.role == role), None)

    @property
    def focus_person_party(self) -> PartyView | None:
        return self.party(PartyRole.SUSPECT) if self.focus_person else None

    def edit(self) -> CaseEdit:
        """The editable fields as loaded (change with dataclasses.replace and save)."""
        return CaseEdit(
            investigation=self.legal.investigation,
            contact_ban=self.legal.contact_ban,
            contact_ban_from=self.legal.contact_ban_from,
            contact_ban_to=self.legal.contact_ban_to,
            custody=self.legal.custody,
            custody_since=self.legal.custody_since,
            custody_until=self.legal.custody_until,
            focus_person=self.focus_person,
            assigned_police_id=self.assigned_police_id,
            assigned_social_id=self.assigned_social_id,
            incident_date=self.incident_date,
            has_children=self.has_children,
            area=self.area,
            district=self.district,
        )


def has_need_to_know(actor: Actor, case: Case) -> bool:
    """Protected addresses: only the staff assigned to the case (app.services.core.protection)."""
    return protection.has_need_for_case(actor, case)


def open_case(db: Database, actor: Actor, case_id: int) -> CaseFileView:
    """Open the case screen: record `case_opened` in the audit trail, then load."""
    require_caseworker(actor)
    audit.case_opened(db, actor, case_id)
    return load_case(db, actor, case_id)


def load_case(
    db: Database, actor: Actor, case_id: int, *, today: date | None = None
) -> CaseFileView:
    require_caseworker(actor)
    today = today or today_local()
    with db.read(actor=actor) as s:
        case = _case_or_error(s, case_id)
        names = _staff_names(
            s, {case.assigned_police_id, case.assigned_social_id, case.updated_by_id}
        )
        need = has_need_to_know(actor, case)
        ordered = sorted(case.parties, key=lambda p: p.role != PartyRole.VICTIM)
        parties = tuple(_party_view(p, need) for p in ordered)
        children = tuple(
            ChildView(c.id, c.first_name, c.birth_year, c.personal_number, c.protection)
            for c in case.children
        )
        reports = tuple(
            PoliceReportView(r.id, r.report_number, r.reported_on) for r in case.police_reports
        )
        visible = s.execute(
            select(RiskAssessment)
            .where(RiskAssessment.case_id == case_id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        ).scalars()
        risks = [
            (
                RiskSummary(
                    a.id,
                    Instrument(a.instrument),
                    RiskLevel(a.level),
                    a.assessed_on,
                    Agency(a.owner_agency),
                    a.reassess_on,
                ),
                a.closed_at is None,
            )
            for a in visible
        ]
        _, total_assessments = facts.case_totals(s, case_id)
        start = case.incident_date or case.opened_on
        open_case_ = case.status == CaseStatus.OPEN
        first_any, first_by_party = _first_reached(s, case_id)
        window = _window(start, case.incident_date is not None, first_any, open_case_, today)
        by_role = {
            p.role: _window(
                start, case.incident_date is not None, first_by_party.get(p.id), open_case_, today
            )
            for p in case.parties
        }
        now = now_utc()
        fatigue = {p.id: counts_in(s, p.person_id, now) for p in case.parties}
        return CaseFileView(
            id=case.id,
            case_number=case.case_number,
            version=case.version,
            status=CaseStatus(case.status),
            source=CaseSource(case.source),
            area=Area(case.area),
            district=case.district,
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            incident_date=case.incident_date,
            has_children=case.has_children,
            focus_person=case.focus_person,
            assigned_police_id=case.assigned_police_id,
            assigned_police_name=names.get(case.assigned_police_id),
            assigned_social_id=case.assigned_social_id,
            assigned_social_name=names.get(case.assigned_social_id),
            legal=LegalStatus(
                police_reports=reports,
                investigation=Investigation(case.investigation),
                contact_ban=ContactBan(case.contact_ban),
                contact_ban_from=case.contact_ban_from,
                contact_ban_to=case.contact_ban_to,
                custody=Custody(case.custody),
                custody_since=as_utc(case.custody_since),
                custody_until=as_utc(case.custody_until),
            ),
            parties=parties,
            children=children,
            newest_risk=risks[0][0] if risks else None,
            other_agency_assessments=max(0, int(total_assessments) - len(risks)),
            reassessments_due=tuple(
                r for r, is_open in risks if is_open and r.reassess_on and r.reassess_on <= today
            ),
            window=window,
            window_by_role=by_role,
            fatigue=fatigue,
            violence_stopped=case.violence_stopped,
            follow_up_on=case.follow_up_on,
            referred_on_to=case.referred_on_to,
            reopen_reason=case.reopen_reason,
            last_contact_at=as_utc(case.last_contact_at),
            updated_at=as_utc(case.updated_at),
            updated_by_name=names.get(case.updated_by_id),
            sees_protected=need,
        )


def _server_withholds(person: Person) -> bool:
    session = object_session(person)
    return session is not None and session.get_bind().dialect.name == "postgresql"


def _party_view(p: CaseParty, need: bool) -> PartyView:
    person = p.person
    hidden = protection.person_is_protected(person) and not need
    first = person.addresses[0] if person.addresses else None
    address = first.one_line() if first else None
    shown = first if (first is not None and not hidden) else None
    return PartyView(
        id=p.id,
        person_id=person.id,
        role=PartyRole(p.role),
        first_name=person.first_name,
        last_name=person.last_name,
        personal_number=person.personal_number,
        number_kind=NumberKind(person.number_kind),
        birth_year=person.birth_year,
        protection=Protection(person.protection),
        relation=Relation(p.relation) if p.relation else None,
        cohabiting=p.cohabiting,
        reachable=p.reachable,
        support_offered_on=p.support_offered_on,
        address=None if hidden else address,
        phone=None if hidden else person.phone,
        # On PostgreSQL the server withholds both from whoever lacks need (address rows by
        # row-level security, the phone by column privilege: e1_protected_columns), so whether
        # there is one cannot be told there: say it is withheld.
        address_hidden=hidden
        and (address is not None or person.phone is not None or _server_withholds(person)),
        street=shown.street if shown else None,
        postal_code=shown.postal_code if shown else None,
        city=shown.city if shown else None,
        person_version=person.version,
    )


def _first_reached(s: Session, case_id: int) -> tuple[datetime | None, dict[int, datetime]]:
    rows = facts.first_reached(s, case_id)
    by_party = {pid: as_utc(at) for pid, at in rows if at is not None}
    return (min(by_party.values()) if by_party else None), by_party


def _window(
    start: date, is_incident: bool, first: datetime | None, is_open: bool, today: date
) -> Window:
    if first is None:
        waiting = max(0, (today - start).days) if is_open else None
        return Window(start, is_incident, None, None, waiting)
    first_day = local_date(first)
    return Window(start, is_incident, first_day, max(0, (first_day - start).days), None)


def _staff_names(s: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(
        select(StaffMember.id, StaffMember.full_name).where(StaffMember.id.in_(wanted))
    )
    return {i: n for i, n in rows}


def _case_or_error(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise UserError("Ärendet finns inte (det kan ha gallrats).")
    return case


def assignable_staff(db: Database, actor: Actor) -> list[StaffChoice]:
    """Active caseworkers of both agencies, for the "assigned officer / social worker" fields."""
    return pickers.staff(db, actor, check_actor=False)


# --- editing the case -------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseEdit:
    investigation: Investigation
    contact_ban: ContactBan
    contact_ban_from: date | None
    contact_ban_to: date | None
    custody: Custody
    custody_since: datetime | None  # when he was deprived of liberty (arrested)
    custody_until: datetime | None  # released: when; detained: next review / planned end
    focus_person: bool
    assigned_police_id: int | None
    assigned_social_id: int | None
    incident_date: date | None
    has_children: bool
    area: Area
    district: str | None


CASE = editing.kind(
    "case",
    "Ärendet finns inte (det kan ha gallrats).",
    "Ärendet har ändrats av {changed_by} {changed_at} sedan du öppnade det. Läs in det på "
    "nytt för att se ändringen.",
)
PERSON = editing.kind(
    "person",
    "Personen finns inte längre.",
    "Personens uppgifter har ändrats av {changed_by} {changed_at} (i detta eller ett annat "
    "ärende) sedan du öppnade dem. Läs in ärendet på nytt för att se ändringen.",
)


def conflict_for(db: Database, actor: Actor, case_id: int) -> ConcurrentEditError:
    """The concurrent-edit error for the case as it is now (who saved it last, and when)."""
    with db.read(actor=actor) as s:
        return editing.conflict(s, _case_or_error(s, case_id), CASE)


def _touch(s: Session, actor: Actor, case: Case) -> None:
    """Mark the case changed by the actor (bumps its version even when only a child row
    changed), then flush so a concurrent change surfaces as StaleDataError here."""
    case.updated_by_id = actor.staff_id
    case.updated_at = now_utc()
    s.flush()


@contextmanager
def _case_write(db: Database, actor: Actor, case_id: int, version: int) -> Iterator:
    """`with _case_write(db, actor, case_id, version) as (s, case):` one audited edit of the
    case aggregate through the one edit path (app.services.core.editing); the body writes its
    own audit entry (case_closed, a police report created, ...)."""
    with editing.edit(
        db,
        actor,
        Case,
        case_id,
        version=version,
        what=CASE,
        guards=(require_caseworker,),
        case_id=lambda c: c.id,
    ) as ed:
        ed.no_audit()
        yield ed.s, ed.record


def _check_edit(s: Session, edit: CaseEdit) -> list[UserError]:
    problems: list[UserError] = []
    if edit.contact_ban != ContactBan.NONE and edit.contact_ban_from is None:
        problems.append(
            UserError(
                "Fältet {field}: ange från vilket datum förbudet gäller.",
                field=F.CONTACT_BAN_FROM,
            )
        )
    if (
        edit.contact_ban_from
        and edit.contact_ban_to
        and edit.contact_ban_to < edit.contact_ban_from
    ):
        problems.append(
            UserError(
                "Fältet {field}: slutdatumet ligger före startdatumet.", field=F.CONTACT_BAN_TO
            )
        )
    if edit.custody != Custody.NONE and edit.custody_since is None:
        problems.append(
            UserError("Fältet {field}: ange när han frihetsberövades.", field=F.CUSTODY_SINCE)
        )
    if edit.custody == Custody.RELEASED and edit.custody_until is None:
        problems.append(UserError("Fältet {field}: ange när han släpptes.", field=F.CUSTODY_UNTIL))
    released = edit.custody == Custody.RELEASED and edit.custody_until
    if released and as_utc(edit.custody_until) > now_utc() + FUTURE_TOLERANCE:
        problems.append(
            UserError(
                "Fältet {field}: han kan inte ha släppts i framtiden.",
                field=F.CUSTODY_UNTIL,
            )
        )
    since, until = as_utc(edit.custody_since), as_utc(edit.custody_until)
    if since and since > now_utc() + FUTURE_TOLERANCE:
        problems.append(checks.in_future(F.CUSTODY_SINCE))
    if since and until and until < since:
        problems.append(
            UserError(
                "Fältet {field}: tiden ligger före tiden då frihetsberövandet började.",
                field=F.CUSTODY_UNTIL,
            )
        )
    if edit.custody == Custody.NONE and (since or until):
        problems.append(
            UserError(
                "Fältet {field}: ta bort tiderna eller välj anhållen, häktad eller släppt.",
                field=F.CUSTODY,
            )
        )
    if edit.contact_ban == ContactBan.NONE and (edit.contact_ban_from or edit.contact_ban_to):
        problems.append(
            UserError(
                "Fältet {field}: ta bort datumen eller välj typ av kontaktförbud.",
                field=F.CONTACT_BAN,
            )
        )
    if edit.incident_date and edit.incident_date > today_local():
        problems.append(checks.in_future(F.INCIDENT_DATE))
    for member_id, agency, name in (
        (edit.assigned_police_id, Agency.POLICE, "ansvarig polis"),
        (edit.assigned_social_id, Agency.SOCIAL, "ansvarig socialsekreterare"),
    ):
        if member_id is None:
            continue
        member = s.get(StaffMember, member_id)
        if member is None or member.revoked_at is not None or Agency(member.agency) != agency:
            problems.append(
                UserError("Fältet {field}: välj en aktiv medarbetare i rätt myndighet.", field=name)
            )
    if edit.district and len(edit.district) > 100:
        problems.append(checks.too_long(F.DISTRICT, 100))
    return problems


def update_case(db: Database, actor: Actor, case_id: int, edit: CaseEdit, *, version: int) -> int:
    """Save the case's own fields. Returns the new version."""
    with _case_write(db, actor, case_id, version) as (s, case):
        problems = _check_edit(s, edit)
        if problems:
            raise ValidationError(problems)
        changed = []
        for f in fields(CaseEdit):
            value = getattr(edit, f.name)
            if f.name in ("custody_since", "custody_until"):
                value = as_utc(value)
                current = as_utc(getattr(case, f.name))
            else:
                current = getattr(case, f.name)
            if f.name == "district":
                value = (value or "").strip() or None
            if current != value:
                setattr(case, f.name, value)
                changed.append(f.name)
        if not changed:
            return case.version
        _touch(s, actor, case)
        audit.record(
            s,
            actor,
            "updated",
            record_type="case",
            record_id=case.id,
            case_id=case.id,
            details={"fields": changed},
        )
        return case.version


def add_police_report(
    db: Database,
    actor: Actor,
    case_id: int,
    report_number: str,
    reported_on: date | None = None,
    *,
    version: int,
) -> int:
    number = (report_number or "").strip().upper()
    if not REPORT_NUMBER.match(number):
        raise UserError(
            "Fältet {field}: ”{value}” har fel form. Skriv t.ex. 5000-K123456-25.",
            field=F.REGISTRATION_NUMBER,
            value=number,
        )
    if reported_on and reported_on > today_local():
        raise checks.in_future(F.REPORTED_ON)
    with _case_write(db, actor, case_id, version) as (s, case):
        if any(r.report_number == number for r in case.police_reports):
            raise UserError(
                "Fältet {field}: {value} finns redan i ärendet.",
                field=F.REGISTRATION_NUMBER,
                value=number,
            )
        report = PoliceReport(report_number=number, reported_on=reported_on)
        case.police_reports.append(report)
        _touch(s, actor, case)
        audit.record(
            s, actor, "created", record_type="police_report", record_id=report.id, case_id=case.id
        )
        return case.version


def remove_police_report(
    db: Database, actor: Actor, case_id: int, report_id: int, *, version: int
) -> int:
    with _case_write(db, actor, case_id, version) as (s, case):
        report = next((r for r in case.police_reports if r.id == report_id), None)
        if report is None:
            raise UserError("Anmälan finns inte längre i ärendet.")
        case.police_reports.remove(report)
        _touch(s, actor, case)
        audit.record(
            s, actor, "deleted", record_type="police_report", record_id=report_id, case_id=case.id
        )
        return case.version


# --- parties and children ---------------------------------------------------------------------


@dataclass(frozen=True)
class PartyEdit:
    first_name: str | None
    last_name: str | None
    identity: str | None  # personnummer, samordningsnummer or reserve number as typed
    birth_year: int | None  # used when there is no number
    protection: Protection
    phone: str | None
    relation: Relation | None
    cohabiting: bool | None
    reachable: bool
    street: str | None = None  # address; ignored when `keep_address`
    postal_code: str | None = None
    city: str | None = None
    keep_address: bool = True  # True: leave the address as it is (the actor may not see it)


def party_edit_from(view: PartyView) -> PartyEdit:
    return PartyEdit(
        first_name=view.first_name,
        last_name=view.last_name,
        identity=view.identity_text if view.personal_number else None,
        birth_year=view.birth_year,
        protection=view.protection,
        phone=view.phone,
        relation=view.relation,
        cohabiting=view.cohabiting,
        reachable=view.reachable,
        street=view.street,
        postal_code=view.postal_code,
        city=view.city,
    )


# PartyEdit fields → the person's / party's columns they set
_PERSON_FIELDS = {
    "first_name": ("first_name",),
    "last_name": ("last_name",),
    "identity": ("personal_number", "number_kind", "birth_year"),
    "birth_year": ("birth_year",),
    "protection": ("protection",),
    "phone": ("phone",),
}
_ADDRESS_FIELDS = ("street", "postal_code", "city")


def _norm(value):
    """Form text as stored: stripped, empty means none."""
    if isinstance(value, str):
        return value.strip() or None
    return value


_PARTY_FIELDS = ("relation", "cohabiting", "reachable")


def update_party(
    db: Database,
    actor: Actor,
    case_id: int,
    party_id: int,
    edit: PartyEdit,
    *,
    version: int,
    person_version: int,
    loaded: PartyEdit | None = None,
) -> int:
    """Save a party's person and part in the case. `version` is the case's version and
    `person_version` the person's (PartyView.person_version), both as loaded: a person who is a
    party in several cases (a repeat victim) may have been changed through another case, which
    the case's version does not show. With `loaded` (the PartyEdit the form was filled from)
    only the fields the user changed are saved; without it, every field. Returns the case's new
    version."""
    touched = (
        {
            f.name
            for f in fields(PartyEdit)
            if _norm(getattr(edit, f.name)) != _norm(getattr(loaded, f.name))
        }
        if loaded is not None
        else {f.name for f in fields(PartyEdit)}
    )
    person_keys = {c for f in touched if f in _PERSON_FIELDS for c in _PERSON_FIELDS[f]}
    address_touched = not edit.keep_address and bool(touched & set(_ADDRESS_FIELDS))
    with _case_write(db, actor, case_id, version) as (s, case):
        party = next((p for p in case.parties if p.id == party_id), None)
        if party is None:
            raise UserError("Parten finns inte längre i ärendet.")
        if person_keys or address_touched:  # lock the person and compare what the user loaded
            editing.load_for_edit(s, actor, Person, party.person_id, person_version, PERSON)
        person = party.person
        need = has_need_to_know(actor, case)
        problems: list[UserError] = []
        number, kind, birth_year = person.personal_number, person.number_kind, edit.birth_year
        if edit.identity and edit.identity.strip():
            try:
                parsed = parse_identity_number(edit.identity, field=F.PERSONAL_NUMBER)
                number, kind = parsed.value, parsed.kind
                birth_year = parsed.birth_year or edit.birth_year
            except UserError as exc:
                problems.append(exc)
        else:
            number, kind = None, NumberKind.NONE
        if birth_year is not None and not (1900 <= birth_year <= today_local().year):
            problems.append(UserError("Fältet {field}: ange ett rimligt år.", field=F.BIRTH_YEAR))
        if number and number != person.personal_number:
            other = s.execute(
                select(Person.id).where(Person.personal_number == number, Person.id != person.id)
            ).first()
            if other is not None:
                problems.append(
                    UserError(
                        "Fältet {field}: numret finns redan hos en annan person i registret.",
                        field=F.PERSONAL_NUMBER,
                    )
                )
        hidden_before = protection.person_is_protected(person) and not need
        if hidden_before and not edit.keep_address:
            problems.append(
                UserError(
                    "Fältet {field}: personen har skyddade personuppgifter och du är inte "
                    "tilldelad ärendet.",
                    field=F.ADDRESS,
                )
            )
        if problems:
            raise ValidationError(problems)
        values = {
            "first_name": (edit.first_name or "").strip() or None,
            "last_name": (edit.last_name or "").strip() or None,
            "personal_number": number,
            "number_kind": kind,
            "birth_year": birth_year,
            "protection": edit.protection,
        }
        if not hidden_before:
            values["phone"] = (edit.phone or "").strip() or None
        values = {k: v for k, v in values.items() if k in person_keys}
        changed = [k for k, v in values.items() if getattr(person, k) != v]
        for k in changed:
            setattr(person, k, values[k])
        for k in _PARTY_FIELDS:
            v = getattr(edit, k)
            if k in touched and getattr(party, k) != v:
                setattr(party, k, v)
                changed.append(k)
        if address_touched and _set_address(person, edit):
            changed.append("address")
            person.updated_at = now_utc()  # the address is part of the person: a new version
        if not changed:
            return case.version
        _touch(s, actor, case)
        audit.record(
            s,
            actor,
            "updated",
            record_type="case_party",
            record_id=party.id,
            case_id=case.id,
            details={"fields": sorted(changed), "person_id": person.id},
        )
        return case.version


def _set_address(person: Person, edit: PartyEdit) -> bool:
    street = (edit.street or "").strip()
    postal = (edit.postal_code or "").strip() or None
    city = (edit.city or "").strip() or None
    current = person.addresses[0] if person.addresses else None
    if not street:
        if current is None:
            return False
        person.addresses.remove(current)
        return True
    if current is None:
        person.addresses.append(Address(street=street, postal_code=postal, city=city))
        return True
    if (current.street, current.postal_code, current.city) == (street, postal, city):
        return False
    current.street, current.postal_code, current.city = street, postal, city
    return True


@dataclass(frozen=True)
class ChildEdit:
    first_name: str | None
    birth_year: int | None
    protection: Protection = Protection.NONE


def add_child(db: Database, actor: Actor, case_id: int, child: ChildEdit, *, version: int) -> int:
    year = child.birth_year
    if year is not None and not (today_local().year - 18 <= year <= today_local().year):
        raise UserError(
            "Fältet {field}: ett barn i ärendet är under 18 år.", field=F.CHILD_BIRTH_YEAR
        )
    with _case_write(db, actor, case_id, version) as (s, case):
        row = Child(
            first_name=(child.first_name or "").strip() or None,
            birth_year=year,
            protection=child.protection,
        )
        case.children.append(row)
        case.has_children = True
        _touch(s, actor, case)
        audit.record(s, actor, "created", record_type="child", record_id=row.id, case_id=case.id)
        return case.version


def remove_child(db: Database, actor: Actor, case_id: int, child_id: int, *, version: int) -> int:
    with _case_write(db, actor, case_id, version) as (s, case):
        row = next((c for c in case.children if c.id == child_id), None)
        if row is None:
            raise UserError("Barnet finns inte längre i ärendet.")
        case.children.remove(row)
        _touch(s, actor, case)
        audit.record(s, actor, "deleted", record_type="child", record_id=child_id, case_id=case.id)
        return case.version


# --- closing and reopening --------------------------------------------------------------------

Stopped = Literal["yes", "no", "unknown"]
_STOPPED_VALUE: dict[str, bool | None] = {"yes": True, "no": False, "unknown": None}


@dataclass(frozen=True)
class Outcome:
    violence_stopped: Stopped | None  # None: not answered (refused)
    follow_up_on: date | None
    referred_on_to: str | None = None
    closed_on: date | None = None  # default today


def close_case(db: Database, actor: Actor, case_id: int, outcome: Outcome, *, version: int) -> int:
    """Close with the outcome (RRI-style figures): did violence and threats stop as far as known
    (yes/no/unknown — an answer is required), the follow-up date (required) and where the
    people were referred on to."""
    closed_on = outcome.closed_on or today_local()
    problems: list[UserError] = []
    if outcome.violence_stopped not in _STOPPED_VALUE:
        problems.append(
            UserError(
                "Fältet {field}: svara ja, nej eller vet inte.",
                field=F.VIOLENCE_STOPPED,
            )
        )
    if outcome.follow_up_on is None:
        problems.append(checks.required(F.FOLLOW_UP_ON))
    elif outcome.follow_up_on < closed_on:
        problems.append(
            UserError(
                "Fältet {field}: uppföljningen ligger före avslutsdatumet.",
                field=F.FOLLOW_UP_ON,
            )
        )
    referred = (outcome.referred_on_to or "").strip() or None
    if referred and len(referred) > 200:
        problems.append(checks.too_long(F.REFERRED_ON_TO, 200))
    if closed_on > today_local():
        problems.append(checks.in_future(F.CLOSED_ON))
    if problems:
        raise ValidationError(problems)
    with _case_write(db, actor, case_id, version) as (s, case):
        if case.status == CaseStatus.CLOSED:
            raise UserError("Ärendet är redan avslutat.")
        if closed_on < case.opened_on:
            raise UserError(
                "Fältet {field}: ärendet kan inte avslutas före det öppnades.",
                field=F.CLOSED_ON,
            )
        case.status = CaseStatus.CLOSED
        case.closed_on = closed_on
        case.violence_stopped = _STOPPED_VALUE[outcome.violence_stopped]
        case.follow_up_on = outcome.follow_up_on
        case.referred_on_to = referred
        _touch(s, actor, case)
        audit.record(
            s,
            actor,
            "case_closed",
            record_type="case",
            record_id=case.id,
            case_id=case.id,
            details={"violence_stopped": outcome.violence_stopped},
        )
        return case.version


def reopen_case(db: Database, actor: Actor, case_id: int, reason: str, *, version: int) -> int:
    """Reopen a closed case; a reason is required. The earlier outcome no longer holds and is
    cleared (the audit trail keeps that it was closed and reopened)."""
    text = (reason or "").strip()
    if not text:
        raise checks.required(F.REOPEN_REASON)
    if len(text) > 2000:
        raise checks.too_long(F.REOPEN_REASON, 2000)
    with _case_write(db, actor, case_id, version) as (s, case):
        if case.status != CaseStatus.CLOSED:
            raise UserError("Ärendet är redan öppet.")
        case.status = CaseStatus.OPEN
        case.closed_on = None
        case.violence_stopped = None
        case.follow_up_on = None
        case.referred_on_to = None
        case.reopen_reason = text
        _touch(s, actor, case)
        audit.record(
            s, actor, "case_reopened", record_type="case", record_id=case.id, case_id=case.id
        )
        return case.version


def merge_edits(loaded, mine, fresh):
    """Three-way merge of two edits of the same dataclass after a conflict: the fields the user
    changed keep the user's values, every other field takes the newer saved value. Returns
    (merged, clashes) where clashes names the fields both changed to different values (the UI
    points at them before the user saves again)."""
    values, clashes = {}, []
    for f in fields(mine):
        was, my, now = getattr(loaded, f.name), getattr(mine, f.name), getattr(fresh, f.name)
        if my != was:
            values[f.name] = my
            if now not in (was, my):
                clashes.append(f.name)
        else:
            values[f.name] = now
    return type(mine)(**values), clashes
