"""The "Verktyg" menu of the main window and the scheduled backup timer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from app.database import DatabaseKind, failures
from app.errors import UserError
from app.services.ops import backup, diagnostics
from app.ui import background, messages
from app.ui.background import Job
from app.ui.context import AppContext

logger = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 30 * 60 * 1000  # look every half hour whether a backup is due


class BackupScheduler(QObject):
    """Makes a backup at start and while the program runs, when the newest is older than the
    interval (daily by default), off the UI thread (app.ui.background). Failures are logged and
    shown once, never fatal."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._warned = False
        self.job: Job | None = None

    def start(self) -> None:
        if self.ctx.db.kind is not DatabaseKind.SQLITE:
            return
        QTimer.singleShot(2000, self, self.check)  # after the window has shown
        self.timer.start()

    def check(self) -> Job | None:
        """Start the backup in the background if one is due; the window keeps answering."""
        if self.job is not None and self.job.running:
            return None
        db = self.ctx.db

        def scheduled() -> object:
            try:
                return backup.backup_if_due(db)
            except Exception as exc:
                logger.error("scheduled backup failed: %s", type(exc).__name__)
                explained = exc if isinstance(exc, UserError) else failures.describe(exc)
                raise UserError(
                    "Den schemalagda säkerhetskopian misslyckades ({reason}). "
                    "Kontakta IT-supporten och bifoga diagnostiken (Verktyg → Kopiera "
                    "diagnostik).",
                    reason=explained.message() if explained is not None else type(exc).__name__,
                ) from exc

        self.job = background.run(
            self.parent() if isinstance(self.parent(), QMainWindow) else None,
            scheduled,
            on_error=self._on_error,
        )
        return self.job

    def _on_error(self, _exc: UserError) -> bool:
        if self._warned:
            return True  # shown once per session; every failure is in the log
        self._warned = True
        return False


def _tr(text: str) -> str:
    return QApplication.translate("tools", text)


def install_tools_menu(window: QMainWindow, ctx: AppContext) -> None:
    menu = window.menuBar().addMenu(_tr("Ver&ktyg"))
    menu.setObjectName("toolsMenu")
    local = ctx.db.kind is DatabaseKind.SQLITE

    def add(text: str, slot, *, enabled: bool = True, name: str = "") -> QAction:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    add(
        _tr("Säkerhetskopiera &nu"),
        lambda: backup_now(window, ctx),
        enabled=local,
        name="backupNow",
    )
    add(
        _tr("&Återställ från säkerhetskopia…"),
        lambda: _open("app.ui.ops.backup_dialog:RestoreDialog", window, ctx),
        enabled=local and ctx.actor.is_admin,
        name="restore",
    )
    menu.addSeparator()
    add(
        _tr("&Gallring…"),
        lambda: _open("app.ui.ops.retention_dialog:RetentionDialog", window, ctx),
        enabled=ctx.actor.is_admin,
        name="retention",
    )
    add(
        _tr("&Inställningar…"),
        lambda: _open("app.ui.ops.settings_dialog:SettingsDialog", window, ctx),
        enabled=ctx.actor.is_admin,
        name="settings",
    )
    add(
        _tr("&Språk…"),
        lambda: _open("app.ui.ops.language:LanguageDialog", window, ctx),
        name="language",
    )
    menu.addSeparator()
    add(_tr("Kopiera &diagnostik"), lambda: copy_diagnostics(window, ctx), name="diagnostics")


def _open(target: str, window: QMainWindow, ctx: AppContext) -> None:
    import importlib

    module, cls = target.split(":")
    dialog = getattr(importlib.import_module(module), cls)(ctx, window)
    dialog.open()


def backup_now(window: QMainWindow, ctx: AppContext) -> Job:
    def saved(dest) -> None:
        messages.info(window, _tr("Säkerhetskopian är sparad:\n{path}").format(path=str(dest)))

    return background.run(
        window,
        backup.make_backup,
        ctx.db,
        on_done=saved,
        progress=_tr("Säkerhetskopierar …"),
    )


def copy_diagnostics(window: QMainWindow, ctx: AppContext) -> str:
    text = diagnostics.report(ctx.db, qt_version=qVersion())
    QGuiApplication.clipboard().setText(text)
    messages.info(
        window,
        _tr(
            "Diagnostiken är kopierad. Klistra in den i ärendet till IT-supporten. Den "
            "innehåller inga personuppgifter och inga lösenord."
        ),
    )
    return text
