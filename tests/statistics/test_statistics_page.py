"""The Statistik page: pick a period, compute off the UI thread, tables and charts filled,
exports written and audited, the import button, quick choices."""

from __future__ import annotations

import json
import sys
import types
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.models import AuditEntry
from app.ui import background, messages
from app.ui.context import AppContext
from app.ui.statistics.page import StatisticsPage, quick_period
from tests import statistics_world as world


@pytest.fixture
def page(qtbot, db, staff):
    world.build(db, staff)
    widget = StatisticsPage(AppContext(db, staff.analyst))
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    yield widget
    qtbot.waitUntil(lambda: not widget.is_busy(), timeout=10000)


def _compute(qtbot, page, start: date, end: date) -> None:
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)  # the first show computes
    page.from_edit.setDate(QDate(start.year, start.month, start.day))
    page.to_edit.setDate(QDate(end.year, end.month, end.day))
    with qtbot.waitSignal(page.computed, timeout=10000):
        qtbot.keyClick(page, Qt.Key.Key_F5)


def test_the_first_computation_enables_the_exports(qtbot, page):
    assert not page.xlsx_button.isEnabled()  # nothing computed yet
    with qtbot.waitSignal(page.computed, timeout=10000):
        page.show()  # the first show computes the default period (this year)
    assert page.xlsx_button.isEnabled() and page.pdf_button.isEnabled()
    assert page.anon_button.isEnabled()  # the analyst may make the per-person export


def test_a_caseworker_cannot_start_the_per_person_export(qtbot, db, staff):
    widget = StatisticsPage(AppContext(db, staff.police))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.computed, timeout=10000):
        widget.show()
    assert widget.xlsx_button.isEnabled() and not widget.anon_button.isEnabled()
    assert "gruppchef" in widget.anon_button.toolTip()


def test_compute_fills_the_tables_and_charts(qtbot, page):
    _compute(qtbot, page, world.FROM, world.TO)
    cases = page.tables["cases"]
    assert cases.text_at(0, 0) == "Antal ärenden" and cases.text_at(0, 1) == "5"
    assert cases.text_at(3, 1) == "40\u00a0%"  # children in 2 of 5
    people = page.tables["people"]
    header = [people.horizontalHeaderItem(c).text() for c in range(people.columnCount())]
    assert header == ["", "Våldsutsatta (N = 4)", "Våldsutövare (N = 3)"]
    assert people.text_at(1, 1) == "1971–1990"
    assert people.text_at(2, 1) == "1982,5"  # even count: the mean of the two middle years
    assert people.text_at(4, 2) == "0,7"  # suspects' mean interactions 2/3
    talks = page.tables["talks"]
    assert talks.text_at(0, 0) == "Motivera till att söka stödinsats för våld"
    assert [talks.text_at(0, c) for c in range(1, 4)] == ["0–2", "0", "25\u00a0%"]
    rvc = page.tables["rvc"]
    assert [rvc.text_at(0, c) for c in range(1, 4)] == ["25\u00a0%", "33\u00a0%", "29\u00a0%"]
    assert [rvc.text_at(1, c) for c in range(1, 4)] == ["4", "3", "7"]
    assert (
        page.months_chart.categories == ["jan", "feb", "mar"]
        or len(page.months_chart.categories) == 3
    )
    assert [s.values for s in page.months_chart.series] == [[2, 1, 1], [1, 2, 0]]
    assert sum(page.sources_chart.series[0].values) == 5
    assert "5 ärenden" in page.status.text()
    assert page.xlsx_button.isEnabled() and page.pdf_button.isEnabled()


def test_empty_period_explains_itself(qtbot, page):
    _compute(qtbot, page, date(2019, 1, 1), date(2019, 12, 31))
    assert "Inga ärenden" in page.status.text()
    assert page.tables["people"].text_at(2, 1) == "–"
    assert not page.months_chart.has_data()


def test_bad_period_is_refused_without_computing(qtbot, page):
    page.from_edit.setDate(QDate(2026, 5, 1))
    page.to_edit.setDate(QDate(2026, 4, 1))
    page.compute()
    assert not page.is_busy()
    assert "före" in page.status.text()


def test_exports_write_files_and_are_audited(qtbot, page, db, tmp_path, monkeypatch):
    _compute(qtbot, page, world.FROM, world.TO)
    targets = iter([tmp_path / "tabeller", tmp_path / "rapport.pdf", tmp_path / "anon.xlsx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))
    xlsx = page.export_xlsx()  # each file is made and written off the UI thread
    assert background.wait(page.export_job)
    pdf = page.export_pdf()
    assert background.wait(page.export_job)
    anon = page.export_anonymised()
    assert background.wait(page.export_job)
    assert xlsx.endswith("tabeller.xlsx")
    wb = load_workbook(xlsx)
    assert "Tabell 2–3 Samtal" in wb.sheetnames
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Specifika kontakter" in text and world.NOTE_SECRET not in text
    assert load_workbook(anon).sheetnames == ["Om filen", "Personer", "Sammanställning"]
    with db.read(system=True) as s:
        formats = [
            json.loads(d)["format"]
            for d in s.execute(
                select(AuditEntry.details).where(AuditEntry.action == "exported")
            ).scalars()
        ]
    assert formats == ["xlsx", "pdf", "anonymised_xlsx"]


def test_cancelled_save_writes_and_audits_nothing(qtbot, page, db, monkeypatch):
    _compute(qtbot, page, world.FROM, world.TO)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert page.export_xlsx() is None
    with db.read(system=True) as s:
        assert not s.execute(select(AuditEntry).where(AuditEntry.action == "exported")).first()


def test_import_button_says_plainly_when_the_import_is_missing(qtbot, page, monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setitem(sys.modules, "app.ui.statistics.import_dialog", None)  # not installed
    page.import_excel()
    assert shown and "Excel" in shown[0]


def test_a_successful_import_refreshes_the_figures(qtbot, page, monkeypatch):
    """The import dialog (another module) emits `imported` after adding rows; the page then
    computes again. A stand-in dialog plays that part here."""

    class FakeDialog(QObject):
        imported = Signal()

        def __init__(self, ctx, parent) -> None:
            super().__init__(parent)
            self.ctx = ctx

        def exec(self) -> int:
            self.imported.emit()
            return 0  # closed with "Stäng", not accepted

    fake = types.ModuleType("app.ui.statistics.import_dialog")
    fake.ExcelImportDialog = FakeDialog
    monkeypatch.setitem(sys.modules, "app.ui.statistics.import_dialog", fake)
    page.show()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    with qtbot.waitSignal(page.computed, timeout=10000):
        page.import_excel()


@pytest.mark.parametrize(
    ("choice", "today", "expected"),
    [
        ("this_year", date(2026, 5, 17), (date(2026, 1, 1), date(2026, 12, 31))),
        ("last_year", date(2026, 5, 17), (date(2025, 1, 1), date(2025, 12, 31))),
        ("last_12_months", date(2026, 5, 17), (date(2025, 5, 18), date(2026, 5, 17))),
        ("last_12_months", date(2028, 2, 29), (date(2027, 3, 1), date(2028, 2, 29))),
        ("this_quarter", date(2026, 5, 17), (date(2026, 4, 1), date(2026, 6, 30))),
        ("this_quarter", date(2026, 11, 2), (date(2026, 10, 1), date(2026, 12, 31))),
    ],
)
def test_quick_choices(choice, today, expected):
    assert quick_period(choice, today) == expected
