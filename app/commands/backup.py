"""`igor-desk backup`, `igor-desk backups`, `igor-desk restore FILE`: the local database's
encrypted backups (see app.services.ops.backup). A shared PostgreSQL server is backed up with
pg_dump instead (docs/operations.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import add_db_option


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("backup", help="gör en krypterad säkerhetskopia nu")
    add_db_option(parser)
    parser.set_defaults(func=run_backup)

    parser = subparsers.add_parser("backups", help="lista säkerhetskopiorna")
    add_db_option(parser)
    parser.set_defaults(func=run_list)

    parser = subparsers.add_parser(
        "restore", help="ersätt databasen med en säkerhetskopia (programmet ska vara stängt)"
    )
    parser.add_argument("file", type=Path, help="säkerhetskopians fil")
    parser.add_argument("--yes", action="store_true", help="fråga inte om bekräftelse")
    add_db_option(parser)
    parser.set_defaults(func=run_restore)


def _local_path(args: argparse.Namespace) -> Path:
    from app import settings
    from app.database.engine import DatabaseKind, parse_database_url
    from app.errors import UserError

    target = parse_database_url(settings.database_url(getattr(args, "db", None)))
    if target.kind is not DatabaseKind.SQLITE or target.path is None:
        raise UserError(
            "Databasen är en PostgreSQL-server; den säkerhetskopieras med pg_dump och "
            "återställs med pg_restore (se docs/operations.md)."
        )
    return target.path


def run_backup(args: argparse.Namespace) -> int:
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.ops import backup

    db = open_database(str(_local_path(args)), create=False)
    try:
        upgrade_database(db)
        dest = backup.make_backup(db)
    finally:
        db.dispose()
    print(f"Säkerhetskopia: {dest} ({dest.stat().st_size} byte)")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.services.ops import backup

    rows = backup.list_backups(_local_path(args))
    if not rows:
        print("Inga säkerhetskopior.")
    for row in rows:
        print(f"{row.made_at:%Y-%m-%d %H:%M}  {row.size:>12}  {row.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from app import keystore
    from app.services.ops import backup

    db_path = _local_path(args)
    key = keystore.get_database_key(db_path)
    if key is not None:
        revision = backup.verify_backup(args.file, key)  # refuse early, before asking
        print(f"Säkerhetskopian {args.file.name} är hel (schemaversion {revision}).")
    if not args.yes:
        answer = input(
            f"Ersätta databasen {db_path} med {args.file.name}? Det som skrivits efter "
            "säkerhetskopian går förlorat (den nuvarande filen sparas). Skriv ja: "
        )
        if answer.strip().lower() not in ("ja", "j", "yes", "y"):
            print("Avbrutet; inget har ändrats.")
            return 1
    result = backup.restore(args.file, db_path, key_hex=key)
    print(f"Återställd från {result.restored_from.name} (schemaversion {result.revision}).")
    if result.previous_copy:
        print(f"Den tidigare databasfilen finns kvar som {result.previous_copy}")
    sys.stdout.flush()
    return 0
