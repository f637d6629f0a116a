"""Actions with owners and deadlines (bevakning), and the day's list for the start page.

An action (CaseAction) says what must be done in a case, who owns it (a staff member) and by
which day; it is done on a day by someone. It is owned by the agency that made it, so the other
agency reads it only under a consent that covers journal notes in its direction (the secrecy
hook and the server's row policies, migration e3c_actions); only the owning agency changes it.

Typical actions come from TEMPLATES; rules create some (`ensure_rule_actions`: a reassessment
due, a custody ending, a referral waiting for an answer, a contact ban ending), once per case,
agency and rule. `my_day` is what a start page ("Min dag") calls: my overdue and today's
actions, consents expiring soon and referrals waiting too long.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.exc import IntegrityError

from app.database import Database
from app.errors import UserError, ValidationError
from app.i18n import tr_noop
from app.models import Case, CaseAction, CaseParty, RiskAssessment, StaffMember
from app.models.enums import CaseStatus, PartyRole
from app.services.cases import consents, referrals
from app.services.core import audit, editing
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import as_utc, today_local
from app.vocabulary import checks
from app.vocabulary import fields as F

MAX_TITLE = 200
CONTACT_BAN_NOTICE_DAYS = 14
CUSTODY_NOTICE_DAYS = 3


@dataclass(frozen=True)
class Template:
    key: str
    title: str  # Swedish source text (the action's stored title)
    days: int  # due this many days after today


# Swedish titles are stored in the action (they are the record, like a note's text); the
# template list shows them translated.
TEMPLATES: tuple[Template, ...] = (
    Template("call_back", tr_noop("Ring tillbaka"), 1),
    Template("custody_decision", tr_noop("Kontrollera häktningsbeslut"), 1),
    Template("follow_up_release", tr_noop("Uppföljning efter frigivning"), 2),
    Template("renew_contact_ban", tr_noop("Förnya kontaktförbud"), 7),
    Template("reassessment", tr_noop("Ny riskbedömning"), 30),
)
TEMPLATE_BY_KEY = {t.key: t for t in TEMPLATES}


@dataclass(frozen=True)
class NewAction:
    case_id: int
    title: str
    due_on: date
    owner_id: int | None = None  # default: the one who makes it
    template: str | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    version: int
    case_id: int
    case_number: str
    title: str
    owner_id: int | None
    owner_name: str | None
    due_on: date
    done_on: date | None
    done_by: str | None
    agency: str
    rule: str | None
    editable: bool
    today: date

    @property
    def overdue(self) -> bool:
        return self.done_on is None and self.due_on < self.today

    @property
    def due_today(self) -> bool:
        return self.done_on is None and self.due_on == self.today


@dataclass(frozen=True)
class CaseActions:
    rows: list[ActionRow]
    hidden_other_agency: int  # the other agency's actions this actor may not read (a count)


ACTION = editing.kind(
    "case_action",
    "Åtgärden finns inte längre.",
    "Åtgärden har ändrats av {changed_by} {changed_at} sedan du öppnade den.",
)


def _victim_person(s, case_id: int) -> int | None:
    """The person an action concerns (for the consent rule): the victim, else the first party."""
    rows = s.execute(
        select(CaseParty.person_id, CaseParty.role).where(CaseParty.case_id == case_id)
    ).all()
    for person_id, role in rows:
        if role == PartyRole.VICTIM:
            return person_id
    return rows[0][0] if rows else None


def add_action(db: Database, actor: Actor, new: NewAction, *, rule: str | None = None) -> int:
    require_caseworker(actor)
    title = (new.title or "").strip()
    problems: list[UserError] = []
    if not title:
        problems.append(checks.required(F.TITLE))
    elif len(title) > MAX_TITLE:
        problems.append(checks.too_long(F.TITLE, MAX_TITLE))
    if new.due_on is None:
        problems.append(checks.required(F.DUE_ON))
    if new.template is not None and new.template not in TEMPLATE_BY_KEY:
        problems.append(checks.choose(F.TEMPLATE))
    if problems:
        raise ValidationError(problems)
    with db.write(actor=actor) as s:
        if s.get(Case, new.case_id) is None:
            raise UserError("Ärendet finns inte (det kan ha gallrats).")
        owner = new.owner_id or actor.staff_id
        member = s.get(StaffMember, owner)
        if member is None or member.revoked_at is not None:
            raise checks.choose(F.STAFF_MEMBER)
        row = CaseAction(
            case_id=new.case_id,
            owner_agency=actor.agency,
            subject_person_id=_victim_person(s, new.case_id),
            title=title,
            owner_id=owner,
            due_on=new.due_on,
            template=new.template,
            rule=rule,
            created_by_id=actor.staff_id,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "created",
            record_type="case_action",
            record_id=row.id,
            case_id=new.case_id,
            details={"template": new.template, "rule": rule.split(":")[0] if rule else None},
        )
        return row.id


def mark_done(
    db: Database, actor: Actor, action_id: int, *, version: int, on: date | None = None
) -> int:
    """Mark an action done (own agency's only), refusing a stale version. Returns the new
    version."""
    on = on or today_local()
    if on > today_local():
        raise checks.in_future(F.DATE)
    with editing.edit(
        db,
        actor,
        CaseAction,
        action_id,
        version=version,
        what=ACTION,
        guards=(require_caseworker,),
        owned=True,
        case_id=lambda a: a.case_id,
    ) as ed:
        if ed.record.done_on is not None:
            raise UserError("Åtgärden är redan klarmarkerad.")
        ed.set({"done_on": on, "done_by_id": actor.staff_id})
    return ed.new_version


def actions_for_case(db: Database, actor: Actor, case_id: int) -> CaseActions:
    """The case's actions this actor may read (open first by due day, then done), and how many
    of the other agency's are hidden."""
    require_caseworker(actor)
    today = today_local()
    with db.read(actor=actor) as s:
        rows = _rows(s, actor, today, CaseAction.case_id == case_id)
        # Counting is allowed across agencies (numbers only, docs/secrecy.md).
        total = s.execute(
            select(func.count())
            .select_from(CaseAction.__table__)
            .where(CaseAction.__table__.c.case_id == case_id)
        ).scalar_one()
    return CaseActions(rows, max(0, total - len(rows)))


def my_actions(db: Database, actor: Actor, *, today: date | None = None) -> list[ActionRow]:
    """My open actions due today or earlier (overdue first), across my cases."""
    require_caseworker(actor)
    today = today or today_local()
    with db.read(actor=actor) as s:
        return _rows(
            s,
            actor,
            today,
            and_(
                CaseAction.owner_id == actor.staff_id,
                CaseAction.done_on.is_(None),
                CaseAction.due_on <= today,
            ),
        )


def open_action_counts(
    db: Database, actor: Actor, case_ids: list[int], *, today: date | None = None
) -> dict[int, tuple[int, int]]:
    """case id -> (open actions, of which overdue) that this actor may read (the case list)."""
    require_caseworker(actor)
    today = today or today_local()
    if not case_ids:
        return {}
    with db.read(actor=actor) as s:
        return _counts(s, case_ids, today)


def _counts(s, case_ids, today) -> dict[int, tuple[int, int]]:
    out: dict[int, tuple[int, int]] = {}
    for start in range(0, len(case_ids), 900):
        chunk = case_ids[start : start + 900]
        rows = s.execute(
            select(
                CaseAction.case_id,
                func.count(CaseAction.id),
                func.sum(case((CaseAction.due_on < today, 1), else_=0)),
            )
            .where(CaseAction.case_id.in_(chunk), CaseAction.done_on.is_(None))
            .group_by(CaseAction.case_id)
        ).all()
        for case_id, n, late in rows:
            out[case_id] = (int(n), int(late or 0))
    return out


def _rows(s, actor: Actor, today: date, criterion) -> list[ActionRow]:
    from sqlalchemy.orm import aliased

    owner, doer = aliased(StaffMember), aliased(StaffMember)
    result = s.execute(
        select(CaseAction, Case.case_number, owner.full_name, doer.full_name)
        .join(Case, Case.id == CaseAction.case_id)
        .outerjoin(owner, owner.id == CaseAction.owner_id)
        .outerjoin(doer, doer.id == CaseAction.done_by_id)
        .where(criterion)
        .order_by(CaseAction.done_on.is_not(None), CaseAction.due_on, CaseAction.id)
    ).all()
    return [
        ActionRow(
            id=a.id,
            version=a.version,
            case_id=a.case_id,
            case_number=number,
            title=a.title,
            owner_id=a.owner_id,
            owner_name=oname,
            due_on=a.due_on,
            done_on=a.done_on,
            done_by=dname,
            agency=str(a.owner_agency),
            rule=a.rule,
            editable=a.owner_agency == actor.agency,
            today=today,
        )
        for a, number, oname, dname in result
    ]


# --- rules that create actions ----------------------------------------------------------------


def ensure_rule_actions(db: Database, actor: Actor, case_id: int) -> list[int]:
    """Create the actions the rules call for in this case (for the actor's agency, owned by the
    case's assigned staff member of that agency or the actor), each at most once: a
    reassessment due (own agency's assessments), a custody ending within 3 days, a referral
    without an answer after the lead's days, a contact ban ending within 14 days. Returns the
    new ids."""
    require_caseworker(actor)
    today = today_local()
    wanted: list[tuple[str, str, date]] = []
    with db.read(actor=actor) as s:
        case = s.get(Case, case_id)
        if case is None or case.status != CaseStatus.OPEN:
            return []
        for ra in s.execute(
            select(RiskAssessment).where(
                RiskAssessment.case_id == case_id,
                RiskAssessment.owner_agency == actor.agency,
                RiskAssessment.reassess_on.is_not(None),
                RiskAssessment.closed_at.is_(None),
            )
        ).scalars():
            wanted.append((f"reassessment:{ra.id}", "Ny riskbedömning", ra.reassess_on))
        if case.custody_until is not None:
            ends = as_utc(case.custody_until).date()
            if today <= ends <= today + timedelta(days=CUSTODY_NOTICE_DAYS):
                wanted.append((f"custody_end:{ends}", "Frihetsberövandet upphör", ends))
        if case.contact_ban_to is not None and (
            today <= case.contact_ban_to <= today + timedelta(days=CONTACT_BAN_NOTICE_DAYS)
        ):
            wanted.append(
                (
                    f"contact_ban_end:{case.contact_ban_to}",
                    "Kontaktförbudet upphör – förnya?",
                    case.contact_ban_to - timedelta(days=3),
                )
            )
        assigned = (
            case.assigned_police_id if str(actor.agency) == "police" else case.assigned_social_id
        )
        have = set(
            s.execute(
                select(CaseAction.rule).where(
                    CaseAction.case_id == case_id,
                    CaseAction.owner_agency == actor.agency,
                    CaseAction.rule.is_not(None),
                )
            ).scalars()
        )
    for waiting in referrals.overdue_referrals(db, actor, mine_only=False, case_id=case_id):
        wanted.append((f"referral:{waiting.referral_id}", "Lotsning väntar på svar", today))
    made = []
    for rule, title, due in wanted:
        if rule in have:
            continue
        try:
            made.append(
                add_action(
                    db,
                    actor,
                    NewAction(case_id, title, max(due, today), owner_id=assigned),
                    rule=rule,
                )
            )
        except IntegrityError:  # another workstation made it meanwhile
            continue
    return made


# --- the start page ("Min dag") ---------------------------------------------------------------


@dataclass(frozen=True)
class MyDay:
    overdue: list[ActionRow]
    today: list[ActionRow]
    expiring_consents: list[consents.ExpiringConsent]
    waiting_referrals: list[referrals.OverdueReferral]


def my_day(db: Database, actor: Actor, *, today: date | None = None) -> MyDay:
    """What the start page shows: my overdue and today's actions, consents of my cases that end
    within 30 days, and referrals of my cases waiting for an answer too long."""
    require_caseworker(actor)
    today = today or today_local()
    mine = my_actions(db, actor, today=today)
    return MyDay(
        overdue=[a for a in mine if a.due_on < today],
        today=[a for a in mine if a.due_on == today],
        expiring_consents=consents.expiring_consents(db, actor),
        waiting_referrals=referrals.overdue_referrals(db, actor),
    )


__all__ = [
    "ACTION",
    "TEMPLATES",
    "ActionRow",
    "CaseActions",
    "MyDay",
    "NewAction",
    "actions_for_case",
    "add_action",
    "ensure_rule_actions",
    "mark_done",
    "my_actions",
    "my_day",
    "open_action_counts",
]
