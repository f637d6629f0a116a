"""The daily backup of a large local database no longer blocks the window (issue 13).

Runs the backup the scheduler makes (app.services.ops.backup.make_backup: the page-by-page
SQLCipher copy, its verification and pruning) through app.ui.background from a real
QApplication event loop (offscreen platform), while a QTimer ticks every 10 ms on the UI thread,
and reports the longest gap between two ticks (the longest time the window could not answer;
target < 100 ms) and the backup's duration. `--blocking` also runs it the old way, on the UI
thread, for comparison.

    .venv/bin/python -m benchmarks.bench_backup_stall --db /tmp/igor-demo-100k/demo.db \\
        --key-file /tmp/igor-demo-100k/key.hex

The demo file is copied first (never opened in place); the backups go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _measure(app, run_backup, *, blocking: bool) -> dict:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QLabel

    from app.ui import background

    window = QLabel("IGOR Desk")
    window.resize(400, 200)
    window.show()
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    outcome: dict = {}

    def start() -> None:
        outcome["started"] = time.perf_counter()
        if blocking:
            outcome["result"] = run_backup()
            outcome["ended"] = time.perf_counter()
            QTimer.singleShot(200, app.quit)
            return

        def done(result) -> None:
            outcome["result"] = result
            outcome["ended"] = time.perf_counter()
            QTimer.singleShot(200, app.quit)  # a few more ticks after the end

        job = background.run(window, run_backup, on_done=done)
        job.finished.connect(lambda: outcome.setdefault("ended", time.perf_counter()))
        job.finished.connect(lambda: QTimer.singleShot(200, app.quit))

    timer.start()
    QTimer.singleShot(300, start)  # the loop runs a moment before the backup starts
    app.exec()
    timer.stop()
    window.close()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    if "result" not in outcome:
        raise SystemExit("the backup failed; see the log")
    return {
        "backup_s": round(outcome["ended"] - outcome["started"], 2),
        "longest_stall_ms": max(gaps),
        "ticks": len(ticks),
        "backup_bytes": Path(outcome["result"]).stat().st_size,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/igor-demo-100k/demo.db")
    parser.add_argument("--key-file", default="/tmp/igor-demo-100k/key.hex")
    parser.add_argument("--blocking", action="store_true", help="also run it on the UI thread")
    args = parser.parse_args(argv)

    from benchmarks.common import machine, write_result

    work = Path(tempfile.mkdtemp(prefix="igor-bench-backup-"))
    os.environ.setdefault("IGOR_DATA_DIR", str(work / "data"))
    try:
        copy = work / "demo.db"
        shutil.copyfile(args.db, copy)
        key = Path(args.key_file).read_text().strip()

        from app.database import open_database
        from app.database.migrate import upgrade_database
        from app.services.ops import backup
        from app.ui.application import create_application

        db = open_database(str(copy), key_hex=key, create=False)
        upgrade_database(db, backup=False)  # this branch's schema, as the program would have
        folder = work / "backups"
        app = create_application(["bench"])

        def run_backup() -> Path:
            return backup.make_backup(db, key_hex=key, directory=folder, keep=1)

        from app.services.cases import case_list  # noqa: F401  (imports off the timed part)

        result = {
            "benchmark": "backup_stall",
            "file_bytes": copy.stat().st_size,
            "background": _measure(app, run_backup, blocking=False),
        }
        if args.blocking:
            result["blocking"] = _measure(app, run_backup, blocking=True)
        result["machine"] = machine()
        db.dispose()
        write_result("backup_stall", result)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
