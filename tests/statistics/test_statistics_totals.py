"""The running contact totals (stat_party_contacts, stat_contact_days; triggers of migration
c1_stat_summaries) always equal the contact rows they summarise — after inserts, edits, deletes,
a move to another party, cascades from a deleted case and retention — on both backends; and the
split of a period into whole UTC days and signed edge hours covers it exactly."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update

from app.models import Case, CaseParty, Contact, ContactDayCount, PartyContactTotals
from app.models.contact import TALK_COLUMNS
from app.models.enums import DIGITAL_CHANNELS, Agency, Channel, TalkKind
from app.services.ops import retention
from app.services.statistics import contacts as statistics_contacts
from app.services.statistics import figures as statistics
from tests import statistics_world as world

TALKS = list(TalkKind)


def _naive(ts: datetime | None) -> datetime | None:
    if ts is None:
        return None
    return ts.astimezone(UTC).replace(tzinfo=None) if ts.tzinfo else ts


def _expected(s):
    """The totals computed here from the contact rows, independently of the triggers."""
    parties: dict[int, dict] = {}
    days: Counter = Counter()
    rows = s.execute(
        select(
            Contact.party_id, Contact.case_id, Contact.occurred_at, Contact.reached,
            Contact.channel, Contact.staff_id, Contact.owner_agency,
            *[getattr(Contact, c) for c in TALK_COLUMNS.values()],
        )
    ).all()  # fmt: skip
    for party_id, case_id, at, reached, channel, staff_id, agency, *talks in rows:
        at = _naive(at)
        p = parties.setdefault(
            party_id,
            {"case_id": case_id, "contacts": 0, "first_at": at, "last_at": at,
             "first_reached_at": None, "reached": 0, "digital": 0, "failed": 0,
             **{f"t_{k.value}": 0 for k in TALKS}},
        )  # fmt: skip
        p["contacts"] += 1
        p["first_at"], p["last_at"] = min(p["first_at"], at), max(p["last_at"], at)
        if reached:
            first = p["first_reached_at"]
            p["first_reached_at"] = at if first is None else min(first, at)
            p["reached"] += 1
            p["digital"] += Channel(channel) in DIGITAL_CHANNELS
            for kind, flag in zip(TALKS, talks, strict=True):
                p[f"t_{kind.value}"] += bool(flag)
        else:
            p["failed"] += 1
        key = (at.date(), staff_id or 0, Agency(agency).value, Channel(channel).value, reached)
        days[key] += 1
    return parties, dict(days)


def _stored(s):
    t = PartyContactTotals.__table__
    parties = {}
    for row in s.execute(select(t)).mappings():
        row = dict(row)
        party_id = row.pop("party_id")
        for k in ("first_at", "last_at", "first_reached_at"):
            row[k] = _naive(row[k])
        parties[party_id] = row
    d = ContactDayCount.__table__
    days = {
        (r.day, r.staff_id, r.owner_agency, r.channel, bool(r.reached)): r.n
        for r in s.execute(select(d))
    }
    return parties, days


def assert_totals_match(db) -> None:
    with db.read(system=True) as s:
        expected, stored = _expected(s), _stored(s)
    assert stored[0] == expected[0]
    assert stored[1] == expected[1]


@pytest.fixture
def built(db, staff):
    return world.build(db, staff)


def test_the_world_built_through_the_models_has_matching_totals(db, built):
    assert_totals_match(db)
    with db.read(system=True) as s:
        n = s.execute(select(func.sum(ContactDayCount.n))).scalar_one()
        assert n == s.execute(select(func.count(Contact.id))).scalar_one() == 12


def test_edits_moves_and_deletes_keep_the_totals_exact(db, built):
    with db.write(system=True) as s:
        contacts = s.execute(select(Contact).order_by(Contact.id)).scalars().all()
        first, second, third = contacts[0], contacts[1], contacts[3]
        # The first contact of a party becomes a failed attempt a year later: its first and
        # first-reached times must be counted again, not just adjusted.
        first.occurred_at = first.occurred_at + timedelta(days=365)
        first.reached = False
        second.channel = Channel.MEETING
        second.set_talk_kinds({TalkKind.RISK_ASSESSMENT, TalkKind.INVESTIGATION})
        third.staff_id = None
        # Moved to the other party of the same case (victim → suspect).
        other = s.execute(
            select(CaseParty.id).where(
                CaseParty.case_id == third.case_id, CaseParty.id != third.party_id
            )
        ).scalar_one()
        third.party_id = other
    assert_totals_match(db)
    with db.write(system=True) as s:
        s.execute(delete(Contact).where(Contact.id == contacts[4].id))
        # An edit of the note alone changes no total (and fires no recount).
        s.execute(update(Contact).where(Contact.id == contacts[5].id).values(note="ny"))
        # One statement over several rows (PostgreSQL: one trigger call for all of them).
        s.execute(
            update(Contact)
            .where(Contact.case_id == built.case_ids["F"])
            .values(reached=False, channel=Channel.SMS)
        )
    assert_totals_match(db)


def test_a_deleted_case_takes_its_totals_with_it(db, built):
    case_a = built.case_ids["A"]
    with db.write(system=True) as s:
        s.execute(delete(Case).where(Case.id == case_a))  # cascades to parties and contacts
    assert_totals_match(db)
    with db.read(system=True) as s:
        assert not s.execute(
            select(PartyContactTotals).where(PartyContactTotals.case_id == case_a)
        ).first()


def test_retention_erasure_keeps_the_totals_exact(db, staff, built):
    retention.erase_cases(db, staff.lead, [built.case_ids["D"]], today=date(2040, 1, 1))
    assert_totals_match(db)


def test_a_failed_write_leaves_the_totals_as_they_were(db, built):
    with db.read(system=True) as s:
        before = _stored(s)
    with pytest.raises(RuntimeError), db.write(system=True) as s:
        s.execute(delete(Contact))
        raise RuntimeError("the user's action fails half-way")
    with db.read(system=True) as s:
        assert _stored(s) == before


# Random sequences of inserts, edits and deletes, checked against the contact rows after each
# transaction. The database persists across examples, so the state grows like real use.
_when = st.datetimes(datetime(2025, 12, 30), datetime(2026, 1, 3))
_op = st.one_of(
    st.tuples(
        st.just("insert"), st.integers(0, 9), _when, st.sampled_from(list(Channel)),
        st.booleans(), st.sets(st.sampled_from(TALKS)), st.sampled_from([None, 0, 1]),
    ),
    st.tuples(
        st.just("update"), st.integers(0, 99), _when, st.sampled_from(list(Channel)),
        st.booleans(), st.sets(st.sampled_from(TALKS)), st.sampled_from([None, 0, 1]),
    ),
    st.tuples(st.just("delete"), st.integers(0, 99)),
)  # fmt: skip


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(_op, min_size=1, max_size=6))
def test_random_writes_keep_the_totals_exact(db, staff, built, ops):
    actors = [staff.police, staff.social]
    with db.write(system=True) as s:
        parties = s.execute(select(CaseParty.id, CaseParty.case_id, CaseParty.person_id)).all()
        parties.sort()
        for op in ops:
            ids = s.execute(select(Contact.id).order_by(Contact.id)).scalars().all()
            if op[0] == "insert":
                _, p, when, channel, reached, talks, who = op
                party = parties[p % len(parties)]
                actor = actors[who or 0]
                contact = Contact(
                    case_id=party.case_id, party_id=party.id, subject_person_id=party.person_id,
                    owner_agency=actor.agency, staff_id=None if who is None else actor.staff_id,
                    occurred_at=when, channel=channel, reached=reached,
                )  # fmt: skip
                contact.set_talk_kinds(talks)
                s.add(contact)
            elif op[0] == "update" and ids:
                _, i, when, channel, reached, talks, who = op
                contact = s.get(Contact, ids[i % len(ids)])
                contact.occurred_at, contact.channel, contact.reached = when, channel, reached
                contact.set_talk_kinds(talks)
                contact.staff_id = None if who is None else actors[who].staff_id
            elif op[0] == "delete" and ids:
                s.delete(s.get(Contact, ids[op[1] % len(ids)]))
            s.flush()
    assert_totals_match(db)


# --- the period split -------------------------------------------------------------------------

_instant = st.datetimes(datetime(2025, 1, 1), datetime(2027, 1, 1)).map(
    lambda t: t.replace(second=0, microsecond=0)
)


@given(start=_instant, length=st.timedeltas(timedelta(0), timedelta(days=70)), probes=st.lists(
    _instant, max_size=30))  # fmt: skip
def test_split_days_covers_the_period_exactly(start, length, probes):
    end = start + length
    day_from, day_to, edges = statistics_contacts.split_days(start, end)
    for t in [*probes, start, end, end - timedelta(minutes=1), start - timedelta(minutes=1)]:
        counted = int(day_from <= t.date() < day_to)
        counted += sum(sign for a, b, sign in edges if a <= t < b)
        assert counted == int(start <= t < end), (t, day_from, day_to, edges)


def test_a_period_of_local_days_needs_only_an_hour_or_two_of_contact_rows():
    start, end = statistics.period_bounds(date(2026, 1, 1), date(2026, 6, 30))
    day_from, day_to, edges = statistics_contacts.split_days(start, end)
    assert (day_from, day_to) == (date(2026, 1, 1), date(2026, 7, 1))
    # 2025-12-31 23:00 UTC is local midnight in winter, 2026-06-30 22:00 UTC in summer.
    assert edges == [
        (datetime(2025, 12, 31, 23), datetime(2026, 1, 1), 1),
        (datetime(2026, 6, 30, 22), datetime(2026, 7, 1), -1),
    ]
    assert sum((b - a for a, b, _ in edges), timedelta()) == timedelta(hours=3)


# --- the migration --------------------------------------------------------------------------


def test_the_upgrade_sums_existing_contacts_and_the_downgrade_takes_it_all_back(empty_db_url):
    """A database with contacts from before c1_stat_summaries gets its totals from the upgrade;
    the downgrade removes tables, triggers and functions, and a second upgrade gives the same."""
    from alembic import command
    from sqlalchemy import inspect

    from app.database import open_database
    from app.database.migrate import alembic_config, upgrade_database
    from tests.factories import make_staff

    db = open_database(empty_db_url)
    try:
        # The world is written through today's models, so at head; going down to b9_stats_perf
        # leaves its contacts without totals or triggers, as a database from before c1 had.
        upgrade_database(db)
        world.build(db, make_staff(db))
        cfg = alembic_config()
        with db.engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "b9_stats_perf")  # no totals, no triggers yet
        upgrade_database(db)
        assert_totals_match(db)
        with db.engine.connect() as conn, conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "b9_stats_perf")
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert not {"stat_party_contacts", "stat_contact_days"} & tables
        with db.write(system=True) as s:  # no trigger left behind that would write to them
            s.execute(update(Contact).values(reached=False))
        upgrade_database(db)
        assert_totals_match(db)
        with db.read(system=True) as s:
            assert s.execute(select(func.sum(PartyContactTotals.failed))).scalar_one() == 12
    finally:
        db.dispose()
