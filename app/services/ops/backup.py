"""Backups of the local encrypted database, and restoring one.

A backup is a page-for-page copy made with SQLite's online backup API on the keyed SQLCipher
connection, into a file keyed with the same key: it is as encrypted as the database itself and
opens with the key in the keyring. Backups live in app.paths.backup_dir(); the newest
`keep` scheduled/manual backups are kept (backups taken before an upgrade or a restore are kept
apart and never pruned automatically).

Restoring replaces the database file with a chosen backup after checking that the backup opens
with the key and is not from a newer schema; the current file is first copied aside.

PostgreSQL mode has no backups here: the server is backed up with pg_dump (docs/operations.md).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from app import paths, settings
from app.database import failures
from app.database.engine import Database, DatabaseKind, sqlite_engine
from app.errors import DatabaseInUseError, DatabaseOpenError, SchemaTooNewError, UserError
from app.i18n import tr_noop, translate

logger = logging.getLogger(__name__)

DEFAULT_KEEP = 14
BACKUP_STEP_PAGES = 2048  # 8 MB per step at 4 KB pages
BACKUP_STAGE = tr_noop("Säkerhetskopierar")
Progress = Callable[[str, int, int], None]
DEFAULT_INTERVAL_HOURS = 24
SCHEDULED_MARK = "-backup-"  # scheduled and on-demand backups: <stem>-backup-YYYYmmdd-HHMMSS.db


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True)
class BackupPolicy:
    interval_hours: int = DEFAULT_INTERVAL_HOURS
    keep: int = DEFAULT_KEEP
    enabled: bool = True


def policy() -> BackupPolicy:
    """This workstation's backup policy (settings.json; backups are local files)."""
    values = settings.load().get("backup", {})
    try:
        return BackupPolicy(
            interval_hours=max(1, int(values.get("interval_hours", DEFAULT_INTERVAL_HOURS))),
            keep=max(1, int(values.get("keep", DEFAULT_KEEP))),
            enabled=bool(values.get("enabled", True)),
        )
    except (TypeError, ValueError):
        logger.warning("backup settings unreadable; using defaults")
        return BackupPolicy()


def save_policy(new: BackupPolicy) -> None:
    if new.interval_hours < 1 or new.keep < 1:
        raise UserError("Intervall och antal säkerhetskopior måste vara minst 1.")
    values = settings.load()
    values["backup"] = {
        "interval_hours": new.interval_hours,
        "keep": new.keep,
        "enabled": new.enabled,
    }
    settings.save(values)


def _require_local(db: Database) -> Path:
    if db.kind is not DatabaseKind.SQLITE or db.target.path is None:
        raise UserError(
            "Säkerhetskopior görs här bara av en lokal databas. En gemensam server säkerhetskopieras "
            "av IT med pg_dump (se driftdokumentationen)."
        )
    return db.target.path


def _key_of(db: Database) -> str:
    """The raw key of the local database, from the OS keyring."""
    from app import keystore

    path = _require_local(db)
    key = keystore.get_database_key(path)
    if key is None:
        raise DatabaseOpenError("Nyckeln till databasen saknas i nyckelringen.")
    return key


def _open_keyed(path: Path, key_hex: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    conn.isolation_level = None
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    return conn


def list_backups(db_path: Path | None = None, *, directory: Path | None = None) -> list[BackupInfo]:
    """Every backup file of this database, newest first (incl. before-upgrade/-restore copies)."""
    directory = directory or paths.backup_dir()
    stem = (db_path or paths.default_database_file()).stem
    rows = []
    for path in directory.glob(f"{stem}-*.db"):
        stat = path.stat()
        rows.append(BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size))
    rows.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return rows


def _scheduled(db_path: Path, directory: Path) -> list[BackupInfo]:
    return [
        b
        for b in list_backups(db_path, directory=directory)
        if b.path.name.startswith(db_path.stem + SCHEDULED_MARK)
    ]


def make_backup(
    db: Database,
    *,
    key_hex: str | None = None,
    directory: Path | None = None,
    keep: int | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Copy the open local database to a new encrypted backup and prune old ones.

    `progress(stage, done, total)` is called between steps of the copy (pages). A failure (a
    full disk, say) removes the partial file and raises a UserError that says what to do."""
    path = _require_local(db)
    key = key_hex or _key_of(db)
    directory = directory or paths.backup_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    dest = directory / f"{path.stem}{SCHEDULED_MARK}{stamp}.db"
    n = 1
    while dest.exists():
        n += 1
        dest = directory / f"{path.stem}{SCHEDULED_MARK}{stamp}-{n}.db"
    tmp = dest.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    try:
        _copy_database(db, tmp, key, progress)
        verify_backup(tmp, key)
        os.replace(tmp, dest)
    except BaseException as exc:
        # Never leave a half-written copy behind (on a full disk it is what filled it).
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        failure = failures.describe(exc, where=str(directory))
        if failure is not None and not isinstance(exc, UserError):
            logger.warning("backup failed (%s): %s", failure.kind, type(exc).__name__)
            raise failure from exc
        raise
    if now is not None:
        ts = now.timestamp()
        os.utime(dest, (ts, ts))
    logger.info("backup made: %s (%d bytes)", dest.name, dest.stat().st_size)
    prune(path, keep=keep if keep is not None else policy().keep, directory=directory)
    return dest


def _copy_database(db: Database, tmp: Path, key: str, progress: Progress | None) -> None:
    """Copy in steps, so progress can be shown; a read transaction held on the source for the
    whole copy pins one snapshot (WAL), so a save made meanwhile neither restarts the copy nor
    reaches it half-way. The driver releases the GIL inside each step."""
    target = _open_keyed(tmp, key)
    try:
        with db.engine.connect() as conn:
            source = conn.connection.dbapi_connection
            source.execute("BEGIN")
            try:
                source.execute("SELECT count(*) FROM sqlite_master").fetchone()

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(translate("backup", BACKUP_STAGE), total - remaining, total)

                # SQLCipher re-encrypts the pages with the target's key (the same key here).
                source.backup(target, pages=BACKUP_STEP_PAGES, progress=step, sleep=0.01)
            finally:
                source.execute("ROLLBACK")
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def prune(db_path: Path, *, keep: int, directory: Path | None = None) -> list[Path]:
    """Delete the oldest scheduled/manual backups beyond `keep`. Returns the deleted files."""
    directory = directory or paths.backup_dir()
    removed = []
    for info in _scheduled(db_path, directory)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    if removed:
        logger.info("pruned %d old backups (keeping %d)", len(removed), keep)
    return removed


def newest_backup_time(db_path: Path, directory: Path | None = None) -> datetime | None:
    rows = _scheduled(db_path, directory or paths.backup_dir())
    return rows[0].made_at if rows else None


def backup_due(db: Database, *, now: datetime | None = None, directory: Path | None = None) -> bool:
    """True when the local database has no scheduled backup younger than the interval."""
    if db.kind is not DatabaseKind.SQLITE or db.target.path is None:
        return False
    pol = policy()
    if not pol.enabled:
        return False
    newest = newest_backup_time(db.target.path, directory)
    now = now or datetime.now()
    return newest is None or now - newest >= timedelta(hours=pol.interval_hours)


def backup_if_due(
    db: Database, *, now: datetime | None = None, progress: Progress | None = None
) -> Path | None:
    """The scheduled backup: called at start and by a timer while the program runs."""
    if not backup_due(db, now=now):
        return None
    return make_backup(db, progress=progress)


# --- checking and restoring ---------------------------------------------------------------


def backup_revision(path: Path, key_hex: str) -> str | None:
    """The schema revision inside a backup. Raises DatabaseOpenError if the key does not fit
    (or the file is not an SQLCipher database, e.g. plain SQLite, or damaged)."""
    if not path.is_file():
        raise DatabaseOpenError("Filen {path} finns inte.", path=str(path))
    conn = _open_keyed(path, key_hex)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            ok = conn.execute("PRAGMA quick_check").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise DatabaseOpenError(
                "Säkerhetskopian {name} går inte att öppna med databasens nyckel. Den hör till "
                "en annan databas eller är skadad, och används inte.",
                name=path.name,
            ) from exc
        if not ok or ok[0] != "ok":
            raise DatabaseOpenError(
                "Säkerhetskopian {name} är skadad och används inte.", name=path.name
            )
    finally:
        conn.close()
    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=lambda: _open_keyed(path, key_hex)
    )
    try:
        with engine.connect() as c:
            return MigrationContext.configure(c).get_current_revision()
    finally:
        engine.dispose()


def verify_backup(path: Path, key_hex: str) -> str:
    """Check that a backup can be restored by this program; return its schema revision."""
    from app.database.migrate import _known_revisions, head_revision

    revision = backup_revision(path, key_hex)
    if revision is None:
        raise DatabaseOpenError(
            "Säkerhetskopian {name} innehåller ingen IGOR Desk-databas.", name=path.name
        )
    if revision not in _known_revisions():
        raise SchemaTooNewError(
            "Säkerhetskopian {name} har schemaversion {current}, som är nyare än den här "
            "versionen av IGOR Desk känner till (senast {head}). Uppdatera programmet först.",
            name=path.name,
            current=revision,
            head=head_revision(),
        )
    return revision


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None
    revision: str


def restore(
    backup_path: Path,
    db_path: Path,
    *,
    key_hex: str | None = None,
    directory: Path | None = None,
) -> RestoreResult:
    """Replace the (closed) local database file with a backup.

    The caller must have closed every connection to `db_path` (the CLI does; the program
    closes its window and database first). The current file, if any, is kept as
    <stem>-<time>-before-restore.db in the backup folder. The backup file itself is left as is.
    """
    from app import keystore

    db_path = db_path.resolve()
    key = key_hex or keystore.get_database_key(db_path)
    if key is None:
        raise DatabaseOpenError(
            "Nyckeln till databasen {path} saknas i nyckelringen; en säkerhetskopia kan bara "
            "återställas med den nyckel den skapades med.",
            path=str(db_path),
        )
    revision = verify_backup(backup_path, key)
    directory = directory or paths.backup_dir()
    directory.mkdir(parents=True, exist_ok=True)
    previous = None
    with _alone(db_path, key) as whole:
        if db_path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            previous = directory / f"{db_path.stem}-{stamp}-before-restore.db"
            if whole:  # WAL folded in and the file locked: a plain copy is the whole database
                shutil.copy2(db_path, previous)
            else:
                _copy_with_wal(db_path, key, previous)
        tmp = db_path.with_name(db_path.name + ".restoring")
        shutil.copyfile(backup_path, tmp)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
    # Prove the result before telling anyone it worked.
    engine = sqlite_engine(db_path, key)
    try:
        with engine.connect():
            pass
    finally:
        engine.dispose()
    logger.info(
        "database restored from %s (schema %s); previous file kept as %s",
        backup_path.name,
        revision,
        previous.name if previous else "-",
    )
    return RestoreResult(backup_path, previous, revision)


IN_USE_WAIT_S = 1.0


@contextlib.contextmanager
def _alone(db_path: Path, key: str) -> Iterator[bool]:
    """Refuse (DatabaseInUseError) while any other connection has the database open — another
    copy of the program, a command, a viewer — and keep everyone out until the file is
    replaced. SQLite lets a connection leave WAL mode only when it is the only one with the file
    open (each open connection holds the shared-memory index), whatever the platform; then an
    EXCLUSIVE transaction in rollback-journal mode keeps the others out. Yields True when that
    holds (the WAL has been folded into the file); False for a missing file or one that does not
    open with the key (damaged: nothing can be using it)."""
    if not db_path.exists():
        yield False
        return
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=IN_USE_WAIT_S)
    conn.isolation_level = None
    try:
        conn.execute(f"PRAGMA key = \"x'{key}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            logger.warning("current database does not open; restoring over it")
            yield False
            return
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise sqlcipher3.OperationalError(f"journal mode stayed {mode}")
            conn.execute("BEGIN EXCLUSIVE")
        except sqlcipher3.OperationalError as exc:
            logger.warning(
                "restore refused: the database is open elsewhere (%s)", type(exc).__name__
            )
            raise DatabaseInUseError(
                "Databasen {path} används av ett annat program just nu (ett annat IGOR "
                "Desk-fönster eller ett kommando). Stäng alla program som använder den och "
                "försök igen. Ingenting har ändrats.",
                path=str(db_path),
            ) from exc
        try:
            yield True
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
    finally:
        conn.close()


def _copy_with_wal(db_path: Path, key: str, dest: Path) -> None:
    """Copy the current file aside. If it opens with the key, fold its WAL in first (so the
    copy is whole); if it does not open (damaged), copy the bytes as they are."""
    try:
        conn = _open_keyed(db_path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlcipher3.DatabaseError:
        logger.warning("current database does not open; copying it aside unchanged")
    shutil.copy2(db_path, dest)
    wal = Path(str(db_path) + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copy2(wal, Path(str(dest) + "-wal"))
