"""Contacts (interaktioner): recording, the contact rule, the fatigue figure and the timeline.

Public API (other services call these; keep the names stable):
- `NewContact`, `add_contact(db, actor, NewContact, *, override_reason=None) -> int`
- `contact_rule(db, actor, case_id) -> RuleStatus`; `RuleStatus.clear`, `.unmet()`
- `ContactRuleError` (a UserError) when a contact with the suspect is recorded or planned while
  the rule is not clear and no reason is stated
- `require_contact_rule(session, case_id, override_reason) -> (RuleStatus, reason | None)` — the
  same check inside a caller's own write transaction (the calendar uses it when planning a talk
  with the suspect); the reason is None when the rule is clear
- `contact_counts(db, actor, person_id, at=None) -> ContactCounts(last_7_days, last_30_days)`
- `timeline(db, actor, case_id) -> Timeline`; `update_contact`, `delete_contact`

THE CONTACT RULE (DOMAIN.md): before contacting the suspect, (1) the victim has an established
contact — at least one REACHED contact with the victim of the case, by either agency; (2) the
victim has been offered support and protection (`CaseParty.support_offered_on`); (3) no OPEN
risk assessment of the case (closed_at IS NULL), by either agency, says contacting him endangers
her or the children. The other agency's records are only counted, never read, through the
numbers-only figures of app.services.cases.facts (allowed by docs/secrecy.md; in PostgreSQL mode
row-level security would otherwise hide them and the rule would wrongly say "clear").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import UserError, ValidationError
from app.i18n import tr_noop, translate
from app.models import Case, CaseParty, Contact, Person, StaffMember
from app.models.enums import Agency, Channel, PartyRole, TalkKind
from app.services.cases import facts
from app.services.core import audit, editing
from app.services.core.access import require_caseworker
from app.services.core.actor import Actor
from app.services.core.timeutil import as_utc, now_utc
from app.vocabulary import checks
from app.vocabulary import fields as F

CONTEXT = "contacts"
MAX_NOTE = 20_000
MAX_HELD_AS = 200
MAX_REASON = 2_000
# A recorded contact may lie a little in the future (clock skew between workstations), no more.
FUTURE_TOLERANCE = timedelta(minutes=10)

# The role in which a contact is held, said to the person (the evaluation's "role confusion").
DEFAULT_HELD_AS: dict[Agency, str] = {
    Agency.POLICE: tr_noop("IGOR-polis, stödsamtal — inte förhör"),
    Agency.SOCIAL: tr_noop("IGOR-socialsekreterare, stödsamtal — inte myndighetsutövning"),
}
# Suggestions offered in the entry form (the default first).
HELD_AS_CHOICES: dict[Agency, tuple[str, ...]] = {
    Agency.POLICE: (
        DEFAULT_HELD_AS[Agency.POLICE],
        tr_noop("IGOR-polis, säkerhetssamtal"),
        tr_noop("IGOR-polis, praktiskt stöd (transport, följe)"),
        tr_noop("IGOR-polis, första kontakt med anhållen — inte förhör"),
    ),
    Agency.SOCIAL: (
        DEFAULT_HELD_AS[Agency.SOCIAL],
        tr_noop("IGOR-socialsekreterare, arresteringssamtal — inte förhör"),
        tr_noop("IGOR-socialsekreterare, motiverande samtal (MI)"),
        tr_noop("IGOR-socialsekreterare, FREDA-bedömning"),
    ),
}


def default_held_as(agency: Agency) -> str:
    return translate(CONTEXT, DEFAULT_HELD_AS[Agency(agency)])


def held_as_choices(agency: Agency) -> list[str]:
    return [translate(CONTEXT, t) for t in HELD_AS_CHOICES[Agency(agency)]]


@dataclass(frozen=True)
class NewContact:
    case_id: int
    party_id: int
    occurred_at: datetime  # aware; naive values are taken as UTC
    channel: Channel = Channel.PHONE
    reached: bool = True
    held_as: str | None = None  # None: the default for the actor's agency
    talk_kinds: frozenset[TalkKind] = field(default_factory=frozenset)
    note: str | None = None
    staff_id: int | None = None  # who held it; None: the actor (must be of the actor's agency)


# --- the contact rule -------------------------------------------------------------------------

UNMET_TEXTS = {
    "no_victim": tr_noop(
        "Ärendet har ingen registrerad våldsutsatt, så det finns ingen etablerad kontakt med henne."
    ),
    "no_victim_contact": tr_noop(
        "Det finns ingen etablerad kontakt med den våldsutsatta (ingen kontakt där hon nåtts; "
        "misslyckade försök räknas inte)."
    ),
    "no_support_offered": tr_noop("Den våldsutsatta har inte erbjudits stöd och skydd."),
    "endangering_assessment": tr_noop(
        "En öppen riskbedömning säger att kontakt med den misstänkte kan utsätta henne eller "
        "barnen för fara."
    ),
}


@dataclass(frozen=True)
class RuleStatus:
    """Whether contacting the suspect of a case is clear, and what is missing if not."""

    case_id: int
    has_victim: bool
    victim_reached_contacts: int  # across agencies (a count only)
    support_offered_on: date | None
    endangering_assessments: int  # open assessments saying contact endangers, across agencies

    @property
    def victim_contact_established(self) -> bool:
        return self.victim_reached_contacts > 0

    @property
    def support_offered(self) -> bool:
        return self.support_offered_on is not None

    @property
    def clear(self) -> bool:
        return not self.unmet_codes()

    def unmet_codes(self) -> list[str]:
        codes = []
        if not self.has_victim:
            codes.append("no_victim")
        else:
            if not self.victim_contact_established:
                codes.append("no_victim_contact")
            if not self.support_offered:
                codes.append("no_support_offered")
        if self.endangering_assessments:
            codes.append("endangering_assessment")
        return codes

    def unmet(self) -> list[str]:
        """The unmet conditions as Swedish sentences (translated)."""
        return [translate(CONTEXT, UNMET_TEXTS[c]) for c in self.unmet_codes()]


class ContactRuleError(UserError):
    """Contacting the suspect is not clear under the contact rule and no reason was stated."""

    context = CONTEXT

    def __init__(self, status: RuleStatus) -> None:
        self.status = status
        conditions = "\n".join(f"• {text}" for text in status.unmet())
        super().__init__(
            tr_noop(
                "Kontaktregeln är inte uppfylld för kontakt med den misstänkte:\n{conditions}\n"
                "Ange ett skäl för att ändå gå vidare."
            ),
            field=F.REASON,
            conditions=conditions,
        )


def evaluate_rule(session: Session, case_id: int) -> RuleStatus:
    """The contact rule for a case, inside the caller's session (counts only, across agencies)."""
    victim = session.execute(
        select(CaseParty.id, CaseParty.support_offered_on).where(
            CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
        )
    ).one_or_none()
    reached = facts.reached_count(session, victim.id) if victim is not None else 0
    endangering = facts.endangering_count(session, case_id)
    return RuleStatus(
        case_id=case_id,
        has_victim=victim is not None,
        victim_reached_contacts=int(reached),
        support_offered_on=victim.support_offered_on if victim is not None else None,
        endangering_assessments=int(endangering),
    )


def contact_rule(db: Database, actor: Actor, case_id: int) -> RuleStatus:
    """Is contacting the suspect of this case clear? (Numbers only; any signed-in actor.)"""
    with db.read(actor=actor) as s:
        _case_or_error(s, case_id)
        return evaluate_rule(s, case_id)


def clean_reason(override_reason: str | None) -> str | None:
    reason = (override_reason or "").strip()
    if not reason:
        return None
    if len(reason) > MAX_REASON:
        raise checks.too_long(F.REASON, MAX_REASON)
    return reason


def require_contact_rule(
    session: Session, case_id: int, override_reason: str | None
) -> tuple[RuleStatus, str | None]:
    """Check the rule inside the caller's write transaction. Returns the status and the cleaned
    reason (None when the rule is clear: a reason is then not stored). Raises ContactRuleError
    when the rule is not clear and the reason is empty."""
    status = evaluate_rule(session, case_id)
    if status.clear:
        return status, None
    reason = clean_reason(override_reason)
    if reason is None:
        raise ContactRuleError(status)
    return status, reason


def record_offered_support(
    db: Database, actor: Actor, party_id: int, offered_on: date | None
) -> None:
    """Record (or clear, with None) the date the victim was offered support and protection."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        party = s.get(CaseParty, party_id)
        if party is None:
            raise UserError("Parten finns inte längre i ärendet.")
        if party.role != PartyRole.VICTIM:
            raise UserError(
                "Fältet {field}: stöd och skydd registreras för den våldsutsatta.",
                field=F.OFFERED_SUPPORT,
            )
        if offered_on is not None and offered_on > now_utc().date() + timedelta(days=1):
            raise UserError(
                "Fältet {field}: datumet kan inte ligga i framtiden.",
                field=F.OFFERED_SUPPORT,
            )
        party.support_offered_on = offered_on
        audit.record(
            s,
            actor,
            "updated",
            record_type="case_party",
            record_id=party.id,
            case_id=party.case_id,
            details={"fields": ["support_offered_on"]},
        )


# --- fatigue ----------------------------------------------------------------------------------


class ContactCounts(NamedTuple):
    last_7_days: int
    last_30_days: int


def contact_counts(
    db: Database, actor: Actor, person_id: int, at: datetime | None = None
) -> ContactCounts:
    """Reached contacts with this person (all cases, both agencies: numbers only) in the 7 and
    30 days up to `at` (default now): at - 7 days < occurred_at <= at. Failed attempts are not
    talks the person has had and are not counted."""
    at = as_utc(at) or now_utc()
    with db.read(actor=actor) as s:
        return counts_in(s, person_id, at)


def counts_in(session: Session, person_id: int, at: datetime) -> ContactCounts:
    return ContactCounts(*facts.person_counts(session, person_id, at))


# --- recording --------------------------------------------------------------------------------


def _case_or_error(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise UserError("Ärendet finns inte (det kan ha gallrats).")
    return case


def _validate(session: Session, actor: Actor, new: NewContact) -> tuple[CaseParty, int, str]:
    problems: list[UserError] = []
    party = session.get(CaseParty, new.party_id)
    if party is None or party.case_id != new.case_id:
        problems.append(UserError("Fältet {field}: välj en part i ärendet.", field=F.PARTY))
    when = as_utc(new.occurred_at)
    if when is None:
        problems.append(checks.required(F.MOMENT))
    elif when > now_utc() + FUTURE_TOLERANCE:
        problems.append(
            UserError(
                "Fältet {field}: en kontakt som registreras kan inte ligga i framtiden. Planera "
                "den i kalendern i stället.",
                field=F.MOMENT,
            )
        )
    try:
        Channel(new.channel)
    except ValueError:
        problems.append(UserError("Fältet {field}: välj ett sätt.", field=F.CHANNEL))
    held_as = (new.held_as if new.held_as is not None else default_held_as(actor.agency)).strip()
    if not held_as:
        problems.append(
            UserError(
                "Fältet {field} måste fyllas i: säg i vilken roll kontakten hölls.", field=F.ROLE
            )
        )
    elif len(held_as) > MAX_HELD_AS:
        problems.append(checks.too_long(F.ROLE, MAX_HELD_AS))
    if new.note and len(new.note) > MAX_NOTE:
        problems.append(checks.too_long(F.NOTE, MAX_NOTE))
    if not new.reached and new.talk_kinds:
        problems.append(
            UserError(
                "Fältet {field}: ett misslyckat försök har inga samtalstyper.", field=F.TALK_KINDS
            )
        )
    staff_id = new.staff_id or actor.staff_id
    if staff_id != actor.staff_id:
        member = session.get(StaffMember, staff_id)
        if member is None or member.revoked_at is not None:
            problems.append(
                UserError("Fältet {field}: välj en aktiv medarbetare.", field=F.STAFF_MEMBER)
            )
        elif Agency(member.agency) != actor.agency:
            problems.append(
                UserError(
                    "Fältet {field}: du kan bara registrera kontakter för din egen myndighet.",
                    field=F.STAFF_MEMBER,
                )
            )
    if problems:
        raise ValidationError(problems)
    assert party is not None
    return party, staff_id, held_as


def add_contact(
    db: Database, actor: Actor, new: NewContact, *, override_reason: str | None = None
) -> int:
    """Record a contact (or failed attempt), owned by the actor's agency. A contact with the
    suspect while the contact rule is not clear needs a stated reason (ContactRuleError)."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        return add_contact_in(s, actor, new, override_reason=override_reason)


def add_contact_in(
    s: Session, actor: Actor, new: NewContact, *, override_reason: str | None = None
) -> int:
    """add_contact inside the caller's open write transaction (one user action that records a
    contact among other changes, such as marking a calendar event held): nothing is committed
    here, so a later failure in the caller's transaction leaves no contact behind."""
    require_caseworker(actor)
    _case_or_error(s, new.case_id)
    party, staff_id, held_as = _validate(s, actor, new)
    reason = None
    status = None
    if party.role == PartyRole.SUSPECT:
        status, reason = require_contact_rule(s, new.case_id, override_reason)
    contact = Contact(
        case_id=new.case_id,
        party_id=party.id,
        subject_person_id=party.person_id,
        owner_agency=actor.agency,
        staff_id=staff_id,
        occurred_at=as_utc(new.occurred_at),
        channel=Channel(new.channel),
        reached=new.reached,
        held_as=held_as,
        note=(new.note or "").strip() or None,
        rule_override_reason=reason,
        created_by_id=actor.staff_id,
    )
    contact.set_talk_kinds(set(new.talk_kinds))
    s.add(contact)
    s.flush()
    audit.record(
        s,
        actor,
        "created",
        record_type="contact",
        record_id=contact.id,
        case_id=new.case_id,
        details={
            "party_role": party.role.value,
            "channel": contact.channel.value,
            "reached": contact.reached,
        },
    )
    if reason is not None and status is not None:
        _audit_override(s, actor, contact, status)
    _refresh_last_contact(s, new.case_id)
    return contact.id


def _audit_override(s: Session, actor: Actor, contact: Contact, status: RuleStatus) -> None:
    audit.record(
        s,
        actor,
        "contact_rule_overridden",
        record_type="contact",
        record_id=contact.id,
        case_id=contact.case_id,
        details={"unmet": status.unmet_codes()},
    )


def _refresh_last_contact(s: Session, case_id: int) -> None:
    """Keep Case.last_contact_at (the case list's "days since last contact": the newest contact
    or attempt by either agency). A Core update, so the case's version does not change: adding
    a contact must not turn a colleague's open edit of the case into a conflict."""
    newest = facts.last_contact(s, case_id)
    table = Case.__table__
    s.execute(
        update(table)
        .where(table.c.id == case_id)
        .values(last_contact_at=as_utc(newest) if newest else None, updated_at=table.c.updated_at)
    )


# --- editing ----------------------------------------------------------------------------------

CONTACT = editing.kind(
    "contact",
    "Kontakten finns inte längre (den kan ha tagits bort).",
    "Kontakten har ändrats av {changed_by} {changed_at} sedan du öppnade den.",
)


def _edit_contact(db: Database, actor: Actor, contact_id: int, version: int):
    return editing.edit_own(db, actor, Contact, contact_id, version=version, what=CONTACT)


def update_contact(
    db: Database,
    actor: Actor,
    contact_id: int,
    changes: NewContact,
    *,
    version: int,
    override_reason: str | None = None,
) -> int:
    """Edit one's own agency's contact, refusing if it changed since `version` was loaded.
    Returns the new version."""
    with _edit_contact(db, actor, contact_id, version) as ed:
        s, contact = ed.s, ed.record
        if changes.case_id != contact.case_id:
            raise UserError("En kontakt kan inte flyttas till ett annat ärende.")
        party, staff_id, held_as = _validate(s, actor, changes)
        if party.role == PartyRole.SUSPECT and contact.party_id != party.id:
            status, reason = require_contact_rule(s, contact.case_id, override_reason)
            contact.rule_override_reason = reason
            if reason is not None:
                _audit_override(s, actor, contact, status)
        elif party.role != PartyRole.SUSPECT:
            contact.rule_override_reason = None
        before = _snapshot(contact)
        contact.party_id = party.id
        contact.subject_person_id = party.person_id
        contact.staff_id = staff_id
        contact.occurred_at = as_utc(changes.occurred_at)
        contact.channel = Channel(changes.channel)
        contact.reached = changes.reached
        contact.held_as = held_as
        contact.note = (changes.note or "").strip() or None
        contact.set_talk_kinds(set(changes.talk_kinds))
        changed = sorted(k for k, v in _snapshot(contact).items() if before[k] != v)
        if changed:
            ed.changed(changed)
            s.flush()
            _refresh_last_contact(s, contact.case_id)
    return ed.new_version


def _snapshot(c: Contact) -> dict:
    return {
        "party_id": c.party_id,
        "staff_id": c.staff_id,
        "occurred_at": as_utc(c.occurred_at),
        "channel": c.channel,
        "reached": c.reached,
        "held_as": c.held_as,
        "note": c.note,
        "talk_kinds": frozenset(c.talk_kinds()),
    }


def delete_contact(db: Database, actor: Actor, contact_id: int, *, version: int) -> None:
    with _edit_contact(db, actor, contact_id, version) as ed:
        case_id = ed.record.case_id
        ed.delete()
        ed.s.flush()
        _refresh_last_contact(ed.s, case_id)


# --- the timeline -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    id: int
    version: int
    case_id: int
    occurred_at: datetime  # aware UTC
    staff_id: int | None
    staff_name: str | None
    agency: Agency
    held_as: str | None
    party_id: int
    party_role: PartyRole
    party_name: str
    channel: Channel
    reached: bool
    talk_kinds: frozenset[TalkKind]
    note: str | None
    rule_override_reason: str | None
    editable: bool  # the actor's own agency owns it


@dataclass(frozen=True)
class Timeline:
    rows: tuple[ContactRow, ...]  # newest first
    hidden_other_agency: int  # the other agency's contacts in the case not visible (a number)

    @property
    def total(self) -> int:
        return len(self.rows) + self.hidden_other_agency


def timeline(db: Database, actor: Actor, case_id: int) -> Timeline:
    """The case's contacts the actor may read (the secrecy hook filters the other agency's
    without consent), and how many of the other agency's exist but are hidden."""
    require_caseworker(actor)
    with db.read(actor=actor) as s:
        _case_or_error(s, case_id)
        result = s.execute(
            select(Contact, StaffMember.full_name, CaseParty.role, Person)
            .join(CaseParty, CaseParty.id == Contact.party_id)
            .join(Person, Person.id == CaseParty.person_id)
            .outerjoin(StaffMember, StaffMember.id == Contact.staff_id)
            .where(Contact.case_id == case_id)
            .order_by(Contact.occurred_at.desc(), Contact.id.desc())
        ).all()
        rows = tuple(
            ContactRow(
                id=c.id,
                version=c.version,
                case_id=c.case_id,
                occurred_at=as_utc(c.occurred_at),
                staff_id=c.staff_id,
                staff_name=name,
                agency=Agency(c.owner_agency),
                held_as=c.held_as,
                party_id=c.party_id,
                party_role=PartyRole(role),
                party_name=person.display_name,
                channel=Channel(c.channel),
                reached=c.reached,
                talk_kinds=frozenset(c.talk_kinds()),
                note=c.note,
                rule_override_reason=c.rule_override_reason,
                editable=c.owner_agency == actor.agency and actor.is_caseworker,
            )
            for c, name, role, person in result
        )
        total, _ = facts.case_totals(s, case_id)
    return Timeline(rows=rows, hidden_other_agency=max(0, int(total) - len(rows)))
