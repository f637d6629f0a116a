"""Make the several-teams scale database: N teams × M demo cases on one PostgreSQL server.

    .venv/bin/python -m benchmarks.make_teams_db --pg postgresql+psycopg://SUPERUSER:PW@HOST:PORT/DB \
        [--teams 10] [--cases 50000]

The database must be empty (it is migrated to head) or already hold one team's demo data from an
earlier run (then only the cloning runs). Team 1 is made by the demo generator (app.demo.generator,
COPY); teams 2..N are copies of it made on the server in one INSERT … SELECT per table over
`generate_series(2, N)`, with every id and foreign key moved by the table's largest id and the
unique texts (case numbers, personnummer, resource names, event uids, audit hashes) suffixed.
Needs a superuser (the copy runs with session_replication_role = replica: no triggers, no
foreign-key checks; the statistics totals are copied the same way). Prints timings as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Unique texts: how the copy of team k spells them (k is the SQL column "k").
UNIQUE_TEXT = {
    ("case_file", "case_number"): "case_number || '-' || k",
    ("case_file", "external_ref"): "external_ref || '-' || k",
    ("case_file", "external_ref_key"): "external_ref_key || '-' || k",
    ("person", "personal_number"): "personal_number || '-' || k",
    ("staff_member", "os_account"): "os_account || '-' || k",
    ("staff_member", "db_role"): "NULL",
    ("resource", "name"): "name || ' (' || k || ')'",
    ("calendar_event", "uid"): "uid || '-' || k",
    ("audit_entry", "hash"): "md5(hash || k) || md5(k || hash)",
    ("enrollment_code", "code_hash"): "code_hash || '-' || k",
}
# Id columns without a declared foreign key.
EXTRA_REFS = {
    ("audit_entry", "case_id"): "case_file",
    ("stat_party_contacts", "party_id"): ("case_party"),
    ("stat_party_contacts", "case_id"): "case_file",
}
SKIP = {"team", "alembic_version", "case_number_counter", "audit_head", "stat_contact_days"}


def clone_sql(teams: int, offsets: dict[str, int]) -> list[tuple[str, str]]:
    """(table, INSERT … SELECT) for every team table, copying team 1 to teams 2..`teams`."""
    from app.models import Base

    out = []
    for table in Base.metadata.sorted_tables:
        if table.name in SKIP:
            continue
        cols, exprs, original = [], [], []
        for c in table.columns:
            cols.append(c.name)
            ref = next((fk.column.table.name for fk in c.foreign_keys), None)
            ref = ref or EXTRA_REFS.get((table.name, c.name))
            if c.name == "team_id":
                exprs.append("k")
            elif (table.name, c.name) in UNIQUE_TEXT:
                exprs.append(UNIQUE_TEXT[(table.name, c.name)])
            elif c.name == "id" and c.primary_key:
                exprs.append(f"id + {offsets[table.name]}::bigint * (k - 1)")
                original.append(f"id <= {offsets[table.name]}")
            elif ref is not None:
                exprs.append(f"{c.name} + {offsets.get(ref, 0)} * (k - 1)")
                if c.primary_key and not original:
                    original.append(f"{c.name} <= {offsets.get(ref, 0)}")
            else:
                exprs.append(c.name)
        where = f"WHERE {' AND '.join(original)}" if original else ""
        if table.name == "setting":
            where = "WHERE team_id = 1"
        out.append(
            (
                table.name,
                f"INSERT INTO {table.name} ({', '.join(cols)}) SELECT {', '.join(exprs)} "
                f"FROM {table.name} CROSS JOIN generate_series(2, {teams}) AS k {where}",
            )
        )
    # The contacts per day, staff member, agency, channel and reached: the copies' staff ids
    # move; the rows without a staff member (0) add up.
    staff = offsets["staff_member"]
    out.append(
        (
            "stat_contact_days",
            "INSERT INTO stat_contact_days AS d (day, staff_id, owner_agency, channel, reached, n) "
            f"SELECT day, CASE WHEN staff_id = 0 THEN 0 ELSE staff_id + {staff} * (k - 1) END, "
            "owner_agency, channel, reached, sum(n) FROM stat_contact_days "
            f"CROSS JOIN generate_series(2, {teams}) AS k WHERE staff_id <= {staff} "
            "GROUP BY 1, 2, 3, 4, 5 ON CONFLICT (day, staff_id, owner_agency, channel, reached) "
            "DO UPDATE SET n = d.n + excluded.n",
        )
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="the database (a superuser's URL)")
    parser.add_argument("--teams", type=int, default=10)
    parser.add_argument("--cases", type=int, default=50_000, help="cases per team")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    from sqlalchemy import text

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.demo.generator import generate
    from app.models import Base

    db = open_database(args.pg)
    upgrade_database(db)
    timings: dict[str, float] = {}
    with db.engine.connect() as conn:
        cases = conn.execute(text("SELECT count(*) FROM case_file")).scalar_one()
        teams = conn.execute(text("SELECT count(*) FROM team")).scalar_one()
    if teams > 1:
        sys.exit("the database holds several teams already")
    if not cases:
        t = time.perf_counter()
        print(generate(db, cases=args.cases, seed=args.seed), flush=True)
        timings["generate_team_1_s"] = time.perf_counter() - t
    # A plain engine: the program's own (app.database.engine) has a watchdog that cuts a
    # connection whose server stays silent, as it does during one long INSERT … SELECT.
    from sqlalchemy import create_engine

    plain = create_engine(db.engine.url.render_as_string(hide_password=False))
    with plain.begin() as conn:
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
        conn.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
        conn.execute(
            text(
                "INSERT INTO team (id, name, created_at) SELECT k, 'IGOR team ' || k, now() "
                "FROM generate_series(2, :n) AS k"
            ),
            {"n": args.teams},
        )
        offsets = {}
        for table in Base.metadata.sorted_tables:
            if "id" in table.columns and table.columns["id"].primary_key:
                offsets[table.name] = conn.exec_driver_sql(
                    f"SELECT coalesce(max(id), 0) FROM {table.name}"
                ).scalar_one()
        # Plain indexes (not those behind a constraint) are dropped and built again afterwards:
        # one sort per index instead of millions of insertions.
        indexes = conn.exec_driver_sql(
            "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = 'public' "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
        ).all()
        for name, _ in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        for name, sql in clone_sql(args.teams, offsets):
            t = time.perf_counter()
            conn.exec_driver_sql(sql)
            timings[f"copy_{name}_s"] = round(time.perf_counter() - t, 2)
            print(name, timings[f"copy_{name}_s"], flush=True)
        t = time.perf_counter()
        conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
        for _, definition in indexes:
            conn.exec_driver_sql(definition)
        timings["indexes_s"] = round(time.perf_counter() - t, 2)
        for name in offsets:
            conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}"
            )
        conn.exec_driver_sql(
            "SELECT setval(pg_get_serial_sequence('team', 'id'), max(id)) FROM team"
        )
    t = time.perf_counter()
    with plain.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    timings["vacuum_analyze_s"] = time.perf_counter() - t
    with plain.connect() as conn:
        counts = {
            t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one()
            for t in ("team", "case_file", "person", "contact", "calendar_event", "transport")
        }
    print(json.dumps({"teams": args.teams, "counts": counts, "timings": timings}), flush=True)
    db.dispose()


if __name__ == "__main__":
    main()
