"""Command line: `igor-desk` opens the program; subcommands do the operator's work.

Each subcommand lives in its own module under app/commands/ and is listed in COMMAND_MODULES.
A module provides `register(subparsers)` which adds its parser and sets `func(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from app.errors import UserError

COMMAND_MODULES = [
    "app.commands.audit",
    "app.commands.backup",
    "app.commands.demo",
    "app.commands.enroll",
    "app.commands.excel",
    "app.commands.migrate",
    "app.commands.retention",
    "app.commands.selftest",
    "app.commands.server",
    "app.commands.stats",
]

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="igor-desk",
        description="IGOR Desk – ärendehantering för IGOR-team (polis och socialtjänst).",
    )
    parser.add_argument("--version", action="store_true", help="visa version och avsluta")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="databas: sökväg till lokal fil eller postgresql://… (standard: sparad inställning "
        "eller den lokala krypterade filen)",
    )
    server = parser.add_argument_group(
        "anslutning till en databasserver (läggs till adressen från --db eller inställningen)"
    )
    server.add_argument(
        "--sslmode",
        metavar="LÄGE",
        help="TLS-läge: disable, allow, prefer, require, verify-ca eller verify-full",
    )
    server.add_argument("--sslrootcert", metavar="FIL", help="rotcertifikat (eller system)")
    server.add_argument("--connect-timeout", metavar="S", help="anslutningstidsgräns i sekunder")
    server.add_argument("--statement-timeout", metavar="S", help="frågetidsgräns i sekunder")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Subcommands accept --db after their name too (`igor-desk demo --db URL`)."""
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="databas-URL")


def with_connection_options(args: argparse.Namespace) -> str | None:
    """The database URL with --sslmode/--sslrootcert/--connect-timeout/--statement-timeout
    applied (checked like the dialog, each message naming its field)."""
    from dataclasses import replace

    from app import settings
    from app.database.connection import ServerConnection

    given = {
        "sslmode": args.sslmode,
        "root_certificate": args.sslrootcert,
        "connect_timeout_s": args.connect_timeout,
        "statement_timeout_s": args.statement_timeout,
    }
    given = {k: v for k, v in given.items() if v is not None}
    db = getattr(args, "db", None)
    if not given:
        return db
    base = settings.database_url(db)
    if not base or "://" not in base or base.startswith("sqlite"):
        raise UserError(
            "--sslmode, --sslrootcert och tidsgränserna gäller bara en databasserver "
            "(--db postgresql://…)."
        )
    return replace(ServerConnection.from_url(base), **given).to_url()


def main(argv: list[str] | None = None) -> int:
    from app.logging_setup import configure_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        from app.about import version_text

        print(version_text())
        return 0
    configure_logging(console=args.command is not None)
    try:
        args.db = with_connection_options(args)
        if args.command is None:
            from app.ui.application import run_gui

            return run_gui(args.db)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"igor-desk: {exc.message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
