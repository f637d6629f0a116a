"""Screenshots of every page of the main window, rendered offscreen at 1280×800.

    python -m tools.screenshots --out DIR [--db URL] [--cases N] [--as ACCOUNT]
        [--size 1366x768] [--language en] [--scale 1.5] [--high-contrast] [--case-file]

--language sv/en shows the program in that language (the English .qm is compiled first);
--scale sets QT_SCALE_FACTOR (125 %, 150 %, 200 % displays); --high-contrast uses a
high-contrast palette (white on black, yellow selection) as an OS high-contrast theme does;
--case-file adds one shot of a case file per tab (case-file-<n>.png).

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
    parser.add_argument("--pages", help="only these page keys, comma-separated")
    parser.add_argument("--settle-ms", type=int, default=400, help="wait per page before grabbing")
    parser.add_argument("--size", default=f"{WIDTH}x{HEIGHT}", help="window size, e.g. 1366x768")
    parser.add_argument("--language", choices=("sv", "en"), help="user interface language")
    parser.add_argument("--scale", help="QT_SCALE_FACTOR, e.g. 1.5")
    parser.add_argument("--high-contrast", action="store_true", help="a high-contrast palette")
    parser.add_argument("--case-file", action="store_true", help="also every tab of a case file")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    width, height = (int(v) for v in args.size.lower().split("x"))
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    if args.language:
        from tools import update_translations

        update_translations.main(["--compile"])
        os.environ["IGOR_LANGUAGE"] = args.language

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
    if args.high_contrast:
        from app.ui.application import apply_style

        _high_contrast(app)
        apply_style(app)
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
        wanted = set(args.pages.split(",")) if args.pages else None
        for account in accounts:
            actor = profiles.sign_in(db, account)
            window = MainWindow(AppContext(db, actor))
            window.resize(width, height)
            window.show()
            _settle(app, args.settle_ms)
            prefix = f"{account}-" if len(accounts) > 1 else ""
            for spec in PAGES:
                if (wanted and spec.key not in wanted) or spec.key not in window.specs:
                    continue
                window.show_page(spec.key)
                _settle(app, args.settle_ms)
                path = out / f"{prefix}{spec.key}.png"
                if not window.grab().save(str(path)):
                    raise SystemExit(f"could not write {path}")
                print(path)
            if args.case_file:
                _case_file_shots(app, window, out, width, height, args.settle_ms)
            window.close()
    finally:
        db.dispose()
        if tmp is not None:
            tmp.cleanup()
    return 0


def _high_contrast(app) -> None:
    from PySide6.QtGui import QColor, QPalette

    app.setStyle("Fusion")
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
        QPalette.ColorRole.BrightText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.ToolTipBase, black)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    grey = QColor("#9a9a9a")  # disabled controls must look disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    app.setPalette(palette)


def _case_file_shots(app, window, out: Path, width: int, height: int, settle_ms: int) -> None:
    from PySide6.QtWidgets import QTabWidget

    from app.ui.cases.case_file import CaseFileWidget

    page = window.pages.get("cases")
    holder = getattr(page, "list_tab", None) or page
    table = getattr(holder, "table", None)
    model = table.model() if table is not None else None
    case_id = None
    if model is not None and model.rowCount():
        from app.ui.cases.list_model import CASE_ID_ROLE

        case_id = model.data(model.index(0, 0), CASE_ID_ROLE)
    if not isinstance(case_id, int):
        return
    widget = CaseFileWidget(window.ctx, case_id)
    widget.resize(width, height)
    widget.show()
    _settle(app, settle_ms)
    tabs = widget.findChild(QTabWidget)
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        _settle(app, settle_ms)
        path = out / f"case-file-{i}.png"
        widget.grab().save(str(path))
        print(path)
    widget.close()


if __name__ == "__main__":
    raise SystemExit(main())
