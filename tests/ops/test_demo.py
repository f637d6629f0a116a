"""The demo data generator: proportions, valid identity numbers, consistency, determinism."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from app.demo.generator import generate
from app.errors import UserError
from app.models import (
    CalendarEvent,
    Case,
    CaseNumberCounter,
    CaseParty,
    Child,
    Consent,
    Contact,
    Person,
    StaffMember,
    Transport,
)
from app.services.core.identity import parse_identity_number

TODAY = date(2026, 3, 15)
N = 300


@pytest.fixture
def demo(db):
    summary = generate(db, cases=N, seed=7, today=TODAY)
    return db, summary


def _rows(db, stmt):
    with db.read(system=True) as s:
        return s.execute(stmt).all()


def test_summary_and_proportions(demo):
    db, summary = demo
    assert summary.cases == N
    cases = [c for (c,) in _rows(db, select(Case))]
    assert len(cases) == N
    sources = Counter(c.source.value for c in cases)
    assert 0.36 < sources["police_tip"] / N < 0.58
    assert 0.20 < sources["own_identification"] / N < 0.42
    assert 0.07 < sources["binr"] / N < 0.22
    closed = [c for c in cases if c.status.value == "closed"]
    assert 0.40 < len(closed) / N < 0.80
    assert all(c.closed_on is not None and c.violence_stopped is not None for c in closed)
    stopped = sum(c.violence_stopped for c in closed) / len(closed)
    assert 0.55 < stopped < 0.85
    outside = [c for c in cases if c.area.value == "outside"]
    assert 0.04 < len(outside) / N < 0.18 and all(c.district for c in outside)
    with_children = [c for c in cases if c.has_children]
    assert 0.38 < len(with_children) / N < 0.62
    child_cases = {cid for (cid,) in _rows(db, select(Child.case_id))}
    assert child_cases == {c.id for c in with_children}

    roles = Counter()
    for case_id, role in _rows(db, select(CaseParty.case_id, CaseParty.role)):
        roles[case_id] += 1 if role.value == "victim" else 10
    only_victim = sum(1 for v in roles.values() if v == 1) / N
    only_suspect = sum(1 for v in roles.values() if v == 10) / N
    assert 0.16 < only_victim < 0.34
    assert 0.01 <= only_suspect < 0.11
    assert len(roles) == N  # every case has at least one party

    contacts = _rows(
        db,
        select(Contact.channel, Contact.reached, CaseParty.role).join(
            CaseParty, CaseParty.id == Contact.party_id
        ),
    )
    assert 7 * N < len(contacts) < 13 * N
    victim = [c for c in contacts if c.role.value == "victim"]
    digital = sum(1 for c in victim if c.channel.is_digital) / len(victim)
    assert 0.80 < digital < 0.92
    failed = sum(1 for c in contacts if not c.reached) / len(contacts)
    assert 0.10 < failed < 0.20
    assert summary.contacts == len(contacts)
    assert summary.events > 3 and summary.transports > 0 and summary.consents > 0


def test_identity_numbers_and_people(demo):
    db, _ = demo
    people = [p for (p,) in _rows(db, select(Person))]
    numbered = [p for p in people if p.personal_number]
    assert len(numbered) > 0.85 * len(people)
    for p in numbered:
        parsed = parse_identity_number(p.personal_number)
        assert parsed.value == p.personal_number
        assert parsed.kind == p.number_kind
        assert parsed.birth_year == p.birth_year
        assert p.personal_number[8:10] in ("98", "99")  # the demo's test range
        assert 1950 <= p.birth_year <= 2005
    assert any(p.number_kind.value == "samordningsnummer" for p in people)
    assert all(p.birth_year for p in people)
    assert all(p.phone is None or p.phone.startswith("070-174 06 ") for p in people)


def test_case_numbers_and_counter(demo):
    db, _ = demo
    numbers = [n for (n,) in _rows(db, select(Case.case_number))]
    assert len(set(numbers)) == len(numbers)
    counters = {r.year: r.last_serial for (r,) in _rows(db, select(CaseNumberCounter))}
    by_year = Counter(int(n.split("-")[1]) for n in numbers)
    assert counters == dict(by_year)
    for number, opened in _rows(db, select(Case.case_number, Case.opened_on)):
        assert number.startswith(f"IGOR-{opened.year}-")


def test_contacts_consistent_with_cases(demo):
    db, _ = demo
    rows = _rows(
        db,
        select(Contact, CaseParty, StaffMember)
        .join(CaseParty, CaseParty.id == Contact.party_id)
        .join(StaffMember, StaffMember.id == Contact.staff_id),
    )
    for contact, party, staff in rows:
        assert contact.case_id == party.case_id
        assert contact.subject_person_id == party.person_id
        assert contact.owner_agency == staff.agency
        if not contact.reached:
            assert not contact.talk_kinds()
    last = dict(
        _rows(db, select(Contact.case_id, func.max(Contact.occurred_at)).group_by(Contact.case_id))
    )
    for case_id, last_contact_at in _rows(db, select(Case.id, Case.last_contact_at)):
        assert _naive(last[case_id]) == _naive(last_contact_at)


def _naive(value):
    return value.replace(tzinfo=None) if value is not None else None


def test_staff_and_os_user_profile(demo):
    db, _ = demo
    accounts = {
        a: (ag, admin)
        for a, ag, admin in _rows(
            db, select(StaffMember.os_account, StaffMember.agency, StaffMember.is_admin)
        )
    }
    assert {"demo.polis1", "demo.soc1", "demo.analytiker", "demo.gruppchef"} <= set(accounts)
    assert accounts["testanvandare"][0].value == "police" and accounts["testanvandare"][1]
    # The program's own sign-in works on the demo database.
    from app.services.admin import profiles

    assert profiles.sign_in(db).os_account == "testanvandare"


def test_ids_continue_after_demo(demo):
    """New rows written the normal way get fresh ids (PostgreSQL sequences were reset)."""
    db, _ = demo
    with db.write(system=True) as s:
        person = Person(first_name="Ny", last_name="Person")
        s.add(person)
        s.flush()
        assert person.id > N
    assert _rows(db, select(func.count()).select_from(Consent))[0][0] > 0
    assert _rows(db, select(func.count()).select_from(CalendarEvent))[0][0] > 0
    assert _rows(db, select(func.count()).select_from(Transport))[0][0] > 0


def test_same_seed_same_data(db, tmp_path):
    from app.database import open_database
    from app.database.migrate import upgrade_database

    generate(db, cases=40, seed=11, today=TODAY)
    other = open_database(str(tmp_path / "other.db"))
    try:
        upgrade_database(other)
        generate(other, cases=40, seed=11, today=TODAY)

        def fingerprint(database):
            return (
                _rows(
                    database, select(Person.personal_number, Person.first_name).order_by(Person.id)
                ),
                _rows(
                    database,
                    select(Case.case_number, Case.source, Case.opened_on).order_by(Case.id),
                ),
                [
                    (r[0], r[1], _naive(r[2]))
                    for r in _rows(
                        database,
                        select(Contact.case_id, Contact.channel, Contact.occurred_at).order_by(
                            Contact.id
                        ),
                    )
                ],
            )

        assert fingerprint(db) == fingerprint(other)
    finally:
        other.dispose()


def test_refuses_database_with_cases(db):
    generate(db, cases=5, seed=1, today=TODAY)
    with pytest.raises(UserError) as info:
        generate(db, cases=5, seed=1, today=TODAY)
    assert "redan" in info.value.message()
    with db.read(system=True) as s:
        assert s.execute(select(func.count(Case.id))).scalar_one() == 5


def test_cli_demo(tmp_path, capsys):
    from app.cli import main

    path = tmp_path / "cli.db"
    assert main(["demo", "--cases", "20", "--db", str(path)]) == 0
    assert "20 ärenden" in capsys.readouterr().out
    assert main(["demo", "--cases", "20", "--db", str(path)]) == 2
    assert "redan" in capsys.readouterr().err
