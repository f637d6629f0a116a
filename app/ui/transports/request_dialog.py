"""New or changed transport request: case, purpose, who travels, pickup and destination, time
window, contact phone, notes. Errors appear under the field they concern."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import TransportPurpose
from app.services.transports import planning as transports
from app.services.transports import safety
from app.services.transports.planning import TransportRequest, TransportRow
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.pickers import CaseCombo
from app.ui.transports.widgets import (
    FieldErrors,
    datetime_edit,
    error_label,
    get_local,
    set_local,
    with_error,
)
from app.ui.unsaved import UnsavedGuard
from app.vocabulary import fields as F


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportRequestDialog", text)


class RequestDialog(UnsavedGuard, QDialog):
    """Create (row None) or change a request. `result_row` holds the saved row."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, row: TransportRow | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.result_row: TransportRow | None = None
        self.setWindowTitle(_tr("Ändra transportbegäran") if row else _tr("Ny transportbegäran"))
        self.setMinimumWidth(620)

        self.case_combo = CaseCombo(searchable=True)
        self.case_combo.lineEdit().setPlaceholderText(_tr("Skriv ärendenummer"))
        self.case_combo.setMinimumContentsLength(18)
        self.purpose_combo = QComboBox()
        self.purpose_combo.addItem(_tr("Välj syfte"), None)
        for purpose in TransportPurpose:
            self.purpose_combo.addItem(label(purpose), purpose)
        self.with_victim = QCheckBox(_tr("Den våldsutsatta reser med"))
        self.with_victim.setChecked(True)
        self.children = QSpinBox()
        self.children.setRange(0, 20)
        self.children.setSuffix(_tr(" barn"))
        self.pets = QLineEdit()
        self.pets.setPlaceholderText(_tr("t.ex. katt i bur"))
        self.pickup = QLineEdit()
        self.pickup.setPlaceholderText(_tr("Gatuadress, ort"))
        self.pickup_suspect = QCheckBox(
            _tr("Upphämtningen sker på en adress som hör till den misstänkte")
        )
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(_tr("t.ex. Polisstationen Södermalm"))
        self.earliest = datetime_edit()
        self.latest = datetime_edit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(_tr("070-123 45 67"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.notes.setPlaceholderText(
            _tr("Syns bara för beställaren, besättningen och ärendets handläggare.")
        )

        self.general_error = error_label()
        self.general_error.setObjectName("formError")
        self.errors = FieldErrors(self.general_error)
        travel = QWidget()
        travel_layout = QHBoxLayout(travel)
        travel_layout.setContentsMargins(0, 0, 0, 0)
        travel_layout.addWidget(self.with_victim)
        travel_layout.addWidget(self.children)
        travel_layout.addWidget(QLabel(_tr("Djur")))
        travel_layout.addWidget(self.pets, 1)
        travel_box = QWidget()
        travel_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        travel_box_layout = QVBoxLayout(travel_box)
        travel_box_layout.setContentsMargins(0, 0, 0, 0)
        travel_box_layout.setSpacing(2)
        travel_box_layout.addWidget(travel)
        for name in (F.TRAVELLERS, F.CHILD_COUNT, F.ANIMALS):
            travel_box_layout.addWidget(self.errors.add(name))
        pickup_box = QWidget()
        pickup_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        pickup_layout = QVBoxLayout(pickup_box)
        pickup_layout.setContentsMargins(0, 0, 0, 0)
        pickup_layout.setSpacing(2)
        pickup_layout.addWidget(self.pickup)
        pickup_layout.addWidget(self.pickup_suspect)
        pickup_layout.addWidget(self.errors.add(F.PICKUP))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_tr("Ärende *"), with_error(self.case_combo, self.errors.add(F.CASE)))
        form.addRow(_tr("Syfte *"), with_error(self.purpose_combo, self.errors.add(F.PURPOSE)))
        form.addRow(_tr("Resenärer"), travel_box)
        form.addRow(_tr("Upphämtning *"), pickup_box)
        form.addRow(
            _tr("Destination *"), with_error(self.destination, self.errors.add(F.DESTINATION))
        )
        form.addRow(_tr("Tidigast *"), with_error(self.earliest, self.errors.add(F.EARLIEST)))
        form.addRow(_tr("Senast *"), with_error(self.latest, self.errors.add(F.LATEST)))
        form.addRow(_tr("Kontakttelefon"), with_error(self.phone, self.errors.add(F.CONTACT_PHONE)))
        form.addRow(_tr("Anteckning"), with_error(self.notes, self.errors.add(F.NOTE)))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            _tr("Spara ändringen") if row else _tr("Skicka begäran")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._search_cases)
        self._fill(row)
        self.watch_unsaved(save=self.save)

    def done(self, result: int) -> None:
        self._search_timer.stop()
        super().done(result)

    # --- cases

    def _fill(self, row: TransportRow | None) -> None:
        if row is None:
            start = _default_start(datetime.now(safety.TZ))
            set_local(self.earliest, start)
            set_local(self.latest, start + timedelta(hours=3))
            self._load_cases("")
            self.case_combo.setCurrentIndex(-1)
            self.case_combo.lineEdit().textEdited.connect(lambda _t: self._search_timer.start())
            self.case_combo.currentIndexChanged.connect(self._case_changed)
            # Picking from the completion list sets the text, not always the index: select the
            # case it names and fill the victim's phone as choosing it from the list does.
            completer = self.case_combo.completer()
            if completer is not None:
                completer.activated.connect(self._completed)
            return
        self.case_combo.addItem(row.case_number, row.case_id)
        self.case_combo.setEnabled(False)
        self.purpose_combo.setCurrentIndex(self.purpose_combo.findData(row.purpose))
        self.with_victim.setChecked(row.with_victim)
        self.children.setValue(row.children_count)
        self.pets.setText(row.pets)
        self.pickup.setText(row.pickup)
        self.pickup_suspect.setChecked(row.pickup_is_suspect_address)
        self.destination.setText(row.destination)
        set_local(self.earliest, row.earliest_at)
        set_local(self.latest, row.latest_at)
        self.phone.setText(row.contact_phone)
        self.notes.setPlainText(row.notes)

    def _load_cases(self, text: str) -> None:
        try:
            choices = transports.case_choices(self.ctx.db, self.ctx.actor, text, limit=50)
        except UserError as exc:
            self.errors.show(exc)
            return
        self.case_combo.fill(choices)

    def _search_cases(self) -> None:
        if not self.isVisible():
            return
        self._load_cases(self.case_combo.currentText())
        if not self.case_combo.select_typed() and self.case_combo.count():
            self.case_combo.showPopup()

    def _completed(self, _text: str = "") -> None:
        self.case_combo.select_typed()
        self._case_changed()

    def _case_changed(self) -> None:
        choice = self.case_combo.choice()
        if choice is not None and not self.phone.text().strip():
            self.phone.setText(choice.victim_phone)

    def selected_case(self) -> int | None:
        index = self.case_combo.findText(
            self.case_combo.currentText().strip(), Qt.MatchFlag.MatchFixedString
        )
        return self.case_combo.itemData(index) if index >= 0 else None

    # --- saving

    def request(self) -> TransportRequest:
        return TransportRequest(
            case_id=self.selected_case(),
            purpose=self.purpose_combo.currentData(),
            pickup=self.pickup.text(),
            destination=self.destination.text(),
            earliest_at=get_local(self.earliest),
            latest_at=get_local(self.latest),
            with_victim=self.with_victim.isChecked(),
            children_count=self.children.value(),
            pets=self.pets.text(),
            pickup_is_suspect_address=self.pickup_suspect.isChecked(),
            contact_phone=self.phone.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.row is None:
                self.result_row = transports.create_request(
                    self.ctx.db, self.ctx.actor, self.request()
                )
            else:
                self.result_row = transports.update_request(
                    self.ctx.db,
                    self.ctx.actor,
                    self.row.id,
                    self.request(),
                    version=self.row.version,
                )
        except UserError as exc:
            self.errors.show(exc)
            return
        self.accept()


def _default_start(now: datetime) -> datetime:
    """Two hours ahead on the full hour, moved to 08:00 when that falls in the night."""
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=2)
    if start.hour >= 22 or start.hour < 7:
        day = start.date() if start.hour < 7 else start.date() + timedelta(days=1)
        start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=now.tzinfo)
    return start
