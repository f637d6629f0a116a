"""Statistik: the evaluation report's tables 2–4 and the case figures for any period, two charts,
and exports (.xlsx, PDF report, anonymised workbook for evaluators). Every signed-in role may
use it; analysts see only this page. The figures are computed off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import DIGITAL_CHANNELS, CaseSource
from app.services.statistics import export as statistics_export
from app.services.statistics import figures as statistics
from app.services.statistics import tables as statistics_tables
from app.services.statistics.figures import Statistics
from app.services.statistics.tables import StatTable, fmt
from app.ui import background, changes, formatting, messages
from app.ui.context import AppContext
from app.ui.dates import QuickDateEdit
from app.ui.statistics.charts import BarChart, HorizontalBarChart, Series

logger = logging.getLogger(__name__)

DIGITAL_COLOUR = "#2f6db5"
PHYSICAL_COLOUR = "#e08a2c"
SOURCE_COLOUR = "#3d7a4f"


def quick_period(choice: str, today: date) -> tuple[date, date]:
    """The quick choices of the period picker."""
    if choice == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if choice == "last_12_months":  # the twelve months that end today
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return year_ago + timedelta(days=1), today
    if choice == "this_quarter":
        first_month = (today.month - 1) // 3 * 3 + 1
        start = date(today.year, first_month, 1)
        end_month = first_month + 2
        next_first = date(today.year + (end_month == 12), end_month % 12 + 1, 1)
        return start, next_first - timedelta(days=1)
    raise ValueError(choice)


class StatTableWidget(QTableWidget):
    """A read-only table sized to its rows (the page scrolls, not each table)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWordWrap(True)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table: StatTable | None = None
        self.header_rows = 0  # rows used as a grouped header (not data)

    def show_table(self, table: StatTable) -> None:
        self.table = table
        self.clear()
        self.clearSpans()
        grouped = statistics_tables.column_groups(table.columns)
        # Grouped columns ("Våldsutsatta" over Variation, Median, Andel): the two header rows are
        # the table's first rows, the group spanning its columns, as in the report.
        self.header_rows = 2 if grouped else 0
        self.horizontalHeader().setVisible(not grouped)
        self.setColumnCount(len(table.columns))
        self.setRowCount(len(table.rows) + self.header_rows)
        # Every column has a header for assistive technology, also the grouped tables (whose
        # visible headers are their first rows); the row-label column's is read, not shown.
        self.setHorizontalHeaderLabels(list(grouped[1] if grouped else table.columns))
        corner = self.horizontalHeaderItem(0)
        if corner is not None and not corner.text():
            corner.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Uppgift"))
        if grouped:
            groups, subs = grouped
            for group, first, last in groups:
                self._header_item(0, first, group, Qt.AlignmentFlag.AlignCenter)
                if last > first:
                    self.setSpan(0, first, 1, last - first + 1)
            for c, sub in enumerate(subs):
                align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
                self._header_item(1, c, sub, align | Qt.AlignmentFlag.AlignBottom)
        for r, row in enumerate(table.rows, start=self.header_rows):
            for c, cell in enumerate(row):
                item = QTableWidgetItem(fmt(cell) if not (c == 0 and cell == "") else "")
                if not isinstance(cell, str):  # numbers right-aligned, text left
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(table.columns)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.resizeRowsToContents()
        self._fit_height()

    def _header_item(self, row: int, column: int, text: str, align) -> None:
        item = QTableWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setTextAlignment(align)
        item.setBackground(self.palette().button())
        if not text:  # the empty corner above the row labels: say what the column holds
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Uppgift"))
        self.setItem(row, column, item)

    def _fit_height(self) -> None:
        h = 2 * self.frameWidth()
        if not self.horizontalHeader().isHidden():
            h += self.horizontalHeader().sizeHint().height()
        h += sum(self.rowHeight(r) for r in range(self.rowCount()))
        if not self.horizontalScrollBar().isHidden() and self.horizontalScrollBar().maximum() > 0:
            h += self.horizontalScrollBar().height()
        self.setFixedHeight(h + 2)

    def text_at(self, row: int, column: int) -> str:
        """The text of data row `row` (group header rows not counted)."""
        item = self.item(row + self.header_rows, column)
        return item.text() if item else ""


class StatisticsPage(QWidget):
    computed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Statistics | None = None
        self._job: background.Job | None = None
        self.export_job: background.Job | None = None
        self._busy = False
        self._shown_once = False
        self._build()
        self.stale = False
        changes.bridge_for(ctx.db).changed.connect(self._on_changes)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Statistik"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)

        bar = QHBoxLayout()
        here = QLocale()  # the program's locale (app.ui.translation): ISO dates in both languages
        self.from_edit = QuickDateEdit()
        self.to_edit = QuickDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setLocale(here)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.calendarWidget().setLocale(here)
            edit.setMinimumWidth(120)
        from_label = QLabel(self.tr("&Från:"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&Till:"))
        to_label.setBuddy(self.to_edit)
        self.quick = QComboBox()
        self.quick.addItem(self.tr("Snabbval…"), None)
        self.quick.addItem(self.tr("I år"), "this_year")
        self.quick.addItem(self.tr("Förra året"), "last_year")
        self.quick.addItem(self.tr("Senaste 12 månaderna"), "last_12_months")
        self.quick.addItem(self.tr("Detta kvartal"), "this_quarter")
        self.quick.activated.connect(self._quick_chosen)
        self.compute_button = QPushButton(self.tr("&Beräkna (F5)"))
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.compute)
        for w in (
            from_label,
            self.from_edit,
            to_label,
            self.to_edit,
            self.quick,
            self.compute_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        self.xlsx_button = QPushButton(self.tr("&Excel…"))
        self.xlsx_button.setToolTip(self.tr("Tabellerna som Excel-fil, ett blad per tabell"))
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button = QPushButton(self.tr("&PDF-rapport…"))
        self.pdf_button.setToolTip(self.tr("Tabeller och diagram som PDF (A4)"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.anon_button = QPushButton(self.tr("&Anonymiserad export…"))
        self.anon_button.setToolTip(
            self.tr(
                "En rad per person för utvärderare: roll, födelseår, antal och utfall; inga namn, "
                "nummer eller adresser. Små grupper (färre än 5) redovisas inte i sammanställningen."
            )
        )
        self.anon_button.clicked.connect(self.export_anonymised)
        if not statistics.may_export_per_person(self.ctx.actor):
            self.anon_button.setToolTip(
                self.tr(
                    "Den anonymiserade exporten (en rad per person) görs av gruppchef eller "
                    "analytiker."
                )
            )
        self.import_button = QPushButton(self.tr("&Importera Excel-ark…"))
        self.import_button.clicked.connect(self.import_excel)
        if not (self.ctx.actor.is_caseworker or self.ctx.actor.is_admin):
            # The same rule as excel.importer.may_import: shown, disabled, and why.
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(
                self.tr(
                    "Din profil (analytiker) får inte importera Excel-ark. Be en handläggare "
                    "eller gruppchefen importera filen."
                )
            )
        for w in (self.xlsx_button, self.pdf_button, self.anon_button, self.import_button):
            bar.addWidget(w)
        outer.addLayout(bar)

        self.status = QLabel(self.tr("Välj en period och tryck på Beräkna (F5)."))
        self.status.setObjectName("statisticsStatus")
        self.status.setWordWrap(True)
        self.status.setToolTip(
            self.tr(
                "Endast antal och andelar räknas, över båda myndigheternas kontakter; inget "
                "innehåll ur anteckningar eller kontakter visas."
            )
        )
        outer.addWidget(self.status)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        self.tables: dict[str, StatTableWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.notes: dict[str, QLabel] = {}

        def box(key: str, title: str, inner: QWidget) -> QGroupBox:
            group = QGroupBox(title)
            lay = QVBoxLayout(group)
            lay.addWidget(inner)
            note = QLabel()
            note.setWordWrap(True)
            note.setObjectName("tableNote")
            note.setVisible(False)
            lay.addWidget(note)
            lay.addStretch(1)
            self.notes[key] = note
            self.boxes[key] = group
            return group

        def table_box(key: str, title: str) -> QGroupBox:
            widget = StatTableWidget()
            widget.setObjectName(f"table_{key}")
            self.tables[key] = widget
            return box(key, title, widget)

        self.sources_chart = HorizontalBarChart(
            self.tr("Ärendenas källa (antal ärenden)"), self.tr("Inga ärenden under perioden.")
        )
        self.months_chart = BarChart(
            self.tr("Interaktioner per månad"), self.tr("Inga interaktioner under perioden.")
        )
        grid.addWidget(table_box("cases", self.tr("Ärenden")), 0, 0)
        grid.addWidget(box("sources", self.tr("Källa"), self.sources_chart), 0, 1)
        grid.addWidget(table_box("people", self.tr("Personer och interaktioner")), 1, 0)
        grid.addWidget(table_box("months", self.tr("Interaktioner per månad")), 1, 1, 2, 1)
        grid.addWidget(table_box("rvc", self.tr("Påbörjad stödkontakt på RVC (tabell 4)")), 2, 0)
        talks = table_box("talks", self.tr("Specifika kontakter (tabell 2 och 3)"))
        grid.addWidget(talks, 3, 0, 1, 2)
        grid.addWidget(box("chart_months", self.tr("Diagram"), self.months_chart), 4, 0, 1, 2)
        staff = table_box("staff", self.tr("Kontakter per medarbetare och myndighet"))
        grid.addWidget(staff, 5, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(6, 1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._set_period(*quick_period("this_year", date.today()))
        self._update_enabled()

    # --- period -------------------------------------------------------------------------------

    def _set_period(self, start: date, end: date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def _quick_chosen(self, index: int) -> None:
        choice = self.quick.itemData(index)
        if choice is None:
            return
        self._set_period(*quick_period(choice, date.today()))
        self.quick.setCurrentIndex(0)
        self.compute()

    # --- computing ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.compute()

    def is_busy(self) -> bool:
        return self._busy

    def compute(self) -> None:
        if self._busy:
            return
        start, end = self.period()
        try:
            statistics.check_period(start, end)
        except UserError as exc:
            self.status.setText(exc.message())
            return
        self._busy = True
        self._update_enabled()
        self.status.setText(
            self.tr("Beräknar statistiken för {start} – {end} …").format(
                start=formatting.date_text(start), end=formatting.date_text(end)
            )
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._job = background.run(
            self,
            statistics.compute,
            self.ctx.db,
            self.ctx.actor,
            start,
            end,
            on_done=self._on_done,
            on_error=self._on_failed,
        )
        # An unexpected error is shown by the helper (with "Kopiera diagnostik"); either way
        # the page is ready again afterwards.
        self._job.finished.connect(self._after_job)

    def _finish(self) -> None:
        if not self._busy:
            return
        self._busy = False
        QGuiApplication.restoreOverrideCursor()
        self._update_enabled()

    def _after_job(self) -> None:
        if self._busy:
            self.status.setText(self.tr("Statistiken kunde inte beräknas."))
        self._finish()

    def _on_failed(self, exc: UserError) -> bool:
        self._finish()
        self.status.setText(exc.message())
        return True

    def _on_done(self, result: object) -> None:
        assert isinstance(result, Statistics)
        self.stale = False
        self.result = result  # before _finish(), which enables the export buttons
        self._finish()
        self._show(result)
        self.computed.emit()

    def _on_changes(self, batch) -> None:
        """Figures computed before a write are out of date: say so (recomputing is the user's
        choice; a large team's figures take seconds)."""
        if self.result is None or not changes.touches(batch, changes.STATISTICS_TABLES):
            return
        self.stale = True
        if not self._busy:
            self.status.setText(
                self.tr(
                    "Uppgifterna har ändrats sedan statistiken beräknades. Tryck på Beräkna (F5) "
                    "för att uppdatera."
                )
            )

    def _update_enabled(self) -> None:
        has = self.result is not None and not self._busy
        for b in (self.xlsx_button, self.pdf_button):
            b.setEnabled(has)
        self.anon_button.setEnabled(has and statistics.may_export_per_person(self.ctx.actor))
        self.compute_button.setEnabled(not self._busy)

    def _show(self, r: Statistics) -> None:
        for table in statistics_tables.all_tables(r):
            widget = self.tables[table.key]
            widget.show_table(table)
            note = self.notes[table.key]
            note.setText(table.note)
            note.setVisible(bool(table.note))
        sources = list(CaseSource)
        self.sources_chart.set_data(
            [statistics_tables.source_label(s) for s in sources],
            [
                Series(
                    self.tr("Ärenden"), SOURCE_COLOUR, [r.cases.sources.get(s, 0) for s in sources]
                )
            ],
        )
        months = list(r.monthly)
        short = len(months) > 6
        self.months_chart.set_data(
            [
                statistics_tables.month_label(m, with_year=not short or m.endswith("-01") or i == 0)
                for i, m in enumerate(months)
            ],
            [
                Series(
                    self.tr("Digitala"),
                    DIGITAL_COLOUR,
                    [
                        sum(n for ch, n in r.monthly[m].items() if ch in DIGITAL_CHANNELS)
                        for m in months
                    ],
                ),
                Series(
                    self.tr("Fysiska"),
                    PHYSICAL_COLOUR,
                    [
                        sum(n for ch, n in r.monthly[m].items() if ch not in DIGITAL_CHANNELS)
                        for m in months
                    ],
                ),
            ],
        )
        if r.cases.count == 0:
            text = self.tr(
                "Inga ärenden var öppna under perioden {start} – {end}. Välj en annan period."
            )
        else:
            text = self.tr(
                "Period {start} – {end}: {cases} ärenden, {victims} våldsutsatta och {suspects} "
                "våldsutövare. Beräknat {time}."
            )
        self.status.setText(
            text.format(
                start=formatting.date_text(r.date_from),
                end=formatting.date_text(r.date_to),
                cases=fmt(r.cases.count),
                victims=fmt(r.victims.count),
                suspects=fmt(r.suspects.count),
                time=formatting.time_text(datetime.now().astimezone()),
            )
        )

    # --- exports ------------------------------------------------------------------------------

    def _stem(self) -> str:
        assert self.result is not None
        return (
            f"IGOR-statistik {self.result.date_from.isoformat()}–{self.result.date_to.isoformat()}"
        )

    def _save(
        self, title: str, name: str, filter_text: str, suffix: str, make: Callable[[], bytes]
    ) -> str | None:
        if self.result is None:
            return None
        path, _ = QFileDialog.getSaveFileName(self, title, name, filter_text)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix

        def write() -> str:  # off the UI thread: a PDF report of a large team takes seconds
            data = make()
            with open(path, "wb") as handle:
                handle.write(data)
            return path

        def saved(written: str) -> None:
            self.status.setText(self.tr("Sparat: {path}").format(path=written))

        def not_saved(exc: UserError) -> bool:
            messages.user_error(self, exc)
            return True

        self.export_job = background.run(
            self,
            write,
            on_done=saved,
            on_error=not_saved,
            progress=self.tr("Sparar {name} …").format(name=path.rsplit("/", 1)[-1]),
        )
        return path

    def export_xlsx(self) -> str | None:
        return self._save(
            self.tr("Spara tabellerna som Excel-fil"),
            self._stem() + ".xlsx",
            self.tr("Excel-filer (*.xlsx)"),
            ".xlsx",
            lambda: statistics_export.export_xlsx(self.ctx.db, self.ctx.actor, self.result),
        )

    def export_pdf(self) -> str | None:
        return self._save(
            self.tr("Spara PDF-rapport"),
            self._stem() + ".pdf",
            self.tr("PDF-filer (*.pdf)"),
            ".pdf",
            lambda: statistics_export.export_pdf(self.ctx.db, self.ctx.actor, self.result),
        )

    def export_anonymised(self) -> str | None:
        return self._save(
            self.tr("Spara anonymiserad export för utvärderare"),
            self._stem() + " anonymiserad.xlsx",
            self.tr("Excel-filer (*.xlsx)"),
            ".xlsx",
            lambda: statistics_export.export_anonymised(self.ctx.db, self.ctx.actor, self.result),
        )

    # --- import -------------------------------------------------------------------------------

    def import_excel(self) -> None:
        try:
            from app.ui.statistics.import_dialog import ExcelImportDialog
        except ImportError:
            messages.info(
                self,
                self.tr("Import av Excel-ark finns inte i den här versionen av programmet ännu."),
            )
            return
        dialog = ExcelImportDialog(self.ctx, self)
        changed: list[bool] = []
        imported = getattr(dialog, "imported", None)  # emitted after an import that added rows
        if imported is not None:
            imported.connect(lambda: changed.append(True))
        accepted = dialog.exec()
        if changed or accepted:
            self.compute()  # the figures include what was just imported
