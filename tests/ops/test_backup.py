"""Backups of the local encrypted database and restoring them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from app import keystore, settings
from app.cli import main
from app.database import open_database
from app.database.migrate import head_revision, upgrade_database
from app.errors import DatabaseOpenError, SchemaTooNewError, UserError
from app.models import Case, Person
from app.services.ops import backup
from tests.factories import make_case


@pytest.fixture
def local(tmp_path):
    path = tmp_path / "live" / "igor.db"
    db = open_database(str(path))
    upgrade_database(db)
    yield db
    db.dispose()


def _counts(db):
    with db.read(system=True) as s:
        return (
            s.execute(select(func.count(Case.id))).scalar_one(),
            sorted(s.execute(select(Person.last_name)).scalars()),
        )


def test_a_backup_is_encrypted_with_the_same_key_and_opens_with_it(local):
    make_case(local)
    dest = backup.make_backup(local)
    assert dest.parent == backup.paths.backup_dir()
    # Not a plain SQLite file: the header is not readable without the key.
    assert not dest.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(dest).execute("SELECT count(*) FROM sqlite_master").fetchone()
    key = keystore.get_database_key(local.target.path)
    assert backup.verify_backup(dest, key) == head_revision()
    copy = open_database(str(dest), key_hex=key, create=False)
    try:
        assert _counts(copy) == _counts(local)
    finally:
        copy.dispose()


def test_backup_then_delete_or_corrupt_the_database_then_restore_loses_nothing(local, tmp_path):
    make_case(local, number="IGOR-2026-0001")
    make_case(local, number="IGOR-2026-0002", victim=("Eva", "Ek", "197001011234"), suspect=None)
    before = _counts(local)
    path = local.target.path
    dest = backup.make_backup(local)
    local.dispose()

    # Corrupt: overwrite everything after the first page.
    data = bytearray(path.read_bytes())
    data[4096:] = b"\0" * (len(data) - 4096)
    path.write_bytes(bytes(data))
    with pytest.raises((DatabaseOpenError, DBAPIError)):
        check = open_database(str(path))
        try:  # a damaged page shows only when it is read
            _counts(check)
        finally:
            check.dispose()

    result = backup.restore(dest, path)
    assert result.previous_copy is not None and result.previous_copy.exists()
    reopened = open_database(str(path))
    try:
        assert _counts(reopened) == before
    finally:
        reopened.dispose()

    # Delete: the file is gone entirely (the key is still in the keyring).
    path.unlink()
    result = backup.restore(dest, path)
    assert result.previous_copy is None
    reopened = open_database(str(path))
    try:
        assert _counts(reopened) == before
    finally:
        reopened.dispose()


def test_a_backup_made_with_another_key_is_refused_and_nothing_changes(local, tmp_path):
    make_case(local)
    other = open_database(str(tmp_path / "other" / "other.db"))
    upgrade_database(other)
    foreign = backup.make_backup(other, directory=tmp_path / "foreign")
    other.dispose()
    local.dispose()
    path = local.target.path
    original = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="nyckel"):
        backup.restore(foreign, path)
    assert path.read_bytes() == original
    assert not list(backup.paths.backup_dir().glob("*before-restore*"))


def test_a_plain_sqlite_file_is_refused(local, tmp_path):
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    conn.close()
    local.dispose()
    with pytest.raises(DatabaseOpenError):
        backup.restore(plain, local.target.path)


def test_a_backup_from_a_newer_schema_is_refused(local):
    dest = backup.make_backup(local)
    key = keystore.get_database_key(local.target.path)
    newer = open_database(str(dest), key_hex=key, create=False)
    with newer.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'zz99_future'")
    newer.dispose()
    local.dispose()
    with pytest.raises(SchemaTooNewError, match="zz99_future"):
        backup.restore(dest, local.target.path)


def test_retention_count_keeps_the_newest_and_leaves_other_copies(local):
    path = local.target.path
    special = backup.paths.backup_dir() / f"{path.stem}-20200101-000000-before-upgrade-0001.db"
    special.write_bytes(b"x")
    start = datetime(2026, 3, 1, 8, 0)
    made = [backup.make_backup(local, keep=3, now=start + timedelta(days=i)) for i in range(5)]
    left = {b.path for b in backup.list_backups(path)}
    assert left == set(made[2:]) | {special}


def test_a_scheduled_backup_is_made_only_when_the_newest_is_older_than_the_interval(local):
    now = datetime.now()
    assert backup.backup_due(local, now=now)
    backup.make_backup(local, now=now - timedelta(hours=2))
    assert not backup.backup_due(local, now=now)
    assert backup.backup_if_due(local, now=now) is None
    backup.save_policy(backup.BackupPolicy(interval_hours=1, keep=5))
    assert backup.policy().keep == 5
    assert backup.backup_if_due(local, now=now) is not None
    backup.save_policy(backup.BackupPolicy(interval_hours=1, keep=5, enabled=False))
    assert not backup.backup_due(local, now=now + timedelta(days=3))


def test_postgresql_is_not_backed_up_here(db):
    if db.kind == "sqlite":
        pytest.skip("the PostgreSQL half of the pair")
    with pytest.raises(UserError, match="pg_dump"):
        backup.make_backup(db)
    assert not backup.backup_due(db)


def test_the_commands_back_up_and_restore(local, capsys, monkeypatch):
    path: Path = local.target.path
    make_case(local)
    local.dispose()
    settings.save({"database_url": str(path)})
    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    dest = Path(out.split("Säkerhetskopia: ")[1].split(" (")[0])
    assert dest.exists()
    assert main(["backups"]) == 0
    assert str(dest) in capsys.readouterr().out

    path.unlink()
    monkeypatch.setattr("builtins.input", lambda prompt: "nej")
    assert main(["restore", str(dest)]) == 1
    assert not path.exists()
    assert main(["restore", str(dest), "--yes"]) == 0
    reopened = open_database(str(path))
    try:
        assert _counts(reopened)[0] == 1
    finally:
        reopened.dispose()


def test_restore_refuses_while_another_program_has_the_database_open(local, tmp_path):
    """Issue 15 item 6: a restore while another copy of the program wrote to the file lost
    everything that copy reported as saved afterwards. Now it is refused, in Swedish, with the
    file untouched — whether the other program is another process or an engine in this one."""
    import hashlib
    import subprocess
    import sys

    from app.errors import DatabaseInUseError

    make_case(local, number="IGOR-2026-0001")
    dest = backup.make_backup(local)
    make_case(local, number="IGOR-2026-0002", victim=("Eva", "Ek", "197001011234"), suspect=None)
    path = local.target.path
    key = keystore.get_database_key(path)
    local.dispose()

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlcipher3, sys, time\n"
            f"c = sqlcipher3.connect({str(path)!r}, isolation_level=None)\n"
            f'c.execute("PRAGMA key = \\"x\'{key}\'\\"")\n'
            "c.execute('SELECT count(*) FROM case_file').fetchone()\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with pytest.raises(DatabaseInUseError) as err:
            backup.restore(dest, path, key_hex=key)
        assert "används av ett annat program" in err.value.message()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    finally:
        holder.stdin.close()
        holder.wait(10)
        holder.stdout.close()

    other = open_database(str(path))  # another window of this program, idle
    try:
        assert _counts(other)[0] == 2
        with pytest.raises(DatabaseInUseError):
            backup.restore(dest, path, key_hex=key)
        assert _counts(other)[0] == 2
    finally:
        other.dispose()

    result = backup.restore(dest, path, key_hex=key)  # nobody else: restored
    reopened = open_database(str(path))
    try:
        assert _counts(reopened)[0] == 1
    finally:
        reopened.dispose()
    assert result.previous_copy is not None
    before = open_database(str(result.previous_copy), key_hex=key, create=False)
    try:
        assert _counts(before)[0] == 2  # the replaced file, whole, kept aside
    finally:
        before.dispose()
