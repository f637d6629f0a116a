"""`igor-desk migrate`: bring the database schema up to date (the program also does it on start)."""

from __future__ import annotations

import argparse

from app.cli import add_db_option
from app.database import open_database
from app.database.migrate import current_revision, upgrade_database


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("migrate", help="uppgradera databasens schema")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        backup = upgrade_database(db)
        print(f"Schemaversion: {current_revision(db)}")
        if backup:
            print(f"Säkerhetskopia före uppgraderingen: {backup}")
    finally:
        db.dispose()
    return 0
