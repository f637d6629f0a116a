"""The contact rule: a contact with the suspect needs an established contact with the victim,
support and protection offered, and no open assessment saying contact endangers her — counted
across agencies without reading the other agency's records. Otherwise a stated reason."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.models import AuditEntry, Contact
from app.models.enums import Channel, PartyRole
from app.services.cases import assessments, contacts
from app.services.cases.contacts import ContactRuleError, NewContact
from tests.case_helpers import add_assessment_as, ago, offer_support, party_ids
from tests.factories import add_contact, make_case


def _suspect_contact(case_id, parties, **kw) -> NewContact:
    return NewContact(
        case_id=case_id,
        party_id=parties[PartyRole.SUSPECT][0],
        occurred_at=ago(hours=1),
        channel=Channel.ARREST_TALK,
        **kw,
    )


def _contacts_in(db, case_id) -> list[Contact]:
    with db.read(system=True) as s:
        return list(s.execute(select(Contact).where(Contact.case_id == case_id)).scalars())


def _actions(db) -> list[tuple[str, dict | None]]:
    with db.read(system=True) as s:
        rows = s.execute(select(AuditEntry.action, AuditEntry.details).order_by(AuditEntry.id))
        return [(a, json.loads(d) if d else None) for a, d in rows]


def test_no_victim_contact_blocks_and_saves_nothing(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    status = contacts.contact_rule(db, staff.police, case_id)
    assert not status.clear
    assert status.unmet_codes() == ["no_victim_contact", "no_support_offered"]
    with pytest.raises(ContactRuleError) as info:
        contacts.add_contact(db, staff.police, _suspect_contact(case_id, parties))
    text = info.value.message()
    assert "ingen etablerad kontakt" in text and "stöd och skydd" in text
    assert "Ange ett skäl" in text
    assert _contacts_in(db, case_id) == []
    assert not any(a == "created" for a, _ in _actions(db))


def test_only_a_failed_attempt_with_the_victim_is_not_an_established_contact(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    offer_support(db, case_id)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=2), reached=False)
    add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=ago(days=1), reached=False)
    status = contacts.contact_rule(db, staff.police, case_id)
    assert status.unmet_codes() == ["no_victim_contact"]
    with pytest.raises(ContactRuleError):
        contacts.add_contact(db, staff.police, _suspect_contact(case_id, parties))


def test_reached_contact_without_support_offered_still_blocks(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=2))
    assert contacts.contact_rule(db, staff.police, case_id).unmet_codes() == ["no_support_offered"]
    with pytest.raises(ContactRuleError):
        contacts.add_contact(db, staff.police, _suspect_contact(case_id, parties))
    contacts.record_offered_support(
        db, staff.police, parties[PartyRole.VICTIM][0], ago(days=1).date()
    )
    assert contacts.contact_rule(db, staff.police, case_id).clear


def test_the_other_agencys_reached_contact_counts_and_clear_rule_needs_no_reason(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    offer_support(db, case_id)
    # The social worker reached the victim; no consent, so police cannot READ that contact ...
    add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=ago(days=3), note="HEMLIGT")
    assert contacts.timeline(db, staff.police, case_id).rows == ()
    # ... but it counts for the rule.
    status = contacts.contact_rule(db, staff.police, case_id)
    assert status.clear and status.victim_reached_contacts == 1
    new_id = contacts.add_contact(
        db, staff.police, _suspect_contact(case_id, parties), override_reason="onödigt skäl"
    )
    saved = {c.id: c for c in _contacts_in(db, case_id)}[new_id]
    assert saved.rule_override_reason is None  # a clear rule stores no reason
    assert not any(a == "contact_rule_overridden" for a, _ in _actions(db))


def test_open_endangering_assessment_of_the_other_agency_blocks_without_consent(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    offer_support(db, case_id)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=3))
    assessment = add_assessment_as(db, staff.social, case_id, PartyRole.VICTIM, endangers=True)
    # Police cannot read the social services' assessment (no consent) ...
    seen = assessments.assessments_for_case(db, staff.police, case_id)
    assert seen.rows == () and seen.hidden_other_agency == 1
    # ... and it still blocks the rule.
    status = contacts.contact_rule(db, staff.police, case_id)
    assert status.unmet_codes() == ["endangering_assessment"]
    assert "utsätta henne eller barnen" in "\n".join(status.unmet())
    assert "HEMLIG" not in "\n".join(status.unmet())
    with pytest.raises(ContactRuleError):
        contacts.add_contact(db, staff.police, _suspect_contact(case_id, parties))
    # Closing the assessment (by its owner) lifts the block.
    version = assessments.assessments_for_case(db, staff.social, case_id).rows[0].version
    assessments.close_assessment(db, staff.social, assessment, version=version)
    assert contacts.contact_rule(db, staff.police, case_id).clear
    contacts.add_contact(db, staff.police, _suspect_contact(case_id, parties))


def test_closed_or_not_endangering_assessments_do_not_block(db, staff):
    case_id = make_case(db)
    offer_support(db, case_id)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=3))
    add_assessment_as(db, staff.social, case_id, PartyRole.VICTIM, endangers=True, closed=True)
    add_assessment_as(db, staff.police, case_id, PartyRole.SUSPECT, endangers=False)
    assert contacts.contact_rule(db, staff.police, case_id).clear


def test_an_endangering_assessment_in_another_case_does_not_block_this_one(db, staff):
    case_a = make_case(db, number="IGOR-2026-0001")
    case_b = make_case(
        db,
        number="IGOR-2026-0002",
        victim=("Lena", "Ek", "199001012389"),
        suspect=("Per", "Ek", "198801019811"),
    )
    offer_support(db, case_b)
    add_contact(db, staff.police, case_b, PartyRole.VICTIM, when=ago(days=3))
    add_assessment_as(db, staff.social, case_a, PartyRole.VICTIM, endangers=True)
    assert contacts.contact_rule(db, staff.police, case_b).clear
    assert not contacts.contact_rule(db, staff.police, case_a).clear


@pytest.mark.parametrize("reason", [None, "", "   \n\t "])
def test_empty_reason_is_refused(db, staff, reason):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    with pytest.raises(ContactRuleError) as info:
        contacts.add_contact(
            db, staff.social, _suspect_contact(case_id, parties), override_reason=reason
        )
    assert info.value.field == "skäl"
    assert _contacts_in(db, case_id) == []


def test_stated_reason_lets_it_through_stored_and_audited_without_text(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    reason = "Han ringde själv från arresten och bad om samtal."
    new_id = contacts.add_contact(
        db, staff.social, _suspect_contact(case_id, parties), override_reason=f"  {reason} "
    )
    saved = _contacts_in(db, case_id)
    assert [c.id for c in saved] == [new_id]
    assert saved[0].rule_override_reason == reason
    overridden = [d for a, d in _actions(db) if a == "contact_rule_overridden"]
    assert overridden == [{"unmet": ["no_victim_contact", "no_support_offered"]}]
    assert reason not in json.dumps(_actions(db), ensure_ascii=False)


def test_case_without_a_victim_never_clears(db, staff):
    case_id = make_case(db, victim=None)
    status = contacts.contact_rule(db, staff.police, case_id)
    assert status.unmet_codes() == ["no_victim"]
    assert not status.has_victim


def test_contacts_with_the_victim_are_never_subject_to_the_rule(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    add_assessment_as(db, staff.social, case_id, PartyRole.VICTIM, endangers=True)
    contacts.add_contact(
        db,
        staff.police,
        NewContact(case_id, parties[PartyRole.VICTIM][0], ago(minutes=5)),
    )
    assert len(_contacts_in(db, case_id)) == 1


def test_planning_uses_the_same_check_inside_the_callers_transaction(db, staff):
    case_id = make_case(db)
    with db.write(actor=staff.police) as s, pytest.raises(ContactRuleError):
        contacts.require_contact_rule(s, case_id, "")
    with db.write(actor=staff.police) as s:
        status, reason = contacts.require_contact_rule(s, case_id, " akut ")
    assert not status.clear and reason == "akut"


def test_moving_a_contact_to_the_suspect_by_editing_applies_the_rule(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    cid = contacts.add_contact(
        db, staff.police, NewContact(case_id, parties[PartyRole.VICTIM][0], ago(minutes=30))
    )
    row = contacts.timeline(db, staff.police, case_id).rows[0]
    moved = NewContact(case_id, parties[PartyRole.SUSPECT][0], row.occurred_at)
    with pytest.raises(ContactRuleError):
        contacts.update_contact(db, staff.police, cid, moved, version=row.version)
    contacts.update_contact(
        db, staff.police, cid, moved, override_reason="akut", version=row.version
    )
    assert _contacts_in(db, case_id)[0].rule_override_reason == "akut"


def test_analyst_cannot_record_contacts(db, staff):
    case_id = make_case(db)
    parties = party_ids(db, case_id)
    with pytest.raises(UserError):
        contacts.add_contact(
            db, staff.analyst, NewContact(case_id, parties[PartyRole.VICTIM][0], ago(minutes=5))
        )
