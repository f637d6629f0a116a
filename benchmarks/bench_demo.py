"""Time `app.demo.generator.generate` on a fresh encrypted SQLite file and on PostgreSQL.

    python -m benchmarks.bench_demo [--cases 100000] [--file PATH] [--pg URL] [--no-sqlite]

The PostgreSQL part runs when --pg or IGOR_TEST_PG_URL is given: it creates a fresh database
on that server (the URL's user must be allowed to CREATE DATABASE) and drops it afterwards.
Prints one JSON line and writes benchmarks/results/bench_demo.json.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from dataclasses import asdict
from pathlib import Path

from benchmarks.common import machine, require_keyring, write_result


def run_one(url: str, cases: int, seed: int) -> dict:
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.demo.generator import generate

    db = open_database(url)
    try:
        started = time.perf_counter()
        upgrade_database(db)
        migrated = time.perf_counter()
        cpu0 = time.process_time()
        summary = generate(db, cases=cases, seed=seed)
        done = time.perf_counter()
        cpu = time.process_time() - cpu0
    finally:
        db.dispose()
    return {
        "migrate_s": round(migrated - started, 2),
        "generate_s": round(done - migrated, 2),
        "generate_process_cpu_s": round(cpu, 2),
        "summary": asdict(summary),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--file", help="SQLite file to create (must not exist; default: temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the SQLite file")
    parser.add_argument("--pg", default=os.environ.get("IGOR_TEST_PG_URL"), help="PostgreSQL URL")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args(argv)

    result: dict = {"benchmark": "demo", "cases": args.cases, "seed": args.seed}
    result["keyring"] = require_keyring()
    result["machine"] = machine()
    if not args.no_sqlite:
        path = Path(args.file or Path(tempfile.mkdtemp(prefix="igor-bench-")) / "demo.db")
        if path.exists():
            raise SystemExit(f"{path} exists; give a new file")
        result["sqlite"] = run_one(str(path), args.cases, args.seed)
        result["sqlite"]["file_mb"] = round(path.stat().st_size / 1e6, 1)
        result["sqlite"]["file"] = str(path)
        if not args.keep:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    if args.pg:
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        admin_url = make_url(args.pg).set(drivername="postgresql+psycopg")
        name = f"igor_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = admin_url.set(database=name).render_as_string(hide_password=False)
            result["postgresql"] = run_one(url, args.cases, args.seed)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    write_result("bench_demo", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
