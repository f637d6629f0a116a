"""The run sheet (körorder) of a secure transport: one A4 page for the crew.

What it holds: time and window, crew, vehicle, pickup and destination, who travels, the contact
phone, the requester, and the safety notes (custody and contact ban with dates, risk level,
the safety assessment's level and date, whether the pickup is at the suspect's address, the
planner's safety note). What it never holds: personnummer, names of the victim or the suspect,
case history, contacts, notes of either agency, the assessment's text, and no protected
address (with protected identity in the case it says "Adress lämnas inte ut" and the address is
given by word of mouth — the same rule as letters.printable_address).

Marked "SEKRETESS enligt OSL 35 kap. 1 §" in the header and "Konfidentiellt" in the text. Kept
as a Letter (LetterKind.RUN_SHEET) through letters.keep_document, so it is audited and shown
with the case's letters; printing/saving/opening is audited with letters.record_output.
Police only, and only those with need (the crew, the requester, the case's handlers).
No Qt here.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from app.database import Database
from app.errors import UserError
from app.models import Resource, StaffMember
from app.models.enums import (
    Agency,
    ContactBan,
    Custody,
    LetterKind,
    PartyRole,
    TransportStatus,
)
from app.pdf.document import (
    CONFIDENTIAL,
    SECRECY_POLICE,
    DocumentInfo,
    build_pdf,
    field_table,
    heading,
    notice,
    para,
    spacer,
)
from app.services.admin.team_settings import letterhead_in
from app.services.cases import letters
from app.services.core import protection
from app.services.core.actor import Actor
from app.services.transports import planning as transports
from app.services.transports import safety
from app.vocabulary import labels as vocabulary

TITLE = "Körorder"

# Swedish wording from the one vocabulary (a run sheet stays Swedish).
PURPOSE_TEXT = vocabulary.TRANSPORT_PURPOSE
CUSTODY_TEXT = vocabulary.CUSTODY
BAN_TEXT = vocabulary.CONTACT_BAN
LEVEL_TEXT = {level: text.lower() for level, text in vocabulary.RISK_LEVEL.items()}
NOT_PRINTED = letters.ADDRESS_NOT_PRINTED + " (skyddade personuppgifter) – lämnas muntligt"
CONFIDENTIAL_NOTICE = (
    CONFIDENTIAL + " – endast för besättningen. Lämna inte kvar i fordonet och förstör "
    "körordern när transporten är genomförd."
)


@dataclass(frozen=True)
class RunSheet:
    letter_id: int
    transport_id: int
    title: str
    pdf: bytes
    sha256: str
    copy: bool = False


def _span(start, minutes: int) -> str:
    a = safety.local(start)
    b = safety.local(start + timedelta(minutes=minutes))
    tail = b.strftime("%H:%M") if a.date() == b.date() else b.strftime("%Y-%m-%d %H:%M")
    return f"{a:%Y-%m-%d %H:%M}–{tail}"


def _custody_line(check: safety.SafetyCheck) -> str:
    text = CUSTODY_TEXT[check.custody]
    if not check.has_suspect:
        return "Ingen misstänkt registrerad i ärendet"
    if check.custody is Custody.NONE:
        return text
    parts = [text]
    if check.custody_since:
        parts.append("från " + safety.local_text(check.custody_since))
    if check.custody in safety.IN_CUSTODY:
        if check.custody_until:
            parts.append("till " + safety.local_text(check.custody_until))
        elif check.custody_ends:
            parts.append("längst till " + safety.local_text(check.custody_ends) + " (antaget)")
        else:
            parts.append("tills vidare")
        parts.append(
            "– täcker hela transporten" if check.custody_covers else "– täcker INTE transporten"
        )
    elif check.custody_until:
        parts.append("den " + safety.local_text(check.custody_until))
    return " ".join(parts)


def _ban_line(check: safety.SafetyCheck) -> str:
    text = BAN_TEXT[check.contact_ban]
    if check.contact_ban is ContactBan.NONE:
        return text
    dates = " – ".join(
        d.isoformat() if d else "" for d in (check.contact_ban_from, check.contact_ban_to)
    )
    state = "gäller transportdagen" if check.contact_ban_active else "gäller inte transportdagen"
    return f"{text} {dates} ({state})".replace("  ", " ")


def _travellers(row: transports.TransportRow) -> str:
    parts = []
    if row.with_victim:
        parts.append("Den våldsutsatta")
    if row.children_count:
        parts.append(f"{row.children_count} barn")
    if row.pets:
        parts.append("djur: " + row.pets)
    return ", ".join(parts) or "–"


def compose(db: Database, actor: Actor, transport_id: int, *, on: date | None = None):
    """(fields, story inputs) of the run sheet: every printed value, JSON-able."""
    transports.require_police(actor, "skriva ut körorder för")
    with db.read(actor=actor) as s:
        t = transports.load_transport(s, transport_id)
        case = t.case
        status = TransportStatus(t.status)
        if status not in (TransportStatus.PLANNED, TransportStatus.UNDER_WAY):
            raise UserError(
                "Körordern kan skrivas ut när transporten är planerad (den är nu {status}).",
                status=transports.STATUS_TEXT[status],
            )
        transports.require_need(actor, t, case, "skriva ut körorder för")
        row = transports.rows_for(s, actor, [t])[0]
        check = transports.evaluate_plan(s, t, None)
        protected = protection.case_is_protected(case)
        requester = s.get(StaffMember, t.requested_by_id) if t.requested_by_id else None
        vehicle = s.get(Resource, t.vehicle_id) if t.vehicle_id else None
        head = letterhead_in(s, Agency.POLICE)
        victim = case.party(PartyRole.VICTIM)
        pickup = NOT_PRINTED if protected else t.pickup
        if check.suspect_address_pickup:
            pickup += " (adress kopplad till den misstänkte)"
        requester_text = ""
        if requester is not None:
            requester_text = requester.full_name
            agency = "polisen" if Agency(requester.agency) is Agency.POLICE else "socialtjänsten"
            requester_text += f" ({agency})"
            if requester.phone:
                requester_text += ", tel. " + requester.phone
        risk = check.newest_risk
        assessment = check.safety_assessment
        transport_rows = [
            ("Transport", f"nr {t.id} – {PURPOSE_TEXT[row.purpose]}"),
            (
                "Planerad tid",
                _span(row.planned_start, row.estimated_minutes)
                + f" (marginal {row.buffer_minutes} min)",
            ),
            (
                "Tidsfönster",
                f"{safety.local_text(row.earliest_at)} – {safety.local_text(row.latest_at)}",
            ),
            ("Besättning", ", ".join(c.name for c in row.crew)),
            ("Fordon", vehicle.name if vehicle else "–"),
            ("Upphämtning", pickup),
            ("Destination", NOT_PRINTED if protected else t.destination),
            ("Resenärer", _travellers(row)),
            ("Kontakttelefon", t.contact_phone or "–"),
            ("Beställare", requester_text or "–"),
        ]
        safety_rows = [
            ("Frihetsberövande", _custody_line(check)),
            ("Kontaktförbud", _ban_line(check)),
            (
                "Risknivå i ärendet",
                f"{LEVEL_TEXT[risk.level]} (bedömd {risk.assessed_on.isoformat()})"
                if risk
                else "ingen bedömning registrerad",
            ),
            (
                "Säkerhetsbedömning",
                f"gjord {assessment.assessed_on.isoformat()}, nivå {LEVEL_TEXT[assessment.level]}"
                if assessment
                else "ingen kopplad",
            ),
            (
                "Upphämtning hos misstänkt",
                "Ja – frihetsberövande eller två poliser och säkerhetsbedömning krävs"
                if check.suspect_address_pickup
                else "Nej",
            ),
        ]
        if t.safety_notes:
            safety_rows.append(("Säkerhetsanteckning", t.safety_notes))
        fields = {
            "transport_id": t.id,
            "version": t.version,
            "case_number": case.case_number,
            "date": (on or date.today()).isoformat(),
            "transport": transport_rows,
            "safety": safety_rows,
            "warnings": [w.text for w in check.warnings] + [p.text for p in check.problems],
            "printed_by": actor.full_name,
        }
        return fields, head, case.id, (victim.person_id if victim else None)


def render(fields: dict, head, *, copy: bool = False) -> bytes:
    info = DocumentInfo(
        title=TITLE,
        letterhead=head,
        document_date=date.fromisoformat(fields["date"]),
        case_number=fields["case_number"],
        secrecy=SECRECY_POLICE,
        copy=copy,
        subject=LetterKind.RUN_SHEET.value,
    )
    story = [
        para("Körorder – säker transport", "Title"),
        notice(CONFIDENTIAL_NOTICE),
        field_table(fields["transport"], label_width_mm=42),
        heading("Säkerhet"),
        field_table(fields["safety"], label_width_mm=42),
    ]
    if fields["warnings"]:
        story.append(spacer(2))
        for text in fields["warnings"]:
            story.append(notice(text))
    story.append(spacer(4))
    story.append(
        para(
            "Utskriven av {who}. Personnummer, ärendehistorik och anteckningar skrivs inte ut på "
            "körordern.".format(who=fields["printed_by"]),
            "Small",
        )
    )
    return build_pdf(info, story)


def generate(db: Database, actor: Actor, transport_id: int, *, on: date | None = None) -> RunSheet:
    """Build the run sheet, keep it with the case's letters (audited) and return it."""
    fields, head, case_id, person_id = compose(db, actor, transport_id, on=on)
    pdf = render(fields, head)
    letter_id = letters.keep_document(
        db,
        actor,
        kind=LetterKind.RUN_SHEET,
        title=TITLE,
        pdf=pdf,
        fields=fields,
        case_id=case_id,
        subject_person_id=person_id,
        recipient="Besättningen",
    )
    return RunSheet(letter_id, transport_id, TITLE, pdf, hashlib.sha256(pdf).hexdigest())
