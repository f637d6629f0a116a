"""Where the statistics get their contact numbers (app.services.statistics.figures uses these).

The contacts are summed in advance by the database (migration c1_stat_summaries, models in
app.models.statistics): per case party and per UTC day. A period of local days takes
- per case party: the party's totals when all its contacts lie within the period; a party with
  contacts on both sides of a boundary of the period is counted from its contact rows;
- per month, channel, staff member, agency: the day totals of the whole UTC days, plus or minus
  the contact rows of the hour or two between each end and the nearest UTC midnight.
On PostgreSQL all of it goes through the numbers-only SECURITY DEFINER functions (row-level
security hides contacts, and all of the totals, from the staff roles). Numbers only, under
`access.countable`; no content column is ever read.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    column,
    func,
    literal,
    not_,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)

from app.database import Database, DatabaseKind
from app.models import CaseParty, Contact, ContactDayCount, PartyContactTotals
from app.models.contact import TALK_COLUMNS
from app.models.enums import DIGITAL_CHANNELS, TalkKind
from app.services.core import access
from app.services.core.actor import Actor

TALK_KINDS = tuple(TalkKind)
TALK_KEYS = [f"t_{k.value}" for k in TALK_KINDS]
COUNT_KEYS = ["reached", "digital", "failed", *TALK_KEYS]
_DIGITAL = sorted(DIGITAL_CHANNELS)
_cp = CaseParty.__table__
_c = Contact.__table__
_ps = PartyContactTotals.__table__
_days = ContactDayCount.__table__

# Covering index of migration b5_statistics for counting a party's contacts of a period.
PARTY_INDEX = "ix_contact_stats_party"  # party_id, occurred_at, reached, channel, talk flags


def _utc(naive_utc: datetime) -> datetime:
    """PostgreSQL's columns are timestamptz: pass the instant, not a session-zone local time."""
    return naive_utc.replace(tzinfo=UTC)


def _party_count_columns(contact):
    """count(*) FILTER (WHERE …) per figure over contact rows (a quarter cheaper per row than
    sum(CASE …) on SQLite)."""
    reached = contact.c.reached
    return [
        func.count().filter(reached).label("reached"),
        func.count().filter(and_(reached, contact.c.channel.in_(_DIGITAL))).label("digital"),
        func.count().filter(not_(reached)).label("failed"),
        *[
            func.count().filter(and_(reached, contact.c[TALK_COLUMNS[k]])).label(key)
            for k, key in zip(TALK_KINDS, TALK_KEYS, strict=True)
        ],
    ]


@dataclass(frozen=True)
class PartyCounts:
    """Per case party, its contact counts in the period: `join(from_clause)` adds what is needed
    to a FROM that holds case_party; `values[key]` is then the party's count (NULL: none)."""

    join: Callable[[Any], Any]
    values: dict[str, Any]
    present: Any  # true for a party with at least one contact in the period


def temporary(name: str, *columns: Column) -> Table:
    """A SQLite TEMPORARY table of numbers for one computation: visible to this connection only,
    in memory (temp_store = MEMORY), dropped at the end (see `filled`)."""
    return Table(name, MetaData(), *columns, prefixes=["TEMPORARY"])


@contextmanager
def filled(s, table: Table, query):
    """Create `table`, fill it from `query`, yield it, and drop it whatever happens."""
    conn = s.connection()
    conn.execute(text(f"DROP TABLE IF EXISTS temp.{table.name}"))
    table.create(conn)
    try:
        conn.execute(table.insert().from_select([c.name for c in table.c], query))
        yield table
    finally:
        conn.execute(text(f"DROP TABLE temp.{table.name}"))


# The parties whose contacts straddle a boundary of the period, counted from their contact
# rows, keyed by party id so that the per-person join finds each by its key.
_straddling_tmp = temporary(
    "stat_straddling",
    Column("party_id", Integer, primary_key=True),
    *[Column(k, Integer) for k in COUNT_KEYS],
)


@contextmanager
def party_counts(s, db: Database, actor: Actor, start: datetime, end: datetime):
    """Per case party: reached, digital, failed and per talk kind for its contacts in [start, end).

    From the running totals (stat_party_contacts, kept by triggers): a party whose contacts all
    lie in the period contributes its totals; only a party with contacts on both sides of a
    boundary of the period is counted from its contact rows (an index seek per such party).
    The totals count every contact, as `access.countable` allows for every actor."""
    if db.kind is DatabaseKind.POSTGRESQL:
        fn = func.igor_stat_party_contacts(_utc(start), _utc(end)).table_valued(
            column("party_id", Integer), *[column(k, Integer) for k in COUNT_KEYS], name="pc_fn"
        )
        pc = select(*fn.c).subquery("pc")
        yield PartyCounts(
            join=lambda f: f.outerjoin(pc, pc.c.party_id == _cp.c.id),
            values={k: pc.c[k] for k in COUNT_KEYS},
            present=pc.c.party_id.is_not(None),
        )
        return
    inside = and_(_ps.c.first_at >= start, _ps.c.last_at < end)
    straddling_parties = select(_ps.c.party_id).where(
        _ps.c.first_at < end, _ps.c.last_at >= start, not_(inside)
    )
    straddling = (
        select(_c.c.party_id, *_party_count_columns(_c))
        .with_hint(_c, f"INDEXED BY {PARTY_INDEX}", "sqlite")
        .where(_c.c.party_id.in_(straddling_parties))
        .where(_c.c.occurred_at >= start, _c.c.occurred_at < end)
        .where(access.countable(actor, Contact))
        .group_by(_c.c.party_id)
    )
    with filled(s, _straddling_tmp, straddling) as tmp:
        yield PartyCounts(
            join=lambda f: f.outerjoin(_ps, and_(_ps.c.party_id == _cp.c.id, inside)).outerjoin(
                tmp, tmp.c.party_id == _cp.c.id
            ),
            values={k: func.coalesce(_ps.c[k], tmp.c[k]) for k in COUNT_KEYS},
            present=or_(_ps.c.party_id.is_not(None), tmp.c.party_id.is_not(None)),
        )


@contextmanager
def own_party_counts(s, agency, start: datetime, end: datetime):
    """Per case party: like `party_counts`, but only `agency`'s contacts, counted from the
    contact rows — for a period whose group is smaller than MIN_GROUP, where the party totals
    (both agencies) may not be shown. A staff login reads its own agency's rows anyway (RLS)."""
    own = (
        select(_c.c.party_id, *_party_count_columns(_c))
        .where(_c.c.occurred_at >= start, _c.c.occurred_at < end, _c.c.owner_agency == agency)
        .group_by(_c.c.party_id)
        .subquery("own_pc")
    )
    yield PartyCounts(
        join=lambda f: f.outerjoin(own, own.c.party_id == _cp.c.id),
        values={k: own.c[k] for k in COUNT_KEYS},
        present=own.c.party_id.is_not(None),
    )


def split_days(start: datetime, end: datetime):
    """[start, end) as whole UTC days [day_from, day_to), plus or minus the hours between each
    end and the UTC midnight nearest to it: returns (day_from, day_to, [(a, b, sign), ...]),
    where the contacts of each [a, b) are added (sign 1) or taken away (sign -1). A period of
    local days begins and ends at local midnight, one or two hours before UTC midnight, so the
    day totals do almost all the work. No whole day: day_from == day_to and [(start, end, 1)]."""

    def nearest_midnight(t: datetime) -> datetime:
        floor = datetime.combine(t.date(), time(0, 0))
        ceil = floor if t == floor else floor + timedelta(days=1)
        return floor if t - floor <= ceil - t else ceil

    first, last = nearest_midnight(start), nearest_midnight(end)
    if first >= last:
        return start.date(), start.date(), [(start, end, 1)] if start < end else []
    edges = []
    if start != first:
        edges.append((start, first, 1) if start < first else (first, start, -1))
    if end != last:
        edges.append((last, end, 1) if last < end else (end, last, -1))
    return first.date(), last.date(), edges


# The minimum group: a period in which fewer people than this had a contact (either agency)
# shows no figure made of the other agency's contacts (docs/secrecy.md, "Small numbers"). The
# server enforces the same number (migration e1_stat_small_groups).
MIN_GROUP = 5


def large_enough(s, db: Database, actor: Actor, start: datetime, end: datetime) -> bool:
    """Whether at least MIN_GROUP different people had a contact (either agency) in [start,
    end). Stops counting at MIN_GROUP; on PostgreSQL the server answers (yes or no only)."""
    if db.kind is DatabaseKind.POSTGRESQL:
        return bool(s.execute(select(func.igor_stat_large_enough(_utc(start), _utc(end)))).scalar())
    people = (
        select(_cp.c.person_id)
        .select_from(_c.join(_cp, _cp.c.id == _c.c.party_id))
        .where(_c.c.occurred_at >= start, _c.c.occurred_at < end)
        .where(access.countable(actor, Contact))
        .distinct()
        .limit(MIN_GROUP)
        .subquery("people")
    )
    return s.execute(select(func.count()).select_from(people)).scalar_one() >= MIN_GROUP


def contact_counts(db: Database, actor: Actor, months):
    """(month, channel, staff_id, owner_agency, reached, n) over the contacts of each month:
    its whole UTC days from the day totals (stat_contact_days, kept by triggers), the hours to
    the nearest UTC midnights from the contact rows (see `split_days`); the rows of a month and
    key add up to its count."""
    counted = [
        column("channel", String),
        column("staff_id", Integer),
        column("owner_agency", String),
        column("reached", Boolean),
        column("n", Integer),
    ]
    if db.kind is DatabaseKind.POSTGRESQL:
        # The server counts the whole period per local month (igor_stat_tally): a login role
        # cannot ask for a single day or hour, and gets only its own agency's rows when the
        # period's group is too small (e1_stat_small_groups).
        fn = func.igor_stat_tally(_utc(months[0][1]), _utc(months[-1][2])).table_valued(
            column("month", String), *counted, name="tally"
        )
        return select(*fn.c)
    parts = []
    for key, start, end in months:
        day_from, day_to, edges = split_days(start, end)
        month = literal(key).label("month")
        if day_from < day_to:
            parts.append(
                select(
                    month,
                    _days.c.channel,
                    func.nullif(_days.c.staff_id, 0),
                    _days.c.owner_agency,
                    _days.c.reached,
                    func.sum(_days.c.n),
                )
                .where(_days.c.day >= day_from, _days.c.day < day_to)
                .group_by(_days.c.channel, _days.c.staff_id, _days.c.owner_agency, _days.c.reached)
            )
        for a, b, sign in edges:
            parts.append(
                select(
                    month,
                    type_coerce(_c.c.channel, String),
                    _c.c.staff_id,
                    type_coerce(_c.c.owner_agency, String),
                    _c.c.reached,
                    func.count() * sign,
                )
                .where(_c.c.occurred_at >= a, _c.c.occurred_at < b)
                .where(access.countable(actor, Contact))
                .group_by(_c.c.channel, _c.c.staff_id, _c.c.owner_agency, _c.c.reached)
            )
    return union_all(*parts)
