"""The team's statistics for a period: the evaluation report's tables 2–4 at a button press.

Counting rules (see docs/statistics.md):
- a case counts if it was open at some time during the period (opened on or before the last day,
  not closed before the first day); a person counts if one of their counted cases does (a person
  is counted once per role); a contact counts if it happened within the period (local days,
  Europe/Stockholm). A person's interactions are their counted contacts in their counted cases;
  the per-month and per-staff tallies count every contact of the period;
- "interactions" are reached contacts (digital: phone, SMS, e-mail, video; physical: the rest);
  failed attempts are not interactions; talk kinds come from the reached contacts' talk flags;
- RVT/RVC: "already current" counts as yes.

Everything is computed in the database with GROUP BY. Per-person distributions come back as
histograms (value, number of people) from which min, max, mean and median are taken in Python;
no contact or person row is ever loaded. Medians follow `statistics.median` (the mean of the two
middle values for an even count).

Secrecy: numbers only, under `access.countable` (docs/secrecy.md, "What statistics may count
across agencies"). No content column (note, held_as, rule_override_reason, names, numbers,
addresses) is ever selected. The contact numbers come from the running totals the database
keeps (app.services.statistics.contacts); in PostgreSQL mode through numbers-only SECURITY
DEFINER functions, because row-level security would otherwise hide from a staff role the other
agency's contacts (and from an analyst all).

An empty set gives None (JSON null) for every share, median, mean, minimum and maximum over it;
counts are 0.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from time import perf_counter
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Column,
    Integer,
    String,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
    union_all,
)

from app.database import Database, DatabaseKind
from app.errors import AccessDenied, UserError
from app.models import (
    Case,
    CaseParty,
    Contact,
    PartyContactTotals,
    Person,
    StaffMember,
)
from app.models.enums import (
    DIGITAL_CHANNELS,
    Agency,
    CaseSource,
    CaseStatus,
    Channel,
    PartyRole,
    ReferralStatus,
    TalkKind,
)
from app.services.core.access import sees_content
from app.services.core.actor import Actor
from app.services.statistics.contacts import (
    COUNT_KEYS,
    MIN_GROUP,
    TALK_KEYS,
    PartyCounts,
    contact_counts,
    filled,
    large_enough,
    own_party_counts,
    party_counts,
    temporary,
)

logger = logging.getLogger(__name__)

LOCAL_TZ = ZoneInfo("Europe/Stockholm")
ROLES = (PartyRole.VICTIM, PartyRole.SUSPECT)
ROLE_KEYS = {PartyRole.VICTIM: "victims", PartyRole.SUSPECT: "suspects"}
TALK_KINDS = tuple(TalkKind)
SOURCES = tuple(CaseSource)
YES = (ReferralStatus.YES, ReferralStatus.ALREADY)
_DIGITAL = sorted(DIGITAL_CHANNELS)


# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Distribution:
    """A per-person figure summarised over people: from a histogram {value: number of people}."""

    min: int | None
    max: int | None
    mean: float | None
    median: float | None
    people_with_any: int  # people whose value is > 0
    people: int
    total: int

    @classmethod
    def from_histogram(cls, hist: Mapping[int, int]) -> Distribution:
        hist = {v: n for v, n in hist.items() if n > 0}
        people = sum(hist.values())
        if not people:
            return cls(None, None, None, None, 0, 0, 0)
        total = sum(v * n for v, n in hist.items())
        return cls(
            min=min(hist),
            max=max(hist),
            mean=total / people,
            median=histogram_median(hist),
            people_with_any=sum(n for v, n in hist.items() if v > 0),
            people=people,
            total=total,
        )

    @property
    def share_with_any(self) -> float | None:
        return self.people_with_any / self.people if self.people else None


def histogram_median(hist: Mapping[int, int]) -> float | None:
    """statistics.median of the multiset {value: count}, without expanding it."""
    n = sum(hist.values())
    if n == 0:
        return None
    values = sorted(v for v, c in hist.items() if c > 0)

    def nth(k: int) -> int:  # the k-th smallest (0-based)
        seen = 0
        for v in values:
            seen += hist[v]
            if k < seen:
                return v
        raise AssertionError("unreachable")

    if n % 2:
        return float(nth(n // 2))
    return (nth(n // 2 - 1) + nth(n // 2)) / 2


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class RoleFigures:
    role: PartyRole
    count: int
    birth_year: Distribution  # over people with a known birth year
    interactions: Distribution
    digital: int  # digital interactions of all people of the role
    failed_only: int
    talks: dict[TalkKind, Distribution]
    rvt: int
    rvc: int
    # The period's group is smaller than MIN_GROUP: the figures made of contacts (which mix
    # both agencies) are withheld; counts of people, birth years, RVT/RVC stay.
    suppressed: bool = False
    # The period's group is smaller than MIN_GROUP: the contact figures count only this
    # agency's contacts (the viewer's own), exactly.
    only_agency: Agency | None = None

    @property
    def digital_share(self) -> float | None:
        return _share(self.digital, self.interactions.total)

    @property
    def rvt_share(self) -> float | None:
        return _share(self.rvt, self.count)

    @property
    def rvc_started_share(self) -> float | None:
        return _share(self.rvc, self.count)

    def to_json(self) -> dict:
        by, inter = self.birth_year, self.interactions
        return (
            {
                "count": self.count,
                "birth_year": {"min": by.min, "max": by.max, "median": by.median},
                "interactions": {
                    "min": inter.min,
                    "max": inter.max,
                    "mean": inter.mean,
                    "median": inter.median,
                    "digital_share": self.digital_share,
                    "failed_only": self.failed_only,
                },
                "talks": {
                    kind.value: {
                        "min": d.min,
                        "max": d.max,
                        "median": d.median,
                        "share": d.share_with_any,
                    }
                    for kind, d in self.talks.items()
                },
                "rvt_share": self.rvt_share,
                "rvc_started_share": self.rvc_started_share,
            }
            | ({"contacts_suppressed": True} if self.suppressed else {})
            | ({"contacts_of_agency": self.only_agency.value} if self.only_agency else {})
        )


@dataclass(frozen=True)
class CaseFigures:
    count: int
    only_victim: int
    only_suspect: int
    with_children: int
    sources: dict[CaseSource, int]
    days_to_first_contact: Distribution  # over counted cases with a reached contact
    closed_with_outcome: int
    violence_stopped: int

    @property
    def children_share(self) -> float | None:
        return _share(self.with_children, self.count)

    def source_share(self, source: CaseSource) -> float | None:
        return _share(self.sources.get(source, 0), self.count)

    @property
    def violence_stopped_share(self) -> float | None:
        return _share(self.violence_stopped, self.closed_with_outcome)

    def to_json(self) -> dict:
        return {
            "count": self.count,
            "only_victim": self.only_victim,
            "only_suspect": self.only_suspect,
            "children_share": self.children_share,
            "source_shares": {s.value: self.source_share(s) for s in SOURCES},
            "days_to_first_contact_median": self.days_to_first_contact.median,
            "violence_stopped_share": self.violence_stopped_share,
        }


@dataclass(frozen=True)
class StaffTally:
    staff_id: int | None
    name: str  # the staff member's name (staff, not clients); "" when the contact has none
    agency: Agency
    reached: int
    failed: int


@dataclass(frozen=True)
class Statistics:
    date_from: date
    date_to: date
    cases: CaseFigures
    roles: dict[PartyRole, RoleFigures]
    all_count: int
    all_rvc: int
    # Reached contacts per month ("YYYY-MM") and channel, for the chart.
    monthly: dict[str, dict[Channel, int]] = field(default_factory=dict)
    staff: list[StaffTally] = field(default_factory=list)
    # Fewer than MIN_GROUP people had a contact in the period: the people's contact figures
    # are withheld, and the per-month and per-staff tallies hold only `own_agency`'s contacts
    # (None: an analyst, who has no own agency's contacts: none).
    small_group: bool = False
    own_agency: Agency | None = None

    @property
    def victims(self) -> RoleFigures:
        return self.roles[PartyRole.VICTIM]

    @property
    def suspects(self) -> RoleFigures:
        return self.roles[PartyRole.SUSPECT]

    @property
    def all_rvc_started_share(self) -> float | None:
        return _share(self.all_rvc, self.all_count)

    def agency_totals(self) -> dict[Agency, tuple[int, int]]:
        """(reached, failed) per agency."""
        out = {a: (0, 0) for a in Agency}
        for t in self.staff:
            r, f = out[t.agency]
            out[t.agency] = (r + t.reached, f + t.failed)
        return out

    def to_json(self) -> dict:
        """Exactly the object of the issue's contract (`igor-desk stats --json`)."""
        return {
            "period": {"from": self.date_from.isoformat(), "to": self.date_to.isoformat()},
            "cases": self.cases.to_json(),
            "victims": self.victims.to_json(),
            "suspects": self.suspects.to_json(),
            "all": {"count": self.all_count, "rvc_started_share": self.all_rvc_started_share},
        } | (
            {
                "small_group": {
                    "min_people": MIN_GROUP,
                    "own_agency_only": self.own_agency.value if self.own_agency else None,
                }
            }
            if self.small_group
            else {}
        )


# --- the period -------------------------------------------------------------------------------


def check_period(date_from: date | None, date_to: date | None) -> tuple[date, date]:
    if date_from is None:
        raise UserError("Fältet Från: ange ett datum (ÅÅÅÅ-MM-DD).")
    if date_to is None:
        raise UserError("Fältet Till: ange ett datum (ÅÅÅÅ-MM-DD).")
    if date_to < date_from:
        raise UserError(
            "Fältet Till: slutdatumet {to} ligger före startdatumet {start}.",
            to=date_to.isoformat(),
            start=date_from.isoformat(),
        )
    return date_from, date_to


def parse_date(value: str, field_name: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise UserError(
            "Fältet {field}: {value!r} är inget giltigt datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-31.",
            field=field_name,
            value=value,
        ) from None


def period_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """The period's local days as naive UTC datetimes [start, end), like contact.occurred_at."""

    def utc(d: date) -> datetime:
        local = datetime.combine(d, time(0, 0), tzinfo=LOCAL_TZ)
        return local.astimezone(UTC).replace(tzinfo=None)

    return utc(date_from), utc(date_to + timedelta(days=1))


# --- SQL building blocks ----------------------------------------------------------------------

_cf = Case.__table__
_cp = CaseParty.__table__
_p = Person.__table__
_c = Contact.__table__
_ps = PartyContactTotals.__table__


def stats_team(actor: Actor) -> int | None:
    """The team whose figures the actor sees: their own; every team (None) for an analyst
    granted it (aggregates only)."""
    return None if actor.all_teams_stats else actor.team_id


def _counted_case(date_from: date, date_to: date, team: int | None):
    counted = and_(
        _cf.c.opened_on <= date_to, or_(_cf.c.closed_on.is_(None), _cf.c.closed_on >= date_from)
    )
    return counted if team is None else and_(_cf.c.team_id == team, counted)


def _team_scope(s, db: Database, team: int | None) -> None:
    """PostgreSQL: the team the numbers-only statistics functions count. The server takes it
    from the login; only the database owner's own connection (tests, system tasks) is told."""
    if db.kind is DatabaseKind.POSTGRESQL:
        s.execute(
            text("SELECT set_config('igor.team', :t, true)"),
            {"t": "" if team is None else str(team)},
        )


def _ones(condition):
    return func.sum(case((condition, 1), else_=0))


def _month_bounds(date_from: date, date_to: date) -> list[tuple[str, datetime, datetime]]:
    """Each calendar month of the period (local time) as (YYYY-MM, start, end) in naive UTC."""
    out = []
    for key in _months(date_from, date_to):
        y, m = int(key[:4]), int(key[5:])
        first = max(date(y, m, 1), date_from)
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        last = min(nxt - timedelta(days=1), date_to)
        start, end = period_bounds(first, last)
        out.append((key, start, end))
    return out


def _days_between(later_ts, earlier_date):
    """SQLite: whole days from a date to the (UTC) day of a timestamp."""
    return cast(func.julianday(func.date(later_ts)) - func.julianday(earlier_date), Integer)


# --- the computation --------------------------------------------------------------------------


def compute(db: Database, actor: Actor, date_from: date, date_to: date) -> Statistics:
    """Every figure of the issue for the period (inclusive days). Any signed-in actor.

    The work is split in parts run side by side, each on its own connection, all seeing one
    snapshot (`Database.read_together`): the people's contacts (per-person counts, their
    histograms); who the people are (counts, birth years, RVT/RVC); the case figures and the
    per-month and per-staff tallies. The figures are those of one moment even while other
    workstations write."""
    date_from, date_to = check_period(date_from, date_to)
    start, end = period_bounds(date_from, date_to)
    t0 = perf_counter()
    timings: dict[str, float] = {}
    team = stats_team(actor)

    def timed(name, fn, *args):
        t = perf_counter()
        try:
            return fn(*args)
        finally:
            timings[name] = perf_counter() - t

    own = actor.agency if sees_content(actor) else None
    large = True

    def contacts(s):
        if large:
            return timed("contacts", _people_contacts, s, db, actor, date_from, date_to, start, end)
        if own is None:
            return _Histograms({}, {})
        return timed(
            "contacts", _people_contacts, s, db, actor, date_from, date_to, start, end, own
        )

    def people(s):
        return timed("people", _people_static, s, date_from, date_to, team)

    def cases_and_tallies(s):
        cases = timed("cases", _cases, s, db, date_from, date_to, team)
        return cases, timed("tallies", _tallies, s, db, actor, date_from, date_to, large, own)

    # PostgreSQL: three parts, the server does the work. SQLite: the work is ours and each
    # connection has its own page cache, so two (who the people are goes with the cases).
    pg = db.kind is DatabaseKind.POSTGRESQL
    with db.read_together(3 if pg else 2, actor=actor) as sessions:
        if pg:
            for s in sessions:
                # The per-person sort stays in memory; JIT compilation costs more (0.4 s) than
                # it saves on these short aggregates.
                s.execute(text("SET LOCAL work_mem = '64MB'"))
                s.execute(text("SET LOCAL jit = off"))
                _team_scope(s, db, team)
        # A period in which fewer than MIN_GROUP people had a contact: only the own agency's
        # contacts are counted (docs/secrecy.md, "Small numbers").
        large = timed("group", large_enough, sessions[-1], db, actor, start, end)
        if len(sessions) == 1:  # SQLite while a writer holds the lock: one part after another
            contact_hist, who = contacts(sessions[0]), people(sessions[0])
            cases, (monthly, staff) = cases_and_tallies(sessions[0])
        else:
            with ThreadPoolExecutor(max_workers=2, thread_name_prefix="statistics") as pool:
                contact_part = pool.submit(contacts, sessions[0])
                people_part = pool.submit(people, sessions[1]) if len(sessions) > 2 else None
                cases, (monthly, staff) = cases_and_tallies(sessions[-1])
                who = people_part.result() if people_part else people(sessions[-1])
                contact_hist = contact_part.result()
    roles = _role_figures(
        who, contact_hist, suppressed=not large and own is None, only=None if large else own
    )
    logger.info(
        "statistics computed: period %s..%s, %d cases in %.2f s (%s)",
        date_from, date_to, cases.count, perf_counter() - t0,
        ", ".join(f"{k} {v:.2f}" for k, v in timings.items()),
    )  # fmt: skip
    return Statistics(
        date_from, date_to, cases, roles, who.all_count, who.all_rvc, monthly, staff,
        small_group=not large, own_agency=own,
    )  # fmt: skip


def _rvt_rvc():
    return (
        func.max(case((_cp.c.rvt_status.in_(YES), 1), else_=0)).label("rvt"),
        func.max(case((_cp.c.rvc_status.in_(YES), 1), else_=0)).label("rvc"),
    )


def _per_person(pc: PartyCounts, date_from, date_to, team, *, outcome: bool = False):
    """One row per (person, role) of the counted cases, with their contact counts (`pc`: the
    per-party counts). For the anonymised export."""
    coalesced = {key: func.coalesce(func.sum(pc.values[key]), 0) for key in COUNT_KEYS}
    extra = []
    if outcome:  # 2: violence stopped in a closed case of theirs, 1: did not stop, 0: unknown
        closed = _cf.c.status == CaseStatus.CLOSED
        extra.append(
            func.max(
                case(
                    (and_(closed, _cf.c.violence_stopped.is_(True)), 2),
                    (and_(closed, _cf.c.violence_stopped.is_(False)), 1),
                    else_=0,
                )
            ).label("outcome")
        )
    return (
        select(
            _cp.c.person_id,
            _cp.c.role,
            func.max(_p.c.birth_year).label("birth_year"),
            *_rvt_rvc(),
            *[v.label(k) for k, v in coalesced.items()],
            *extra,
        )
        .select_from(pc.join(_counted_parties().join(_p, _p.c.id == _cp.c.person_id)))
        .where(_counted_case(date_from, date_to, team))
        # In the order of the (person_id, role) index: no sort.
        .group_by(_cp.c.person_id, _cp.c.role)
    )


def _counted_parties():
    return _cp.join(_cf, _cf.c.id == _cp.c.case_id)


@dataclass(frozen=True)
class _Histograms:
    hist: dict[tuple[str, str], dict[int, int]]  # (metric, role) -> {value: people}
    digital: dict[str, int]  # role -> digital interactions

    def of(self, metric: str, role: str) -> dict[int, int]:
        return self.hist.get((metric, role), {})


def _histograms(s, pp, passes, *, nonzero=(), digital_in=None) -> _Histograms:
    """Run one GROUP BY per pass over the per-person rows `pp` (columns of a CTE) in a single
    statement. A pass is a tuple of metrics (column names) grouped together: a joint histogram,
    split again here. Passes in `nonzero` group only rows with a value > 0 (the zeros are the
    rest of the role's people); `digital_in` also sums the digital interactions."""
    zero = literal(0)
    parts = []
    for group in passes:
        cols = [pp[m] for m in group]
        values = [c.label(f"v{i}") for i, c in enumerate(cols)]
        values += [zero.label(f"v{i}") for i in range(len(cols), 4)]
        digital = func.sum(pp.digital) if group == digital_in else zero
        q = select(
            literal(",".join(group)).label("metrics"),
            type_coerce(pp.role, String).label("role"),
            *values,
            func.count().label("n"),
            digital.label("digital"),
        )
        if group in nonzero:
            q = q.where(or_(*[c > 0 for c in cols]))
        # The numbers first, the role last: SQLite's sorter compares a leading integer fast.
        parts.append(q.group_by(*cols, pp.role))
    hist: dict[tuple[str, str], dict[int, int]] = {}
    digital_total: dict[str, int] = {}
    for metrics, role, v0, v1, v2, v3, n, digital in s.execute(union_all(*parts)).all():
        role_key = role.value if isinstance(role, PartyRole) else str(role)
        for metric, value in zip(metrics.split(","), (v0, v1, v2, v3), strict=False):
            bucket = hist.setdefault((metric, role_key), {})
            bucket[int(value)] = bucket.get(int(value), 0) + int(n)
        digital_total[role_key] = digital_total.get(role_key, 0) + int(digital or 0)
    return _Histograms(hist, digital_total)


@dataclass(frozen=True)
class _People:
    """Who the period's people are: per role the number, RVT and RVC; everyone once."""

    count: dict[str, int]
    rvt: dict[str, int]
    rvc: dict[str, int]
    birth_years: dict[str, dict[int, int]]  # role -> {birth year: people}
    all_count: int
    all_rvc: int


def _people_static(s, date_from, date_to, team) -> _People:
    """One row per person of the counted cases (grouped in the order of the person index, no
    sort), with a flag per role: the counts, RVT and RVC come from one scan of those rows, the
    birth years from one GROUP BY."""
    roles = {r.value: _cp.c.role == r for r in ROLES}
    yes = {"rvt": _cp.c.rvt_status.in_(YES), "rvc": _cp.c.rvc_status.in_(YES)}

    def flag(condition):
        return func.max(case((condition, 1), else_=0))

    people = (
        select(
            func.max(_p.c.birth_year).label("birth_year"),
            flag(yes["rvc"]).label("rvc_any"),
            *[flag(is_role).label(r) for r, is_role in roles.items()],
            *[
                flag(and_(is_role, yes[k])).label(f"{k}_{r}")
                for r, is_role in roles.items()
                for k in ("rvt", "rvc")
            ],
        )
        .select_from(_counted_parties().join(_p, _p.c.id == _cp.c.person_id))
        .where(_counted_case(date_from, date_to, team))
        .group_by(_cp.c.person_id)
        .cte("people")
        .prefix_with("MATERIALIZED")
    )
    pc = people.c
    names = [*roles, *[f"{k}_{r}" for r in roles for k in ("rvt", "rvc")]]
    totals = select(
        literal(None).label("birth_year"),
        func.count(),
        func.sum(pc.rvc_any),
        *[func.sum(pc[n]) for n in names],
    )
    by_year = (
        select(
            pc.birth_year,
            func.count(),
            literal(0),
            *[func.sum(pc[n]) if n in roles else literal(0) for n in names],
        )
        .where(pc.birth_year.is_not(None))
        .group_by(pc.birth_year)
    )
    count: dict[str, int] = {}
    rvt: dict[str, int] = {}
    rvc: dict[str, int] = {}
    years: dict[str, dict[int, int]] = {r: {} for r in roles}
    all_count = all_rvc = 0
    for year, n, rvc_any, *values in s.execute(union_all(totals, by_year)).all():
        by_name = dict(zip(names, (int(v or 0) for v in values), strict=True))
        if year is None:
            all_count, all_rvc = int(n), int(rvc_any or 0)
            for r in roles:
                count[r], rvt[r], rvc[r] = by_name[r], by_name[f"rvt_{r}"], by_name[f"rvc_{r}"]
            continue
        for r in roles:
            if by_name[r]:
                years[r][int(year)] = by_name[r]
    return _People(count, rvt, rvc, years, all_count, all_rvc)


# The people's contact counts (one row per person and role with a contact in the period; no
# id): the histogram passes read this small table (a quarter faster than a materialised CTE).
_people_contacts_tmp = temporary(
    "stat_people_contacts",
    Column("role", String),
    *[Column(k, Integer) for k in ("reached", "digital", *TALK_KEYS)],
)

_REACHED = ("reached",)
_TALK_PASSES = (tuple(TALK_KEYS[0:3]), tuple(TALK_KEYS[3:7]))


def _people_contacts(s, db, actor, date_from, date_to, start, end, only=None) -> _Histograms:
    """The contacts of the period's people: per role the histograms of interactions and of each
    talk kind over the people with at least one contact in the period (the others have zeros
    everywhere), and the digital interactions. `only`: that agency's contacts alone."""
    counts = (
        own_party_counts(s, only, start, end) if only else party_counts(s, db, actor, start, end)
    )
    with counts as pc:
        sums = {key: func.coalesce(func.sum(pc.values[key]), 0) for key in COUNT_KEYS}
        per_person = (
            select(_cp.c.person_id, _cp.c.role, *[v.label(k) for k, v in sums.items()])
            .select_from(pc.join(_counted_parties()))
            .where(_counted_case(date_from, date_to, stats_team(actor)), pc.present)
            .group_by(_cp.c.person_id, _cp.c.role)  # in index order: no sort
            .subquery("per_party_sums")
        )
        pp = per_person.c
        rows = select(pp.role, pp.reached, pp.digital, *[pp[k] for k in TALK_KEYS])
        passes = {"passes": [_REACHED, *_TALK_PASSES], "nonzero": _TALK_PASSES}
        if db.kind is DatabaseKind.POSTGRESQL:
            cte = rows.cte("contacts_per_person").prefix_with("MATERIALIZED")
            return _histograms(s, cte.c, **passes, digital_in=_REACHED)
        with filled(s, _people_contacts_tmp, rows) as table:
            return _histograms(s, table.c, **passes, digital_in=_REACHED)


def _role_figures(
    people: _People,
    contacts: _Histograms,
    *,
    suppressed: bool = False,
    only: Agency | None = None,
) -> dict[PartyRole, RoleFigures]:
    roles = {}
    for role in ROLES:
        r = role.value
        count = people.count.get(r, 0)
        if suppressed:
            empty = Distribution.from_histogram({})
            roles[role] = RoleFigures(
                role=role,
                count=count,
                birth_year=Distribution.from_histogram(people.birth_years.get(r, {})),
                interactions=empty,
                digital=0,
                failed_only=0,
                talks=dict.fromkeys(TALK_KINDS, empty),
                rvt=people.rvt.get(r, 0),
                rvc=people.rvc.get(r, 0),
                suppressed=True,
            )
            continue

        def with_zeros(hist: dict[int, int], count: int = count) -> dict[int, int]:
            """A histogram over some of the role's people, completed with the rest at 0."""
            nonzero = {v: n for v, n in hist.items() if v > 0}
            return {**nonzero, 0: count - sum(nonzero.values())} if count else {}

        reached = contacts.of("reached", r)
        roles[role] = RoleFigures(
            role=role,
            count=count,
            birth_year=Distribution.from_histogram(people.birth_years.get(r, {})),
            interactions=Distribution.from_histogram(with_zeros(reached)),
            digital=contacts.digital.get(r, 0),
            # Everyone in the contact histograms had a contact in the period: with no
            # interaction, they had failed attempts only.
            failed_only=reached.get(0, 0),
            talks={
                kind: Distribution.from_histogram(with_zeros(contacts.of(key, r)))
                for kind, key in zip(TALK_KINDS, TALK_KEYS, strict=True)
            },
            rvt=people.rvt.get(r, 0),
            rvc=people.rvc.get(r, 0),
            only_agency=only,
        )
    return roles


def _cases(s, db, date_from, date_to, team) -> CaseFigures:
    counted = _counted_case(date_from, date_to, team)
    closed_with_outcome = and_(
        _cf.c.status == CaseStatus.CLOSED, _cf.c.violence_stopped.is_not(None)
    )
    figures = [
        func.count(),
        _ones(_cf.c.has_children),
        _ones(closed_with_outcome),
        _ones(and_(closed_with_outcome, _cf.c.violence_stopped)),
        *[_ones(_cf.c.source == src) for src in SOURCES],
    ]
    # The parties' roles per case: one pass over the unique (case_id, role) index in case
    # order, each case looked up by its key (no materialised subquery, no automatic index).
    per_case = (
        select(
            func.max(case((_cp.c.role == PartyRole.VICTIM, 1), else_=0)).label("v"),
            func.max(case((_cp.c.role == PartyRole.SUSPECT, 1), else_=0)).label("s"),
        )
        .select_from(_counted_parties())
        .where(counted)
        .group_by(_cp.c.case_id)
        .subquery("roles_per_case")
    )
    only = select(
        literal(1).label("kind"),
        _ones(and_(per_case.c.v == 1, per_case.c.s == 0)),
        _ones(and_(per_case.c.s == 1, per_case.c.v == 0)),
        *[literal(0)] * (len(figures) - 2),
    )
    rows = dict(
        (int(kind), values)
        for kind, *values in s.execute(
            union_all(select(literal(0).label("kind"), *figures).where(counted), only)
        ).all()
    )
    count, children, closed_out, stopped, *by_source = (int(x or 0) for x in rows[0])
    only_v, only_s = (int(x or 0) for x in rows[1][:2])
    if db.kind is DatabaseKind.POSTGRESQL:  # the histogram, computed in the function
        fn = func.igor_stat_days_to_first_contact(date_from, date_to).table_valued(
            column("days", Integer), column("n", Integer), name="days_fn"
        )
        days_query = select(fn.c.days, fn.c.n)
    else:
        # One seek per case in the (case_id, first_reached_at) index of the party totals.
        first = (
            select(func.min(_ps.c.first_reached_at))
            .where(_ps.c.case_id == _cf.c.id)
            .scalar_subquery()
        )
        days = _days_between(first, func.coalesce(_cf.c.incident_date, _cf.c.opened_on))
        # GROUP BY 1: the subquery is evaluated once per case, not again for the grouping.
        days_query = select(days, func.count()).where(counted).group_by(text("1"))
    days_hist = {
        int(d): int(n)
        for d, n in s.execute(days_query).all()
        if d is not None  # cases without a reached contact
    }
    return CaseFigures(
        count=count,
        only_victim=only_v,
        only_suspect=only_s,
        with_children=children,
        sources=dict(zip(SOURCES, by_source, strict=True)),
        days_to_first_contact=Distribution.from_histogram(days_hist),
        closed_with_outcome=closed_out,
        violence_stopped=stopped,
    )


def _tallies(s, db, actor, date_from, date_to, large: bool = True, own: Agency | None = None):
    """Reached contacts per month and channel; contacts per staff member and agency (the months
    partition the period, so the staff tallies are their sums). For a period whose group is
    smaller than MIN_GROUP (`large` false) only the `own` agency's contacts (the server gives a
    login role no others either)."""
    monthly: dict[str, dict[Channel, int]] = {m: {} for m in _months(date_from, date_to)}
    per_staff: dict[tuple[int | None, Agency], list[int]] = {}
    rows = s.execute(contact_counts(db, actor, _month_bounds(date_from, date_to))).all()
    for month, channel, staff_id, agency, reached, n in rows:
        if not large and (own is None or Agency(agency) is not own):
            continue
        if reached:
            by_channel = monthly[month]
            by_channel[Channel(channel)] = by_channel.get(Channel(channel), 0) + int(n)
        tally = per_staff.setdefault((staff_id, Agency(agency)), [0, 0])
        tally[0 if reached else 1] += int(n)
    # An hour taken away again (see split_days) can leave a zero behind.
    monthly = {m: {ch: n for ch, n in by.items() if n} for m, by in monthly.items()}
    per_staff = {key: tally for key, tally in per_staff.items() if any(tally)}
    ids = [sid for sid, _ in per_staff if sid is not None]
    names = (
        dict(
            s.execute(
                select(StaffMember.id, StaffMember.full_name).where(StaffMember.id.in_(ids))
            ).all()
        )
        if ids
        else {}
    )
    staff = sorted(
        (
            StaffTally(sid, names.get(sid, ""), agency, r, f)
            for (sid, agency), (r, f) in per_staff.items()
        ),
        key=lambda t: (t.agency.value, t.name, t.staff_id or 0),
    )
    return monthly, staff


def _months(date_from: date, date_to: date) -> Iterable[str]:
    y, m = date_from.year, date_from.month
    while (y, m) <= (date_to.year, date_to.month):
        yield f"{y:04d}-{m:02d}"
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


# --- the anonymised per-person rows and the audit of exports ----------------------------------


@dataclass(frozen=True)
class PersonRow:
    """One person (per role) of the period for evaluators: no id, name, number or address."""

    role: PartyRole
    birth_year: int | None
    interactions: int
    digital: int
    failed: int
    talks: dict[TalkKind, int]
    rvt: bool
    rvc: bool
    violence_stopped: bool | None  # outcome of a closed case of theirs; None: not recorded

    @property
    def physical(self) -> int:
        return self.interactions - self.digital


def may_export_per_person(actor: Actor) -> bool:
    """The per-person (pseudonymous) export is for the lead/administrator and the analyst who
    report to evaluators; caseworkers get the aggregate tables (docs/secrecy.md, small numbers)."""
    return actor.is_admin or actor.is_analyst


def anonymised_rows(db: Database, actor: Actor, date_from: date, date_to: date) -> list[PersonRow]:
    """Per-person rows, sorted by their own values (the order says nothing about ids or dates)."""
    if not may_export_per_person(actor):
        raise AccessDenied(
            "Den anonymiserade exporten med en rad per person kräver behörigheten "
            "gruppchef/administratör eller analytiker."
        )
    date_from, date_to = check_period(date_from, date_to)
    start, end = period_bounds(date_from, date_to)
    with db.read(actor=actor) as s:
        _team_scope(s, db, stats_team(actor))
        if not large_enough(s, db, actor, start, end):
            return []  # fewer than MIN_GROUP people: one row would be that person's contacts
        rows = _anonymised(s, db, actor, date_from, date_to, start, end)
    return _person_rows(rows)


def _anonymised(s, db, actor, date_from, date_to, start, end):
    with party_counts(s, db, actor, start, end) as pc:
        pp = _per_person(pc, date_from, date_to, stats_team(actor), outcome=True).subquery()
        rows = s.execute(
            select(
                pp.c.role,
                pp.c.birth_year,
                pp.c.reached,
                pp.c.digital,
                pp.c.failed,
                *[pp.c[k] for k in TALK_KEYS],
                pp.c.rvt,
                pp.c.rvc,
                pp.c.outcome,
            )  # fmt: skip
        ).all()
    return rows


def _person_rows(rows) -> list[PersonRow]:
    out = []
    for row in rows:
        role, by, reached, digital, failed, *rest = row
        talks = dict(zip(TALK_KINDS, (int(x) for x in rest[:7]), strict=True))
        rvt, rvc, outcome = rest[7:]
        out.append(
            PersonRow(
                role=PartyRole(role),
                birth_year=by,
                interactions=int(reached),
                digital=int(digital),
                failed=int(failed),
                talks=talks,
                rvt=bool(rvt),
                rvc=bool(rvc),
                violence_stopped={2: True, 1: False}.get(int(outcome)),
            )
        )
    out.sort(
        key=lambda p: (
            ROLES.index(p.role), p.birth_year or 0, p.interactions, p.digital, p.failed,
            tuple(p.talks.values()), p.rvt, p.rvc, {None: 0, False: 1, True: 2}[p.violence_stopped],
        )
    )  # fmt: skip
    return out


def record_export(
    db: Database, actor: Actor, result: Statistics, fmt: str, *, rows: int | None = None
) -> None:
    """Audit an export (or print-out) of statistics: format, period and size; no personal data."""
    from app.services.core import audit

    details = {
        "format": fmt,
        "from": result.date_from.isoformat(),
        "to": result.date_to.isoformat(),
        "cases": result.cases.count,
    }
    if rows is not None:
        details["rows"] = rows
    with db.write(actor=actor) as s:
        audit.record(s, actor, "exported", record_type="statistics", details=details)
