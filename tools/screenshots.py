"""Screenshots of every page of the main window, rendered offscreen at 1280×800.

    python -m tools.screenshots --out DIR [--db URL] [--cases N] [--as ACCOUNT]

Without --db a temporary encrypted database with N demo cases (default 300) is made (its key is
kept in memory only, so no keyring is needed) and deleted afterwards; the demo lead
(demo.gruppchef) signs in unless --as names another profile. With --db the database is
opened like the program does (key from the keyring) and the OS user's profile signs in, or
the profile given with --as. Pages are taken from app.ui.pages.PAGES, so new pages are picked
up automatically. Writes DIR/<page key>.png and prints the file names.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

WIDTH, HEIGHT = 1280, 800


def _settle(app, ms: int) -> None:
    """Let delayed layouts, fetchMore and timers run before grabbing."""
    deadline = time.perf_counter() + ms / 1000
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--db", help="database file or postgresql:// URL (default: temporary)")
    parser.add_argument("--cases", type=int, default=300, help="demo cases in a temporary database")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--as",
        dest="accounts",
        action="append",
        help="sign in as this OS account (profile); repeat for several (files <account>-<page>.png)",
    )
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1366x768")
    parser.add_argument("--pages", help="only these page keys, comma-separated")
    parser.add_argument("--settle-ms", type=int, default=400, help="wait per page before grabbing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import profiles
    from app.ui.application import create_application, open_and_migrate
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow
    from app.ui.pages import PAGES

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([sys.argv[0]])
    tmp = None
    if args.db:
        db = open_and_migrate(args.db)
    else:
        from app.demo.generator import generate

        tmp = tempfile.TemporaryDirectory(prefix="igor-shots-")
        db = open_database(str(Path(tmp.name) / "demo.db"), key_hex=secrets.token_hex(32))
        upgrade_database(db)
        generate(db, cases=args.cases, seed=args.seed)
    try:
        # On a temporary demo database sign in as the demo team's lead (who has a calendar,
        # transports and the Administration page), not as the OS user's bare profile.
        accounts = args.accounts or [None if args.db else "demo.gruppchef"]
        width, height = (int(v) for v in args.size.lower().split("x"))
        wanted = set(args.pages.split(",")) if args.pages else None
        for account in accounts:
            actor = profiles.sign_in(db, account)
            window = MainWindow(AppContext(db, actor))
            window.resize(width, height)
            window.show()
            _settle(app, args.settle_ms)
            for spec in PAGES:
                if (wanted and spec.key not in wanted) or spec.key not in window.specs:
                    continue
                window.show_page(spec.key)
                _settle(app, args.settle_ms)
                name = f"{account}-{spec.key}" if len(accounts) > 1 else spec.key
                path = out / f"{name}.png"
                if not window.grab().save(str(path)):
                    raise SystemExit(f"could not write {path}")
                print(path)
            window.close()
    finally:
        db.dispose()
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
