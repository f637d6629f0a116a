"""Enrollment envelopes for the local (SQLCipher) mode.

The database key is encrypted with a key derived from the one-time code (scrypt, then AES-256-GCM)
and written next to the database as `<db>.enroll/<code-id>.json`. The expiry time and the staff id
are authenticated data: editing them makes decryption fail. Only the person holding the code can
open it; enrolling deletes the file, and so does everything that ends a code: a new code for the
same person, revoking the person, a refused attempt with a dead code, expiry (`prune`). An
envelope must never outlive its code: whoever kept a copy of the old code could still decrypt it.
"""

from __future__ import annotations

import base64
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import AccessDenied

SCRYPT_N = 2**15


def envelope_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".enroll")


def envelope_path(db_path: Path, code_id: str) -> Path:
    return envelope_dir(db_path) / f"{code_id}.json"


def _derive(code: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(code.encode())


def _aad(staff_id: int, expires_at: datetime) -> bytes:
    return json.dumps([staff_id, expires_at.astimezone(UTC).isoformat()]).encode()


def write_envelope(
    db_path: Path, code_id: str, code: str, secret: str, staff_id: int, expires_at: datetime
) -> Path:
    salt, nonce = os.urandom(16), os.urandom(12)
    ct = AESGCM(_derive(code, salt)).encrypt(nonce, secret.encode(), _aad(staff_id, expires_at))
    body = {
        "v": 1,
        "staff_id": staff_id,
        "expires_at": expires_at.astimezone(UTC).isoformat(),
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(ct).decode(),
    }
    folder = envelope_dir(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    path = envelope_path(db_path, code_id)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(body), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(path)
    return path


INVALID = "Registreringskoden är ogiltig, redan använd eller har gått ut. Be gruppchefen om en ny."


def open_envelope(db_path: Path, code_id: str, code: str) -> tuple[int, str]:
    """(staff_id, secret). Raises AccessDenied for a missing, expired or wrong envelope."""
    path = envelope_path(db_path, code_id)
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        expires_at = datetime.fromisoformat(body["expires_at"])
        staff_id = int(body["staff_id"])
        salt = base64.b64decode(body["salt"])
        nonce = base64.b64decode(body["nonce"])
        ct = base64.b64decode(body["ciphertext"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise AccessDenied(INVALID) from exc
    if datetime.now(UTC) >= expires_at:
        path.unlink(missing_ok=True)
        raise AccessDenied(INVALID)
    try:
        secret = AESGCM(_derive(code, salt)).decrypt(nonce, ct, _aad(staff_id, expires_at))
    except InvalidTag as exc:
        raise AccessDenied(INVALID) from exc
    return staff_id, secret.decode()


def remove_envelope(db_path: Path, code_id: str) -> None:
    envelope_path(db_path, code_id).unlink(missing_ok=True)


def prune(db_path: Path, live_code_ids: set[str]) -> int:
    """Delete every envelope whose code is not live (used, cancelled, expired) and every expired
    or unreadable one; returns how many were deleted."""
    folder = envelope_dir(db_path)
    if not folder.is_dir():
        return 0
    removed = 0
    now = datetime.now(UTC)
    for path in folder.iterdir():
        keep = False
        if path.suffix == ".json" and path.stem in live_code_ids:
            try:
                body = json.loads(path.read_text(encoding="utf-8"))
                keep = now < datetime.fromisoformat(body["expires_at"])
            except (OSError, ValueError, KeyError, TypeError):
                keep = False
        if not keep:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
