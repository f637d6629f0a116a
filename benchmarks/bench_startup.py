"""Time from start to a painted main window on a big database (offscreen Qt platform).

    python -m benchmarks.bench_startup --db PATH_OR_URL [--runs 3]

Each run is a fresh Python process (so imports count, as they do for a user) that measures its
phases: imports, QApplication, open database (keyring key + connect + migration check),
sign-in, main window construction, and until the window has been exposed and painted. The
database must have a profile for the OS user running this (the demo generator adds one).
Prints one JSON line and writes benchmarks/results/bench_startup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from benchmarks.common import machine, require_keyring, write_result


def child(db_url: str) -> dict:
    t0 = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from app.services.admin import profiles
    from app.ui.application import create_application, open_and_migrate
    from app.ui.context import AppContext
    from app.ui.main_window import MainWindow

    t_import = time.perf_counter()
    app = create_application([sys.argv[0]])
    t_app = time.perf_counter()
    db = open_and_migrate(db_url)
    t_db = time.perf_counter()
    actor = profiles.sign_in(db)
    t_sign = time.perf_counter()
    window = MainWindow(AppContext(db, actor))
    t_built = time.perf_counter()

    painted: list[float] = []

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = PaintWatcher()
    window.installEventFilter(watcher)
    window.show()
    deadline = time.perf_counter() + 30
    while not painted and time.perf_counter() < deadline:
        QApplication.processEvents()
    exposed = window.windowHandle() is not None and window.windowHandle().isExposed()
    result = {
        "imports_s": t_import - t0,
        "qapplication_s": t_app - t_import,
        "open_and_migrate_s": t_db - t_app,
        "sign_in_s": t_sign - t_db,
        "main_window_s": t_built - t_sign,
        "to_first_paint_s": (painted[0] if painted else float("nan")) - t_built,
        "total_in_process_s": (painted[0] if painted else float("nan")) - t0,
        "exposed": exposed,
        "platform": app.platformName(),
    }
    window.close()
    db.dispose()
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database file or postgresql:// URL")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--key-file",
        help="the file's key in hex (benchmarks.make_demo_db's key.hex); stored in the keyring "
        "before the runs, as enrolment would",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.db)))
        return 0

    if args.key_file:
        from pathlib import Path

        from app import keystore

        require_keyring()
        key = Path(args.key_file).read_text().strip()
        keystore.store_database_key(Path(args.db).resolve(), key)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    runs = []
    for _ in range(args.runs):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_startup", "--child", "--db", args.db],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        wall = time.perf_counter() - started
        run = json.loads(out.stdout.strip().splitlines()[-1])
        run["process_wall_s"] = round(wall, 3)
        runs.append(run)
    db_desc = args.db if "://" not in args.db else args.db.split("@")[-1]
    result = {
        "benchmark": "startup",
        "db": db_desc,
        "keyring": require_keyring(),
        "machine": machine(),
        "median_total_in_process_s": statistics.median(r["total_in_process_s"] for r in runs),
        "median_process_wall_s": statistics.median(r["process_wall_s"] for r in runs),
        "runs": runs,
    }
    if "://" not in args.db and os.path.exists(args.db):
        result["db_file_mb"] = round(os.path.getsize(args.db) / 1e6, 1)
    write_result("bench_startup", result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
