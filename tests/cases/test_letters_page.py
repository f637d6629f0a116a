"""The letters page: create with preview, inline errors, kept letters and KOPIA, output audit."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.models import AuditEntry
from app.ui import background
from app.ui.context import AppContext
from app.ui.letters import pdf_view
from app.ui.letters.page import LettersPage
from tests.cases.test_letters import setup_case


def make_page(qtbot, db, actor) -> LettersPage:
    page = LettersPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_create_preview_reprint_and_save(qtbot, db, staff, tmp_path, monkeypatch):
    case_id = setup_case(db, consent=True)
    page = make_page(qtbot, db, staff.social)
    assert page.template_combo.findData("fokuspersoner") == -1  # police only
    choose(page.case_combo, case_id)
    choose(page.template_combo, "remiss")
    page.create_letter()  # required field empty: inline error, nothing created
    assert background.wait(page.job)
    assert "måste fyllas i" in page.error_label.text()
    assert page.current is None
    page.field_widgets["anledning"].setPlainText("Vill ha stödsamtal.")
    page.create_letter()
    assert background.wait(page.job)
    assert page.error_label.text() == ""
    assert page.current is not None and not page.current.copy
    assert len(page.preview.pages) == 1
    assert page.preview.pages[0].pixmap().width() > 500
    assert page.kept.rowCount() == 1

    target = tmp_path / "brev.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_current()
    assert target.read_bytes() == page.current.pdf

    page.kept.selectRow(0)
    page.reprint_selected()
    assert background.wait(page.job)
    assert page.current.copy
    assert "KOPIA" in page.status_label.text()
    assert page.kept.item(0, 3).text() == "1"
    with db.read(system=True) as s:
        actions = s.execute(select(AuditEntry.action)).scalars().all()
    assert "letter_saved" in actions and "letter_reprinted" in actions


def test_police_briefing_list_without_case(qtbot, db, staff):
    setup_case(db, focus=True)
    page = make_page(qtbot, db, staff.police)
    choose(page.template_combo, "fokuspersoner")
    assert not page.case_combo.isEnabled()
    page.create_letter()
    assert background.wait(page.job)
    assert page.current is not None, page.error_label.text()
    assert page.kept.rowCount() == 1


def test_paint_to_printer_renders_every_page(qtbot, tmp_path):
    from datetime import date

    from app.pdf.document import DocumentInfo, Letterhead, build_pdf, para

    pdf = build_pdf(
        DocumentInfo("Test", Letterhead("Polisen"), date(2026, 1, 1)),
        [para(f"Rad {i}") for i in range(120)],
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "ut.pdf"))
    pdf_view.paint_to_printer(printer, pdf, dpi=72)
    assert pdf_view.page_count(pdf) >= 2
    assert (tmp_path / "ut.pdf").stat().st_size > 1000
