"""Benchmark: one team's daily work on a server shared by several teams (issue 16).

    .venv/bin/python -m benchmarks.bench_teams --pg postgresql+psycopg://OWNER:PW@HOST:PORT/DB \
        [--team 5] [--runs 15] [--samples 25]

DB is made by benchmarks.make_teams_db (N teams × M cases). A caseworker of --team gets a real
login role (as provisioning does) and everything is measured through that login, so the
server's row-level security (agency rules and the restrictive team policies) is in every query:
the case list (first page, with its count, next page), search (last name, personnummer, case
number), the case file (load_case, timeline, contact rule, contact counts), the week view of the
whole team, and the statistics of the whole span. The same calls as the database owner (the
service layer's team filter only, no row-level security) are measured for comparison.
Prints one JSON line and writes benchmarks/results/bench_teams.json.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402


def _ms(values: list[float]) -> dict:
    ms = sorted(v * 1000 for v in values)
    return {
        "median_ms": round(statistics.median(ms), 1),
        "p90_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.9))], 1),
        "max_ms": round(ms[-1], 1),
        "n": len(ms),
    }


def _timed(fn, runs: int) -> dict:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return _ms(times)


def measure(db, actor, team: int, args) -> dict:
    from sqlalchemy import func, select

    from app.models import Case, CaseParty, Person, StaffMember
    from app.models.enums import CaseStatus, PartyRole
    from app.services.cases import case_file, case_list, contacts
    from app.services.cases.case_list import CaseQuery
    from app.services.scheduling import event_views
    from app.services.scheduling.recurrence import local_midnight
    from app.services.statistics import figures

    rng = random.Random(args.seed)
    with db.read(actor=actor) as s:
        n_cases = s.execute(select(func.count(Case.id))).scalar_one()
        ids = s.execute(select(Case.id).where(Case.status == CaseStatus.OPEN)).scalars().all()
        picked = rng.sample(ids, min(len(ids), args.samples))
        numbers = s.execute(select(Case.case_number).where(Case.id.in_(picked))).scalars().all()
        people = s.execute(
            select(Person.last_name, Person.personal_number)
            .join(CaseParty, CaseParty.person_id == Person.id)
            .where(CaseParty.case_id.in_(picked), Person.number_kind == "personnummer")
        ).all()
        span = s.execute(select(func.min(Case.opened_on), func.max(Case.opened_on))).one()
        staff_in_team = s.execute(select(func.count(StaffMember.id))).scalar_one()
    default = CaseQuery(status=CaseStatus.OPEN)
    out: dict = {"cases_seen": n_cases, "staff_seen": staff_in_team}
    page = case_list.list_cases(db, actor, default)
    out["case_list_first_page"] = _timed(
        lambda: case_list.list_cases(db, actor, default), args.runs
    )

    def with_count():
        case_list.list_cases(db, actor, default)
        case_list.count_cases(db, actor, default)

    out["case_list_with_count"] = _timed(with_count, args.runs)
    out["case_list_next_page"] = _timed(
        lambda: case_list.list_cases(db, actor, default, after=page.next_cursor), args.runs
    )
    searches = {
        "name": [p.last_name for p in people if p.last_name],
        "personnummer": [p.personal_number for p in people if p.personal_number],
        "case_number": list(numbers),
    }
    out["search"] = {}
    for kind, values in searches.items():
        times, found = [], 0
        for v in values[: args.samples]:
            t = time.perf_counter()
            result = case_list.list_cases(db, actor, CaseQuery(search=v))
            times.append(time.perf_counter() - t)
            found += bool(result.rows)
        out["search"][kind] = _ms(times) | {"found": found}
    steps: dict[str, list[float]] = {
        k: [] for k in ("load_case", "timeline", "contact_rule", "contact_counts")
    }
    opened = []
    for case_id in picked[: args.runs]:
        t0 = time.perf_counter()
        view = case_file.load_case(db, actor, case_id)
        steps["load_case"].append(time.perf_counter() - t0)
        t = time.perf_counter()
        contacts.timeline(db, actor, case_id)
        steps["timeline"].append(time.perf_counter() - t)
        t = time.perf_counter()
        contacts.contact_rule(db, actor, case_id)
        steps["contact_rule"].append(time.perf_counter() - t)
        victim = view.party(PartyRole.VICTIM)
        t = time.perf_counter()
        if victim is not None:
            contacts.contact_counts(db, actor, victim.person_id)
        steps["contact_counts"].append(time.perf_counter() - t)
        opened.append(time.perf_counter() - t0)
    out["case_file"] = {k: _ms(v) for k, v in steps.items()} | {"open_total": _ms(opened)}
    monday = date.today() - timedelta(days=date.today().weekday())
    week = (local_midnight(monday), local_midnight(monday + timedelta(days=7)))
    rows = event_views.events_between(db, actor, *week, None)
    out["week_view_query"] = _timed(
        lambda: event_views.events_between(db, actor, *week, None), args.runs
    ) | {"rows": len(rows)}
    whole = (span[0], date.today())
    stats_times = []
    for _ in range(args.stats_runs):
        t = time.perf_counter()
        result = figures.compute(db, actor, *whole)
        stats_times.append(time.perf_counter() - t)
    out["statistics_whole_span"] = _ms(stats_times) | {"cases": result.cases.count}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="the database owner's URL")
    parser.add_argument("--team", type=int, default=5)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--samples", type=int, default=25)
    parser.add_argument("--stats-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--owner-too", action="store_true", help="also measure as the owner")
    args = parser.parse_args()

    from sqlalchemy import func, select, update

    from app.database import open_database
    from app.models import Case, StaffMember, Team
    from app.models.enums import Agency
    from app.services.admin import pg_roles
    from app.services.core.actor import Actor

    owner = open_database(args.pg)
    with owner.write(system=True) as s:
        teams = s.execute(select(func.count(Team.id))).scalar_one()
        total = s.execute(select(func.count(Case.id))).scalar_one()
        member = (
            s.execute(
                select(StaffMember)
                .where(
                    StaffMember.team_id == args.team,
                    StaffMember.agency == Agency.SOCIAL,
                    StaffMember.is_caseworker,
                    StaffMember.revoked_at.is_(None),
                )
                .order_by(StaffMember.id)
            )
            .scalars()
            .first()
        )
        actor = Actor.from_staff(member, account="bench")
        role = pg_roles.new_role_name(secrets.token_hex(4))
        password = secrets.token_urlsafe(16)
        pg_roles.create_role(s, role, Agency.SOCIAL, admin=False)
        s.execute(update(StaffMember).where(StaffMember.id == member.id).values(db_role=role))
        s.connection().exec_driver_sql(f"ALTER ROLE {role} LOGIN PASSWORD '{password}'")
    login = open_database(
        owner.engine.url.set(username=role, password=password).render_as_string(hide_password=False)
    )
    result = {
        "benchmark": "bench_teams",
        "teams": teams,
        "cases_on_server": total,
        "team": args.team,
        "as_login_role": measure(login, actor, args.team, args),
    }
    if args.owner_too:
        result["as_owner"] = measure(owner, actor, args.team, args)
    result["machine"] = machine()
    with owner.write(system=True) as s:
        s.execute(update(StaffMember).where(StaffMember.id == member.id).values(db_role=None))
    login.dispose()
    with owner.engine.begin() as conn:
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    owner.dispose()
    write_result("bench_teams", result)


if __name__ == "__main__":
    main()
