"""Benchmark: importing the team's Excel sheet (issue 7: 100,000 contact rows in < 30 s).

    python -m benchmarks.bench_import [--cases 10000] [--contacts 100000] [--seed 7]
        [--sqlite-file DEMO.db --key-file KEY.hex] [--pg ADMIN_URL [--pg-template DBNAME]]
        [--no-sqlite]

The workbook (Ärenden, Personer, Kontakter) is generated here with openpyxl, seeded, so every run
reads the same file. Each backend gets: a read-and-check of the workbook alone, the import (one
transaction, as the lead), and a second import of the same file (must add nothing).

SQLite: a fresh encrypted file by default; `--sqlite-file` imports into a COPY of an existing
database instead (e.g. the 100k demo), with its key from `--key-file`. PostgreSQL (`--pg`, or
IGOR_TEST_PG_URL): a fresh database made with the admin URL — `--pg-template NAME` clones NAME
(e.g. the 100k demo) — migrated, used, and dropped at the end. Prints JSON and writes
benchmarks/results/bench_import.json.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402

TODAY = date(2026, 11, 30)
SOURCES = ["Tips polis"] * 48 + ["BINR"] * 14 + ["RVT"] * 7 + ["Egen identifiering"] * 31
SOURCES += ["Tips allmänheten", "Annat"]
REFERRAL = ["Nej"] * 7 + ["Ja"] * 2 + ["Redan aktuell"]


def build_workbook(path: Path, cases: int, contacts: int, seed: int) -> dict:
    """A plausible team sheet: each case has a victim (90 %) and/or a suspect; contacts spread
    over the cases, dates after the case start, both agencies, some failed attempts."""
    from openpyxl import Workbook

    from app.services.excel.sheet import COLUMNS

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws_cases = wb.create_sheet("Ärenden")
    ws_people = wb.create_sheet("Personer")
    ws_contacts = wb.create_sheet("Kontakter")
    ws_cases.append(list(COLUMNS["Ärenden"]))
    ws_people.append(list(COLUMNS["Personer"]))
    ws_contacts.append(list(COLUMNS["Kontakter"]))
    start = TODAY - timedelta(days=900)
    roles_of: list[tuple[str, date, list[str]]] = []
    people = 0
    for i in range(cases):
        ref = f"T-{i + 1:06d}"
        opened = start + timedelta(days=rng.randrange(800))
        opened_cell = opened.isoformat() if i % 10 == 0 else datetime(*opened.timetuple()[:3])
        area = rng.choice(["Södermalm", "Gamla stan", "Hammarby sjöstad", None, "Farsta"])
        ws_cases.append([ref, rng.choice(SOURCES), rng.choice(["Ja", "Nej"]), opened_cell, area])
        roles = []
        if rng.random() < 0.92:
            roles.append("Våldsutsatt")
        if not roles or rng.random() < 0.8:
            roles.append("Våldsutövare")
        for role in roles:
            year = rng.randrange(1950, 2005) if rng.random() < 0.95 else None
            ws_people.append([ref, role, year, rng.choice(REFERRAL), rng.choice(REFERRAL)])
            people += 1
        roles_of.append((ref, opened, roles))
    for n in range(contacts):
        ref, opened, roles = roles_of[n % cases] if n < cases else rng.choice(roles_of)
        day = min(TODAY, opened + timedelta(days=int(rng.expovariate(1 / 40))))
        kind = rng.choices(["Digital", "Fysisk", "Misslyckat försök"], [70, 15, 15])[0]
        talks = (
            [0] * 7 if kind == "Misslyckat försök" else [int(rng.random() < 0.2) for _ in range(7)]
        )
        ws_contacts.append(
            [
                ref,
                rng.choice(roles),
                day.isoformat() if n % 10 == 0 else datetime(*day.timetuple()[:3]),
                kind,
                rng.choice(["Polis", "Socialtjänst"]),
                *talks,
            ]
        )
    wb.save(path)
    return {"cases": cases, "people": people, "contacts": contacts}


def run_backend(label: str, db, workbook: Path) -> dict:
    """Import as a lead (administrator). On PostgreSQL through the lead's own login role, so
    row-level security (and the import policy) is paid for as in real use."""
    import secrets

    from sqlalchemy import func, select, update

    from app.database import open_database
    from app.models import Contact, StaffMember
    from app.models.enums import Agency
    from app.services.admin import pg_roles
    from app.services.core.actor import Actor

    with db.write(system=True) as s:
        member = StaffMember(
            os_account=f"bench-{uuid.uuid4().hex[:6]}",
            full_name="Bänk Gruppchef",
            agency=Agency.POLICE,
            is_admin=True,
            is_caseworker=True,
        )
        s.add(member)
        s.flush()
        actor = Actor.from_staff(member, account=member.os_account)
        contacts_before = s.execute(select(func.count()).select_from(Contact)).scalar_one()
    staff_db = db
    role = None
    if label == "postgresql":
        role = pg_roles.new_role_name(secrets.token_hex(4))
        password = secrets.token_urlsafe(16)
        with db.write(system=True) as s:
            pg_roles.create_role(s, role, Agency.POLICE, admin=True)
            s.execute(update(StaffMember).where(StaffMember.id == member.id).values(db_role=role))
            s.connection().exec_driver_sql(f"ALTER ROLE {role} LOGIN PASSWORD '{password}'")
        staff_db = open_database(
            db.engine.url.set(username=role, password=password).render_as_string(
                hide_password=False
            )
        )
    try:
        return _measure(label, db, staff_db, actor, workbook, contacts_before, role)
    finally:
        if staff_db is not db:
            staff_db.dispose()
            with db.write(system=True) as s:
                s.connection().exec_driver_sql(f"DROP OWNED BY {role}")
                s.connection().exec_driver_sql(f"DROP ROLE {role}")


def _measure(label, db, staff_db, actor, workbook, contacts_before, role) -> dict:
    from sqlalchemy import func, select

    from app.models import Contact
    from app.services.excel.importer import import_workbook
    from app.services.excel.sheet import read_workbook

    t = time.perf_counter()
    sheet = read_workbook(workbook, today=TODAY)
    read_s = time.perf_counter() - t
    assert not sheet.problems, sheet.problems[:5]

    t, cpu = time.perf_counter(), time.process_time()
    first = import_workbook(staff_db, actor, workbook, today=TODAY)
    import_s, import_cpu_s = time.perf_counter() - t, time.process_time() - cpu

    t = time.perf_counter()
    second = import_workbook(staff_db, actor, workbook, today=TODAY)
    reimport_s = time.perf_counter() - t
    assert not second.added_anything, second.counts()
    with db.read(system=True) as s:
        contacts_after = s.execute(select(func.count()).select_from(Contact)).scalar_one()
    assert contacts_after - contacts_before == first.contacts_added
    return {
        "backend": label,
        "logged_in_as": "staff role (row-level security)" if role else "file key",
        "contacts_in_database_before": contacts_before,
        "read_and_check_s": round(read_s, 2),
        "import_s": round(import_s, 2),
        "import_process_cpu_s": round(import_cpu_s, 2),
        "reimport_s": round(reimport_s, 2),
        "added": first.counts(),
        "pass": import_s < 30,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sqlite-file", type=Path, help="import into a copy of this database")
    parser.add_argument("--key-file", type=Path, help="hex key of --sqlite-file")
    parser.add_argument("--pg", help="PostgreSQL admin URL (default: IGOR_TEST_PG_URL)")
    parser.add_argument("--pg-template", help="clone this database for the run")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="igor-bench-import-"))
    os.environ.setdefault("IGOR_DATA_DIR", str(workdir / "data"))
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from app.database import open_database
    from app.database.migrate import upgrade_database

    workbook = workdir / "teamets-blad.xlsx"
    t = time.perf_counter()
    sizes = build_workbook(workbook, args.cases, args.contacts, args.seed)
    build_s = time.perf_counter() - t

    results = []
    try:
        if not args.no_sqlite:
            target = workdir / "bench.db"
            key = None
            if args.sqlite_file:
                shutil.copyfile(args.sqlite_file, target)
                key = args.key_file.read_text().strip()
            db = open_database(str(target), key_hex=key)
            upgrade_database(db)
            try:
                results.append(run_backend("sqlcipher", db, workbook))
            finally:
                db.dispose()
        pg = args.pg or os.environ.get("IGOR_TEST_PG_URL")
        if pg:
            admin = create_engine(make_url(pg), isolation_level="AUTOCOMMIT")
            name = f"bench_import_{uuid.uuid4().hex[:8]}"
            template = f' TEMPLATE "{args.pg_template}"' if args.pg_template else ""
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
            try:
                url = make_url(pg).set(database=name).render_as_string(hide_password=False)
                db = open_database(url)
                upgrade_database(db)
                try:
                    results.append(run_backend("postgresql", db, workbook))
                finally:
                    db.dispose()
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    write_result(
        "bench_import",
        {
            "benchmark": "bench_import",
            "workbook": {**sizes, "seed": args.seed, "build_s": round(build_s, 2)},
            "sqlite_base": str(args.sqlite_file) if args.sqlite_file else "fresh",
            "pg_base": args.pg_template or "fresh",
            "results": results,
            "target_import_s": 30,
            "pass": all(r["pass"] for r in results) and bool(results),
            "machine": machine(),
            "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        },
    )


if __name__ == "__main__":
    main()
