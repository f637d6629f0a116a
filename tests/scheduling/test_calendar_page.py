"""The calendar page driven like a user: create from the keyboard, move and resize by mouse,
a refused move snaps back with the clash message, whose calendar, holidays, held → contact."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.models import Contact
from app.models.enums import Channel, EventKind, PartyRole
from app.services.scheduling import calendar as cal
from app.services.scheduling.recurrence import TZ
from app.ui import background
from app.ui.calendar.event_dialog import EventDialog
from app.ui.calendar.held_dialog import HeldDialog
from app.ui.calendar.page import CalendarPage
from app.ui.context import AppContext
from tests.factories import make_case, party_id

MONDAY = date(2026, 3, 2)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=TZ)


@pytest.fixture
def page(qtbot, db, staff, monkeypatch):
    from app.ui import messages

    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(messages, "error", lambda *a, **k: pytest.fail("unexpected modal error"))
    widget = CalendarPage(AppContext(db, staff.police))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.anchor = MONDAY
    widget.reload()
    return widget


def rows_on(db, actor, day: int):
    return cal.events_between(db, actor, at(day, 0), at(day + 1, 0))


def drag(canvas, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    mid = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(canvas, mid)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_week_is_the_default_and_an_empty_week_explains(page):
    assert page.mode == "week"
    assert page.grid.canvas.days == [MONDAY + timedelta(days=i) for i in range(7)]
    assert page.range_label.text() == "Vecka 10, 2–8 mars 2026"
    assert page.empty.isVisible() and "Ctrl+N" in page.empty.text()


def test_create_from_the_keyboard_on_a_selected_slot(qtbot, page, db, staff):
    canvas = page.grid.canvas
    canvas.setFocus()
    canvas.select_slot(1, 9 * 60)  # Tuesday 09:00
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # 09:15
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, EventDialog)
    assert dialog.start_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-03 09:15"
    assert dialog.end_edit.dateTime().toString("HH:mm") == "10:15"
    QTest.keyClicks(dialog.title_edit, "Planering")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None)
    rows = rows_on(db, staff.police, 3)
    assert [(r.title, r.starts_at) for r in rows] == [("Planering", at(3, 9, 15).astimezone(UTC))]
    assert rows[0].staff_ids == (staff.police.staff_id,)
    assert canvas.rect_of(rows[0].key) is not None  # shown in the grid
    assert not page.empty.isVisible()


def test_ctrl_n_opens_the_dialog_and_bad_input_is_shown_inline(qtbot, page, db, staff):
    QTest.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, EventDialog)
    # Uncheck every participant: the form says which field is wrong and stays open.
    for i in range(dialog.staff.count()):
        dialog.staff.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.save()
    assert dialog.isVisible()
    assert "Fältet deltagare" in dialog.error.text()
    assert "9b1c1c" in dialog.staff.styleSheet()
    dialog.reject()


def test_a_clash_in_the_dialog_names_it_and_a_suggestion_moves_the_event(qtbot, page, db, staff):
    me = staff.police.staff_id
    cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(4, 10),
            ends_at=at(4, 11),
            staff_ids=(me,),
            title="Upptagen",
        ),
    )
    page.reload()
    page.grid.canvas.select_slot(2, 10 * 60)
    page.new_event()
    dialog = page.dialog
    dialog.save()
    assert "Petra Polis är redan bokad" in dialog.error.text()
    buttons = [
        dialog.suggestions.itemAt(i).widget()
        for i in range(dialog.suggestions.count())
        if dialog.suggestions.itemAt(i).widget() is not None
        and dialog.suggestions.itemAt(i).widget().metaObject().className() == "QPushButton"
    ]
    assert buttons
    buttons[0].click()
    dialog.save()
    qtbot.waitUntil(lambda: page.dialog is None)
    assert len(rows_on(db, staff.police, 4)) == 2


def test_move_an_event_by_mouse_to_another_day_and_time(qtbot, page, db, staff):
    me = staff.police.staff_id
    eid = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.HOME_VISIT, starts_at=at(2, 9), ends_at=at(2, 10), staff_ids=(me,)
        ),
    )
    page.reload()
    canvas = page.grid.canvas
    rect = canvas.rect_of(("event", eid, None))
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 10)
    # Grabbed 10 px below the top; drop on Wednesday so that the top lands at 13:30.
    target = canvas.point_for(2, 13, 30)
    drag(canvas, grab, QPoint(target.x(), target.y() + 8))
    detail = cal.get_event(db, staff.police, eid)
    assert (detail.starts_at, detail.ends_at) == (
        at(4, 13, 30).astimezone(UTC),
        at(4, 14, 30).astimezone(UTC),
    )
    assert "Flyttad till ons 4/3 13:30–14:30" in page.message.text()


def test_resize_by_the_bottom_edge_snaps_to_a_quarter_hour(qtbot, page, db, staff):
    me = staff.police.staff_id
    eid = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING, starts_at=at(3, 13), ends_at=at(3, 14), staff_ids=(me,)
        ),
    )
    page.reload()
    canvas = page.grid.canvas
    rect = canvas.rect_of(("event", eid, None))
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    end = canvas.point_for(1, 15, 3)  # about 15:05 → snaps to 15:00
    drag(canvas, edge, QPoint(edge.x(), end.y()))
    detail = cal.get_event(db, staff.police, eid)
    assert detail.starts_at == at(3, 13).astimezone(UTC)
    assert detail.ends_at == at(3, 15).astimezone(UTC)


def test_a_refused_move_snaps_back_with_the_clash_message(qtbot, page, db, staff):
    me = staff.police.staff_id
    moving = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(2, 9),
            ends_at=at(2, 10),
            staff_ids=(me,),
            title="Flyttas",
        ),
    )
    cal.create_event(
        db,
        staff.social,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(2, 13),
            ends_at=at(2, 14),
            staff_ids=(me,),
            title="Står kvar",
        ),
    )
    page.reload()
    canvas = page.grid.canvas
    key = ("event", moving, None)
    before = canvas.rect_of(key)
    grab = QPoint(int(before.center().x()), int(before.top()) + 4)
    target = canvas.point_for(0, 13)
    drag(canvas, grab, QPoint(grab.x(), target.y() + 2))
    assert page.message.isVisible()
    assert "krockar" in page.message.text() and "Står kvar" in page.message.text()
    assert "Närmaste lediga tider" in page.message.text()
    detail = cal.get_event(db, staff.police, moving)
    assert detail.starts_at == at(2, 9).astimezone(UTC)
    assert canvas.rect_of(key) == before  # snapped back
    assert canvas._proposal is None


def test_transports_cannot_be_dragged(qtbot, page, db, staff):
    from tests.factories import make_transport

    case_id = make_case(db)
    tid = make_transport(db, case_id, planned_start=at(5, 10), crew=(staff.police.staff_id,))
    page.reload()
    canvas = page.grid.canvas
    rect = canvas.rect_of(("transport", tid, None))
    assert rect is not None
    start = QPoint(int(rect.center().x()), int(rect.top()) + 4)
    drag(canvas, start, QPoint(start.x(), start.y() + 200))
    assert not page.message.isVisible() or "Flyttad" not in page.message.text()
    assert not page.edit_button.isEnabled()


def test_whose_calendar_navigation_and_holidays(qtbot, page, db, staff):
    cal.create_event(
        db,
        staff.social,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(3, 9),
            ends_at=at(3, 10),
            staff_ids=(staff.social.staff_id,),
        ),
    )
    page.reload()
    assert page.rows == []  # my calendar
    page.whose.setCurrentIndex(page.whose.findData(staff.social.staff_id))
    assert len(page.rows) == 1
    page.whose.setCurrentIndex(page.whose.findData("team"))
    assert len(page.rows) == 1
    QTest.keyClick(page, Qt.Key.Key_PageDown)
    assert page.grid.canvas.days[0] == MONDAY + timedelta(days=7)
    QTest.keyClick(page, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.grid.canvas.days[0] == MONDAY
    page.anchor = date(2026, 6, 17)
    page.reload()
    assert page.grid.canvas.holidays[date(2026, 6, 19)] == "Midsommarafton"
    page.set_mode("month")
    assert page.month.holidays[date(2026, 6, 6)] == "Nationaldagen"
    page.set_mode("day")
    assert page.grid.canvas.days == [date(2026, 6, 17)]
    QTest.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.grid.canvas.days == [datetime.now(TZ).date()]


def test_mark_held_turns_the_event_into_a_contact(qtbot, page, db, staff):
    case_id = make_case(db)
    victim = party_id(db, case_id, PartyRole.VICTIM)
    start = (datetime.now(TZ) - timedelta(days=1)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    eid = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.HOME_VISIT,
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            case_id=case_id,
            party_ids=(victim,),
            staff_ids=(staff.police.staff_id,),
        ),
    )
    page.anchor = start.date()
    page.reload()
    canvas = page.grid.canvas
    canvas.selected_key = ("event", eid, None)
    page._update_buttons()
    assert page.held_button.isEnabled()
    page.held_button.click()
    dialog = page.dialog
    assert isinstance(dialog, HeldDialog)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.dialog is None)
    with db.read(actor=staff.police) as s:
        contact = s.execute(select(Contact).where(Contact.case_id == case_id)).scalar_one()
    assert contact.channel is Channel.HOME_VISIT and contact.party_id == victim
    assert "registrerad som kontakt" in page.message.text()
    assert cal.get_event(db, staff.police, eid).held


def test_export_and_import_from_the_page(qtbot, page, db, staff, tmp_path):
    cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(3, 9),
            ends_at=at(3, 10),
            staff_ids=(staff.police.staff_id,),
        ),
    )
    page.reload()
    path = tmp_path / "vecka.ics"
    page.export_ics(path=str(path))  # made and written off the UI thread
    assert background.wait(page.file_job)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "1 händelser exporterades" in page.message.text()
    page.import_ics(path=str(path))
    assert background.wait(page.file_job)
    assert "0 händelser importerades; 1 fanns redan" in page.message.text()
    bad = tmp_path / "trasig.ics"
    bad.write_bytes(b"nonsense")
    page.import_ics(path=str(bad))
    assert background.wait(page.file_job)
    assert "ingenting sparades" in page.message.text()


def test_the_meeting_warning_in_the_dialog_needs_an_answer(qtbot, page, db, staff):
    case_id = make_case(db)
    victim = party_id(db, case_id, PartyRole.VICTIM)
    suspect = party_id(db, case_id, PartyRole.SUSPECT)
    cal.create_event(
        db,
        staff.social,
        cal.EventInput(
            kind=EventKind.RELEASE_TALK,
            starts_at=at(5, 10),
            ends_at=at(5, 11),
            case_id=case_id,
            party_ids=(suspect,),
            staff_ids=(staff.social.staff_id,),
            place="Polisstationen Södermalm",
            rule_reason="Han släpps i dag.",
        ),
    )
    page.grid.canvas.select_slot(3, 10 * 60)
    page.new_event()
    dialog = page.dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.INTERVIEW_SUPPORT))
    dialog.place_edit.setText("Polisstationen Södermalm")
    dialog.case_edit.setText("IGOR-2026-0001")
    dialog._case_changed()
    for i in range(dialog.parties.count()):
        item = dialog.parties.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == victim:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.isVisible()
    assert "kan mötas" in dialog.error.text() and "IGOR-2026-0001" in dialog.error.text()
    assert dialog.meeting_reason.isVisible()
    dialog.save()  # still no answer: refused again
    assert dialog.isVisible()
    QTest.keyClicks(dialog.meeting_reason, "Hon kommer in via personalingången.")
    dialog.save()
    qtbot.waitUntil(lambda: page.dialog is None)
    saved = [r for r in rows_on(db, staff.police, 5) if r.kind is EventKind.INTERVIEW_SUPPORT]
    assert len(saved) == 1
    detail = cal.get_event(db, staff.police, saved[0].id)
    assert detail.risk_override_reason == "Hon kommer in via personalingången."


def test_the_page_fits_a_1280_pixel_screen_and_the_menu_holds_export_import_print(page):
    # The main window adds the navigation (about 180 px) to the page's minimum width.
    assert page.minimumSizeHint().width() < 1050
    texts = [a.text() for a in page.more_menu.actions() if not a.isSeparator()]
    assert texts == ["Exportera .ics…", "Importera .ics…", "Skriv ut dagslista…\tCtrl+P"]
    assert page.more_button.menu() is page.more_menu
