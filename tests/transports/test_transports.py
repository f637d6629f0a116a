"""Secure transports: requests, the safety rule for a pickup at the suspect's address, planning,
the status workflow, masking of protected addresses, clashes and the board."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import AccessDenied, ConcurrentEditError, UserError, ValidationError
from app.models import AuditEntry, CalendarEvent, Case, StaffMember, Transport
from app.models.enums import (
    Agency,
    Custody,
    EventKind,
    Instrument,
    PartyRole,
    Protection,
    RiskLevel,
    TransportPurpose,
    TransportStatus,
)
from app.services.scheduling.clashes import ClashError
from app.services.transports import planning as transports
from app.services.transports.planning import MASKED_ADDRESS, BoardFilter, SingleOfficerWarning
from tests.transport_helpers import (
    SUSPECT_STREET,
    add_assessment,
    add_staff,
    add_vehicle,
    force_status,
    make_world,
    new_transport,
    plan_request,
    request,
    set_custody,
    utcnow,
)

S = TransportStatus


def actions(db, transport_id):
    with db.read(system=True) as s:
        return (
            s.execute(
                select(AuditEntry.action)
                .where(AuditEntry.record_type == "transport", AuditEntry.record_id == transport_id)
                .order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )


# --- requests ---------------------------------------------------------------------------------


def test_request_is_created_by_the_actor_and_audited(db, staff):
    w = make_world(db, staff)
    row = new_transport(db, staff.social, w)
    assert row.status is S.REQUESTED
    assert row.requested_by_id == staff.social.staff_id
    assert row.requested_by == "Sara Socionom"
    assert row.case_number == "IGOR-2026-0001"
    assert row.pickup == "Hemliga vägen 3, Stockholm" and not row.pickup_masked
    assert actions(db, row.id) == ["transport_requested"]
    with db.read(system=True) as s:
        details = s.execute(
            select(AuditEntry.details).where(AuditEntry.action == "transport_requested")
        ).scalar_one()
    assert "Hemliga" not in details and "Åsa" not in details and "grannarna" not in details


def test_request_validation_names_every_field(db, staff):
    w = make_world(db, staff)
    with pytest.raises(ValidationError) as err:
        transports.create_request(
            db,
            staff.social,
            request(
                w,
                case_id=None,
                purpose=None,
                pickup=" ",
                destination="",
                earliest_at=None,
                latest_at=None,
                contact_phone="ring mig",
                children_count=25,
            ),
        )
    fields = {p.field for p in err.value.problems}
    assert {
        "ärende",
        "syfte",
        "upphämtning",
        "destination",
        "tidigast",
        "senast",
        "kontakttelefon",
        "antal barn",
    } <= fields
    assert "kontakttelefon: ”ring mig” är inget telefonnummer" in err.value.message()


def test_latest_must_be_after_earliest_and_not_in_the_past(db, staff):
    w = make_world(db, staff)
    with pytest.raises(ValidationError) as err:
        new_transport(db, staff.social, w, latest_at=w.t0)
    assert err.value.problems[0].field == "senast"
    assert "senare än tidigast" in err.value.message()
    # Two days ago, whatever today is (w.t0 is a weekday a few days ahead, so "t0 minus a few
    # days" can still lie in the future).
    past = utcnow() - timedelta(days=2)
    with pytest.raises(ValidationError) as err:
        new_transport(db, staff.social, w, earliest_at=past, latest_at=past + timedelta(hours=1))
    assert {p.field for p in err.value.problems} == {"tidigast", "senast"}
    assert "redan passerats" in err.value.message()


def test_someone_must_travel_and_case_must_be_open(db, staff):
    w = make_world(db, staff)
    with pytest.raises(ValidationError) as err:
        new_transport(db, staff.social, w, with_victim=False, children_count=0, pets="")
    assert err.value.problems[0].field == "resenärer"
    assert new_transport(db, staff.social, w, with_victim=False, children_count=0, pets="katt")
    with db.write(system=True) as s:
        s.get(Case, w.case_id).status = "closed"
    with pytest.raises(ValidationError, match="avslutat"):
        new_transport(db, staff.social, w)


def test_analyst_cannot_request_or_see_transports(db, staff):
    w = make_world(db, staff)
    with pytest.raises(AccessDenied):
        new_transport(db, staff.analyst, w)
    new_transport(db, staff.social, w)
    with pytest.raises(AccessDenied):
        transports.board_week(db, staff.analyst, w.t0.date())


# --- the safety rule --------------------------------------------------------------------------


def suspect_pickup(db, staff, w, **kw):
    return new_transport(
        db,
        staff.social,
        w,
        purpose=TransportPurpose.FETCH_BELONGINGS,
        pickup=f"{SUSPECT_STREET}, 118 20 Stockholm",
        destination="Skyddat boende",
        **kw,
    )


def test_suspect_address_with_one_officer_and_no_assessment_is_refused(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    assert t.pickup_is_suspect_address  # matched the suspect's registered street
    check = transports.safety_check(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,))
    )
    assert not check.allowed
    assert [p.code for p in check.problems] == ["suspect_address"]
    assert "minst två poliser" in check.problems[0].text
    assert "säkerhetsbedömning" in check.problems[0].text
    with pytest.raises(ValidationError, match="adress som hör till den misstänkte"):
        transports.plan(
            db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
        )
    assert transports.get(db, staff.police, t.id).status is S.REQUESTED
    assert actions(db, t.id) == ["transport_requested"]


def test_two_officers_without_assessment_are_refused(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    crew = (staff.police.staff_id, w.officer2.staff_id)
    with pytest.raises(ValidationError) as err:
        transports.plan(db, staff.police, t.id, plan_request(w, crew), version=t.version)
    assert "Saknas: en registrerad säkerhetsbedömning" in err.value.message()
    assert "två poliser" not in err.value.message().split("Saknas:")[1]


def test_one_officer_with_assessment_is_refused(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    aid = add_assessment(db, w.case_id)
    with pytest.raises(ValidationError, match="Saknas: minst två poliser i besättningen"):
        transports.plan(
            db,
            staff.police,
            t.id,
            plan_request(w, (staff.police.staff_id,), safety_assessment_id=aid),
            version=t.version,
        )


def test_two_officers_and_assessment_are_allowed(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    aid = add_assessment(db, w.case_id)
    crew = (staff.police.staff_id, w.officer2.staff_id)
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, crew, safety_assessment_id=aid), version=t.version
    )
    assert row.status is S.PLANNED
    assert set(row.crew_ids) == set(crew)
    assert row.vehicle_name == "Civilbil 1 (Volvo V60)"
    assert row.safety_assessment_id == aid
    assert actions(db, t.id) == ["transport_requested", "transport_planned"]


def test_assessment_must_be_general_safety_of_this_case_and_recent(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    crew = (staff.police.staff_id, w.officer2.staff_id)
    sara = add_assessment(db, w.case_id, instrument=Instrument.SARA)
    old = add_assessment(db, w.case_id, on=date.today() - timedelta(days=60))
    for aid, text in ((sara, "inte en allmän säkerhetsbedömning"), (old, "äldre än 30 dagar")):
        check = transports.safety_check(
            db, staff.police, t.id, plan_request(w, crew, safety_assessment_id=aid)
        )
        assert not check.allowed
        assert any(text in p.text for p in check.problems), check.problems


def test_social_services_assessment_hidden_from_police_does_not_count(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    aid = add_assessment(db, w.case_id, agency=Agency.SOCIAL)  # no consent: police cannot see it
    crew = (staff.police.staff_id, w.officer2.staff_id)
    check = transports.safety_check(
        db, staff.police, t.id, plan_request(w, crew, safety_assessment_id=aid)
    )
    assert not check.allowed
    assert any(p.code == "assessment_missing" for p in check.problems)


def test_custody_covering_the_time_allows_one_officer(db, staff):
    w = make_world(db, staff)
    set_custody(
        db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=2), w.t0 + timedelta(days=12)
    )
    t = suspect_pickup(db, staff, w)
    check = transports.safety_check(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,))
    )
    assert check.allowed and check.custody_covers
    assert "confirm_custody" in [x.code for x in check.warnings]
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    assert row.status is S.PLANNED


def test_custody_ending_before_the_planned_end_is_refused(db, staff):
    w = make_world(db, staff)
    # Released 10 minutes into the transport (start t0+30 min, 60 min + 15 min buffer).
    set_custody(
        db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=2), w.t0 + timedelta(minutes=40)
    )
    t = suspect_pickup(db, staff, w)
    check = transports.safety_check(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,))
    )
    assert not check.custody_covers and not check.allowed
    assert "custody_ends" in [x.code for x in check.warnings]
    with pytest.raises(ValidationError):
        transports.plan(
            db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
        )


def test_custody_beginning_after_the_start_or_released_does_not_count(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    one = plan_request(w, (staff.police.staff_id,))
    set_custody(db, w.case_id, Custody.ARRESTED, w.t0 + timedelta(hours=1), None)
    assert not transports.safety_check(db, staff.police, t.id, one).allowed
    set_custody(db, w.case_id, Custody.RELEASED, w.t0 - timedelta(days=3), w.t0 - timedelta(days=1))
    check = transports.safety_check(db, staff.police, t.id, one)
    assert not check.allowed
    assert "released" in [x.code for x in check.warnings]


def test_arrest_without_end_is_assumed_to_last_at_most_four_days(db, staff):
    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    one = plan_request(w, (staff.police.staff_id,))
    set_custody(db, w.case_id, Custody.ARRESTED, w.t0 - timedelta(hours=20), None)
    assert transports.safety_check(db, staff.police, t.id, one).allowed
    set_custody(db, w.case_id, Custody.ARRESTED, w.t0 - timedelta(days=5), None)
    check = transports.safety_check(db, staff.police, t.id, one)
    assert not check.allowed
    assert check.custody_ends is not None and check.custody_ends < w.t0


def test_flag_applies_the_rule_even_when_the_address_is_not_registered(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w, pickup="Okänd gata 1", pickup_is_suspect_address=True)
    assert not transports.safety_check(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,))
    ).allowed
    # A similar but different street number is not the suspect's address.
    t2 = new_transport(db, staff.social, w, pickup="Åsögatan 120, Stockholm")
    assert not t2.pickup_is_suspect_address
    assert transports.safety_check(
        db, staff.police, t2.id, plan_request(w, (staff.police.staff_id,))
    ).allowed


def test_start_checks_custody_again(db, staff):
    w = make_world(db, staff)
    set_custody(db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=2), None)
    t = suspect_pickup(db, staff, w)
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    set_custody(
        db, w.case_id, Custody.RELEASED, w.t0 - timedelta(days=2), w.t0 - timedelta(hours=1)
    )
    with pytest.raises(ValidationError, match="misstänkte"):
        transports.start(db, staff.police, t.id, version=row.version)
    assert transports.get(db, staff.police, t.id).status is S.PLANNED


def test_editing_a_planned_pickup_to_the_suspects_address_is_checked(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    with pytest.raises(ValidationError, match="misstänkte"):
        transports.update_request(
            db, staff.social, t.id, request(w, pickup=SUSPECT_STREET), version=row.version
        )
    assert transports.get(db, staff.social, t.id).pickup == "Hemliga vägen 3, Stockholm"


def test_high_risk_defaults_to_two_officers(db, staff):
    w = make_world(db, staff)
    add_assessment(db, w.case_id, instrument=Instrument.SARA, level=RiskLevel.HIGH)
    t = new_transport(db, staff.social, w)
    one = plan_request(w, (staff.police.staff_id,))
    check = transports.safety_check(db, staff.police, t.id, one)
    assert check.default_crew_size == 2 and check.newest_risk.level is RiskLevel.HIGH
    assert "high_risk_crew" in [x.code for x in check.warnings]
    with pytest.raises(SingleOfficerWarning):
        transports.plan(db, staff.police, t.id, one, version=t.version)
    row = transports.plan(
        db,
        staff.police,
        t.id,
        plan_request(w, (staff.police.staff_id,), confirm_single_officer=True),
        version=t.version,
    )
    assert row.status is S.PLANNED


# --- planning ---------------------------------------------------------------------------------


def test_crew_must_be_police(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    for member in (staff.social, staff.analyst):
        with pytest.raises(ValidationError, match="besättning"):
            transports.plan(
                db,
                staff.police,
                t.id,
                plan_request(w, (staff.police.staff_id, member.staff_id)),
                version=t.version,
            )
    gone = add_staff(db, "polis9", "Avslutad Polis", Agency.POLICE)
    with db.write(system=True) as s:
        s.get(StaffMember, gone.staff_id).revoked_at = w.t0 - timedelta(days=30)
    with pytest.raises(ValidationError, match="kan inte ingå"):
        transports.plan(
            db, staff.police, t.id, plan_request(w, (gone.staff_id,)), version=t.version
        )
    with pytest.raises(ValidationError, match="minst en polis"):
        transports.plan(db, staff.police, t.id, plan_request(w, ()), version=t.version)
    names = [c.name for c in transports.officers(db, staff.police)]
    assert "Sara Socionom" not in names and "Avslutad Polis" not in names
    assert "Petra Polis" in names and "Olle Ordningspolis" in names


def test_only_police_plan(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    with pytest.raises(AccessDenied, match="Bara polisen"):
        transports.plan(
            db, staff.social, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
        )


def test_planned_start_must_be_inside_the_window_and_vehicle_a_vehicle(db, staff):
    from tests.transport_helpers import add_room

    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    crew = (staff.police.staff_id,)
    with pytest.raises(ValidationError) as err:
        transports.plan(
            db,
            staff.police,
            t.id,
            plan_request(w, crew, planned_start=w.t0 + timedelta(hours=5), estimated_minutes=2),
            version=t.version,
        )
    fields = {p.field for p in err.value.problems}
    assert fields == {"planerad start", "beräknad tid"}
    room = add_room(db, "Samtalsrum 1")
    retired = add_vehicle(db, "Gammal bil", active=False)
    for vid, text in (
        (room, "inget fordon"),
        (retired, "används inte längre"),
        (None, "måste väljas"),
    ):
        with pytest.raises(ValidationError, match=text):
            transports.plan(
                db, staff.police, t.id, plan_request(w, crew, vehicle_id=vid), version=t.version
            )


def test_clash_with_a_calendar_event_of_a_crew_member_is_refused(db, staff):
    w = make_world(db, staff)
    with db.write(system=True) as s:
        officer = s.get(StaffMember, w.officer2.staff_id)
        s.add(
            CalendarEvent(
                kind=EventKind.ARREST_TALK,
                title="Arresteringssamtal",
                starts_at=w.t0 + timedelta(minutes=60),
                ends_at=w.t0 + timedelta(minutes=120),
                staff=[officer],
            )
        )
    t = new_transport(db, staff.social, w)
    crew = (staff.police.staff_id, w.officer2.staff_id)
    with pytest.raises(ClashError) as err:
        transports.plan(db, staff.police, t.id, plan_request(w, crew), version=t.version)
    text = err.value.message()
    assert "Olle Ordningspolis" in text and "Arresteringssamtal" in text
    assert err.value.slots  # nearest free slots suggested
    assert all(slot.starts_at >= w.t0 for slot in err.value.slots)
    assert transports.get(db, staff.police, t.id).status is S.REQUESTED
    # Ending exactly when the event begins is no clash (start t0, 45 + 15 minutes).
    row = transports.plan(
        db,
        staff.police,
        t.id,
        plan_request(w, crew, planned_start=w.t0, estimated_minutes=45, buffer_minutes=15),
        version=t.version,
    )
    assert row.status is S.PLANNED


def test_clash_with_another_transport_by_vehicle_or_crew(db, staff):
    w = make_world(db, staff)
    first = new_transport(db, staff.social, w)
    transports.plan(
        db, staff.police, first.id, plan_request(w, (staff.police.staff_id,)), version=first.version
    )
    second = new_transport(db, staff.social, w)
    # Same vehicle, other officer, overlapping time.
    with pytest.raises(ClashError, match="Civilbil 1"):
        transports.plan(
            db,
            staff.police,
            second.id,
            plan_request(w, (w.officer2.staff_id,), planned_start=w.t0 + timedelta(minutes=90)),
            version=second.version,
        )
    # Same officer, other vehicle.
    with pytest.raises(ClashError, match="Petra Polis"):
        transports.plan(
            db,
            staff.police,
            second.id,
            plan_request(w, (staff.police.staff_id,), vehicle_id=w.vehicle2),
            version=second.version,
        )
    # The first one busy until t0+30+60+15 = t0+105 min: starting then is free.
    row = transports.plan(
        db,
        staff.police,
        second.id,
        plan_request(w, (staff.police.staff_id,), planned_start=w.t0 + timedelta(minutes=105)),
        version=second.version,
    )
    assert row.status is S.PLANNED


def test_cancelled_transport_blocks_nothing_and_replanning_ignores_itself(db, staff):
    w = make_world(db, staff)
    first = new_transport(db, staff.social, w)
    row = transports.plan(
        db, staff.police, first.id, plan_request(w, (staff.police.staff_id,)), version=first.version
    )
    # Re-planning the same transport 15 minutes later overlaps only itself.
    row = transports.plan(
        db,
        staff.police,
        first.id,
        plan_request(w, (staff.police.staff_id,), planned_start=w.t0 + timedelta(minutes=45)),
        version=row.version,
    )
    transports.cancel(db, staff.police, first.id, reason="Avbokad", version=row.version)
    second = new_transport(db, staff.social, w)
    assert (
        transports.plan(
            db,
            staff.police,
            second.id,
            plan_request(w, (staff.police.staff_id,)),
            version=second.version,
        ).status
        is S.PLANNED
    )


# --- the status workflow ----------------------------------------------------------------------

ALLOWED = {
    (S.REQUESTED, S.PLANNED),
    (S.REQUESTED, S.CANCELLED),
    (S.PLANNED, S.PLANNED),
    (S.PLANNED, S.UNDER_WAY),
    (S.PLANNED, S.CANCELLED),
    (S.UNDER_WAY, S.DONE),
    (S.UNDER_WAY, S.CANCELLED),
}


def _attempt(db, staff, w, tid, version, target):
    if target is S.PLANNED:
        return transports.plan(
            db, staff.police, tid, plan_request(w, (staff.police.staff_id,)), version=version
        )
    if target is S.REQUESTED:
        return transports.change_status(db, staff.police, tid, target, version=version)
    return transports.change_status(db, staff.police, tid, target, version=version, reason="Skäl")


@pytest.mark.parametrize("current", list(S))
def test_every_transition(db, staff, current):
    w = make_world(db, staff)
    for target in S:
        t = new_transport(db, staff.social, w)
        extra = {}
        if current is not S.REQUESTED:
            extra = dict(
                planned_start=w.t0 + timedelta(minutes=30),
                vehicle_id=None,
            )
        version = force_status(db, t.id, current, **extra)
        if (current, target) in ALLOWED:
            row = _attempt(db, staff, w, t.id, version, target)
            assert row.status is target
            # cancel the planned ones again so the next plan does not clash
            if target in (S.PLANNED, S.UNDER_WAY):
                transports.cancel(db, staff.police, t.id, reason="städning", version=row.version)
        else:
            with pytest.raises(UserError) as err:
                _attempt(db, staff, w, t.id, version, target)
            assert not isinstance(err.value, AccessDenied)
            message = err.value.message()
            assert "kan inte" in message or "genom att begäras" in message, message
            assert transports.get(db, staff.police, t.id).status is current


def test_cancel_needs_a_reason_and_keeps_it_out_of_the_audit(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    with pytest.raises(UserError, match="anledning"):
        transports.cancel(db, staff.social, t.id, reason="  ", version=t.version)
    row = transports.cancel(
        db, staff.social, t.id, reason="Hon har flyttat till Malmö", version=t.version
    )
    assert row.status is S.CANCELLED and row.cancel_reason == "Hon har flyttat till Malmö"
    with db.read(system=True) as s:
        entry = s.execute(
            select(AuditEntry).where(AuditEntry.action == "transport_status_changed")
        ).scalar_one()
    assert "Malmö" not in entry.details and '"to": "cancelled"' in entry.details


def test_who_may_cancel_start_and_finish(db, staff):
    w = make_world(db, staff)
    other_social = add_staff(db, "soc2", "Siv Socialsekreterare", Agency.SOCIAL)
    t = new_transport(db, staff.social, w)
    with pytest.raises(AccessDenied):
        transports.cancel(db, other_social, t.id, reason="x", version=t.version)
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    with pytest.raises(AccessDenied):
        transports.start(db, staff.social, t.id, version=row.version)
    row = transports.start(db, staff.police, t.id, version=row.version)
    row = transports.finish(db, w.officer2, t.id, version=row.version)
    assert row.status is S.DONE
    assert actions(db, t.id) == [
        "transport_requested",
        "transport_planned",
        "transport_status_changed",
        "transport_status_changed",
    ]


def test_stale_version_is_refused_naming_who_changed_it(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    with pytest.raises(ConcurrentEditError) as err:
        transports.cancel(db, staff.social, t.id, reason="Avbokad", version=t.version)
    assert "Petra Polis" in err.value.message()
    assert transports.get(db, staff.social, t.id).status is S.PLANNED


# --- masking ----------------------------------------------------------------------------------


def test_protected_addresses_are_masked_for_those_without_need(db, staff):
    w = make_world(db, staff, protection=Protection.SKYDDAD_FOLKBOKFORING)
    other_social = add_staff(db, "soc2", "Siv Socialsekreterare", Agency.SOCIAL)
    t = new_transport(db, staff.social, w)
    with db.write(system=True) as s:
        s.get(Case, w.case_id).assigned_police_id = w.officer3.staff_id

    def seen(actor):
        return transports.get(db, actor, t.id)

    for who in (staff.police, w.officer2, other_social, staff.lead):
        row = seen(who)
        assert row.pickup == MASKED_ADDRESS and row.destination == MASKED_ADDRESS, who.full_name
        assert row.contact_phone == "" and row.notes == "" and not row.has_need
        week = transports.board_week(db, who, w.t0.date())
        assert [r.pickup for r in week] == [MASKED_ADDRESS]
        assert "Hemliga" not in repr(week)
    for who in (staff.social, w.officer3):  # the requester, the case's assigned officer
        row = seen(who)
        assert row.pickup == "Hemliga vägen 3, Stockholm" and row.has_need
        assert row.contact_phone == "070-111 22 33"
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, (w.officer2.staff_id,)), version=t.version
    )
    assert row.pickup == MASKED_ADDRESS  # the planner is not in the crew
    assert seen(w.officer2).pickup == "Hemliga vägen 3, Stockholm"  # the crew sees it
    with pytest.raises(AccessDenied):
        transports.update_request(db, other_social, t.id, request(w), version=row.version)


def test_unprotected_addresses_are_shown_but_phone_and_notes_only_with_need(db, staff):
    w = make_world(db, staff)
    other_social = add_staff(db, "soc2", "Siv Socialsekreterare", Agency.SOCIAL)
    t = new_transport(db, staff.social, w)
    row = transports.get(db, w.officer2, t.id)
    assert row.pickup == "Hemliga vägen 3, Stockholm" and not row.pickup_masked
    assert row.contact_phone == "" and row.notes == ""
    planned = transports.plan(
        db,
        staff.police,
        t.id,
        plan_request(w, (w.officer3.staff_id,), safety_notes="Han brukar stå vid porten."),
        version=t.version,
    )
    assert planned.safety_notes == "Han brukar stå vid porten."  # the planner
    assert transports.get(db, w.officer2, t.id).safety_notes  # police
    assert transports.get(db, staff.social, t.id).safety_notes  # the requester
    assert transports.get(db, other_social, t.id).safety_notes == ""
    transports.cancel(db, staff.police, t.id, reason="Hon har flyttat", version=planned.version)
    assert transports.get(db, other_social, t.id).cancel_reason == ""
    assert transports.get(db, staff.social, t.id).cancel_reason == "Hon har flyttat"


def test_a_protected_child_masks_too(db, staff):
    from app.models import Child

    w = make_world(db, staff)
    with db.write(system=True) as s:
        case = s.get(Case, w.case_id)
        case.children.append(Child(first_name="Ebba", protection=Protection.SEKRETESSMARKERING))
    t = new_transport(db, staff.social, w)
    assert transports.get(db, w.officer2, t.id).pickup == MASKED_ADDRESS


# --- the board --------------------------------------------------------------------------------


def test_board_day_week_and_filters(db, staff):
    w = make_world(db, staff)
    a = new_transport(db, staff.social, w)
    b = new_transport(
        db, staff.social, w, purpose=TransportPurpose.COURT, destination="Stockholms tingsrätt"
    )
    later = w.t0 + timedelta(days=1)
    c = new_transport(db, staff.police, w, earliest_at=later, latest_at=later + timedelta(hours=2))
    far = w.t0 + timedelta(days=30)
    new_transport(db, staff.police, w, earliest_at=far, latest_at=far + timedelta(hours=2))
    transports.plan(
        db, staff.police, a.id, plan_request(w, (w.officer2.staff_id,)), version=a.version
    )

    day = transports.board_day(db, staff.police, w.t0.date())
    assert [r.id for r in day] == [b.id, a.id]  # b's window starts at t0, a planned at t0+30
    week_ids = {r.id for r in transports.board_week(db, staff.police, w.t0.date())}
    if later.date().isocalendar()[1] == w.t0.date().isocalendar()[1]:
        assert week_ids == {a.id, b.id, c.id}
    else:
        assert week_ids == {a.id, b.id}

    def ids(**f):
        return [r.id for r in transports.board_day(db, staff.police, w.t0.date(), BoardFilter(**f))]

    assert ids(status=S.PLANNED) == [a.id]
    assert ids(status=S.REQUESTED) == [b.id]
    assert ids(vehicle_id=w.vehicle) == [a.id]
    assert ids(vehicle_id=w.vehicle2) == []
    assert ids(crew_id=w.officer2.staff_id) == [a.id]
    assert ids(crew_id=staff.police.staff_id) == []
    assert ids(purpose=TransportPurpose.COURT) == [b.id]
    assert ids(statuses=(S.REQUESTED, S.PLANNED)) == [b.id, a.id]


def test_board_shows_a_planned_transport_on_its_planned_day_only(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w, latest_at=w.t0 + timedelta(days=2))
    day2 = w.t0 + timedelta(days=1, minutes=30)
    assert t.id in [r.id for r in transports.board_day(db, staff.police, day2.date())]
    transports.plan(
        db,
        staff.police,
        t.id,
        plan_request(w, (staff.police.staff_id,), planned_start=day2),
        version=t.version,
    )
    assert t.id not in [r.id for r in transports.board_day(db, staff.police, w.t0.date())]
    assert t.id in [r.id for r in transports.board_day(db, staff.police, day2.date())]


def test_a_new_safety_assessment_recorded_for_the_transport_counts(db, staff):
    from app.services.cases import assessments
    from app.services.cases.assessments import NewAssessment

    w = make_world(db, staff)
    t = suspect_pickup(db, staff, w)
    party = transports.safety_assessment_party(db, staff.police, t.id)
    aid = assessments.add_assessment(
        db,
        staff.police,
        NewAssessment(
            case_id=w.case_id,
            party_id=party,
            instrument=Instrument.GENERAL_SAFETY,
            assessed_on=date.today(),
            level=RiskLevel.HIGH,
            text="Han är på jobbet 8–17.",
        ),
    )
    choices = transports.safety_assessments(db, staff.police, w.case_id)
    assert [c.id for c in choices] == [aid] and choices[0].assessor == "Petra Polis"
    assert transports.safety_assessments(db, staff.social, w.case_id) == []  # police-owned
    crew = (staff.police.staff_id, w.officer2.staff_id)
    planned = transports.plan(
        db, staff.police, t.id, plan_request(w, crew, safety_assessment_id=aid), version=t.version
    )
    assert planned.status is S.PLANNED and planned.safety_assessment_id == aid
    with db.read(system=True) as s:
        assert s.get(Transport, t.id).safety_assessment_id == aid
    # The high level it gave now makes two officers the default.
    check = transports.safety_check(db, staff.police, t.id)
    assert check.default_crew_size == 2 and check.allowed


def test_case_choices_are_open_cases_with_the_victims_phone(db, staff):
    w = make_world(db, staff)
    choices = transports.case_choices(db, staff.social)
    assert [(c.id, c.victim_phone) for c in choices] == [(w.case_id, "070-111 22 33")]
    with db.write(system=True) as s:
        s.get(Case, w.case_id).status = "closed"
    assert transports.case_choices(db, staff.social) == []


def test_victim_and_suspect_at_the_same_place_must_be_answered(db, staff):
    from app.services.scheduling.clashes import MeetingRiskError
    from tests.factories import make_event, party_id

    w = make_world(db, staff)
    suspect = party_id(db, w.case_id, PartyRole.SUSPECT)
    make_event(
        db,
        start=w.t0 + timedelta(minutes=60),
        end=w.t0 + timedelta(minutes=90),
        party_ids=(suspect,),
        title="Släppsamtal",
        kind="release_talk",
        place="Polisstationen Södermalm",
        case_id=w.case_id,
    )
    t = new_transport(db, staff.social, w)  # to Polisstationen Södermalm
    crew = (staff.police.staff_id,)
    with pytest.raises(MeetingRiskError, match="Släppsamtal"):
        transports.plan(db, staff.police, t.id, plan_request(w, crew), version=t.version)
    assert transports.get(db, staff.police, t.id).status is S.REQUESTED
    row = transports.plan(
        db,
        staff.police,
        t.id,
        plan_request(w, crew, meeting_risk_reason="Han förs in via arresten, hon via entrén"),
        version=t.version,
    )
    assert row.status is S.PLANNED
    with db.read(system=True) as s:
        assert s.get(Transport, t.id).risk_override_reason.startswith("Han förs in")
        details = s.execute(
            select(AuditEntry.details).where(AuditEntry.action == "transport_planned")
        ).scalar_one()
    assert '"meeting_risk_confirmed": true' in details and "arresten" not in details
