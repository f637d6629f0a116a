"""The Verktyg menu: backup now, restore, retention, settings, diagnostics; the first start."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app import settings
from app.database import open_database
from app.database.migrate import upgrade_database
from app.errors import UserError
from app.models import Case
from app.models.enums import Agency, CaseStatus
from app.services.ops import backup, retention
from app.ui import background, messages
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.ops import tools_menu
from tests.factories import make_case


@pytest.fixture
def said(monkeypatch):
    log: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: log.append(("i", text)))
    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: log.append(("e", text)))
    monkeypatch.setattr(
        messages, "user_error", lambda parent, exc, title=None: log.append(("e", exc.message()))
    )
    monkeypatch.setattr(messages, "confirm", lambda parent, text, title=None: True)
    monkeypatch.setattr(
        messages, "unexpected", lambda parent, text, diag, title=None: log.append(("u", text))
    )
    return log


def _actions(window):
    menu = next(
        m
        for m in window.menuBar().findChildren(type(window.menuBar().addMenu("x")))
        if m.objectName() == "toolsMenu"
    )
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def test_the_tools_menu_offers_admin_actions_only_to_administrators(qtbot, db, staff):
    window = MainWindow(AppContext(db, staff.police))
    qtbot.addWidget(window)
    actions = _actions(window)
    assert set(actions) == {
        "backupNow",
        "restore",
        "retention",
        "settings",
        "language",
        "diagnostics",
    }
    assert not actions["retention"].isEnabled() and not actions["settings"].isEnabled()
    assert actions["language"].isEnabled()  # every user chooses their own language
    assert actions["backupNow"].isEnabled() == (db.kind == "sqlite")
    admin = MainWindow(AppContext(db, staff.lead))
    qtbot.addWidget(admin)
    assert _actions(admin)["retention"].isEnabled()


def test_copy_diagnostics_puts_the_report_on_the_clipboard(qtbot, db, staff, said):
    window = MainWindow(AppContext(db, staff.police))
    qtbot.addWidget(window)
    _actions(window)["diagnostics"].trigger()
    text = QGuiApplication.clipboard().text()
    assert "IGOR Desk" in text and "Schemaversion" in text and "Qt:" in text
    assert "Petra Polis" not in text
    assert said and said[0][0] == "i"


def test_backup_now_and_restore_from_the_menu(qtbot, db, staff, said, monkeypatch):
    if db.kind != "sqlite":
        pytest.skip("backups are for the local database")
    make_case(db)
    window = MainWindow(AppContext(db, staff.lead))
    qtbot.addWidget(window)
    _actions(window)["backupNow"].trigger()  # runs off the UI thread (app.ui.background)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert len(backup.list_backups(db.target.path)) == 1
    make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)

    from app.ui.ops.backup_dialog import RestoreDialog

    quits = []
    monkeypatch.setattr("app.ui.ops.backup_dialog.quit_application", lambda: quits.append(1))
    dialog = RestoreDialog(AppContext(db, staff.lead), window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.accept()  # checks the backup, asks, restores: each file step in the background
    qtbot.waitUntil(lambda: bool(quits), timeout=30_000)
    assert quits == [1] and dialog.restored is not None
    reopened = open_database(str(db.target.path))
    try:
        with reopened.read(system=True) as s:
            assert s.execute(select(func.count(Case.id))).scalar_one() == 1
    finally:
        reopened.dispose()


def test_the_retention_dialog_erases_the_checked_cases_after_confirmation(qtbot, db, staff, said):
    old = make_case(db, number="IGOR-2020-0001")
    make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)
    with db.write(system=True) as s:
        case = s.get(Case, old)
        case.status, case.closed_on = CaseStatus.CLOSED, date(2020, 5, 1)
    from app.ui.ops.retention_dialog import RetentionDialog

    dialog = RetentionDialog(AppContext(db, staff.lead))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.checked_ids() == [old]
    dialog.erase_checked()
    background.wait(dialog.job)
    assert dialog.table.rowCount() == 0
    with db.read(system=True) as s:
        assert s.execute(select(Case.case_number)).scalars().all() == ["IGOR-2026-0002"]
    dialog.years.setValue(7)
    dialog._on_save_years_clicked()
    assert retention.retention_years(db) == 7


def test_settings_save_backup_policy_retention_and_database_choice(
    qtbot, db, staff, said, tmp_path
):
    from app.ui.ops.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppContext(db, staff.lead))
    qtbot.addWidget(dialog)
    dialog.backup_keep.setValue(30)
    dialog.retention_years.setValue(5)
    choice = dialog.database_choice
    choice.server_radio.setChecked(True)
    choice.host_edit.setText("db.example.se")
    choice.database_edit.setText("igor")
    choice.role_edit.setText("igor")
    cert = tmp_path / "root.crt"
    cert.write_text("x")
    dialog.database_choice.cert_edit.setText(str(cert))
    dialog.accept()
    assert dialog.error_label.isHidden()
    assert backup.policy().keep == 30 and retention.retention_years(db) == 5
    saved = settings.load()["database_url"]
    assert "hemligt" not in saved
    url = make_url(saved)
    assert url.query == {"sslmode": "verify-full", "sslrootcert": str(cert)}
    assert (url.username, url.host, url.database) == ("igor", "db.example.se", "igor")

    dialog = SettingsDialog(AppContext(db, staff.lead))  # loads the saved choice again
    qtbot.addWidget(dialog)
    assert dialog.database_choice.server_radio.isChecked()
    assert dialog.database_choice.cert_edit.text() == str(cert)
    assert dialog.database_choice.host_edit.text() == "db.example.se"
    dialog.database_choice.host_edit.setText("")
    dialog.database_choice.port_spin.setValue(5433)
    dialog.database_choice.cert_edit.setText(str(tmp_path / "saknas.crt"))
    dialog.accept()
    assert not dialog.error_label.isHidden()
    # Every wrong field is named, in Swedish.
    assert "Fältet server måste fyllas i" in dialog.error_label.text()
    assert "Fältet rotcertifikat: filen" in dialog.error_label.text()
    assert settings.load()["database_url"] == saved  # nothing saved
    with pytest.raises(Exception, match="gruppchef"):
        SettingsDialog(AppContext(db, staff.police))


def test_first_start_on_a_new_workstation_asks_where_the_data_lives(qtbot, tmp_path, said):
    from app.ui.application import open_and_migrate
    from app.ui.first_start import FirstStartDialog

    assert not settings.is_configured()
    dialog = FirstStartDialog(None, open_database=open_and_migrate)
    qtbot.addWidget(dialog)
    assert dialog.database_choice is not None
    dialog.database_choice.server_radio.setChecked(True)
    dialog.database_choice.host_edit.setText("x@y/z")
    dialog.database_choice.database_edit.setText("igor")
    dialog.database_choice.cert_edit.setText("system")
    dialog.name_edit.setText("Gun Gruppchef")
    dialog.accept()
    assert dialog.actor is None and "Fältet server" in dialog.error_label.text()
    with pytest.raises(UserError, match="postgresql"):  # another database kind, typed as a URL
        open_and_migrate("mysql://x@y/z")

    target = tmp_path / "vald plats" / "igor.db"
    dialog.database_choice.local_radio.setChecked(True)
    dialog.database_choice.path_edit.setText(str(target))
    dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData(Agency.SOCIAL))
    dialog.accept()
    try:
        assert dialog.actor is not None and dialog.actor.is_admin
        assert target.exists() and settings.database_url() == str(target.resolve())
        assert settings.is_configured()
    finally:
        dialog.db.dispose()
    db = open_database(str(target))
    upgrade_database(db)
    db.dispose()


def test_scheduler_backs_up_when_due_and_reports_failure_once(qtbot, db, staff, said):
    if db.kind != "sqlite":
        pytest.skip("backups are for the local database")
    scheduler = tools_menu.BackupScheduler(AppContext(db, staff.lead))

    def check() -> None:
        job = scheduler.check()
        assert job is not None and background.wait(job)

    check()
    assert len(backup.list_backups(db.target.path)) == 1
    check()  # not due again within the day
    assert len(backup.list_backups(db.target.path)) == 1
    settings.save({"backup": {"interval_hours": 1, "keep": 3}})
    scheduler.ctx.db.target.path.parent.joinpath("x").mkdir()
    import app.services.ops.backup as svc

    original = svc.paths.backup_dir
    try:
        svc.paths.backup_dir = lambda: (_ for _ in ()).throw(OSError("disk full"))
        check()
        check()
    finally:
        svc.paths.backup_dir = original
    assert [kind for kind, _ in said] == ["e"]
