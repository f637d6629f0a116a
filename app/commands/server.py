"""`igor-desk server init|upgrade|check URL`: the operator's commands for a shared PostgreSQL
server (docs/server.md). They connect exactly as the URL says (the database owner), never with
a staff login from the keyring."""

from __future__ import annotations

import argparse
import getpass
import sys

from app.errors import UserError
from app.models.enums import Agency

AGENCIES = {"polis": Agency.POLICE, "police": Agency.POLICE, "social": Agency.SOCIAL}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("server", help="förbered och kontrollera en databasserver")
    sub = parser.add_subparsers(dest="server_command", metavar="ÅTGÄRD", required=True)
    init = sub.add_parser(
        "init",
        help="förbered en tom serverdatabas (schema, roller, behörigheter, första administratör)",
    )
    init.add_argument("url", metavar="URL", help="postgresql://ägare@server/databas")
    init.add_argument("--admin-name", metavar="NAMN", help="den första administratörens namn")
    init.add_argument(
        "--agency", choices=sorted(AGENCIES), help="den första administratörens myndighet"
    )
    init.add_argument(
        "--os-account",
        metavar="KONTO",
        help="administratörens datoranvändare (standard: du som kör kommandot; ett annat konto "
        "får en registreringskod i stället för ett lösenord)",
    )
    init.add_argument(
        "--password-stdin",
        action="store_true",
        help="läs administratörens lösenord från standard in i stället för att fråga",
    )
    init.set_defaults(func=run_init)
    upgrade = sub.add_parser("upgrade", help="uppgradera schemat (Alembic) till programmets")
    upgrade.add_argument("url", metavar="URL")
    upgrade.set_defaults(func=run_upgrade)
    check = sub.add_parser("check", help="rapportera vad som är fel i en serverdatabas")
    check.add_argument("url", metavar="URL")
    check.set_defaults(func=run_check)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Lösenord för administratörens inloggningsroll: ")
    again = getpass.getpass("Samma lösenord igen: ")
    if first != again:
        raise UserError("Lösenorden är inte lika.")
    return first


def run_init(args: argparse.Namespace) -> int:
    from app import keystore
    from app.database.engine import parse_database_url
    from app.errors import KeyringError
    from app.services.core.actor import os_account
    from app.services.ops import server

    admin = None
    if args.admin_name or args.agency:
        if not (args.admin_name and args.agency):
            raise UserError("Ange både --admin-name och --agency för den första administratören.")
        account = args.os_account or os_account()
        password = None
        if account == os_account():  # the administrator runs init: the login is theirs
            password = _password(args.password_stdin)
            server.check_password(password)
        admin = server.FirstAdmin(args.admin_name, AGENCIES[args.agency], account, password)
    result = server.init_server(args.url, admin)
    if result.role is None or admin is None or admin.password is None:
        return 0
    url = parse_database_url(args.url).url
    try:
        keystore.store_server_login(url.host, url.port, url.database, result.role, admin.password)
        print("Inloggningen är sparad i din nyckelring; starta IGOR Desk med serverns adress.")
    except KeyringError as exc:
        print(f"Inloggningen kunde inte sparas i nyckelringen: {exc.message()}")
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from app.services.ops import server

    server.upgrade_server(args.url)
    return 0


def run_check(args: argparse.Namespace) -> int:
    from app.services.ops import server

    report = server.check_server(args.url)
    if report.ok:
        print(f"OK: serverdatabasen stämmer med migreringarna ({report.revision}).")
        return 0
    print(f"FEL: {len(report.findings)} avvikelser (schemaversion {report.revision}):")
    for finding in report.findings:
        print(f"- {finding.message()}")
    return 1
