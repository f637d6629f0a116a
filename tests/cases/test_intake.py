"""Intake: validation per field, person reuse, duplicates, reserve numbers, district referral,
case numbers under concurrency, audit."""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import AccessDenied, ValidationError
from app.models import (
    Address,
    AuditEntry,
    Case,
    CaseNumberCounter,
    Child,
    Person,
    PoliceReport,
    Referral,
)
from app.models.enums import (
    Area,
    CaseSource,
    CaseStatus,
    NumberKind,
    PartyRole,
    Protection,
    ReferralTarget,
    Relation,
)
from app.services.cases import intake
from app.services.cases.intake import (
    AddressInput,
    ChildInput,
    DuplicateCaseError,
    IntakeRequest,
    PartyInput,
    party_field,
)
from tests.cases_helpers import P, add_case, pnr

TODAY = date(2026, 3, 1)
VICTIM_PNR = pnr("19850314")
SUSPECT_PNR = pnr("19800101", 981)


def request(**changes) -> IntakeRequest:
    base = IntakeRequest(
        source=CaseSource.BINR,
        victim=PartyInput(
            first_name="Åsa",
            last_name="Öberg",
            number="850314-2385",
            phone="070-123 45 67",
            address=AddressInput("Åsögatan 12", "11820", "Stockholm"),
        ),
        suspect=PartyInput(first_name="Johan", last_name="Berg", number=SUSPECT_PNR),
        relation=Relation.CURRENT_PARTNER,
        cohabiting=True,
        children=(ChildInput("Elsa", 2019), ChildInput("", 2023)),
        police_reports=("5000-k123456-26", " 1400-K99-25 "),
        incident_date=date(2026, 2, 27),
        opened_on=date(2026, 2, 28),
    )
    return dataclasses.replace(base, **changes)


def count(db, model) -> int:
    with db.read(system=True) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_full_intake_lands_whole(db, staff):
    result = intake.create_case(db, staff.police, request(), today=TODAY)
    assert result.case_number == "IGOR-2026-0001" and not result.outside_area
    with db.read(system=True) as s:
        case = s.get(Case, result.case_id)
        assert case.status is CaseStatus.OPEN and case.source is CaseSource.BINR
        assert case.opened_on == date(2026, 2, 28) and case.incident_date == date(2026, 2, 27)
        assert case.has_children
        # the actor (police) is the assigned officer; no social worker chosen for them
        assert case.assigned_police_id == staff.police.staff_id
        assert case.assigned_social_id is None
        victim = case.party(PartyRole.VICTIM)
        assert victim.person.personal_number == VICTIM_PNR  # stored in the 12-digit form
        assert victim.person.number_kind is NumberKind.PERSONNUMMER
        assert victim.person.birth_year == 1985
        assert victim.relation is Relation.CURRENT_PARTNER and victim.cohabiting is True
        assert [a.one_line() for a in victim.person.addresses] == ["Åsögatan 12, 118 20 Stockholm"]
        assert case.party(PartyRole.SUSPECT).person.display_name == "Johan Berg"
        assert [(c.first_name, c.birth_year) for c in case.children] == [
            ("Elsa", 2019),
            (None, 2023),
        ]
        assert [r.report_number for r in case.police_reports] == [
            "5000-K123456-26",
            "1400-K99-25",
        ]
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.action == "case_created")
        ).scalar_one()
        assert entry.case_id == case.id and entry.staff_id == staff.police.staff_id
        details = json.loads(entry.details)
        assert details["parties"] == 2 and details["children"] == 2
        assert "Åsa" not in entry.details and VICTIM_PNR not in entry.details


def test_social_worker_is_assigned_for_their_own_side(db, staff):
    result = intake.create_case(
        db, staff.social, request(suspect=None, assigned_police_id=staff.lead.staff_id), today=TODAY
    )
    with db.read(system=True) as s:
        case = s.get(Case, result.case_id)
        assert case.assigned_social_id == staff.social.staff_id
        assert case.assigned_police_id == staff.lead.staff_id


def test_assigned_staff_must_be_of_the_right_agency(db, staff):
    with pytest.raises(ValidationError) as err:
        intake.create_case(
            db,
            staff.police,
            request(
                assigned_police_id=staff.social.staff_id, assigned_social_id=staff.analyst.staff_id
            ),
            today=TODAY,
        )
    fields = {p.field for p in err.value.problems}
    assert fields == {intake.F_POLICE, intake.F_SOCIAL}
    assert count(db, Case) == 0


def test_every_bad_field_is_named_at_once_and_nothing_is_written(db, staff):
    bad = request(
        source=None,
        area=Area.OUTSIDE,
        district="  ",
        victim=PartyInput(
            first_name="Åsa",
            number="19850314-2386",  # wrong check digit
            birth_year=1899,
            phone="ring mig",
            address=AddressInput("", "1182", "Stockholm"),
        ),
        suspect=PartyInput(number="19801301-1234", new_reserve_number=False),  # no such date
        children=(ChildInput("", None), ChildInput("Ola", 1990)),
        police_reports=("5000-123456-25", "5000-K1-26", "5000-k1-26"),
        incident_date=date(2026, 3, 2),
    )
    with pytest.raises(ValidationError) as err:
        intake.create_case(db, staff.police, bad, today=TODAY)
    problems = err.value.problems
    fields = [p.field for p in problems]
    assert set(fields) >= {
        intake.F_SOURCE,
        intake.F_DISTRICT,
        intake.F_INCIDENT,
        intake.F_REPORTS,
        party_field(PartyRole.VICTIM, "personnummer"),
        party_field(PartyRole.VICTIM, "födelseår"),
        party_field(PartyRole.VICTIM, "telefon"),
        party_field(PartyRole.VICTIM, "gatuadress"),
        party_field(PartyRole.VICTIM, "postnummer"),
        party_field(PartyRole.SUSPECT, "personnummer"),
        intake.child_field(0, "förnamn"),
        intake.child_field(1, "födelseår"),
    }
    assert fields.count(intake.F_REPORTS) == 2  # bad form, and the same number twice
    message = err.value.message()
    assert "kontrollsiffran" in message and "5000-123456-25" in message
    assert "våldsutsatt – personnummer" in message  # the field is named in Swedish
    for model in (Case, Person, Child, PoliceReport, AuditEntry, CaseNumberCounter):
        assert count(db, model) == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (dict(victim=None, suspect=None), intake.F_PARTIES),
        (dict(victim=PartyInput()), party_field(PartyRole.VICTIM, "namn")),
        (dict(opened_on=date(2026, 3, 2), incident_date=None), intake.F_OPENED),
        (dict(incident_date=date(2026, 3, 1), opened_on=date(2026, 2, 28)), intake.F_INCIDENT),
        (
            dict(suspect=PartyInput(first_name="X", number=VICTIM_PNR)),
            party_field(PartyRole.SUSPECT, "personnummer"),
        ),
        (
            dict(victim=PartyInput(first_name="X", number="850314-2385", birth_year=1986)),
            party_field(PartyRole.VICTIM, "födelseår"),
        ),
        (
            dict(victim=PartyInput(number="850314-2385", new_reserve_number=True)),
            party_field(PartyRole.VICTIM, "personnummer"),
        ),
        (dict(refer_to_district=True), intake.F_DISTRICT),  # inside the area: nothing to refer
        (dict(police_reports=("K123456",)), intake.F_REPORTS),
        (dict(children=(ChildInput("Ada", 2007),)), intake.child_field(0, "födelseår")),
    ],
)
def test_each_rule_names_its_field(db, staff, changes, field):
    with pytest.raises(ValidationError) as err:
        intake.create_case(db, staff.police, request(**changes), today=TODAY)
    assert [p.field for p in err.value.problems] == [field]
    assert count(db, Case) == 0


def test_one_side_may_be_unknown(db, staff):
    only_suspect = intake.create_case(db, staff.police, request(victim=None), today=TODAY)
    only_victim = intake.create_case(
        db, staff.police, request(suspect=None, victim=PartyInput(first_name="Okänd")), today=TODAY
    )
    with db.read(system=True) as s:
        assert [p.role for p in s.get(Case, only_suspect.case_id).parties] == [PartyRole.SUSPECT]
        victim = s.get(Case, only_victim.case_id).party(PartyRole.VICTIM).person
        assert victim.personal_number is None and victim.number_kind is NumberKind.NONE


def test_an_existing_person_is_reused_not_duplicated(db, staff):
    add_case(
        db,
        "IGOR-2025-0001",
        victim=P("Åsa", "Öberg", VICTIM_PNR, Protection.NONE, "Gamla gatan 1"),
        status=CaseStatus.CLOSED,
    )
    people = count(db, Person)
    req = request(
        suspect=None,
        victim=PartyInput(
            first_name="Annan",
            number="8503142385",  # 10 digits, no dash: same person
            protection=Protection.SKYDDAD_FOLKBOKFORING,
            address=AddressInput("Ny gata 2", "11821", "Stockholm"),
        ),
    )
    result = intake.create_case(db, staff.police, req, today=TODAY)
    assert count(db, Person) == people
    with db.read(system=True) as s:
        person = s.get(Case, result.case_id).party(PartyRole.VICTIM).person
        assert result.reused_person_ids == (person.id,)
        assert person.first_name == "Åsa"  # what the team recorded is not overwritten
        assert person.protection is Protection.SKYDDAD_FOLKBOKFORING  # a stricter level wins
        assert sorted(a.street for a in person.addresses) == ["Gamla gatan 1", "Ny gata 2"]


def test_a_person_in_an_open_case_is_refused_until_the_user_confirms(db, staff):
    existing = add_case(db, "IGOR-2026-0007", suspect=P("Åsa", "Öberg", VICTIM_PNR))
    add_case(db, "IGOR-2025-0003", victim=P("Åsa", "Öberg", VICTIM_PNR), status=CaseStatus.CLOSED)
    hits = intake.find_open_cases_for(db, staff.police, ["850314-2385"])
    assert [(h.case_id, h.role) for h in hits] == [(existing, PartyRole.SUSPECT)]
    with pytest.raises(DuplicateCaseError) as err:
        intake.create_case(db, staff.police, request(), today=TODAY)
    assert [h.case_number for h in err.value.hits] == ["IGOR-2026-0007"]
    assert "IGOR-2026-0007" in err.value.message()
    assert count(db, Case) == 2
    result = intake.create_case(db, staff.police, request(allow_open_duplicates=True), today=TODAY)
    with db.read(system=True) as s:
        entry = s.execute(
            select(AuditEntry).where(
                AuditEntry.action == "case_created", AuditEntry.case_id == result.case_id
            )
        ).scalar_one()
        assert json.loads(entry.details)["duplicate_confirmed"] is True


def test_reserve_numbers_are_generated_unique_and_in_the_documented_form(db, staff):
    made = set()
    for _ in range(3):
        req = request(
            suspect=None,
            victim=PartyInput(
                first_name="Utan", last_name="Nummer", new_reserve_number=True, birth_year=1990
            ),
        )
        result = intake.create_case(db, staff.police, req, today=TODAY)
        (number,) = result.reserve_numbers
        assert re.fullmatch(r"R-2026-[0-9A-HJKMNP-TV-Z]{6}", number)
        made.add(number)
        with db.read(system=True) as s:
            person = s.get(Case, result.case_id).party(PartyRole.VICTIM).person
            assert person.personal_number == number and person.number_kind is NumberKind.RESERVE
            assert person.birth_year == 1990
    assert len(made) == 3
    # a typed reserve number finds the same person again
    hits = intake.find_open_cases_for(db, staff.police, [sorted(made)[0].lower()])
    assert len(hits) == 1


def test_samordningsnummer_is_recognised(db, staff):
    number = pnr("19920561", 123)
    result = intake.create_case(
        db,
        staff.police,
        request(suspect=None, victim=PartyInput(first_name="S", number=number)),
        today=TODAY,
    )
    with db.read(system=True) as s:
        person = s.get(Case, result.case_id).party(PartyRole.VICTIM).person
        assert person.number_kind is NumberKind.SAMORDNINGSNUMMER and person.birth_year == 1992


def test_outside_the_area_records_the_district_and_can_refer_in_the_same_transaction(db, staff):
    plain = intake.create_case(
        db,
        staff.social,
        request(area=Area.OUTSIDE, district="Skärholmen", victim=None),
        today=TODAY,
    )
    assert plain.outside_area and plain.district_referral_ids == ()
    referred = intake.create_case(
        db,
        staff.social,
        request(
            area=Area.OUTSIDE,
            district="Skärholmen",
            refer_to_district=True,
            victim=PartyInput(first_name="A", number=pnr("19700101")),
            suspect=PartyInput(first_name="B", number=pnr("19700102")),
        ),
        today=TODAY,
    )
    assert len(referred.district_referral_ids) == 2  # one per party
    with db.read(system=True) as s:
        case = s.get(Case, referred.case_id)
        assert case.area is Area.OUTSIDE and case.district == "Skärholmen"
        refs = s.execute(select(Referral).where(Referral.case_id == case.id)).scalars().all()
        assert {r.target for r in refs} == {ReferralTarget.OTHER_DISTRICT}
        assert {r.target_detail for r in refs} == {"Skärholmen"}
        assert {r.referred_by_id for r in refs} == {staff.social.staff_id}


def test_analyst_cannot_create_cases(db, staff):
    with pytest.raises(AccessDenied):
        intake.create_case(db, staff.analyst, request(), today=TODAY)
    assert count(db, Case) == 0


def test_case_numbers_follow_the_counter_and_skip_imported_numbers(db, staff):
    add_case(db, "IGOR-2026-0002", victim=P("Imp", "Orterad"))  # imported outside the counter
    numbers = [
        intake.create_case(
            db,
            staff.police,
            request(victim=None, suspect=PartyInput(first_name=f"M{i}")),
            today=TODAY,
        ).case_number
        for i in range(3)
    ]
    assert numbers == ["IGOR-2026-0001", "IGOR-2026-0003", "IGOR-2026-0004"]
    last_year = intake.create_case(
        db,
        staff.police,
        request(
            victim=None,
            suspect=PartyInput(first_name="Y"),
            opened_on=date(2025, 12, 30),
            incident_date=None,
        ),
        today=TODAY,
    )
    assert last_year.case_number == "IGOR-2025-0001"  # the year of the opening date


def test_two_workstations_creating_at_the_same_moment_get_different_numbers(db, staff):
    per_thread, threads = 6, 2
    barrier = threading.Barrier(threads)
    results: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(t: int) -> None:
        try:
            barrier.wait(timeout=10)
            for i in range(per_thread):
                req = request(victim=None, suspect=PartyInput(first_name=f"T{t}-{i}"))
                number = intake.create_case(db, staff.police, req, today=TODAY).case_number
                with lock:
                    results.append(number)
        except BaseException as exc:  # reported below
            errors.append(exc)

    workers = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=120)
    assert errors == []
    expected = {f"IGOR-2026-{n:04d}" for n in range(1, per_thread * threads + 1)}
    assert sorted(results) == sorted(expected)  # no duplicates, no gaps
    with db.read(system=True) as s:
        assert s.get(CaseNumberCounter, 2026).last_serial == per_thread * threads
        assert s.execute(select(func.count(Address.id))).scalar_one() == 0


@pytest.mark.parametrize("person_exists", [True, False])
def test_two_workstations_registering_the_same_person_at_once_make_one_case(
    db, staff, person_exists
):
    """The duplicate check runs inside the creating transaction, after locking the person: of
    two simultaneous intakes for the same personnummer exactly one creates a case; the other is
    told about it (or, for a person new to both, refused by the unique number) — never two open
    cases, never a half-saved one."""
    if person_exists:
        add_case(
            db, "IGOR-2025-0001", victim=P("Åsa", "Öberg", VICTIM_PNR), status=CaseStatus.CLOSED
        )
    barrier = threading.Barrier(2)
    outcomes: list[object] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        req = request(suspect=None, victim=PartyInput(first_name=f"W{i}", number=VICTIM_PNR))
        barrier.wait(timeout=10)
        try:
            out: object = intake.create_case(db, staff.police, req, today=TODAY)
        except Exception as exc:  # noqa: BLE001 - the outcome is what is tested
            out = exc
        with lock:
            outcomes.append(out)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    created = [o for o in outcomes if isinstance(o, intake.IntakeResult)]
    refused = [o for o in outcomes if not isinstance(o, intake.IntakeResult)]
    assert len(created) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], intake.UserError)  # DuplicateCaseError or "try again"
    if isinstance(refused[0], DuplicateCaseError):
        assert [h.case_id for h in refused[0].hits] == [created[0].case_id]
    with db.read(system=True) as s:
        open_cases = s.execute(select(func.count(Case.id)).where(Case.status == CaseStatus.OPEN))
        assert open_cases.scalar_one() == 1
        assert s.execute(select(func.count(Person.id))).scalar_one() == 1
