"""The transport board: filters, new request with inline errors, planning with the safety panel
and clash message, status changes, cancel with reason, run sheet, shortcuts, empty states."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.models.enums import Custody, TransportPurpose, TransportStatus
from app.services.transports import planning as transports
from app.services.transports import safety
from app.ui import background, messages
from app.ui.context import AppContext
from app.ui.transports import dialogs
from app.ui.transports import page as page_module
from app.ui.transports.board_model import STATUS_COLOURS
from app.ui.transports.page import TransportsPage
from app.ui.transports.plan_dialog import PlanDialog
from app.ui.transports.request_dialog import RequestDialog
from app.ui.transports.widgets import set_local
from tests.factories import make_event
from tests.transport_helpers import (
    SUSPECT_STREET,
    make_world,
    new_transport,
    plan_request,
    set_custody,
)

S = TransportStatus


def make_page(qtbot, db, actor, day) -> TransportsPage:
    page = TransportsPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    page.set_day(day)
    return page


def statuses(page) -> list[S]:
    return [page.model.row_at(page.model.index(r, 0)).status for r in range(page.model.rowCount())]


def test_board_filters_colours_and_empty_state(qtbot, qtmodeltester, db, staff):
    w = make_world(db, staff)
    a = new_transport(db, staff.social, w)
    new_transport(db, staff.social, w, purpose=TransportPurpose.COURT, destination="Tingsrätten")
    transports.plan(
        db, staff.police, a.id, plan_request(w, (staff.police.staff_id,)), version=a.version
    )
    page = make_page(qtbot, db, staff.police, w.t0.date())
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 2
    assert sorted(statuses(page)) == sorted([S.PLANNED, S.REQUESTED])
    planned_row = next(r for r in range(2) if statuses(page)[r] is S.PLANNED)
    index = page.model.index(planned_row, 0)
    assert page.model.data(index) == "Planerad"
    assert (
        page.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()
        == STATUS_COLOURS[S.PLANNED][0]
    )
    assert "Civilbil 1" in page.model.data(page.model.index(planned_row, 6))
    assert "2 transporter" in page.count_label.text() and "1 väntar" in page.count_label.text()

    page.status_filter.setCurrentIndex(page.status_filter.findData(S.PLANNED))
    assert statuses(page) == [S.PLANNED]
    page.status_filter.setCurrentIndex(page.status_filter.findData(S.DONE))
    assert page.model.rowCount() == 0
    assert page.board_stack.currentWidget() is page.empty
    assert "med de valda filtren" in page.empty.text()
    page.status_filter.setCurrentIndex(0)
    page.purpose_filter.setCurrentIndex(page.purpose_filter.findData(TransportPurpose.COURT))
    assert page.model.rowCount() == 1
    page.purpose_filter.setCurrentIndex(0)
    page.crew_filter.setCurrentIndex(page.crew_filter.findData(staff.police.staff_id))
    assert statuses(page) == [S.PLANNED]
    page.crew_filter.setCurrentIndex(0)

    page.step(1)  # the next day: nothing
    assert page.board_stack.currentWidget() is page.empty
    assert "Ny begäran" in page.empty.text() and "Ctrl+N" in page.empty.text()
    page.set_week_mode(True)
    page.set_day(w.t0.date())
    assert page.model.rowCount() == 2
    assert page.period_label.text().startswith("Vecka ")


def test_masked_addresses_on_the_board(qtbot, db, staff):
    from app.models.enums import Protection

    w = make_world(db, staff, protection=Protection.SKYDDAD_FOLKBOKFORING)
    new_transport(db, staff.social, w)
    page = make_page(qtbot, db, w.officer2, w.t0.date())
    route = page.model.data(page.model.index(0, 4))
    assert route == "Från: Skyddad adress\nTill: Skyddad adress"
    assert page.model.data(page.model.index(0, 4), Qt.ItemDataRole.FontRole).italic()
    assert "Hemliga" not in page.details.text()
    assert not page.edit_button.isEnabled()  # no need: may not edit
    own = make_page(qtbot, db, staff.social, w.t0.date())
    assert own.model.data(own.model.index(0, 4)).startswith("Från: Hemliga vägen 3, Stockholm\n")
    assert own.edit_button.isEnabled()


def test_new_request_with_inline_errors(qtbot, db, staff, monkeypatch):
    w = make_world(db, staff)
    page = make_page(qtbot, db, staff.social, w.t0.date())
    assert page.board_stack.currentWidget() is page.empty

    seen = {}

    def fill_and_save(dialog: RequestDialog) -> int:
        dialog.save()  # nothing filled in yet
        seen["pickup_error"] = dialog.errors.text_of("upphämtning")
        seen["case_error"] = dialog.errors.text_of("ärende")
        seen["purpose_visible"] = dialog.errors.labels["syfte"].isVisibleTo(dialog)
        dialog.case_combo.setEditText("IGOR-2026-0001")
        dialog.purpose_combo.setCurrentIndex(
            dialog.purpose_combo.findData(TransportPurpose.MEDICAL)
        )
        dialog.pickup.setText("Ringvägen 5, Stockholm")
        dialog.destination.setText("Södersjukhuset")
        set_local(dialog.earliest, w.t0)
        set_local(dialog.latest, w.t0 + timedelta(hours=2))
        dialog.phone.setText("070-111 22 33")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(RequestDialog, "exec", fill_and_save)
    page.new_request()
    assert "måste fyllas i" in seen["pickup_error"]
    assert "måste väljas" in seen["case_error"]
    assert seen["purpose_visible"]
    assert page.model.rowCount() == 1
    row = page.selected()
    assert row.purpose is TransportPurpose.MEDICAL and row.status is S.REQUESTED
    assert "Södersjukhuset" in page.details.text()


def test_plan_dialog_shows_safety_and_refuses_a_clash(qtbot, db, staff):
    w = make_world(db, staff)
    set_custody(
        db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=1), w.t0 + timedelta(days=10)
    )
    t = new_transport(db, staff.social, w, pickup=SUSPECT_STREET)
    make_event(
        db,
        start=w.t0,
        end=w.t0 + timedelta(hours=3),
        staff_ids=(staff.police.staff_id,),
        title="Utbildning",
    )
    dialog = PlanDialog(AppContext(db, staff.police), t)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel.text()
    assert "Häktad" in panel and "täcker hela transporten" in panel
    assert "Kontaktförbud" in panel
    assert dialog.crew_ids() == (staff.police.staff_id,)  # the planner by default
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(w.vehicle))
    set_local(dialog.start, w.t0 + timedelta(minutes=30))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "krockar" in dialog.general_error.text() and "Utbildning" in dialog.general_error.text()
    assert "Närmaste lediga tider" in dialog.general_error.text()
    # Choose another officer: planned.
    for i in range(dialog.crew.count()):
        item = dialog.crew.item(i)
        mine = item.data(Qt.ItemDataRole.UserRole) == w.officer2.staff_id
        item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_row.status is S.PLANNED
    assert dialog.result_row.crew_ids == (w.officer2.staff_id,)


def test_plan_dialog_refuses_the_suspect_address_rule_inline(qtbot, db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w, pickup=SUSPECT_STREET)
    dialog = PlanDialog(AppContext(db, staff.police), t)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(w.vehicle))
    dialog.refresh_check()
    assert "Kan inte planeras" in dialog.panel.text()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "adress som hör till den misstänkte" in dialog.general_error.text()
    assert transports.get(db, staff.police, t.id).status is S.REQUESTED


def test_status_changes_cancel_and_run_sheet_from_the_board(qtbot, db, staff, monkeypatch):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    page = make_page(qtbot, db, staff.police, w.t0.date())
    assert page.selected().status is S.PLANNED
    assert page.start_button.isEnabled() and not page.done_button.isEnabled()

    shown = {}

    def capture(dialog) -> int:
        shown["pdf"] = dialog.sheet.pdf
        shown["pages"] = len(dialog.preview.pages)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.RunSheetDialog, "exec", capture)
    page.print_run_sheet()
    assert background.wait(page.sheet_job)
    assert shown["pdf"].startswith(b"%PDF") and shown["pages"] == 1

    page.start_button.click()
    assert page.selected().status is S.UNDER_WAY
    assert page.done_button.isEnabled() and not page.start_button.isEnabled()

    def cancel(dialog) -> int:
        dialog.save()  # no reason: refused inline
        shown["error"] = dialog.error.text()
        dialog.reason.setPlainText("Hon ville avbryta")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(dialogs.CancelDialog, "exec", cancel)
    monkeypatch.setattr(page_module.CancelDialog, "exec", cancel)
    page.cancel_selected()
    assert "anledning" in shown["error"]
    row = page.selected()
    assert row.status is S.CANCELLED and row.cancel_reason == "Hon ville avbryta"
    assert not any(
        b.isEnabled()
        for b in (page.plan_button, page.start_button, page.done_button, page.cancel_button)
    )
    assert "Hon ville avbryta" in page.details.text()


def test_refused_status_change_shows_the_message(qtbot, db, staff, monkeypatch):
    w = make_world(db, staff)
    set_custody(db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=1), None)
    t = new_transport(db, staff.social, w, pickup=SUSPECT_STREET)
    transports.plan(
        db, staff.police, t.id, plan_request(w, (staff.police.staff_id,)), version=t.version
    )
    set_custody(
        db, w.case_id, Custody.RELEASED, w.t0 - timedelta(days=1), w.t0 - timedelta(hours=1)
    )
    page = make_page(qtbot, db, staff.police, w.t0.date())
    errors = []
    monkeypatch.setattr(
        messages, "user_error", lambda parent, exc, title=None: errors.append(exc.message())
    )
    page.start_button.click()
    assert errors and "misstänkte" in errors[0]
    assert page.selected().status is S.PLANNED


def test_shortcuts_work_only_while_the_page_is_shown(qtbot, db, staff, monkeypatch):
    w = make_world(db, staff)
    page = make_page(qtbot, db, staff.social, w.t0.date())
    opened = []
    monkeypatch.setattr(RequestDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page.activateWindow()
    qtbot.waitActive(page)
    page.table.setFocus()
    # Through the window (as a real key press arrives), so the shortcut map sees it.
    window = page.window().windowHandle()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    before = page.day
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day == before + timedelta(days=1)
    page.hide()
    assert not any(a.isEnabled() for a in page.shortcut_actions)


def test_social_worker_sees_no_police_actions(qtbot, db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    page = make_page(qtbot, db, staff.social, w.t0.date())
    assert page.selected().id == t.id
    assert not page.plan_button.isEnabled() and not page.sheet_button.isEnabled()
    assert page.cancel_button.isEnabled()  # her own request
    assert safety.local(page.selected().earliest_at).hour == 10


def test_enter_on_a_request_opens_planning_and_the_board_rereads_when_shown(
    qtbot, db, staff, monkeypatch
):
    from app.ui.transports import plan_dialog

    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    page = make_page(qtbot, db, staff.police, w.t0.date())
    opened = []
    monkeypatch.setattr(page_module.PlanDialog, "exec", lambda d: opened.append(d.row.id) or 0)
    assert page_module.PlanDialog is plan_dialog.PlanDialog
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [t.id]
    # Someone else cancels it meanwhile; showing the page again shows that.
    transports.cancel(db, staff.social, t.id, reason="Avbokad", version=t.version)
    page.hide()
    page.show()
    assert page.selected().status is S.CANCELLED


def _only(dialog, *staff_ids):
    for i in range(dialog.crew.count()):
        item = dialog.crew.item(i)
        keep = item.data(Qt.ItemDataRole.UserRole) in staff_ids
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)


def test_high_risk_preselects_two_and_one_officer_must_be_confirmed(qtbot, db, staff):
    from app.models.enums import Instrument, RiskLevel
    from tests.transport_helpers import add_assessment

    w = make_world(db, staff)
    add_assessment(db, w.case_id, instrument=Instrument.SARA, level=RiskLevel.HIGH)
    t = new_transport(db, staff.social, w)
    dialog = PlanDialog(AppContext(db, staff.police), t)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.crew_ids()) == 2 and staff.police.staff_id in dialog.crew_ids()
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(w.vehicle))
    set_local(dialog.start, w.t0 + timedelta(minutes=30))
    _only(dialog, staff.police.staff_id)
    assert not dialog.single_officer.isVisible()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.single_officer.isVisible() and "två poliser" in dialog.general_error.text()
    dialog.single_officer.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_row.crew_ids == (staff.police.staff_id,)


def test_meeting_warning_asks_for_a_reason(qtbot, db, staff):
    from app.models.enums import PartyRole
    from tests.factories import party_id

    w = make_world(db, staff)
    make_event(
        db,
        start=w.t0 + timedelta(minutes=45),
        end=w.t0 + timedelta(minutes=75),
        party_ids=(party_id(db, w.case_id, PartyRole.SUSPECT),),
        title="Släppsamtal",
        kind="release_talk",
        place="Polisstationen Södermalm",
        case_id=w.case_id,
    )
    t = new_transport(db, staff.social, w)
    dialog = PlanDialog(AppContext(db, staff.police), t)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.vehicle.setCurrentIndex(dialog.vehicle.findData(w.vehicle))
    set_local(dialog.start, w.t0 + timedelta(minutes=30))
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.meeting_reason.isVisible() and "Släppsamtal" in dialog.general_error.text()
    dialog.meeting_reason.setText("Hon går in via BOPS entré, han förs ut via arresten")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_analyst_gets_an_explanation_instead_of_the_board(qtbot, db, staff, monkeypatch):
    w = make_world(db, staff)
    new_transport(db, staff.social, w)
    page = make_page(qtbot, db, staff.analyst, w.t0.date())
    assert page.board_stack.currentWidget() is page.empty
    assert "statistiken" in page.empty.text()
    assert not page.new_button.isEnabled()
    monkeypatch.setattr(RequestDialog, "exec", lambda d: pytest.fail("no request dialog"))
    page.new_request()
