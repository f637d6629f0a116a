"""The application's change notice: which records a committed transaction touched.

Every `Database` has one `ChangeNotice` (`db.changes`). Its session events (installed by
`install`) collect (table, kind, id, and the case id where the record has one) of every object inserted, updated or deleted by a flush,
and of every Core-level INSERT/UPDATE/DELETE executed through a session (id None: "something in
this table"), and publish them once the transaction has COMMITTED — never on rollback, and
never any content. Work done outside a session can call `publish` itself.

Subscribers are plain callables taking a frozenset of `Change`; they run in the thread that
committed (the UI's Qt bridge, app/ui/changes.py, hands them over to the UI thread). Another
source (PostgreSQL LISTEN/NOTIFY from other workstations) feeds the same notice with
`publish(changes)` (app/database/listener.py: `Database.listen()`), and reports the contact with
the server through `announce_status` / `subscribe_status`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

logger = logging.getLogger(__name__)

INSERT, UPDATE, DELETE = "insert", "update", "delete"
# The log of who did what, and of disclosures, changes with every action (and with reads that
# disclose): not something a view shows, and publishing it would make views that reload on a
# change disclose again, and reload again.
QUIET_TABLES = frozenset({"audit_entry", "disclosure"})
_PENDING = "igor_changes"
CASE_TABLE = "case_file"


@dataclass(frozen=True)
class Change:
    table: str
    kind: str  # INSERT, UPDATE or DELETE
    id: object = None  # the primary key (a tuple for a composite key); None: not known
    case_id: int | None = None  # the case the record belongs to, when it has one


Subscriber = Callable[[frozenset[Change]], None]


class ChangeNotice:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._status_subscribers: list[Callable[[bool], None]] = []
        self._committed: list[Subscriber] = []
        self._lock = threading.Lock()
        self.online = True  # False while the listener has no contact with the server

    def on_commit(self, callback: Subscriber) -> None:
        """Also call `callback(changes)` for this program's own commits only (not for what
        `publish` brings from elsewhere): the local file's journal (app/database/listener.py)."""
        self._committed.append(callback)

    def subscribe_status(self, callback: Callable[[bool], None]) -> Callable[[], None]:
        """Call `callback(online)` when the contact with the server is lost or back."""
        with self._lock:
            self._status_subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._status_subscribers:
                    self._status_subscribers.remove(callback)

        return unsubscribe

    def announce_status(self, *, online: bool) -> None:
        self.online = online
        with self._lock:
            subscribers = list(self._status_subscribers)
        for callback in subscribers:
            try:
                callback(online)
            except Exception:
                logger.exception("status subscriber failed")

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(changes)` after every committed write; returns the unsubscribe."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, changes: Iterable[Change]) -> None:
        batch = frozenset(c for c in changes if c.table not in QUIET_TABLES)
        if not batch:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(batch)
            except Exception:  # one broken view must not undo or hide a committed save
                logger.exception("change subscriber failed")

    # --- collecting from sessions ------------------------------------------------------------

    def install(self, factory: sessionmaker[Session]) -> None:
        event.listen(factory, "after_flush", self._after_flush)
        event.listen(factory, "do_orm_execute", self._on_execute)
        event.listen(factory, "after_commit", self._after_commit)
        event.listen(factory, "after_rollback", self._forget)

    @staticmethod
    def _pending(session: Session) -> _Pending:
        return session.info.setdefault(_PENDING, _Pending())

    def _after_flush(self, session: Session, _context) -> None:
        pending = self._pending(session)
        for kind, objects in ((INSERT, session.new), (DELETE, session.deleted)):
            for obj in objects:
                pending.add(_change_of(obj, kind))
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                pending.add(_change_of(obj, UPDATE))

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        name = getattr(table, "name", None)
        if name is None:
            return
        kind = INSERT if state.is_insert else UPDATE if state.is_update else DELETE
        self._pending(state.session).add(Change(name, kind))

    def _after_commit(self, session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if pending is not None:
            changes = pending.changes()
            for callback in self._committed:
                try:
                    callback(frozenset(changes))
                except Exception:
                    logger.exception("commit hook failed")
            self.publish(changes)

    def _forget(self, session: Session) -> None:
        session.info.pop(_PENDING, None)


class _Pending:
    """The changes of one transaction. Past PER_TABLE rows of one table and kind (an import, the
    demo data) they collapse into one table-level change: a view reloads either way, and a
    million Change objects would cost memory for nothing."""

    PER_TABLE = 500

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], set[Change] | None] = {}

    def add(self, change: Change) -> None:
        key = (change.table, change.kind)
        bucket = self._by_key.get(key, set())
        if bucket is None:  # collapsed already
            return
        if change.id is None or len(bucket) >= self.PER_TABLE:
            self._by_key[key] = None
            return
        bucket.add(change)
        self._by_key[key] = bucket

    def changes(self) -> set[Change]:
        out: set[Change] = set()
        for (table, kind), bucket in self._by_key.items():
            out |= {Change(table, kind)} if bucket is None else bucket
        return out


def _change_of(obj: object, kind: str) -> Change:
    state = inspect(obj)
    table = getattr(state.mapper.local_table, "name", type(obj).__name__)
    key = state.identity or tuple(state.mapper.primary_key_from_instance(obj))
    ident = key[0] if len(key) == 1 else key
    case_id = ident if table == CASE_TABLE else getattr(obj, "case_id", None)
    return Change(table, kind, ident, case_id if isinstance(case_id, int) else None)
