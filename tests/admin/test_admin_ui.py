"""The Administration page (admins only), the code dialog, the enrollment dialog and the case
viewers dialog."""

from __future__ import annotations

import pytest

from app.errors import AccessDenied
from app.models.enums import Agency
from app.services.admin import profiles
from app.services.core import audit
from app.ui.admin.admin_page import AddStaffDialog, AdminPage
from app.ui.admin.case_viewers_dialog import CaseViewersDialog
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.factories import make_case


def test_admin_page_only_for_admins(qtbot, db, staff):
    lead = MainWindow(AppContext(db, staff.lead))
    qtbot.addWidget(lead)
    assert "admin" in lead.specs  # listed; built when first shown
    lead.show_page("admin")
    assert lead.current_page_key() == "admin" and "admin" in lead.pages
    police = MainWindow(AppContext(db, staff.police))
    qtbot.addWidget(police)
    assert "admin" not in police.pages and "admin" not in police.specs
    titles = [police.nav.item(i).text() for i in range(police.nav.count())]
    assert "Administration" not in titles


def test_add_staff_and_show_code_once(qtbot, db, staff, monkeypatch):
    page = AdminPage(AppContext(db, staff.lead))
    qtbot.addWidget(page)
    dialog = AddStaffDialog(page)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Nina Ny")
    dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData(Agency.SOCIAL))
    row = page.add_staff_from(dialog)
    assert row is not None and page.selected().id == row.id
    shown = []
    monkeypatch.setattr(page, "show_code", lambda ticket, name: shown.append((ticket, name)))
    page.code_button.click()
    assert len(shown) == 1 and shown[0][1] == "Nina Ny" and len(shown[0][0].code) == 30
    texts = [page.table.item(r, 5).text() for r in range(page.table.rowCount())]
    assert "Väntar på registrering" in texts
    monkeypatch.setattr("app.ui.messages.confirm", lambda *a, **k: True)
    page.revoke_button.click()
    assert page.selected() is None or page.selected().revoked_at is not None
    assert any(r.revoked_at for r in profiles.list_staff(db, staff.lead) if r.id == row.id)


def test_case_viewers_dialog_lists_openings(qtbot, db, staff):
    case_id = make_case(db)
    audit.case_opened(db, staff.social, case_id)
    dialog = CaseViewersDialog(AppContext(db, staff.lead), case_id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Sara Socionom"
    with pytest.raises(AccessDenied):
        CaseViewersDialog(AppContext(db, staff.social), case_id)
