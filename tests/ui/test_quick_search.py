"""Quick search (Ctrl+F from every page) and name matching without accents, Swedish letters as
Swedes expect them (app/database/fold.py), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from app.database.fold import fold, match_fold
from app.models import Case
from app.models.enums import CaseStatus
from app.services.cases import case_list
from app.services.core import quick_search as qs
from app.services.core.timeutil import LOCAL_ZONE
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from tests.factories import make_case, make_event

NAMES = {
    "IGOR-2026-0001": ("Karin", "Åkesson"),
    "IGOR-2026-0002": ("Lena", "Akesson"),
    "IGOR-2026-0003": ("Jelena", "Kovačević"),
    "IGOR-2026-0004": ("Åsa", "Lund"),
    "IGOR-2026-0005": ("Asa", "Berg"),
    "IGOR-2026-0006": ("Hanna", "Müller"),
    "IGOR-2026-0007": ("Zoë", "Ødegaard"),
}


def test_the_fold():
    assert fold("Kovačević") == fold("KOVAČEVIĆ") == "kovacevic"
    assert fold("Åkesson") == "åkesson" and fold("Åkesson", swedish=False) == "akesson"
    assert fold("Ødegaard") == "ödegaard" and fold("Æbelø") == "äbelö"
    assert fold("Müller") == "muller" and fold("José") == "jose"
    assert match_fold("ÅSA") == ("åsa", True) and match_fold("asa") == ("asa", False)


@pytest.fixture
def people(db):
    ids = {}
    for number, (first, last) in NAMES.items():
        ids[number] = make_case(db, number=number, victim=(first, last, None), suspect=None)
    with db.write(system=True) as s:
        s.execute(
            update(Case).where(Case.id == ids["IGOR-2026-0003"]).values(status=CaseStatus.CLOSED)
        )
    return ids


def _found(db, actor, text) -> set[str]:
    result = qs.quick_search(db, actor, text)
    return {h.title for h in result.hits if h.target == "case"}


def test_names_match_without_accents_and_swedish_letters_as_typed(db, staff, people):
    police = staff.police
    assert _found(db, police, "akesson") == {"IGOR-2026-0001", "IGOR-2026-0002"}
    assert _found(db, police, "Åkesson") == {"IGOR-2026-0001"}  # typed with Å: only Å
    assert _found(db, police, "åkes") == {"IGOR-2026-0001"}
    assert _found(db, police, "kovacevic") == {"IGOR-2026-0003"}  # closed too: all cases
    assert _found(db, police, "KOVAČ") == {"IGOR-2026-0003"}
    assert _found(db, police, "jelena kovac") == {"IGOR-2026-0003"}
    assert _found(db, police, "asa") == {"IGOR-2026-0004", "IGOR-2026-0005"}
    assert _found(db, police, "ÅSA") == {"IGOR-2026-0004"}
    assert _found(db, police, "muller") == {"IGOR-2026-0006"}
    assert _found(db, police, "odegaard") == {"IGOR-2026-0007"}
    assert _found(db, police, "ödegaard") == {"IGOR-2026-0007"}  # Ø is the Norwegian Ö
    assert _found(db, police, "zoe") == {"IGOR-2026-0007"}
    assert _found(db, police, "ake%") == set()  # a wildcard is a letter, not a pattern
    # The case list's own search is the same search.
    page = case_list.list_cases(db, police, case_list.CaseQuery(search="kovacevic"))
    assert [r.case_number for r in page.rows] == ["IGOR-2026-0003"]
    # Case numbers and staff and events.
    assert _found(db, police, "2026-0004") == {"IGOR-2026-0004"}
    staff_hits = [h.title for h in qs.quick_search(db, police, "goran").hits]
    assert "Göran Gruppchef" in staff_hits
    soon = datetime.now(LOCAL_ZONE) + timedelta(days=2)
    make_event(
        db,
        start=soon,
        end=soon + timedelta(hours=1),
        staff_ids=(police.staff_id,),
        title="Genomgång RVC",
        case_id=people["IGOR-2026-0001"],
    )
    events = [h for h in qs.quick_search(db, police, "genomgang").hits if h.target == "event"]
    assert [h.title for h in events] == ["Genomgång RVC"]
    with pytest.raises(Exception, match="analytiker|behörighet|handläggare"):
        qs.quick_search(db, staff.analyst, "akesson")


def test_ctrl_f_from_every_page_opens_the_quick_search_and_enter_goes_there(
    qtbot, db, staff, people
):
    window = MainWindow(AppContext(db, staff.social))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    for key in ("myday", "cases", "calendar", "transports", "letters"):
        window.show_page(key)
        window.stack.currentWidget().setFocus()
        qtbot.keyClick(
            window.stack.currentWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
        )
        dialog = window.search_dialog
        assert dialog.isVisible()
        dialog.reject()
    window.show_page("myday")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.edit, "kovacevic")
    qtbot.waitUntil(lambda: dialog.hits.count() > 0, timeout=3000)
    assert "IGOR-2026-0003" in dialog.hits.item(0).text()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_page_key() == "cases"
    assert people["IGOR-2026-0003"] in window.pages["cases"].case_tabs
    # Nothing found says so.
    window.quick_search()
    dialog = window.search_dialog
    dialog.edit.setText("xyzzy")
    dialog.search()
    assert dialog.hits.count() == 0 and "Inget hittades" in dialog.status.text()
    dialog.reject()
