"""Engines and sessions for the two backends.

- Local (default): a SQLite file encrypted with SQLCipher 4. The raw 256-bit key lives in the
  OS keyring. A wrong key is caught on connect (SQLCipher opens anything; the first read fails).
- Shared: a PostgreSQL server through psycopg 3.

Transactions are short: `db.read()` for queries, `db.write()` for one user action (on SQLite it
starts with BEGIN IMMEDIATE, so a read-modify-write never fails half-way with "database is
locked").

One writer at a time, on both backends. SQLite's BEGIN IMMEDIATE takes the file's write lock
before the first statement. On PostgreSQL every write transaction takes the transaction-level
advisory lock WRITE_LOCK (the audit chain's lock, which every user action needs anyway) before
anything of the action (only the one-row revocation check of `access.check_actor` comes
before it). So every rule checked inside a write (double bookings across calendar events,
recurring series and transports; the victim/suspect meeting check; one case per reference) sees
every earlier commit and no other write can slip in between the check and the commit; and since
every write takes that one lock first, two writes never wait for each other's row locks in
opposite orders (no deadlock). Why one lock rather than exclusion constraints or a lock per
booked holder: docs/calendar.md "Concurrency".

`Database.run_write(fn)` additionally re-runs a unit of work that the server aborted for a
deadlock (40P01) or a serialization failure (40001), a bounded number of times.
"""

from __future__ import annotations

import contextlib
import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app import keystore, paths
from app.database import connection, failures, sqlite_tuning
from app.database.changes import ChangeNotice
from app.errors import DatabaseOpenError, NotEnrolledError, ServerTlsError

# Before this process opens its first SQLite connection (see the module's docstring).
sqlite_tuning.disable_memory_statistics()

logger = logging.getLogger(__name__)
T = TypeVar("T")
_writing = threading.local()  # the PostgreSQL databases this thread has a write open on

BUSY_TIMEOUT_MS = 10_000
# PostgreSQL: a stopped or unreachable server, a statement that never ends and a dead network
# path each end in an error (shown to the user, app.database.failures) instead of a wait without
# end. Overridable through the environment for tests and unusual sites.
PG_CONNECT_TIMEOUT_S = 10
PG_STATEMENT_TIMEOUT_MS = 120_000  # the statistics of a large team take seconds, not minutes
PG_KEEPALIVE_IDLE_S = 30
PG_HUNG_MARGIN_S = 15  # past statement_timeout + this without an answer, the server is hung
PG_POOL_SIZE = 2  # connections kept open per workstation (see open_database)
PG_POOL_OVERFLOW = 8
# pg_advisory_xact_lock key of the single writer lock on PostgreSQL (also the audit chain's lock;
# app/services/cases/intake.py uses the class 4242002 for case numbers).
WRITE_LOCK = 4242001
# SQLSTATEs of a transaction the server aborted and that may succeed when run again.
RETRYABLE_SQLSTATES = ("40P01", "40001")  # deadlock_detected, serialization_failure
WRITE_ATTEMPTS = 4
# Tests only: False simulates a writer that does not take the lock (the safety nets below it,
# the versioned UPDATE and the retry, are tested so).
SINGLE_WRITER = True
GATE_TIMEOUT_MS = 200  # read_together's wait for a writer before it settles for one session
_SNAPSHOT_ID = re.compile(r"[0-9A-F]+-[0-9A-F]+-[0-9]+")


class DatabaseKind(StrEnum):
    SQLITE = "sqlite"
    POSTGRESQL = "postgresql"


@dataclass(frozen=True)
class DatabaseTarget:
    kind: DatabaseKind
    path: Path | None = None
    url: URL | None = None
    # PostgreSQL, from the URL's connect_timeout / statement_timeout (seconds; None: default).
    connect_timeout_s: int | None = None
    statement_timeout_s: int | None = None

    def describe(self) -> str:
        """A short text for the status bar; never includes a password."""
        if self.kind is DatabaseKind.SQLITE:
            return str(self.path)
        assert self.url is not None
        return f"{self.url.host or 'localhost'}:{self.url.port or 5432}/{self.url.database}"


def parse_database_url(value: str | None) -> DatabaseTarget:
    """None → the default local file. 'sqlite:///path' or a plain path → that local file.
    'postgresql://…' (any driver suffix) → PostgreSQL through psycopg 3."""
    if not value:
        return DatabaseTarget(DatabaseKind.SQLITE, path=paths.default_database_file())
    if "://" not in value:
        return DatabaseTarget(DatabaseKind.SQLITE, path=Path(value).expanduser().resolve())
    try:
        url = make_url(value)
    except Exception as exc:
        raise DatabaseOpenError(
            "Databasadressen går inte att tolka: {value}", value=_redact(value)
        ) from exc
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database:
            raise DatabaseOpenError("En lokal databas behöver en filsökväg.")
        return DatabaseTarget(DatabaseKind.SQLITE, path=Path(url.database).expanduser().resolve())
    if backend in ("postgresql", "postgres"):
        _check_tls(url)
        url, connect_s, statement_s = connection.take_timeouts(url)
        return DatabaseTarget(
            DatabaseKind.POSTGRESQL,
            url=url.set(drivername="postgresql+psycopg"),
            connect_timeout_s=connect_s,
            statement_timeout_s=statement_s,
        )
    raise DatabaseOpenError(
        "Databastypen {backend} stöds inte. Använd en lokal fil eller postgresql://.",
        backend=backend,
    )


TLS_MODES = connection.TLS_MODES


def _check_tls(url: URL) -> None:
    """`?sslmode=verify-full&sslrootcert=/path/ca.pem` go to libpq as they are; check them early
    so a typo gives a clear message instead of a silent unencrypted or failed connection."""
    mode = url.query.get("sslmode")
    if mode is not None and mode not in TLS_MODES:
        raise DatabaseOpenError("Okänt sslmode {mode} i databasadressen.", mode=str(mode))
    root = url.query.get("sslrootcert")
    if root is not None and root != "system" and not Path(str(root)).expanduser().is_file():
        raise DatabaseOpenError("Rotcertifikatet {path} (sslrootcert) finns inte.", path=str(root))


def _timeouts(target: DatabaseTarget | None) -> tuple[float, float]:
    """(connect seconds, statement milliseconds): the connection settings' values (the URL's
    connect_timeout / statement_timeout), else the environment's, else the defaults."""
    import os

    connect = float(os.environ.get("IGOR_PG_CONNECT_TIMEOUT_S", PG_CONNECT_TIMEOUT_S))
    statement = float(os.environ.get("IGOR_PG_STATEMENT_TIMEOUT_MS", PG_STATEMENT_TIMEOUT_MS))
    if target is not None and target.connect_timeout_s is not None:
        connect = float(target.connect_timeout_s)
    if target is not None and target.statement_timeout_s is not None:
        statement = float(target.statement_timeout_s * 1000)
    return connect, statement


def pg_connect_args(target: DatabaseTarget | None = None) -> dict[str, Any]:
    """libpq options of every PostgreSQL connection: connect_timeout (a stopped or paused
    server), statement_timeout (a statement that hangs on the server), TCP keepalives and
    tcp_user_timeout (a network path or host that went away without closing the connection)."""
    import os

    connect, statement = (int(x) for x in _timeouts(target))
    idle = int(os.environ.get("IGOR_PG_KEEPALIVE_IDLE_S", PG_KEEPALIVE_IDLE_S))
    return {
        "connect_timeout": connect,
        "options": f"-c statement_timeout={statement}",
        "keepalives": 1,
        "keepalives_idle": idle,
        "keepalives_interval": max(1, idle // 3),
        "keepalives_count": 3,
        "tcp_user_timeout": idle * 2 * 1000,
    }


def _pg_hung_after_s(target: DatabaseTarget | None = None) -> tuple[float, float]:
    """(ping limit, statement limit) in seconds: past these a server that has not answered is
    taken to be hung (paused, frozen host) and the connection is cut."""
    import os

    connect, statement = _timeouts(target)
    margin = float(os.environ.get("IGOR_PG_HUNG_MARGIN_S", PG_HUNG_MARGIN_S))
    return connect, statement / 1000 + margin


def _cut(dbapi_connection: Any, *, quiet: bool = False) -> None:
    """Shut the connection's socket down from another thread: the blocked read in libpq returns
    at once with an error (a paused server still has its TCP connection acknowledged by the
    kernel, so neither keepalives nor tcp_user_timeout ever fire for it)."""
    import socket

    try:
        fd = dbapi_connection.pgconn.socket
        sock = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.shutdown(socket.SHUT_RDWR)
        finally:
            sock.close()
        if not quiet:
            logger.warning("database server did not answer in time; connection cut")
    except Exception:  # already closed: nothing to cut
        pass


class _Watchdog:
    """One daemon thread that cuts connections whose deadline passed (a thread per statement
    would cost more than the statement)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._due: dict[int, tuple[float, Any]] = {}
        self._serial = 0
        self._thread: threading.Thread | None = None
        self._wakes_at = 0.0  # when the thread next looks (monotonic); 0: not sleeping yet

    def watch(self, dbapi_connection: Any, seconds: float) -> int:
        due = time.monotonic() + seconds
        with self._cond:
            self._serial += 1
            self._due[self._serial] = (due, dbapi_connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="pg-watchdog", daemon=True)
                self._thread.start()
            if due < self._wakes_at:  # only wake the thread when it would sleep past this one
                self._cond.notify()
            return self._serial

    def done(self, token: int) -> None:
        with self._cond:
            self._due.pop(token, None)

    def _run(self) -> None:
        while True:
            with self._cond:
                now = time.monotonic()
                expired = [k for k, (at, _) in self._due.items() if at <= now]
                victims = [self._due.pop(k)[1] for k in expired]
                wait = max(0.05, min((at for at, _ in self._due.values()), default=now + 60) - now)
                if not victims:
                    self._wakes_at = now + wait
                    self._cond.wait(wait)
                    self._wakes_at = 0.0
            for victim in victims:
                _cut(victim)


_WATCHDOG = _Watchdog()


def _install_pg_watchdog(engine: Engine, target: DatabaseTarget | None = None) -> None:
    """No wait without end on PostgreSQL: the server's statement_timeout ends a long statement;
    this ends the wait for a server that does not answer at all. Each connection taken from
    the pool is pinged (a dead one is replaced, SQLAlchemy's pessimistic-disconnect recipe),
    and each statement is watched, both with a limit."""
    from sqlalchemy import exc as sa_exc

    ping_s, statement_s = _pg_hung_after_s(target)

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection, _record, _proxy) -> None:
        token = _WATCHDOG.watch(dbapi_connection, ping_s)
        try:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT 1")
            finally:
                cursor.close()
            dbapi_connection.rollback()  # the ping opened a transaction: end it
        except Exception as exc:
            raise sa_exc.DisconnectionError() from exc  # the pool connects anew (connect_timeout)
        finally:
            _WATCHDOG.done(token)

    @event.listens_for(engine, "before_cursor_execute")
    def _arm(conn, _cursor, _statement, _params, _context, _many) -> None:
        conn.info["igor_watchdog"] = _WATCHDOG.watch(conn.connection.dbapi_connection, statement_s)

    def _disarm(conn) -> None:
        token = conn.info.pop("igor_watchdog", None)
        if token is not None:
            _WATCHDOG.done(token)

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, _cursor, _statement, _params, _context, _many) -> None:
        _disarm(conn)

    @event.listens_for(engine, "handle_error")
    def _failed(context) -> None:
        if context.connection is not None:
            _disarm(context.connection)


def _tls_refusal(exc: BaseException, url: URL, target: DatabaseTarget) -> ServerTlsError | None:
    """A connection refused for TLS reasons, said in Swedish (libpq's own text is English and
    names no remedy). None for any other failure."""
    text_ = str(getattr(exc, "orig", exc)).lower()
    root = str(url.query.get("sslrootcert") or "~/.postgresql/root.crt")
    if "certificate verify failed" in text_ or "unable to get local issuer" in text_:
        return ServerTlsError(
            "Databasservern {server} kunde inte verifieras: dess certifikat är inte utfärdat av "
            "rotcertifikatet {root}. Förbindelsen avbröts utan att något skickades. Välj rätt "
            "rotcertifikat (fråga IT) – eller så är det inte er server som svarar.",
            server=target.describe(),
            root=root,
        )
    if "does not match host name" in text_ or "hostname mismatch" in text_:
        return ServerTlsError(
            "Databasserverns certifikat gäller inte namnet {host}. Skriv servernamnet så som det "
            "står i certifikatet (fråga IT). Förbindelsen avbröts.",
            host=url.host or "",
        )
    if "server does not support ssl" in text_:
        return ServerTlsError(
            "Databasservern {server} erbjuder ingen krypterad förbindelse (TLS), men TLS-läget "
            "{mode} kräver det. Be IT slå på TLS på servern.",
            server=target.describe(),
            mode=str(url.query.get("sslmode")),
        )
    if "root certificate file" in text_ or "could not read root certificate" in text_:
        return ServerTlsError(
            "Rotcertifikatet {root} kunde inte läsas. Välj filen från IT igen.", root=root
        )
    return None


def _redact(value: str) -> str:
    try:
        return make_url(value).render_as_string(hide_password=True)
    except Exception:
        return "(ogiltig adress)"


@dataclass
class Database:
    target: DatabaseTarget
    engine: Engine
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    changes: ChangeNotice = field(init=False, repr=False)
    # PostgreSQL: backend pids of this Database's pooled connections (its own notifications).
    own_backend_pids: set[int] = field(init=False, repr=False, default_factory=set)
    _listener: Any = field(init=False, repr=False, default=None)
    _journal: Any = field(init=False, repr=False, default=None)

    def __post_init__(self) -> None:
        from app.services.core import access, editing

        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        # Agency secrecy is part of every session this program opens (see app.services.core.access).
        access.install(self._factory)
        # Every committed write is announced (tables and ids, never content): app.database.changes.
        self.changes = ChangeNotice()
        self.changes.install(self._factory)
        # Every saved versioned row records who saved it (app.services.core.editing).
        editing.install(self._factory)
        if self.kind is DatabaseKind.POSTGRESQL:
            event.listen(self.engine, "connect", self._remember_pid)
            event.listen(self.engine, "close", self._forget_pid)
            with contextlib.suppress(Exception):  # connections made before this Database
                self.engine.pool.dispose()
        elif self.target.path is not None:
            from app.database.listener import FileJournal

            # Other processes on the same file hear of this one's commits.
            self._journal = FileJournal(self, self.target.path)
            self.changes.on_commit(self._journal.append)

    def _remember_pid(self, dbapi_connection, _record) -> None:
        with contextlib.suppress(Exception):
            self.own_backend_pids.add(dbapi_connection.info.backend_pid)

    def _forget_pid(self, dbapi_connection, _record) -> None:
        with contextlib.suppress(Exception):
            self.own_backend_pids.discard(dbapi_connection.info.backend_pid)

    def listen(self) -> None:
        """Hear the changes of other workstations (PostgreSQL LISTEN/NOTIFY) or of other
        processes on the same file on `self.changes` (app/database/listener.py). Idempotent."""
        if self._listener is not None:
            return
        from app.database.listener import PgListener

        if self.kind is DatabaseKind.POSTGRESQL:
            self._listener = PgListener(self)
        elif self._journal is not None:
            self._listener = self._journal
        else:
            return
        self._listener.start()

    @property
    def kind(self) -> DatabaseKind:
        return self.target.kind

    def describe(self) -> str:
        return self.target.describe()

    @contextlib.contextmanager
    def read(self, **info: Any) -> Iterator[Session]:
        """A read transaction. Closing (not rolling back) ends it, so objects read here keep
        their loaded state for the caller."""
        from app.services.core import access

        with _failures_explained(self, writing=False), self._factory() as session:
            session.info.update(info)
            access.check_actor(session)  # a revoked profile is refused on its next action
            yield session
            disclosed = access.collect_disclosures(session)
        if disclosed:  # a read that showed the other agency's records leaves a trace
            with self.write(system=True) as log:
                access.write_disclosures(log, disclosed)

    @contextlib.contextmanager
    def read_together(self, count: int, **info: Any) -> Iterator[list[Session]]:
        """Up to `count` read transactions that all see one and the same committed state, for
        read-only work split over threads (each session used by one thread only).

        SQLite (WAL): another connection holds the write lock while each session takes its
        snapshot, so no commit can come in between. If a writer holds that lock (an import in
        progress), waiting would stall the reader: after a moment there is ONE session instead,
        and the caller does its work in it, one part after the other. PostgreSQL: REPEATABLE
        READ; the first session exports its snapshot (pg_export_snapshot), the others import
        it. Callers must cope with fewer sessions than asked for."""
        from app.services.core import access

        with contextlib.ExitStack() as stack:
            stack.enter_context(_failures_explained(self, writing=False))
            sessions = [stack.enter_context(self._factory()) for _ in range(count)]
            for session in sessions:
                session.info.update(info)
            if self.kind is DatabaseKind.SQLITE:
                for session in sessions:  # BEGIN (deferred: no snapshot before the first read)
                    session.connection()
                if not self._sqlite_snapshots_together(sessions):
                    for extra in sessions[1:]:
                        extra.close()
                    sessions = sessions[:1]
            else:
                rr = {"isolation_level": "REPEATABLE READ"}
                sessions[0].connection(execution_options=rr)
                snapshot = sessions[0].execute(text("SELECT pg_export_snapshot()")).scalar_one()
                if not _SNAPSHOT_ID.fullmatch(snapshot):
                    raise RuntimeError(f"unexpected snapshot id {snapshot!r}")
                for session in sessions[1:]:
                    session.connection(execution_options=rr)
                    session.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))
            for session in sessions:
                access.check_actor(session)
            yield sessions
            disclosed = [d for session in sessions for d in access.collect_disclosures(session)]
        if disclosed:
            with self.write(system=True) as log:
                access.write_disclosures(log, disclosed)

    def _sqlite_snapshots_together(self, sessions: list[Session]) -> bool:
        """Let each session take its WAL snapshot while the write lock is held (no commit in
        between). False, with nothing read, if a writer holds the lock beyond a moment."""
        gate = self.engine.raw_connection()
        raw = gate.driver_connection
        try:
            raw.execute(f"PRAGMA busy_timeout = {GATE_TIMEOUT_MS}")
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError:  # "database is locked": a writer is at work
                return False
            try:
                for session in sessions:  # the first read fixes a WAL snapshot
                    session.execute(text("SELECT count(*) FROM sqlite_master")).one()
            finally:
                raw.execute("ROLLBACK")
            return True
        finally:
            raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            gate.close()

    @contextlib.contextmanager
    def write(self, **info: Any) -> Iterator[Session]:
        """One user action: commits as a whole at the end, or rolls back entirely."""
        from app.services.core import access

        with _failures_explained(self, writing=True), self._factory() as session:
            session.info.update(info)
            if self.kind is DatabaseKind.SQLITE:
                session.connection(execution_options={"sqlite_begin": "BEGIN IMMEDIATE"})
            pg = self.kind is DatabaseKind.POSTGRESQL
            held = _writing.__dict__.setdefault("held", set())
            where = self.describe()
            if pg and SINGLE_WRITER and where in held:
                # The outer write holds the writer lock on another connection: this one would
                # wait for it forever (SQLite would give up after BUSY_TIMEOUT_MS).
                raise RuntimeError("a write transaction inside another one in the same thread")
            try:
                if pg:
                    held.add(where)
                # The revocation check reads one row: before the writer lock, so the lock is
                # not held across its round trip (READ COMMITTED: what it reads is current).
                access.check_actor(session)
                if pg:
                    lock_writes(session)
                yield session
                access.write_disclosures(session, access.collect_disclosures(session))
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                if pg:
                    held.discard(where)

    def run_write(self, fn: Callable[[Session], T], **info: Any) -> T:
        """`fn(session)` in one write transaction (as `write`), run again from the start if the
        server aborts it for a deadlock or a serialization failure (at most WRITE_ATTEMPTS
        times in all, with a short random pause between). `fn` must do nothing outside the
        session that it cannot repeat."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self.write(**info) as session:
                    return fn(session)
            except DBAPIError as exc:
                if attempt == WRITE_ATTEMPTS or not is_retryable(exc):
                    raise
                logger.warning(
                    "write aborted by the server (%s), attempt %d of %d",
                    sqlstate(exc),
                    attempt,
                    WRITE_ATTEMPTS,
                )
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    def autocommit_scalar(self, sql: str, params: dict[str, Any]) -> Any:
        """PostgreSQL: one statement as a transaction of its own (autocommit), its first
        column of the first row (None: no row). For a write the server does whole in one
        SECURITY DEFINER function that takes the writer lock itself (audit.case_opened): the
        lock is then held only on the server, never across a client round trip. Failures
        become DatabaseFailure like `write`'s."""
        autocommit = {"isolation_level": "AUTOCOMMIT"}
        with (
            _failures_explained(self, writing=True),
            self.engine.connect().execution_options(**autocommit) as conn,
        ):
            return conn.execute(text(sql), params).scalar()

    def dispose(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        self.engine.dispose()


@contextlib.contextmanager
def _failures_explained(db: Database, *, writing: bool) -> Iterator[None]:
    """A stopped or hung server, a timeout or a full disk leave a transaction as a
    DatabaseFailure (a UserError with a Swedish message) instead of the driver's error, so every
    form that shows a UserError shows it, and keeps the user's input (app.database.failures)."""
    try:
        yield
    except Exception as exc:
        if not failures.convertible(exc):
            raise
        failure = failures.describe(exc, writing=writing)
        if failure is None:
            raise
        logger.warning(
            "database failure (%s, %s): %s", db.kind.value, failure.kind, type(exc).__name__
        )
        raise failure from exc


def lock_writes(session: Session) -> None:
    """PostgreSQL: wait for the single writer lock (held until this transaction ends; taking it
    again in the same transaction is free). A no-op on SQLite (BEGIN IMMEDIATE)."""
    if SINGLE_WRITER and session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})


def sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", exc)
    return getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)


def is_retryable(exc: BaseException) -> bool:
    """A deadlock or serialization failure (the whole transaction was rolled back)."""
    return sqlstate(exc) in RETRYABLE_SQLSTATES


# --- SQLCipher --------------------------------------------------------------------------------


def _sqlcipher_connect(path: Path, key_hex: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None  # SQLAlchemy's begin event emits BEGIN itself
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise DatabaseOpenError(
            "Databasfilen {path} går inte att öppna med nyckeln i nyckelringen. Antingen hör "
            "nyckeln till en annan databas, eller så är filen skadad. Filen har inte ändrats.",
            path=str(path),
        ) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # Sorts and temporary tables (statistics) in memory, not in temp files (SQLCipher advice).
    conn.execute("PRAGMA temp_store = MEMORY")
    # 64 MB page cache (default 8 MB): SQLCipher decrypts every page it reads into the cache, and
    # the statistics and case list touch more than 8 MB of index pages per run.
    conn.execute("PRAGMA cache_size = -65536")
    # Name search without accents (app/database/fold.py); PostgreSQL uses translate().
    from app.database.fold import sqlite_fold

    conn.create_function("igor_fold", 2, sqlite_fold, deterministic=True)
    # igor_today(): today's date in Stockholm as the consent rule compares it (app.services.core
    # .access); PostgreSQL has the same function (migration e3_consent_scope).
    conn.create_function("igor_today", 0, _today_stockholm)
    return conn


STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _today_stockholm() -> str:
    return datetime.now(STOCKHOLM).date().isoformat()


def sqlite_engine(path: Path, key_hex: str) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: _sqlcipher_connect(path, key_hex),
        # A pool of file connections shared by all threads (for "sqlite://" SQLAlchemy would
        # assume an in-memory database and keep one connection per thread). Last in, first
        # out: each connection has its own page cache, so the same work (the parts of the
        # statistics, see Database.read_together) keeps finding its pages decrypted.
        poolclass=QueuePool,
        pool_use_lifo=True,
        hide_parameters=True,  # error messages must not quote personal data into logs
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # SQLAlchemy's documented pattern for pysqlite transactions
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


def _local_key(path: Path, *, create: bool) -> str:
    key = keystore.get_database_key(path)
    if key is not None:
        return key
    if path.exists() and path.stat().st_size > 0:
        # Never create a new key (and so, in effect, a new database) over an existing file.
        raise NotEnrolledError(
            "Databasfilen {path} finns, men nyckeln till den saknas i den här användarens "
            "nyckelring. Filen har inte ändrats. Logga in som den användare som skapade "
            "databasen, eller återställ nyckeln (se README: Nycklar och säkerhetskopior).",
            path=str(path),
        )
    if not create:
        raise DatabaseOpenError("Det finns ingen databas i {path}.", path=str(path))
    return keystore.create_database_key(path)


def open_database(
    target: DatabaseTarget | str | None = None,
    *,
    create: bool = True,
    key_hex: str | None = None,
    password: str | None = None,
    keyring_login: bool = True,
) -> Database:
    """Connect (without migrating). `key_hex` bypasses the keyring (backups, tests).
    `keyring_login=False` (PostgreSQL): connect exactly as the URL says (the operator's
    `igor-desk server …` commands as the database owner: password in the URL, PGPASSWORD,
    ~/.pgpass or peer authentication), never with this OS user's staff login."""
    if not isinstance(target, DatabaseTarget):
        target = parse_database_url(target)
    if target.kind is DatabaseKind.SQLITE:
        assert target.path is not None
        target.path.parent.mkdir(parents=True, exist_ok=True)
        key = key_hex or _local_key(target.path, create=create)
        engine = sqlite_engine(target.path, key)
        with engine.connect():
            pass  # fail early on a wrong key, before anything else happens
        return Database(target, engine)

    assert target.url is not None
    url = target.url if password is None else target.url.set(password=password)
    login = None
    if (
        url.password is None and keyring_login
    ):  # staff login: this OS user's own role, password in the keyring
        login = keystore.get_server_login(url.host, url.port, url.database)
        if login is not None:
            url = url.set(username=login[0], password=login[1])
    # Two pooled connections stay open per workstation (the UI thread and one background
    # job), plus the listener's (app/database/listener.py): a server's max_connections must
    # allow about 3 per workstation. More at once (the statistics read in 3 parallel
    # sessions) open extra connections that are closed when given back.
    engine = create_engine(
        url,
        hide_parameters=True,
        connect_args=pg_connect_args(target),
        pool_size=PG_POOL_SIZE,
        max_overflow=PG_POOL_OVERFLOW,
    )
    _install_pg_watchdog(engine, target)  # the pre-ping, with a limit (replaces pool_pre_ping)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        engine.dispose()
        tls = _tls_refusal(exc, url, target)
        if tls is not None:
            raise tls from exc
        if url.password is None and keyring_login:
            raise NotEnrolledError(
                "Det finns ingen inloggning till databasservern {server} i den här användarens "
                "nyckelring. Registrera dig med koden från gruppchefen (igor-desk enroll KOD).",
                server=target.describe(),
            ) from exc
        raise DatabaseOpenError(
            "Det gick inte att ansluta till databasservern {server}: {reason}",
            server=target.describe(),
            reason=type(getattr(exc, "orig", exc)).__name__,
        ) from exc
    return Database(target, engine)
