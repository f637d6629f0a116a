"""`igor-desk import-excel FILE [--dry-run]` and `igor-desk excel-template [FILE]`.

The import runs as the signed-in OS user's profile (like the Statistik view's dialog): problems
are listed one per line (`Kontakter, rad 7, kolumn Typ: okänt värde "Fysik" …`) with exit code
1, and nothing is imported; a successful import (or check) prints what it added.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import add_db_option

DEFAULT_TEMPLATE = "igor-excel-mall.xlsx"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-excel",
        help="importera teamets Excel-ark (Ärenden, Personer, Kontakter)",
        description="Importerar teamets Excel-ark i en enda transaktion. Alla fel listas "
        "(blad, rad, kolumn) och då importeras ingenting. Samma fil kan importeras flera "
        "gånger utan att något dubbleras.",
    )
    parser.add_argument("file", metavar="FIL", help="arbetsboken (.xlsx)")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="kontrollera bara och visa vad som skulle läggas till; ingenting sparas",
    )
    add_db_option(parser)
    parser.set_defaults(func=run_import)

    template = subparsers.add_parser(
        "excel-template", help="spara en tom mall för teamets Excel-ark"
    )
    template.add_argument(
        "file",
        metavar="FIL",
        nargs="?",
        default=DEFAULT_TEMPLATE,
        help=f"(standard: {DEFAULT_TEMPLATE})",
    )
    template.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    template.set_defaults(func=run_template)


def run_import(args: argparse.Namespace) -> int:
    from app import settings
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import profiles
    from app.services.excel import importer as excel_import

    path = Path(args.file)
    db = open_database(settings.database_url(getattr(args, "db", None)), create=False)
    try:
        upgrade_database(db)
        actor = profiles.sign_in(db)
        stages: list[str] = []

        def progress(stage: str, _done: int, _total: int) -> None:
            if not stages or stages[-1] != stage:
                stages.append(stage)
                print(f"{stage} …", file=sys.stderr, flush=True)

        try:
            result = excel_import.import_workbook(
                db, actor, path, dry_run=args.dry_run, progress=progress
            )
        except excel_import.ImportRefused as refused:
            print(refused.message(), file=sys.stderr)
            return 1
    finally:
        db.dispose()
    for line in result.summary_lines():
        print(line)
    return 0


def run_template(args: argparse.Namespace) -> int:
    from app.services.excel.sheet import write_template

    path = Path(args.file)
    if path.exists() and not args.force:
        print(
            f"igor-desk: {path} finns redan (använd --force för att skriva över).", file=sys.stderr
        )
        return 1
    write_template(path)
    print(f"Mallen är sparad: {path}")
    return 0
