"""The one date field and date-time field (app/ui/dates.py): typed digits fill it from the
year on, Tab leaves it (not each part), minutes step by 5; and Nytt ärende's Startdatum is
filled by typing after one Tab."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.dates import QuickDateEdit, QuickDateTimeEdit


def _form(qtbot, field):
    host = QWidget()
    before, after = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(host)
    for w in (before, field, after):
        layout.addWidget(w)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    before.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)
    return host, before, after


def test_typed_digits_fill_the_date_time_and_tab_leaves(qtbot):
    field = QuickDateTimeEdit(QDateTime(QDate(2026, 1, 1), QDateTime.currentDateTime().time()))
    _host, before, after = _form(qtbot, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field
    qtbot.keyClicks(field, "20261210 1500")
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-10 15:00"
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after  # one Tab leaves, nothing else changed
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-10 15:00"
    # With separators, as it is read.
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    qtbot.keyClicks(field, "2026-12-11 09:35")
    assert field.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-11 09:35"
    # Minutes step by five.
    field.setSelectedSection(field.Section.MinuteSection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.dateTime().toString("HH:mm") == "09:40"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.dateTime().toString("HH:mm") == "09:30"


def test_the_date_field_by_keys(qtbot):
    field = QuickDateEdit(QDate(2026, 1, 1))
    _host, before, after = _form(qtbot, field)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(field, "20260315")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date() == QDate(2026, 3, 15) and QApplication.focusWidget() is after


def test_startdatum_in_nytt_arende_takes_one_tab(qtbot, db, staff):
    from app.ui.cases.intake_dialog import IntakeDialog

    dialog = IntakeDialog(AppContext(db, staff.police))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.opened.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.opened, timeout=2000)
    qtbot.keyClicks(dialog.opened, "20260105")
    assert dialog.opened.date() == QDate(2026, 1, 5)
    nxt = dialog.opened.nextInFocusChain()
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.opened
    assert dialog.opened.date() == QDate(2026, 1, 5)
    assert nxt is not None
