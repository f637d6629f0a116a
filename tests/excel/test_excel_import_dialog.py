"""The Excel import dialog: problems table for a bad file, summary for a good one, the imported()
signal, the template button, and no import for analysts."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Contact
from app.ui import messages
from app.ui.context import AppContext
from app.ui.statistics.import_dialog import ExcelImportDialog
from tests.excel_helpers import contact, good_workbook, save


@pytest.fixture
def said(monkeypatch):
    log: list[str] = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: log.append(text))
    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: log.append(text))
    return log


def _dialog(qtbot, db, actor) -> ExcelImportDialog:
    dialog = ExcelImportDialog(AppContext(db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _counts(dialog) -> list[tuple[str, str]]:
    return [(dialog.counts.item(r, 0).text(), dialog.counts.item(r, 1).text()) for r in range(3)]


def _wait(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=30_000)


def test_bad_file_fills_the_problems_table_and_imports_nothing(qtbot, db, staff, tmp_path, said):
    wb = good_workbook()
    wb["Kontakter"].append(contact("IG-1", "Våldsutsatt", "2026-01-12", "Fysik"))
    wb["Kontakter"].append(contact("IG-77", "Våldsutsatt", "2026-01-12"))
    dialog = _dialog(qtbot, db, staff.lead)
    assert dialog.pages.currentWidget() is dialog.empty
    assert not dialog.check_button.isEnabled()  # no file chosen yet
    dialog.set_path(save(wb, tmp_path / "fel.xlsx"))
    assert dialog.check_button.isEnabled()
    dialog.run_import()
    assert dialog.is_running() and not dialog.import_button.isEnabled()
    _wait(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.problems_page
    model = dialog.table.model()
    rows = [tuple(model.data(model.index(r, c)) for c in range(4)) for r in range(model.rowCount())]
    assert [r[:3] for r in rows] == [("Kontakter", "10", "Typ"), ("Kontakter", "11", "Ärende")]
    assert 'okänt värde "Fysik"' in rows[0][3]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Fel"
    assert "2 fel" in dialog.status.text() and "Ingenting har importerats" in dialog.status.text()
    # The first problem is selected and shown in full under the table.
    assert dialog.detail.text().startswith('Kontakter, rad 10, kolumn Typ: okänt värde "Fysik"')
    dialog.table.setCurrentIndex(model.index(1, 0))
    assert dialog.detail.text().startswith("Kontakter, rad 11, kolumn Ärende:")
    with db.read(system=True) as s:
        assert s.execute(select(func.count()).select_from(Contact)).scalar_one() == 0
    dialog.reject()
    assert dialog.result() == dialog.DialogCode.Rejected  # nothing imported: nothing to refresh


def test_good_file_check_then_import_shows_summary_and_signals(qtbot, db, staff, tmp_path):
    dialog = _dialog(qtbot, db, staff.lead)
    dialog.set_path(save(good_workbook(), tmp_path / "bra.xlsx"))
    fired: list[bool] = []
    dialog.imported.connect(lambda: fired.append(True))

    dialog.check()
    _wait(qtbot, dialog)
    assert dialog.pages.currentWidget() is dialog.summary_page
    assert "Kontrollen hittade inga fel" in dialog.status.text()
    assert _counts(dialog) == [("3", "0"), ("5", "0"), ("8", "0")]
    assert dialog.counts.horizontalHeaderItem(0).text() == "Läggs till"
    assert fired == []  # a check imports nothing

    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.run_import()
    _wait(qtbot, dialog)
    assert "Importen är klar" in dialog.status.text()
    assert _counts(dialog) == [("3", "0"), ("5", "0"), ("8", "0")]
    assert dialog.counts.horizontalHeaderItem(0).text() == "Tillagda"
    assert "inga namn" in dialog.summary.text()
    assert "IGOR-2026-0001 – IGOR-2026-0003" in dialog.summary.text()
    with db.read(system=True) as s:
        assert s.execute(select(func.count()).select_from(Contact)).scalar_one() == 8

    dialog.run_import()  # the same file again: nothing added, no signal
    _wait(qtbot, dialog)
    assert "ingenting har lagts till" in dialog.status.text()
    assert _counts(dialog) == [("0", "3"), ("0", "5"), ("0", "8")]
    assert fired == [True]


def test_not_a_workbook_is_reported_inline(qtbot, db, staff, tmp_path):
    path = tmp_path / "blad.xlsx"
    path.write_text("Ärende;Källa\n")
    dialog = _dialog(qtbot, db, staff.police)
    dialog.set_path(path)
    dialog.check()
    _wait(qtbot, dialog)
    assert "ingen Excel-arbetsbok" in dialog.status.text()
    assert dialog.pages.currentWidget() is dialog.empty


def test_save_template_writes_a_blank_template(qtbot, db, staff, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, db, staff.police)
    target = tmp_path / "mall"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda: str(target))
    dialog.template_button.click()
    saved = tmp_path / "mall.xlsx"
    assert saved.exists()
    assert openpyxl.load_workbook(saved).sheetnames[:3] == ["Ärenden", "Personer", "Kontakter"]
    assert str(saved) in dialog.status.text()


def test_choose_file_uses_the_picked_path(qtbot, db, staff, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, db, staff.police)
    monkeypatch.setattr(dialog, "_ask_open_path", lambda: str(tmp_path / "x.xlsx"))
    dialog.choose_file()
    assert dialog.path() == tmp_path / "x.xlsx"


def test_analyst_cannot_start_an_import(qtbot, db, staff, tmp_path):
    dialog = _dialog(qtbot, db, staff.analyst)
    dialog.set_path(save(good_workbook(), tmp_path / "bra.xlsx"))
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert "analytiker" in dialog.status.text()


def test_dialog_cannot_be_closed_while_importing(qtbot, db, staff, tmp_path, said):
    dialog = _dialog(qtbot, db, staff.lead)
    dialog.set_path(save(good_workbook(), tmp_path / "bra.xlsx"))
    dialog.run_import()
    dialog.reject()
    assert dialog.isVisible() or not dialog.is_running()
    _wait(qtbot, dialog)
    dialog.reject()
    assert not dialog.isVisible()
    # Something was imported: the dialog ends as accepted (`if dialog.exec(): refresh()`).
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_running_import_can_be_cancelled_and_saves_nothing(qtbot, db, staff, tmp_path):
    """Issue 15 item 7: Avbryt stops the check or import while it runs; nothing is saved."""
    from app.models import Case

    wb = good_workbook()
    for _ in range(20_000):
        wb["Kontakter"].append(contact("IG-1", "Våldsutsatt", "2026-01-12"))
    dialog = _dialog(qtbot, db, staff.lead)
    dialog.set_path(save(wb, tmp_path / "lång.xlsx"))
    dialog.run_import()
    assert dialog.is_running() and dialog.cancel_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, dialog)
    assert "Importen avbröts. Ingenting har sparats." in dialog.status.text()
    with db.read(system=True) as s:
        assert s.execute(select(func.count()).select_from(Case)).scalar_one() == 0
