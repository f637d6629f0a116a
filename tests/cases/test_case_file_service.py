"""The case file service: the header and legal status, protected identity, the window of
opportunity, concurrent edits from two workstations, closing with an outcome and reopening."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import ConcurrentEditError, UserError, ValidationError
from app.models import Address, AuditEntry, Case, CaseParty, Person
from app.models.enums import (
    ContactBan,
    Custody,
    Investigation,
    NumberKind,
    PartyRole,
    Protection,
    RiskLevel,
)
from app.services.cases import case_file, contacts
from app.services.cases.case_file import ChildEdit, Outcome
from app.services.cases.contacts import NewContact
from app.services.core.timeutil import today_local
from tests.case_helpers import add_assessment_as, ago, party_ids, second_workstation
from tests.factories import add_contact, make_case


def _actions(db, case_id):
    with db.read(system=True) as s:
        return [
            (a, json.loads(d) if d else None)
            for a, d in s.execute(
                select(AuditEntry.action, AuditEntry.details)
                .where(AuditEntry.case_id == case_id)
                .order_by(AuditEntry.id)
            )
        ]


def _set(db, case_id, **values):
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        for k, v in values.items():
            setattr(case, k, v)


# --- window of opportunity --------------------------------------------------------------------


def test_window_counts_from_the_incident_to_the_first_reached_contact(db, staff):
    case_id = make_case(db, opened_on=date(2026, 1, 10))
    _set(db, case_id, incident_date=date(2026, 1, 8))
    add_contact(
        db,
        staff.police,
        case_id,
        PartyRole.VICTIM,
        when=datetime(2026, 1, 9, 10, tzinfo=UTC),
        reached=False,
    )
    add_contact(
        db, staff.social, case_id, PartyRole.SUSPECT, when=datetime(2026, 1, 11, 9, tzinfo=UTC)
    )
    add_contact(
        db, staff.police, case_id, PartyRole.VICTIM, when=datetime(2026, 1, 13, 9, tzinfo=UTC)
    )
    view = case_file.load_case(db, staff.police, case_id)
    assert view.window.start == date(2026, 1, 8) and view.window.start_is_incident
    assert view.window.first_reached_on == date(2026, 1, 11)  # the failed attempt is ignored
    assert view.window.days == 3
    assert view.window_by_role[PartyRole.VICTIM].days == 5
    assert view.window_by_role[PartyRole.SUSPECT].days == 3


def test_window_without_incident_date_counts_from_case_start(db, staff):
    case_id = make_case(db, opened_on=date(2026, 1, 10))
    add_contact(
        db, staff.police, case_id, PartyRole.VICTIM, when=datetime(2026, 1, 12, 8, tzinfo=UTC)
    )
    window = case_file.load_case(db, staff.police, case_id).window
    assert window.start == date(2026, 1, 10) and not window.start_is_incident
    assert window.days == 2 and window.waiting_days is None


def test_window_uses_the_swedish_date_of_the_contact(db, staff):
    case_id = make_case(db, opened_on=date(2026, 1, 10))
    # 23:30 UTC on the 10th is 00:30 on the 11th in Stockholm.
    add_contact(
        db, staff.police, case_id, PartyRole.VICTIM, when=datetime(2026, 1, 10, 23, 30, tzinfo=UTC)
    )
    assert case_file.load_case(db, staff.police, case_id).window.days == 1


def test_window_while_nobody_is_reached_shows_days_waiting(db, staff):
    case_id = make_case(db, opened_on=date(2026, 1, 10))
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=1), reached=False)
    view = case_file.load_case(db, staff.police, case_id, today=date(2026, 1, 17))
    assert view.window.days is None and view.window.waiting_days == 7


# --- header, parties, protected identity ------------------------------------------------------


def test_header_legal_status_and_staff(db, staff):
    case_id = make_case(db)
    since = datetime(2026, 1, 11, 6, 15, tzinfo=UTC)
    _set(
        db,
        case_id,
        custody=Custody.DETAINED,
        custody_since=since,
        contact_ban=ContactBan.EXTENDED,
        contact_ban_from=date(2026, 1, 12),
        contact_ban_to=date(2026, 7, 12),
        investigation=Investigation.OPEN,
        assigned_police_id=staff.police.staff_id,
        assigned_social_id=staff.social.staff_id,
        focus_person=True,
    )
    view = case_file.load_case(db, staff.social, case_id)
    assert view.legal.suspect_held and view.legal.custody_since == since
    assert view.legal.contact_ban_in_force(date(2026, 3, 1))
    assert not view.legal.contact_ban_in_force(date(2026, 7, 13))
    assert view.assigned_police_name == "Petra Polis"
    assert view.assigned_social_name == "Sara Socionom"
    assert view.focus_person_party.role == PartyRole.SUSPECT


def test_protected_address_only_for_staff_assigned_to_the_case(db, staff):
    case_id = make_case(db)
    with db.write(system=True) as s:
        victim = s.execute(
            select(Person)
            .join(CaseParty, CaseParty.person_id == Person.id)
            .where(CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM)
        ).scalar_one()
        victim.protection = Protection.SKYDDAD_FOLKBOKFORING
        victim.phone = "070-123 45 67"
        victim.addresses.append(Address(street="Hemliga gatan 1", postal_code="11820"))
        s.get(Case, case_id).assigned_social_id = staff.social.staff_id
    not_assigned = case_file.load_case(db, staff.police, case_id).party(PartyRole.VICTIM)
    assert not_assigned.address is None and not_assigned.phone is None
    assert not_assigned.address_hidden and not_assigned.protected
    assigned = case_file.load_case(db, staff.social, case_id).party(PartyRole.VICTIM)
    assert assigned.address == "Hemliga gatan 1, 11820" and assigned.phone == "070-123 45 67"
    assert not assigned.address_hidden
    # The unassigned officer cannot overwrite the address they cannot see.
    view = case_file.load_case(db, staff.police, case_id)
    edit = replace(
        case_file.party_edit_from(not_assigned), keep_address=False, street="Annan väg 2"
    )
    with pytest.raises(ValidationError) as info:
        case_file.update_party(
            db,
            staff.police,
            case_id,
            not_assigned.id,
            edit,
            version=view.version,
            person_version=not_assigned.person_version,
        )
    assert info.value.problems[0].field == "adress"


def test_unprotected_address_is_shown_to_colleagues(db, staff):
    case_id = make_case(db)
    with db.write(system=True) as s:
        suspect = s.execute(
            select(Person)
            .join(CaseParty, CaseParty.person_id == Person.id)
            .where(CaseParty.case_id == case_id, CaseParty.role == PartyRole.SUSPECT)
        ).scalar_one()
        suspect.addresses.append(Address(street="Götgatan 5", city="Stockholm"))
    party = case_file.load_case(db, staff.police, case_id).party(PartyRole.SUSPECT)
    assert party.address == "Götgatan 5, Stockholm" and not party.address_hidden


def test_identity_text_for_people_without_personnummer(db, staff):
    case_id = make_case(db, victim=("Amina", "Noor", None), suspect=("Ali", "Noor", None))
    view = case_file.load_case(db, staff.police, case_id)
    victim = view.party(PartyRole.VICTIM)
    edit = replace(case_file.party_edit_from(victim), identity="R20260001")
    version = case_file.update_party(
        db,
        staff.police,
        case_id,
        victim.id,
        edit,
        version=view.version,
        person_version=victim.person_version,
    )
    suspect = view.party(PartyRole.SUSPECT)
    edit = replace(case_file.party_edit_from(suspect), identity="19850374-2382")  # samordningsnr
    version = case_file.update_party(
        db,
        staff.police,
        case_id,
        suspect.id,
        edit,
        version=version,
        person_version=suspect.person_version,
    )
    view = case_file.load_case(db, staff.police, case_id)
    assert view.party(PartyRole.VICTIM).number_kind == NumberKind.RESERVE
    assert view.party(PartyRole.VICTIM).identity_text == "R20260001"
    assert view.party(PartyRole.SUSPECT).number_kind == NumberKind.SAMORDNINGSNUMMER
    assert view.party(PartyRole.SUSPECT).identity_text == "19850374-2382"
    assert view.party(PartyRole.SUSPECT).birth_year == 1985
    # Birth year alone.
    edit = replace(
        case_file.party_edit_from(view.party(PartyRole.VICTIM)), identity=None, birth_year=1992
    )
    case_file.update_party(
        db,
        staff.police,
        case_id,
        victim.id,
        edit,
        version=version,
        person_version=view.party(PartyRole.VICTIM).person_version,
    )
    victim = case_file.load_case(db, staff.police, case_id).party(PartyRole.VICTIM)
    assert victim.number_kind == NumberKind.NONE and victim.identity_text == "1992"


def test_bad_personnummer_names_the_field(db, staff):
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    victim = view.party(PartyRole.VICTIM)
    edit = replace(case_file.party_edit_from(victim), identity="19850314-2380")
    with pytest.raises(ValidationError) as info:
        case_file.update_party(
            db,
            staff.police,
            case_id,
            victim.id,
            edit,
            version=view.version,
            person_version=victim.person_version,
        )
    assert info.value.problems[0].field == "personnummer"
    assert "kontrollsiffran" in info.value.message()


def test_newest_risk_and_reassessment_reminder_respect_secrecy(db, staff):
    case_id = make_case(db)
    add_assessment_as(
        db,
        staff.social,
        case_id,
        PartyRole.VICTIM,
        level=RiskLevel.HIGH,
        assessed_on=date(2026, 2, 1),
        reassess_on=date(2026, 3, 1),
    )
    add_assessment_as(
        db,
        staff.police,
        case_id,
        PartyRole.SUSPECT,
        level=RiskLevel.ELEVATED,
        assessed_on=date(2026, 1, 20),
        reassess_on=date(2026, 3, 17),
        endangers=False,
    )
    police = case_file.load_case(db, staff.police, case_id, today=date(2026, 3, 17))
    assert police.newest_risk.level == RiskLevel.ELEVATED  # the social one is not visible
    assert police.other_agency_assessments == 1
    assert [r.reassess_on for r in police.reassessments_due] == [date(2026, 3, 17)]
    social = case_file.load_case(db, staff.social, case_id, today=date(2026, 3, 16))
    assert social.newest_risk.level == RiskLevel.HIGH
    assert [r.reassess_on for r in social.reassessments_due] == [date(2026, 3, 1)]


def test_open_case_records_case_opened(db, staff):
    case_id = make_case(db)
    case_file.open_case(db, staff.police, case_id)
    assert _actions(db, case_id) == [("case_opened", None)]


def test_analyst_cannot_open_a_case_file(db, staff):
    case_id = make_case(db)
    with pytest.raises(UserError):
        case_file.load_case(db, staff.analyst, case_id)


# --- edits and concurrency --------------------------------------------------------------------


def test_update_case_saves_changed_fields_and_audits_names_only(db, staff):
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    edit = replace(
        view.edit(),
        custody=Custody.ARRESTED,
        custody_since=datetime(2026, 1, 11, 3, 0, tzinfo=UTC),
        focus_person=True,
    )
    new_version = case_file.update_case(db, staff.police, case_id, edit, version=view.version)
    assert new_version == view.version + 1
    again = case_file.load_case(db, staff.police, case_id)
    assert again.legal.custody == Custody.ARRESTED and again.focus_person
    assert again.updated_by_name == "Petra Polis"
    assert _actions(db, case_id)[-1] == (
        "updated",
        {"fields": ["custody", "custody_since", "focus_person"]},
    )
    # Saving the same values again changes nothing (no new version, no audit entry).
    assert (
        case_file.update_case(db, staff.police, case_id, edit, version=new_version) == new_version
    )
    assert len(_actions(db, case_id)) == 1


def test_stale_edit_from_a_second_workstation_is_refused_naming_who(db, staff):
    case_id = make_case(db)
    other = second_workstation(db)
    try:
        mine = case_file.load_case(db, staff.police, case_id)
        theirs = case_file.load_case(other, staff.social, case_id)
        case_file.update_case(
            other,
            staff.social,
            case_id,
            replace(
                theirs.edit(),
                custody=Custody.RELEASED,
                custody_since=datetime(2026, 1, 11, 3, 0, tzinfo=UTC),
                custody_until=datetime(2026, 1, 12, 14, 0, tzinfo=UTC),
            ),
            version=theirs.version,
        )
        stale_edit = replace(
            mine.edit(), contact_ban=ContactBan.ORDINARY, contact_ban_from=date(2026, 1, 12)
        )
        with pytest.raises(ConcurrentEditError) as info:
            case_file.update_case(db, staff.police, case_id, stale_edit, version=mine.version)
        assert info.value.changed_by == "Sara Socionom"
        assert "Sara Socionom" in info.value.message()
        assert str(today_local().year) in info.value.message()
        # Nothing of the stale edit landed, the other change stands.
        now = case_file.load_case(db, staff.police, case_id)
        assert now.legal.contact_ban == ContactBan.NONE
        assert now.legal.custody == Custody.RELEASED
        # Reloaded, the same edit goes through.
        case_file.update_case(
            db,
            staff.police,
            case_id,
            replace(
                now.edit(),
                **{"contact_ban": ContactBan.ORDINARY, "contact_ban_from": date(2026, 1, 12)},
            ),
            version=now.version,
        )
    finally:
        other.dispose()


@pytest.mark.parametrize(
    "action",
    ["police_report", "child", "party", "close"],
)
def test_every_case_edit_checks_the_version(db, staff, action):
    case_id = make_case(db)
    stale = case_file.load_case(db, staff.police, case_id)
    case_file.update_case(
        db, staff.social, case_id, replace(stale.edit(), focus_person=True), version=stale.version
    )
    victim = stale.party(PartyRole.VICTIM)
    calls = {
        "police_report": lambda: case_file.add_police_report(
            db, staff.police, case_id, "5000-K123456-26", version=stale.version
        ),
        "child": lambda: case_file.add_child(
            db,
            staff.police,
            case_id,
            ChildEdit("Lo", today_local().year - 4),
            version=stale.version,
        ),
        "party": lambda: case_file.update_party(
            db,
            staff.police,
            case_id,
            victim.id,
            replace(case_file.party_edit_from(victim), reachable=False),
            version=stale.version,
            person_version=victim.person_version,
        ),
        "close": lambda: case_file.close_case(
            db,
            staff.police,
            case_id,
            Outcome("yes", today_local() + timedelta(days=90)),
            version=stale.version,
        ),
    }
    with pytest.raises(ConcurrentEditError):
        calls[action]()


def test_adding_a_contact_does_not_make_an_open_case_edit_stale(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    view = case_file.load_case(db, staff.police, case_id)
    contacts.add_contact(
        db, staff.social, NewContact(case_id, parties[PartyRole.VICTIM][0], ago(minutes=3))
    )
    again = case_file.load_case(db, staff.police, case_id)
    assert again.version == view.version and again.last_contact_at is not None
    case_file.update_case(
        db,
        staff.police,
        case_id,
        replace(view.edit(), investigation=Investigation.OPEN),
        version=view.version,
    )


def test_legal_status_validation_names_fields(db, staff):
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    edit = replace(
        view.edit(),
        contact_ban=ContactBan.ORDINARY,
        contact_ban_from=date(2026, 2, 1),
        contact_ban_to=date(2026, 1, 1),
        custody=Custody.DETAINED,
        custody_since=None,
        assigned_police_id=staff.social.staff_id,  # a social worker as the police officer
    )
    with pytest.raises(ValidationError) as info:
        case_file.update_case(db, staff.police, case_id, edit, version=view.version)
    assert {p.field for p in info.value.problems} == {
        "kontaktförbud till",
        "frihetsberövande sedan",
        "ansvarig polis",
    }
    assert case_file.load_case(db, staff.police, case_id).version == view.version


def test_police_report_numbers(db, staff):
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    with pytest.raises(UserError) as info:
        case_file.add_police_report(db, staff.police, case_id, "K123456", version=view.version)
    assert info.value.field == "diarienummer"
    v = case_file.add_police_report(
        db, staff.police, case_id, "5000-k123456-25", version=view.version
    )
    with pytest.raises(UserError):
        case_file.add_police_report(db, staff.police, case_id, "5000-K123456-25", version=v)
    reports = case_file.load_case(db, staff.police, case_id).legal.police_reports
    assert [r.report_number for r in reports] == ["5000-K123456-25"]
    case_file.remove_police_report(db, staff.police, case_id, reports[0].id, version=v)
    assert case_file.load_case(db, staff.police, case_id).legal.police_reports == ()


# --- closing and reopening --------------------------------------------------------------------


def test_closing_requires_an_outcome_and_reopening_a_reason(db, staff):
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    with pytest.raises(ValidationError) as info:
        case_file.close_case(db, staff.police, case_id, Outcome(None, None), version=view.version)
    assert {p.field for p in info.value.problems} == {
        "upphörde våldet och hoten",
        "uppföljningsdatum",
    }
    follow_up = today_local() + timedelta(days=180)
    version = case_file.close_case(
        db, staff.police, case_id, Outcome("unknown", follow_up, " RVC "), version=view.version
    )
    closed = case_file.load_case(db, staff.police, case_id)
    assert closed.status.value == "closed" and closed.closed_on == today_local()
    assert closed.violence_stopped is None and closed.follow_up_on == follow_up
    assert closed.referred_on_to == "RVC"
    with pytest.raises(UserError):
        case_file.close_case(db, staff.police, case_id, Outcome("yes", follow_up), version=version)
    with pytest.raises(UserError) as info:
        case_file.reopen_case(db, staff.police, case_id, "  ", version=version)
    assert info.value.field == "skäl för att öppna igen"
    case_file.reopen_case(db, staff.police, case_id, "Nytt larm från grannar.", version=version)
    reopened = case_file.load_case(db, staff.police, case_id)
    assert reopened.status.value == "open" and reopened.closed_on is None
    assert reopened.reopen_reason == "Nytt larm från grannar."
    assert reopened.follow_up_on is None
    acts = [a for a, _ in _actions(db, case_id)]
    assert acts == ["case_closed", "case_reopened"]
    assert "grannar" not in json.dumps(_actions(db, case_id), ensure_ascii=False)


def test_outcome_yes_and_no_are_stored(db, staff):
    for n, (answer, stored) in enumerate((("yes", True), ("no", False))):
        case_id = make_case(
            db,
            number=f"IGOR-2026-010{n}",
            victim=(f"V{n}", "X", None),
            suspect=(f"S{n}", "X", None),
        )
        view = case_file.load_case(db, staff.social, case_id)
        case_file.close_case(
            db,
            staff.social,
            case_id,
            Outcome(answer, today_local() + timedelta(days=30)),
            version=view.version,
        )
        assert case_file.load_case(db, staff.social, case_id).violence_stopped is stored


def test_change_between_check_and_write_is_still_a_conflict(db, staff, backend, monkeypatch):
    """PostgreSQL: another workstation commits after our version check but before our UPDATE;
    the versioned UPDATE matches no row and the user gets ConcurrentEditError, not an
    overwrite. (SQLite serialises writers with BEGIN IMMEDIATE, so this cannot happen there, and
    on PostgreSQL every write takes the single writer lock first and the edit path's row lock
    (SELECT … FOR UPDATE): the other save would wait for ours. Both are switched off here to
    prove the StaleDataError safety net beneath them; tests/core/test_editing.py and
    tests/concurrency cover the locks themselves.)"""
    if backend != "postgresql":
        pytest.skip("SQLite write transactions start with BEGIN IMMEDIATE")
    from app.database import engine
    from app.services.core import editing

    monkeypatch.setattr(engine, "SINGLE_WRITER", False)
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    other = second_workstation(db)
    original = editing.load_for_edit

    raced = []

    def check_then_race(s, actor, model, cid, version, what, **kw):
        case = original(s, actor, model, cid, version, what, **kw)
        if raced or model is not case_file.Case:  # the other workstation's own save goes through
            return case
        raced.append(True)
        theirs = case_file.load_case(other, staff.social, cid)
        case_file.update_case(
            other, staff.social, cid, replace(theirs.edit(), focus_person=True),
            version=theirs.version,
        )  # fmt: skip
        return case

    monkeypatch.setattr(editing, "_for_update", lambda s: False)
    monkeypatch.setattr(editing, "load_for_edit", check_then_race)
    try:
        with pytest.raises(ConcurrentEditError) as info:
            case_file.update_case(
                db,
                staff.police,
                case_id,
                replace(view.edit(), investigation=Investigation.OPEN),
                version=view.version,
            )
        assert info.value.changed_by == "Sara Socionom"
    finally:
        monkeypatch.undo()
        other.dispose()
    now = case_file.load_case(db, staff.police, case_id)
    assert now.focus_person and now.legal.investigation == Investigation.NONE
