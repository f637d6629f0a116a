"""Consents open the other agency's notes in the timeline, and withdrawal closes them at once;
the hidden ones are shown only as a number. Editing is for the owning agency only."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.errors import AccessDenied, ConcurrentEditError, UserError, ValidationError
from app.models import AuditEntry, Disclosure
from app.models.enums import Channel, ConsentMethod, PartyRole, TalkKind
from app.services.cases import consents, contacts
from app.services.cases.consents import NewConsent
from app.services.cases.contacts import NewContact
from app.services.core.timeutil import today_local
from tests.case_helpers import ago, party_ids
from tests.factories import make_case

SECRET = "Hon berättade om hoten i telefon."


def _world(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    victim_party, victim_person = parties[PartyRole.VICTIM]
    contacts.add_contact(
        db,
        staff.social,
        NewContact(
            case_id,
            victim_party,
            ago(days=1),
            channel=Channel.HOME_VISIT,
            talk_kinds=frozenset({TalkKind.SAFETY_PLANNING}),
            note=SECRET,
        ),
    )
    contacts.add_contact(db, staff.police, NewContact(case_id, victim_party, ago(hours=2)))
    return case_id, victim_person


def test_police_see_the_social_note_only_while_consent_is_active(db, staff):
    case_id, victim = _world(db, staff)
    before = contacts.timeline(db, staff.police, case_id)
    assert [r.agency.value for r in before.rows] == ["police"]
    assert before.hidden_other_agency == 1 and before.total == 2
    assert SECRET not in repr(before)

    consent_id = consents.record_consent(
        db, staff.social, NewConsent(victim, today_local(), ConsentMethod.SIGNED, case_id=case_id)
    )
    during = contacts.timeline(db, staff.police, case_id)
    assert during.hidden_other_agency == 0
    social_row = next(r for r in during.rows if r.agency.value == "social")
    assert social_row.note == SECRET and not social_row.editable
    assert social_row.talk_kinds == {TalkKind.SAFETY_PLANNING}
    with db.read(system=True) as s:  # the view under consent left a disclosure trace
        assert s.execute(select(Disclosure.consent_id)).scalars().all() == [consent_id]

    row = consents.consents_for_case(db, staff.police, case_id)[0]
    consents.withdraw_consent(db, staff.police, consent_id, version=row.version)
    after = contacts.timeline(db, staff.police, case_id)
    assert [r.agency.value for r in after.rows] == ["police"]
    assert after.hidden_other_agency == 1


def test_consent_audit_follows_docs_secrecy(db, staff):
    case_id, victim = _world(db, staff)
    consent_id = consents.record_consent(
        db,
        staff.police,
        NewConsent(victim, today_local(), ConsentMethod.VERBAL, note="Muntligt i telefon"),
    )
    version = consents.consents_for_person(db, staff.police, victim)[0].version
    consents.withdraw_consent(db, staff.social, consent_id, version=version)
    with db.read(system=True) as s:
        rows = s.execute(
            select(
                AuditEntry.action, AuditEntry.record_type, AuditEntry.record_id, AuditEntry.details
            )
            .where(AuditEntry.action.like("consent_%"))
            .order_by(AuditEntry.id)
        ).all()
    assert [(a, t, i, json.loads(d)) for a, t, i, d in rows] == [
        ("consent_recorded", "consent", consent_id, {"person_id": victim, "method": "verbal"}),
        (
            "consent_withdrawn",
            "consent",
            consent_id,
            {
                "person_id": victim,
                "method": "verbal",
                "fields": ["withdrawn_at", "withdrawn_by_id"],  # the edit path's field names
            },
        ),
    ]


def test_consent_lists_active_and_withdrawn(db, staff):
    _case_id, victim = _world(db, staff)
    old = consents.record_consent(
        db, staff.social, NewConsent(victim, today_local() - timedelta(days=30), "signed")
    )
    consents.withdraw_consent(db, staff.social, old, version=1)
    new = consents.record_consent(db, staff.social, NewConsent(victim, today_local(), "verbal"))
    rows = consents.consents_for_person(db, staff.police, victim)
    assert [(r.id, r.active) for r in rows] == [(new, True), (old, False)]
    assert rows[1].withdrawn_by == "Sara Socionom" and rows[0].recorded_by == "Sara Socionom"
    assert consents.has_active_consent(db, staff.police, victim)
    with pytest.raises(UserError):
        consents.withdraw_consent(
            db, staff.social, old, version=rows[1].version
        )  # already withdrawn


def test_stale_withdrawal_and_bad_input(db, staff):
    _case_id, victim = _world(db, staff)
    cid = consents.record_consent(db, staff.social, NewConsent(victim, date(2026, 1, 2), "signed"))
    with pytest.raises(ConcurrentEditError):
        consents.withdraw_consent(db, staff.social, cid, version=99)
    with pytest.raises(ValidationError) as info:
        consents.record_consent(
            db, staff.social, NewConsent(victim, today_local() + timedelta(days=2), "signed")
        )
    assert info.value.problems[0].field == "lämnat den"


def test_a_consent_lets_read_never_change(db, staff):
    case_id, victim = _world(db, staff)
    consents.record_consent(db, staff.social, NewConsent(victim, today_local(), "signed"))
    social_row = next(
        r for r in contacts.timeline(db, staff.police, case_id).rows if r.agency.value == "social"
    )
    change = NewContact(case_id, social_row.party_id, social_row.occurred_at, note="ändrad")
    with pytest.raises(AccessDenied):
        contacts.update_contact(db, staff.police, social_row.id, change, version=social_row.version)
    with pytest.raises(AccessDenied):
        contacts.delete_contact(db, staff.police, social_row.id, version=social_row.version)
    assert SECRET in [r.note for r in contacts.timeline(db, staff.social, case_id).rows]


def test_own_contact_edit_and_delete_check_the_version(db, staff):
    case_id, _victim = _world(db, staff)
    row = contacts.timeline(db, staff.police, case_id).rows[0]
    changed = NewContact(
        case_id, row.party_id, row.occurred_at, channel=Channel.SMS, note="Skickade sms"
    )
    contacts.update_contact(db, staff.police, row.id, changed, version=row.version)
    with pytest.raises(ConcurrentEditError) as info:
        contacts.update_contact(db, staff.police, row.id, changed, version=row.version)
    assert info.value.changed_by == "Petra Polis"
    with pytest.raises(ConcurrentEditError):
        contacts.delete_contact(db, staff.police, row.id, version=row.version)
    fresh = contacts.timeline(db, staff.police, case_id).rows[0]
    assert fresh.channel == Channel.SMS and fresh.note == "Skickade sms"
    contacts.delete_contact(db, staff.police, fresh.id, version=fresh.version)
    assert [r.agency.value for r in contacts.timeline(db, staff.police, case_id).rows] == []


def test_contact_validation_names_fields(db, staff):
    case_id, _victim = _world(db, staff)
    other_case = make_case(
        db, number="IGOR-2026-0002", victim=("A", "B", None), suspect=("C", "D", None)
    )
    foreign_party = party_ids(db, other_case)[PartyRole.VICTIM][0]
    bad = NewContact(
        case_id,
        foreign_party,
        ago(days=-1),
        reached=False,
        held_as="  ",
        talk_kinds=frozenset({TalkKind.CHECK_IN}),
        staff_id=staff.social.staff_id,
    )
    with pytest.raises(ValidationError) as info:
        contacts.add_contact(db, staff.police, bad)
    assert {p.field for p in info.value.problems} == {
        "part",
        "tidpunkt",
        "roll",
        "samtalstyp",
        "medarbetare",
    }


def test_default_role_and_last_contact(db, staff):
    case_id, victim = _world(db, staff)
    consents.record_consent(db, staff.social, NewConsent(victim, today_local(), "signed"))
    rows = contacts.timeline(db, staff.social, case_id).rows
    assert {r.agency.value: r.held_as for r in rows} == {
        "police": contacts.default_held_as(staff.police.agency),
        "social": contacts.default_held_as(staff.social.agency),
    }
    assert "inte förhör" in contacts.default_held_as(staff.police.agency)
    from app.services.cases import case_file

    view = case_file.load_case(db, staff.police, case_id)
    assert view.last_contact_at == max(r.occurred_at for r in rows)
