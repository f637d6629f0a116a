"""Benchmark: the calendar's week view for the whole team and the clash check of a new booking.

    python -m benchmarks.bench_calendar --db PATH --key-file KEYFILE   # a copy of an SQLCipher file
    python -m benchmarks.bench_calendar --db postgresql+psycopg://…     # a database you may change
    python -m benchmarks.bench_calendar --cases 2000                    # own temporary demo data

Targets (issue 5): the week view for the team renders (query + layout + one paint offscreen) in
under 100 ms with 5,000 events that week in the database; a clash check for a new booking takes
under 10 ms with 100,000 events in the database.

Besides the mixed bookings (two staff and a room) the clash check is timed for every staff
member, room and vehicle alone ("clash_check_per_holder"): the median of the holders' medians,
the worst holder, and "worst_staff", the staff member in the most recurring series (then with
the most events), e.g. the officer in the daily briefing.

The database is topped up first (bulk inserts, titled "Bench …", so a second run adds nothing):
events in one week (the "heavy week", four weeks from today) until it holds --week-events, and
events spread over the past year until the database holds --total-events. The database is
changed: never point this at a database you need. Prints JSON and writes
benchmarks/results/bench_calendar_<backend>.json.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402

KINDS = ["home_visit", "follow_up_call", "meeting", "room_booking", "arrest_talk", "other"]


def _open(args):
    from app.database import open_database
    from app.database.migrate import upgrade_database

    if args.db:
        if args.db.startswith("postgresql"):
            db = open_database(args.db)
        else:
            key = Path(args.key_file).read_text().strip() if args.key_file else None
            db = open_database(args.db, key_hex=key)
        upgrade_database(db, backup=False)
        return db, None
    workdir = Path(tempfile.mkdtemp(prefix="igor-bench-calendar-"))
    db = open_database(str(workdir / "bench.db"), key_hex=os.urandom(32).hex())
    upgrade_database(db, backup=False)
    from app.demo.generator import generate

    generate(db, cases=args.cases, seed=2026)
    return db, workdir


def _top_up(db, week_start: datetime, week_events: int, total_events: int, rng) -> dict:
    """Bulk-insert events until the heavy week and the whole table hold the asked numbers."""
    from sqlalchemy import func, insert, select

    from app.models import CalendarEvent, Resource, StaffMember, event_resource, event_staff

    week_end = week_start + timedelta(days=7)
    with db.read(system=True) as s:
        staff = list(
            s.execute(select(StaffMember.id).where(StaffMember.is_caseworker.is_(True))).scalars()
        )
        rooms = list(s.execute(select(Resource.id)).scalars())
        in_week = s.execute(
            select(func.count())
            .select_from(CalendarEvent)
            .where(CalendarEvent.starts_at >= week_start, CalendarEvent.starts_at < week_end)
        ).scalar_one()
        total = s.execute(select(func.count()).select_from(CalendarEvent)).scalar_one()
        next_id = (s.execute(select(func.max(CalendarEvent.id))).scalar_one() or 0) + 1

    def rows(n: int, first: datetime, days: int):
        nonlocal next_id
        events, links, res = [], [], []
        now = datetime.now(UTC)
        for _ in range(n):
            start = first + timedelta(
                days=rng.randrange(days), minutes=rng.randrange(7 * 60, 22 * 60, 5)
            )
            minutes = rng.choice((15, 30, 45, 60, 90))
            events.append(
                {
                    "id": next_id,
                    "kind": rng.choice(KINDS),
                    "title": f"Bench {next_id}",
                    "starts_at": start,
                    "ends_at": start + timedelta(minutes=minutes),
                    "held": False,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            for sid in rng.sample(staff, k=min(len(staff), rng.choice((1, 1, 2)))):
                links.append({"event_id": next_id, "staff_id": sid})
            if rooms and rng.random() < 0.2:
                res.append({"event_id": next_id, "resource_id": rng.choice(rooms)})
            next_id += 1
        return events, links, res

    added_week = max(0, week_events - in_week)
    added_rest = max(0, total_events - total - added_week)
    t0 = time.perf_counter()
    for n, first, days in (
        (added_week, week_start, 7),
        (added_rest, week_start - timedelta(days=400), 365),
    ):
        for offset in range(0, n, 5000):
            events, links, res = rows(min(5000, n - offset), first, days)
            with db.write(system=True) as s:
                s.execute(insert(CalendarEvent.__table__), events)
                s.execute(insert(event_staff), links)
                if res:
                    s.execute(insert(event_resource), res)
    if db.kind.value == "postgresql" and (added_week or added_rest):
        with db.engine.connect() as conn:
            from sqlalchemy import text

            conn.execute(text("ANALYZE calendar_event"))
            conn.execute(text("ANALYZE event_staff"))
            conn.execute(text("ANALYZE event_resource"))
            conn.commit()
            seq = conn.execute(
                text("SELECT pg_get_serial_sequence('calendar_event', 'id')")
            ).scalar_one()
            if seq:
                conn.execute(text(f"SELECT setval('{seq}', (SELECT max(id) FROM calendar_event))"))
                conn.commit()
    with db.read(system=True) as s:
        in_week = s.execute(
            select(func.count())
            .select_from(CalendarEvent)
            .where(CalendarEvent.starts_at >= week_start, CalendarEvent.starts_at < week_end)
        ).scalar_one()
        total = s.execute(select(func.count()).select_from(CalendarEvent)).scalar_one()
        series = s.execute(
            select(func.count()).select_from(CalendarEvent).where(CalendarEvent.rrule.is_not(None))
        ).scalar_one()
    return {
        "events_total": total,
        "events_in_heavy_week": in_week,
        "recurring_series": series,
        "added": added_week + added_rest,
        "top_up_s": round(time.perf_counter() - t0, 2),
        "staff": len(staff),
    }


def _ms(values: list[float]) -> dict:
    values = sorted(values)
    return {
        "median_ms": round(statistics.median(values) * 1000, 2),
        "p95_ms": round(values[int(len(values) * 0.95) - 1] * 1000, 2),
        "max_ms": round(values[-1] * 1000, 2),
        "runs": len(values),
    }


def _week_view(cal, view, db, actor, week_start, week_end, days, holidays, args, mode) -> dict:
    """Query + layout + one offscreen paint of the team's week, repeated. "refresh": the same
    view again (what the page does on a timer or after an edit; unchanged days keep their
    cached layout). "first_show": the view's layout caches emptied before each run (the week
    opened for the first time)."""
    query, layout, paint, total, total_cpu, counts = [], [], [], [], [], []
    for run in range(max(5, args.runs // 3) + 1):
        if mode == "first_show":
            view.canvas._layout_cache.clear()
            view.canvas._geometry_cache.clear()
        c0 = time.process_time()
        t0 = time.perf_counter()
        rows = cal.events_between(db, actor, week_start, week_end, None)
        t1 = time.perf_counter()
        view.set_days(days, holidays)
        view.set_rows(rows)
        t2 = time.perf_counter()
        view.grab()
        t3 = time.perf_counter()
        c3 = time.process_time()
        if run == 0:
            continue  # warm-up (first query plans, font caches)
        query.append(t1 - t0)
        layout.append(t2 - t1)
        paint.append(t3 - t2)
        total.append(t3 - t0)
        total_cpu.append(c3 - c0)
        counts.append(len(rows))
    return {
        "total": _ms(total),
        "total_cpu_this_process": _ms(total_cpu),
        "query": _ms(query),
        "layout": _ms(layout),
        "paint": _ms(paint),
        "rows_in_week": counts[0],
        "widget_px": [view.width(), view.height()],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="SQLCipher file (a copy!) or postgresql+psycopg:// URL")
    parser.add_argument("--key-file", help="hex key of the SQLCipher file")
    parser.add_argument("--cases", type=int, default=2000, help="own demo data without --db")
    parser.add_argument("--week-events", type=int, default=5000)
    parser.add_argument("--total-events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--no-gc-freeze", action="store_true", help="leave the start-up heap to the cyclic GC"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("IGOR_DATA_DIR", tempfile.mkdtemp(prefix="igor-bench-data-"))

    from sqlalchemy import select

    from app.models import Resource, StaffMember
    from app.services.core.actor import Actor
    from app.services.scheduling import calendar as cal
    from app.services.scheduling import clashes
    from app.services.scheduling.days import holidays_between
    from app.services.scheduling.recurrence import TZ, local_midnight

    rng = random.Random(5)
    db, _tmp = _open(args)
    today = datetime.now(TZ).date()
    monday = today - timedelta(days=today.weekday()) + timedelta(days=28)
    week_start = local_midnight(monday)
    week_end = local_midnight(monday + timedelta(days=7))
    data = _top_up(db, week_start, args.week_events, args.total_events, rng)
    with db.read(system=True) as s:
        member = (
            s.execute(
                select(StaffMember)
                .where(StaffMember.is_caseworker.is_(True))
                .order_by(StaffMember.id)
            )
            .scalars()
            .first()
        )
        actor = Actor.from_staff(member, account="bench")
        staff = list(
            s.execute(select(StaffMember.id).where(StaffMember.is_caseworker.is_(True))).scalars()
        )
        rooms = list(s.execute(select(Resource.id)).scalars())

    # --- clash checks ----------------------------------------------------------------------
    def booking(first: datetime, days: int):
        start = first + timedelta(
            days=rng.randrange(days), minutes=rng.randrange(8 * 60, 20 * 60, 15)
        )
        return start, start + timedelta(minutes=60), rng.sample(staff, 2), [rng.choice(rooms)]

    results = {}
    ordinary_week = week_start - timedelta(days=35)
    for label, first in (("ordinary_week", ordinary_week), ("heavy_week", week_start)):
        in_session, cpu, with_session, found = [], [], [], 0
        for _ in range(args.runs):
            start, end, who, what = booking(first, 7)
            with db.read(actor=actor) as s:
                t0, c0 = time.perf_counter(), time.process_time()
                hits = clashes.find_clashes(
                    s, start=start, end=end, staff_ids=who, resource_ids=what
                )
                in_session.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            found += bool(hits)
            t0 = time.perf_counter()
            with db.read(actor=actor) as s:
                clashes.find_clashes(s, start=start, end=end, staff_ids=who, resource_ids=what)
            with_session.append(time.perf_counter() - t0)
        results[f"clash_check_{label}"] = {
            "in_open_transaction": _ms(in_session),
            "in_open_transaction_cpu": _ms(cpu),
            "including_session": _ms(with_session),
            "bookings_that_clashed": found,
        }

    # --- every holder alone: the worst case, not only the typical one ----------------------
    # One-hour checks of one staff member, room or vehicle at a time, half in the ordinary week
    # and half in the heavy one. "worst_staff" is the staff member in the most recurring series
    # (then with the most events): the officer in the daily briefing, with the most rows to read.
    from sqlalchemy import func

    from app.models import CalendarEvent, event_staff

    with db.read(system=True) as s:
        everyone = list(s.execute(select(StaffMember.id).order_by(StaffMember.id)).scalars())
        events_of = dict(
            s.execute(
                select(event_staff.c.staff_id, func.count()).group_by(event_staff.c.staff_id)
            ).all()
        )
        series_of = dict(
            s.execute(
                select(event_staff.c.staff_id, func.count())
                .join(CalendarEvent, CalendarEvent.id == event_staff.c.event_id)
                .where(CalendarEvent.rrule.is_not(None))
                .group_by(event_staff.c.staff_id)
            ).all()
        )
    worst_staff = max(everyone, key=lambda i: (series_of.get(i, 0), events_of.get(i, 0), -i))
    per_holder = {}
    for kind, ids in (("staff", everyone), ("resource", rooms)):
        for holder in ids:
            times = []
            for run in range(args.runs):
                first = week_start if run % 2 else ordinary_week
                start, end, _who, _what = booking(first, 7)
                who, what = ([holder], []) if kind == "staff" else ([], [holder])
                with db.read(actor=actor) as s:
                    t0 = time.perf_counter()
                    clashes.find_clashes(s, start=start, end=end, staff_ids=who, resource_ids=what)
                    times.append(time.perf_counter() - t0)
            per_holder[f"{kind} {holder}"] = _ms(times)
    medians = sorted(v["median_ms"] for v in per_holder.values())
    worst_key = max(per_holder, key=lambda k: per_holder[k]["median_ms"])
    results["clash_check_per_holder"] = {
        "median_of_holder_medians_ms": medians[len(medians) // 2],
        "worst_holder": worst_key,
        "worst_holder_timing": per_holder[worst_key],
        "worst_staff": {
            "staff_id": worst_staff,
            "recurring_series": series_of.get(worst_staff, 0),
            "events": events_of.get(worst_staff, 0),
            **per_holder[f"staff {worst_staff}"],
        },
        "holders": per_holder,
    }

    # --- the week view ---------------------------------------------------------------------
    from PySide6.QtWidgets import QApplication

    from app.ui.calendar.time_grid import TimeGridView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    view = TimeGridView()
    view.resize(1100, 700)
    view.show()
    app.processEvents()
    days = [monday + timedelta(days=i) for i in range(7)]
    holidays = holidays_between(days[0], days[-1])
    if not args.no_gc_freeze:
        gc.freeze()  # as app.ui.application.run_gui does once the main window is shown
    week = {}
    for mode in ("refresh", "first_show"):
        week[mode] = _week_view(
            cal, view, db, actor, week_start, week_end, days, holidays, args, mode
        )
    results["week_view_team"] = week["refresh"]
    results["week_view_team_first_show"] = week["first_show"]
    backend = db.kind.value
    result = {
        "benchmark": "bench_calendar",
        "backend": backend,
        "database": db.describe(),
        "data": data,
        **results,
        "gc_freeze": not args.no_gc_freeze,
        "targets": {"week_view_team_ms": 100, "clash_check_ms": 10},
        "met": {
            "week_view_team": max(
                results["week_view_team"]["total"]["median_ms"],
                results["week_view_team_first_show"]["total"]["median_ms"],
            )
            < 100,
            "clash_check": max(
                results["clash_check_ordinary_week"]["in_open_transaction"]["median_ms"],
                results["clash_check_heavy_week"]["in_open_transaction"]["median_ms"],
            )
            < 10,
            "clash_check_worst_holder": results["clash_check_per_holder"]["worst_holder_timing"][
                "median_ms"
            ]
            < 10,
        },
        "machine": machine(),
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    write_result(f"bench_calendar_{backend}", result)
    view.close()
    db.dispose()


if __name__ == "__main__":
    main()
