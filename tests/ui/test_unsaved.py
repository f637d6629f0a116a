"""Nothing typed is lost without a question (app/ui/unsaved.py): Escape in a form, closing a case
tab and quitting ask "Spara / Släng / Avbryt"; each answer does what it says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from app.models import Case, Contact
from app.models.enums import ContactBan
from app.services.cases import case_file
from app.ui import messages
from app.ui.cases.intake_dialog import IntakeDialog
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.factories import make_case

SAVE, DISCARD, BACK = 0, 1, 2


class Answers:
    """Stands in for the modal question: records what was asked, answers as told."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []
        self.answer = BACK

    def __call__(self, parent, text, buttons, title=None) -> int:
        self.asked.append([b.replace("&", "") for b in buttons])
        return self.answer


@pytest.fixture
def answers(monkeypatch) -> Answers:
    ans = Answers()
    monkeypatch.setattr(messages, "choice", ans)
    monkeypatch.setattr(messages, "error", lambda *a, **k: None)
    monkeypatch.setattr(messages, "info", lambda *a, **k: None)
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    return ans


def _cases(db) -> int:
    with db.read(system=True) as s:
        return len(s.execute(select(Case)).scalars().all())


def test_escape_in_an_untouched_form_closes_without_a_question(qtbot, db, staff, answers):
    dialog = IntakeDialog(AppContext(db, staff.police))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == [] and not dialog.isVisible()


def test_escape_in_nytt_arende_asks_and_each_answer_does_what_it_says(qtbot, db, staff, answers):
    dialog = IntakeDialog(AppContext(db, staff.police))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.victim.first, "Åsa")
    # Avbryt: back to the form, the input is still there.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked == [["Spara", "Släng", "Avbryt"]]
    assert dialog.isVisible() and dialog.victim.first.text() == "Åsa"
    # Spara with incomplete input: nothing is created, the dialog stays with its errors.
    answers.answer = SAVE
    dialog.close()  # the window's close button goes the same way
    assert dialog.isVisible() and dialog.result_case is None
    assert "Ärendet är inte skapat" in dialog.general_error.text()
    assert _cases(db) == 0
    # Släng: closed, nothing saved.
    answers.answer = DISCARD
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(answers.asked) == 3
    assert _cases(db) == 0


def test_spara_in_ny_kontakt_saves_the_contact(qtbot, db, staff, answers):
    from app.ui.cases.case_file import CaseFileWidget

    case_id = make_case(db)
    widget = CaseFileWidget(AppContext(db, staff.police), case_id)
    qtbot.addWidget(widget)
    widget.show()
    widget.new_contact()
    dialog = widget.contacts.dialog
    dialog.talks[next(iter(dialog.talks))].setChecked(True)
    qtbot.keyClicks(dialog.note, "Ringde, allt lugnt.")
    answers.answer = SAVE
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert answers.asked and not dialog.isVisible()
    with db.read(system=True) as s:
        notes = s.execute(select(Contact.note).where(Contact.case_id == case_id)).scalars().all()
    assert notes == ["Ringde, allt lugnt."]


def _window_with_case(qtbot, db, actor, case_id) -> tuple[MainWindow, object]:
    window = MainWindow(AppContext(db, actor))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_page("cases")
    widget = window.pages["cases"].open_case(case_id)
    return window, widget


def test_closing_a_case_tab_with_unsaved_edits_asks(qtbot, db, staff, answers):
    case_id = make_case(db)
    window, widget = _window_with_case(qtbot, db, staff.police, case_id)
    page = window.pages["cases"]
    tab = widget.overview
    tab.ban.setCurrentIndex(tab.ban.findData(ContactBan.ORDINARY))
    tab.ban_from.setText("2026-01-12")
    assert widget.has_unsaved_changes()
    answers.answer = BACK
    qtbot.keyClick(tab.ban_from, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 1 and case_id in page.case_tabs
    assert tab.ban_from.text() == "2026-01-12"
    answers.answer = SAVE
    assert page.close_tab(page.tabs.indexOf(widget))
    assert case_id not in page.case_tabs
    view = case_file.load_case(db, staff.police, case_id)
    assert view.legal.contact_ban == ContactBan.ORDINARY
    # Reopened and untouched: closing asks nothing.
    widget = page.open_case(case_id)
    assert not widget.has_unsaved_changes()
    assert page.close_tab(page.tabs.indexOf(widget)) and len(answers.asked) == 2


def test_typed_input_in_a_case_tab_form_counts_and_survives_a_reload(qtbot, db, staff, answers):
    case_id = make_case(db)
    window, widget = _window_with_case(qtbot, db, staff.police, case_id)
    widget.consents.note.setText("Muntligt, i telefon")
    assert widget.has_unsaved_changes()
    widget.reload()  # another workstation's save reloads the case file
    assert widget.has_unsaved_changes()
    answers.answer = DISCARD
    page = window.pages["cases"]
    assert page.close_tab(page.tabs.indexOf(widget)) and answers.asked


def test_quitting_with_unsaved_edits_asks(qtbot, db, staff, answers):
    case_id = make_case(db)
    window, widget = _window_with_case(qtbot, db, staff.police, case_id)
    widget.overview.ban.setCurrentIndex(widget.overview.ban.findData(ContactBan.ORDINARY))
    widget.overview.ban_from.setText("2026-01-12")
    answers.answer = BACK
    qtbot.keyClick(widget.overview.ban_from, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 1 and window.isVisible()
    answers.answer = DISCARD
    window.close()
    assert not window.isVisible()
    view = case_file.load_case(db, staff.police, case_id)
    assert view.legal.contact_ban != ContactBan.ORDINARY  # discarded means not saved
    QApplication.processEvents()


def test_quitting_without_edits_asks_nothing(qtbot, db, staff, answers):
    window = MainWindow(AppContext(db, staff.social))
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert answers.asked == [] and not window.isVisible()


def test_focus_stays_in_the_case_file_after_erbjods_i_dag(qtbot, db, staff, answers):
    from app.ui.cases.case_file import CaseFileWidget

    case_id = make_case(db)
    widget = CaseFileWidget(AppContext(db, staff.social), case_id)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    boxes = [b for b in widget.overview.findChildren(QWidget) if hasattr(b, "offer_button")]
    button = next(b.offer_button for b in boxes if getattr(b, "offer_button", None))
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button, timeout=2000)
    button.click()
    qtbot.waitUntil(
        lambda: (
            QApplication.focusWidget() is not None
            and widget.isAncestorOf(QApplication.focusWidget())
        ),
        timeout=3000,
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert widget.contacts.dialog is not None and widget.contacts.dialog.isVisible()
    widget.contacts.dialog.discard()
