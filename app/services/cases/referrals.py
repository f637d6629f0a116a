"""Referrals (lotsning): RVT registration and RVC contact per party, and other referrals with
dates and outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.database import Database
from app.errors import UserError, ValidationError
from app.models import Case, CaseParty, Referral, StaffMember
from app.models.enums import PartyRole, ReferralStatus, ReferralTarget
from app.services.core import audit, editing
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

MAX_OUTCOME = 4_000


@dataclass(frozen=True)
class PartyReferralStatus:
    party_id: int
    role: PartyRole
    rvt_status: ReferralStatus  # registered at RVT: no / yes / already current
    rvc_status: ReferralStatus  # contact started at RVC: no / yes / already current
    version: int = 1  # the party's version when loaded (pass it back to set_rvt_rvc)


PARTY = editing.kind(
    "case_party",
    "Parten finns inte längre i ärendet.",
    "Parten har ändrats av {changed_by} {changed_at} sedan du öppnade fliken. Läs in ärendet "
    "på nytt för att se ändringen.",
)


def set_rvt_rvc(
    db: Database,
    actor: Actor,
    party_id: int,
    *,
    version: int,
    rvt: ReferralStatus | None = None,
    rvc: ReferralStatus | None = None,
) -> int:
    """Set the RVT registration and/or RVC start for one party (None: leave as is; pass only
    what the user changed), refusing if the party changed since `version` was loaded. Returns
    the party's new version."""
    values = {}
    if rvt is not None:
        values["rvt_status"] = ReferralStatus(rvt)
    if rvc is not None:
        values["rvc_status"] = ReferralStatus(rvc)
    with editing.edit(
        db,
        actor,
        CaseParty,
        party_id,
        version=version,
        what=PARTY,
        guards=(require_caseworker,),
        case_id=lambda p: p.case_id,
    ) as ed:
        ed.set(values)
    return ed.new_version


@dataclass(frozen=True)
class NewReferral:
    case_id: int
    party_id: int
    target: ReferralTarget
    referred_on: date
    target_detail: str | None = None  # e.g. "RVC Innerstaden"
    outcome: str | None = None
    outcome_on: date | None = None


@dataclass(frozen=True)
class ReferralRow:
    id: int
    version: int
    party_id: int
    role: PartyRole
    target: ReferralTarget
    target_detail: str | None
    referred_on: date
    referred_by: str | None
    outcome: str | None
    outcome_on: date | None


def _check(new: NewReferral) -> list[UserError]:
    problems: list[UserError] = []
    try:
        ReferralTarget(new.target)
    except ValueError:
        problems.append(UserError("Fältet {field}: välj vart.", field=F.REFERRED_TO))
    if new.referred_on is None:
        problems.append(checks.required(F.DATE))
    elif new.referred_on > today_local():
        problems.append(checks.in_future(F.DATE))
    if new.outcome_on and new.referred_on and new.outcome_on < new.referred_on:
        problems.append(
            UserError("Fältet {field}: datumet ligger före lotsningen.", field=F.OUTCOME_ON)
        )
    if new.outcome_on and new.outcome_on > today_local():
        problems.append(checks.in_future(F.OUTCOME_ON))
    if new.outcome and len(new.outcome) > MAX_OUTCOME:
        problems.append(checks.too_long(F.OUTCOME, MAX_OUTCOME))
    if new.target_detail and len(new.target_detail) > 200:
        problems.append(checks.too_long(F.RECIPIENT, 200))
    return problems


def _party_in_case(s, case_id: int, party_id: int) -> CaseParty:
    if s.get(Case, case_id) is None:
        raise UserError("Ärendet finns inte (det kan ha gallrats).")
    party = s.get(CaseParty, party_id)
    if party is None or party.case_id != case_id:
        raise ValidationError([UserError("Fältet {field}: välj en part i ärendet.", field=F.PARTY)])
    return party


def add_referral(db: Database, actor: Actor, new: NewReferral) -> int:
    require_caseworker(actor)
    problems = _check(new)
    if problems:
        raise ValidationError(problems)
    with db.write(actor=actor) as s:
        _party_in_case(s, new.case_id, new.party_id)
        row = Referral(
            case_id=new.case_id,
            party_id=new.party_id,
            target=ReferralTarget(new.target),
            target_detail=(new.target_detail or "").strip() or None,
            referred_on=new.referred_on,
            referred_by_id=actor.staff_id,
            outcome=(new.outcome or "").strip() or None,
            outcome_on=new.outcome_on,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "created",
            record_type="referral",
            record_id=row.id,
            case_id=new.case_id,
            details={"target": row.target.value},
        )
        return row.id


REFERRAL = editing.kind(
    "referral",
    "Lotsningen finns inte längre.",
    "Lotsningen har ändrats av {changed_by} {changed_at} sedan du öppnade den.",
)


def update_referral(
    db: Database, actor: Actor, referral_id: int, new: NewReferral, *, version: int
) -> int:
    """Change a referral (typically: record its outcome), refusing a stale version. Returns the
    new version."""
    require_caseworker(actor)
    problems = _check(new)
    if problems:
        raise ValidationError(problems)

    def same_case(row: Referral) -> None:
        if row.case_id != new.case_id:
            raise UserError(REFERRAL.gone)

    with editing.edit(
        db,
        actor,
        Referral,
        referral_id,
        version=version,
        what=REFERRAL,
        guards=(require_caseworker,),
        check=same_case,
        case_id=lambda r: r.case_id,
    ) as ed:
        _party_in_case(ed.s, new.case_id, new.party_id)
        ed.set(
            {
                "party_id": new.party_id,
                "target": ReferralTarget(new.target),
                "target_detail": (new.target_detail or "").strip() or None,
                "referred_on": new.referred_on,
                "outcome": (new.outcome or "").strip() or None,
                "outcome_on": new.outcome_on,
            }
        )
    return ed.new_version


def delete_referral(db: Database, actor: Actor, referral_id: int, *, version: int) -> None:
    with editing.edit(
        db,
        actor,
        Referral,
        referral_id,
        version=version,
        what=REFERRAL,
        guards=(require_caseworker,),
        case_id=lambda r: r.case_id,
    ) as ed:
        ed.delete()


def referrals_for_case(
    db: Database, actor: Actor, case_id: int
) -> tuple[list[PartyReferralStatus], list[ReferralRow]]:
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        parties = sorted(
            s.execute(select(CaseParty).where(CaseParty.case_id == case_id)).scalars(),
            key=lambda p: p.role != PartyRole.VICTIM,
        )
        statuses = [
            PartyReferralStatus(
                p.id,
                PartyRole(p.role),
                ReferralStatus(p.rvt_status),
                ReferralStatus(p.rvc_status),
                p.version,
            )
            for p in parties
        ]
        rows = s.execute(
            select(Referral, CaseParty.role, StaffMember.full_name)
            .join(CaseParty, CaseParty.id == Referral.party_id)
            .outerjoin(StaffMember, StaffMember.id == Referral.referred_by_id)
            .where(Referral.case_id == case_id)
            .order_by(Referral.referred_on.desc(), Referral.id.desc())
        ).all()
        return statuses, [
            ReferralRow(
                id=r.id,
                version=r.version,
                party_id=r.party_id,
                role=PartyRole(role),
                target=ReferralTarget(r.target),
                target_detail=r.target_detail,
                referred_on=r.referred_on,
                referred_by=name,
                outcome=r.outcome,
                outcome_on=r.outcome_on,
            )
            for r, role, name in rows
        ]
