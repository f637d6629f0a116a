"""Referrals (lotsning): RVT registration and RVC contact per party, and referrals that track
their answers.

A referral has a state (TRANSITIONS): drafted -> sent -> received -> accepted / declined (with a
reason) -> started -> completed, or withdrawn from any open state; each change is a ReferralStep
(state, day, reason, who, when) — the referral's history. An RVT referral that is accepted
registers the party at RVT, an RVC referral that starts marks RVC started (the party's
rvt_status / rvc_status, which the statistics count, are set in the same transaction). A
referral sent without an answer (accepted/declined) after the lead's `answer_days` (default 14)
is overdue (`overdue_referrals`, for reminders and the start page)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from app.database import Database
from app.errors import UserError, ValidationError
from app.models import Case, CaseParty, Referral, ReferralStep, StaffMember
from app.models.enums import CaseStatus, PartyRole, ReferralState, ReferralStatus, ReferralTarget
from app.services.admin import team_settings
from app.services.core import audit, editing
from app.services.core.access import require_admin, require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import as_utc, today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

MAX_OUTCOME = 4_000
MAX_REASON = 2_000
ANSWER_DAYS_KEY = "referral.answer_days"
DEFAULT_ANSWER_DAYS = 14

_S = ReferralState
# What may follow each state (the rest are refused). Declined, completed and withdrawn are final.
TRANSITIONS: dict[ReferralState, frozenset[ReferralState]] = {
    _S.DRAFTED: frozenset({_S.SENT, _S.WITHDRAWN}),
    _S.SENT: frozenset({_S.RECEIVED, _S.ACCEPTED, _S.DECLINED, _S.WITHDRAWN}),
    _S.RECEIVED: frozenset({_S.ACCEPTED, _S.DECLINED, _S.WITHDRAWN}),
    _S.ACCEPTED: frozenset({_S.STARTED, _S.WITHDRAWN}),
    _S.STARTED: frozenset({_S.COMPLETED, _S.WITHDRAWN}),
    _S.DECLINED: frozenset(),
    _S.COMPLETED: frozenset(),
    _S.WITHDRAWN: frozenset(),
}
WAITING_FOR_ANSWER = (_S.SENT, _S.RECEIVED)


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
    drafted: bool = False  # True: a draft, not sent yet (referred_on: the day drafted)


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
    state: ReferralState = ReferralState.SENT
    state_on: date | None = None

    @property
    def allowed_next(self) -> frozenset[ReferralState]:
        return TRANSITIONS[self.state]


@dataclass(frozen=True)
class StepRow:
    state: ReferralState
    on: date
    reason: str | None
    recorded_by: str | None
    recorded_at: datetime


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
            state=ReferralState.DRAFTED if new.drafted else ReferralState.SENT,
            state_on=new.referred_on,
        )
        s.add(row)
        s.flush()
        s.add(
            ReferralStep(
                referral_id=row.id,
                state=row.state,
                on=new.referred_on,
                recorded_by_id=actor.staff_id,
            )
        )
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

    with _edit_referral(db, actor, referral_id, version, check=same_case) as ed:
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


def _edit_referral(db: Database, actor: Actor, referral_id: int, version: int, **check):
    """The edit path for one referral: caseworkers only, audited against its case."""
    return editing.edit(
        db,
        actor,
        Referral,
        referral_id,
        version=version,
        what=REFERRAL,
        guards=(require_caseworker,),
        case_id=lambda r: r.case_id,
        **check,
    )


def delete_referral(db: Database, actor: Actor, referral_id: int, *, version: int) -> None:
    with _edit_referral(db, actor, referral_id, version) as ed:
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
                state=ReferralState(r.state),
                state_on=r.state_on,
            )
            for r, role, name in rows
        ]


# --- states -----------------------------------------------------------------------------------


def advance_referral(
    db: Database,
    actor: Actor,
    referral_id: int,
    to: ReferralState,
    *,
    version: int,
    on: date | None = None,
    reason: str | None = None,
) -> int:
    """Move a referral to its next state on day `on` (default today), recording who and when;
    refuses a transition TRANSITIONS does not allow, a day before the current state's or in the
    future, a declined referral without a reason, and a stale version. An accepted RVT referral
    registers the party at RVT; a started RVC referral marks RVC started. Returns the new
    version."""
    require_caseworker(actor)
    to = ReferralState(to)
    on = on or today_local()
    reason = (reason or "").strip() or None
    if on > today_local():
        raise checks.in_future(F.DATE)
    if reason and len(reason) > MAX_REASON:
        raise checks.too_long(F.REASON, MAX_REASON)
    with _edit_referral(db, actor, referral_id, version) as ed:
        row = ed.record
        current = ReferralState(row.state)
        if to not in TRANSITIONS[current]:
            raise UserError(
                "En lotsning som är {current} kan inte bli {to}.",
                current=vocabulary_label(current).lower(),
                to=vocabulary_label(to).lower(),
            )
        if to is ReferralState.DECLINED and not reason:
            raise checks.required(F.REASON)
        if row.state_on is not None and on < row.state_on:
            raise UserError(
                "Fältet {field}: kan inte vara före förra steget ({day}).",
                field=F.DATE,
                day=row.state_on.isoformat(),
            )
        changed = {"state": to, "state_on": on}
        if to is ReferralState.SENT:
            changed["referred_on"] = on
        ed.set(changed)
        ed.s.add(
            ReferralStep(
                referral_id=row.id, state=to, on=on, reason=reason, recorded_by_id=actor.staff_id
            )
        )
        _derive_party_status(ed.s, row, to)
    return ed.new_version


def _derive_party_status(s, row: Referral, to: ReferralState) -> None:
    """RVT registration and RVC start follow the referral's state (never lowered here: a party
    may be registered through another referral or have been so before)."""
    column = None
    if row.target == ReferralTarget.RVT and to is ReferralState.ACCEPTED:
        column = "rvt_status"
    elif row.target == ReferralTarget.RVC and to is ReferralState.STARTED:
        column = "rvc_status"
    if column is None:
        return
    party = s.get(CaseParty, row.party_id)
    if party is not None and ReferralStatus(getattr(party, column)) is ReferralStatus.NO:
        setattr(party, column, ReferralStatus.YES)


def vocabulary_label(state: ReferralState) -> str:
    from app.vocabulary.labels import label

    return label(state)


def referral_history(db: Database, actor: Actor, referral_id: int) -> list[StepRow]:
    """The states a referral went through, oldest first, with who recorded each."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        rows = s.execute(
            select(ReferralStep, StaffMember.full_name)
            .outerjoin(StaffMember, StaffMember.id == ReferralStep.recorded_by_id)
            .where(ReferralStep.referral_id == referral_id)
            .order_by(ReferralStep.on, ReferralStep.id)
        ).all()
        return [
            StepRow(ReferralState(st.state), st.on, st.reason, name, as_utc(st.recorded_at))
            for st, name in rows
        ]


def answer_days(db: Database, actor: Actor) -> int:
    with db.read(actor=actor) as s:
        return _answer_days(s)


def _answer_days(s) -> int:
    value = team_settings.get_value(s, ANSWER_DAYS_KEY, DEFAULT_ANSWER_DAYS)
    return value if isinstance(value, int) and 1 <= value <= 365 else DEFAULT_ANSWER_DAYS


def set_answer_days(db: Database, actor: Actor, days: int) -> None:
    """The lead sets after how many days without an answer a sent referral is overdue."""
    require_admin(actor)
    if not isinstance(days, int) or not 1 <= days <= 365:
        raise UserError("Fältet {field}: ange 1–365 dagar.", field=F.ANSWER_DAYS)
    with db.write(actor=actor) as s:
        team_settings.set_value(s, ANSWER_DAYS_KEY, days)
        audit.record(
            s,
            actor,
            "setting_changed",
            record_type="setting",
            details={"key": ANSWER_DAYS_KEY, "value": days},
        )


@dataclass(frozen=True)
class OverdueReferral:
    referral_id: int
    case_id: int
    case_number: str
    target: ReferralTarget
    target_detail: str | None
    state: ReferralState
    sent_on: date
    days_waiting: int


def overdue_referrals(
    db: Database, actor: Actor, *, mine_only: bool = True, case_id: int | None = None
) -> list[OverdueReferral]:
    """Referrals of open cases sent (or received) without an answer for more than the lead's
    answer_days, longest waiting first; `mine_only`: of the cases the actor is assigned to."""
    require_caseworker(actor)
    from sqlalchemy import or_

    today = today_local()
    with db.read(actor=actor) as s:
        limit = today - timedelta(days=_answer_days(s))
        q = (
            select(Referral, Case.case_number)
            .join(Case, Case.id == Referral.case_id)
            .where(
                Referral.state.in_(WAITING_FOR_ANSWER),
                Referral.referred_on < limit,
                Case.status == CaseStatus.OPEN,
            )
            .order_by(Referral.referred_on, Referral.id)
        )
        if case_id is not None:
            q = q.where(Referral.case_id == case_id)
        elif mine_only:
            q = q.where(
                or_(
                    Case.assigned_police_id == actor.staff_id,
                    Case.assigned_social_id == actor.staff_id,
                )
            )
        return [
            OverdueReferral(
                r.id,
                r.case_id,
                number,
                ReferralTarget(r.target),
                r.target_detail,
                ReferralState(r.state),
                r.referred_on,
                (today - r.referred_on).days,
            )
            for r, number in s.execute(q).all()
        ]
