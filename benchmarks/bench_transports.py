"""Benchmark: the transport board and planning on an encrypted SQLite database with demo data.

    .venv/bin/python benchmarks/bench_transports.py --db /tmp/igor-demo-100k/demo.db \\
        --key-file /tmp/igor-demo-100k/key.hex [--runs 20]
    .venv/bin/python benchmarks/bench_transports.py --cases 3000

With --db the file is COPIED to a temporary folder first (the benchmark writes: it plans
transports), migrated to head, and deleted afterwards. Without --db a demo database with --cases
cases is generated. Measures, as a police officer (medians in ms):
- `board_week_ms`: transports.board_week for the busiest week in the data;
- `board_day_ms`: transports.board_day for the busiest day;
- `safety_check_ms`: transports.safety_check of one transport;
- `plan_ms`: transports.plan of a fresh request (validation, safety rule, the calendar's clash
  check against events and transports, meeting check, save, audit).
Prints one JSON line and writes benchmarks/results/transports.json.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402


def _median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an encrypted demo database file (copied first)")
    parser.add_argument("--key-file", help="file with the hex key of --db")
    parser.add_argument("--cases", type=int, default=3000, help="demo cases without --db")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="igor-bench-transports-"))
    os.environ.setdefault("IGOR_DATA_DIR", str(workdir / "data"))
    import secrets

    from sqlalchemy import func, select

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.models import Resource, StaffMember, Transport
    from app.models.enums import Agency, ResourceKind, TransportPurpose
    from app.services.core.actor import Actor
    from app.services.scheduling.clashes import ClashError
    from app.services.transports import planning as transports
    from app.services.transports import safety
    from app.services.transports.planning import PlanRequest, TransportRequest

    path = workdir / "bench.db"
    if args.db:
        if not args.key_file:
            sys.exit("--db needs --key-file")
        key = Path(args.key_file).read_text().strip()
        shutil.copyfile(args.db, path)
        source = f"copy of {args.db}"
    else:
        key = secrets.token_hex(32)
        source = f"generated, {args.cases} cases"
    try:
        db = open_database(str(path), key_hex=key)
        upgrade_database(db, backup=False)
        if not args.db:
            from app.demo.generator import generate

            generate(db, cases=args.cases, seed=2026)
        with db.read(system=True) as s:
            officer = (
                s.execute(
                    select(StaffMember)
                    .where(StaffMember.agency == Agency.POLICE, StaffMember.is_caseworker.is_(True))
                    .order_by(StaffMember.id)
                )
                .scalars()
                .first()
            )
            actor = Actor.from_staff(officer, account="bench")
            vehicle = s.execute(
                select(Resource.id).where(Resource.kind == ResourceKind.VEHICLE).limit(1)
            ).scalar_one()
            count = s.execute(select(func.count(Transport.id))).scalar_one()
            starts = s.execute(
                select(func.coalesce(Transport.planned_start, Transport.earliest_at))
            ).scalars()
            days = Counter(safety.local(v).date() for v in starts)
            some = s.execute(select(Transport.id).limit(1)).scalar_one()
            case_id = s.execute(
                select(Transport.case_id).order_by(Transport.id.desc()).limit(1)
            ).scalar_one()
        busiest_day = days.most_common(1)[0][0]
        weeks = Counter()
        for d, n in days.items():
            weeks[d - timedelta(days=d.weekday())] += n
        busiest_week, week_n = weeks.most_common(1)[0]

        week_rows = len(transports.board_week(db, actor, busiest_week))
        result = {
            "source": source,
            "transports_in_db": count,
            "busiest_week": busiest_week.isoformat(),
            "rows_in_week": week_rows,
            "board_week_ms": _median_ms(
                lambda: transports.board_week(db, actor, busiest_week), args.runs
            ),
            "rows_in_day": len(transports.board_day(db, actor, busiest_day)),
            "board_day_ms": _median_ms(
                lambda: transports.board_day(db, actor, busiest_day), args.runs
            ),
            "safety_check_ms": _median_ms(
                lambda: transports.safety_check(db, actor, some), args.runs
            ),
        }
        day = transports.today() + timedelta(days=120)
        base = safety.from_local(datetime(day.year, day.month, day.day, 10, 0))
        plan_times = []
        refused = 0
        for i in range(args.runs):
            start = base + timedelta(days=i)
            row = transports.create_request(
                db,
                actor,
                TransportRequest(
                    case_id=case_id,
                    purpose=TransportPurpose.INTERVIEW,
                    pickup="Ringvägen 1, Stockholm",
                    destination="Polisstationen Södermalm",
                    earliest_at=start,
                    latest_at=start + timedelta(hours=4),
                ),
            )
            plan = PlanRequest(
                vehicle_id=vehicle,
                crew_ids=(actor.staff_id,),
                planned_start=start + timedelta(minutes=30),
                confirm_single_officer=True,
                meeting_risk_reason="benchmark",
            )
            t0 = time.perf_counter()
            try:
                transports.plan(db, actor, row.id, plan, version=row.version)
            except ClashError:
                refused += 1  # e.g. a recurring meeting of the officer; the refusal is timed too
            plan_times.append((time.perf_counter() - t0) * 1000)
        result["plan_ms"] = round(statistics.median(plan_times), 2)
        result["plans_refused_by_clash"] = refused
        result["runs"] = args.runs
        result["machine"] = machine()
        db.dispose()
        write_result("transports", result)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
