"""The main window shell: navigation, placeholders, status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.database.migrate import upgrade_database
from app.ui.context import AppContext
from app.ui.labels import missing_labels
from app.ui.main_window import MainWindow
from app.ui.pages import PAGES


def test_every_stored_value_has_a_swedish_label():
    assert missing_labels() == []


def test_navigation_shows_every_page_and_the_status_bar_says_who_and_where(qtbot, db, staff):
    window = MainWindow(AppContext(db, staff.social))
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Min dag", "Ärenden", "Kalender", "Transporter", "Brev", "Statistik"]
    texts = " ".join(label.text() for label in window.statusBar().findChildren(QLabel))
    assert "Sara Socionom" in texts and "Socialtjänst" in texts
    expected_where = "lokal krypterad fil" if db.kind == "sqlite" else "server"
    assert expected_where in texts
    for spec in (p for p in PAGES if not p.admin_only):
        window.show_page(spec.key)
        assert window.current_page_key() == spec.key
        assert window.stack.currentWidget() is window.pages[spec.key]
    # Showing the Statistik page starts its computation; let it end before the database closes.
    qtbot.waitUntil(lambda: not window.pages["statistics"].is_busy(), timeout=10000)


def test_an_analyst_gets_only_the_statistics_page(qtbot, db, staff):
    window = MainWindow(AppContext(db, staff.analyst))
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Statistik"]
    assert set(window.pages) == {"statistics"}  # the other pages are not even built
    assert window.current_page_key() == "statistics"
    qtbot.waitUntil(lambda: window.pages["statistics"].result is not None, timeout=10000)


def test_a_page_that_is_not_built_says_so_plainly(qtbot, db, staff, monkeypatch):
    import app.ui.main_window as main_window
    from app.ui.pages import PageSpec

    unbuilt = PageSpec("later", "Senare", None, "Ctrl+8")
    monkeypatch.setattr(main_window, "PAGES", [*PAGES, unbuilt])
    window = MainWindow(AppContext(db, staff.police))
    qtbot.addWidget(window)
    window.show_page("later")
    page = window.pages["later"]
    assert window.stack.currentWidget() is page
    assert any("inte klar" in lbl.text() for lbl in page.findChildren(QLabel))
    # Every page of this version is built: none of them is a placeholder.
    assert all(spec.target for spec in PAGES)


def test_first_start_makes_the_os_user_the_first_administrator(qtbot, tmp_path):
    from app.database import open_database
    from app.models.enums import Agency
    from app.services.admin import profiles
    from app.ui.first_start import FirstStartDialog

    db = open_database(str(tmp_path / "first.db"))
    upgrade_database(db)
    try:
        assert not profiles.has_any_staff(db)
        dialog = FirstStartDialog(db)
        qtbot.addWidget(dialog)
        dialog.accept()  # empty name: refused with a message naming the field
        assert dialog.actor is None
        assert not dialog.error_label.isHidden()
        assert "namn" in dialog.error_label.text()
        dialog.name_edit.setText("Gun Gruppchef")
        dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData(Agency.SOCIAL))
        dialog.accept()
        assert dialog.actor is not None and dialog.actor.is_admin
        assert dialog.actor.os_account == "testanvandare"
        assert profiles.sign_in(db).agency is Agency.SOCIAL
    finally:
        db.dispose()
