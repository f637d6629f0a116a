""" "Kopiera diagnostik": a text for IT support about this installation. No Qt import here
(the UI passes the Qt version in), no passwords, and no personal data: the log lines it
includes are the program's own, which never carry any (app.logging_setup)."""

from __future__ import annotations

import platform
import sys
from collections import deque
from datetime import datetime
from pathlib import Path

from app import APP_NAME, __version__, paths
from app.database.engine import Database, DatabaseKind

LOG_LINES = 200


def last_log_lines(count: int = LOG_LINES, log_file: Path | None = None) -> list[str]:
    path = log_file or paths.log_dir() / "igor-desk.log"
    try:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return [line.rstrip("\n") for line in deque(fh, maxlen=count)]
    except OSError:
        return []


def _keyring_backend() -> str:
    try:
        from app import keystore

        return keystore.backend_name()
    except Exception as exc:  # diagnostics must never fail
        return f"(okänd: {type(exc).__name__})"


def _schema(db: Database | None) -> str:
    from app.database.migrate import current_revision, head_revision

    head = head_revision()
    if db is None:
        return f"programmet: {head}"
    try:
        current = current_revision(db)
    except Exception as exc:
        current = f"(kunde inte läsas: {type(exc).__name__})"
    return f"databasen: {current}, programmet: {head}"


def report(
    db: Database | None, *, qt_version: str | None = None, log_lines: int = LOG_LINES
) -> str:
    if db is None:
        where = "ingen databas öppen"
    elif db.kind is DatabaseKind.SQLITE:
        where = f"lokal krypterad fil (SQLCipher) {db.describe()}"
    else:
        where = f"PostgreSQL-server {db.describe()}"  # describe() never includes a password
    lines = [
        f"{APP_NAME} {__version__}",
        f"Tid: {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"Schemaversion: {_schema(db)}",
        f"Operativsystem: {platform.platform()} ({platform.machine()})",
        f"Python: {platform.python_version()}{' (fryst)' if getattr(sys, 'frozen', False) else ''}",
        f"Qt: {qt_version or '–'}",
        f"Databas: {where}",
        f"Nyckelring: {_keyring_backend()}",
        f"Loggmapp: {paths.log_dir()}",
        f"Säkerhetskopior: {paths.backup_dir()}",
        "",
        f"Loggens sista {log_lines} rader:",
    ]
    lines += last_log_lines(log_lines) or ["(loggen är tom eller saknas)"]
    return "\n".join(lines)
