"""The "Brev" page: choose case and document, fill the few extra fields, preview, print or save,
and the letters kept with the case (reprints are marked KOPIA)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import PartyRole
from app.services.cases import letters
from app.services.cases.letters import GeneratedLetter, LetterRequest
from app.ui import background, formatting, messages
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.letters import template_texts
from app.ui.letters.pdf_view import PdfPreview, open_in_viewer, print_pdf, save_pdf_as
from app.ui.pickers import CaseCombo

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class LettersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: background.Job | None = None  # the letter being made
        self.current: GeneratedLetter | None = None
        self.field_widgets: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.templates = {t.name: t for t in letters.available_templates(ctx.actor)}

        # --- left: the form and the kept letters
        self.case_combo = CaseCombo()
        self.case_combo.setEditable(False)
        # Any case, not only the newest 200: number, personnummer or name (as the quick search).
        self.case_search = QLineEdit()
        self.case_search.setObjectName("letterCaseSearch")
        self.case_search.setClearButtonEnabled(True)
        self.case_search.setPlaceholderText(_tr("Sök ärende: nummer, personnummer eller namn"))
        self._case_timer = QTimer(self)
        self._case_timer.setSingleShot(True)
        self._case_timer.setInterval(250)
        self._case_timer.timeout.connect(self.reload_cases)
        self.case_search.textChanged.connect(lambda _t: self._case_timer.start())
        self.role_combo = QComboBox()
        for role in PartyRole:
            self.role_combo.addItem(label(role), role)
        self.template_combo = QComboBox()
        for t in self.templates.values():
            self.template_combo.addItem(template_texts.shown(t.title), t.name)
        self.recipient_combo = QComboBox()
        for r in letters.recipients():
            self.recipient_combo.addItem(r.name, r)
        self.recipient_text = QLineEdit()
        self.recipient_text.setPlaceholderText(_tr("Skriv mottagarens namn"))

        form = QFormLayout()
        search_label = QLabel(_tr("Sö&k ärende"))
        search_label.setBuddy(self.case_search)
        form.addRow(search_label, self.case_search)
        form.addRow(_tr("Ärende"), self.case_combo)
        form.addRow(_tr("Dokument"), self.template_combo)
        form.addRow(_tr("Gäller"), self.role_combo)
        self.recipient_label = QLabel(_tr("Mottagare"))
        form.addRow(self.recipient_label, self.recipient_combo)
        self.recipient_text_label = QLabel(_tr("Vilken"))
        form.addRow(self.recipient_text_label, self.recipient_text)
        self.form = form
        self.fields_host = QWidget()
        self.fields_form = QFormLayout(self.fields_host)
        self.fields_form.setContentsMargins(0, 0, 0, 0)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #9b1c1c;")
        self.error_label.setWordWrap(True)
        self.create_button = QPushButton(_tr("Skapa"))
        self.create_button.setDefault(True)

        self.kept = QTableWidget(0, 4)
        self.kept.setHorizontalHeaderLabels(
            [_tr("Skapat"), _tr("Dokument"), _tr("Mottagare"), _tr("Utskrivna kopior")]
        )
        self.kept.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.kept.horizontalHeader().setStretchLastSection(True)
        self.kept.verticalHeader().hide()
        self.kept.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.kept.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.show_kept_button = QPushButton(_tr("Visa"))
        self.reprint_button = QPushButton(_tr("Ny utskrift (KOPIA)"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        heading = QLabel(_tr("Brev och blanketter"))
        heading.setObjectName("pageHeading")
        left_layout.addWidget(heading)
        left_layout.addLayout(form)
        left_layout.addWidget(self.fields_host)
        left_layout.addWidget(self.error_label)
        left_layout.addWidget(self.create_button)
        left_layout.addSpacing(12)
        left_layout.addWidget(QLabel(_tr("Sparade brev i ärendet")))
        left_layout.addWidget(self.kept, 1)
        kept_buttons = QHBoxLayout()
        kept_buttons.addWidget(self.show_kept_button)
        kept_buttons.addWidget(self.reprint_button)
        left_layout.addLayout(kept_buttons)

        # --- right: preview and output
        self.preview = PdfPreview()
        self.status_label = QLabel()
        self.print_button = QPushButton(_tr("Skriv ut…"))
        self.open_button = QPushButton(_tr("Öppna i PDF-läsaren"))
        self.save_button = QPushButton(_tr("Spara som PDF…"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.status_label)
        right_layout.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.print_button, self.open_button, self.save_button):
            buttons.addWidget(b)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self.recipient_combo.currentIndexChanged.connect(self._recipient_changed)
        self.case_combo.currentIndexChanged.connect(self._case_changed)
        self.create_button.clicked.connect(self.create_letter)
        self.print_button.clicked.connect(self.print_current)
        self.open_button.clicked.connect(self.open_current)
        self.save_button.clicked.connect(self.save_current)
        self.show_kept_button.clicked.connect(self.show_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.kept.itemSelectionChanged.connect(self._update_buttons)

        self.reload_cases()
        self._template_changed()
        self._set_current(None)

    # --- choices

    def reload_cases(self) -> None:
        try:
            self.case_combo.fill(
                letters.case_choices(self.ctx.db, self.ctx.actor, self.case_search.text())
            )
        except UserError as exc:
            self.case_combo.fill([])
            self.error_label.setText(exc.message())
        self._case_changed()

    def template(self) -> letters.TemplateChoice | None:
        return self.templates.get(self.template_combo.currentData())

    def _template_changed(self) -> None:
        t = self.template()
        needs_case = bool(t and t.needs_case)
        for widget in (self.case_combo, self.role_combo):
            widget.setEnabled(needs_case)
        choose = bool(t and t.recipient_mode == "val")
        self.recipient_combo.setVisible(choose)
        self.recipient_label.setVisible(choose)
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_widgets = {}
        for spec in t.fields if t else ():
            widget: QLineEdit | QPlainTextEdit
            if spec.multiline:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setMaximumHeight(90)
            else:
                widget = QLineEdit()
            text = template_texts.shown(spec.label) + (" *" if spec.required else "")
            self.fields_form.addRow(text, widget)
            self.field_widgets[spec.name] = widget
        self._recipient_changed()
        self._refresh_kept()

    def _recipient_changed(self) -> None:
        t = self.template()
        recipient = self.recipient_combo.currentData()
        free = bool(t and t.recipient_mode == "val" and recipient and recipient.free_text)
        self.recipient_text.setVisible(free)
        self.recipient_text_label.setVisible(free)

    def _case_changed(self) -> None:
        self._refresh_kept()

    # --- creating

    def request(self) -> LetterRequest:
        t = self.template()
        recipient = self.recipient_combo.currentData()
        values = {
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
            for name, w in self.field_widgets.items()
        }
        return LetterRequest(
            template=t.name if t else "",
            case_id=self.case_combo.currentData() if t and t.needs_case else None,
            role=self.role_combo.currentData(),
            recipient_key=recipient.key if recipient and t.recipient_mode == "val" else None,
            recipient_name=self.recipient_text.text() or None,
            fields=values,
        )

    def create_letter(self) -> None:
        self.error_label.clear()
        if self.job is not None and self.job.running:
            return
        self.job = background.run(  # the PDF is made off the UI thread
            self,
            letters.generate,
            self.ctx.db,
            self.ctx.actor,
            self.request(),
            on_done=self._letter_made,
            on_error=self._letter_refused,
            progress=_tr("Skapar brevet …"),
        )

    def _letter_made(self, result: GeneratedLetter) -> None:
        self._set_current(result)
        self._refresh_kept()

    def _letter_refused(self, exc: UserError) -> bool:
        self.error_label.setText(exc.message())
        return True

    def _set_current(self, result: GeneratedLetter | None) -> None:
        self.current = result
        for b in (self.print_button, self.open_button, self.save_button):
            b.setEnabled(result is not None)
        if result is None:
            self.preview.clear()
            self.status_label.clear()
            return
        self.preview.show_pdf(result.pdf)
        parts = [result.title]
        if result.copy:
            parts.append(_tr("KOPIA"))
        if result.withheld:
            parts.append(_tr("personuppgifter utelämnade – samtycke saknas"))
        elif result.consent_id:
            parts.append(_tr("bygger på samtycke nr {id}").format(id=result.consent_id))
        self.status_label.setText(" · ".join(parts))

    # --- kept letters

    def _refresh_kept(self) -> None:
        t = self.template()
        case_id = self.case_combo.currentData() if t is None or t.needs_case else None
        try:
            rows = letters.letters_for_case(self.ctx.db, self.ctx.actor, case_id)
        except UserError as exc:
            self.error_label.setText(exc.message())
            rows = []
        self.kept.setRowCount(len(rows))
        for r, row in enumerate(rows):
            created = formatting.datetime_text(row.created_at)
            values = [
                created + (" · " + row.created_by if row.created_by else ""),
                row.title,
                row.recipient or "",
                str(row.print_count),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.kept.setItem(r, c, item)
        self._update_buttons()

    def selected_letter_id(self) -> int | None:
        items = self.kept.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        selected = self.selected_letter_id() is not None
        self.show_kept_button.setEnabled(selected)
        self.reprint_button.setEnabled(selected)

    def show_selected(self) -> None:
        letter_id = self.selected_letter_id()
        if letter_id is None:
            return
        try:
            pdf = letters.letter_pdf(self.ctx.db, self.ctx.actor, letter_id)
        except UserError as exc:
            messages.user_error(self, exc)
            return
        row = next(
            r
            for r in letters.letters_for_case(
                self.ctx.db, self.ctx.actor, self.case_combo.currentData()
            )
            + letters.letters_for_case(self.ctx.db, self.ctx.actor, None)
            if r.id == letter_id
        )
        # Shown for reading only; anything that leaves the program from here is a KOPIA.
        self.preview.show_pdf(pdf)
        self.status_label.setText(
            _tr("{title} (sparat original – ny utskrift blir KOPIA)").format(title=row.title)
        )
        for b in (self.print_button, self.open_button, self.save_button):
            b.setEnabled(False)
        self.current = None

    def reprint_selected(self) -> None:
        letter_id = self.selected_letter_id()
        if letter_id is None:
            return
        if self.job is not None and self.job.running:
            return
        self.job = background.run(
            self,
            letters.reprint,
            self.ctx.db,
            self.ctx.actor,
            letter_id,
            on_done=self._letter_made,
            progress=_tr("Skapar kopian …"),
        )

    # --- output

    def _stem(self) -> str:
        assert self.current is not None
        return f"{self.current.title}-{self.current.letter_id}" + (
            "-KOPIA" if self.current.copy else ""
        )

    def print_current(self) -> None:
        if self.current is None:
            return
        try:
            printed = print_pdf(self, self.current.pdf, self._stem())
        except OSError:
            messages.error(self, _tr("Skrivaren kunde inte startas."))
            return
        if printed:
            letters.record_output(
                self.ctx.db,
                self.ctx.actor,
                self.current.letter_id,
                "printed",
                copy=self.current.copy,
            )

    def open_current(self) -> None:
        if self.current is None:
            return
        open_in_viewer(self.current.pdf, self._stem())
        letters.record_output(
            self.ctx.db, self.ctx.actor, self.current.letter_id, "opened", copy=self.current.copy
        )

    def save_current(self) -> None:
        if self.current is None:
            return
        if save_pdf_as(self, self.current.pdf, self._stem()):
            letters.record_output(
                self.ctx.db, self.ctx.actor, self.current.letter_id, "saved", copy=self.current.copy
            )
