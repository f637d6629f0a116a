"""Every big dialog fits a station workstation's 1366×768 screen (with the title bar and the
task bar: 728 px of height at most), buttons included."""

from __future__ import annotations

from datetime import date

from app.ui.context import AppContext

FIT_W, FIT_H = 1366, 728


def _fits(dialog) -> None:
    size = dialog.size()
    assert size.width() <= FIT_W and size.height() <= FIT_H, size
    hint = dialog.minimumSizeHint()
    assert hint.width() <= FIT_W and hint.height() <= FIT_H, hint


def test_intake_and_the_day_list_fit_1366x768(qtbot, db, staff):
    from app.ui.calendar.day_list_dialog import DayListDialog
    from app.ui.cases.intake_dialog import IntakeDialog

    intake = IntakeDialog(AppContext(db, staff.police))
    qtbot.addWidget(intake)
    _fits(intake)
    day_list = DayListDialog(AppContext(db, staff.police), staff.police.staff_id, date(2026, 3, 2))
    qtbot.addWidget(day_list)
    _fits(day_list)
    if day_list.job is not None:
        from app.ui import background

        background.wait(day_list.job)
