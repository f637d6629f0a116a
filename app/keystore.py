"""The one module that talks to the OS keyring (Windows Credential Manager, macOS Keychain,
Secret Service on Linux).

It tells apart "no keyring backend", "keyring locked" and "secret missing", and never falls
back to storing a secret in plain text anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import secrets
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

from app.errors import KeyringError

logger = logging.getLogger(__name__)

SERVICE = "IGOR Desk"


def _backend_or_raise() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringError(
            "Det finns ingen nyckelring i operativsystemet (t.ex. Windows Autentiseringshanteraren, "
            "macOS Nyckelringar eller Secret Service på Linux). IGOR Desk sparar sina nycklar "
            "endast där och kan inte starta utan den. Kontakta IT-supporten."
        )
    return backend


def _get(username: str) -> str | None:
    _backend_or_raise()
    try:
        return keyring.get_password(SERVICE, username)
    except keyring.errors.KeyringLocked as exc:
        raise KeyringError(
            "Nyckelringen är låst. Lås upp den (logga in på datorn på nytt eller öppna "
            "nyckelringen) och starta IGOR Desk igen."
        ) from exc
    except keyring.errors.KeyringError as exc:
        logger.warning("keyring read failed: %s", type(exc).__name__)
        raise KeyringError(
            "Nyckelringen gick inte att läsa ({reason}). Kontakta IT-supporten.",
            reason=type(exc).__name__,
        ) from exc


def _set(username: str, secret: str) -> None:
    _backend_or_raise()
    try:
        keyring.set_password(SERVICE, username, secret)
    except keyring.errors.KeyringLocked as exc:
        raise KeyringError("Nyckelringen är låst. Lås upp den och försök igen.") from exc
    except keyring.errors.KeyringError as exc:
        raise KeyringError(
            "Det gick inte att spara i nyckelringen ({reason}).", reason=type(exc).__name__
        ) from exc


def _delete(username: str) -> None:
    _backend_or_raise()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, username)


def get_secret(name: str) -> str | None:
    return _get(name)


def set_secret(name: str, secret: str) -> None:
    _set(name, secret)


def delete_secret(name: str) -> None:
    _delete(name)


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


# --- the audit trail's head as this user last saw it (local mode) ----------------------------


def audit_head_name(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    return f"audit-head:{digest}"


def get_audit_head(path: Path) -> tuple[int, str] | None:
    raw = _get(audit_head_name(path))
    if not raw or ":" not in raw:
        return None
    entry_id, _, digest = raw.partition(":")
    return (int(entry_id), digest) if entry_id.isdigit() else None


def store_audit_head(path: Path, head: tuple[int, str]) -> None:
    _set(audit_head_name(path), f"{head[0]}:{head[1]}")


# --- the local database key ---------------------------------------------------------------


def database_key_name(path: Path) -> str:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
    return f"local-database-key:{digest}"


def get_database_key(path: Path) -> str | None:
    """The 256-bit key (64 hex digits) for the local database file, or None if not stored."""
    return _get(database_key_name(path))


def create_database_key(path: Path) -> str:
    key = secrets.token_hex(32)
    _set(database_key_name(path), key)
    return key


def store_database_key(path: Path, key: str) -> None:
    _set(database_key_name(path), key)


# --- PostgreSQL mode: this OS user's own login role ------------------------------------------


def server_login_name(host: str | None, port: int | None, database: str | None) -> str:
    return f"server-login:{host or 'localhost'}:{port or 5432}/{database}"


def get_server_login(
    host: str | None, port: int | None, database: str | None
) -> tuple[str, str] | None:
    """(role, password) of this OS user's PostgreSQL login for that server and database."""
    value = _get(server_login_name(host, port, database))
    if value is None:
        return None
    role, _, password = value.partition("\n")
    return role, password


def store_server_login(
    host: str | None, port: int | None, database: str | None, role: str, password: str
) -> None:
    _set(server_login_name(host, port, database), f"{role}\n{password}")
