"""`igor-desk demo --cases N`: fill a database with realistic synthetic data."""

from __future__ import annotations

import argparse
import time

from app.cli import add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="fyll en databas med påhittade demodata")
    parser.add_argument("--cases", type=int, default=1000, help="antal ärenden (standard 1000)")
    parser.add_argument("--seed", type=int, default=2026, help="slumpfrö (samma frö, samma data)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.demo.generator import generate

    db = open_database(args.db)
    try:
        upgrade_database(db)
        started = time.perf_counter()
        summary = generate(db, cases=args.cases, seed=args.seed, progress=print)
        elapsed = time.perf_counter() - started
        print(
            f"Klart på {elapsed:.1f} s: {summary.cases} ärenden, {summary.people} personer, "
            f"{summary.contacts} kontakter, {summary.events} kalenderhändelser, "
            f"{summary.transports} transporter, {summary.consents} samtycken."
        )
    finally:
        db.dispose()
    return 0
