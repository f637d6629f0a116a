"""The lead's administration reachable where it is needed: "who has opened this case" from the
case file (leads only), and the analyst's Excel import disabled up front, not refused after."""

from __future__ import annotations

from app.ui.cases.case_file import CaseFileWidget
from app.ui.context import AppContext
from tests.factories import make_case


def test_the_lead_opens_who_has_opened_the_case_from_the_case_file(qtbot, db, staff):
    case_id = make_case(db)
    police = CaseFileWidget(AppContext(db, staff.police), case_id)
    qtbot.addWidget(police)
    assert police.viewers_button is None  # a caseworker does not read the audit trail
    lead = CaseFileWidget(AppContext(db, staff.lead), case_id)
    qtbot.addWidget(lead)
    lead.show()
    assert lead.viewers_button is not None and lead.viewers_button.isVisible()
    lead.viewers_button.click()
    dialog = lead.viewers_dialog
    assert dialog.isVisible()
    names = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert names == {"Petra Polis", "Göran Gruppchef"}  # both openings, audited
    dialog.reject()


def test_the_analysts_excel_import_is_disabled_with_the_reason(qtbot, db, staff):
    from app.ui.statistics.page import StatisticsPage

    page = StatisticsPage(AppContext(db, staff.analyst))
    qtbot.addWidget(page)
    assert not page.import_button.isEnabled()
    assert "analytiker" in page.import_button.toolTip()
    worker = StatisticsPage(AppContext(db, staff.social))
    qtbot.addWidget(worker)
    assert worker.import_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_busy() and not worker.is_busy(), timeout=10000)
