"""`igor-desk audit verify`: check that the audit trail's hash chain is whole and ends at its
anchored head (nothing removed from the end, nothing appended outside the program)."""

from __future__ import annotations

import argparse

from app import settings
from app.cli import add_db_option
from app.database import open_database
from app.services.core import audit


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="granska loggen (audit trail)")
    sub = parser.add_subparsers(dest="audit_command", metavar="ÅTGÄRD", required=True)
    verify = sub.add_parser("verify", help="kontrollera att loggens hashkedja är obruten")
    add_db_option(verify)
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    db = open_database(settings.database_url(getattr(args, "db", None)), create=False)
    try:
        with db.read(system=True) as s:
            problem = audit.verify_chain(s)
            count = audit.count_entries(s)
    finally:
        db.dispose()
    if problem is None:
        print(f"OK: loggen är obruten ({count} poster).")
        return 0
    where = f" vid post {problem.entry_id}" if problem.entry_id is not None else ""
    print(f"FEL: loggen är bruten{where}: {problem.reason}")
    return 1
