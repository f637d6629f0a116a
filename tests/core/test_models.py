"""Constraints the database itself enforces, on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm.exc import StaleDataError

from app.models import Case, CaseParty, Person
from app.models.enums import CaseSource, PartyRole
from tests.factories import make_case


def test_case_numbers_are_unique(db):
    make_case(db, number="IGOR-2026-0001")
    with pytest.raises(IntegrityError):
        make_case(db, number="IGOR-2026-0001", victim=None, suspect=None)


def test_personnummer_is_unique_across_people(db):
    make_case(db, number="IGOR-2026-0001")
    with pytest.raises(IntegrityError):
        make_case(db, number="IGOR-2026-0002")  # same people, same personnummer


def test_a_case_has_at_most_one_victim(db):
    case_id = make_case(db, suspect=None)
    with pytest.raises(IntegrityError), db.write(system=True) as s:
        s.add(CaseParty(case_id=case_id, role=PartyRole.VICTIM, person=Person(first_name="X")))


def test_enum_values_outside_the_vocabulary_are_refused_by_the_database(db):
    with pytest.raises((IntegrityError, StatementError)), db.write(system=True) as s:
        s.execute(
            text(
                "INSERT INTO case_file (case_number, status, source, area, opened_on, "
                "has_children, investigation, contact_ban, custody, focus_person, version, "
                "updated_at, created_at) VALUES ('IGOR-2026-0009', 'open', 'gossip', 'inside', "
                "'2026-01-01', false, 'none', 'none', 'none', false, 1, '2026-01-01', "
                "'2026-01-01')"
            )
        )


def test_stale_update_from_another_workstation_is_detected(db):
    case_id = make_case(db)
    with db.read(system=True) as s:
        stale = s.get(Case, case_id)
    with db.write(system=True) as s:
        s.get(Case, case_id).focus_person = True
    with pytest.raises(StaleDataError), db.write(system=True) as s:
        mine = s.merge(stale, load=False)
        mine.district = "Farsta"


def test_deleting_a_case_removes_its_parties(db):
    case_id = make_case(db)
    with db.write(system=True) as s:
        s.delete(s.get(Case, case_id))
    with db.read(system=True) as s:
        assert s.execute(text("SELECT count(*) FROM case_party")).scalar_one() == 0
        assert s.execute(text("SELECT count(*) FROM person")).scalar_one() == 2


def test_case_requires_a_source(db):
    with pytest.raises((IntegrityError, StatementError)), db.write(system=True) as s:
        s.add(Case(case_number="IGOR-2026-0003", source=None, opened_on=date(2026, 1, 1)))
        s.flush()
    assert CaseSource.BINR.value == "binr"
