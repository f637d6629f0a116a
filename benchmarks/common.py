"""Shared helpers for the benchmarks: keyring check, machine description, result files."""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def require_keyring() -> str:
    """The benchmarks use the real OS keyring (as the program does). Returns its name."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        sys.exit(
            "No keyring backend. Run the benchmarks through benchmarks/run.sh (it starts a private "
            "Secret Service), or on a desktop session."
        )
    return type(backend).__module__ + "." + type(backend).__name__


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def write_result(name: str, result: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    line = json.dumps(result, ensure_ascii=False)
    print(line)
    (RESULTS / f"{name}.json").write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


def open_copy(db_url: str, key_file: str | None):
    """Open a benchmark's copy of the demo data: a PostgreSQL URL, or a SQLCipher file with its
    key in `key_file` (the benchmarks bypass the keyring). No migration."""
    from app.database import open_database

    os.environ.setdefault("IGOR_DATA_DIR", tempfile.mkdtemp(prefix="igor-bench-data-"))
    if db_url.startswith("postgresql"):
        return open_database(db_url)
    if not key_file:
        sys.exit("--key-file is needed with a SQLite --db")
    return open_database(db_url, key_hex=Path(key_file).read_text().strip(), create=False)
