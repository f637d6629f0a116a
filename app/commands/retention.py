"""`igor-desk gallring [--erase] [--yes]`: list (or erase) the closed cases past the retention
period. Runs as the signed-in OS user, who must be an administrator; audited like the dialog."""

from __future__ import annotations

import argparse

from app.cli import add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "gallring", help="lista (eller radera) avslutade ärenden som passerat gallringstiden"
    )
    parser.add_argument("--erase", action="store_true", help="radera de listade ärendena")
    parser.add_argument("--yes", action="store_true", help="fråga inte om bekräftelse")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from app import settings
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import profiles
    from app.services.ops import retention

    db = open_database(settings.database_url(getattr(args, "db", None)), create=False)
    try:
        upgrade_database(db)
        actor = profiles.sign_in(db)
        years = retention.retention_years(db)
        due = retention.due_cases(db, actor)
        print(f"Gallringstid: {years} år efter avslut. {len(due)} ärenden kan gallras.")
        for row in due:
            print(f"  {row.case_number}  öppnat {row.opened_on}  avslutat {row.closed_on}")
        if not args.erase or not due:
            return 0
        if not args.yes:
            answer = input(f"Radera {len(due)} ärenden för gott? Skriv ja: ")
            if answer.strip().lower() not in ("ja", "j", "yes", "y"):
                print("Avbrutet; inget har raderats.")
                return 1
        summary = retention.erase_cases(db, actor, [row.case_id for row in due])
        print(f"Raderat: {summary.cases} ärenden, {summary.persons} personer.")
    finally:
        db.dispose()
    return 0
