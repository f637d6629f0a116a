"""Logging to a rotating file in the platform's log folder.

Log messages never carry personal data: code logs ids, counts and error types only, never
names, personnummer, addresses or note text (tests search the log files for demo names).
Two safety nets catch what a careless message could still let through:
- exceptions are written as their type and stack only, never their message (a database error's
  message can quote the row it failed on; SQLAlchemy engines also run with hide_parameters);
- anything shaped like a personnummer or samordningsnummer is masked.
SQLAlchemy's own statement logging is kept at WARNING, whatever the level, since it would log
bound parameters.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback

from app import paths

LOG_FILE_NAME = "igor-desk.log"

# 6 or 8 digits of birth date, optional - or +, 4 digits (also inside longer text).
_PERSONNUMMER = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+]?\d{4}(?!\d)")

_configured = False
_handlers: list[logging.Handler] = []


def redact(text: str) -> str:
    return _PERSONNUMMER.sub("[personnummer]", text)


class SafeFormatter(logging.Formatter):
    """Writes exceptions without their messages and masks personnummer-shaped numbers."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging API
        exc_type, exc, tb = ei
        lines = ["Traceback (most recent call last):\n"]
        # Frames without their source lines (a line may hold a literal with data in it).
        lines += [
            f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
            for f in traceback.extract_tb(tb)
        ]
        chain = exc
        names = []
        while chain is not None:
            names.append(f"{type(chain).__module__}.{type(chain).__qualname__}")
            chain = chain.__cause__ or chain.__context__
        lines.append(" <- ".join(names) + " (message not logged)")
        return "".join(lines)

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full exception text on the record; make our own.
        cached, record.exc_text = record.exc_text, None
        try:
            return redact(super().format(record))
        finally:
            record.exc_text = cached


def _log_unhandled(exc_type, exc, tb) -> None:
    logging.getLogger("app.unhandled").critical("unhandled exception", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def configure_logging(*, console: bool = False, level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    root = logging.getLogger()
    root.setLevel(level)
    # SQL statement/parameter logging would put personal data in the log.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    fmt = SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler = logging.handlers.RotatingFileHandler(
            paths.log_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        root.addHandler(handler)
        _handlers.append(handler)
    except OSError:  # a read-only log folder must not stop the program
        pass
    if console:
        # A command's user reads Swedish messages only (the command prints them); warnings and
        # errors in English go to the log file. The console shows only a crash.
        stream = logging.StreamHandler()
        stream.setLevel(logging.CRITICAL)
        stream.setFormatter(fmt)
        root.addHandler(stream)
        _handlers.append(stream)
    sys.excepthook = _log_unhandled


def reset_logging() -> None:
    """Remove the handlers configure_logging added (tests configure it per log folder)."""
    global _configured
    root = logging.getLogger()
    for handler in _handlers:
        root.removeHandler(handler)
        handler.close()
    _handlers.clear()
    _configured = False
    sys.excepthook = sys.__excepthook__
