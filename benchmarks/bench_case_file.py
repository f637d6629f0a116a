"""Benchmark: opening a case file and recording a contact, on demo data.

    python -m benchmarks.bench_case_file --db PATH --key-file KEYFILE [--runs 30]
    python -m benchmarks.bench_case_file --db postgresql://… [--runs 30]
    python -m benchmarks.bench_case_file --cases 2000 [--runs 30]      # own temporary demo data

Works on a COPY/clone: with a SQLite PATH the file is copied first; with a PostgreSQL URL a
database `<name>_casefile_bench` is created from it as a template and dropped afterwards (the
URL's user must be allowed to CREATE DATABASE; the script itself connects only to `postgres`
and the clone, never to the template).
Migrations are applied to the copy. Prints one JSON line (medians and p90 in ms) and writes
benchmarks/results/bench_case_file[_pg].json. Steps per run, each on a random open case with
both parties, as a social worker: `load_case` (header, parties, legal status, window, fatigue),
`timeline`, `contact_rule`, `contact_counts`, and `add_contact` (one write transaction).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402


def _ms(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1] * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="SQLite file or postgresql:// URL (a copy is used)")
    parser.add_argument("--key-file", help="hex key of the SQLite file")
    parser.add_argument("--cases", type=int, default=2000, help="without --db: demo cases")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="igor-bench-casefile-"))
    os.environ.setdefault("IGOR_DATA_DIR", str(workdir / "data"))
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from sqlalchemy import create_engine, func, select, text
    from sqlalchemy.engine import make_url

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.models import Case, CaseParty, StaffMember
    from app.models.enums import Agency, CaseStatus, PartyRole
    from app.services.cases import case_file, contacts
    from app.services.cases.contacts import NewContact
    from app.services.core.actor import Actor

    drop_pg = None
    backend = "sqlite"
    if args.db and "://" in args.db:
        backend = "postgresql"
        url = make_url(args.db).set(drivername="postgresql+psycopg")
        clone = f"{url.database}_casefile_bench"
        # Never connect to the template itself (that blocks templating for everyone).
        admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{clone}"'))
            conn.execute(text(f'CREATE DATABASE "{clone}" TEMPLATE "{url.database}"'))
        db = open_database(url.set(database=clone).render_as_string(hide_password=False))

        def drop_pg() -> None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{clone}" WITH (FORCE)'))
            admin.dispose()
    elif args.db:
        copy = workdir / "bench.db"
        shutil.copy(args.db, copy)
        key = Path(args.key_file).read_text().strip() if args.key_file else None
        db = open_database(str(copy), key_hex=key)
    else:
        from app.demo.generator import generate

        db = open_database(str(workdir / "bench.db"))
        upgrade_database(db)
        generate(db, cases=args.cases, seed=args.seed)
    try:
        t0 = time.perf_counter()
        upgrade_database(db)
        migrate_s = time.perf_counter() - t0
        with db.read(system=True) as s:
            member = (
                s.execute(
                    select(StaffMember)
                    .where(StaffMember.agency == Agency.SOCIAL, StaffMember.is_caseworker.is_(True))
                    .order_by(StaffMember.id)
                )
                .scalars()
                .first()
            )
            actor = Actor.from_staff(member, account="bench")
            both = (
                select(CaseParty.case_id)
                .group_by(CaseParty.case_id)
                .having(func.count() == 2)
                .subquery()
            )
            ids = (
                s.execute(
                    select(Case.id)
                    .join(both, both.c.case_id == Case.id)
                    .where(Case.status == CaseStatus.OPEN)
                )
                .scalars()
                .all()
            )
            total_cases = s.execute(select(func.count(Case.id))).scalar_one()
        rng = random.Random(args.seed)
        picked = rng.sample(ids, min(args.runs, len(ids)))
        steps: dict[str, list[float]] = {
            k: []
            for k in ("load_case", "timeline", "contact_rule", "contact_counts", "add_contact")
        }
        for case_id in picked:
            t = time.perf_counter()
            view = case_file.load_case(db, actor, case_id)
            steps["load_case"].append(time.perf_counter() - t)
            t = time.perf_counter()
            contacts.timeline(db, actor, case_id)
            steps["timeline"].append(time.perf_counter() - t)
            t = time.perf_counter()
            contacts.contact_rule(db, actor, case_id)
            steps["contact_rule"].append(time.perf_counter() - t)
            victim = view.party(PartyRole.VICTIM)
            t = time.perf_counter()
            contacts.contact_counts(db, actor, victim.person_id)
            steps["contact_counts"].append(time.perf_counter() - t)
            t = time.perf_counter()
            contacts.add_contact(
                db,
                actor,
                NewContact(case_id, victim.id, datetime.now(UTC) - timedelta(minutes=1)),
            )
            steps["add_contact"].append(time.perf_counter() - t)
        result = {
            "backend": backend,
            "cases": total_cases,
            "runs": len(picked),
            "migrate_copy_s": round(migrate_s, 2),
            **{k: _ms(v) for k, v in steps.items()},
            "open_total_median_ms": round(
                statistics.median(
                    sum(v[i] for k, v in steps.items() if k != "add_contact")
                    for i in range(len(picked))
                )
                * 1000,
                2,
            ),
            "machine": machine(),
        }
        write_result("bench_case_file" + ("_pg" if backend == "postgresql" else ""), result)
    finally:
        db.dispose()
        if drop_pg:
            drop_pg()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
