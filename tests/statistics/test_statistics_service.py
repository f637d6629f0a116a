"""Statistics with known answers (tests/statistics_world.py computes them by hand)."""

from __future__ import annotations

import statistics as pystats
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, event

from app.errors import UserError
from app.models.enums import Agency, CaseSource, Channel, PartyRole
from app.services.statistics import figures as statistics
from tests import statistics_world as world
from tests.factories import add_contact, make_case


@pytest.fixture
def built(db, staff):
    return world.build(db, staff)


def test_every_figure_of_the_contract(db, staff, built):
    result = statistics.compute(db, staff.police, world.FROM, world.TO)
    world.assert_json_close(result.to_json(), world.expected_json())


def test_the_same_figures_for_every_role_including_the_analyst(db, staff, built):
    """Counting crosses the agencies (numbers only): no consent exists, yet the police officer,
    the social worker and the analyst all count every contact."""
    expected = world.expected_json()
    for actor in (staff.police, staff.social, staff.analyst, staff.lead):
        got = statistics.compute(db, actor, world.FROM, world.TO).to_json()
        world.assert_json_close(got, expected, actor.full_name)


def test_contacts_per_month_channel_staff_and_agency(db, staff, built):
    r = statistics.compute(db, staff.analyst, world.FROM, world.TO)
    assert r.monthly == {
        # D's call on 2026-01-10 counts here: a contact counts if it happened in the period,
        # although D (closed 2025-12-31) does not count as a case and V3 not as a person.
        "2026-01": {Channel.PHONE: 2, Channel.ARREST_TALK: 1},
        "2026-02": {Channel.HOME_VISIT: 1, Channel.VIDEO: 1, Channel.MEETING: 1},
        "2026-03": {Channel.PHONE: 1},  # the 00:30 local call on 1 April is outside
    }
    by_staff = {(t.name, t.agency): (t.reached, t.failed) for t in r.staff}
    assert by_staff == {
        ("Petra Polis", Agency.POLICE): (4, 1),  # home visit, meeting, S2 and V3 phone; V2 failed
        ("Sara Socionom", Agency.SOCIAL): (3, 1),  # V1 phone, S1 arrest, V4 video; V1 sms
    }
    assert r.agency_totals() == {Agency.POLICE: (4, 1), Agency.SOCIAL: (3, 1)}
    assert r.cases.sources[CaseSource.OTHER] == 0


def test_empty_period_gives_zero_counts_and_null_figures(db, staff, built):
    r = statistics.compute(db, staff.police, date(2020, 1, 1), date(2020, 12, 31)).to_json()
    assert r["cases"]["count"] == 0
    assert r["cases"]["children_share"] is None
    assert set(r["cases"]["source_shares"].values()) == {None}
    assert r["cases"]["days_to_first_contact_median"] is None
    assert r["cases"]["violence_stopped_share"] is None
    for role in ("victims", "suspects"):
        assert r[role]["count"] == 0
        assert r[role]["birth_year"] == {"min": None, "max": None, "median": None}
        assert r[role]["interactions"] == {
            "min": None,
            "max": None,
            "mean": None,
            "median": None,
            "digital_share": None,
            "failed_only": 0,
        }
        assert all(v == dict.fromkeys(v, None) for v in r[role]["talks"].values())
        assert r[role]["rvt_share"] is None and r[role]["rvc_started_share"] is None
    assert r["all"] == {"count": 0, "rvc_started_share": None}


def test_a_role_with_no_people(db, staff):
    case_id = make_case(db, suspect=None, opened_on=date(2026, 1, 10))
    add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=datetime(2026, 1, 11, 9))
    # One person in the period: fewer than the minimum group (contacts.MIN_GROUP), so only the
    # own agency's contacts count — the social worker's own contact is exact; the analyst (no
    # own agency) sees no contact figures (tests/statistics/test_statistics_small_groups.py).
    analyst = statistics.compute(db, staff.analyst, date(2026, 1, 1), date(2026, 1, 31)).to_json()
    assert analyst["victims"]["count"] == 1 and analyst["victims"]["contacts_suppressed"]
    r = statistics.compute(db, staff.social, date(2026, 1, 1), date(2026, 1, 31)).to_json()
    assert r["victims"]["count"] == 1
    assert r["victims"]["interactions"]["digital_share"] == 1.0
    assert r["suspects"]["count"] == 0
    assert r["suspects"]["interactions"]["median"] is None
    assert r["suspects"]["interactions"]["digital_share"] is None
    assert r["cases"]["only_victim"] == 1 and r["cases"]["only_suspect"] == 0


def test_a_person_in_two_cases_is_counted_once_per_role(db, staff):
    from app.models import CaseParty

    first = make_case(db, number="IGOR-2026-0001", suspect=None, opened_on=date(2026, 1, 2))
    with db.write(system=True) as s:
        from sqlalchemy import select

        from app.models import Case

        person_id = s.execute(
            select(CaseParty.person_id).where(CaseParty.case_id == first)
        ).scalar_one()
        second = Case(
            case_number="IGOR-2026-0002", source=CaseSource.BINR, opened_on=date(2026, 1, 5)
        )
        second.parties.append(CaseParty(role=PartyRole.VICTIM, person_id=person_id))
        s.add(second)
        s.flush()
        second_id = second.id
    add_contact(db, staff.police, first, PartyRole.VICTIM, when=datetime(2026, 1, 3, 9))
    add_contact(db, staff.police, second_id, PartyRole.VICTIM, when=datetime(2026, 1, 6, 9))
    r = statistics.compute(db, staff.police, date(2026, 1, 1), date(2026, 1, 31)).to_json()
    assert r["cases"]["count"] == 2
    assert r["victims"]["count"] == 1
    assert r["victims"]["interactions"]["max"] == 2  # both cases' contacts are hers
    assert r["all"]["count"] == 1


def test_a_case_open_before_and_closed_during_the_period_counts(db, staff, built):
    # Only B (closed 2026-01-15) and A, G overlap 2026-01-10..2026-01-14 besides nothing else.
    r = statistics.compute(db, staff.police, date(2026, 1, 10), date(2026, 1, 14))
    assert r.cases.count == 3  # A, B, G (D closed 2025-12-31, C and F opened later)
    assert r.cases.sources[CaseSource.BINR] == 1
    # A period starting the day after B closed no longer counts it.
    assert (
        statistics.compute(db, staff.police, date(2026, 1, 16), date(2026, 1, 20)).cases.count == 2
    )


def test_contacts_on_the_boundary_days_follow_swedish_local_time(db, staff, built):
    # 2026-03-31 22:30 UTC is 00:30 on 1 April in Stockholm: it belongs to April.
    april = statistics.compute(db, staff.police, date(2026, 4, 1), date(2026, 4, 30))
    assert april.suspects.interactions.total == 1
    march = statistics.compute(db, staff.police, date(2026, 3, 31), date(2026, 3, 31))
    assert march.suspects.interactions.total == 1


def test_no_contact_or_person_rows_are_loaded_into_python(db, staff, built):
    """The figures come from GROUP BY queries: every statement returns at most a histogram."""
    rows_seen: list[int] = []

    def after(conn, cursor, statement, parameters, context, executemany):
        del conn, statement, parameters, context, executemany
        if cursor.description:
            rows_seen.append(cursor.rowcount)

    event.listen(db.engine, "after_cursor_execute", after)
    try:
        statistics.compute(db, staff.police, world.FROM, world.TO)
    finally:
        event.remove(db.engine, "after_cursor_execute", after)
    # A handful of aggregate statements, not one per row: per session the profile check and the
    # snapshot, the two histogram statements, the case figures, days to first contact, the
    # per-month tallies and the staff names; on PostgreSQL also each session's team setting
    # (set_config, one row) and the small-group check (one row).
    assert 0 < len(rows_seen) <= 16


def test_bad_periods_are_refused_in_swedish(db, staff):
    with pytest.raises(UserError) as err:
        statistics.compute(db, staff.police, date(2026, 2, 1), date(2026, 1, 1))
    assert "Till" in err.value.message() and "före" in err.value.message()
    with pytest.raises(UserError) as err:
        statistics.parse_date("2026-02-30", "--from")
    assert "--from" in err.value.message() and "ÅÅÅÅ-MM-DD" in err.value.message()


@given(st.dictionaries(st.integers(-5, 60), st.integers(0, 6), max_size=12))
def test_histogram_median_matches_statistics_median(hist):
    expanded = [v for v, n in hist.items() for _ in range(n)]
    expected = float(pystats.median(expanded)) if expanded else None
    assert statistics.histogram_median(hist) == expected
    d = statistics.Distribution.from_histogram(hist)
    if expanded:
        assert (d.min, d.max) == (min(expanded), max(expanded))
        assert d.mean == pytest.approx(pystats.fmean(expanded))


def test_statistics_do_not_wait_for_a_writer_and_see_only_committed_data(db, staff, built):
    """Another workstation (or an import) holds a write transaction open: the statistics are
    computed at once, from the last committed state (SQLite: in one session instead of two)."""
    import time as clock

    from app.models import Contact

    with db.write(system=True) as s:  # SQLite: BEGIN IMMEDIATE, the write lock is held
        s.execute(delete(Contact))  # not committed while the statistics run
        s.flush()
        started = clock.perf_counter()
        result = statistics.compute(db, staff.analyst, world.FROM, world.TO)
        waited = clock.perf_counter() - started
        s.rollback()
    world.assert_json_close(result.to_json(), world.expected_json())
    assert waited < 5  # not the 10 s busy timeout
