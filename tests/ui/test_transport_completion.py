"""A transport request's case picked from the completion list fills the victim's phone, as
choosing it from the list does."""

from __future__ import annotations

from app.models import Person
from app.ui.context import AppContext
from app.ui.transports.request_dialog import RequestDialog
from tests.factories import make_case


def test_completion_fills_the_victims_phone(qtbot, db, staff):
    make_case(db, number="IGOR-2026-0001")
    make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)
    with db.write(system=True) as s:
        eva = s.query(Person).filter_by(first_name="Eva").one()
        eva.phone = "070-555 12 34"
    dialog = RequestDialog(AppContext(db, staff.police))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.phone.text() == ""
    dialog.case_combo.setEditText("IGOR-2026-0002")
    dialog.case_combo.completer().activated.emit("IGOR-2026-0002")
    assert dialog.selected_case() is not None
    assert dialog.phone.text() == "070-555 12 34"
