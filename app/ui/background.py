"""Long work off the UI thread: one helper for every action that can take more than a moment.

    background.run(self, backup.make_backup, ctx.db, on_done=self._saved,
                   progress=self.tr("Säkerhetskopierar …"))

runs the service call in a worker thread (Qt's thread pool) and comes back ON THE UI THREAD:
`on_done(result)`, or for an error:
- a UserError (a refused action, a database failure explained by app.database.failures):
  `on_error(exc)` if given (show it inline and return True), else its Swedish message in a box;
- anything unexpected: logged with its traceback (never content) and shown in a box with
  "Kopiera diagnostik".
Services are plain Python and open their own sessions from the thread-safe `Database`, so no
session ever crosses threads; pass only ids, values and frozen rows to the call.

`progress=<title>` shows a progress dialog if the work lasts over half a second (busy), and
if the call has a `progress` parameter, passes `progress=report` to it (`report(stage, done, total)`; total 0:
busy). `cancellable=True` adds
"Avbryt": the next `report` raises `Cancelled` inside the call, which rolls its transaction back.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.database import failures
from app.errors import UserError
from app.ui import messages

logger = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):  # noqa: N818 (not an error: the user asked to stop)
    """Raised inside a call whose user pressed "Avbryt"."""


def _tr(text: str) -> str:
    return QApplication.translate("background", text)


class Job(QObject):
    """One call in flight. Its signals are emitted in the worker and delivered (queued) here,
    on the UI thread, where the Job lives."""

    _succeeded = Signal(object)
    _raised = Signal(object)
    _progressed = Signal(str, int, int)
    finished = Signal()  # after on_done / on_error / the box, whatever the outcome

    def __init__(
        self,
        parent: QWidget | None,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[UserError], bool | None] | None,
        title: str | None,
        cancellable: bool,
    ) -> None:
        super().__init__(None)
        self.widget = parent
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress: Callable[[str, int, int], None] | None = None
        self.running = True
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._raised.connect(self._on_raised, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if title is not None:
            dialog = QProgressDialog(title, _tr("Avbryt") if cancellable else "", 0, 0, parent)
            dialog.setObjectName("backgroundProgress")
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(PROGRESS_DELAY_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog

    # --- worker side (any thread) ------------------------------------------------------------

    def report(self, stage: str, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._progressed.emit(stage, int(done), int(total))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- UI side -----------------------------------------------------------------------------

    @Slot(str, int, int)
    def _on_progress(self, stage: str, done: int, total: int) -> None:
        if not self.running or self._widget_gone():
            return
        if self.on_progress is not None:
            self.on_progress(stage, done, total)
        if self.dialog is None:
            return
        if stage:
            self.dialog.setLabelText(stage)
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)

    def _widget_gone(self) -> bool:
        """The form that started the call was closed meanwhile: nothing left to show it in."""
        return self.widget is not None and not shiboken6.isValid(self.widget)

    def _close(self) -> None:
        self.running = False
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        _JOBS.discard(self)

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self.result = result
        self._close()
        try:
            if self.on_done is not None and not self._widget_gone():
                self.on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _on_raised(self, exc: BaseException) -> None:
        self.error = exc
        self._close()
        try:
            if isinstance(exc, Cancelled):
                return
            if self._widget_gone():  # shown without a parent, never swallowed
                show_failure(None, exc)
                return
            show_failure(self.widget, exc, self.on_error)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job, call: Callable[[], Any]) -> None:
        super().__init__()
        self.job = job
        self.call = call
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # everything goes back to the UI thread, nothing is lost
            if not isinstance(exc, (UserError, Cancelled)) and failures.describe(exc) is None:
                logger.error("background call failed", exc_info=exc)
            self.job._raised.emit(exc)
        else:
            self.job._succeeded.emit(result)


def _takes_progress(fn: Callable[..., Any]) -> bool:
    import inspect

    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


_JOBS: set[Job] = set()  # keeps running jobs alive until they report back


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def run(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[UserError], bool | None] | None = None,
    progress: str | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
    cancellable: bool = False,
    **kwargs: Any,
) -> Job:
    """Run `fn(*args, **kwargs)` in a worker thread; see the module's docstring.
    `on_progress(stage, done, total)` (UI thread) is for a form with its own progress bar."""
    job = Job(parent, on_done, on_error, progress, cancellable)
    job.on_progress = on_progress
    if (progress is not None or on_progress is not None) and _takes_progress(fn):
        kwargs["progress"] = job.report
    _JOBS.add(job)
    pool().start(_Runnable(job, lambda: fn(*args, **kwargs)))
    return job


def wait(job: Job, timeout_ms: int = 60_000) -> bool:
    """Process events until the job has reported back (tests, and closing the program)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    app = QApplication.instance()
    while job.running and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QThread.msleep(1)
    return not job.running


# --- showing a failure ------------------------------------------------------------------------


def _database_of(widget: QObject | None):
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if ctx is not None and getattr(ctx, "db", None) is not None:
            return ctx.db
        widget = widget.parent()
    return None


def show_failure(
    parent: QWidget | None,
    exc: BaseException,
    on_error: Callable[[UserError], bool | None] | None = None,
) -> None:
    """On the UI thread: a UserError (or an explained database failure) inline through
    `on_error` or in a box; anything else in a box with "Kopiera diagnostik"."""
    user = exc if isinstance(exc, UserError) else failures.describe(exc)
    if user is not None:
        if on_error is not None and on_error(user):
            return
        messages.user_error(parent, user)
        return
    db = _database_of(parent)

    def diagnostics_text() -> str:
        from app.services.ops import diagnostics

        return diagnostics.report(db, qt_version=qVersion())

    messages.unexpected(
        parent,
        _tr(
            "Något gick fel som programmet inte räknade med ({reason}). Det du gjorde kan ha "
            "avbrutits; det som inte sparades finns kvar på skärmen. Tryck på Kopiera diagnostik "
            "och skicka texten till IT-supporten."
        ).format(reason=type(exc).__name__),
        diagnostics_text,
    )


def install_excepthook() -> None:
    """An exception that escapes a slot on the UI thread (an action run directly, not through
    `run`) is logged as before AND shown: a database failure with its Swedish message, anything
    else with "Kopiera diagnostik" — never silence."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        previous(exc_type, exc, tb)
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        if not isinstance(exc, Exception):
            return
        try:
            show_failure(QApplication.activeWindow(), exc)
        except Exception:  # the hook must never raise
            logger.exception("could not show an unhandled error")

    sys.excepthook = hook
