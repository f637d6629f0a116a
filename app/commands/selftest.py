"""`igor-desk selftest`: checks that an installed (frozen) program has what it needs — the OS
keyring backend, the SQLCipher driver with the migration scripts, the PostgreSQL driver, the
PDF fonts and the Qt platform plugins and Swedish translations. Used by the installer's smoke
test and by IT after installing. Touches nothing outside a temporary folder."""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "selftest", help="kontrollera att installationen är hel (nyckelring, drivrutiner, typsnitt)"
    )
    parser.set_defaults(func=run)


def check_keyring() -> str:
    from app import keystore

    name = f"selftest-{uuid.uuid4().hex[:8]}"
    keystore.set_secret(name, "ok")
    try:
        if keystore.get_secret(name) != "ok":
            raise RuntimeError("the secret read back differs")
    finally:
        keystore.delete_secret(name)
    return keystore.backend_name()


def check_sqlcipher(folder: Path) -> str:
    from app.database import open_database
    from app.database.migrate import current_revision, upgrade_database

    path = folder / "selftest.db"
    key = "5e" * 32
    db = open_database(str(path), key_hex=key)
    try:
        upgrade_database(db)
        revision = current_revision(db)
    finally:
        db.dispose()
    if path.read_bytes()[:15] == b"SQLite format 3":
        raise RuntimeError("the database file is not encrypted")
    import sqlcipher3

    return f"SQLCipher {sqlcipher3.sqlite_version}, schema {revision}"


def check_postgresql_driver() -> str:
    import psycopg

    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()})"


def check_pdf_fonts(folder: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from app import paths

    font = "Helvetica"
    fonts = sorted((paths.resources_dir() / "fonts").glob("*.ttf"))
    if fonts:
        font = fonts[0].stem
        pdfmetrics.registerFont(TTFont(font, str(fonts[0])))
    out = folder / "selftest.pdf"
    pdf = canvas.Canvas(str(out), pagesize=A4)
    pdf.setFont(font, 12)
    pdf.drawString(72, 720, "Åsa Öberg – självtest")
    pdf.save()
    if not out.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("no PDF written")
    return f"{font} ({len(fonts)} bundled TTF fonts)"


def _check_qt() -> str:
    from app.ui.selftest import check_qt  # Qt is imported by the UI layer only

    return check_qt()


def run(args: argparse.Namespace) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="igor-selftest-") as tmp:
        folder = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("Nyckelring", check_keyring),
            ("Lokal databas", lambda: check_sqlcipher(folder)),
            ("PostgreSQL-drivrutin", check_postgresql_driver),
            ("PDF-typsnitt", lambda: check_pdf_fonts(folder)),
            ("Qt", _check_qt),
        ]
        for label, check in checks:
            try:
                print(f"OK   {label}: {check()}")
            except Exception as exc:  # report every check, then fail
                failures += 1
                print(f"FEL  {label}: {type(exc).__name__}: {exc}")
    print("Självtestet klart: " + ("inga fel." if not failures else f"{failures} fel."))
    sys.stdout.flush()
    return 0 if not failures else 1
