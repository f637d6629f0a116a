"""Alembic migrations: empty → head, older revision with data → head without loss, newer
schemas refused, and a backup of the local file before every upgrade."""

from __future__ import annotations

import warnings

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import SAWarning

from app import paths
from app.database import open_database
from app.database.migrate import current_revision, head_revision, upgrade_database
from app.errors import DatabaseOpenError, SchemaTooNewError
from app.models import Base, CaseNumberCounter


def test_empty_to_head_creates_every_model_table(empty_db_url):
    db = open_database(empty_db_url)
    try:
        assert upgrade_database(db) is None  # nothing to back up in a new database
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()


def test_schema_matches_the_models_after_migrating(empty_db_url):
    """Autogenerate finds nothing to add: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(empty_db_url)
    try:
        upgrade_database(db)
        with db.engine.connect() as conn, warnings.catch_warnings():
            # "Skipped unsupported reflection of expression-based index" (SQLite)
            warnings.simplefilter("ignore", SAWarning)
            warnings.filterwarnings("ignore", "autogenerate skipping", UserWarning)
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        # Expression indexes cannot be compared by autogenerate; everything else must match.
        # (PostgreSQL-only ones, like the COLLATE "C" name indexes, show up as "remove_index".)
        diff = [
            d for d in diff if not (d[0] in ("add_index", "remove_index") and "lower" in d[1].name)
        ]
        assert diff == []
    finally:
        db.dispose()


def test_older_revision_with_data_upgrades_without_loss(empty_db_url, backend):
    db = open_database(empty_db_url)
    try:
        upgrade_database(db, "0001")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO case_file (case_number, status, source, area, opened_on, "
                    "has_children, investigation, contact_ban, custody, focus_person, version, "
                    "updated_at, created_at) VALUES "
                    "('IGOR-2025-0007', 'open', 'binr', 'inside', '2025-03-01', true, 'none', "
                    "'none', 'none', false, 1, '2025-03-01', '2025-03-01'),"
                    "('IGOR-2025-0012', 'closed', 'rvt', 'inside', '2025-04-01', false, 'open', "
                    "'none', 'arrested', true, 1, '2025-04-01', '2025-04-01'),"
                    "('IGOR-2026-0003', 'open', 'other', 'outside', '2026-01-05', false, 'none', "
                    "'ordinary', 'none', false, 1, '2026-01-05', '2026-01-05')"
                )
            )
        backup = upgrade_database(db)
        assert current_revision(db) == head_revision()
        with db.read(system=True) as s:
            rows = s.execute(
                text("SELECT case_number, status, custody FROM case_file ORDER BY case_number")
            ).all()
            counters = {c.year: c.last_serial for c in s.query(CaseNumberCounter)}
        assert [tuple(r) for r in rows] == [
            ("IGOR-2025-0007", "open", "none"),
            ("IGOR-2025-0012", "closed", "arrested"),
            ("IGOR-2026-0003", "open", "none"),
        ]
        assert counters == {2025: 12, 2026: 3}  # the data migration carried the numbers on
        if backend == "sqlite":
            assert backup is not None and backup.parent == paths.backup_dir()
            assert "before-upgrade-0001" in backup.name
            assert backup.read_bytes()[:16] != b"SQLite format 3\x00"  # still encrypted
        else:
            assert backup is None  # server databases use pg_dump (README)
    finally:
        db.dispose()


def test_backup_made_before_upgrade_opens_with_the_same_key_at_the_old_revision(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(str(path))
    upgrade_database(db, "0001")
    backup = upgrade_database(db)
    db.dispose()
    old = open_database(
        str(backup), key_hex=__import__("app.keystore").keystore.get_database_key(path)
    )
    try:
        assert current_revision(old) == "0001"
    finally:
        old.dispose()


def test_database_from_a_newer_program_is_refused_untouched(empty_db_url):
    db = open_database(empty_db_url)
    try:
        upgrade_database(db)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        with pytest.raises(SchemaTooNewError) as info:
            upgrade_database(db)
        assert "nyare" in info.value.message()
        assert current_revision(db) == "9999_future"
    finally:
        db.dispose()


def test_foreign_database_without_version_is_refused(tmp_path):
    db = open_database(str(tmp_path / "foreign.db"))
    try:
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE something (id integer)"))
        with pytest.raises(DatabaseOpenError):
            upgrade_database(db)
    finally:
        db.dispose()


def test_plain_sqlite_engine_cannot_read_the_file(tmp_path):
    path = tmp_path / "enc.db"
    db = open_database(str(path))
    upgrade_database(db)
    db.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with pytest.raises(Exception, match="not a database"), engine.connect() as conn:
        conn.execute(text("SELECT * FROM sqlite_master")).all()
    engine.dispose()


def test_d5_keys_imported_references_and_keeps_older_duplicate_spellings(empty_db_url):
    """d5_case_ref_key fills case_file.external_ref_key with the import's normalised form; of
    two spellings of one reference already stored, the oldest case gets the key, the other keeps
    NULL and every row is otherwise unchanged."""
    db = open_database(empty_db_url)
    try:
        upgrade_database(db, "d4_analyst_role")  # the revision before d5
        with db.engine.begin() as conn:
            for n, ref in ((1, "RACE-1"), (2, " race-1 "), (3, "Ärende  Å"), (4, None)):
                conn.execute(
                    text(
                        "INSERT INTO case_file (case_number, external_ref, status, source, area, "
                        "opened_on, has_children, investigation, contact_ban, custody, "
                        "focus_person, version, updated_at, created_at) VALUES (:num, :ref, "
                        "'open', 'other', 'inside', '2026-01-05', false, 'none', 'none', "
                        "'none', false, 1, '2026-01-05', '2026-01-05')"
                    ),
                    {"num": f"IGOR-2026-000{n}", "ref": ref},
                )
        upgrade_database(db)
        with db.read(system=True) as s:
            rows = s.execute(
                text("SELECT external_ref, external_ref_key FROM case_file ORDER BY id")
            ).all()
        assert [tuple(r) for r in rows] == [
            ("RACE-1", "race-1"),
            (" race-1 ", None),
            ("Ärende  Å", "ärende å"),
            (None, None),
        ]
    finally:
        db.dispose()
