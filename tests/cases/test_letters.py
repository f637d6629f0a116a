"""Letters: the rules about protected identity, consent, police-only lists, KOPIA, templates."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, date, datetime

import pypdf
import pytest
from sqlalchemy import select

from app.errors import AccessDenied, UserError, ValidationError
from app.models import Address, AuditEntry, Case, Child, Consent, Disclosure, Letter, Person
from app.models.enums import ConsentMethod, LetterKind, NumberKind, PartyRole, Protection
from app.pdf import templates as tpl
from app.services.cases import letters
from app.services.cases.letters import LetterRequest
from tests.factories import make_case

STREET = "Åsögatan 12"


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    # whitespace normalised: a sentence may wrap anywhere
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def font_names(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def setup_case(db, *, protection=Protection.NONE, consent=False, children=False, focus=False):
    case_id = make_case(db, victim=("Åsa", "Öberg-Ek", "198503142385"))
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        case.focus_person = focus
        for party in case.parties:
            party.person.addresses.append(
                Address(street=STREET, postal_code="118 20", city="Stockholm")
            )
            party.person.phone = "070-123 45 67"
            party.person.number_kind = NumberKind.PERSONNUMMER
        victim = case.party(PartyRole.VICTIM).person
        victim.protection = protection
        if children:
            case.children.append(Child(first_name="Élise", birth_year=2018))
        if consent:
            s.add(
                Consent(
                    person_id=victim.id,
                    case_id=case_id,
                    given_on=date(2026, 2, 3),
                    method=ConsentMethod.SIGNED,
                )
            )
    return case_id


def referral(case_id, key="manscentrum", **kw):
    return LetterRequest(
        template="remiss",
        case_id=case_id,
        role=PartyRole.VICTIM,
        recipient_key=key,
        fields={"anledning": "Behöver stöd – råd & <hjälp>"},
        **kw,
    )


def test_referral_without_consent_withholds_personal_data(db, staff):
    case_id = setup_case(db)
    result = letters.generate(db, staff.social, referral(case_id))
    text = text_of(result.pdf)
    assert "Personuppgifter utelämnade – samtycke saknas" in text
    assert "Åsa" not in text and "Öberg" not in text
    assert "19850314" not in text and STREET not in text and "070-123" not in text
    assert "Behöver stöd – råd & <hjälp>" in text  # user text escaped, kept
    assert "samtycke från" not in text
    assert result.withheld and result.consent_id is None
    with db.read(system=True) as s:
        assert s.execute(select(Disclosure)).first() is None


def test_referral_with_consent_names_it_and_records_disclosure(db, staff):
    case_id = setup_case(db, consent=True)
    result = letters.generate(db, staff.social, referral(case_id))
    text = text_of(result.pdf)
    assert "Åsa Öberg-Ek" in text
    assert "19850314-2385" in text
    assert STREET in text
    assert "samtycke från Åsa Öberg-Ek, givet 2026-02-03 (skriftligt, på samtyckesblankett)" in text
    assert "utelämnade" not in text
    assert "SEKRETESS enligt OSL 26 kap. 1 §" in text
    with db.read(system=True) as s:
        disclosure = s.execute(select(Disclosure)).scalar_one()
        assert disclosure.record_id == result.letter_id
        assert disclosure.kind == "letter"
        assert disclosure.consent_id == result.consent_id
        letter = s.get(Letter, result.letter_id)
        assert letter.sha256 == hashlib.sha256(letter.pdf).hexdigest()
        assert letter.owner_agency == "social"
        assert letter.created_by_id == staff.social.staff_id
        assert letter.consent_id == result.consent_id
        assert json.loads(letter.fields_json)["template"] == "remiss"
        actions = s.execute(select(AuditEntry.action)).scalars().all()
        assert "letter_generated" in actions


def test_withdrawn_consent_no_longer_counts(db, staff):
    case_id = setup_case(db, consent=True)
    with db.write(system=True) as s:
        s.execute(select(Consent)).scalar_one().withdrawn_at = datetime.now(UTC)
    text = text_of(letters.generate(db, staff.police, referral(case_id)).pdf)
    assert "Personuppgifter utelämnade – samtycke saknas" in text
    assert "Åsa" not in text


def test_same_organisation_needs_no_consent(db, staff):
    """Police to BOPS (police) is not another organisation."""
    case_id = setup_case(db)
    text = text_of(letters.generate(db, staff.police, referral(case_id, key="bops")).pdf)
    assert "Åsa Öberg-Ek" in text
    assert "utelämnade" not in text
    assert "SEKRETESS enligt OSL 35 kap. 1 §" in text


@pytest.mark.parametrize(
    "protection",
    [Protection.SEKRETESSMARKERING, Protection.SKYDDAD_FOLKBOKFORING, Protection.FINGERADE],
)
def test_protected_person_never_gets_an_address(db, staff, protection):
    case_id = setup_case(db, protection=protection, consent=True)
    outputs = [
        letters.generate(db, staff.social, referral(case_id)).pdf,
        letters.generate(
            db,
            staff.social,
            LetterRequest(
                template="kallelse",
                case_id=case_id,
                fields={"tid": "2026-03-04 kl. 10.00", "plats": "Polishuset"},
            ),
        ).pdf,
        letters.generate(db, staff.police, LetterRequest(template="samtycke", case_id=case_id)).pdf,
    ]
    for pdf in outputs:
        text = text_of(pdf)
        assert STREET not in text
        assert "118 20" not in text
    assert "Adress lämnas inte ut" in text_of(outputs[0])


def test_appointment_to_unprotected_person_has_address_block(db, staff):
    case_id = setup_case(db)
    result = letters.generate(
        db,
        staff.police,
        LetterRequest(
            template="kallelse",
            case_id=case_id,
            fields={"tid": "Tisdag 4 mars kl. 10.00", "plats": "Södermalms polisstation"},
        ),
    )
    text = text_of(result.pdf)
    assert STREET in text and "Hej Åsa Öberg-Ek!" in text
    assert "Konfidentiellt" in text


def test_swedish_characters_and_embedded_fonts(db, staff):
    case_id = setup_case(db, consent=True)
    pdf = letters.generate(db, staff.social, referral(case_id)).pdf
    text = text_of(pdf)
    for word in ("Åsa Öberg-Ek", "Åsögatan", "Relationsvåldscentrum" if False else "Manscentrum"):
        assert word in text
    assert "åäöÅÄÖé–" in text_of(
        letters.generate(
            db,
            staff.social,
            LetterRequest(
                template="remiss",
                case_id=case_id,
                recipient_key="manscentrum",
                fields={"anledning": "åäöÅÄÖé–"},
            ),
        ).pdf
    )
    names = font_names(pdf)
    assert names and all("DejaVuSans" in n for n in names), names
    assert b"Helvetica" not in pdf


def test_consent_form_prefilled_with_signature_lines(db, staff):
    case_id = setup_case(db)
    text = text_of(
        letters.generate(db, staff.police, LetterRequest(template="samtycke", case_id=case_id)).pdf
    )
    assert "Åsa Öberg-Ek" in text and "19850314-2385" in text
    assert "Underskrift" in text and "Namnförtydligande" in text
    assert "Petra Polis" in text


def test_concern_report_names_children_and_legal_basis(db, staff):
    case_id = setup_case(db, children=True)
    text = text_of(
        letters.generate(
            db,
            staff.police,
            LetterRequest(
                template="orosanmalan", case_id=case_id, fields={"oro": "Barnet såg våldet."}
            ),
        ).pdf
    )
    assert "Élise" in text and "2018" in text
    assert "14 kap. 1 §" in text
    # the adult's data follows the consent rule (police → social services, no consent)
    assert "Personuppgifter utelämnade – samtycke saknas" in text
    assert "Åsa" not in text


def test_concern_report_needs_children(db, staff):
    case_id = setup_case(db)
    with pytest.raises(UserError, match="inga barn"):
        letters.generate(
            db,
            staff.police,
            LetterRequest(template="orosanmalan", case_id=case_id, fields={"oro": "x"}),
        )


def test_briefing_list_is_police_only(db, staff):
    setup_case(db, focus=True)
    with pytest.raises(AccessDenied):
        letters.generate(db, staff.social, LetterRequest(template="fokuspersoner"))
    assert "fokuspersoner" not in [t.name for t in letters.available_templates(staff.social)]
    with pytest.raises(AccessDenied):
        letters.generate(db, staff.analyst, LetterRequest(template="fokuspersoner"))
    result = letters.generate(db, staff.police, LetterRequest(template="fokuspersoner"))
    text = text_of(result.pdf)
    assert "Johan Berg" in text and STREET in text
    assert "Åsa" not in text  # the victim is not on the patrol list
    # a social worker cannot see the kept list either (no subject person → no consent route)
    assert letters.letters_for_case(db, staff.social, None) == []
    assert len(letters.letters_for_case(db, staff.police, None)) == 1


def test_briefing_list_hides_protected_suspect_address(db, staff):
    case_id = setup_case(db, focus=True)
    with db.write(system=True) as s:
        s.get(Case, case_id).party(PartyRole.SUSPECT).person.protection = Protection.FINGERADE
    text = text_of(letters.generate(db, staff.police, LetterRequest(template="fokuspersoner")).pdf)
    assert "Johan Berg" in text and STREET not in text


def test_reprint_is_marked_copy_and_counted(db, staff):
    case_id = setup_case(db, consent=True)
    original = letters.generate(db, staff.social, referral(case_id))
    assert "KOPIA" not in text_of(original.pdf)
    copy = letters.reprint(db, staff.social, original.letter_id)
    copy_text = text_of(copy.pdf)
    assert "KOPIA" in copy_text
    assert "Åsa Öberg-Ek" in copy_text
    letters.reprint(db, staff.social, original.letter_id)
    letters.record_output(db, staff.social, original.letter_id, "printed")
    letters.record_output(db, staff.social, original.letter_id, "saved")
    rows = letters.letters_for_case(db, staff.social, case_id)
    assert [r.print_count for r in rows] == [2]
    with db.read(system=True) as s:
        actions = s.execute(select(AuditEntry.action)).scalars().all()
    assert actions.count("letter_reprinted") == 2
    assert "letter_printed" in actions and "letter_saved" in actions
    assert letters.letter_pdf(db, staff.social, original.letter_id) == original.pdf


def test_letters_follow_the_secrecy_hook(db, staff):
    case_id = setup_case(db)  # no consent
    result = letters.generate(db, staff.social, referral(case_id))
    assert letters.letters_for_case(db, staff.police, case_id) == []
    with pytest.raises(UserError):
        letters.reprint(db, staff.police, result.letter_id)
    assert len(letters.letters_for_case(db, staff.social, case_id)) == 1


def test_required_and_unknown_fields(db, staff):
    case_id = setup_case(db)
    with pytest.raises(ValidationError) as info:
        letters.generate(
            db,
            staff.social,
            LetterRequest(
                template="remiss", case_id=case_id, recipient_key="rvt", fields={"x": "1"}
            ),
        )
    message = info.value.message()
    assert "Anledning till remissen måste fyllas i" in message
    assert "inget fält som heter x" in message
    with pytest.raises(UserError, match="mottagare"):
        letters.generate(db, staff.social, referral(case_id, key="finns_inte"))
    with pytest.raises(UserError, match="Skriv vilken mottagare"):
        letters.generate(db, staff.social, referral(case_id, key="rvc_annan"))
    text = text_of(
        letters.generate(
            db, staff.social, referral(case_id, key="rvc_annan", recipient_name="RVC Söderort")
        ).pdf
    )
    assert "RVC Söderort" in text


def test_every_shipped_template_is_valid():
    templates = tpl.all_templates()
    assert {t.kind for t in templates} >= {
        LetterKind.REFERRAL,
        LetterKind.CONCERN_REPORT,
        LetterKind.CONSENT_FORM,
        LetterKind.APPOINTMENT,
        LetterKind.BRIEFING_LIST,
    }
    assert len(tpl.load_recipients()) >= 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("typ: referral\ntitel: X\n---\nHej {person.namnn}", "rad 4: okänt fält {person.namnn}"),
        ("typ: referral\ntitel: X\n---\n[bilaga]", "okänt block [bilaga]"),
        ("typ: referral\ntitel: X\n---\nHej { där", "klammer"),
        ("typ: brev\ntitel: X\n---\n", "okänd brevtyp"),
        ("typ: referral\ntitel: X\nfärg: röd\n---\n", "rad 3: okänd nyckel"),
        ("typ: referral\ntitel: X\n", "---"),
        ("typ: referral\ntitel: X\nfält.a: A | ibland\n---\n", "Etikett"),
        ("titel: X\n---\n", "typ"),
    ],
)
def test_template_errors_are_swedish_and_point_at_the_line(text, expected):
    with pytest.raises(UserError) as info:
        tpl.parse_template("min_mall", text)
    assert "Mallen min_mall" in info.value.message()
    assert expected in info.value.message()


def test_declared_fields_and_literal_braces_are_fine():
    t = tpl.parse_template(
        "ok",
        "typ: appointment\ntitel: X\nfält.tid: Tid | obligatorisk\n---\n{fält.tid} {{klammer}}",
    )
    assert t.fields[0].required
    assert tpl.fill("{fält.tid} {{k}} <b>", {"fält.tid": "a & b"}) == "a &amp; b {k} &lt;b&gt;"


def test_printable_address():
    person = Person(first_name="A", protection=Protection.NONE)
    person.addresses.append(Address(street="Gatan 1", postal_code="111 11", city="Stockholm"))
    assert letters.printable_address(person) == "Gatan 1, 111 11 Stockholm"
    person.protection = Protection.SEKRETESSMARKERING
    assert letters.printable_address(person) == "Adress lämnas inte ut"
