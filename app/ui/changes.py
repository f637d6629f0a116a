"""The change notice on the UI thread: every view hears about every committed write.

`bridge_for(db)` is the one `ChangeBridge` of an open database: it subscribes to `db.changes`
(app.database.changes; the writes of this program, and — once `db.listen()` runs,
app/database/listener.py — those of other workstations on the shared server or other processes
on the same file) and re-emits `changed(frozenset[Change])` ON THE UI THREAD (a queued signal
from whichever thread committed or listened), a burst of writes coalesced into one signal;
`online(bool)` says when the contact with the server is lost and back (the status bar).

`follow(widget, on_change, tables=...)` is what a view calls: relevant changes run
`on_change(changes)` at once while the widget is visible; while hidden, the widget is marked
stale and `on_change` runs when it is shown again (a hidden page does no work).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from app.database import Database
from app.database.changes import Change

COALESCE_MS = 30

# Tables grouped by what the views show.
CASE_TABLES = frozenset(
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
        "transport",
    }
)
CALENDAR_TABLES = frozenset({"calendar_event", "resource", "staff_member", "contact", "case_file"})
TRANSPORT_TABLES = frozenset({"transport", "resource", "staff_member", "case_file", "case_party"})
STATISTICS_TABLES = CASE_TABLES | {"stat_party_contacts", "stat_contact_days", "staff_member"}


class ChangeBridge(QObject):
    changed = Signal(object)  # frozenset[Change], on the UI thread
    online = Signal(bool)  # the contact with the server lost (False) or back (True), UI thread
    _arrived = Signal()
    _status = Signal(bool)

    def __init__(self, db: Database) -> None:
        app = QApplication.instance()
        super().__init__(None)
        if app is not None:
            self.moveToThread(app.thread())
        self._lock = threading.Lock()
        self._pending: set[Change] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._deliver)
        self._arrived.connect(self._schedule, Qt.ConnectionType.QueuedConnection)
        self._status.connect(self.online, Qt.ConnectionType.QueuedConnection)
        self.unsubscribe = db.changes.subscribe(self._on_changes)
        self.unsubscribe_status = db.changes.subscribe_status(self._status.emit)

    def _on_changes(self, changes: frozenset[Change]) -> None:  # any thread
        with self._lock:
            self._pending |= changes
        self._arrived.emit()

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            batch, self._pending = frozenset(self._pending), set()
        if batch:
            self.changed.emit(batch)


_BRIDGES: dict[int, tuple[Database, ChangeBridge]] = {}


def bridge_for(db: Database) -> ChangeBridge:
    held = _BRIDGES.get(id(db))
    if held is None or held[0] is not db:
        held = (db, ChangeBridge(db))
        _BRIDGES[id(db)] = held
    return held[1]


def touches(changes: Iterable[Change], tables: Iterable[str]) -> bool:
    wanted = set(tables)
    return any(c.table in wanted for c in changes)


class _Follower(QObject):
    def __init__(
        self,
        widget: QWidget,
        on_change: Callable[[frozenset[Change]], None],
        tables: frozenset[str] | None,
    ) -> None:
        super().__init__(widget)
        self.widget = widget
        self.on_change = on_change
        self.tables = tables
        self.stale: set[Change] = set()
        widget.installEventFilter(self)

    def receive(self, changes: frozenset[Change]) -> None:
        if self.tables is not None:
            changes = frozenset(c for c in changes if c.table in self.tables)
        if not changes:
            return
        if self.widget.isVisible():
            self.on_change(changes)
        else:
            self.stale |= changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            batch, self.stale = frozenset(self.stale), set()
            QTimer.singleShot(0, self, lambda: self.on_change(batch))
        return False


def follow(
    widget: QWidget,
    db: Database,
    on_change: Callable[[frozenset[Change]], None],
    *,
    tables: Iterable[str] | None = None,
) -> _Follower:
    """Run `on_change(changes)` for committed writes to `tables` (all if None): now if the
    widget is visible, else when it is next shown. Ends with the widget."""
    follower = _Follower(widget, on_change, frozenset(tables) if tables is not None else None)
    bridge_for(db).changed.connect(follower.receive)
    return follower


@dataclass
class Kept:
    selected: object = None
    vertical: int = 0
    horizontal: int = 0


@contextlib.contextmanager
def keeping_view(
    view: QAbstractScrollArea, selected: Callable[[], object] | None = None
) -> Iterator[Kept]:
    """Around a refresh of `view` after a change notice: remembers the scroll position (and
    `selected()`, for the caller to select again) and puts the scroll position back after."""
    kept = Kept(
        selected=selected() if selected is not None else None,
        vertical=view.verticalScrollBar().value(),
        horizontal=view.horizontalScrollBar().value(),
    )
    yield kept
    view.verticalScrollBar().setValue(kept.vertical)
    view.horizontalScrollBar().setValue(kept.horizontal)
