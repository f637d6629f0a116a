"""Schema migrations with Alembic.

On start the program upgrades an older database to the newest revision; a local file is first
copied to a timestamped backup. A database from a newer program is refused, untouched.
"""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app import paths
from app.database.engine import Database, DatabaseKind
from app.errors import DatabaseOpenError, SchemaTooNewError

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def backup_local_file(db: Database, reason: str) -> Path:
    """Copy the encrypted file (after a WAL checkpoint) to the backup folder."""
    assert db.target.path is not None
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = paths.backup_dir() / f"{db.target.path.stem}-{stamp}-{reason}.db"
    shutil.copy2(db.target.path, dest)
    logger.info("backed up the local database before %s to %s", reason, dest.name)
    return dest


def _may_migrate(db: Database) -> bool:
    """PostgreSQL: is this connection the schema's owner (or a superuser)?"""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT pg_get_userbyid(c.relowner) = current_user OR r.rolsuper "
                    "FROM pg_class c, pg_roles r "
                    "WHERE c.oid = 'alembic_version'::regclass AND r.rolname = current_user"
                )
            ).scalar()
        )


def upgrade_database(db: Database, target: str = "head", *, backup: bool = True) -> Path | None:
    """Bring the schema to `target`. Returns the backup path if one was made."""
    current = current_revision(db)
    head = head_revision()
    if current is not None and current not in _known_revisions():
        raise SchemaTooNewError(
            "Databasen har schemaversion {current}, som är nyare än den här versionen av IGOR "
            "Desk känner till (senast {head}). Uppdatera programmet; databasen har inte ändrats.",
            current=current,
            head=head,
        )
    if current is None:
        with db.engine.connect() as conn:
            existing = inspect(conn).get_table_names()
        if existing:
            raise DatabaseOpenError(
                "Databasen innehåller tabeller men ingen schemaversion; den verkar inte vara en "
                "IGOR Desk-databas. Den har inte ändrats."
            )
    if current == head and target == "head":
        return None
    if current is not None and db.kind is DatabaseKind.POSTGRESQL and not _may_migrate(db):
        # A staff login cannot change the schema (by design): IT upgrades the server first.
        raise DatabaseOpenError(
            "Databasen på servern har schemaversion {current}, men den här versionen av IGOR Desk "
            "behöver {head}. Be IT uppgradera servern (igor-desk server upgrade, se "
            "docs/server.md); databasen har inte ändrats.",
            current=current,
            head=head,
        )
    backup_path = None
    if backup and current is not None and db.kind is DatabaseKind.SQLITE:
        backup_path = backup_local_file(db, f"before-upgrade-{current}")
    cfg = alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection if db.kind is DatabaseKind.SQLITE else None
        if raw is not None:
            # Batch mode recreates tables; foreign keys must be off, and SQLite ignores this
            # pragma inside a transaction, so it goes to the raw connection before BEGIN.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                if db.kind is DatabaseKind.POSTGRESQL:  # a long data migration is no hang
                    conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                if raw is not None:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise DatabaseOpenError(
                            "Uppgraderingen lämnade {count} trasiga kopplingar och avbröts.",
                            count=len(problems),
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    logger.info("database schema upgraded from %s to %s", current, target)
    return backup_path
