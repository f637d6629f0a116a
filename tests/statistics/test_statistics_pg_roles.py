"""PostgreSQL mode: a staff member's own login role is under row-level security, which hides the
other agency's contacts (and from an analyst all contacts). The statistics still count every
contact — through the numbers-only functions of migrations b5_statistics and c1_stat_summaries —
while the contact rows and the running totals themselves stay hidden from that role."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from app.models import StaffMember
from app.models.enums import Agency
from app.services.core.actor import Actor
from app.services.statistics import figures as statistics
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


def test_a_staff_role_keeps_the_totals_it_may_not_read(pg_db):
    """The totals are written by SECURITY DEFINER triggers whatever role writes the contact —
    also a police officer's own role, which cannot see the social services' contacts of the
    same party that the recount must include — and no staff role may read the totals."""
    import pytest
    from sqlalchemy import select
    from sqlalchemy.exc import ProgrammingError

    from app.models import CaseParty, Contact
    from app.models.enums import Channel, PartyRole
    from app.services.cases import contacts
    from tests.statistics.test_statistics_totals import assert_totals_match

    staff = make_staff(pg_db)
    built = world.build(pg_db, staff)
    case_a = built.case_ids["A"]
    with pg_db.read(system=True) as s:
        victim = s.execute(
            select(CaseParty.id).where(
                CaseParty.case_id == case_a, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
    role_db = _login_as(pg_db, staff.police.staff_id, Agency.POLICE)
    try:
        new = contacts.NewContact(
            case_id=case_a, party_id=victim, occurred_at=datetime(2026, 1, 7, 9)
        )
        contact_id = contacts.add_contact(role_db, staff.police, new)
        assert_totals_match(pg_db)
        with pg_db.read(system=True) as s:
            version = s.get(Contact, contact_id).version
        contacts.update_contact(role_db, staff.police, contact_id, contacts.NewContact(
                case_id=case_a, party_id=victim, occurred_at=datetime(2025, 11, 1, 9),
                channel=Channel.MEETING, reached=False,
            ), version=version)  # fmt: skip
        assert_totals_match(pg_db)  # the recount saw the social services' contacts too
        with pg_db.read(system=True) as s:
            version = s.get(Contact, contact_id).version
        contacts.delete_contact(role_db, staff.police, contact_id, version=version)
        assert_totals_match(pg_db)
        for table in ("stat_party_contacts", "stat_contact_days"):
            with role_db.engine.connect() as conn, pytest.raises(ProgrammingError):
                conn.execute(text(f"SELECT count(*) FROM {table}"))
    finally:
        role_db.dispose()
