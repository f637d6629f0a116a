"""Benchmark: `igor-desk stats` (the statistics of issue 7) over demo data.

    python -m benchmarks.bench_stats --db PATH --key-file KEY.hex [--from D --to D] [--runs 3]
    python -m benchmarks.bench_stats --db postgresql+psycopg://USER:PW@HOST/DB
    python -m benchmarks.bench_stats --cases 2000          # builds its own demo file first

Target (issue 7): `stats` over 100,000 cases / about 1,000,000 contacts in under 2 s, on SQLite
and on PostgreSQL. Without --from/--to the period is the whole span of the data (every case and
contact counts: the heaviest period); a one-year period (the last full calendar year) is timed as
well. For each period: `compute_s` is the median of --runs calls of statistics.compute (warm
cache), `first_s` the first call, `cpu_s` this process's CPU time (on SQLite all of the work); `command_s` is the whole command in this process (open the
database, migration check, sign-in as an analyst, compute, JSON) — what a user waits for.
Migrations are applied first (a copy of the shared demo file gets this branch's revisions).
Writes benchmarks/results/bench_stats_<backend>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics as pystats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402


def _open(args):
    from app.database import open_database
    from app.database.migrate import upgrade_database

    if args.db and args.db.startswith("postgresql"):
        db = open_database(args.db)
    elif args.db:
        key = Path(args.key_file).read_text().strip() if args.key_file else None
        if key is None:
            sys.exit("--key-file is needed with a SQLite --db (the benchmark bypasses the keyring)")
        db = open_database(args.db, key_hex=key, create=False)
    else:
        from app.demo.generator import generate

        workdir = Path(tempfile.mkdtemp(prefix="igor-bench-stats-"))
        key = secrets.token_hex(32)
        (workdir / "key.hex").write_text(key)
        args.db, args.key_file = str(workdir / "demo.db"), str(workdir / "key.hex")
        db = open_database(args.db, key_hex=key)
        upgrade_database(db)
        generate(db, cases=args.cases, seed=2026)
    t = time.perf_counter()
    upgrade_database(db)
    return db, time.perf_counter() - t


def _analyst(db):
    from sqlalchemy import select

    from app.models import StaffMember
    from app.services.core.actor import Actor

    with db.read(system=True) as s:
        member = (
            s.execute(select(StaffMember).order_by(StaffMember.is_analyst.desc(), StaffMember.id))
            .scalars()
            .first()
        )
        return Actor.from_staff(member, account=member.os_account or "bench")


def _span(db) -> tuple[date, date]:
    from sqlalchemy import func, select

    from app.models import Case, Contact

    with db.read(system=True) as s:
        first_case = s.execute(select(func.min(Case.opened_on))).scalar_one()
        last_contact = s.execute(select(func.max(Contact.occurred_at))).scalar_one()
    last = max(date.today(), last_contact.date() if last_contact else date.today())
    return first_case or date.today(), last


def _time_period(db, actor, start: date, end: date, runs: int) -> dict:
    from app.services.statistics import figures as statistics

    times, cpu = [], []
    result = None
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        result = statistics.compute(db, actor, start, end)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    assert result is not None
    data = result.to_json()
    contacts = sum(t.reached + t.failed for t in result.staff)
    return {
        "from": start.isoformat(),
        "to": end.isoformat(),
        "cases": data["cases"]["count"],
        "victims": data["victims"]["count"],
        "suspects": data["suspects"]["count"],
        "contacts_counted": contacts,
        "first_s": round(times[0], 3),
        "compute_s": round(pystats.median(times), 3),
        "max_s": round(max(times), 3),
        # This process's CPU time: the whole work on SQLite (in-process), only the client's
        # share on PostgreSQL. On a shared machine it is steadier than the wall time.
        "cpu_s": round(pystats.median(cpu), 3),
    }


def _time_command(db_url: str, key_file: str | None, start: date, end: date, account: str) -> float:
    """The `stats --json` command's work in-process (open, migration check, sign-in, compute)."""
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import profiles
    from app.services.statistics import figures as statistics

    t = time.perf_counter()
    if db_url.startswith("postgresql"):
        db = open_database(db_url)
    else:
        db = open_database(db_url, key_hex=Path(key_file).read_text().strip(), create=False)
    try:
        upgrade_database(db)
        actor = profiles.sign_in(db, account)
        result = statistics.compute(db, actor, start, end)
        statistics.record_export(db, actor, result, "json")
        json.dumps(result.to_json())
    finally:
        db.dispose()
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite file (with --key-file) or postgresql+psycopg:// URL")
    parser.add_argument("--key-file", help="file with the SQLCipher key in hex")
    parser.add_argument("--cases", type=int, default=2000, help="own demo data when no --db")
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat)
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("IGOR_DATA_DIR", tempfile.mkdtemp(prefix="igor-bench-data-"))
    at_start = machine()

    db, migrate_s = _open(args)
    backend = db.kind.value if hasattr(db.kind, "value") else str(db.kind)
    actor = _analyst(db)
    span_from, span_to = _span(db)
    start, end = args.date_from or span_from, args.date_to or span_to
    periods = {"whole_span": _time_period(db, actor, start, end, args.runs)}
    year = end.year - 1
    periods["last_full_year"] = _time_period(
        db, actor, date(year, 1, 1), date(year, 12, 31), args.runs
    )
    db.dispose()
    command_s = _time_command(args.db, args.key_file, start, end, actor.os_account)
    result = {
        "benchmark": "bench_stats",
        "backend": backend,
        "actor": "analyst" if actor.is_analyst else "staff",
        "migrate_s": round(migrate_s, 2),
        "periods": periods,
        "command_s": round(command_s, 3),
        "target_s": 2.0,
        "pass": all(p["compute_s"] < 2.0 for p in periods.values()) and command_s < 2.0,
        "machine": at_start,
        "loadavg_at_end": os.getloadavg(),
    }
    write_result(f"bench_stats_{backend}", result)


if __name__ == "__main__":
    main()
