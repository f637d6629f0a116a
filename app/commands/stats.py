"""`igor-desk stats --from YYYY-MM-DD --to YYYY-MM-DD [--json]`: the team's statistics for a
period, as the signed-in OS user's profile (like the Statistik page; any signed-in role)."""

from __future__ import annotations

import argparse
import json

from app.cli import add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help="statistik för en period (tabellerna 2–4)")
    parser.add_argument("--from", dest="date_from", required=True, metavar="ÅÅÅÅ-MM-DD")
    parser.add_argument("--to", dest="date_to", required=True, metavar="ÅÅÅÅ-MM-DD")
    parser.add_argument("--json", action="store_true", help="skriv ett JSON-objekt")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app import settings
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import profiles
    from app.services.statistics import figures as statistics
    from app.services.statistics import tables as statistics_tables

    date_from = statistics.parse_date(args.date_from, "--from")
    date_to = statistics.parse_date(args.date_to, "--to")
    statistics.check_period(date_from, date_to)
    db = open_database(settings.database_url(getattr(args, "db", None)), create=False)
    try:
        upgrade_database(db)
        actor = profiles.sign_in(db)
        result = statistics.compute(db, actor, date_from, date_to)
        statistics.record_export(db, actor, result, "json" if args.json else "text")
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(statistics_tables.plain_text(result))
    return 0
