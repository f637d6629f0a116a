"""`igor-desk enroll CODE`: bind this OS account to the profile an administrator prepared, and put
the secret it needs into this user's OS keyring."""

from __future__ import annotations

import argparse

from app import settings
from app.cli import add_db_option
from app.services.admin import profiles
from app.services.core.actor import os_account


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "enroll", help="registrera den här datoranvändaren med en engångskod från gruppchefen"
    )
    parser.add_argument("code", metavar="KOD", help="registreringskoden (gäller en gång, 24 h)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    actor = profiles.enroll(settings.database_url(getattr(args, "db", None)), args.code)
    print(f"Klart: datoranvändaren {os_account()} är registrerad (profil nr {actor.staff_id}).")
    return 0
