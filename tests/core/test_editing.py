"""The one edit path (app/services/core/editing.py), tried as two workstations would.

Two workstations are two Database handles, each with its own engine and connections, on the same
SQLCipher file or PostgreSQL database. Each loads the record; the first saves; the second save is
refused with ConcurrentEditError naming who saved first and when, and nothing the first saved is
overwritten — for every kind of versioned record, on both backends (the `db` fixture). Also: the
repeat victim (a person who is a party in two cases), the Lotsning tab's stale RVT/RVC dropdowns
(service and real widget), and two saves released together by a barrier on PostgreSQL.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import ConcurrentEditError
from app.models import AuditEntry, Person
from app.models.enums import (
    Agency,
    EventKind,
    Instrument,
    PartyRole,
    ReferralStatus,
    ReferralTarget,
    RiskLevel,
)
from app.services.cases import assessments, case_file, consents, contacts, referrals
from app.services.cases.assessments import NewAssessment
from app.services.cases.case_file import ChildEdit
from app.services.cases.contacts import NewContact
from app.services.cases.referrals import NewReferral
from app.services.scheduling import calendar as cal
from app.services.transports import planning as transports
from tests.case_helpers import (
    add_assessment_as,
    party_ids,
    second_workstation,
)
from tests.factories import add_contact, give_consent, make_case
from tests.transport_helpers import make_world, new_transport, plan_request, request

WHEN = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")  # the one time format


@dataclass
class Kind:
    """One kind of versioned record: who saves first, how each workstation loads it, saves its
    own change (1: the first workstation's, 2: the second's), and what is stored."""

    first: Any  # the actor saving first (named in the refusal)
    second: Any
    load: Callable[[Any], Any]
    save: Callable[[Any, Any, Any, int], Any]
    stored: Callable[[Any], Any]


def _case(db, staff) -> Kind:
    case_id = make_case(db)
    return Kind(
        staff.police,
        staff.social,
        lambda ws: case_file.load_case(ws, staff.police, case_id),
        lambda ws, actor, view, n: case_file.update_case(
            ws, actor, case_id, replace(view.edit(), district=f"Distrikt {n}"), version=view.version
        ),
        lambda ws: case_file.load_case(ws, staff.police, case_id).district,
    )


def _police_report(db, staff) -> Kind:
    case_id = make_case(db)
    return Kind(
        staff.police,
        staff.social,
        lambda ws: case_file.load_case(ws, staff.police, case_id),
        lambda ws, actor, view, n: case_file.add_police_report(
            ws, actor, case_id, f"5000-K11111{n}-25", version=view.version
        ),
        lambda ws: sorted(
            r.report_number
            for r in case_file.load_case(ws, staff.police, case_id).legal.police_reports
        ),
    )


def _child(db, staff) -> Kind:
    case_id = make_case(db)
    return Kind(
        staff.social,
        staff.police,
        lambda ws: case_file.load_case(ws, staff.police, case_id),
        lambda ws, actor, view, n: case_file.add_child(
            ws, actor, case_id, ChildEdit(f"Barn {n}", date.today().year - 3), version=view.version
        ),
        lambda ws: sorted(
            c.first_name for c in case_file.load_case(ws, staff.police, case_id).children
        ),
    )


def _closing(db, staff) -> Kind:
    case_id = make_case(db)
    outcome = {
        1: case_file.Outcome("yes", date.today() + timedelta(days=30)),
        2: case_file.Outcome("no", date.today() + timedelta(days=60)),
    }
    return Kind(
        staff.social,
        staff.police,
        lambda ws: case_file.load_case(ws, staff.police, case_id),
        lambda ws, actor, view, n: case_file.close_case(
            ws, actor, case_id, outcome[n], version=view.version
        ),
        lambda ws: case_file.load_case(ws, staff.police, case_id).violence_stopped,
    )


def _person(db, staff) -> Kind:
    case_id = make_case(db)

    def load(ws):
        view = case_file.load_case(ws, staff.police, case_id)
        return view, view.party(PartyRole.VICTIM)

    def save(ws, actor, loaded, n):
        view, party = loaded
        before = case_file.party_edit_from(party)
        return case_file.update_party(
            ws,
            actor,
            case_id,
            party.id,
            replace(before, phone=f"070-00000{n}"),
            version=view.version,
            person_version=party.person_version,
            loaded=before,
        )

    return Kind(
        staff.police,
        staff.lead,
        load,
        save,
        lambda ws: case_file.load_case(ws, staff.police, case_id).party(PartyRole.VICTIM).phone,
    )


def _contact(db, staff) -> Kind:
    case_id = make_case(db)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    contact_id = add_contact(
        db, staff.police, case_id, PartyRole.VICTIM, when=datetime.now(UTC) - timedelta(hours=2)
    )

    def load(ws):
        return next(r for r in contacts.timeline(ws, staff.police, case_id).rows)

    def save(ws, actor, row, n):
        return contacts.update_contact(
            ws,
            actor,
            contact_id,
            NewContact(case_id, victim, row.occurred_at, note=f"Anteckning {n}"),
            version=row.version,
        )

    return Kind(staff.lead, staff.police, load, save, lambda ws: load(ws).note)


def _assessment(db, staff) -> Kind:
    case_id = make_case(db)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    aid = add_assessment_as(db, staff.social, case_id, PartyRole.VICTIM)

    def load(ws):
        return assessments.assessments_for_case(ws, staff.social, case_id).rows[0]

    def save(ws, actor, row, n):
        level = RiskLevel.LOW if n % 2 else RiskLevel.ELEVATED
        new = NewAssessment(
            case_id, victim, Instrument.FREDA_DANGER, row.assessed_on, level, text=f"Text {n}"
        )
        return assessments.update_assessment(ws, actor, aid, new, version=row.version)

    return Kind(staff.social, staff.social, load, save, lambda ws: load(ws).level)


def _referral(db, staff) -> Kind:
    case_id = make_case(db)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    new = NewReferral(case_id, victim, ReferralTarget.RVC, date.today() - timedelta(days=2))
    rid = referrals.add_referral(db, staff.social, new)

    def load(ws):
        return referrals.referrals_for_case(ws, staff.social, case_id)[1][0]

    def save(ws, actor, row, n):
        changed = replace(new, outcome=f"Utfall {n}", outcome_on=date.today())
        return referrals.update_referral(ws, actor, rid, changed, version=row.version)

    return Kind(staff.police, staff.social, load, save, lambda ws: load(ws).outcome)


def _rvt_rvc(db, staff) -> Kind:
    case_id = make_case(db)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]

    def load(ws):
        statuses = referrals.referrals_for_case(ws, staff.social, case_id)[0]
        return next(s for s in statuses if s.party_id == victim)

    def save(ws, actor, status, n):
        value = {1: ReferralStatus.YES, 2: ReferralStatus.ALREADY}[n]
        return referrals.set_rvt_rvc(ws, actor, victim, version=status.version, rvt=value)

    return Kind(staff.social, staff.police, load, save, lambda ws: load(ws).rvt_status)


def _consent(db, staff) -> Kind:
    case_id = make_case(db)
    person = party_ids(db, case_id)[PartyRole.VICTIM][1]
    consent_id = give_consent(db, person, staff.social, given_on=date(2026, 1, 20))

    def load(ws):
        return consents.consents_for_person(ws, staff.social, person)[0]

    def save(ws, actor, row, n):
        at = datetime.now(UTC) - timedelta(hours=n)
        return consents.withdraw_consent(ws, actor, consent_id, version=row.version, at=at)

    def stored(ws):
        from app.models import Consent

        with ws.read(system=True) as s:
            c = s.get(Consent, consent_id)
            return c.withdrawn_by_id, c.withdrawn_at.replace(tzinfo=None).hour

    return Kind(staff.social, staff.police, load, save, stored)


def _event(db, staff) -> Kind:
    me = staff.police.staff_id
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=7)
    eid = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING, starts_at=start, ends_at=start + timedelta(hours=1),
            staff_ids=(me,), title="Samråd",
        ),
    )  # fmt: skip

    def load(ws):
        return cal.get_event(ws, staff.police, eid)

    def save(ws, actor, detail, n):
        return cal.move_event(ws, actor, eid, start + timedelta(hours=n), version=detail.version)

    return Kind(staff.social, staff.police, load, save, lambda ws: load(ws).starts_at - start)


def _event_update(db, staff) -> Kind:
    me = staff.police.staff_id
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=8)
    data = cal.EventInput(
        kind=EventKind.MEETING, starts_at=start, ends_at=start + timedelta(hours=1),
        staff_ids=(me,), title="Samråd",
    )  # fmt: skip
    eid = cal.create_event(db, staff.police, data)

    def load(ws):
        return cal.get_event(ws, staff.police, eid)

    def save(ws, actor, detail, n):
        return cal.update_event(
            ws, actor, eid, replace(data, title=f"Möte {n}"), version=detail.version
        )

    return Kind(staff.social, staff.police, load, save, lambda ws: load(ws).title)


def _event_delete(db, staff) -> Kind:
    """The first workstation moves, the second deletes what it loaded: refused, still there."""
    me = staff.police.staff_id
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=9)
    data = cal.EventInput(
        kind=EventKind.MEETING, starts_at=start, ends_at=start + timedelta(hours=1),
        staff_ids=(me,), title="Samråd",
    )  # fmt: skip
    eid = cal.create_event(db, staff.police, data)

    def save(ws, actor, detail, n):
        if n == 1:
            return cal.move_event(
                ws, actor, eid, start + timedelta(hours=2), version=detail.version
            )
        return cal.delete_event(ws, actor, eid, version=detail.version)

    return Kind(
        staff.social,
        staff.police,
        lambda ws: cal.get_event(ws, staff.police, eid),
        save,
        lambda ws: cal.get_event(ws, staff.police, eid).starts_at - start,
    )


def _event_held(db, staff) -> Kind:
    """The first workstation moves a past home visit, the second marks it held as loaded:
    refused, and no contact is recorded."""
    case_id = make_case(db)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    me = staff.police.staff_id
    past = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    eid = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.HOME_VISIT, starts_at=past, ends_at=past + timedelta(hours=1),
            staff_ids=(me,), case_id=case_id, party_ids=(victim,), title="Hembesök",
        ),
    )  # fmt: skip

    def save(ws, actor, detail, n):
        if n == 1:
            return cal.move_event(ws, actor, eid, past - timedelta(hours=2), version=detail.version)
        return cal.mark_held(ws, actor, eid, version=detail.version)

    def stored(ws):
        detail = cal.get_event(ws, staff.police, eid)
        return (
            detail.starts_at - past,
            detail.held,
            len(contacts.timeline(ws, staff.police, case_id).rows),
        )

    return Kind(
        staff.social, staff.police, lambda ws: cal.get_event(ws, staff.police, eid), save, stored
    )


def _transport(db, staff) -> Kind:
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)

    def load(ws):
        return transports.get(ws, staff.police, t.id)

    def save(ws, actor, row, n):
        return transports.update_request(
            ws, actor, t.id, request(w, notes=f"Anteckning {n}"), version=row.version
        )

    return Kind(staff.social, staff.social, load, save, lambda ws: load(ws).notes)


def _transport_status(db, staff) -> Kind:
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    t = transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )

    def load(ws):
        return transports.get(ws, staff.police, t.id)

    def save(ws, actor, row, n):
        if n == 1:
            return transports.change_status(
                ws, actor, t.id, "cancelled", version=row.version, reason="Inställt"
            )
        return transports.start(ws, actor, t.id, version=row.version)

    return Kind(staff.lead, staff.police, load, save, lambda ws: load(ws).status.value)


KINDS = {
    "case": _case,
    "police_report": _police_report,
    "child": _child,
    "closing": _closing,
    "person": _person,
    "contact": _contact,
    "assessment": _assessment,
    "referral": _referral,
    "rvt_rvc": _rvt_rvc,
    "consent": _consent,
    "event_move": _event,
    "event_update": _event_update,
    "event_delete": _event_delete,
    "event_held": _event_held,
    "transport": _transport,
    "transport_status": _transport_status,
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_second_workstation_is_refused_with_who_and_when(db, staff, kind):
    k = KINDS[kind](db, staff)
    other = second_workstation(db)
    try:
        mine, theirs = k.load(db), k.load(other)
        k.save(db, k.first, mine, 1)
        saved = k.stored(db)
        audit_before = _audit_count(db)
        with pytest.raises(ConcurrentEditError) as info:
            k.save(other, k.second, theirs, 2)
        assert info.value.changed_by == _name(db, k.first)
        assert WHEN.match(str(info.value.changed_at)), info.value.changed_at
        assert info.value.changed_by in info.value.message()
        assert k.stored(db) == saved  # nothing overwritten
        assert k.stored(other) == saved
        assert _audit_count(db) == audit_before  # nothing recorded for the refused save
    finally:
        other.dispose()


def _audit_count(db) -> int:
    from app.services.core import audit

    with db.read(system=True) as s:
        return audit.count_entries(s)


def _name(db, actor) -> str:
    from app.models import StaffMember

    with db.read(system=True) as s:
        return s.get(StaffMember, actor.staff_id).full_name


def test_edit_functions_take_the_version_as_a_keyword_and_return_the_new_one(db, staff):
    case_id = make_case(db)
    view = case_file.load_case(db, staff.police, case_id)
    with pytest.raises(TypeError):
        case_file.update_case(db, staff.police, case_id, view.version, view.edit())  # type: ignore[call-arg]
    new = case_file.update_case(
        db, staff.police, case_id, replace(view.edit(), district="Norr"), version=view.version
    )
    assert new == view.version + 1 == case_file.load_case(db, staff.police, case_id).version
    aid = add_assessment_as(db, staff.social, case_id, PartyRole.VICTIM)
    row = assessments.assessments_for_case(db, staff.social, case_id).rows[0]
    assert assessments.close_assessment(db, staff.social, aid, version=row.version) == (
        row.version + 1
    )


def test_the_audit_entry_lists_field_names_never_values(db, staff):
    k = _contact(db, staff)
    row = k.load(db)
    k.save(db, staff.police, row, 1)
    with db.read(system=True) as s:
        entry = (
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.record_type == "contact", AuditEntry.action == "updated")
                .order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
    assert entry.record_id == row.id and entry.staff_id == staff.police.staff_id
    assert "note" in json.loads(entry.details)["fields"] and "Anteckning" not in entry.details


# --- issue 15 item 3: the repeat victim and the Lotsning tab ----------------------------------


def _repeat_victim(db):
    """One person, the victim in two cases."""
    first = make_case(db, number="IGOR-2026-0001")
    second = make_case(db, number="IGOR-2026-0002", victim=None, suspect=("Per", "Ek", None))
    person_id = party_ids(db, first)[PartyRole.VICTIM][1]
    from app.models import CaseParty

    with db.write(system=True) as s:
        s.add(CaseParty(case_id=second, role=PartyRole.VICTIM, person_id=person_id))
    return first, second, person_id


def test_repeat_victim_edits_through_two_cases_do_not_revert_each_other(db, staff):
    """Her phone changed through case 1 and her name through case 2 (each form loaded before
    either save): the second save must neither put the old phone back nor pass silently."""
    first, second, person_id = _repeat_victim(db)
    other = second_workstation(db)
    try:
        view1 = case_file.load_case(db, staff.police, first)
        view2 = case_file.load_case(other, staff.social, second)
        p1, p2 = view1.party(PartyRole.VICTIM), view2.party(PartyRole.VICTIM)
        loaded1, loaded2 = case_file.party_edit_from(p1), case_file.party_edit_from(p2)
        case_file.update_party(
            db, staff.police, first, p1.id, replace(loaded1, phone="070-999 99 99"),
            version=view1.version, person_version=p1.person_version, loaded=loaded1,
        )  # fmt: skip
        with pytest.raises(ConcurrentEditError) as info:
            case_file.update_party(
                other, staff.social, second, p2.id, replace(loaded2, first_name="Marie"),
                version=view2.version, person_version=p2.person_version, loaded=loaded2,
            )  # fmt: skip
        assert info.value.changed_by == "Petra Polis"
        with db.read(system=True) as s:
            person = s.get(Person, person_id)
            assert (person.phone, person.first_name) == ("070-999 99 99", "Maria")
        # Reloaded, her name change goes through and keeps the new phone.
        view2 = case_file.load_case(other, staff.social, second)
        p2 = view2.party(PartyRole.VICTIM)
        loaded2 = case_file.party_edit_from(p2)
        case_file.update_party(
            other, staff.social, second, p2.id, replace(loaded2, first_name="Marie"),
            version=view2.version, person_version=p2.person_version, loaded=loaded2,
        )  # fmt: skip
        with db.read(system=True) as s:
            person = s.get(Person, person_id)
            assert (person.phone, person.first_name) == ("070-999 99 99", "Marie")
    finally:
        other.dispose()


def test_a_party_only_change_with_a_stale_person_saves_only_that_field(db, staff):
    """The form sends what the user changed: a change of the party's own field (reachable)
    with the person changed elsewhere saves that field and leaves the person as it is now."""
    first, second, person_id = _repeat_victim(db)
    view1 = case_file.load_case(db, staff.police, first)
    view2 = case_file.load_case(db, staff.police, second)
    p1, p2 = view1.party(PartyRole.VICTIM), view2.party(PartyRole.VICTIM)
    loaded1, loaded2 = case_file.party_edit_from(p1), case_file.party_edit_from(p2)
    case_file.update_party(
        db, staff.police, first, p1.id, replace(loaded1, phone="070-111 11 11"),
        version=view1.version, person_version=p1.person_version, loaded=loaded1,
    )  # fmt: skip
    case_file.update_party(
        db, staff.police, second, p2.id, replace(loaded2, reachable=False),
        version=view2.version, person_version=p2.person_version, loaded=loaded2,
    )  # fmt: skip
    after = case_file.load_case(db, staff.police, second).party(PartyRole.VICTIM)
    assert after.phone == "070-111 11 11" and after.reachable is False


def test_stale_lotsning_tab_does_not_revert_a_colleagues_change(db, staff):
    """Service level: the tab sends only the dropdown the user changed, with the party's
    version as loaded. A colleague set the victim's RVT; a stale tab changing the suspect's RVC
    leaves it, and a stale tab changing the victim's RVC is refused."""
    case_id = make_case(db)
    ids = party_ids(db, case_id)
    victim, suspect = ids[PartyRole.VICTIM][0], ids[PartyRole.SUSPECT][0]
    stale = {s.party_id: s for s in referrals.referrals_for_case(db, staff.social, case_id)[0]}
    referrals.set_rvt_rvc(
        db, staff.police, victim, version=stale[victim].version, rvt=ReferralStatus.YES
    )
    referrals.set_rvt_rvc(
        db, staff.social, suspect, version=stale[suspect].version, rvc=ReferralStatus.YES
    )
    with pytest.raises(ConcurrentEditError):
        referrals.set_rvt_rvc(
            db, staff.social, victim, version=stale[victim].version, rvc=ReferralStatus.YES
        )
    now = {s.party_id: s for s in referrals.referrals_for_case(db, staff.social, case_id)[0]}
    assert (now[victim].rvt_status, now[victim].rvc_status) == (
        ReferralStatus.YES,
        ReferralStatus.NO,
    )
    assert now[suspect].rvc_status == ReferralStatus.YES


def test_stale_lotsning_tab_widget_keeps_a_colleagues_change(db, staff, qtbot, monkeypatch):
    """The real widget: shown before a colleague sets the victim's RVT; the user then changes
    the suspect's RVC in the stale tab. The victim's RVT stays as the colleague set it."""
    from app.ui import messages
    from app.ui.cases.referrals_tab import ReferralsTab
    from app.ui.context import AppContext

    shown = []
    monkeypatch.setattr(messages, "user_error", lambda parent, exc: shown.append(exc))
    case_id = make_case(db)
    ids = party_ids(db, case_id)
    victim, suspect = ids[PartyRole.VICTIM][0], ids[PartyRole.SUSPECT][0]
    tab = ReferralsTab(AppContext(db=db, actor=staff.social))
    qtbot.addWidget(tab)
    tab.show_view(case_file.load_case(db, staff.social, case_id))

    colleague = second_workstation(db)
    try:
        loaded = referrals.referrals_for_case(colleague, staff.police, case_id)[0]
        version = next(s.version for s in loaded if s.party_id == victim)
        referrals.set_rvt_rvc(colleague, staff.police, victim, version=version, rvt="yes")
    finally:
        colleague.dispose()

    combos = {pid: (rvt, rvc) for pid, rvt, rvc in tab.status_combos}
    rvc = combos[suspect][1]
    rvc.setCurrentIndex(rvc.findData(ReferralStatus.ALREADY))
    assert not shown
    now = {s.party_id: s for s in referrals.referrals_for_case(db, staff.social, case_id)[0]}
    assert now[victim].rvt_status == ReferralStatus.YES  # not reverted to the screen's "no"
    assert now[suspect].rvc_status == ReferralStatus.ALREADY
    # Changing the victim's own dropdown in the stale tab is refused, with who and when.
    rvc = combos[victim][1]
    rvc.setCurrentIndex(rvc.findData(ReferralStatus.YES))
    assert len(shown) == 1 and isinstance(shown[0], ConcurrentEditError)
    assert shown[0].changed_by == "Petra Polis"
    now = {s.party_id: s for s in referrals.referrals_for_case(db, staff.social, case_id)[0]}
    assert (now[victim].rvt_status, now[victim].rvc_status) == (
        ReferralStatus.YES,
        ReferralStatus.NO,
    )


# --- two saves at the same instant (PostgreSQL) ------------------------------------------------


@pytest.mark.parametrize("kind", ["contact", "assessment", "referral", "consent", "case", "person"])
def test_two_saves_released_together_give_the_loser_a_concurrent_edit_error(
    db, staff, backend, kind
):
    """Separate connections, both loaded the same version, released by a barrier; repeated
    rounds. Exactly one save wins each round; the other gets ConcurrentEditError (never
    SQLAlchemy's StaleDataError or anything else)."""
    if backend != "postgresql":
        pytest.skip("SQLite serialises writers (BEGIN IMMEDIATE); PostgreSQL runs them at once")
    k = KINDS[kind](db, staff)
    stations = [second_workstation(db), second_workstation(db)]
    try:
        for round_ in range(8):
            loaded = [k.load(ws) for ws in stations]
            barrier = threading.Barrier(2)
            outcome: list[object] = [None, None]

            def run(i: int, barrier=barrier, outcome=outcome, loaded=loaded, round_=round_):
                barrier.wait()
                try:
                    # a change of its own each round (a save changing nothing is no conflict)
                    n = 10 * round_ + i + 1
                    outcome[i] = k.save(stations[i], (k.first, k.second)[i], loaded[i], n)
                except BaseException as exc:  # noqa: BLE001 - the test inspects what it was
                    outcome[i] = exc

            threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=60)
            errors = [o for o in outcome if isinstance(o, BaseException)]
            assert len(errors) == 1, outcome
            assert isinstance(errors[0], ConcurrentEditError), repr(errors[0])
            if kind == "consent":  # withdrawn once; nothing more to race about
                break
    finally:
        for ws in stations:
            ws.dispose()


def test_the_other_agencys_record_is_refused_before_the_version(db, staff):
    case_id = make_case(db)
    aid = add_assessment_as(db, staff.social, case_id, PartyRole.VICTIM)
    victim = party_ids(db, case_id)[PartyRole.VICTIM][0]
    new = NewAssessment(case_id, victim, Instrument.FREDA_DANGER, date.today(), RiskLevel.LOW)
    from app.errors import AccessDenied, UserError

    with pytest.raises(UserError) as info:  # not visible to the police at all without consent
        assessments.update_assessment(db, staff.police, aid, new, version=1)
    assert not isinstance(info.value, ConcurrentEditError)
    assert isinstance(info.value, AccessDenied) or "finns inte" in info.value.message()
    assert staff.police.agency is Agency.POLICE
