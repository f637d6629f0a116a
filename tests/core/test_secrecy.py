"""Try to break agency secrecy through the ORM: every way a police officer could reach a
social-services record must be refused without consent, allowed with it, refused after withdrawal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import exists, func, select, text, update
from sqlalchemy.orm import aliased

from app.errors import AccessDenied
from app.models import Case, Contact, Disclosure, Letter, Note, RiskAssessment, StaffMember
from app.services.core import access
from tests.secrecy_helpers import SECRET, build_world, give_consent, withdraw_consent


def _probes(w) -> dict[str, Callable]:
    """Each probe returns something that contains SECRET (or a count of secret rows) if it leaks."""

    def note_entities(s):
        return [n.text for n in s.execute(select(Note)).scalars()]

    def note_columns(s):
        return list(s.execute(select(Note.text)).scalars())

    def contact_notes(s):
        return [c.note for c in s.execute(select(Contact)).scalars()]

    def assessments(s):
        return [r.text for r in s.execute(select(RiskAssessment)).scalars()]

    def letters(s):
        return [x.recipient for x in s.execute(select(Letter)).scalars()]

    def join_from_case(s):
        return [
            t for _, t in s.execute(select(Case.id, Note.text).join(Note, Note.case_id == Case.id))
        ]

    def aliased_entity(s):
        n = aliased(Note)
        return [x.text for x in s.execute(select(n).where(n.case_id == w.case_id)).scalars()]

    def session_get(s):
        note = s.get(Note, w.social_note)
        return [note.text] if note is not None else []

    def session_get_assessment(s):
        ra = s.get(RiskAssessment, w.social_assessment)
        return [ra.text] if ra is not None else []

    def count_query(s):
        n = s.execute(select(func.count(Note.id)).where(Note.owner_agency == "social")).scalar_one()
        return [SECRET] * n

    def count_select_from(s):
        n = s.execute(
            select(func.count()).select_from(Contact).where(Contact.owner_agency == "social")
        ).scalar_one()
        return [SECRET] * n

    def subquery_oracle(s):
        # Learning note content through a WHERE clause is reading it too.
        hit = s.execute(
            select(Case.id).where(
                exists().where(Note.case_id == Case.id, Note.text.like("%HEMLIG%"))
            )
        ).all()
        return [SECRET] * len(hit)

    def scalar_subquery(s):
        sub = select(func.min(Note.text)).where(Note.case_id == Case.id).scalar_subquery()
        return [v for v in s.execute(select(sub)).scalars() if v]

    return {k: v for k, v in locals().items() if callable(v) and k != "w"}


PROBES = list(_probes(None).keys())


def _leaks(db, actor, w, probe) -> bool:
    with db.read(actor=actor) as s:
        return any(SECRET in (v or "") for v in _probes(w)[probe](s))


@pytest.mark.parametrize("probe", PROBES)
def test_police_cannot_reach_social_records_without_consent(db, staff, probe):
    w = build_world(db, staff.police, staff.social)
    assert not _leaks(db, staff.police, w, probe)
    # The owner sees its own record through the very same query (the probe can find it).
    assert _leaks(db, staff.social, w, probe)
    consent = give_consent(db, w.victim_id, staff.social)
    assert _leaks(db, staff.police, w, probe)
    withdraw_consent(db, consent)
    assert not _leaks(db, staff.police, w, probe)


@pytest.mark.parametrize("probe", PROBES)
def test_analyst_and_anonymous_sessions_see_no_content(db, staff, probe):
    w = build_world(db, staff.police, staff.social)
    give_consent(db, w.victim_id, staff.social)
    assert not _leaks(db, staff.analyst, w, probe)  # analyst is social services, still nothing
    with db.read() as s:  # no actor, not system
        assert not any(SECRET in (v or "") for v in _probes(w)[probe](s))


def test_reverse_direction_social_cannot_read_police_notes(db, staff):
    w = build_world(db, staff.police, staff.social)
    with db.read(actor=staff.social) as s:
        assert s.get(Note, w.police_note) is None
    give_consent(db, w.victim_id, staff.police)
    with db.read(actor=staff.social) as s:
        assert s.get(Note, w.police_note).text == "polisens anteckning"


def test_consent_lets_read_but_never_change_the_other_agencys_records(db, staff):
    w = build_world(db, staff.police, staff.social)
    give_consent(db, w.victim_id, staff.social)
    with pytest.raises(AccessDenied), db.write(actor=staff.police) as s:
        s.get(Note, w.social_note).text = "ändrad av polisen"
    with pytest.raises(AccessDenied), db.write(actor=staff.police) as s:
        s.delete(s.get(Note, w.social_note))
    with pytest.raises(AccessDenied), db.write(actor=staff.police) as s:
        s.add(
            Note(
                case_id=w.case_id,
                owner_agency="social",
                subject_person_id=w.victim_id,
                text="förfalskad",
            )
        )
    with db.write(actor=staff.police) as s:  # a bulk UPDATE silently matches nothing
        s.execute(
            update(Note).where(Note.id == w.social_note).values(text="x"),
            execution_options={"synchronize_session": False},
        )
    with db.read(system=True) as s:
        assert s.get(Note, w.social_note).text == SECRET


def test_revocation_refuses_the_very_next_action(db, staff):
    build_world(db, staff.police, staff.social)
    with db.read(actor=staff.police) as s:
        s.execute(select(Note)).all()
    with db.write(system=True) as s:
        s.execute(
            update(StaffMember)
            .where(StaffMember.id == staff.police.staff_id)
            .values(revoked_at=func.now())
        )
    with pytest.raises(AccessDenied, match="spärrad"), db.read(actor=staff.police):
        pass
    with pytest.raises(AccessDenied, match="spärrad"), db.write(actor=staff.police):
        pass
    with db.read(actor=staff.social) as s:  # others carry on
        assert s.execute(select(Note)).all()


def test_every_disclosure_is_linked_to_its_consent(db, staff):
    w = build_world(db, staff.police, staff.social)
    consent = give_consent(db, w.victim_id, staff.social)
    with db.read(actor=staff.police) as s:
        s.execute(select(Note)).all()
        s.get(RiskAssessment, w.social_assessment)
    with db.read(actor=staff.police, disclosure_kind="letter") as s:
        s.get(Letter, w.social_letter)
    with db.read(actor=staff.social) as s:  # own records are no disclosure; police's are
        s.execute(select(Note)).all()
    rows = access.disclosures_under_consent(db, staff.lead, consent)
    got = {(r.record_type, r.record_id, r.kind, r.staff_id) for r in rows}
    assert got == {
        ("note", w.social_note, "view", staff.police.staff_id),
        ("risk_assessment", w.social_assessment, "view", staff.police.staff_id),
        ("letter", w.social_letter, "letter", staff.police.staff_id),
        ("note", w.police_note, "view", staff.social.staff_id),
    }
    assert {r.viewer_agency for r in rows if r.staff_id == staff.police.staff_id} == {"police"}
    withdraw_consent(db, consent)
    with db.read(actor=staff.police) as s:
        assert s.execute(select(Note).where(Note.owner_agency == "social")).all() == []
    with db.read(system=True) as s:
        assert s.execute(select(func.count(Disclosure.id))).scalar_one() == 4


def test_raw_sql_is_not_filtered_but_visible_to_helper_is(db, staff):
    """Documents the boundary: Core/raw SQL must apply access.visible_to itself."""
    w = build_world(db, staff.police, staff.social)
    t = Note.__table__
    with db.read(actor=staff.police) as s:
        assert s.execute(text("SELECT count(*) FROM note")).scalar_one() == 2
        q = select(t.c.text).where(access.visible_to(staff.police, Note))
        assert list(s.execute(q).scalars()) == ["polisens anteckning"]
    give_consent(db, w.victim_id, staff.social)
    with db.read(actor=staff.police) as s:
        q = select(func.count()).select_from(t).where(access.visible_to(staff.police, Note))
        assert s.execute(q).scalar_one() == 2
