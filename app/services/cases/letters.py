"""Referral letters and printed forms: the rules, and keeping every letter with its case.

Rules (see docs/letters.md):
- A person with protected identity (any level) never gets an address printed.
- Personal data about a person goes into a letter to ANOTHER organisation (recipient's
  organisation differs from the sender's agency) only while the person has an active consent;
  otherwise it is left out and the letter says "Personuppgifter utelämnade – samtycke saknas".
  A letter that relies on a consent names it (date, how it was given) and a Disclosure row links
  the letter to the consent.
- The concern report (orosanmälan) always names the children: the duty to report (14 kap. 1 §
  SoL, 10 kap. 28 § OSL) breaks secrecy for them; the adult's data follows the consent rule.
- The briefing list of focus persons is for the police only.
- Every letter is kept (Letter: the exact inputs in fields_json, the PDF, its sha256, who and
  when), owned by the sender's agency and concerning the subject person, so the secrecy hook
  decides who sees it. Generating, printing, saving and reprinting are audited; a reprint is
  rebuilt from the stored inputs and marked "KOPIA".
No Qt here.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, true
from sqlalchemy.orm import Session, joinedload, selectinload

from app.database import Database
from app.errors import AccessDenied, UserError, ValidationError
from app.models import Case, CaseParty, Consent, Disclosure, Letter, Person, StaffMember
from app.models.enums import (
    Agency,
    ConsentMethod,
    ContactBan,
    Custody,
    LetterKind,
    PartyRole,
)
from app.pdf import templates as tpl
from app.pdf.document import (
    CONFIDENTIAL,
    SECRECY_POLICE,
    SECRECY_SOCIAL,
    DocumentInfo,
    Letterhead,
    build_pdf,
    para,
)
from app.services.admin.team_settings import letterheads_in
from app.services.core import audit, pickers, protection
from app.services.core.access import consent_in_force, require_caseworker
from app.services.core.actor import Actor
from app.services.core.identity import display_number
from app.services.core.pickers import CaseChoice
from app.vocabulary import checks
from app.vocabulary import fields as F
from app.vocabulary import labels as vocabulary

logger = logging.getLogger(__name__)

WITHHELD_NOTICE = "Personuppgifter utelämnade – samtycke saknas"
WITHHELD_VALUE = "(utelämnat – samtycke saknas)"
ADDRESS_NOT_PRINTED = protection.ADDRESS_NOT_PRINTED
FIELDS_VERSION = 1

# Swedish wording from the one vocabulary (letters stay Swedish); "none" is left out of a letter.
_ROLE_TEXT = vocabulary.PARTY_ROLE
_METHOD_TEXT = vocabulary.CONSENT_METHOD_IN_LETTERS
_CUSTODY_TEXT = {**vocabulary.CUSTODY, Custody.NONE: ""}
_BAN_TEXT = {**vocabulary.CONTACT_BAN, ContactBan.NONE: ""}
_AGENCY_ORG = {Agency.POLICE: "police", Agency.SOCIAL: "social"}


# --- plain rows for the UI --------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateChoice:
    name: str
    kind: LetterKind
    title: str
    recipient_mode: str
    needs_case: bool
    only_for: str | None
    fields: tuple[tpl.FieldSpec, ...]


@dataclass(frozen=True)
class RecipientChoice:
    key: str
    name: str
    organisation: str
    free_text: bool


@dataclass(frozen=True)
class LetterRequest:
    template: str
    case_id: int | None = None
    role: PartyRole | None = PartyRole.VICTIM  # whose letter it is (the subject person)
    recipient_key: str | None = None
    recipient_name: str | None = None  # free text (another district's RVC, which shelter …)
    fields: Mapping[str, str] = field(default_factory=dict)
    on_date: date | None = None  # the letter's date (default today)


@dataclass(frozen=True)
class GeneratedLetter:
    letter_id: int
    kind: LetterKind
    title: str
    pdf: bytes
    sha256: str
    copy: bool
    withheld: bool
    consent_id: int | None


@dataclass(frozen=True)
class LetterRow:
    id: int
    case_id: int | None
    kind: LetterKind
    title: str
    recipient: str | None
    created_at: datetime
    created_by: str | None
    owner_agency: Agency
    print_count: int
    consent_id: int | None
    withheld: bool


# --- templates --------------------------------------------------------------------------------


def available_templates(actor: Actor) -> list[TemplateChoice]:
    """The templates this actor may use (the briefing list only for the police)."""
    result = []
    for t in tpl.all_templates():
        if not _may_use(actor, t):
            continue
        result.append(
            TemplateChoice(
                name=t.name,
                kind=t.kind,
                title=t.title,
                recipient_mode=t.recipient_mode,
                needs_case=t.kind is not LetterKind.BRIEFING_LIST,
                only_for=t.only_for,
                fields=t.fields,
            )
        )
    order = list(LetterKind)
    return sorted(result, key=lambda c: (order.index(c.kind), c.title))


def recipients() -> list[RecipientChoice]:
    return [
        RecipientChoice(r.key, r.name, r.organisation, r.free_text) for r in tpl.load_recipients()
    ]


def _may_use(actor: Actor, template: tpl.Template) -> bool:
    if template.only_for == "polis":
        return actor.agency is Agency.POLICE
    if template.only_for == "socialtjänst":
        return actor.agency is Agency.SOCIAL
    return True


def _require_may_use(actor: Actor, template: tpl.Template) -> None:
    require_caseworker(actor)
    if not _may_use(actor, template):
        if template.only_for == "polis":
            raise AccessDenied(
                "{title} är bara för polisen. Din profil hör till socialtjänsten.",
                title=template.title,
            )
        raise AccessDenied("{title} är bara för socialtjänsten.", title=template.title)


# --- people -----------------------------------------------------------------------------------


def printable_address(person: Person) -> str:
    """The address to print for a person: never for protected identity (any level).

    The calendar engineer's transport run sheet uses this too."""
    if protection.person_is_protected(person):
        return ADDRESS_NOT_PRINTED
    if not person.addresses:
        return ""
    return person.addresses[0].one_line()


def active_consent(
    session: Session, person_id: int, case_id: int | None, recipient: str | None = None
) -> Consent | None:
    """The person's consent that allows a letter to another organisation today: in force and
    covering letters; when it names outside recipients, `recipient` must be one of them (the
    one for this case first, then the newest)."""
    rows = (
        session.execute(
            select(Consent)
            .where(
                Consent.person_id == person_id,
                consent_in_force(),
                Consent.scope_letter == true(),
            )
            .order_by(Consent.given_on.desc(), Consent.id.desc())
        )
        .scalars()
        .all()
    )
    rows = [c for c in rows if _names_recipient(c, recipient)]
    for consent in rows:
        if case_id is not None and consent.case_id == case_id:
            return consent
    return rows[0] if rows else None


def _names_recipient(consent: Consent, recipient: str | None) -> bool:
    named = [x.strip().casefold() for x in (consent.recipients or "").splitlines() if x.strip()]
    if not named:
        return True
    wanted = (recipient or "").strip().casefold()
    return bool(wanted) and any(n in wanted or wanted in n for n in named)


_DIRECTION_TEXT = {
    (True, True): "Båda riktningarna: socialtjänsten till polisen och polisen till socialtjänsten",
    (True, False): "Från socialtjänsten till polisen",
    (False, True): "Från polisen till socialtjänsten",
}
_KIND_TEXT = {
    "note": "journalanteckningar",
    "contact": "kontakter och samtal",
    "risk_assessment": "risk- och skyddsbedömningar",
    "letter": "brev och remisser",
}


def scope_rows(consent: Consent | None, default_months: int, today: date) -> list[list[str]]:
    """The consent form's scope table: exactly what the consent (or, before one is recorded,
    the team's default) covers."""
    if consent is None:
        from app.services.cases.consents import default_until

        return [
            ["Riktning", _DIRECTION_TEXT[(True, True)]],
            ["Uppgifter", ", ".join(_KIND_TEXT.values())],
            ["Namngivna mottagare", "Inga utöver socialtjänsten och polisen"],
            [
                "Giltigt",
                f"{today.isoformat()} – {default_until(today, default_months).isoformat()}",
            ],
        ]
    kinds = [text for kind, text in _KIND_TEXT.items() if consent.covers(kind)]
    named = ", ".join(x.strip() for x in (consent.recipients or "").splitlines() if x.strip())
    until = consent.valid_until.isoformat() if consent.valid_until else "tills vidare"
    rows = [
        ["Riktning", _DIRECTION_TEXT[(bool(consent.to_police), bool(consent.to_social))]],
        ["Uppgifter", ", ".join(kinds)],
        ["Namngivna mottagare", named or "Inga utöver socialtjänsten och polisen"],
        ["Giltigt", f"{consent.valid_from.isoformat()} – {until}"],
        ["Samtycke nr", str(consent.id)],
    ]
    if consent.witness:
        rows.append(["Vittne", consent.witness])
    return rows


def consent_for_form(session: Session, person_id: int) -> Consent | None:
    """The consent the form prints: the newest one not withdrawn and not yet ended."""
    return (
        session.execute(
            select(Consent)
            .where(
                Consent.person_id == person_id,
                Consent.withdrawn_at.is_(None),
                or_(Consent.valid_until.is_(None), Consent.valid_until >= func.igor_today()),
            )
            .order_by(Consent.id.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )


def consent_text(consent: Consent, person_name: str) -> str:
    method = _METHOD_TEXT.get(ConsentMethod(consent.method), str(consent.method))
    who = person_name or "personen"
    return (
        f"Personuppgifterna lämnas med stöd av samtycke från {who}, givet "
        f"{consent.given_on.isoformat()} ({method}), registrerat som samtycke nr {consent.id}. "
        "Samtycket kan återkallas när som helst."
    )


def printable_phone(person: Person, need: bool) -> str:
    """The phone to print: for a protected person only when the one printing has need to know
    (app.services.core.protection)."""
    if not person.phone:
        return ""
    if protection.person_is_protected(person) and not need:
        return protection.placeholder(protection.HIDDEN_PHONE)
    return person.phone


def _person_rows(person: Person, role: PartyRole | None, need: bool) -> list[list[str]]:
    rows = [["Namn", person.display_name or "(namn saknas)"]]
    number = display_number(person.personal_number, person.number_kind)
    if number:
        rows.append(["Personnummer", number])
    elif person.birth_year:
        rows.append(["Födelseår", str(person.birth_year)])
    rows.append(["Adress", printable_address(person) or "(adress saknas)"])
    if person.phone:
        rows.append(["Telefon", printable_phone(person, need)])
    if role is not None:
        rows.append(["Roll i ärendet", _ROLE_TEXT[role]])
    return rows


# --- generating -------------------------------------------------------------------------------


def _secrecy_marking(template: tpl.Template, agency: Agency) -> str | None:
    if template.secrecy == "nej":
        return None
    if template.secrecy == "konfidentiellt":
        return CONFIDENTIAL
    return SECRECY_POLICE if agency is Agency.POLICE else SECRECY_SOCIAL


def _head_dict(head: Letterhead) -> dict[str, Any]:
    import base64

    values = {
        k: getattr(head, k)
        for k in (
            "agency_name",
            "unit",
            "postal_address",
            "visiting_address",
            "phone",
            "email",
            "website",
        )
    }
    values["logo_png_b64"] = base64.b64encode(head.logo_png).decode() if head.logo_png else None
    return values


def _head_from_dict(values: Mapping[str, Any]) -> Letterhead:
    import base64

    logo = values.get("logo_png_b64")
    return Letterhead(
        **{k: v for k, v in values.items() if k != "logo_png_b64"},
        logo_png=base64.b64decode(logo) if logo else None,
    )


def _one_line_head(head: Letterhead) -> str:
    first_unit_line = head.unit.splitlines()[0] if head.unit else ""
    return ", ".join(p for p in (head.agency_name, first_unit_line) if p)


def _validate_fields(template: tpl.Template, fields: Mapping[str, str]) -> dict[str, str]:
    problems = []
    clean: dict[str, str] = {}
    for name in fields:
        if template.field(name) is None:
            problems.append(
                UserError(
                    "Mallen {template} har inget fält som heter {name}.",
                    template=template.name,
                    name=name,
                )
            )
    for spec in template.fields:
        value = (fields.get(spec.name) or "").strip()
        if len(value) > 4000:
            problems.append(checks.too_long(spec.label, 4000))
        if spec.required and not value:
            problems.append(checks.required(spec.label))
        clean[spec.name] = value
    if problems:
        raise ValidationError(problems)
    return clean


def _load_case(session: Session, case_id: int) -> Case:
    """The case with parties, people, addresses, children and reports in ONE query (every ORM
    query pays for the secrecy hook, so selectinload's extra round trips are costly)."""
    case = (
        session.execute(
            select(Case)
            .where(Case.id == case_id)
            .options(
                joinedload(Case.parties).joinedload(CaseParty.person).joinedload(Person.addresses),
                joinedload(Case.children),
                joinedload(Case.police_reports),
            )
        )
        .unique()
        .scalar_one_or_none()
    )
    if case is None:
        raise UserError("Ärendet finns inte (längre).")
    return case


def _resolve_recipient(
    template: tpl.Template, request: LetterRequest
) -> tuple[str, str, list[str]]:
    """(name, organisation, address lines) of the recipient."""
    if template.recipient_mode == "val":
        choices = {r.key: r for r in tpl.load_recipients()}
        chosen = choices.get(request.recipient_key or "")
        if chosen is None:
            raise checks.choose(F.RECIPIENT)
        name = chosen.name
        if chosen.free_text:
            typed = (request.recipient_name or "").strip()
            if not typed:
                raise UserError("Skriv vilken mottagare det gäller ({name}).", name=chosen.name)
            name = typed
        lines = [name, *[x for x in chosen.address.splitlines() if x]]
        return name, chosen.organisation, lines
    if template.recipient_mode == "socialtjänsten":
        return "Socialtjänsten", "social", ["Socialtjänsten", "Mottagningen för barn och unga"]
    if template.recipient_mode == "intern":
        return "Internt", "internal", []
    return "Den enskilde", "person", []


def _compose(
    session: Session, actor: Actor, template: tpl.Template, request: LetterRequest
) -> dict[str, Any]:
    """Everything the letter prints, as plain JSON-able values (stored in fields_json)."""
    fields = _validate_fields(template, request.fields)
    letter_date = request.on_date or date.today()
    heads = letterheads_in(session)
    own_head, police_head, social_head = (
        heads[actor.agency],
        heads[Agency.POLICE],
        heads[Agency.SOCIAL],
    )
    sender = session.get(StaffMember, actor.staff_id)
    recipient_name, recipient_org, recipient_lines = _resolve_recipient(template, request)

    values: dict[str, str] = {key: "" for key in tpl.PLACEHOLDERS}
    values.update({"fält." + k: v for k, v in fields.items()})
    values.update(
        {
            "datum": letter_date.isoformat(),
            "mottagare.namn": recipient_name,
            "avsändare.namn": actor.full_name,
            "avsändare.titel": (sender.title if sender else "") or "",
            "avsändare.telefon": (sender.phone if sender else "") or own_head.phone,
            "avsändare.epost": (sender.email if sender else "") or "",
            "avsändare.myndighet": own_head.agency_name,
            "avsändare.enhet": own_head.unit.splitlines()[0] if own_head.unit else "",
            "polisen": _one_line_head(police_head),
            "socialtjänsten": _one_line_head(social_head),
        }
    )
    blocks: dict[str, Any] = {
        "avsändare": [
            actor.full_name,
            values["avsändare.titel"],
            own_head.agency_name,
            "Telefon " + values["avsändare.telefon"] if values["avsändare.telefon"] else "",
            values["avsändare.epost"],
        ],
        "mottagare": recipient_lines,
    }
    case: Case | None = None
    person: Person | None = None
    role: PartyRole | None = None
    consent: Consent | None = None
    withheld = False

    if template.kind is LetterKind.BRIEFING_LIST:
        blocks["fokuspersoner"] = _focus_rows(session)
    else:
        if request.case_id is None:
            raise checks.choose(F.CASE)
        case = _load_case(session, request.case_id)
        values["ärende.nummer"] = case.case_number
        values["ärende.polisanmälan"] = (
            ", ".join(r.report_number for r in case.police_reports) or "Ingen registrerad"
        )
        role = PartyRole(request.role or PartyRole.VICTIM)
        party = case.party(role)
        if party is None:
            raise UserError(
                "Ärendet {case} har ingen {role}.",
                case=case.case_number,
                role=_ROLE_TEXT[role].lower(),
            )
        person = party.person
        need = protection.has_need_for_case(actor, case)
        # Another organisation? Then the person's data needs an active consent.
        to_other_org = recipient_org not in (_AGENCY_ORG[actor.agency], "person", "internal")
        if to_other_org:
            consent = active_consent(session, person.id, case.id, recipient_name)
        if to_other_org and consent is None:
            withheld = True
            for key in values:
                if key.startswith("person."):
                    values[key] = WITHHELD_VALUE
            blocks["personuppgifter"] = {"withheld": WITHHELD_NOTICE}
        else:
            values.update(
                {
                    "person.namn": person.display_name,
                    "person.personnummer": display_number(
                        person.personal_number, person.number_kind
                    ),
                    "person.födelseår": str(person.birth_year or ""),
                    "person.adress": printable_address(person),
                    "person.telefon": printable_phone(person, need),
                    "person.roll": _ROLE_TEXT[role],
                }
            )
            blocks["personuppgifter"] = {
                "rows": _person_rows(person, role if to_other_org else None, need)
            }
            if template.recipient_mode == "personen":
                address = printable_address(person)
                lines = [person.display_name]
                if address and address != ADDRESS_NOT_PRINTED:
                    lines += [a.strip() for a in address.split(",")]
                blocks["mottagare"] = lines
            if consent is not None:
                blocks["samtycke"] = consent_text(consent, person.display_name)
        if template.kind is LetterKind.CONSENT_FORM:
            from app.services.cases.consents import _default_months

            blocks["omfattning"] = {
                "rows": scope_rows(
                    consent_for_form(session, person.id), _default_months(session), letter_date
                )
            }
        if template.kind is LetterKind.CONCERN_REPORT:
            if not case.children:
                raise UserError(
                    "Ärendet {case} har inga barn registrerade. Lägg in barnen i ärendet först.",
                    case=case.case_number,
                )
            blocks["barn"] = {
                "columns": ["Förnamn", "Födelseår", "Personnummer"],
                "rows": [
                    [
                        c.first_name or "(namn saknas)",
                        str(c.birth_year or ""),
                        display_number(c.personal_number, _child_number_kind(c.personal_number)),
                    ]
                    for c in case.children
                ],
                "widths": [60, 30, 50],
            }

    if withheld:
        # Say so at the top as well, whatever the template does with the data.
        blocks["_top_notice"] = WITHHELD_NOTICE
    if template.kind is LetterKind.CONCERN_REPORT and recipient_org != _AGENCY_ORG[actor.agency]:
        blocks["_legal_basis"] = (
            "Uppgifterna om barnen lämnas med stöd av anmälningsskyldigheten i 14 kap. 1 § "
            "socialtjänstlagen och 10 kap. 28 § offentlighets- och sekretesslagen."
        )

    return {
        "v": FIELDS_VERSION,
        "template": template.name,
        "template_text": template.text,
        "kind": template.kind.value,
        "title": template.title,
        "date": letter_date.isoformat(),
        "case_id": case.id if case else None,
        "case_number": case.case_number if case else None,
        "person_id": person.id if person else None,
        "role": role.value if role else None,
        "recipient": recipient_name,
        "recipient_org": recipient_org,
        "secrecy": _secrecy_marking(template, actor.agency),
        "letterhead": _head_dict(own_head),
        "values": values,
        "blocks": blocks,
        "fields": fields,
        "withheld": withheld,
        "consent_id": consent.id if consent else None,
        "protected": bool(case is not None and protection.case_is_protected(case)),
    }


def _child_number_kind(value: str | None):
    from app.models.enums import NumberKind

    return NumberKind.PERSONNUMMER if value and len(value) == 12 else NumberKind.NONE


def _focus_rows(session: Session) -> dict[str, Any]:
    from app.models.enums import CaseStatus

    cases = (
        session.execute(
            select(Case)
            .where(Case.focus_person.is_(True), Case.status == CaseStatus.OPEN)
            .options(
                selectinload(Case.parties)
                .selectinload(CaseParty.person)
                .selectinload(Person.addresses)
            )
            .order_by(Case.case_number)
        )
        .scalars()
        .all()
    )
    rows = []
    for case in cases:
        party = case.party(PartyRole.SUSPECT)
        if party is None:
            continue
        person = party.person
        status = ", ".join(
            x
            for x in (
                _BAN_TEXT.get(ContactBan(case.contact_ban), ""),
                _CUSTODY_TEXT.get(Custody(case.custody), ""),
            )
            if x
        )
        rows.append(
            [
                person.display_name or "(namn saknas)",
                str(person.birth_year or ""),
                printable_address(person) or "(adress saknas)",
                status or "–",
                case.case_number,
            ]
        )
    return {
        "columns": ["Namn", "Född", "Adress", "Kontaktförbud / frihetsberövande", "Ärende"],
        "rows": rows,
        "widths": [38, 13, 52, 42, 20],
        "empty": "Inga fokuspersoner i öppna ärenden.",
    }


def render_fields(fields: Mapping[str, Any], *, copy: bool = False) -> bytes:
    """The PDF for stored letter inputs; the same inputs always give the same letter."""
    template = tpl.parse_template(fields["template"], fields["template_text"])
    blocks = dict(fields["blocks"])
    story = []
    top = blocks.pop("_top_notice", None)
    legal = blocks.pop("_legal_basis", None)
    if top and "[personuppgifter]" not in template.body:
        story.append(para(top, "Notice"))
    story += tpl.render_body(template.body, fields["values"], blocks)
    if legal:
        story.append(para(legal, "Small"))
    info = DocumentInfo(
        title=fields["title"],
        letterhead=_head_from_dict(fields["letterhead"]),
        document_date=date.fromisoformat(fields["date"]),
        case_number=fields.get("case_number"),
        secrecy=fields.get("secrecy"),
        copy=copy,
        subject=fields["kind"],
    )
    return build_pdf(info, story)


def generate(db: Database, actor: Actor, request: LetterRequest) -> GeneratedLetter:
    """Build the letter, keep it with the case, audit it, and record a consent-based disclosure."""
    template = tpl.load_template(request.template)
    _require_may_use(actor, template)
    with db.write(actor=actor) as s:
        fields = _compose(s, actor, template, request)
        pdf = render_fields(fields)
        digest = hashlib.sha256(pdf).hexdigest()
        letter = Letter(
            owner_agency=actor.agency,
            subject_person_id=fields["person_id"],
            case_id=fields["case_id"],
            kind=template.kind,
            template=template.name,
            recipient=fields["recipient"][:200],
            created_by_id=actor.staff_id,
            consent_id=fields["consent_id"],
            fields_json=json.dumps(fields, ensure_ascii=False, sort_keys=True),
            pdf=pdf,
            sha256=digest,
            print_count=0,
        )
        s.add(letter)
        s.flush()
        if fields["consent_id"] is not None:
            s.add(
                Disclosure(
                    consent_id=fields["consent_id"],
                    staff_id=actor.staff_id,
                    viewer_agency=_disclosed_to(fields["recipient_org"]),
                    kind="letter",
                    record_type="letter",
                    record_id=letter.id,
                    scope="letter:" + str(fields["recipient_org"]),
                )
            )
        audit.record(
            s,
            actor,
            "letter_generated",
            record_type="letter",
            record_id=letter.id,
            case_id=fields["case_id"],
            details={
                "kind": template.kind.value,
                "template": template.name,
                "consent_id": fields["consent_id"],
                "withheld": fields["withheld"],
                "sha256": digest,
            },
        )
        logger.info("letter %s generated (%s)", letter.id, template.kind.value)
        return GeneratedLetter(
            letter.id,
            template.kind,
            template.title,
            pdf,
            digest,
            False,
            fields["withheld"],
            fields["consent_id"],
        )


def _disclosed_to(recipient_org: str) -> str:
    """Disclosure.viewer_agency: police/social, or 'external' for other organisations."""
    return recipient_org if recipient_org in ("police", "social") else "external"


def _visible_letter(session: Session, letter_id: int) -> Letter:
    letter = session.execute(select(Letter).where(Letter.id == letter_id)).scalar_one_or_none()
    if letter is None:  # missing, or hidden by the secrecy hook
        raise UserError("Brevet finns inte eller är inte tillgängligt för dig.")
    return letter


def reprint(db: Database, actor: Actor, letter_id: int) -> GeneratedLetter:
    """A copy of a kept letter, rebuilt from its stored inputs and marked KOPIA."""
    require_caseworker(actor)
    with db.write(actor=actor) as s:
        letter = _visible_letter(s, letter_id)
        fields = json.loads(letter.fields_json)
        if "template_text" not in fields:
            raise UserError(
                "Det här dokumentet kan inte skrivas ut som kopia. Skapa det på nytt där det "
                "gjordes."
            )
        fields = _for_reader(s, actor, letter, fields)
        pdf = render_fields(fields, copy=True)
        letter.print_count = (letter.print_count or 0) + 1
        audit.record(
            s,
            actor,
            "letter_reprinted",
            record_type="letter",
            record_id=letter.id,
            case_id=letter.case_id,
            details={"print_count": letter.print_count},
        )
        return GeneratedLetter(
            letter.id,
            LetterKind(letter.kind),
            fields["title"],
            pdf,
            hashlib.sha256(pdf).hexdigest(),
            True,
            bool(fields.get("withheld")),
            letter.consent_id,
        )


OUTPUT_ACTIONS = {"printed": "letter_printed", "saved": "letter_saved", "opened": "letter_opened"}


def record_output(db: Database, actor: Actor, letter_id: int, how: str, *, copy: bool = False):
    """Audit that a letter left the program (printed, saved as PDF, opened in the OS viewer)."""
    if how not in OUTPUT_ACTIONS:
        raise ValueError(how)
    with db.write(actor=actor) as s:
        letter = _visible_letter(s, letter_id)
        audit.record(
            s,
            actor,
            OUTPUT_ACTIONS[how],
            record_type="letter",
            record_id=letter.id,
            case_id=letter.case_id,
            details={"copy": copy},
        )


def letter_pdf(db: Database, actor: Actor, letter_id: int) -> bytes:
    """The kept original PDF (for the preview of a kept letter)."""
    with db.read(actor=actor) as s:
        letter = _visible_letter(s, letter_id)
        fields = json.loads(letter.fields_json)
        if _lacks_need(s, actor, letter, fields):
            if "template_text" not in fields:
                raise AccessDenied(
                    "Dokumentet innehåller skyddade personuppgifter och visas bara för dem som "
                    "har behov av dem (ärendets handläggare, transportens beställare och "
                    "besättning)."
                )
            return render_fields(_redacted(fields))
        return letter.pdf or render_fields(fields)


def _lacks_need(s: Session, actor: Actor, letter: Letter, fields: Mapping[str, Any]) -> bool:
    """The kept document belongs to a case with a protected person and the actor (printing or
    viewing it now) lacks need to know — decided now, for this actor, not by who made it."""
    if letter.case_id is None:
        return False
    case = s.get(Case, letter.case_id)
    if case is None or not protection.lacks_need_for_case(actor, case):
        return False
    transport_id = (fields.get("external") or {}).get("transport_id")
    if transport_id is not None:  # a run sheet: the transport's requester and crew have need
        from app.services.transports.planning import has_need, load_transport

        try:
            return not has_need(actor, load_transport(s, int(transport_id)), case)
        except UserError:
            return True
    return True


def _for_reader(s: Session, actor: Actor, letter: Letter, fields: dict) -> dict:
    return _redacted(fields) if _lacks_need(s, actor, letter, fields) else fields


def _redacted(fields: Mapping[str, Any]) -> dict:
    """A kept letter's inputs without a protected person's phone and without the free-text
    fields (they may hold an address, a phone or a door code); the address is never stored."""
    hidden_text = protection.placeholder(protection.HIDDEN_TEXT)
    hidden_phone = protection.placeholder(protection.HIDDEN_PHONE)
    out = dict(fields)
    values = dict(out.get("values") or {})
    for key, value in list(values.items()):
        if key.startswith("fält.") and value:
            values[key] = hidden_text
        elif key == "person.telefon" and value and value != WITHHELD_VALUE:
            values[key] = hidden_phone
    out["values"] = values
    out["fields"] = {k: hidden_text if v else v for k, v in (out.get("fields") or {}).items()}
    blocks = dict(out.get("blocks") or {})
    person = blocks.get("personuppgifter")
    if isinstance(person, dict) and "rows" in person:
        rows = [list(r) for r in person["rows"]]
        for r in rows:
            if r and r[0] == "Telefon" and r[1]:
                r[1] = hidden_phone
        blocks["personuppgifter"] = {**person, "rows": rows}
    out["blocks"] = blocks
    return out


def letters_for_case(db: Database, actor: Actor, case_id: int | None) -> list[LetterRow]:
    """Kept letters of a case (case_id None: letters without a case, e.g. briefing lists),
    newest first, as far as the secrecy hook lets this actor see them."""
    with db.read(actor=actor) as s:
        query = select(Letter, StaffMember.full_name).outerjoin(
            StaffMember, StaffMember.id == Letter.created_by_id
        )
        query = query.where(
            Letter.case_id == case_id if case_id is not None else Letter.case_id.is_(None)
        )
        rows = s.execute(query.order_by(Letter.created_at.desc(), Letter.id.desc())).all()
        # A free-text recipient (which shelter, which district) may say where a protected
        # person is: shown only to those with need to know.
        case = s.get(Case, case_id) if case_id is not None else None
        hide_recipient = case is not None and protection.lacks_need_for_case(actor, case)
        result = []
        for letter, creator in rows:
            fields = json.loads(letter.fields_json or "{}")
            result.append(
                LetterRow(
                    id=letter.id,
                    case_id=letter.case_id,
                    kind=LetterKind(letter.kind),
                    title=fields.get("title", letter.template),
                    recipient=protection.shown(letter.recipient, hide_recipient),
                    created_at=letter.created_at,
                    created_by=creator,
                    owner_agency=Agency(letter.owner_agency),
                    print_count=letter.print_count or 0,
                    consent_id=letter.consent_id,
                    withheld=bool(fields.get("withheld")),
                )
            )
        return result


def case_choices(db: Database, actor: Actor, text: str = "", limit: int = 200) -> list[CaseChoice]:
    """Open and closed cases for the letter page's case picker (newest first): by (part of) a
    case number, or as the quick search finds them (personnummer, name without accents, police
    report number) — any case, not only the newest `limit`."""
    from app.services.cases import case_list

    kind, _terms = case_list.classify_search(text)
    if kind in (case_list.SearchKind.NONE, case_list.SearchKind.CASE_NUMBER):
        return pickers.cases(db, actor, text, limit=limit)
    rows = case_list.list_cases(db, actor, case_list.CaseQuery(search=text), limit=limit).rows
    return pickers.cases(db, actor, ids=[r.id for r in rows], limit=limit)


# --- for other parts of the program ---------------------------------------------------------


def keep_document(
    db: Database,
    actor: Actor,
    *,
    kind: LetterKind,
    title: str,
    pdf: bytes,
    fields: Mapping[str, Any],
    case_id: int | None = None,
    subject_person_id: int | None = None,
    recipient: str | None = None,
) -> int:
    """Keep a PDF made elsewhere with the shared machinery (e.g. the transport run sheet from
    app.pdf.document.table_document): a Letter row owned by the actor's agency, audited.
    `fields` are the inputs (JSON-able), kept so the document can be explained later."""
    require_caseworker(actor)
    digest = hashlib.sha256(pdf).hexdigest()
    with db.write(actor=actor) as s:
        letter = Letter(
            owner_agency=actor.agency,
            subject_person_id=subject_person_id,
            case_id=case_id,
            kind=kind,
            template=kind.value,
            recipient=recipient,
            created_by_id=actor.staff_id,
            fields_json=json.dumps(
                {"v": FIELDS_VERSION, "title": title, "external": dict(fields)},
                ensure_ascii=False,
                sort_keys=True,
                default=str,
            ),
            pdf=pdf,
            sha256=digest,
            print_count=0,
        )
        s.add(letter)
        s.flush()
        audit.record(
            s,
            actor,
            "letter_generated",
            record_type="letter",
            record_id=letter.id,
            case_id=case_id,
            details={"kind": kind.value, "sha256": digest},
        )
        return letter.id
