# ruff: noqa: B023 -- each lambda runs (in race) within its own loop iteration
"""Issue 15 item 5: two imports of one case reference spelled differently ("RACE-1" and
"race-1 ") at the same instant created two cases, and every later import failed with a raw
KeyError. The reference is normalised into case_file.external_ref_key under a unique index
(migration d5_case_ref_key), and writes on PostgreSQL are serialised (app/database/engine.py)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from app.database import open_database
from app.models import Case
from app.models.enums import CaseSource
from app.services.excel.importer import import_workbook
from tests.concurrency.race import race
from tests.excel_helpers import save, workbook
from tests.factories import make_staff

TODAY = date(2026, 6, 1)


def _book(ref: str):
    return workbook(
        cases=[[ref, "Tips polis", "Nej", date(2026, 1, 5), "Södermalm"]],
        people=[[ref, "Våldsutsatt", 1985, "Ja", "Nej"]],
        contacts=[],
    )


def _cases(db, key: str) -> int:
    with db.read(system=True) as s:
        return s.execute(
            select(func.count()).select_from(Case).where(Case.external_ref_key == key)
        ).scalar_one()


def test_two_spellings_imported_at_once_make_one_case(pg_db, tmp_path):
    staff = make_staff(pg_db)
    twin = open_database(pg_db.engine.url.render_as_string(hide_password=False))
    try:
        for i in range(12):
            one = save(_book(f"RACE-{i}"), tmp_path / f"a{i}.xlsx")
            two = save(_book(f" race-{i} "), tmp_path / f"b{i}.xlsx")
            outcomes = race(
                [
                    lambda: import_workbook(pg_db, staff.lead, one, today=TODAY),
                    lambda: import_workbook(twin, staff.lead, two, today=TODAY),
                ]
            )
            assert [o.error for o in outcomes] == [None, None]
            assert sorted(o.value.cases_added for o in outcomes) == [0, 1]
            assert _cases(pg_db, f"race-{i}") == 1
        again = import_workbook(pg_db, staff.lead, one, today=TODAY)
        assert again.cases_added == 0
    finally:
        twin.dispose()


def test_the_database_refuses_a_second_case_with_the_same_normalised_reference(db):
    def add(number: str, ref: str, key: str) -> None:
        with db.write(system=True) as s:
            s.execute(
                insert(Case).values(
                    case_number=number,
                    external_ref=ref,
                    external_ref_key=key,
                    source=CaseSource.POLICE_TIP,
                    opened_on=date(2026, 1, 5),
                )
            )

    add("IGOR-2026-0001", "RACE-1", "race-1")
    with pytest.raises(IntegrityError):
        add("IGOR-2026-0002", "race-1 ", "race-1")


def test_older_data_with_two_spellings_imports_without_a_key_error(db, staff, tmp_path):
    """Data from before d5 may hold both spellings (the key only on the oldest): the import
    continues the oldest case instead of failing."""
    with db.write(system=True) as s:
        for n, ref, key in (("0001", "RACE-1", "race-1"), ("0002", "race-1 ", None)):
            s.execute(
                insert(Case).values(
                    case_number=f"IGOR-2026-{n}",
                    external_ref=ref,
                    external_ref_key=key,
                    source=CaseSource.POLICE_TIP,
                    opened_on=date(2026, 1, 5),
                )
            )
    result = import_workbook(
        db, staff.lead, save(_book("Race-1"), tmp_path / "b.xlsx"), today=TODAY
    )
    assert result.cases_added == 0
