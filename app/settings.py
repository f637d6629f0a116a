"""Per-user settings kept in a small JSON file in the data folder (no secrets in it)."""

from __future__ import annotations

import json
import logging
from typing import Any

from app import paths

logger = logging.getLogger(__name__)


def load() -> dict[str, Any]:
    path = paths.settings_file()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        logger.warning("settings file unreadable; using defaults")
        return {}


def save(values: dict[str, Any]) -> None:
    path = paths.settings_file()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def database_url(override: str | None = None) -> str | None:
    """--db on the command line, else the saved setting, else None (the default local file).
    A saved server URL never holds a password; that lives in the keyring."""
    return override or load().get("database_url") or None


def is_configured() -> bool:
    """True once the first-start choice of database was saved (or the default file exists)."""
    return "database_url" in load() or paths.default_database_file().exists()


def save_database_choice(url: str | None) -> None:
    """Save the database for this workstation: a local file path or a server URL (never with a
    password). Takes effect at the next start."""
    values = load()
    if url and "://" in url and not url.startswith("sqlite"):
        from sqlalchemy.engine import make_url

        url = _without_password(make_url(url)).render_as_string(hide_password=False)
    values["database_url"] = url or str(paths.default_database_file())
    save(values)


def _without_password(url):
    from sqlalchemy.engine import URL

    return URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
