"""A small demo world for the whole-interface tests (issue 20): every page and dialog of the
program built on an encrypted SQLite file with demo data, in Swedish or English.

`surfaces(ctx)` yields (name, build) for every page (through the main window), every tab of the
case file and every dialog; `build()` returns the widget, shown and settled. `language("en")`
installs a language as the program does at start (app.ui.translation) and takes it off again.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app import i18n
from app.database import open_database
from app.database.migrate import upgrade_database
from app.demo.generator import generate
from app.errors import NotEnrolledError
from app.services.admin import profiles
from app.services.core.timeutil import LOCAL_ZONE as TZ
from app.ui import translation
from app.ui.context import AppContext
from tools import update_translations as ut

SIZE = (1366, 768)


def compile_translations(folder: Path) -> Path:
    """The English .qm, compiled from the committed .ts into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    ut.lrelease(ut.TS, folder / "igor_desk_en.qm")
    return folder


@contextmanager
def language(code: str, folder: Path) -> Iterator[str]:
    app = QApplication.instance()
    previous_translator, previous_locale = i18n._translator, QLocale()
    in_effect = translation.install_translations(app, code, folder=folder)
    assert in_effect == code, f"the {code} translation did not load"
    try:
        yield code
    finally:
        translation.remove_translations(app)
        i18n._translator = previous_translator
        QLocale.setDefault(previous_locale)


def settle(ms: int = 150) -> None:
    app = QApplication.instance()
    deadline = time.perf_counter() + ms / 1000
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def open_world(folder: Path, cases: int = 15):
    """A migrated demo database (its key in memory only) and the demo lead (police, admin)."""
    db = open_database(str(folder / "world.db"), key_hex=secrets.token_hex(32))
    upgrade_database(db)
    generate(db, cases=cases, seed=2026)
    actor = profiles.sign_in(db, "demo.gruppchef")
    return db, AppContext(db, actor)


def first_case_id(ctx: AppContext) -> int:
    from sqlalchemy import func, select

    from app.models import Case, CaseParty

    with ctx.db.read(system=True) as s:  # a case with the most parties (victim and suspect)
        return s.execute(
            select(Case.id)
            .join(CaseParty, CaseParty.case_id == Case.id)
            .group_by(Case.id)
            .order_by(func.count().desc(), Case.id)
            .limit(1)
        ).scalar_one()


def transport_rows(ctx: AppContext):
    from app.services.transports import planning as transports

    now = datetime.now(TZ)
    return transports.board(
        ctx.db, ctx.actor, start=now - timedelta(days=400), end=now + timedelta(days=400)
    )


def _show(widget: QWidget) -> QWidget:
    widget.resize(*SIZE) if widget.isWindow() and widget.width() < 200 else None
    widget.show()
    settle()
    return widget


def surfaces(ctx: AppContext, keep: list) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Every page, case-file tab and dialog. Built widgets are appended to `keep` (the caller
    closes them)."""

    def made(widget: QWidget) -> QWidget:
        keep.append(widget)
        return _show(widget)

    def main_window():
        from app.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.resize(*SIZE)
        keep.append(window)
        return window

    from app.ui.pages import PAGES

    window_holder: list = []

    def page(key: str):
        def build():
            if not window_holder:
                window_holder.append(main_window())
                window_holder[0].show()
            window = window_holder[0]
            window.show_page(key)
            settle(400)
            return window.pages[key]

        return build

    for spec in PAGES:
        yield f"page:{spec.key}", page(spec.key)
    yield "page:main window (menus, navigation, status bar)", lambda: window_holder[0]

    def case_file(tab: int):
        def build():
            from app.ui.cases.case_file import CaseFileWidget

            widget = CaseFileWidget(ctx, first_case_id(ctx))
            widget.resize(*SIZE)
            made(widget)
            tabs = widget.findChild(QTabWidget)
            tabs.setCurrentIndex(tab)
            settle()
            return widget

        return build

    for tab in range(6):
        yield f"case file tab {tab}", case_file(tab)

    def view():
        from app.services.cases import case_file as cf

        return cf.open_case(ctx.db, ctx.actor, first_case_id(ctx))

    def dialog(name: str, factory: Callable[[], QWidget]):
        return name, lambda: made(factory())

    from app.ui.admin.admin_page import AddStaffDialog, CodeDialog
    from app.ui.admin.case_viewers_dialog import CaseViewersDialog
    from app.ui.calendar.day_list_dialog import DayListDialog
    from app.ui.calendar.event_dialog import EventDialog
    from app.ui.cases.contact_dialog import ContactDialog
    from app.ui.cases.intake_dialog import IntakeDialog
    from app.ui.cases.party_dialog import PartyDialog
    from app.ui.enroll_dialog import EnrollDialog
    from app.ui.first_start import FirstStartDialog
    from app.ui.ops.backup_dialog import RestoreDialog
    from app.ui.ops.language import LanguageDialog
    from app.ui.ops.retention_dialog import RetentionDialog
    from app.ui.ops.settings_dialog import SettingsDialog
    from app.ui.statistics.import_dialog import ExcelImportDialog
    from app.ui.transports.dialogs import CancelDialog
    from app.ui.transports.plan_dialog import AssessmentDialog, PlanDialog
    from app.ui.transports.request_dialog import RequestDialog

    start = datetime.now(TZ).replace(hour=10, minute=0, second=0, microsecond=0)
    yield dialog("IntakeDialog", lambda: IntakeDialog(ctx))
    yield dialog("ContactDialog", lambda: ContactDialog(ctx, view()))
    yield dialog("PartyDialog", lambda: PartyDialog(ctx, view(), view().parties[0]))
    yield dialog(
        "EventDialog", lambda: EventDialog(ctx, start=start, end=start + timedelta(hours=1))
    )
    yield dialog("DayListDialog", lambda: DayListDialog(ctx, ctx.actor.staff_id, start.date()))
    yield dialog("RequestDialog", lambda: RequestDialog(ctx))
    yield dialog("RequestDialog (edit)", lambda: RequestDialog(ctx, None, transport_rows(ctx)[0]))
    yield dialog("PlanDialog", lambda: PlanDialog(ctx, transport_rows(ctx)[0]))
    yield dialog("CancelDialog", lambda: CancelDialog(ctx, transport_rows(ctx)[0]))
    yield dialog("AssessmentDialog", lambda: AssessmentDialog())
    yield dialog("AddStaffDialog", lambda: AddStaffDialog())
    yield dialog(
        "CodeDialog",
        lambda: CodeDialog(
            profiles.EnrollmentTicket(ctx.actor.staff_id, "ABCD-EFGH", start), ctx.actor.full_name
        ),
    )
    yield dialog("CaseViewersDialog", lambda: CaseViewersDialog(ctx, first_case_id(ctx)))
    yield dialog("SettingsDialog", lambda: SettingsDialog(ctx))
    yield dialog("LanguageDialog", lambda: LanguageDialog(ctx))
    yield dialog("RetentionDialog", lambda: RetentionDialog(ctx))
    yield dialog("RestoreDialog", lambda: RestoreDialog(ctx))
    yield dialog("ExcelImportDialog", lambda: ExcelImportDialog(ctx))
    yield dialog("FirstStartDialog", lambda: FirstStartDialog(None, open_database=lambda u: None))
    yield dialog(
        "EnrollDialog",
        lambda: EnrollDialog(
            None,
            NotEnrolledError(
                "Det finns ingen profil för datoranvändaren {account}. Be en gruppchef lägga upp "
                "dig och ge dig en registreringskod.",
                account="testanvandare",
            ).message(),
        ),
    )
