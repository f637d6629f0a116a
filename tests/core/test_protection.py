"""Protected identity is one rule (app/services/core/protection.py), applied by every output.

One case with a protected victim (skyddad folkbokföring): her address, phone and door code sit
in the case file, in a home visit's place/title/notes, in a transport's pickup/notes/contact
phone, and in a letter made by the assigned social worker. Every output is tried as an
unassigned caseworker of each agency (and the unassigned lead), as the assigned officer and
social worker, and as an analyst; the secrets appear exactly where the rule says.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from app.errors import AccessDenied, UserError
from app.models import Address, CalendarEvent, Case, Child, Consent, Transport
from app.models.enums import Agency, ConsentMethod, EventKind, PartyRole, Protection
from app.services.cases import case_file, case_list, letters
from app.services.cases.letters import LetterRequest
from app.services.core import protection
from app.services.scheduling import calendar as cal
from app.services.scheduling import ics
from app.services.scheduling.clashes import ClashError
from app.services.scheduling.day_list import day_list_pdf
from app.services.statistics import export as statistics_export
from app.services.statistics import figures as statistics
from app.services.transports import planning as transports
from app.services.transports import run_sheet
from tests.factories import make_case, make_event, make_resource, make_transport, party_id
from tests.transport_helpers import add_staff

STREET = "Hemliga vägen 3"
PHONE = "070-111 22 33"
DOOR = "4321"
SECRETS = (STREET, "Hemliga", PHONE, "111 22 33", DOOR)
DAY = date(2026, 6, 15)  # a Monday
WINDOW = (datetime(2026, 6, 15, tzinfo=UTC), datetime(2026, 6, 22, tzinfo=UTC))

# role → does this actor have need to know (None: an analyst, refused or content-free)
ROLES = {
    "police": False,  # a caseworker of the police, not assigned
    "social": False,  # a caseworker of the social services, not assigned
    "lead": False,  # the lead/administrator, not assigned
    "assigned_police": True,
    "assigned_social": True,
    "analyst": None,
}


@dataclass
class World:
    actors: dict
    case_id: int
    event_id: int
    transport_id: int
    letter_id: int  # a referral made by the assigned social worker (phone printed)


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def _world(db, staff) -> World:
    police9 = add_staff(db, "polis9", "Nils Nio", Agency.POLICE, is_caseworker=True)
    social9 = add_staff(db, "soc9", "Nora Nio", Agency.SOCIAL, is_caseworker=True)
    case_id = make_case(db, victim=("Åsa", "Öberg-Ek", "198503142385"))
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        case.assigned_police_id = police9.staff_id
        case.assigned_social_id = social9.staff_id
        victim = case.party(PartyRole.VICTIM).person
        victim.protection = Protection.SKYDDAD_FOLKBOKFORING
        victim.phone = PHONE
        victim.addresses.append(Address(street=STREET, postal_code="118 99", city="Stockholm"))
        s.add(
            Consent(
                person_id=victim.id,
                case_id=case_id,
                given_on=date(2026, 2, 3),
                method=ConsentMethod.SIGNED,
            )
        )
    room = make_resource(db, "Samtalsrum 1")
    event_id = make_event(
        db,
        start=datetime(2026, 6, 16, 8, tzinfo=UTC),
        end=datetime(2026, 6, 16, 9, tzinfo=UTC),
        staff_ids=(police9.staff_id,),
        resource_ids=(room,),
        party_ids=(party_id(db, case_id, PartyRole.VICTIM),),
        title=f"Hembesök {STREET}",
        kind="home_visit",
        place=f"{STREET}, portkod {DOOR}",
        case_id=case_id,
    )
    with db.write(system=True) as s:
        s.execute(
            update(CalendarEvent).where(CalendarEvent.id == event_id).values(notes=f"Ring {PHONE}")
        )
    vehicle = make_resource(db, "Civilbil 1", "vehicle")
    transport_id = make_transport(
        db,
        case_id,
        planned_start=datetime(2026, 6, 17, 8, tzinfo=UTC),
        crew=(police9.staff_id,),
        vehicle_id=vehicle,
        pickup=f"{STREET}, portkod {DOOR}",
    )
    with db.write(system=True) as s:
        s.execute(
            update(Transport)
            .where(Transport.id == transport_id)
            .values(contact_phone=PHONE, notes=f"Portkod {DOOR}")
        )
    letter = letters.generate(
        db,
        social9,
        LetterRequest(
            template="remiss",
            case_id=case_id,
            role=PartyRole.VICTIM,
            recipient_key="manscentrum",
            fields={"anledning": f"Nås på {PHONE}, portkod {DOOR}"},
        ),
    )
    actors = {
        "police": staff.police,
        "social": staff.social,
        "lead": staff.lead,
        "assigned_police": police9,
        "assigned_social": social9,
        "analyst": staff.analyst,
    }
    return World(actors, case_id, event_id, transport_id, letter.letter_id)


@pytest.fixture
def world(db, staff) -> World:
    return _world(db, staff)


def test_the_letter_made_by_the_assigned_social_worker_holds_the_phone(db, world):
    # The scene is right: with need, the kept referral prints the phone (never the address).
    text = pdf_text(letters.letter_pdf(db, world.actors["assigned_social"], world.letter_id))
    assert PHONE in text and STREET not in text


@pytest.mark.parametrize("role", ROLES)
def test_case_file(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    if need is None:
        with pytest.raises(AccessDenied):
            case_file.load_case(db, actor, world.case_id)
        return
    view = case_file.load_case(db, actor, world.case_id)
    victim = next(p for p in view.parties if p.role is PartyRole.VICTIM)
    assert view.sees_protected is need
    if need:
        assert STREET in victim.address and victim.phone == PHONE and victim.street == STREET
        assert not victim.address_hidden
    else:
        assert victim.address is None and victim.phone is None and victim.street is None
        assert victim.address_hidden
        assert leaks(repr(view)) == []


@pytest.mark.parametrize("role", ROLES)
def test_case_list_and_search_carry_no_address_or_phone(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    if need is None:
        with pytest.raises(AccessDenied):
            case_list.list_cases(db, actor, case_list.CaseQuery())
        return
    for search in ("", "Åsa", "Öberg-Ek", "198503142385"):
        page = case_list.list_cases(db, actor, case_list.CaseQuery(search=search))
        assert [r.id for r in page.rows] == [world.case_id], search
        assert page.rows[0].victim_protected
        assert leaks(repr(page)) == []
    # an address or a phone number is not a way into the case
    for search in ("Hemliga", "0701112233"):
        assert case_list.count_cases(db, actor, case_list.CaseQuery(search=search)) == 0


@pytest.mark.parametrize("role", ROLES)
def test_calendar_week_view_and_event_dialog(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    rows = cal.events_between(db, actor, *WINDOW)
    event = next(r for r in rows if r.source == "event")
    transport = next(r for r in rows if r.source == "transport")
    assert transport.protected and event.protected  # the red corner, on transports too
    if need:
        assert event.protected and STREET in event.place and DOOR in event.place
    else:
        assert leaks(repr(rows)) == []
    if need is None:
        assert event.place is None and event.title == cal.kind_label(EventKind.HOME_VISIT)
        with pytest.raises(AccessDenied):
            cal.get_event(db, actor, world.event_id)
        return
    detail = cal.get_event(db, actor, world.event_id)
    assert detail.protected and detail.withheld is (not need)
    if need:
        assert DOOR in detail.place and PHONE in detail.notes and STREET in detail.title
    else:
        assert leaks(repr(detail)) == []
        assert detail.title == "Hembesök IGOR-2026-0001"
        assert detail.place == protection.HIDDEN_PLACE


def test_a_colleague_saving_the_dialog_keeps_the_withheld_place(db, world):
    colleague = world.actors["social"]
    detail = cal.get_event(db, colleague, world.event_id)
    data = cal.EventInput(
        kind=detail.kind,
        starts_at=detail.starts_at,
        ends_at=detail.ends_at.replace(hour=detail.ends_at.hour),
        title=detail.title,
        place=detail.place,
        case_id=detail.case_id,
        party_ids=detail.party_ids,
        staff_ids=detail.staff_ids,
        resource_ids=detail.resource_ids,
        notes=detail.notes,
    )
    cal.update_event(db, colleague, world.event_id, data, version=detail.version)
    kept = cal.get_event(db, world.actors["assigned_police"], world.event_id)
    assert kept.place == f"{STREET}, portkod {DOOR}" and kept.notes == f"Ring {PHONE}"
    assert kept.title == f"Hembesök {STREET}"


@pytest.mark.parametrize("role", ROLES)
def test_day_list_even_when_protected_entries_are_chosen(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    whose = world.actors["assigned_police"].staff_id
    if need is None:
        with pytest.raises(AccessDenied):
            day_list_pdf(db, actor, whose, date(2026, 6, 16), include_protected=True)
        return
    chosen = pdf_text(day_list_pdf(db, actor, whose, date(2026, 6, 16), include_protected=True).pdf)
    plain = pdf_text(day_list_pdf(db, actor, whose, date(2026, 6, 16)).pdf)
    assert leaks(plain) == []
    assert "Hembesök" in plain, plain
    if need:
        assert STREET in chosen and DOOR in chosen
    else:
        assert leaks(chosen) == []


@pytest.mark.parametrize("role", ROLES)
def test_ics_export_even_when_protected_entries_are_chosen(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    if need is None:
        with pytest.raises(AccessDenied):
            ics.export_ics(db, actor, *WINDOW, include_protected=True)
        return
    chosen = ics.export_ics(db, actor, *WINDOW, include_protected=True)
    plain = ics.export_ics(db, actor, *WINDOW)
    assert leaks(plain.data.decode("utf-8")) == [] and plain.redacted == 1
    assert b"X-IGOR-REDACTED:TRUE" in plain.data
    if need:
        assert chosen.redacted == 0
        text = chosen.data.decode("utf-8").replace("\r\n ", "")  # unfold lines
        assert DOOR in text and PHONE in text
    else:
        assert chosen.redacted == 1 and leaks(chosen.data.decode("utf-8")) == []


@pytest.mark.parametrize("role", ROLES)
def test_transport_board_dialog_and_case_picker(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    if need is None:
        with pytest.raises(AccessDenied):
            transports.board_week(db, actor, date(2026, 6, 17))
        with pytest.raises(AccessDenied):
            transports.get(db, actor, world.transport_id)
        return
    board = transports.board_week(db, actor, date(2026, 6, 17))
    one = transports.get(db, actor, world.transport_id)
    picker = next(c for c in transports.case_choices(db, actor) if c.id == world.case_id)
    for row in (board[0], one):
        assert row.protected and row.has_need is need
        if need:
            assert STREET in row.pickup and row.contact_phone == PHONE and DOOR in row.notes
        else:
            assert row.pickup == transports.MASKED_ADDRESS and row.pickup_masked
            assert leaks(repr(row)) == []
    assert (picker.victim_phone == PHONE) if need else picker.victim_phone == ""


@pytest.mark.parametrize("role", ROLES)
def test_run_sheet_and_its_kept_copy(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    crew_member = world.actors["assigned_police"]
    sheet = run_sheet.generate(db, crew_member, world.transport_id, on=date(2026, 6, 17))
    text = pdf_text(sheet.pdf)
    assert STREET not in text and "Adress lämnas inte ut" in text  # never printed
    if need and actor.agency is Agency.POLICE:
        assert pdf_text(run_sheet.generate(db, actor, world.transport_id).pdf)
        assert pdf_text(letters.letter_pdf(db, actor, sheet.letter_id))
    elif need is None or actor.agency is Agency.SOCIAL:
        with pytest.raises((AccessDenied, UserError)):
            run_sheet.generate(db, actor, world.transport_id)
    else:  # a police colleague without need: neither a new sheet nor the kept one
        with pytest.raises(AccessDenied):
            run_sheet.generate(db, actor, world.transport_id)
        with pytest.raises(AccessDenied):
            letters.letter_pdf(db, actor, sheet.letter_id)


@pytest.mark.parametrize("role", ROLES)
def test_letters_new_kept_and_reprinted(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    form = LetterRequest(template="samtycke", case_id=world.case_id)
    if need is None:
        with pytest.raises(AccessDenied):
            letters.generate(db, actor, form)
        with pytest.raises((AccessDenied, UserError)):
            letters.reprint(db, actor, world.letter_id)
        return
    new_form = pdf_text(letters.generate(db, actor, form).pdf)
    assert STREET not in new_form  # the address: never, for anyone
    assert (PHONE in new_form) is need
    kept = pdf_text(letters.letter_pdf(db, actor, world.letter_id))
    outputs = [kept]
    if actor.agency is Agency.SOCIAL:
        copy = pdf_text(letters.reprint(db, actor, world.letter_id).pdf)
        assert "KOPIA" in copy
        outputs.append(copy)
    else:  # the social services' letter, read by the police under the consent: never reprinted
        with pytest.raises(AccessDenied):
            letters.reprint(db, actor, world.letter_id)
    for text in outputs:
        assert STREET not in text
        if need:
            assert PHONE in text and DOOR in text
        else:
            assert leaks(text) == [], role
            assert "Åsa Öberg-Ek" in text  # the rest of the letter is still there
    listed = letters.letters_for_case(db, actor, world.case_id)
    assert leaks(repr(listed)) == []


@pytest.mark.parametrize("role", ["police", "lead", "analyst", "assigned_social"])
def test_statistics_exports_carry_no_protected_data(db, world, role):
    actor = world.actors[role]
    result = statistics.compute(db, actor, date(2026, 1, 1), date(2026, 12, 31))
    outputs = [
        zipfile_text(statistics_export.export_xlsx(db, actor, result)),
        pdf_text(statistics_export.export_pdf(db, actor, result)),
    ]
    if statistics.may_export_per_person(actor):
        outputs.append(zipfile_text(statistics_export.export_anonymised(db, actor, result)))
    for text in outputs:
        assert leaks(text) == [] and "Åsa" not in text and "19850314" not in text


def zipfile_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def test_set_helpers_agree_with_the_per_object_rule(db, world):
    other = make_case(db, number="IGOR-2026-0002", victim=("Eva", "Fri", None), suspect=None)
    with db.read(system=True) as s:
        assert protection.protected_cases(s, [world.case_id, other, None]) == {world.case_id}
        for role, need in ROLES.items():
            actor = world.actors[role]
            case = s.get(Case, world.case_id)
            lacking = protection.cases_lacking_need(s, actor, [world.case_id, other])
            assert lacking == ({world.case_id} if not need else set()), role
            assert protection.lacks_need_for_case(actor, case) is (not need)
            events = protection.events_lacking_need(s, actor, [world.event_id])
            # the event's own staff (the assigned officer) and the assigned social worker
            assert events == (set() if need else {world.event_id}), role
            moved = protection.transports_lacking_need(s, actor, [world.transport_id])
            assert moved == (set() if need else {world.transport_id}), role
    # A protected case nobody is assigned to (NULL), a protected child, a transport nobody
    # requested: everyone lacks need (a NULL must not read as "has need").
    with db.write(system=True) as s:
        case = s.get(Case, other)
        case.children.append(Child(first_name="Liv", protection=Protection.FINGERADE))
    moved = make_transport(db, other, planned_start=datetime(2026, 6, 17, 12, tzinfo=UTC))
    event = make_event(
        db,
        start=datetime(2026, 6, 16, 12, tzinfo=UTC),
        end=datetime(2026, 6, 16, 13, tzinfo=UTC),
        case_id=other,
        place="Barnets skola",
    )
    with db.read(system=True) as s:
        assert protection.protected_cases(s, [other]) == {other}
        assert protection.case_is_protected(s.get(Case, other))
        for role in ROLES:
            actor = world.actors[role]
            assert protection.cases_lacking_need(s, actor, [other]) == {other}, role
            assert protection.case_facts(s, actor, [other]) == ({other}, {other}), role
            assert protection.events_lacking_need(s, actor, [event]) == {event}
            assert protection.transports_lacking_need(s, actor, [moved]) == {moved}, role
    rows = cal.events_between(db, world.actors["assigned_police"], *WINDOW)
    assert all(r.place != "Barnets skola" for r in rows)


@pytest.mark.parametrize("role", ["police", "social", "assigned_social"])
def test_a_clash_message_names_a_protected_event_only_to_those_with_need(db, world, role):
    actor, need = world.actors[role], ROLES[role]
    busy = world.actors["assigned_police"].staff_id
    with pytest.raises(ClashError) as caught:
        cal.create_event(
            db,
            actor,
            cal.EventInput(
                kind=EventKind.MEETING,
                starts_at=datetime(2026, 6, 16, 8, 30, tzinfo=UTC),
                ends_at=datetime(2026, 6, 16, 9, 30, tzinfo=UTC),
                title="Planering",
                staff_ids=(busy,),
            ),
        )
    message = caught.value.message()
    assert "Nils Nio" in message
    assert (STREET in message) is need
