"""Issue 20: the day's work by keyboard alone. Each walk uses only key presses (Tab, typing,
arrows, Space, Enter and the shortcuts) and checks that the work was saved. The widgets are read
only to know where the focus is and what was saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app.models import Case, Consent, Contact, RiskAssessment
from app.models.enums import CaseSource, RiskLevel
from app.services.core.timeutil import today_local
from app.ui import messages
from app.ui.cases.case_file import CaseFileWidget
from app.ui.context import AppContext
from tests.factories import make_case
from tests.ui.keys import CTRL, choose, focused, press, show_active, tab_to, type_text


@pytest.fixture(autouse=True)
def no_modals(monkeypatch):
    said = []
    for name in ("error", "info", "user_error", "unexpected"):
        monkeypatch.setattr(messages, name, lambda *a, **k: said.append(a))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    return said


def _count(db, model, **where) -> int:
    with db.read(system=True) as s:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return s.execute(query).scalar_one()


def to_tab(qtbot, tabs, page) -> None:
    """Ctrl+Tab through the case file's tabs to `page`, then Tab into it."""
    for _ in range(tabs.count()):
        if tabs.currentWidget() is page:
            break
        press(qtbot, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentWidget() is page


def _case_file(qtbot, db, actor, case_id) -> CaseFileWidget:
    widget = CaseFileWidget(AppContext(db, actor), case_id)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return widget


def test_intake_by_keyboard(qtbot, db, staff):
    from app.ui.cases.intake_dialog import IntakeDialog

    dialog = IntakeDialog(AppContext(db, staff.police))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: focused() is dialog.source)  # ready to type at once
    choose(qtbot, dialog.source, CaseSource.POLICE_TIP)
    tab_to(qtbot, dialog.victim.first)
    type_text(qtbot, "Vera")
    tab_to(qtbot, dialog.victim.last)
    type_text(qtbot, "Tangent")
    tab_to(qtbot, dialog.victim.birth_year)
    type_text(qtbot, "1988")
    tab_to(qtbot, dialog.suspect.first)
    type_text(qtbot, "Sune")
    tab_to(qtbot, dialog.suspect.last)
    type_text(qtbot, "Tangent")
    before = _count(db, Case)
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter creates the case
    qtbot.waitUntil(lambda: dialog.result_case is not None, timeout=5000)
    assert _count(db, Case) == before + 1


def test_contact_by_keyboard(qtbot, db, staff):
    case_id = make_case(db)
    widget = _case_file(qtbot, db, staff.police, case_id)
    press(qtbot, Qt.Key.Key_K, CTRL)  # Ctrl+K: new contact
    dialog = widget.contacts.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isActiveWindow())
    assert focused() is dialog.party
    tab_to(qtbot, dialog.note)
    type_text(qtbot, "Ringde, allt lugnt.")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
    assert not dialog.isVisible()
    assert _count(db, Contact, case_id=case_id, note="Ringde, allt lugnt.") == 1


def test_consent_by_keyboard(qtbot, db, staff):
    case_id = make_case(db)
    widget = _case_file(qtbot, db, staff.police, case_id)
    tab = widget.consents
    to_tab(qtbot, widget.tabs, tab)
    tab_to(qtbot, tab.given_on)
    type_text(qtbot, today_local().isoformat())
    tab_to(qtbot, tab.record_button)
    press(qtbot, Qt.Key.Key_Space)
    assert tab.table.rowCount() == 1
    assert _count(db, Consent) == 1


def test_assessment_by_keyboard(qtbot, db, staff):
    case_id = make_case(db)
    widget = _case_file(qtbot, db, staff.police, case_id)
    tab = widget.assessments
    to_tab(qtbot, widget.tabs, tab)
    tab_to(qtbot, tab.assessed_on)
    type_text(qtbot, date.today().isoformat())
    tab_to(qtbot, tab.level)
    choose(qtbot, tab.level, RiskLevel.ELEVATED)
    tab_to(qtbot, tab.save_button)
    press(qtbot, Qt.Key.Key_Space)
    assert tab.table.rowCount() == 1
    assert _count(db, RiskAssessment, case_id=case_id) == 1


def test_statistics_by_keyboard(qtbot, db, staff):
    from app.ui.statistics.page import StatisticsPage

    make_case(db)
    page = StatisticsPage(AppContext(db, staff.lead))
    qtbot.addWidget(page)
    show_active(qtbot, page)
    page.setFocus()
    press(qtbot, Qt.Key.Key_F5)  # F5 computes
    qtbot.waitUntil(lambda: page.result is not None and not page.is_busy(), timeout=15000)
    assert page.result.cases.count >= 1


def test_booking_by_keyboard(qtbot, db, staff):
    from datetime import datetime, timedelta

    from app.models import CalendarEvent
    from app.models.enums import EventKind
    from app.services.core.timeutil import LOCAL_ZONE
    from app.ui.calendar.event_dialog import EventDialog

    start = (datetime.now(LOCAL_ZONE) + timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    dialog = EventDialog(AppContext(db, staff.police), start=start, end=start + timedelta(hours=1))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: focused() is dialog.kind)
    choose(qtbot, dialog.kind, EventKind.MEETING)
    tab_to(qtbot, dialog.title_edit)
    type_text(qtbot, "Teammote")
    tab_to(qtbot, dialog.save_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert _count(db, CalendarEvent, title="Teammote") == 1


def test_transport_request_by_keyboard(qtbot, db, staff):
    from app.models import Transport
    from app.models.enums import TransportPurpose
    from app.ui.transports.request_dialog import RequestDialog

    case_id = make_case(db)
    with db.read(system=True) as s:
        number = s.get(Case, case_id).case_number
    dialog = RequestDialog(AppContext(db, staff.social))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    tab_to(qtbot, dialog.case_combo)
    type_text(qtbot, number)
    qtbot.waitUntil(lambda: dialog.selected_case() == case_id, timeout=5000)
    tab_to(qtbot, dialog.purpose_combo)
    choose(qtbot, dialog.purpose_combo, TransportPurpose.MEDICAL)
    tab_to(qtbot, dialog.pickup)
    type_text(qtbot, "Ringvagen 1, Stockholm")
    tab_to(qtbot, dialog.destination)
    type_text(qtbot, "Sodersjukhuset")
    tab_to(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result_row is not None, timeout=5000)
    assert _count(db, Transport, case_id=case_id) == 1


def test_letter_by_keyboard(qtbot, db, staff):
    from app.ui import background
    from app.ui.letters.page import LettersPage
    from tests.cases.test_letters import setup_case

    case_id = setup_case(db, consent=True)
    page = LettersPage(AppContext(db, staff.social))
    qtbot.addWidget(page)
    show_active(qtbot, page)
    tab_to(qtbot, page.case_combo)
    choose(qtbot, page.case_combo, case_id)
    tab_to(qtbot, page.template_combo)
    choose(qtbot, page.template_combo, "remiss")
    tab_to(qtbot, page.field_widgets["anledning"])
    type_text(qtbot, "Vill ha stodsamtal.")
    tab_to(qtbot, page.create_button)
    press(qtbot, Qt.Key.Key_Space)
    assert background.wait(page.job)
    assert page.error_label.text() == ""
    assert page.current is not None and page.kept.rowCount() == 1
