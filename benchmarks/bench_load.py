"""Load on the shared server: N simulated workstations on shared cases (issues 15 and 16).

Each workstation is its own process, logged in to PostgreSQL as its own staff login role (as a
real installation is), with one LISTEN connection for the change notice as the program has
(app/database/listener.py; `--no-listen` leaves it out), and for a bounded time does, at random
(weights in ACTIONS; `--think-ms` pauses between actions, 0 = back to back): open a case (audit
entry + load), add a contact, edit the case (load, change the district, save with the version
loaded), show the case list, book a meeting with a talk room (slots chosen so that bookings
sometimes clash), show the week's transport board, run the statistics of the last year and, for
police officers, request and plan a transport (same: sometimes the car or the officer is taken)
and move one of their own transports on (planned → under way → done). It records each action's
time, how long a write waited for the single writer lock, and the outcome:

- ok; refused as the rules say (a clash or a colleague's edit in between: ClashError,
  MeetingRiskError, ConcurrentEditError — the right answer, not a failure);
- failed: anything else (a deadlock, 40P01, counted separately; a raw database error; a bug).

Afterwards the parent checks, as the system user: every acknowledged contact, booking and
planned transport is present; no holder (staff member, room, car) is double-booked among the
events and planned transports; every case's version is 1 + the edits acknowledged on it (an
edit silently lost or overwritten would leave it lower).

    benchmarks/run.sh --with-pg python -m benchmarks.bench_load --workstations 30 --cases 400 \
        --seconds 120 [--think-ms 3000]

It also reports how long after a contact's save returned every other workstation's change
notice heard of it (`change_notice_ms`) and how many never did while listening.

Needs an admin URL that may CREATE DATABASE and CREATE ROLE (IGOR_TEST_PG_URL or --pg); makes a
fresh database and login roles and drops them afterwards. Uses only the services' public API, so
the same file measures an older state of the code (copy it into that tree).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ACTIONS = (
    ("open_case", 28),
    ("add_contact", 22),
    ("edit_case", 12),
    ("case_list", 12),
    ("booking", 10),
    ("plan_transport", 5),
    ("move_transport", 4),
    ("transport_board", 4),
    ("statistics", 3),
)
POLICE_ONLY = ("plan_transport", "move_transport")
EXPECTED_REFUSALS = ("ClashError", "MeetingRiskError", "ConcurrentEditError")


def _sqlstate(exc: BaseException) -> str | None:
    seen = 0
    while exc is not None and seen < 10:
        state = getattr(exc, "sqlstate", None) or getattr(
            getattr(exc, "orig", None), "sqlstate", None
        )
        if state:
            return state
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _slot_start(rng: random.Random, base: datetime) -> datetime:
    """One of 40 one-hour slots over five working days: bookings clash now and then."""
    return base + timedelta(days=rng.randrange(5), hours=rng.randrange(8))


def worker(spec: dict) -> None:
    """One workstation (a process). Writes its record to spec["out"]. With IGOR_LOAD_PROFILE=DIR
    each workstation runs under cProfile and leaves DIR/w<n>.prof (for finding where the time
    goes: `python -m pstats`)."""
    profile_dir = os.environ.get("IGOR_LOAD_PROFILE")
    if profile_dir:
        import cProfile

        profiler = cProfile.Profile(time.process_time)  # CPU of the client
        profiler.enable()
        try:
            _work(spec)
        finally:
            profiler.disable()
            profiler.dump_stats(str(Path(profile_dir) / f"w{spec['n']}.prof"))
        return
    _work(spec)


def _work(spec: dict) -> None:
    os.environ.setdefault("IGOR_DATA_DIR", tempfile.mkdtemp(prefix="igor-load-"))
    from app.database import open_database
    from app.models.enums import Agency, EventKind, TransportPurpose
    from app.services.cases import case_file, case_list, contacts
    from app.services.cases.contacts import NewContact
    from app.services.core.actor import Actor
    from app.services.scheduling import calendar
    from app.services.scheduling.events import EventInput
    from app.services.statistics import figures
    from app.services.transports import planning
    from app.services.transports.planning import PlanRequest, TransportRequest

    rng = random.Random(spec["seed"])
    actor = Actor(
        staff_id=spec["staff_id"],
        full_name=spec["name"],
        agency=Agency(spec["agency"]),
        os_account=spec["account"],
        workstation=f"load-{spec['n']}",
    )
    db = open_database(spec["url"])
    base = datetime.fromisoformat(spec["base"])
    cases = spec["cases"]  # [case id, victim party id]
    record = {
        "times": [],
        "contacts": [],
        "events": [],
        "transports": [],
        "edits": [],
        "contact_acks": {},  # contact id -> wall time the save returned
        "heard": {},  # contact id -> wall time this workstation's change notice heard of it
    }
    heard = record["heard"]

    def on_changes(batch) -> None:  # the listener's thread
        now = time.time()
        for c in batch:
            if c.table == "contact" and c.kind == "insert" and c.id is not None:
                heard.setdefault(str(c.id), now)

    if spec["listen"]:  # as the program does: one LISTEN connection per workstation
        db.changes.subscribe(on_changes)
        db.listen()
        db._listener.listening.wait(60)
    record["listening_since"] = time.time()  # saves before this could not be heard here
    # How long each write waits for the single writer lock (app/database/engine.py).
    from app.database import engine as engine_module

    lock_wait = [0.0]
    take_lock = engine_module.lock_writes

    def timed_lock(session) -> None:
        t0 = time.perf_counter()
        take_lock(session)
        lock_wait[0] += time.perf_counter() - t0

    engine_module.lock_writes = timed_lock
    police = actor.agency is Agency.POLICE
    actions = [a for a, _ in ACTIONS if police or a not in POLICE_ONLY]
    weights = [w for a, w in ACTIONS if police or a not in POLICE_ONLY]
    mine: list[tuple[int, int]] = []  # own planned/under-way transports (id, version)
    deadline = spec["start_at"] + spec["seconds"]
    while time.time() < spec["start_at"]:
        time.sleep(0.01)
    n = 0
    think = spec["think_ms"] / 1000
    cpu_start = time.process_time()
    while time.time() < deadline:
        n += 1
        if think:
            time.sleep(rng.uniform(0.5 * think, 1.5 * think))
        action = rng.choices(actions, weights)[0]
        if action == "move_transport" and not mine:
            action = "plan_transport"
        case_id, victim = rng.choice(cases)
        t = time.perf_counter()
        lock_wait[0] = 0.0
        outcome, state = "ok", None
        try:
            if action == "open_case":
                case_file.open_case(db, actor, case_id)
            elif action == "add_contact":
                when = datetime.now(UTC) - timedelta(minutes=rng.randrange(1, 60 * 24 * 30))
                cid = contacts.add_contact(
                    db, actor, NewContact(case_id, victim, when, note=f"load {spec['n']}-{n}")
                )
                record["contacts"].append(cid)
                record["contact_acks"][str(cid)] = time.time()
            elif action == "edit_case":
                view = case_file.load_case(db, actor, case_id)
                edit = replace(view.edit(), district=f"Område {spec['n']}-{n}")
                case_file.update_case(db, actor, case_id, edit, version=view.version)
                record["edits"].append(case_id)
            elif action == "case_list":
                case_list.list_cases(db, actor)
            elif action == "booking":
                start = _slot_start(rng, base)
                eid = calendar.create_event(
                    db,
                    actor,
                    EventInput(
                        kind=EventKind.MEETING,
                        starts_at=start,
                        ends_at=start + timedelta(minutes=45),
                        staff_ids=(actor.staff_id,),
                        resource_ids=(rng.choice(spec["rooms"]),),
                    ),
                )
                record["events"].append(eid)
            elif action == "plan_transport":
                start = _slot_start(rng, base)
                row = planning.create_request(
                    db,
                    actor,
                    TransportRequest(
                        case_id=case_id,
                        purpose=TransportPurpose.INTERVIEW,
                        pickup="Skyddat boende",
                        destination="Polisstationen Södermalm",
                        earliest_at=start,
                        latest_at=start + timedelta(hours=2),
                        with_victim=True,
                        children_count=0,
                        pets="",
                        contact_phone="",
                        notes="",
                    ),
                )
                planned = planning.plan(
                    db,
                    actor,
                    row.id,
                    PlanRequest(
                        vehicle_id=rng.choice(spec["vehicles"]),
                        crew_ids=(actor.staff_id,),
                        planned_start=start,
                        estimated_minutes=45,
                        buffer_minutes=15,
                        confirm_single_officer=True,
                    ),
                    version=row.version,
                )
                record["transports"].append(planned.id)
                mine.append((planned.id, planned.version))
            elif action == "move_transport":
                tid, version = mine.pop(rng.randrange(len(mine)))
                row = planning.get(db, actor, tid)
                if row.status == "planned":
                    moved = planning.start(db, actor, tid, version=version)
                    mine.append((moved.id, moved.version))
                else:
                    planning.finish(db, actor, tid, version=version)
            elif action == "transport_board":
                planning.board_week(db, actor, base.date())
            elif action == "statistics":
                figures.compute(db, actor, base.date() - timedelta(days=365), base.date())
        except Exception as exc:  # noqa: BLE001 - every outcome is recorded
            name = type(exc).__name__
            if name in EXPECTED_REFUSALS:
                outcome = "refused"
            else:
                state = _sqlstate(exc)
                outcome = "deadlock" if state == "40P01" else "failed"
                if len(record.setdefault("errors", [])) < 5:
                    record["errors"].append(
                        f"{action}: {name} {state or ''} "
                        + traceback.format_exception_only(exc)[-1][:200]
                    )
        record["times"].append((action, (time.perf_counter() - t) * 1000, outcome, state))
        record.setdefault("lock_wait_ms", []).append(round(lock_wait[0] * 1000, 1))
    record["cpu_s"] = time.process_time() - cpu_start  # this client's own CPU in the run
    if spec["listen"]:  # hear the others' last saves before leaving
        time.sleep(2.5)
    record["listened_until"] = time.time() - 2.0
    db.dispose()
    Path(spec["out"]).write_text(json.dumps(record))


def _pct(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))], 1)


def _double_bookings(db) -> int:
    """Pairs of bookings of one holder that overlap (events and planned transports)."""
    from sqlalchemy import select

    from app.models import CalendarEvent, Transport, event_resource, event_staff, transport_crew
    from app.models.enums import TransportStatus

    def aware(v):
        return v if v.tzinfo else v.replace(tzinfo=UTC)

    spans: dict[tuple[str, int], list[tuple[datetime, datetime, str]]] = defaultdict(list)
    with db.read(system=True) as s:
        events = {
            e.id: (aware(e.starts_at), aware(e.ends_at))
            for e in s.execute(select(CalendarEvent)).scalars()
        }
        for eid, sid in s.execute(select(event_staff.c.event_id, event_staff.c.staff_id)):
            spans[("staff", sid)].append((*events[eid], f"e{eid}"))
        for eid, rid in s.execute(select(event_resource.c.event_id, event_resource.c.resource_id)):
            spans[("resource", rid)].append((*events[eid], f"e{eid}"))
        planned = {
            t.id: t
            for t in s.execute(
                select(Transport).where(
                    Transport.status.in_([TransportStatus.PLANNED, TransportStatus.UNDER_WAY])
                )
            ).scalars()
        }
        for t in planned.values():
            start = aware(t.planned_start)
            end = start + timedelta(minutes=t.estimated_minutes + t.buffer_minutes)
            if t.vehicle_id:
                spans[("resource", t.vehicle_id)].append((start, end, f"t{t.id}"))
        for tid, sid in s.execute(select(transport_crew.c.transport_id, transport_crew.c.staff_id)):
            if tid in planned:
                t = planned[tid]
                start = aware(t.planned_start)
                end = start + timedelta(minutes=t.estimated_minutes + t.buffer_minutes)
                spans[("staff", sid)].append((start, end, f"t{tid}"))
    doubles = 0
    for items in spans.values():
        items.sort()
        for i, (_a, b, _) in enumerate(items):
            for c, _d, _ in items[i + 1 :]:
                if c >= b:
                    break
                doubles += 1
    return doubles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg", default=os.environ.get("IGOR_TEST_PG_URL"))
    parser.add_argument("--workstations", type=int, default=24)
    parser.add_argument("--cases", type=int, default=12)
    parser.add_argument("--seconds", type=float, default=150)
    parser.add_argument("--label", default="")
    parser.add_argument("--name", default="bench_load")
    parser.add_argument(
        "--think-ms",
        type=float,
        default=0,
        help="mean pause between one workstation's actions (0: back to back, a stress test)",
    )
    parser.add_argument(
        "--no-listen", action="store_true", help="workstations do not LISTEN for changes"
    )
    args = parser.parse_args()
    if not args.pg:
        sys.exit("Give --pg ADMIN_URL or run through benchmarks/run.sh --with-pg.")
    os.environ.setdefault("IGOR_DATA_DIR", tempfile.mkdtemp(prefix="igor-load-"))

    from sqlalchemy import create_engine, func, select, text, update
    from sqlalchemy.engine import make_url

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.models import CalendarEvent, Case, Contact, Resource, StaffMember, Transport
    from app.models.enums import Agency, PartyRole, ResourceKind
    from app.services.admin import pg_roles
    from benchmarks.common import machine, write_result
    from tests.factories import make_case, party_id

    admin_url = make_url(args.pg)
    name = f"igor_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name)
    db = open_database(url.render_as_string(hide_password=False))
    upgrade_database(db)
    roles: list[str] = []
    passwords: list[str] = []
    try:
        specs = []
        with db.write(system=True) as s:
            rooms = []
            for i in range(2):
                room = Resource(kind=ResourceKind.ROOM, name=f"Samtalsrum {i + 1}", site="Station")
                s.add(room)
                rooms.append(room)
            cars = []
            for i in range(2):
                car = Resource(kind=ResourceKind.VEHICLE, name=f"Civilbil {i + 1}", site="Station")
                s.add(car)
                cars.append(car)
            members = []
            for n in range(args.workstations):
                agency = Agency.POLICE if n % 2 == 0 else Agency.SOCIAL
                m = StaffMember(
                    os_account=f"load{n}",
                    full_name=f"Arbetsplats {n}",
                    agency=agency,
                    is_caseworker=True,
                )
                s.add(m)
                members.append(m)
            s.flush()
            room_ids, car_ids = [r.id for r in rooms], [c.id for c in cars]
            staff = [(m.id, m.full_name, m.agency, m.os_account) for m in members]
        cases = []
        for i in range(args.cases):
            cid = make_case(
                db,
                number=f"IGOR-2026-{i + 1:04d}",
                victim=("Maria", f"Last{i}", None),
                suspect=("Johan", f"Other{i}", None),
            )
            cases.append((cid, party_id(db, cid, PartyRole.VICTIM)))
        for staff_id, _n, agency, _a in staff:
            role = pg_roles.new_role_name(secrets.token_hex(4))
            password = secrets.token_urlsafe(16)
            with db.write(system=True) as s:
                pg_roles.create_role(s, role, Agency(agency), admin=False)
                s.execute(
                    update(StaffMember).where(StaffMember.id == staff_id).values(db_role=role)
                )
                s.connection().exec_driver_sql(f"ALTER ROLE {role} LOGIN PASSWORD '{password}'")
            roles.append(role)
            passwords.append(password)
        day = date.today() + timedelta(days=7)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        base = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
        start_at = time.time() + 5 + 1.5 * args.workstations
        outdir = Path(tempfile.mkdtemp(prefix="igor-load-out-"))
        for n, ((staff_id, full_name, agency, account), role, password) in enumerate(
            zip(staff, roles, passwords, strict=True)
        ):
            specs.append(
                dict(
                    n=n,
                    seed=1000 + n,
                    staff_id=staff_id,
                    name=full_name,
                    agency=str(agency),
                    account=account,
                    url=url.set(username=role, password=password).render_as_string(
                        hide_password=False
                    ),
                    cases=cases,
                    rooms=room_ids,
                    vehicles=car_ids,
                    base=base.isoformat(),
                    start_at=start_at,
                    seconds=args.seconds,
                    think_ms=args.think_ms,
                    listen=not args.no_listen,
                    out=str(outdir / f"w{n}.json"),
                )
            )
        ctx = multiprocessing.get_context("spawn")
        procs = [ctx.Process(target=worker, args=(spec,)) for spec in specs]
        for p in procs:
            p.start()
        for p in procs:
            p.join(args.seconds + 300)
        records = []
        crashed = 0
        for spec in specs:
            path = Path(spec["out"])
            if path.exists():
                records.append(json.loads(path.read_text()))
            else:
                crashed += 1

        per_action: dict[str, list[float]] = defaultdict(list)
        outcomes: Counter = Counter()
        by_action: dict[str, Counter] = defaultdict(Counter)
        errors: list[str] = []
        lock_waits: dict[str, list[float]] = defaultdict(list)
        for r in records:
            errors += r.get("errors", [])
            for (action, _ms, outcome, _state), waited in zip(
                r["times"], r.get("lock_wait_ms", []), strict=False
            ):
                if outcome == "ok":
                    lock_waits[action].append(waited)
            for action, ms, outcome, _state in r["times"]:
                outcomes[outcome] += 1
                by_action[action][outcome] += 1
                if outcome in ("ok", "refused"):
                    per_action[action].append(ms)
        acked_contacts = [c for r in records for c in r["contacts"]]
        acked_events = [e for r in records for e in r["events"]]
        acked_transports = [t for r in records for t in r["transports"]]
        edits = Counter(c for r in records for c in r["edits"])
        with db.read(system=True) as s:
            present_contacts = set(
                s.execute(select(Contact.id).where(Contact.id.in_(acked_contacts))).scalars()
            )
            present_events = set(
                s.execute(
                    select(CalendarEvent.id).where(CalendarEvent.id.in_(acked_events))
                ).scalars()
            )
            present_transports = set(
                s.execute(select(Transport.id).where(Transport.id.in_(acked_transports))).scalars()
            )
            versions = dict(s.execute(select(Case.id, Case.version)).all())
            contacts_total = s.execute(select(func.count(Contact.id))).scalar_one()
        # Change notices: how long after a contact's save returned did each OTHER workstation
        # hear of it (LISTEN/NOTIFY), and how many never did (saved 3 s or more before the end).
        acks: dict[str, float] = {}
        author: dict[str, int] = {}
        for i, r in enumerate(records):
            acks.update(r["contact_acks"])
            author.update({cid: i for cid in r["contact_acks"]})
        heard_ms: list[float] = []
        not_heard = 0
        if not args.no_listen:
            for i, r in enumerate(records):
                for cid, acked in acks.items():
                    if author[cid] == i:
                        continue
                    when = r["heard"].get(cid)
                    if when is not None:
                        heard_ms.append((when - acked) * 1000)
                    elif r["listening_since"] < acked < r["listened_until"]:
                        not_heard += 1
        lost_edits = sum(max(0, 1 + edits.get(cid, 0) - versions.get(cid, 0)) for cid, _v in cases)
        total = sum(outcomes.values())
        result = {
            "benchmark": args.name,
            "label": args.label,
            "workstations": args.workstations,
            "cases": args.cases,
            "seconds": args.seconds,
            "actions": total,
            "ok": outcomes["ok"],
            "refused_as_rules_say": outcomes["refused"],
            "failed": outcomes["failed"] + outcomes["deadlock"],
            "deadlocks": outcomes["deadlock"],
            "failed_pct": round(
                100 * (outcomes["failed"] + outcomes["deadlock"]) / max(1, total), 1
            ),
            "per_action": {
                a: {
                    "n": sum(by_action[a].values()),
                    "failed": by_action[a]["failed"] + by_action[a]["deadlock"],
                    "refused": by_action[a]["refused"],
                    "p50_ms": _pct(per_action[a], 50),
                    "p95_ms": _pct(per_action[a], 95),
                    "max_ms": round(max(per_action[a]), 1) if per_action[a] else 0,
                    # of which waiting for the single writer lock (0 for reads)
                    "lock_wait_p50_ms": _pct(lock_waits[a], 50),
                    "lock_wait_p95_ms": _pct(lock_waits[a], 95),
                    "mean_ms": round(statistics.fmean(per_action[a]), 1) if per_action[a] else 0,
                }
                for a, _w in ACTIONS
            },
            "acknowledged_missing": {
                "contacts": len(set(acked_contacts) - present_contacts),
                "bookings": len(set(acked_events) - present_events),
                "transports": len(set(acked_transports) - present_transports),
                "case_edits_lost": lost_edits,
            },
            "contacts_in_db_vs_acknowledged": [contacts_total, len(acked_contacts)],
            "double_bookings": _double_bookings(db),
            "think_ms": args.think_ms,
            "change_notice_ms": {
                "n": len(heard_ms),
                "p50": _pct(heard_ms, 50),
                "p95": _pct(heard_ms, 95),
                "max": round(max(heard_ms), 1) if heard_ms else 0,
                "not_heard": not_heard,
            },
            "workstations_crashed": crashed,
            # The clients run on the same 2 cores as the server here (on a real site each on
            # its own PC): their CPU per action is what this machine loses to them.
            "client_cpu_ms_per_action": round(
                1000 * sum(r.get("cpu_s", 0) for r in records) / max(1, total), 1
            ),
            "sample_errors": errors[:8],
            "machine": machine(),
        }
        write_result(args.name + (f"_{args.label}" if args.label else ""), result)
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in roles:
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


if __name__ == "__main__":
    main()
