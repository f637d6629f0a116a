"""Start-up: Qt application, translations (Swedish, or English: app.ui.translation), database, sign-in, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__, settings
from app.database import Database, open_database
from app.database.migrate import upgrade_database
from app.errors import NotEnrolledError, UserError
from app.models.enums import Agency
from app.services.admin import profiles
from app.services.core.actor import Actor
from app.ui import accessibility, messages
from app.ui.context import AppContext
from app.ui.translation import install_translations

logger = logging.getLogger(__name__)

STYLE_SHEET = """
QListWidget#navigation { background: #f3f4f6; border: none; border-right: 1px solid #d0d4da;
    font-size: 11pt; padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #1f3a68; color: white; }
QLabel#pageHeading { font-size: 15pt; font-weight: 600; }
QLabel#statusWho[agency="police"] { color: #1f3a68; font-weight: 600; }
QLabel#statusWho[agency="social"] { color: #2e6b3f; font-weight: 600; }
"""
# Under a dark or high-contrast OS palette the program's own colours give way to the palette's
# (light navigation on black text would be unreadable); sizes and weights stay.
HIGH_CONTRAST_STYLE_SHEET = """
QListWidget#navigation { background: palette(window); color: palette(window-text);
    border: none; border-right: 1px solid palette(window-text); font-size: 11pt;
    padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QLabel#pageHeading { font-size: 15pt; font-weight: 600; }
QLabel#statusWho { color: palette(window-text); font-weight: 600; }
"""


def is_dark(app: QApplication) -> bool:
    """The OS (or the user) chose a dark or high-contrast palette: light text on dark."""
    palette = app.palette()
    return palette.window().color().lightness() < palette.windowText().color().lightness()


def apply_style(app: QApplication) -> None:
    """The program's style sheet for the palette in effect (call again after a palette change)."""
    app.setStyleSheet(HIGH_CONTRAST_STYLE_SHEET if is_dark(app) else STYLE_SHEET)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("IGOR")
    install_translations(app)
    accessibility.install(app)  # form labels name their fields for screen readers
    apply_style(app)
    return app


def open_and_migrate(db_url: str | None) -> Database:
    db = open_database(settings.database_url(db_url))
    try:
        upgrade_database(db)
    except Exception:
        db.dispose()
        raise
    return db


def sign_in_or_first_start(db: Database, parent=None) -> Actor | None:
    if profiles.has_any_staff(db):
        return profiles.sign_in(db)
    unattended = os.environ.get("IGOR_FIRST_ADMIN")
    if unattended:  # "Name|police" — unattended installs and the installer's smoke test
        name, _, agency = unattended.partition("|")
        return profiles.create_first_admin(db, name, Agency(agency.strip() or "police"))
    from app.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(db, parent)
    if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def enroll_interactively(db_url: str | None, reason: NotEnrolledError) -> bool:
    from app.ui.enroll_dialog import EnrollDialog

    dialog = EnrollDialog(settings.database_url(db_url), reason.message())
    return dialog.exec() == EnrollDialog.DialogCode.Accepted


def first_start_with_database_choice(parent=None) -> tuple[Database | None, Actor | None]:
    """A new workstation: the first-start dialog asks where the data lives as well."""
    from app.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog(None, parent, open_database=open_and_migrate)
    accepted = dialog.exec() == FirstStartDialog.DialogCode.Accepted
    if not accepted:
        if dialog.db is not None:
            dialog.db.dispose()
        return None, None
    return dialog.db, dialog.actor


def run_gui(db_url: str | None = None) -> int:
    app = create_application()
    try:
        if (
            db_url is None
            and not settings.is_configured()
            and not os.environ.get("IGOR_FIRST_ADMIN")
        ):
            db, actor = first_start_with_database_choice()
        else:
            try:
                db = open_and_migrate(db_url)
            except NotEnrolledError as exc:  # a new OS user: offer the one-time code
                if not enroll_interactively(db_url, exc):
                    return 1
                db = open_and_migrate(db_url)
            actor = sign_in_or_first_start(db)
    except UserError as exc:
        logger.warning("start-up refused: %s", type(exc).__name__)
        messages.error(None, exc.message())
        return 1
    if actor is None or db is None:
        if db is not None:
            db.dispose()
        return 1
    from app.ui import background
    from app.ui.main_window import MainWindow

    background.install_excepthook()  # an error escaping any action is shown, never silent
    window = MainWindow(AppContext(db, actor))
    window.show()
    # Other workstations' changes (server) or other processes' (same file) reach the views:
    # app/database/listener.py.
    db.listen()
    # Everything built so far lives as long as the program: move it out of the cyclic garbage
    # collector's reach, so a full collection (triggered by the thousands of rows a view
    # builds, e.g. the team's week in the calendar) no longer scans it (tens of ms each).
    gc.freeze()
    logger.info("main window shown (database kind %s)", db.kind.value)
    from app.ui.ops.tools_menu import BackupScheduler

    BackupScheduler(window.ctx, window).start()  # daily backup of a local database
    quit_after = os.environ.get("IGOR_QUIT_AFTER_MS")
    if quit_after:  # used by the start-up benchmark and the installer smoke test
        QTimer.singleShot(int(quit_after), app.quit)
    code = app.exec()
    db.dispose()
    return code
