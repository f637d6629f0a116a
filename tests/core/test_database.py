"""The encrypted local file and the server backend."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select

from app import keystore
from app.database import open_database, parse_database_url
from app.database.engine import DatabaseKind
from app.database.migrate import current_revision, head_revision, upgrade_database
from app.errors import DatabaseOpenError, KeyringError
from app.models import Case
from app.models.enums import CaseSource
from tests.factories import make_case


def test_default_database_is_an_encrypted_file_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("IGOR_DATA_DIR", str(tmp_path / "userdata"))
    target = parse_database_url(None)
    assert target.kind is DatabaseKind.SQLITE
    assert target.path == tmp_path / "userdata" / "igor-desk.db"
    db = open_database(None)
    upgrade_database(db)
    make_case(db)
    db.dispose()
    header = target.path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(target.path).execute("SELECT name FROM sqlite_master").fetchall()


def test_key_is_random_256_bits_and_kept_in_the_keyring(tmp_path, memory_keyring):
    path = tmp_path / "a.db"
    open_database(str(path)).dispose()
    key = keystore.get_database_key(path)
    assert key is not None and len(bytes.fromhex(key)) == 32
    other = tmp_path / "b.db"
    open_database(str(other)).dispose()
    assert keystore.get_database_key(other) != key


def test_wrong_key_is_refused_and_the_file_is_untouched(tmp_path, memory_keyring):
    path = tmp_path / "c.db"
    db = open_database(str(path))
    upgrade_database(db)
    make_case(db)
    db.dispose()
    before = path.read_bytes()
    keystore.store_database_key(path, "00" * 32)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(str(path))
    assert "nyckeln" in info.value.message()
    assert path.read_bytes() == before


def test_missing_key_never_creates_a_new_database_over_an_existing_file(tmp_path, memory_keyring):
    path = tmp_path / "d.db"
    db = open_database(str(path))
    upgrade_database(db)
    db.dispose()
    before = path.read_bytes()
    memory_keyring.store.clear()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(str(path))
    assert "saknas" in info.value.message()
    assert path.read_bytes() == before
    assert keystore.get_database_key(path) is None  # no new key was made either


def test_no_keyring_backend_gives_a_clear_message(tmp_path):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringError) as info:
            open_database(str(tmp_path / "e.db"))
        assert "nyckelring" in info.value.message()
    finally:
        keyring.set_keyring(previous)
    assert not (tmp_path / "e.db").exists()


def test_locked_keyring_gives_a_clear_message(tmp_path, memory_keyring):
    memory_keyring.locked = True
    with pytest.raises(KeyringError) as info:
        open_database(str(tmp_path / "f.db"))
    assert "låst" in info.value.message()


def test_unknown_url_scheme_is_refused():
    with pytest.raises(DatabaseOpenError):
        parse_database_url("mysql://x@y/z")


def test_postgres_urls_use_psycopg3():
    target = parse_database_url("postgresql://u:secret@db.example:5433/igor")
    assert target.kind is DatabaseKind.POSTGRESQL
    assert target.url.drivername == "postgresql+psycopg"
    assert "secret" not in target.describe()


def test_both_backends_store_and_read_the_same_data(db):
    assert current_revision(db) == head_revision()
    case_id = make_case(db, number="IGOR-2026-0042")
    with db.read(system=True) as s:
        case = s.get(Case, case_id)
        assert case.case_number == "IGOR-2026-0042"
        assert {p.person.last_name for p in case.parties} == {"Andersson", "Berg"}


def test_one_user_action_is_one_transaction(db):
    with pytest.raises(RuntimeError), db.write(system=True) as s:
        s.add(Case(case_number="IGOR-2026-0100", source=CaseSource.BINR, opened_on=date.today()))
        s.flush()
        raise RuntimeError("the user action failed half-way")
    with db.read(system=True) as s:
        assert s.execute(select(func.count(Case.id))).scalar_one() == 0


def _count_cases(session) -> int:
    return session.execute(select(func.count(Case.id))).scalar_one()


def test_read_together_sessions_see_one_snapshot_whatever_commits_meanwhile(db):
    """The statistics split their work over parallel sessions: all of them must count the same
    committed state, even when another workstation commits while they work."""
    make_case(db, number="IGOR-2026-0001")
    with db.read_together(3, system=True) as sessions:
        first = _count_cases(sessions[0])
        # Committed by another connection.
        make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)
        with db.read(system=True) as fresh:  # a transaction begun now sees it …
            assert _count_cases(fresh) == first + 1
        # … the sessions begun together do not, including those that had not read yet.
        assert [_count_cases(s) for s in sessions] == [first] * 3
    with db.read(system=True) as after:
        assert _count_cases(after) == first + 1


def test_read_together_still_refuses_a_revoked_profile(db, staff):
    from datetime import UTC, datetime

    from app.errors import AccessDenied
    from app.models import StaffMember

    with db.write(system=True) as s:
        s.get(StaffMember, staff.police.staff_id).revoked_at = datetime.now(UTC)
    with pytest.raises(AccessDenied), db.read_together(2, actor=staff.police):
        pass


def test_sqlite_keeps_no_process_wide_memory_statistics():
    """Importing the database layer switches SQLite's global memory statistics off before any
    connection exists (their mutex made parallel statistics twice as expensive)."""
    import sqlcipher3

    from app.database import sqlite_tuning

    conn = sqlcipher3.connect(":memory:")
    conn.execute("CREATE TABLE t (a)")
    conn.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    assert conn.execute("SELECT a, count(*) FROM t GROUP BY a").fetchall()
    assert sqlite_tuning.disable_memory_statistics() is True
    assert sqlite_tuning.memory_statistics_on() is False
    conn.close()
