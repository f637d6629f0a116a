"""Cancel with a reason, and the run sheet preview (print, open, save — each audited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.cases import letters
from app.services.transports import planning as transports
from app.services.transports.planning import TransportRow
from app.services.transports.run_sheet import RunSheet
from app.ui import messages
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.letters.pdf_view import PdfPreview, open_in_viewer, print_pdf, save_pdf_as
from app.ui.transports.widgets import error_label
from app.ui.unsaved import UnsavedGuard


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportDialogs", text)


class CancelDialog(UnsavedGuard, QDialog):
    """Ask for the reason and cancel; `result_row` holds the saved row."""

    def __init__(self, ctx: AppContext, row: TransportRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.result_row: TransportRow | None = None
        self.setWindowTitle(_tr("Ställ in transport"))
        self.setMinimumWidth(460)
        intro = QLabel(
            _tr("Transporten i ärende {case} ({purpose}, {status}) ställs in.").format(
                case=row.case_number,
                purpose=label(row.purpose).lower(),
                status=label(row.status).lower(),
            )
        )
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            _tr("Anledning (obligatorisk), t.ex. den våldsutsatta avbokade")
        )
        self.reason.setMaximumHeight(90)
        self.error = error_label()
        self.error.setObjectName("fieldError_anledning")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Ställ in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(_tr("Anledning *")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch_unsaved(save=self.save)

    def save(self) -> None:
        try:
            self.result_row = transports.cancel(
                self.ctx.db,
                self.ctx.actor,
                self.row.id,
                reason=self.reason.toPlainText(),
                version=self.row.version,
            )
        except UserError as exc:
            self.error.setText(exc.message())
            self.error.show()
            return
        self.accept()


class RunSheetDialog(QDialog):
    """The run sheet as the crew will get it; leaving the program is audited."""

    def __init__(self, ctx: AppContext, sheet: RunSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet = sheet
        self.setWindowTitle(_tr("Körorder för transport {id}").format(id=sheet.transport_id))
        self.resize(820, 690)  # fits 1366×768; the preview scrolls
        self.preview = PdfPreview()
        self.preview.show_pdf(sheet.pdf)
        note = QLabel(
            _tr(
                "Körordern är sparad bland ärendets brev. Den innehåller inga personnummer, "
                "ingen ärendehistorik och inga anteckningar; skyddade adresser skrivs inte ut."
            )
        )
        note.setWordWrap(True)
        self.print_button = QPushButton(_tr("Skriv ut…"))
        self.print_button.setDefault(True)
        self.open_button = QPushButton(_tr("Öppna i PDF-läsaren"))
        self.save_button = QPushButton(_tr("Spara som PDF…"))
        close = QPushButton(_tr("Stäng"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.print_button, self.open_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.print_sheet)
        self.open_button.clicked.connect(self.open_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        close.clicked.connect(self.accept)

    def _stem(self) -> str:
        return f"Kororder-{self.sheet.transport_id}-{self.sheet.letter_id}"

    def print_sheet(self) -> None:
        try:
            printed = print_pdf(self, self.sheet.pdf, self._stem())
        except OSError:
            messages.error(self, _tr("Skrivaren kunde inte startas."))
            return
        if printed:
            letters.record_output(self.ctx.db, self.ctx.actor, self.sheet.letter_id, "printed")

    def open_sheet(self) -> None:
        open_in_viewer(self.sheet.pdf, self._stem())
        letters.record_output(self.ctx.db, self.ctx.actor, self.sheet.letter_id, "opened")

    def save_sheet(self) -> None:
        if save_pdf_as(self, self.sheet.pdf, self._stem()):
            letters.record_output(self.ctx.db, self.ctx.actor, self.sheet.letter_id, "saved")
