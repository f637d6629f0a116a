"""Print the day list of one person: choose person and date, preview, print or save."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.scheduling import calendar as cal
from app.services.scheduling.day_list import DayList, day_list_pdf, record_output
from app.ui import background, messages
from app.ui.context import AppContext
from app.ui.dates import QuickDateEdit
from app.ui.letters.pdf_view import PdfPreview, open_in_viewer, print_pdf
from app.ui.pickers import StaffCombo


def _tr(text: str) -> str:
    return QCoreApplication.translate("DayListDialog", text)


class DayListDialog(QDialog):
    def __init__(
        self, ctx: AppContext, staff_id: int, day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: DayList | None = None
        self.job: background.Job | None = None
        self._generation = 0
        self.setWindowTitle(_tr("Skriv ut dagslista"))
        self.resize(760, 690)  # fits 1366×768; the preview scrolls
        self.person = StaffCombo()
        self.person.fill(cal.staff_choices(ctx.db, ctx.actor), current=staff_id)
        self.day = QuickDateEdit(QDate(day.year, day.month, day.day))
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.protected = QCheckBox(_tr("Ta med rubrik och plats för skyddade personer"))
        self.protected.setToolTip(
            _tr(
                "Normalt visas bara typ och ärendenummer för händelser som gäller personer med "
                "skyddade personuppgifter."
            )
        )
        self.preview = PdfPreview()
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("&Person")))
        top.itemAt(0).widget().setBuddy(self.person)
        top.addWidget(self.person, 1)
        top.addWidget(QLabel(_tr("Datum")))
        top.addWidget(self.day)
        top.addWidget(self.protected)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(_tr("Skriv ut…"))
        self.open_button = QPushButton(_tr("Öppna i PDF-läsaren"))
        self.save_button = QPushButton(_tr("Spara som PDF…"))
        close = QPushButton(_tr("Stäng"))
        buttons.addWidget(self.status, 1)
        for b in (self.print_button, self.open_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.person.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.protected.toggled.connect(self.refresh)
        self.print_button.clicked.connect(self._print)
        self.open_button.clicked.connect(self._open)
        self.save_button.clicked.connect(self._save)
        close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the preview off the UI thread; only the newest request is shown."""
        q = self.day.date()
        self._generation += 1
        generation = self._generation

        def made(result: DayList) -> None:
            if generation == self._generation:
                self.current = result
                self.preview.show_pdf(result.pdf)
                self.status.setText(_tr("{n} bokningar").format(n=result.rows))

        def refused(exc: UserError) -> bool:
            if generation == self._generation:
                self.current = None
                self.preview.clear(exc.message())
            return True

        self.job = background.run(
            self,
            day_list_pdf,
            self.ctx.db,
            self.ctx.actor,
            int(self.person.currentData()),
            date(q.year(), q.month(), q.day()),
            include_protected=self.protected.isChecked(),
            on_done=made,
            on_error=refused,
        )

    def _record(self, via: str) -> None:
        """Audit the list leaving the program (the preview itself records nothing)."""
        try:
            record_output(self.ctx.db, self.ctx.actor, self.current, via)
        except UserError as exc:
            messages.error(self, exc.message())

    def _print(self) -> None:
        if self.current is not None and print_pdf(self, self.current.pdf, self.current.title):
            self._record("print")

    def _open(self) -> None:
        if self.current is not None:
            open_in_viewer(self.current.pdf, "dagslista")
            self._record("viewer")

    def _save(self) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Spara dagslistan"), "dagslista.pdf", _tr("PDF (*.pdf)")
        )
        if path:
            try:
                Path(path).write_bytes(self.current.pdf)
            except OSError as exc:
                messages.error(
                    self, _tr("Filen kunde inte sparas: {reason}").format(reason=exc.strerror)
                )
                return
            self._record("save")
