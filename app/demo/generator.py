"""Realistic synthetic demo data, fast enough for 100,000 cases and a million contacts.

Everything is invented. Proportions follow the IGOR pilot (see /work/shared/DOMAIN.md).

Identity numbers: every personnummer/samordningsnummer has a valid Luhn check digit and a birth
number (individnummer) in 980-999. By our convention this is the demo's "test range"; it is the
range Skatteverket's published list of test personnummer is understood to use, but that list was
not available offline when this was written, so treat the claim as unverified. Phone numbers are
in 070-174 06 05 – 070-174 06 99, the range PTS sets aside for use in fiction.

Speed: rows are built as plain dicts with ids assigned here, converted to tuples and written in
chunks: with the DB-API's executemany on SQLite (values pre-formatted the way SQLAlchemy stores
them) and with COPY on PostgreSQL. One transaction for everything; no ORM object per row.
Deterministic per seed (and per `today`, which defaults to the current date).
"""

from __future__ import annotations

import logging
import random
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, func, select, text

from app.database import Database, DatabaseKind
from app.demo import vocab
from app.errors import UserError
from app.models import (
    Address,
    CalendarEvent,
    Case,
    CaseNumberCounter,
    CaseParty,
    Child,
    Consent,
    Contact,
    Person,
    PoliceReport,
    Referral,
    Resource,
    RiskAssessment,
    StaffMember,
    Transport,
    event_party,
    event_resource,
    event_staff,
    transport_crew,
)
from app.models.enums import Agency
from app.services.core.actor import os_account

logger = logging.getLogger(__name__)

BLOCK_CASES = 1000  # cases generated and written per block
FLUSH_ROWS = 10_000  # rows per executemany / COPY chunk


@dataclass(frozen=True)
class DemoSummary:
    cases: int
    people: int
    contacts: int
    events: int
    transports: int
    consents: int


# Tables written in this order (parents before children: SQLite checks foreign keys at once).
ORDER: list[Table] = [
    Person.__table__,
    Address.__table__,
    Case.__table__,
    CaseParty.__table__,
    Child.__table__,
    PoliceReport.__table__,
    Contact.__table__,
    Consent.__table__,
    RiskAssessment.__table__,
    Referral.__table__,
    CalendarEvent.__table__,
    event_staff,
    event_resource,
    event_party,
    Transport.__table__,
    transport_crew,
]
ID_TABLES = [t for t in ORDER if "id" in t.c] + [Resource.__table__]

STAFF = [
    # os_account, name, agency, title, admin, caseworker, analyst
    ("demo.gruppchef", "Lena Holm", Agency.POLICE, "Gruppchef, IGOR", True, True, False),
    ("demo.polis1", "Mikael Sandberg", Agency.POLICE, "Polisinspektör, IGOR", False, True, False),
    ("demo.polis2", "Sara Lindqvist", Agency.POLICE, "Polisassistent, IGOR", False, True, False),
    ("demo.polis3", "Ahmed Karimi", Agency.POLICE, "Polisassistent, IGOR", False, True, False),
    ("demo.polis4", "Johanna Berg", Agency.POLICE, "Polisinspektör, IGOR", False, True, False),
    ("demo.soc1", "Maria Eklund", Agency.SOCIAL, "Socialsekreterare, IGOR", False, True, False),
    ("demo.soc2", "Daniel Nowak", Agency.SOCIAL, "Socialsekreterare, IGOR", False, True, False),
    ("demo.analytiker", "Karin Wallin", Agency.SOCIAL, "Analytiker", False, False, True),
]
RESOURCES = [
    ("room", "Samtalsrum 1, polisstationen", "Polisstationen Södermalm"),
    ("room", "Samtalsrum 2, polisstationen", "Polisstationen Södermalm"),
    ("room", "Samtalsrummet, socialkontoret", "Södermalms stadsdelsförvaltning"),
    ("vehicle", "Civilbil 1 (Volvo V60)", "Polisstationen Södermalm"),
    ("vehicle", "Civilbil 2 (VW Passat)", "Polisstationen Södermalm"),
    ("vehicle", "Civilbil 3 (Kia Ceed)", "Polisstationen Södermalm"),
]

TALK_COLS = [
    "talk_support_violence",
    "talk_support_addiction",
    "talk_police_report",
    "talk_investigation",
    "talk_safety_planning",
    "talk_check_in",
    "talk_risk_assessment",
]


def luhn_digit(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


_CUMULATIVE: dict[int, tuple[list[Any], list[float], float, list]] = {}


def _weighted(rng: random.Random, table: list[tuple[Any, float]]) -> Any:
    """A value drawn with the given weights (cumulative weights cached per table)."""
    cached = _CUMULATIVE.get(id(table))
    if cached is None or cached[3] is not table:
        values, acc, total = [], [], 0.0
        for value, weight in table:
            total += weight
            values.append(value)
            acc.append(total)
        cached = _CUMULATIVE[id(table)] = (values, acc, total, table)
    values, acc, total, _ = cached
    return values[bisect_right(acc, rng.random() * total)]


class _Writer:
    """Buffers rows per table and writes them in chunks, backend-specifically."""

    def __init__(self, session, kind: DatabaseKind) -> None:
        self.conn = session.connection()
        self.kind = kind
        self.buffers: dict[str, list[dict]] = {t.name: [] for t in ORDER}
        self.tables = {t.name: t for t in ORDER}
        # Every column but updated_by_id (the edit path's "who saved it": none for demo data) and
        # team_id (the server default: the default team; benchmarks.make_teams_db clones it).
        skip = ("updated_by_id", "team_id")
        self.columns = {t.name: [c for c in t.columns if c.name not in skip] for t in ORDER}
        self.getters = {t.name: itemgetter(*[c.name for c in self.columns[t.name]]) for t in ORDER}
        self.counts: dict[str, int] = dict.fromkeys(self.buffers, 0)
        self.seconds: dict[str, float] = {}  # time spent writing, per table (for benchmarks)

    def add(self, table: str, row: dict) -> None:
        self.buffers[table].append(row)

    def flush_all(self) -> None:
        for table in ORDER:
            self.flush(table.name)

    def flush(self, name: str) -> None:
        rows = self.buffers[name]
        if not rows:
            return
        started = time.perf_counter()
        getter = self.getters[name]
        cols = ", ".join(c.name for c in self.columns[name])
        for start in range(0, len(rows), FLUSH_ROWS):
            chunk = [getter(r) for r in rows[start : start + FLUSH_ROWS]]
            if self.kind is DatabaseKind.POSTGRESQL:
                raw = self.conn.connection.driver_connection
                with raw.cursor() as cur, cur.copy(f"COPY {name} ({cols}) FROM STDIN") as copy:
                    for row in chunk:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" * len(self.columns[name]))
                self.conn.exec_driver_sql(f"INSERT INTO {name} ({cols}) VALUES ({marks})", chunk)
        self.counts[name] += len(rows)
        self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
        rows.clear()


class _Generator:
    def __init__(self, db: Database, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.now = datetime(today.year, today.month, today.day, 16, 0)
        self.sqlite = db.kind is DatabaseKind.SQLITE
        self.used_numbers: set[str] = set()
        self.ids: dict[str, int] = {}

    # -- value formatting: SQLite gets SQLAlchemy's storage format, PostgreSQL native values --
    def d(self, value: date | None):
        if value is None or not self.sqlite:
            return value
        return value.isoformat()

    def dt(self, value: datetime | None):
        """Naive UTC datetimes. PostgreSQL: the transaction runs with TIME ZONE 'UTC'."""
        if value is None or not self.sqlite:
            return value
        return value.isoformat(" ") + ".000000"

    def next_id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    # -- people --------------------------------------------------------------------------------
    def name(self, female: bool) -> tuple[str, str]:
        rng = self.rng
        other = rng.random() < 0.25  # share of names of non-Swedish origin
        if female:
            first = rng.choice(vocab.FEMALE_OTHER if other else vocab.FEMALE_SWEDISH)
        else:
            first = rng.choice(vocab.MALE_OTHER if other else vocab.MALE_SWEDISH)
        if other and rng.random() < 0.8:
            last = rng.choice(vocab.LAST_OTHER)
        else:
            last = rng.choice(vocab.LAST_SWEDISH)
        return first, last

    def identity(self, birth: date, female: bool, coordination: bool) -> str:
        rng = self.rng
        day = birth.day + (60 if coordination else 0)
        head = f"{birth.year:04d}{birth.month:02d}{day:02d}"
        for _ in range(30):
            # individnummer 98X/99X; the third digit is even for women, odd for men
            serial = rng.choice((98, 99)) * 10 + rng.randrange(0, 10, 2) + (0 if female else 1)
            nine = head[2:] + str(serial)
            number = head + str(serial) + str(luhn_digit(nine))
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number
        return ""  # this date is full; the caller tries another one

    def person(self, female: bool, birth_year_range: tuple[int, int], area_outside: str | None):
        rng = self.rng
        pid = self.next_id("person")
        first, last = self.name(female)
        number = None
        kind = "none"
        year = rng.randint(*birth_year_range)
        r = rng.random()
        if r < 0.03:
            kind = "none"  # birth year only
        else:
            coordination = r < 0.06
            for _attempt in range(8):
                birth = date(year, 1, 1) + timedelta(days=rng.randrange(365))
                number = self.identity(birth, female, coordination)
                if number:
                    kind = "samordningsnummer" if coordination else "personnummer"
                    break
                year = rng.randint(*birth_year_range)
            else:
                # The test range holds 10 numbers per birth date and sex; at several hundred
                # thousand cases it fills up, and the rest get a birth year only.
                number = None
        p = rng.random()
        if p < 0.018:
            protection = "sekretessmarkering"
        elif p < 0.027:
            protection = "skyddad_folkbokforing"
        elif p < 0.030:
            protection = "fingerade_personuppgifter"
        else:
            protection = "none"
        phone = f"070-174 06 {rng.randint(5, 99):02d}" if rng.random() < 0.85 else None
        if protection == "fingerade_personuppgifter":
            number, kind = None, "none"  # the fictitious identity's number is not recorded here
        stamp = self.dt(self.now)
        self.w.add(
            "person",
            {
                "id": pid,
                "first_name": first,
                "last_name": last,
                "personal_number": number,
                "number_kind": kind,
                "birth_year": year,
                "protection": protection,
                "phone": phone,
                "version": 1,
                "updated_at": stamp,
            },
        )
        if protection in ("none", "sekretessmarkering") and rng.random() < 0.93:
            if area_outside:
                street, postal = rng.choice(vocab.OUTSIDE_STREETS[area_outside])
            else:
                street, postal, lo, hi = rng.choice(vocab.AREA_STREETS)
                street = f"{street} {rng.randint(lo, hi)}"
            if area_outside:
                street = f"{street} {rng.randint(1, 80)}"
            self.w.add(
                "address",
                {
                    "id": self.next_id("address"),
                    "person_id": pid,
                    "street": street,
                    "postal_code": postal,
                    "city": "Stockholm",
                    "label": "folkbokförd",
                },
            )
        return pid, first, protection


def _random_datetime(rng: random.Random, day: date) -> datetime:
    # Working day and evening, Swedish time; stored as UTC (roughly one hour behind).
    hour = _weighted(rng, HOURS)
    return datetime(day.year, day.month, day.day, hour, rng.randrange(0, 60, 5))


def generate(
    db: Database,
    *,
    cases: int,
    seed: int = 2026,
    progress: Callable[[str], object] | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database (no cases yet) with `cases` demo cases and everything around them."""
    if cases < 1:
        raise UserError("Antalet ärenden måste vara minst 1.")
    t0 = time.perf_counter()
    today = today or date.today()
    say = progress or (lambda _msg: None)
    with db.write(system=True) as s:
        existing = s.execute(select(func.count(Case.id))).scalar_one()
        if existing:
            raise UserError(
                "Databasen innehåller redan {count} ärenden. Demodata läggs bara in i en databas "
                "utan ärenden; ange en ny databasfil med --db.",
                count=existing,
            )
        if db.kind is DatabaseKind.POSTGRESQL:
            s.execute(text("SET LOCAL TIME ZONE 'UTC'"))
        else:
            s.execute(text("PRAGMA cache_size = -262144"))  # 256 MB for the bulk load
        rng = random.Random(seed)
        gen = _Generator(db, rng, today)
        gen.w = _Writer(s, db.kind)
        staff = _ensure_staff(s)
        resources = _ensure_resources(s)
        for table in ID_TABLES:
            gen.ids[table.name] = s.execute(
                select(func.coalesce(func.max(table.c.id), 0))
            ).scalar_one()
        indexes = _drop_indexes(s, db.kind)  # rebuilding them afterwards is much faster
        if db.kind is DatabaseKind.POSTGRESQL:
            indexes += _drop_foreign_keys(s)
        summary = _generate_all(gen, s, cases, staff, resources, say)
        say(f"Bygger index … ({time.perf_counter() - t0:.0f} s)")
        for statement in indexes:
            s.execute(text(statement))
        if db.kind is DatabaseKind.POSTGRESQL:
            for table in ID_TABLES + [StaffMember.__table__]:
                s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
                    )
                )
        else:
            s.execute(text("PRAGMA cache_size = -2000"))
        say(f"Sparar … ({time.perf_counter() - t0:.0f} s)")
    say(f"Uppdaterar statistik för frågeplaneraren … ({time.perf_counter() - t0:.0f} s)")
    with db.engine.begin() as conn:
        if db.kind is DatabaseKind.POSTGRESQL:
            for table in ORDER:
                conn.exec_driver_sql(f"ANALYZE {table.name}")
        else:
            conn.exec_driver_sql("ANALYZE")
    logger.info("demo data: %s", summary)
    logger.info(
        "demo write seconds per table: %s", {k: round(v, 2) for k, v in gen.w.seconds.items()}
    )
    return summary


def _drop_foreign_keys(s) -> list[str]:
    """PostgreSQL checks each foreign key with a trigger per row, which dominates a bulk load;
    dropping them and adding them back validates each in one set-based query instead."""
    rows = s.execute(
        text(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace "
            "AND conrelid::regclass::text = ANY(:names)"
        ),
        {"names": [t.name for t in ORDER]},
    ).all()
    for table, name, _definition in rows:
        s.execute(text(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"'))
    return [
        f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}'
        for table, name, definition in rows
    ]


def _drop_indexes(s, kind: DatabaseKind) -> list[str]:
    """Drop the plain (non-constraint) indexes of the bulk tables; returns their CREATE
    statements, read from the database itself so they match the migrated schema exactly.
    DDL is transactional on both backends: a failed run leaves the schema as it was."""
    names = [t.name for t in ORDER]
    if kind is DatabaseKind.SQLITE:
        rows = s.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).bindparams()
        ).all()
        rows = [r for r in rows if _index_table_sqlite(s, r[0]) in names]
    else:
        rows = s.execute(
            text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                "AND tablename = ANY(:names) AND indexname NOT IN "
                "(SELECT conname FROM pg_constraint)"
            ),
            {"names": names},
        ).all()
    for name, _sql in rows:
        s.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _name, sql in rows]


def _index_table_sqlite(s, index_name: str) -> str:
    return s.execute(
        text("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = :n"),
        {"n": index_name},
    ).scalar_one()


# --- staff and resources -------------------------------------------------------------------


@dataclass
class _Staff:
    police: list[int]
    social: list[int]
    lead: int
    agency: dict[int, str]


def _ensure_staff(s) -> _Staff:
    by_account = {m.os_account: m for m in s.execute(select(StaffMember)).scalars()}
    members = []
    for account, name, agency, title, admin, worker, analyst in STAFF:
        member = by_account.get(account)
        if member is None:
            number = f"{len(members) + 10:02d}"
            member = StaffMember(
                os_account=account,
                full_name=name,
                agency=agency,
                title=title,
                phone=f"070-174 06 {number}",
                email=f"{account}@example.se",
                is_admin=admin,
                is_caseworker=worker,
                is_analyst=analyst,
            )
            s.add(member)
        members.append(member)
    me = os_account()
    if me not in by_account and me not in {row[0] for row in STAFF}:
        # The person running the demo opens straight into it: a police administrator profile.
        s.add(
            StaffMember(
                os_account=me,
                full_name=f"Demoanvändare ({me})",
                agency=Agency.POLICE,
                title="Gruppchef (demo)",
                is_admin=True,
                is_caseworker=True,
            )
        )
    s.flush()
    police = [m.id for m in members if m.agency == Agency.POLICE and m.is_caseworker]
    social = [m.id for m in members if m.agency == Agency.SOCIAL and m.is_caseworker]
    agency = {m.id: Agency(m.agency).value for m in members}
    return _Staff(police=police, social=social, lead=members[0].id, agency=agency)


def _ensure_resources(s) -> dict[str, list[int]]:
    existing = {r.name: r for r in s.execute(select(Resource)).scalars()}
    out: dict[str, list[int]] = {"room_police": [], "room_social": [], "vehicle": []}
    for kind, name, site in RESOURCES:
        res = existing.get(name)
        if res is None:
            res = Resource(kind=kind, name=name, site=site, active=True)
            s.add(res)
            s.flush()
        if kind == "vehicle":
            out["vehicle"].append(res.id)
        elif "polis" in site.lower():
            out["room_police"].append(res.id)
        else:
            out["room_social"].append(res.id)
    return out


# --- the cases ----------------------------------------------------------------------------


SOURCES = [
    ("police_tip", 46),
    ("binr", 14),
    ("rvt", 7),
    ("own_identification", 31),
    ("public_tip", 2),
]
CONTACT_BANS = [
    ("none", 70),
    ("ordinary", 18),
    ("shared_home", 5),
    ("extended", 5),
    ("specially_extended", 2),
]
VICTIM_CHANNELS = [
    ("phone", 58),
    ("sms", 21),
    ("email", 4),
    ("video", 3),
    ("meeting", 6),
    ("home_visit", 5),
    ("accompaniment", 3),
]
HOURS = [
    (7, 3),
    (8, 8),
    (9, 10),
    (10, 10),
    (11, 9),
    (12, 8),
    (13, 9),
    (14, 8),
    (15, 6),
    (16, 4),
    (17, 3),
    (18, 2),
    (19, 1),
]
COMPOSITION = [("both", 70), ("victim", 25), ("suspect", 5)]
RELATIONS = [("current_partner", 45), ("former_partner", 45), ("other", 10)]
CUSTODY = [("none", 68), ("arrested", 4), ("detained", 9), ("released", 19)]
CHILD_COUNT = [(1, 50), (2, 35), (3, 15)]
LEVELS = [("low", 40), ("elevated", 40), ("high", 20)]
PURPOSES = [
    ("interview", 30),
    ("court", 15),
    ("medical", 10),
    ("forensic", 8),
    ("protected_housing", 17),
    ("fetch_belongings", 20),
]
PAST_TRANSPORT = [("done", 85), ("cancelled", 15)]
FUTURE_TRANSPORT = [("requested", 40), ("planned", 60)]
INVESTIGATION_OPEN = [("none", 15), ("open", 35), ("closed", 20)]
INVESTIGATION_CLOSED = [("none", 15), ("open", 10), ("closed", 45)]
SUSPECT_CHANNELS = [
    ("phone", 50),
    ("sms", 10),
    ("meeting", 12),
    ("arrest_talk", 16),
    ("release_talk", 8),
    ("home_visit", 4),
]


def _generate_all(gen: _Generator, s, n: int, staff: _Staff, resources, say) -> DemoSummary:
    rng = gen.rng
    today = gen.today
    span_days = 425  # about 14 months
    opened = sorted(today - timedelta(days=rng.randrange(span_days)) for _ in range(n))
    serial_by_year: dict[int, int] = {}
    counters = {row.year: row.last_serial for row in s.execute(select(CaseNumberCounter)).scalars()}
    numbers = []
    for day in opened:
        serial = serial_by_year.get(day.year, counters.get(day.year, 0)) + 1
        serial_by_year[day.year] = serial
        numbers.append(f"IGOR-{day.year}-{serial:04d}")

    totals = dict(people=0, contacts=0, events=0, transports=0, consents=0)
    _calendar_recurring(gen, staff, resources)
    for index in range(n):
        _one_case(gen, staff, resources, opened[index], numbers[index], totals)
        if (index + 1) % BLOCK_CASES == 0 or index + 1 == n:
            gen.w.flush_all()
            say(f"Ärenden: {index + 1} av {n}")

    for year, serial in serial_by_year.items():
        if year in counters:
            s.execute(
                CaseNumberCounter.__table__.update()
                .where(CaseNumberCounter.year == year)
                .values(last_serial=serial)
            )
        else:
            s.execute(CaseNumberCounter.__table__.insert().values(year=year, last_serial=serial))
    counts = gen.w.counts
    return DemoSummary(
        cases=counts["case_file"],
        people=counts["person"],
        contacts=counts["contact"],
        events=counts["calendar_event"],
        transports=counts["transport"],
        consents=counts["consent"],
    )


def _calendar_recurring(gen: _Generator, staff: _Staff, resources) -> None:
    start = gen.today - timedelta(days=425)
    first_monday = start - timedelta(days=start.weekday())
    rows = [
        (
            "briefing",
            "Daglig genomgång med IGV",
            first_monday,
            6,
            30,
            30,
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            staff.police,
            resources["room_police"][:1],
            "Fokuspersoner och nya ärenden.",
        ),
        (
            "rvt_meeting",
            "Månadsmöte med RVT",
            first_monday + timedelta(days=1),
            12,
            0,
            90,
            "FREQ=MONTHLY;BYDAY=1TU",
            staff.police[:2] + staff.social,
            resources["room_social"][:1],
            None,
        ),
        (
            "meeting",
            "Ärendedragning IGOR",
            first_monday + timedelta(days=3),
            13,
            0,
            60,
            "FREQ=WEEKLY;BYDAY=TH",
            staff.police + staff.social,
            resources["room_police"][1:2],
            None,
        ),
    ]
    for kind, title, day, hour, minute, minutes, rrule, members, rooms, notes in rows:
        starts = datetime(day.year, day.month, day.day, hour, minute)
        _event(
            gen,
            kind,
            title,
            starts,
            minutes,
            None,
            members,
            rooms,
            [],
            rrule=rrule,
            place=None,
            held=False,
            notes=notes,
        )


def _event(
    gen,
    kind,
    title,
    starts,
    minutes,
    case_id,
    members,
    rooms,
    parties,
    *,
    rrule=None,
    place=None,
    held=True,
    notes=None,
) -> int:
    eid = gen.next_id("calendar_event")
    stamp = gen.dt(starts - timedelta(days=1))
    gen.w.add(
        "calendar_event",
        {
            "id": eid,
            "kind": kind,
            "title": title,
            "starts_at": gen.dt(starts),
            "ends_at": gen.dt(starts + timedelta(minutes=minutes)),
            "place": place,
            "case_id": case_id,
            "rrule": rrule,
            "exdates": None,
            "recur_until": None,
            "notes": notes,
            "held": held,
            "uid": None,
            "series_id": None,
            "recurrence_id": None,
            "risk_override_reason": None,
            "rule_override_reason": None,
            "contact_id": None,
            "created_by_id": members[0] if members else None,
            "created_at": stamp,
            "version": 1,
            "updated_at": stamp,
        },
    )
    for sid in dict.fromkeys(members):
        gen.w.add("event_staff", {"event_id": eid, "staff_id": sid})
    for rid in rooms:
        gen.w.add("event_resource", {"event_id": eid, "resource_id": rid})
    for pid in parties:
        gen.w.add("event_party", {"event_id": eid, "party_id": pid})
    return eid


def _one_case(gen: _Generator, staff: _Staff, resources, opened_on: date, number: str, totals):
    rng = gen.rng
    w = gen.w
    today = gen.today
    cid = gen.next_id("case_file")
    outside = rng.random() < 0.10
    district = rng.choice(list(vocab.OUTSIDE_STREETS)) if outside else None
    composition = _weighted(rng, COMPOSITION)
    has_children = rng.random() < 0.5
    incident = opened_on - timedelta(days=int(rng.expovariate(1 / 4)))
    age_days = (today - opened_on).days
    closed = age_days > 30 and rng.random() < min(0.95, 0.25 + age_days / 450)
    closed_on = None
    if closed:
        closed_on = opened_on + timedelta(days=rng.randint(21, max(22, min(age_days, 300))))
        if closed_on > today:
            closed_on = today - timedelta(days=rng.randint(0, 10))
    end = closed_on or today
    police = rng.choice(staff.police)
    social = rng.choice(staff.social)
    relation = _weighted(rng, RELATIONS)
    cohabiting = relation == "current_partner" and rng.random() < 0.6

    parties: dict[str, tuple[int, int, str]] = {}  # role -> (party id, person id, protection)
    party_rows = []
    if composition in ("both", "victim"):
        pid, _first, prot = gen.person(True, (1955, 2005), district)
        party_rows.append(("victim", pid))
        parties["victim"] = (0, pid, prot)
    if composition in ("both", "suspect"):
        pid, _first, prot = gen.person(False, (1950, 2004), district)
        party_rows.append(("suspect", pid))
        parties["suspect"] = (0, pid, prot)
    totals["people"] += len(party_rows)

    ban = _weighted(rng, CONTACT_BANS) if "suspect" in parties else "none"
    ban_from = incident + timedelta(days=rng.randint(1, 10)) if ban != "none" else None
    ban_to = ban_from + timedelta(days=rng.choice((90, 180, 365))) if ban_from else None
    custody, since, until = "none", None, None
    if "suspect" in parties:
        custody = _weighted(rng, CUSTODY)
        if custody == "arrested" and age_days > 3:
            custody = "released"
        if custody != "none":
            since = datetime(incident.year, incident.month, incident.day, rng.randint(0, 22))
            if custody == "released":
                until = since + timedelta(hours=rng.choice((12, 24, 72, 96, 24 * 14)))
            elif custody == "detained":
                until = since + timedelta(days=rng.choice((14, 28)))
    investigation = _weighted(rng, INVESTIGATION_CLOSED if closed else INVESTIGATION_OPEN)
    stopped = None
    follow_up = None
    referred_on_to = None
    if closed:
        stopped = rng.random() < 0.70
        if rng.random() < 0.5:
            follow_up = closed_on + timedelta(days=rng.choice((90, 180)))
    if outside:
        referred_on_to = f"Stadsdelsförvaltningen {district}"
    focus = "suspect" in parties and rng.random() < 0.12
    stamp = gen.dt(datetime(opened_on.year, opened_on.month, opened_on.day, 8, 0))

    # Parties
    ids_by_role = {}
    for role, pid in party_rows:
        party_id = gen.next_id("case_party")
        ids_by_role[role] = party_id
        parties[role] = (party_id, pid, parties[role][2])
        r = rng.random()
        if role == "victim":
            rvt = "yes" if r < 0.25 else ("already" if r < 0.30 else "no")
            rvc = "yes" if rng.random() < 0.18 else "no"
            offered = opened_on + timedelta(days=rng.randint(0, 5)) if rng.random() < 0.85 else None
        else:
            rvt = "yes" if r < 0.08 else "no"
            rvc = "yes" if rng.random() < 0.12 else "no"
            offered = None
        w.add(
            "case_party",
            {
                "id": party_id,
                "case_id": cid,
                "person_id": pid,
                "role": role,
                "relation": relation,
                "cohabiting": cohabiting,
                "reachable": rng.random() < 0.9,
                "support_offered_on": gen.d(offered),
                "rvt_status": rvt,
                "rvc_status": rvc,
                "version": 1,
                "updated_at": stamp,
            },
        )

    # Children
    if has_children:
        for _ in range(_weighted(rng, CHILD_COUNT)):
            female = rng.random() < 0.5
            first = rng.choice(
                vocab.FEMALE_SWEDISH + vocab.FEMALE_OTHER
                if female
                else vocab.MALE_SWEDISH + vocab.MALE_OTHER
            )
            prot = parties.get("victim", (0, 0, "none"))[2]
            w.add(
                "child",
                {
                    "id": gen.next_id("child"),
                    "case_id": cid,
                    "first_name": first,
                    "birth_year": rng.randint(2008, today.year),
                    "personal_number": None,
                    "protection": prot,
                },
            )

    # Police reports
    if rng.random() < 0.8:
        for _ in range(1 if rng.random() < 0.8 else 2):
            reported = incident + timedelta(days=rng.randint(0, 3))
            w.add(
                "police_report",
                {
                    "id": gen.next_id("police_report"),
                    "case_id": cid,
                    "report_number": f"5000-K{rng.randint(100000, 999999)}-{reported.year % 100:02d}",
                    "reported_on": gen.d(reported),
                },
            )

    # Contacts: about ten per case over the case's life (a year at most).
    last_contact = None
    n_contacts = 1 + int(rng.expovariate(1 / 9.5))
    days = max(1, min((end - opened_on).days, 365))
    times = sorted(
        _random_datetime(rng, opened_on + timedelta(days=int(days * rng.random() ** 1.6)))
        for _ in range(n_contacts)
    )
    consent_given = None
    for i, when in enumerate(times):
        if "victim" in parties and ("suspect" not in parties or i == 0 or rng.random() < 0.72):
            role = "victim"
        else:
            role = "suspect"
        party_id, person_id, _prot = parties[role]
        channel = _weighted(rng, VICTIM_CHANNELS if role == "victim" else SUSPECT_CHANNELS)
        if channel in ("arrest_talk", "release_talk", "meeting") or rng.random() < 0.45:
            sid = social if rng.random() < 0.85 else rng.choice(staff.social)
        else:
            sid = police if rng.random() < 0.85 else rng.choice(staff.police)
        agency = staff.agency[sid]
        reached = rng.random() >= 0.15
        talks = dict.fromkeys(TALK_COLS, False)
        if reached:
            talks["talk_check_in"] = rng.random() < 0.45
            talks["talk_support_violence"] = rng.random() < 0.35
            talks["talk_safety_planning"] = role == "victim" and rng.random() < 0.15
            talks["talk_police_report"] = role == "victim" and rng.random() < 0.07
            talks["talk_investigation"] = rng.random() < 0.07
            talks["talk_support_addiction"] = rng.random() < (0.15 if role == "suspect" else 0.04)
            talks["talk_risk_assessment"] = rng.random() < 0.05
        note = rng.choice(vocab.CONTACT_NOTES) if reached and rng.random() < 0.2 else None
        if channel == "arrest_talk":
            held_as = "IGOR-socialsekreterare, arresteringssamtal – inte förhör"
        else:
            held_as = rng.choice(vocab.HELD_AS[agency])
        wstr = gen.dt(when)
        row = {
            "id": gen.next_id("contact"),
            "case_id": cid,
            "party_id": party_id,
            "staff_id": sid,
            "occurred_at": wstr,
            "channel": channel,
            "reached": reached,
            "held_as": held_as,
            "note": note,
            "rule_override_reason": None,
            "created_by_id": sid,
            "created_at": wstr,
            "owner_agency": agency,
            "subject_person_id": person_id,
            "version": 1,
            "updated_at": wstr,
            "import_key": None,  # recorded in the program, not imported from Excel
        }
        row.update(talks)
        w.add("contact", row)
        last_contact = when
        if role == "victim" and consent_given is None and reached:
            consent_given = when
    totals["contacts"] += n_contacts

    # Consents: about 40 % of victims, some withdrawn; a few suspects.
    for role, share in (("victim", 0.40), ("suspect", 0.10)):
        if role in parties and rng.random() < share:
            given = (consent_given or datetime.combine(opened_on, datetime.min.time())).date()
            withdrawn = None
            if rng.random() < 0.10 and given < today - timedelta(days=10):
                withdrawn = _random_datetime(rng, given + timedelta(days=rng.randint(5, 120)))
                if withdrawn.date() > today:
                    withdrawn = None
            recorder = social if rng.random() < 0.6 else police
            consent_id = gen.next_id("consent")
            # Direction, scope and period from the id (no draw from rng, so the rest of the
            # data stays as before): most both ways and everything, some one way or narrower;
            # valid for 12 months (some long past, some expiring soon).
            shape = consent_id % 20
            w.add(
                "consent",
                {
                    "id": consent_id,
                    "to_police": shape != 3,
                    "to_social": shape not in (5, 11),
                    "scope_note": shape != 7,
                    "scope_contact": True,
                    "scope_risk_assessment": shape not in (7, 13),
                    "scope_letter": True,
                    "recipients": "RVC Innerstaden" if shape == 9 else None,
                    "valid_from": gen.d(given),
                    "valid_until": gen.d(given + timedelta(days=364)),
                    "witness": None,
                    "person_id": parties[role][1],
                    "case_id": cid,
                    "given_on": gen.d(given),
                    "method": "signed" if rng.random() < 0.6 else "verbal",
                    "recorded_by_id": recorder,
                    "recorded_at": gen.dt(
                        datetime.combine(given, datetime.min.time()) + timedelta(hours=15)
                    ),
                    "note": rng.choice(vocab.CONSENT_NOTES),
                    "withdrawn_at": gen.dt(withdrawn),
                    "withdrawn_by_id": recorder if withdrawn else None,
                    "version": 1,
                    "updated_at": stamp,
                },
            )

    # Risk assessments
    assessments = []
    if "victim" in parties and rng.random() < 0.5:
        assessments.append(
            (
                "victim",
                rng.choice(["freda_short", "freda_short", "freda_danger", "freda_description"]),
                social,
            )
        )
    if "suspect" in parties:
        r = rng.random()
        if r < 0.35:
            assessments.append(("suspect", "sara", police))
        elif r < 0.38:
            assessments.append(("suspect", "patriark", police))
        elif r < 0.43:
            assessments.append(("suspect", "sam", police))
        if rng.random() < 0.25:
            assessments.append(("suspect", "general_safety", police))
    for role, instrument, assessor in assessments:
        on = opened_on + timedelta(days=rng.randint(0, 14))
        if on > today:
            on = today
        level = _weighted(rng, LEVELS)
        w.add(
            "risk_assessment",
            {
                "id": gen.next_id("risk_assessment"),
                "case_id": cid,
                "party_id": parties[role][0],
                "instrument": instrument,
                "assessed_on": gen.d(on),
                "assessor_id": assessor,
                "level": level,
                "text": None,
                "contact_endangers": role == "suspect" and level == "high" and rng.random() < 0.5,
                "reassess_on": gen.d(on + timedelta(days=90)) if not closed else None,
                "closed_at": gen.dt(datetime.combine(closed_on, datetime.min.time()))
                if closed
                else None,
                "created_at": gen.dt(
                    datetime.combine(on, datetime.min.time()) + timedelta(hours=14)
                ),
                "owner_agency": staff.agency[assessor],
                "subject_person_id": parties[role][1],
                "version": 1,
                "updated_at": stamp,
            },
        )

    # Referrals
    for role, (party_id, _pid, _p) in parties.items():
        targets = []
        if rng.random() < (0.25 if role == "victim" else 0.08):
            targets.append(("rvt", "RVT Södermalm"))
        if rng.random() < (0.18 if role == "victim" else 0.12):
            targets.append(("rvc", "RVC Innerstaden"))
        if role == "victim" and rng.random() < 0.06:
            targets.append(("womens_shelter", "Alla Kvinnors Hus"))
        if role == "suspect" and rng.random() < 0.06:
            targets.append(("manscentrum", "Manscentrum Stockholm"))
        if rng.random() < 0.04:
            targets.append(("addiction", "Beroendemottagningen"))
        if outside and rng.random() < 0.5:
            targets.append(("other_district", f"Stadsdelsförvaltningen {district}"))
        for target, detail in targets:
            on = min(today, opened_on + timedelta(days=rng.randint(1, 30)))
            done = rng.random() < 0.5 and on < today - timedelta(days=14)
            w.add(
                "referral",
                {
                    "id": gen.next_id("referral"),
                    "case_id": cid,
                    "party_id": party_id,
                    "target": target,
                    "target_detail": detail,
                    "referred_on": gen.d(on),
                    "referred_by_id": social if rng.random() < 0.7 else police,
                    "outcome": rng.choice(["Påbörjat", "Tackade nej", "Väntar på tid"])
                    if done
                    else None,
                    "outcome_on": gen.d(on + timedelta(days=14)) if done else None,
                    "state": "completed" if done else "sent",
                    "state_on": gen.d(on + timedelta(days=14) if done else on),
                    "version": 1,
                    "updated_at": stamp,
                },
            )

    # Calendar events
    if custody in ("arrested", "detained") and since is not None and "suspect" in parties:
        starts = since + timedelta(hours=rng.randint(2, 20))
        _event(
            gen,
            "arrest_talk",
            f"Arresteringssamtal {number}",
            starts,
            45,
            cid,
            [social],
            [],
            [parties["suspect"][0]],
            place="Arresten, Polisstationen Södermalm",
            held=starts < gen.now,
        )
    if "victim" in parties and rng.random() < 0.3:
        for _ in range(rng.randint(1, 2)):
            day = min(end, opened_on + timedelta(days=rng.randint(1, 40)))
            starts = _random_datetime(rng, day)
            _event(
                gen,
                "home_visit",
                f"Hembesök {number}",
                starts,
                60,
                cid,
                [police, social],
                [],
                [parties["victim"][0]],
                place="Hembesök (adress i ärendet)",
                held=starts < gen.now,
            )
    if "victim" in parties and rng.random() < 0.15:
        day = opened_on + timedelta(days=rng.randint(3, 60))
        starts = _random_datetime(rng, day)
        _event(
            gen,
            "room_booking",
            f"Stödsamtal {number}",
            starts,
            60,
            cid,
            [social],
            [rng.choice(resources["room_social"] + resources["room_police"])],
            [parties["victim"][0]],
            place=None,
            held=starts < gen.now,
        )
    if investigation != "none" and "victim" in parties and rng.random() < 0.1:
        day = opened_on + timedelta(days=rng.randint(5, 60))
        starts = _random_datetime(rng, day)
        _event(
            gen,
            "interview_support",
            f"Stöd vid förhör {number}",
            starts,
            120,
            cid,
            [police],
            [],
            [parties["victim"][0]],
            place="Polisstationen Södermalm",
            held=starts < gen.now,
        )
    # Follow-ups planned ahead in open cases
    if not closed and rng.random() < 0.25 and parties:
        role = "victim" if "victim" in parties else "suspect"
        starts = _random_datetime(rng, today + timedelta(days=rng.randint(0, 21)))
        _event(
            gen,
            "follow_up_call",
            f"Uppföljningssamtal {number}",
            starts,
            30,
            cid,
            [rng.choice((police, social))],
            [],
            [parties[role][0]],
            held=False,
        )

    # Transports
    if "victim" in parties and rng.random() < 0.08:
        purpose = _weighted(rng, PURPOSES)
        day = min(today + timedelta(days=7), opened_on + timedelta(days=rng.randint(1, 45)))
        earliest = _random_datetime(rng, day)
        past = earliest < gen.now
        status = _weighted(rng, PAST_TRANSPORT) if past else _weighted(rng, FUTURE_TRANSPORT)
        destinations = {
            "interview": "Polisstationen Södermalm",
            "court": rng.choice(["Stockholms tingsrätt", "Södertörns tingsrätt"]),
            "medical": "Södersjukhuset",
            "forensic": "Rättsmedicinalverket Solna",
            "protected_housing": "Skyddat boende (adress lämnas muntligt)",
            "fetch_belongings": "Bostaden (hämta tillhörigheter)",
        }
        tid = gen.next_id("transport")
        crew = [police, rng.choice([p for p in staff.police if p != police] or [police])]
        vehicle = rng.choice(resources["vehicle"]) if status != "requested" else None
        w.add(
            "transport",
            {
                "id": tid,
                "case_id": cid,
                "purpose": purpose,
                "with_victim": True,
                "children_count": rng.randint(1, 2) if has_children and rng.random() < 0.4 else 0,
                "pets": rng.choice(["katt", "hund"]) if rng.random() < 0.1 else None,
                "pickup": "Bostaden"
                if purpose != "fetch_belongings"
                else "Polisstationen Södermalm",
                "pickup_is_suspect_address": purpose == "fetch_belongings",
                "destination": destinations[purpose],
                "earliest_at": gen.dt(earliest),
                "latest_at": gen.dt(earliest + timedelta(hours=2)),
                "planned_start": gen.dt(earliest + timedelta(minutes=30))
                if status in ("planned", "done")
                else None,
                "estimated_minutes": rng.choice((30, 45, 60, 90)),
                "buffer_minutes": 15,
                "contact_phone": f"070-174 06 {rng.randint(5, 99):02d}",
                "requested_by_id": social if rng.random() < 0.5 else police,
                "vehicle_id": vehicle,
                "status": status,
                "cancel_reason": "Den våldsutsatta avbokade" if status == "cancelled" else None,
                "safety_notes": "Kontrollera att den misstänkte är frihetsberövad."
                if purpose == "fetch_belongings"
                else None,
                "safety_assessment_id": None,
                "notes": None,
                "risk_override_reason": None,
                "created_at": stamp,
                "version": 1,
                "updated_at": stamp,
            },
        )
        if status in ("planned", "under_way", "done"):
            for sid in dict.fromkeys(crew):
                w.add("transport_crew", {"transport_id": tid, "staff_id": sid})

    w.add(
        "case_file",
        {
            "id": cid,
            "case_number": number,
            "external_ref": None,
            "external_ref_key": None,
            "status": "closed" if closed else "open",
            "source": _weighted(rng, SOURCES),
            "area": "outside" if outside else "inside",
            "district": district,
            "opened_on": gen.d(opened_on),
            "closed_on": gen.d(closed_on),
            "incident_date": gen.d(incident),
            "has_children": has_children,
            "investigation": investigation,
            "contact_ban": ban,
            "contact_ban_from": gen.d(ban_from),
            "contact_ban_to": gen.d(ban_to),
            "custody": custody,
            "custody_since": gen.dt(since),
            "custody_until": gen.dt(until),
            "focus_person": focus,
            "assigned_police_id": police,
            "assigned_social_id": social,
            "violence_stopped": stopped,
            "follow_up_on": gen.d(follow_up),
            "referred_on_to": referred_on_to,
            "reopen_reason": None,
            "last_contact_at": gen.dt(last_contact),
            "created_at": stamp,
            "updated_by_id": None,
            "version": 1,
            "updated_at": stamp,
        },
    )
