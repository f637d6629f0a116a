"""Logging to a rotating file in the platform's log folder.

Log messages never carry personal data: code logs ids, counts and error types only, never
names, personnummer, addresses or note text (tests search the log files for demo names).
"""

from __future__ import annotations

import logging
import logging.handlers

from app import paths

_configured = False


def configure_logging(*, console: bool = False, level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(level)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.log_dir() / "igor-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        root.addHandler(handler)
    except OSError:  # a read-only log folder must not stop the program
        pass
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(fmt)
        root.addHandler(stream)
