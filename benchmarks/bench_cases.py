"""Benchmark: the case list and its search on demo data (issue 4).

    python -m benchmarks.bench_cases --db COPY.db --key-file KEY.hex     # existing SQLCipher file
    python -m benchmarks.bench_cases --db postgresql+psycopg://…/db      # existing PostgreSQL db
    python -m benchmarks.bench_cases --cases 20000                       # own temporary demo db

Targets: "list shown" < 150 ms — a new CasesPage is constructed (filters filled, the model's
first page and count fetched) and painted once offscreen (`grab()`); search answered < 50 ms
median — one `cases.list_cases` call per search form (name, personnummer, case number, police
report number), 25 different values each. Also reported: the same with the count the page shows,
fetching the next page, and the first page sorted by each column.

The given database is migrated to head first (this branch's indexes): pass a COPY of a shared
file, never the original. Writes benchmarks/results/bench_cases_<backend>.json.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, write_result  # noqa: E402


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def _stats(values: list[float]) -> dict:
    values = sorted(values)
    return {
        "median_ms": round(statistics.median(values), 1),
        "p90_ms": round(values[int(len(values) * 0.9) - 1 if len(values) > 1 else 0], 1),
        "max_ms": round(values[-1], 1),
        "n": len(values),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLCipher file (a copy!) or postgresql:// URL")
    parser.add_argument("--key-file", help="hex key of the SQLCipher file")
    parser.add_argument("--cases", type=int, default=20000, help="own demo data when no --db")
    parser.add_argument("--runs", type=int, default=15, help="repetitions of 'list shown'")
    parser.add_argument("--samples", type=int, default=25, help="values per search form")
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir = Path(tempfile.mkdtemp(prefix="igor-bench-cases-"))
    os.environ.setdefault("IGOR_DATA_DIR", str(workdir / "data"))
    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # a temporary database's key lives in memory only

    from sqlalchemy import func, select

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.models import Case, Person, PoliceReport, StaffMember
    from app.models.enums import Agency
    from app.services.cases import case_list as cases
    from app.services.cases.case_list import CaseQuery, CaseStatus, SortColumn
    from app.services.core.actor import Actor
    from app.ui.application import create_application

    app = create_application([sys.argv[0]])
    if args.db:
        if args.db.startswith("postgres"):
            db = open_database(args.db)
        else:
            key = Path(args.key_file).read_text().strip() if args.key_file else None
            db = open_database(args.db, key_hex=key) if key else open_database(args.db)
    else:
        from app.demo.generator import generate

        db = open_database(str(workdir / "bench.db"))
        upgrade_database(db)
        generate(db, cases=args.cases, seed=2026)
    t = time.perf_counter()
    upgrade_database(db)
    migrate_ms = _ms(t)

    rng = random.Random(2026)
    with db.read(system=True) as s:
        staff = (
            s.execute(
                select(StaffMember)
                .where(StaffMember.agency == Agency.POLICE, StaffMember.is_caseworker.is_(True))
                .order_by(StaffMember.id)
            )
            .scalars()
            .first()
        )
        actor = Actor.from_staff(staff, account="bench")
        n_cases = s.execute(select(func.count(Case.id))).scalar_one()
        ids = s.execute(select(Case.id)).scalars().all()
        picked = rng.sample(ids, min(len(ids), args.samples * 4))
        numbers = s.execute(select(Case.case_number).where(Case.id.in_(picked))).scalars().all()
        last_names = sorted(
            {n for n in s.execute(select(Person.last_name).limit(5000)).scalars() if n}
        )
        pnrs = (
            s.execute(
                select(Person.personal_number)
                .where(Person.number_kind == "personnummer")
                .order_by(Person.id)
                .offset(rng.randrange(1000))
                .limit(args.samples)
            )
            .scalars()
            .all()
        )
        reports = (
            s.execute(select(PoliceReport.report_number).where(PoliceReport.case_id.in_(picked)))
            .scalars()
            .all()
        )

    # --- list shown: page constructed, first page fetched, painted once ---------------------
    from app.ui.cases.page import CasesPage
    from app.ui.context import AppContext

    ctx = AppContext(db, actor)
    shown = []
    for _ in range(args.runs):
        t = time.perf_counter()
        page = CasesPage(ctx)
        page.resize(1100, 720)
        page.grab()  # lays out and paints the page, the table and its visible rows
        shown.append(_ms(t))
        rows = page.list_tab.model.rowCount()
        page.deleteLater()
        app.processEvents()

    default = CaseQuery(status=CaseStatus.OPEN)
    first_page, with_count, next_page = [], [], []
    for _ in range(args.runs):
        t = time.perf_counter()
        p = cases.list_cases(db, actor, default)
        first_page.append(_ms(t))
        cases.count_cases(db, actor, default)
        with_count.append(_ms(t))
        t = time.perf_counter()
        cases.list_cases(db, actor, default, after=p.next_cursor)
        next_page.append(_ms(t))

    # --- search -----------------------------------------------------------------------------
    def forms_pnr(v: str) -> str:  # the written forms users type, in turn
        return rng.choice([v, f"{v[:8]}-{v[8:]}", f"{v[2:8]}-{v[8:]}", v[2:]])

    searches = {
        "name": [rng.choice(last_names) for _ in range(args.samples)],
        "name_prefix_3": [rng.choice(last_names)[:3] for _ in range(args.samples)],
        "personnummer": [forms_pnr(v) for v in pnrs],
        "case_number": [rng.choice([n, n[5:]]) for n in numbers[: args.samples]],
        "report_number": [r.lower() if i % 2 else r for i, r in enumerate(reports[: args.samples])],
    }
    search = {}
    for kind, values in searches.items():
        only, both = [], []
        for v in values:
            q = CaseQuery(search=v)
            t = time.perf_counter()
            page_ = cases.list_cases(db, actor, q)
            only.append(_ms(t))
            if page_.next_cursor is not None:
                cases.count_cases(db, actor, q)
            both.append(_ms(t))
            assert page_.rows or kind.startswith("name"), (kind, v)
        search[kind] = {"list": _stats(only), "list_and_count": _stats(both)}

    sorts = {}
    for col in SortColumn:
        times = []
        for descending in (False, True):
            for _ in range(3):
                t = time.perf_counter()
                cases.list_cases(db, actor, CaseQuery(sort=col, descending=descending))
                times.append(_ms(t))
        sorts[col.value] = _stats(times)

    exact_kinds = ("name", "personnummer", "case_number", "report_number")
    result = {
        "backend": db.kind.value,
        "cases": n_cases,
        "migrate_ms": round(migrate_ms, 1),
        "list_shown": _stats(shown) | {"rows_in_first_page": rows},
        "first_page_service": _stats(first_page),
        "first_page_with_count": _stats(with_count),
        "next_page_service": _stats(next_page),
        "search": search,
        "sort_first_page": sorts,
        "targets": {"list_shown_ms": 150, "search_median_ms": 50},
        "pass": {
            "list_shown": statistics.median(shown) < 150,
            "search": all(search[k]["list"]["median_ms"] < 50 for k in exact_kinds),
        },
        "load_average_1min": round(os.getloadavg()[0], 2),
        "machine": machine(),
    }
    write_result(f"bench_cases_{db.kind.value}", result)
    db.dispose()


if __name__ == "__main__":
    main()
