"""PostgreSQL mode: a staff member's own login role is under row-level security, which hides the
other agency's contacts (and from an analyst all contacts). The statistics still count every
contact — through the numbers-only functions of migration b5_statistics — while the contact rows
themselves stay hidden from that role."""

from __future__ import annotations

from sqlalchemy import text

from app.models import StaffMember
from app.models.enums import Agency
from app.services import statistics
from app.services.actor import Actor
from tests import statistics_world as world
from tests.factories import make_staff
from tests.pg_login import open_as


def _login_as(db, staff_id: int, agency: Agency):
    return open_as(db, staff_id, agency)


def test_police_analyst_role_counts_social_contacts_but_reads_none(pg_db):
    staff = make_staff(pg_db)
    world.build(pg_db, staff)
    with pg_db.write(system=True) as s:
        member = StaffMember(
            os_account="analys2",
            full_name="Polis Analytiker",
            agency=Agency.POLICE,
            is_caseworker=False,
            is_analyst=True,
        )
        s.add(member)
        s.flush()
        analyst = Actor.from_staff(member, account="analys2")
    for actor in (analyst, staff.police):
        role_db = _login_as(pg_db, actor.staff_id, actor.agency)
        try:
            got = statistics.compute(role_db, actor, world.FROM, world.TO)
            world.assert_json_close(got.to_json(), world.expected_json(), actor.full_name)
            assert got.agency_totals() == {Agency.POLICE: (4, 1), Agency.SOCIAL: (3, 1)}
            with role_db.engine.connect() as conn:  # the rows themselves stay hidden
                visible_social = conn.execute(
                    text("SELECT count(*) FROM contact WHERE owner_agency = 'social'")
                ).scalar_one()
                notes = conn.execute(
                    text("SELECT count(*) FROM contact WHERE note LIKE :n"),
                    {"n": f"%{world.NOTE_SECRET}%"},
                ).scalar_one()
            assert visible_social == 0
            assert notes == (0 if actor is analyst else 8)  # police reads its own 8 only
        finally:
            role_db.dispose()


def test_the_figures_do_not_depend_on_the_server_time_zone(pg_db):
    """Contact times are timestamptz; the period's bounds are passed as UTC instants and the
    first-contact day is taken in UTC, so a server set to another zone gives the same numbers."""
    staff = make_staff(pg_db)
    world.build(pg_db, staff)
    name = pg_db.engine.url.database
    with pg_db.engine.connect() as conn:
        conn.exec_driver_sql(f"ALTER DATABASE \"{name}\" SET TimeZone = 'America/Adak'")
        conn.commit()
    pg_db.engine.dispose()  # new connections pick the database's setting up
    with pg_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW TimeZone").scalar_one() == "America/Adak"
    got = statistics.compute(pg_db, staff.analyst, world.FROM, world.TO)
    world.assert_json_close(got.to_json(), world.expected_json())
