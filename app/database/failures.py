"""Database and disk failures as Swedish messages the user can act on.

A stopped or hung server, a timed-out statement, a full disk: each becomes a
`DatabaseFailure` (a UserError) that says what happened and what to do, so every form that
already shows a UserError inline shows these too, and keeps what the user typed.
`Database.read()`/`write()` convert at the edge of the transaction (app.database.engine);
`describe()` converts anything else (a backup's file write, a raw connection).

Deadlocks and serialization failures are NOT converted: the transaction is retried for them
(they stay the driver's errors so a retry loop can recognise them).
"""

from __future__ import annotations

import errno
import logging

import sqlcipher3
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

from app.errors import UserError

logger = logging.getLogger(__name__)

RETRYABLE_SQLSTATES = {"40001", "40P01"}  # serialization failure, deadlock
TIMEOUT_SQLSTATES = {"57014"}  # query_canceled (statement_timeout)
DISK_FULL_SQLSTATES = {"53100"}  # disk_full on the server


class DatabaseFailure(UserError):
    """The database (or the disk under it) failed; nothing of the action was saved."""

    def __init__(self, text: str, *, kind: str, **params: object) -> None:
        super().__init__(text, **params)
        self.kind = kind  # "unreachable", "timeout", "disk_full", "other" (tests, logs)


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


def is_retryable(exc: BaseException) -> bool:
    return _sqlstate(exc) in RETRYABLE_SQLSTATES


def _is_disk_full(exc: BaseException) -> bool:
    seen: set[int] = set()
    chain: BaseException | None = exc
    while chain is not None and id(chain) not in seen:
        seen.add(id(chain))
        if isinstance(chain, OSError) and chain.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        orig = getattr(chain, "orig", None)
        for candidate in (chain, orig):
            if isinstance(candidate, sqlcipher3.Error):
                text = str(candidate).lower()
                if "disk is full" in text or "disk full" in text:
                    return True
        if _sqlstate(chain) in DISK_FULL_SQLSTATES:
            return True
        chain = chain.__cause__ or chain.__context__
    return False


def describe(
    exc: BaseException, *, where: str = "", writing: bool = True
) -> DatabaseFailure | None:
    """The Swedish message for a database or disk failure; None for any other exception
    (a bug: the caller shows it as unexpected) and for retryable conflicts."""
    if isinstance(exc, DatabaseFailure):
        return exc
    nothing = (
        "Ingenting av det du gjorde sparades, och det du skrivit finns kvar."
        if writing
        else "Ingenting har ändrats."
    )
    if _is_disk_full(exc):
        return DatabaseFailure(
            "Disken är full{where}. {nothing} Frigör utrymme på disken (eller be IT-supporten om "
            "hjälp) och försök sedan igen.",
            kind="disk_full",
            where=f" ({where})" if where else "",
            nothing=nothing,
        )
    if isinstance(exc, PoolTimeoutError):
        return DatabaseFailure(
            "Databasen är upptagen och svarade inte i tid. {nothing} Försök igen om en stund.",
            kind="timeout",
            nothing=nothing,
        )
    if not isinstance(exc, (DBAPIError, sqlcipher3.Error)):
        return None
    if is_retryable(exc):
        return None
    state = _sqlstate(exc)
    text = str(getattr(exc, "orig", exc)).lower()
    if state in TIMEOUT_SQLSTATES or "timeout" in text or "timed out" in text:
        return DatabaseFailure(
            "Databasservern svarade inte i tid{where}. {nothing} Försök igen om en stund; om det "
            "upprepas, kontakta IT-supporten (servern kan vara överbelastad eller ha hängt sig).",
            kind="timeout",
            where=f" ({where})" if where else "",
            nothing=nothing,
        )
    if isinstance(exc, DBAPIError) and (
        exc.connection_invalidated
        or state is None
        or state.startswith("08")  # connection exception
        or state.startswith("57")  # operator intervention: shutdown, crash
        or "connection" in text
        or "server" in text
    ):
        return DatabaseFailure(
            "Det går inte att nå databasservern{where}. {nothing} Kontrollera nätverket och "
            "försök igen om en stund; om det inte hjälper, kontakta IT-supporten (servern kan "
            "vara stoppad).",
            kind="unreachable",
            where=f" ({where})" if where else "",
            nothing=nothing,
        )
    if "locked" in text or "busy" in text:
        return DatabaseFailure(
            "Databasen är upptagen av en annan åtgärd{where}. {nothing} Försök igen om en stund.",
            kind="timeout",
            where=f" ({where})" if where else "",
            nothing=nothing,
        )
    return DatabaseFailure(
        "Databasen kunde inte användas ({reason}). {nothing} Försök igen; om felet består, "
        "kontakta IT-supporten och bifoga diagnostiken (Verktyg → Kopiera diagnostik).",
        kind="other",
        reason=type(getattr(exc, "orig", None) or exc).__name__,
        nothing=nothing,
    )


def convertible(exc: BaseException) -> bool:
    """Errors Database.read()/write() turn into a DatabaseFailure: operational failures of the
    connection, server or disk. Integrity errors and the like stay as they are (services
    translate them to their own messages)."""
    from sqlalchemy.exc import InterfaceError, OperationalError

    if isinstance(exc, DatabaseFailure):
        return False
    if isinstance(exc, (OperationalError, InterfaceError, PoolTimeoutError)):
        return not is_retryable(exc)
    if isinstance(exc, DBAPIError) and _is_disk_full(exc):
        return True
    return isinstance(exc, OSError) and _is_disk_full(exc)
