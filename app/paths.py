"""Where the program keeps its files: user data, logs, backups and bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_DIR_NAME = "IGOR Desk"
APP_AUTHOR = "IGOR"


def data_dir() -> Path:
    """The per-user data folder (overridable with IGOR_DATA_DIR, used by tests)."""
    override = os.environ.get("IGOR_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_file() -> Path:
    return data_dir() / "igor-desk.db"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("IGOR_LOG_DIR")
    path = Path(override) if override else Path(platformdirs.user_log_dir(APP_DIR_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    return data_dir() / "settings.json"


def resources_dir() -> Path:
    """Bundled resources: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
