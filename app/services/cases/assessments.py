"""Risk and safety assessments, owned by the assessing agency.

Instruments: FREDA (social services), SARA, PATRIARK, SAM, PPIT and general safety assessments
(police). An assessment of elevated or high risk gets a reassessment date eight weeks on unless
another is given; `due_reassessments` lists the open ones whose date has passed (the reminder
list and the case header). An open assessment (closed_at IS NULL) with `contact_endangers` blocks
the contact rule (app.services.cases.contacts) for both agencies; closing it lifts that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from sqlalchemy import select

from app.database import Database
from app.errors import UserError, ValidationError
from app.models import Case, CaseParty, RiskAssessment, StaffMember
from app.models.enums import Agency, CaseStatus, Instrument, PartyRole, RiskLevel
from app.services.cases import facts
from app.services.core import audit, editing
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import as_utc, now_utc, today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

REASSESS_AFTER = timedelta(weeks=8)
MAX_TEXT = 20_000


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT: Final = _Default()  # "reassess on the default date" (8 weeks for elevated/high)

# Who an instrument is usually about, so a form can preselect the party.
INSTRUMENT_SUBJECT: dict[Instrument, PartyRole] = {
    Instrument.FREDA_SHORT: PartyRole.VICTIM,
    Instrument.FREDA_DESCRIPTION: PartyRole.VICTIM,
    Instrument.FREDA_DANGER: PartyRole.VICTIM,
    Instrument.SARA: PartyRole.SUSPECT,
    Instrument.PATRIARK: PartyRole.SUSPECT,
    Instrument.SAM: PartyRole.SUSPECT,
    Instrument.PPIT: PartyRole.SUSPECT,
    Instrument.GENERAL_SAFETY: PartyRole.SUSPECT,
}
# The instruments each agency uses (offered first in the form).
AGENCY_INSTRUMENTS: dict[Agency, tuple[Instrument, ...]] = {
    Agency.SOCIAL: (Instrument.FREDA_SHORT, Instrument.FREDA_DESCRIPTION, Instrument.FREDA_DANGER),
    Agency.POLICE: (
        Instrument.SARA,
        Instrument.PATRIARK,
        Instrument.SAM,
        Instrument.PPIT,
        Instrument.GENERAL_SAFETY,
    ),
}


def default_reassess_on(level: RiskLevel, assessed_on: date) -> date | None:
    """Eight weeks on for elevated or high risk; none for low."""
    if RiskLevel(level) in (RiskLevel.ELEVATED, RiskLevel.HIGH):
        return assessed_on + REASSESS_AFTER
    return None


@dataclass(frozen=True)
class NewAssessment:
    case_id: int
    party_id: int
    instrument: Instrument
    assessed_on: date
    level: RiskLevel
    text: str | None = None
    contact_endangers: bool = False
    reassess_on: date | None | _Default = DEFAULT
    assessor_id: int | None = None  # None: the actor


@dataclass(frozen=True)
class AssessmentRow:
    id: int
    version: int
    case_id: int
    party_id: int | None
    party_role: PartyRole | None
    instrument: Instrument
    assessed_on: date
    assessor_name: str | None
    level: RiskLevel
    text: str | None
    contact_endangers: bool
    reassess_on: date | None
    closed_at: datetime | None
    owner_agency: Agency
    editable: bool

    @property
    def open(self) -> bool:
        return self.closed_at is None

    def overdue(self, today: date) -> bool:
        return self.open and self.reassess_on is not None and self.reassess_on <= today


def _validate(s, actor: Actor, new: NewAssessment) -> tuple[CaseParty, int, date | None]:
    problems: list[UserError] = []
    if s.get(Case, new.case_id) is None:
        raise UserError("Ärendet finns inte (det kan ha gallrats).")
    party = s.get(CaseParty, new.party_id) if new.party_id is not None else None
    if party is None or party.case_id != new.case_id:
        problems.append(UserError("Fältet {field}: välj vem bedömningen gäller.", field=F.CONCERNS))
    try:
        Instrument(new.instrument)
    except ValueError:
        problems.append(UserError("Fältet {field}: välj ett instrument.", field=F.INSTRUMENT))
    try:
        level = RiskLevel(new.level)
    except ValueError:
        problems.append(
            UserError("Fältet {field}: välj låg, förhöjd eller hög.", field=F.RISK_LEVEL)
        )
        level = None
    if new.assessed_on is None:
        problems.append(checks.required(F.ASSESSED_ON))
    elif new.assessed_on > today_local():
        problems.append(checks.in_future(F.ASSESSED_ON))
    reassess = new.reassess_on
    if isinstance(reassess, _Default):
        reassess = (
            default_reassess_on(level, new.assessed_on) if level and new.assessed_on else None
        )
    elif reassess is not None and new.assessed_on and reassess <= new.assessed_on:
        problems.append(
            UserError(
                "Fältet {field}: datumet måste ligga efter bedömningsdatumet.",
                field=F.NEXT_ASSESSMENT_BY,
            )
        )
    if new.text and len(new.text) > MAX_TEXT:
        problems.append(checks.too_long(F.ASSESSMENT, MAX_TEXT))
    assessor = new.assessor_id or actor.staff_id
    if assessor != actor.staff_id:
        member = s.get(StaffMember, assessor)
        if member is None or Agency(member.agency) != actor.agency:
            problems.append(
                UserError("Fältet {field}: bedömaren ska tillhöra din myndighet.", field=F.ASSESSOR)
            )
    if problems:
        raise ValidationError(problems)
    assert party is not None
    return party, assessor, reassess


def add_assessment(db: Database, actor: Actor, new: NewAssessment) -> int:
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        party, assessor, reassess = _validate(s, actor, new)
        row = RiskAssessment(
            case_id=new.case_id,
            party_id=party.id,
            subject_person_id=party.person_id,
            owner_agency=actor.agency,
            instrument=Instrument(new.instrument),
            assessed_on=new.assessed_on,
            assessor_id=assessor,
            level=RiskLevel(new.level),
            text=(new.text or "").strip() or None,
            contact_endangers=bool(new.contact_endangers),
            reassess_on=reassess,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "created",
            record_type="risk_assessment",
            record_id=row.id,
            case_id=new.case_id,
            details={
                "instrument": row.instrument.value,
                "level": row.level.value,
                "contact_endangers": row.contact_endangers,
            },
        )
        return row.id


ASSESSMENT = editing.kind(
    "risk_assessment",
    "Riskbedömningen finns inte längre.",
    "Riskbedömningen har ändrats av {changed_by} {changed_at} sedan du öppnade den.",
)


def _edit(db: Database, actor: Actor, assessment_id: int, version: int):
    return editing.edit_own(
        db, actor, RiskAssessment, assessment_id, version=version, what=ASSESSMENT
    )


def update_assessment(
    db: Database, actor: Actor, assessment_id: int, new: NewAssessment, *, version: int
) -> int:
    """Change one's own agency's assessment; returns the new version."""
    with _edit(db, actor, assessment_id, version) as ed:
        row = ed.record
        if new.case_id != row.case_id:
            raise UserError("En riskbedömning kan inte flyttas till ett annat ärende.")
        party, assessor, reassess = _validate(ed.s, actor, new)
        ed.set(
            {
                "party_id": party.id,
                "subject_person_id": party.person_id,
                "instrument": Instrument(new.instrument),
                "assessed_on": new.assessed_on,
                "assessor_id": assessor,
                "level": RiskLevel(new.level),
                "text": (new.text or "").strip() or None,
                "contact_endangers": bool(new.contact_endangers),
                "reassess_on": reassess,
            }
        )
    return ed.new_version


def close_assessment(db: Database, actor: Actor, assessment_id: int, *, version: int) -> int:
    """Close (no longer current): it stops blocking the contact rule and leaves the reminders."""
    with _edit(db, actor, assessment_id, version) as ed:
        if ed.record.closed_at is not None:
            raise UserError("Riskbedömningen är redan avslutad.")
        ed.record.closed_at = now_utc()
        ed.changed(["closed_at"], action="assessment_closed")
    return ed.new_version


@dataclass(frozen=True)
class CaseAssessments:
    rows: tuple[AssessmentRow, ...]  # newest first
    hidden_other_agency: int  # a number only


def assessments_for_case(db: Database, actor: Actor, case_id: int) -> CaseAssessments:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        result = s.execute(
            select(RiskAssessment, CaseParty.role, StaffMember.full_name)
            .outerjoin(CaseParty, CaseParty.id == RiskAssessment.party_id)
            .outerjoin(StaffMember, StaffMember.id == RiskAssessment.assessor_id)
            .where(RiskAssessment.case_id == case_id)
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
        ).all()
        rows = tuple(_row(a, role, name, actor) for a, role, name in result)
        _, total = facts.case_totals(s, case_id)
    return CaseAssessments(rows, max(0, int(total) - len(rows)))


def _row(a: RiskAssessment, role, name, actor: Actor) -> AssessmentRow:
    return AssessmentRow(
        id=a.id,
        version=a.version,
        case_id=a.case_id,
        party_id=a.party_id,
        party_role=PartyRole(role) if role else None,
        instrument=Instrument(a.instrument),
        assessed_on=a.assessed_on,
        assessor_name=name,
        level=RiskLevel(a.level),
        text=a.text,
        contact_endangers=a.contact_endangers,
        reassess_on=a.reassess_on,
        closed_at=as_utc(a.closed_at),
        owner_agency=Agency(a.owner_agency),
        editable=a.owner_agency == actor.agency,
    )


@dataclass(frozen=True)
class DueReassessment:
    assessment_id: int
    case_id: int
    case_number: str
    instrument: Instrument
    level: RiskLevel
    reassess_on: date
    days_overdue: int  # 0 on the due day


def due_reassessments(
    db: Database, actor: Actor, today: date | None = None, *, assigned_to_me: bool = False
) -> list[DueReassessment]:
    """The actor's agency's open assessments in open cases whose reassessment date has come
    (the reminder list), most overdue first. `assigned_to_me`: only cases the actor is assigned."""
    require_caseworker(actor)
    today = today or today_local()
    with db.read(actor=actor) as s:
        query = (
            select(RiskAssessment, Case.case_number)
            .join(Case, Case.id == RiskAssessment.case_id)
            .where(
                RiskAssessment.owner_agency == actor.agency,
                RiskAssessment.closed_at.is_(None),
                RiskAssessment.reassess_on.is_not(None),
                RiskAssessment.reassess_on <= today,
                Case.status == CaseStatus.OPEN,
            )
            .order_by(RiskAssessment.reassess_on, RiskAssessment.id)
        )
        if assigned_to_me:
            query = query.where(
                (Case.assigned_police_id == actor.staff_id)
                | (Case.assigned_social_id == actor.staff_id)
            )
        return [
            DueReassessment(
                assessment_id=a.id,
                case_id=a.case_id,
                case_number=number,
                instrument=Instrument(a.instrument),
                level=RiskLevel(a.level),
                reassess_on=a.reassess_on,
                days_overdue=(today - a.reassess_on).days,
            )
            for a, number in s.execute(query).all()
        ]
