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
