"""Changes made by OTHER workstations and processes, fed into the application's change notice.

`Database.listen()` starts one of these for the open database (once; `Database.dispose` stops
it). Both publish on `db.changes` exactly like a local commit (app/database/changes.py), so
every view that follows a table refreshes the same way whoever made the change.

- PostgreSQL — `PgListener`: ONE extra connection per workstation, in autocommit, that runs
  `LISTEN igor_changes` and waits in a daemon thread (psycopg 3 `Connection.notifies`). The
  server raises the notifications itself (statement triggers, migration e6_change_notify), so a
  write through psql or a SECURITY DEFINER function is announced too. A payload carries the
  table, the kind and up to 50 [id, case id] pairs — never content — and is parsed strictly: an
  unknown table or kind, or anything that is not an integer, is dropped (any login role may
  NOTIFY on any channel; a forged notification can only make views read again, through the
  usual secrecy). Notifications from this workstation's own pooled connections are skipped
  (their backend pids are known): the local commit has already been published.
  When the connection is lost (server restarted, connection terminated, network gone) the
  thread reports `online=False` on `db.changes` (the status bar says so) and connects again
  with exponential back-off (0.5 s doubling to 30 s, with jitter); once back it reports
  `online=True` and publishes a table-level change of every table, so what is on screen is read
  again (changes made during the outage were not heard).
- SQLite file — `FileJournal`: each commit appends one short line to a sidecar file next to the
  database (`<file>.changes`): a random token of the writing `Database` and the tables and kinds
  it changed (no ids: the sidecar is not encrypted, so it says no more than the file's own
  modification time would). A daemon thread in every other process on the file polls the
  sidecar's size (one `os.stat` every 0.3 s; no database access, no decryption) and publishes the
  new lines of others as table-level changes. Why not `PRAGMA data_version`: it changes for the
  commits of this process's other pooled connections as well, so a process could not tell its
  own saves from another's and every save would reload every view twice; and why not
  `QFileSystemWatcher`: this layer has no Qt, a poll is as cheap, and works for the command line
  and the tests too. Windows of one process share one Database and hear each other directly.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import random
import secrets
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.database.changes import DELETE, INSERT, UPDATE, Change

if TYPE_CHECKING:
    from app.database.engine import Database

logger = logging.getLogger(__name__)

CHANNEL = "igor_changes"
KINDS = frozenset({INSERT, UPDATE, DELETE})
# The tables the server announces (migration e6_change_notify) — and the ones read again after
# an outage.
TABLES = frozenset(
    {
        "case_file",
        "case_party",
        "child",
        "police_report",
        "contact",
        "note",
        "letter",
        "risk_assessment",
        "person",
        "address",
        "referral",
        "consent",
        "calendar_event",
        "event_staff",
        "event_resource",
        "event_party",
        "transport",
        "transport_crew",
        "resource",
        "staff_member",
        "setting",
    }
)
MAX_ROWS = 50
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 30.0
IDLE_PING_S = 15.0  # a silent connection is checked now and then (a half-open TCP path)
POLL_S = 0.3
JOURNAL_MAX_BYTES = 256 * 1024


def everything() -> frozenset[Change]:
    """A table-level change of every announced table: "read again whatever you show"."""
    return frozenset(Change(table, UPDATE) for table in TABLES)


def parse(payload: str) -> frozenset[Change]:
    """The changes of one notification; empty for anything malformed (never raises)."""
    try:
        data = json.loads(payload)
        table, kind, rows = data["t"], data["k"], data.get("r")
    except (ValueError, TypeError, KeyError):
        return frozenset()
    if table not in TABLES or kind not in KINDS:
        return frozenset()
    if rows is None:
        return frozenset({Change(table, kind)})
    if not isinstance(rows, list) or len(rows) > MAX_ROWS:
        return frozenset()
    out: set[Change] = set()
    for row in rows:
        if not (isinstance(row, list) and len(row) == 2):
            return frozenset()
        ident, case_id = row
        if not all(v is None or (type(v) is int and v >= 0) for v in (ident, case_id)):
            return frozenset()
        if ident is None:  # a table without a single id (an association table)
            out.add(Change(table, kind))
        else:
            out.add(Change(table, kind, ident, case_id))
    return frozenset(out)


class _Backoff:
    def __init__(self) -> None:
        self.delay = BACKOFF_FIRST_S

    def next(self) -> float:
        delay = self.delay
        self.delay = min(BACKOFF_MAX_S, self.delay * 2)
        return delay * random.uniform(0.8, 1.2)

    def reset(self) -> None:
        self.delay = BACKOFF_FIRST_S


class PgListener:
    """LISTEN on the shared server in a daemon thread; see the module's docstring."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._stop = threading.Event()
        self._conn: Any = None
        self._conn_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="pg-listener", daemon=True)
        self.listening = threading.Event()  # set while LISTEN is in force (tests wait for it)
        self.backend_pid: int | None = None

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        with self._conn_lock:
            conn = self._conn
        if conn is not None:
            from app.database.engine import _cut

            _cut(conn, quiet=True)  # wakes the blocked wait at once
        self._thread.join(timeout=5)

    def _connect(self) -> Any:
        import psycopg

        from app.database.engine import pg_connect_args

        url = self.db.engine.url
        params: dict[str, Any] = {
            "host": url.host,
            "port": url.port,
            "dbname": url.database,
            "user": url.username,
            "password": url.password,
            "application_name": "igor-desk listener",
        }
        params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
        params.update(pg_connect_args(self.db.target))
        params = {k: v for k, v in params.items() if v is not None}
        conn = psycopg.connect(autocommit=True, **params)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        backoff = _Backoff()
        lost = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # server away: try again later
                logger.info("change listener cannot connect (%s)", type(exc).__name__)
                if not lost:
                    lost = True
                    self.db.changes.announce_status(online=False)
                self._stop.wait(backoff.next())
                continue
            with self._conn_lock:
                self._conn = conn
            self.backend_pid = conn.info.backend_pid
            backoff.reset()
            self.listening.set()
            if lost:
                lost = False
                logger.info("change listener connected again")
                self.db.changes.announce_status(online=True)
                self.db.changes.publish(everything())
            try:
                self._listen(conn)
            except Exception as exc:
                if self._stop.is_set():
                    break
                logger.warning("change listener lost its connection (%s)", type(exc).__name__)
                lost = True
                self.db.changes.announce_status(online=False)
            finally:
                self.listening.clear()
                with self._conn_lock:
                    self._conn = None
                with contextlib.suppress(Exception):
                    conn.close()
            if not self._stop.is_set():
                self._stop.wait(backoff.next())

    def _listen(self, conn: Any) -> None:
        quiet_since = time.monotonic()
        while not self._stop.is_set():
            batch: set[Change] = set()
            # The first notification ends the wait (with any that came in the same packet):
            # published at once, not at the end of the second.
            for note in conn.notifies(timeout=1.0, stop_after=1):
                if note.channel != CHANNEL or note.pid in self.db.own_backend_pids:
                    continue
                batch |= parse(note.payload)
                if len(batch) > 1000:
                    break
            if batch:
                self.db.changes.publish(batch)
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > IDLE_PING_S:
                conn.execute("SELECT 1")  # raises if the server went away without a word
                quiet_since = time.monotonic()


class FileJournal:
    """The sidecar journal of a SQLite file; see the module's docstring."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path.with_name(path.name + ".changes")
        self.token = secrets.token_hex(8)
        self._write_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._mode = 0o600
        with contextlib.suppress(OSError):
            self._mode = path.stat().st_mode & 0o666  # whoever may open the database

    # --- writing (every commit of this Database) ---------------------------------------------

    def append(self, changes: Iterable[Change]) -> None:
        kinds = sorted({f"{c.table}:{c.kind}" for c in changes if c.table in TABLES})
        if not kinds:
            return
        line = (self.token + " " + ",".join(kinds) + "\n").encode()
        try:
            with self._write_lock:
                flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
                fd = os.open(self.path, flags, self._mode)
                try:
                    if os.fstat(fd).st_size > JOURNAL_MAX_BYTES:
                        os.ftruncate(fd, 0)  # readers see it shrink and read everything again
                    os.write(fd, line)
                finally:
                    os.close(fd)
        except OSError as exc:  # the save itself is committed; others refresh later
            logger.warning("change journal not written (%s)", type(exc).__name__)

    # --- reading (the other processes' commits) ----------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="file-journal", daemon=True)
        self._offset = self._size()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def _run(self) -> None:
        while not self._stop.wait(POLL_S):
            try:
                self.poll()
            except Exception:  # never let the watcher die
                logger.exception("change journal poll failed")

    def poll(self) -> None:
        size = self._size()
        if size == self._offset:
            return
        if size < self._offset:  # truncated by a writer: lines may be lost
            self._offset = 0
            self.db.changes.publish(everything())
            return
        with open(self.path, "rb") as f:
            f.seek(self._offset)
            data = f.read(size - self._offset)
        end = data.rfind(b"\n") + 1  # a line still being written waits for the next poll
        self._offset += end
        batch: set[Change] = set()
        for line in data[:end].decode("ascii", "replace").splitlines():
            token, _, kinds = line.partition(" ")
            if token == self.token:
                continue
            for item in kinds.split(","):
                table, _, kind = item.partition(":")
                if table in TABLES and kind in KINDS:
                    batch.add(Change(table, kind))
        if batch:
            self.db.changes.publish(batch)
