"""The "Samtycken" tab: consents of the case's parties (active first, withdrawn after), record a
new one, withdraw (takes effect at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import ConsentMethod
from app.services.cases import consents
from app.services.cases.case_file import CaseFileView
from app.services.cases.consents import ConsentRow, NewConsent
from app.services.core.timeutil import today_local
from app.ui import messages
from app.ui.cases.widgets import (
    DateField,
    agency_definite,
    error_label,
    fmt_date,
    fmt_datetime,
    show_error,
)
from app.ui.cases.widgets import left as _left
from app.ui.context import AppContext
from app.ui.labels import label
from app.vocabulary import fields as F


class ConsentsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None
        self.rows: list[ConsentRow] = []
        intro = QLabel(
            self.tr(
                "Ett aktivt samtycke låter {other} läsa det {own} har registrerat om personen "
                "(aldrig ändra). Ett återkallat samtycke slutar gälla direkt."
            ).format(
                other=agency_definite(ctx.actor.agency.other),
                own=agency_definite(ctx.actor.agency),
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Lämnat"),
                self.tr("Form"),
                self.tr("Status"),
                self.tr("Registrerat av"),
                self.tr("Anteckning"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((190, 100, 220, 200, 160)):
            self.table.setColumnWidth(col, width)
        self.empty = QLabel(self.tr("Inga samtycken registrerade för ärendets parter."))
        self.withdraw_button = QPushButton(self.tr("Återkalla samtycket…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.person = QComboBox()
        self.given_on = DateField()
        self.method = QComboBox()
        for m in ConsentMethod:
            self.method.addItem(label(m), m)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("t.ex. gäller utbyte med RVT"))
        self.record_button = QPushButton(self.tr("Registrera samtycke"))
        self.record_button.clicked.connect(self.record)
        self.error = error_label()
        box = QGroupBox(self.tr("Nytt samtycke"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&Lämnat den"), self.given_on)
        form.addRow(self.tr("&Form"), self.method)
        form.addRow(self.tr("&Anteckning"), self.note)
        form.addRow("", _left(self.record_button))
        form.addRow("", self.error)

        buttons = QHBoxLayout()
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        box.setMaximumWidth(760)
        bottom = QHBoxLayout()
        bottom.addWidget(box)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def show_view(self, view: CaseFileView) -> None:
        self.view = view
        current = self.person.currentData()
        self.person.clear()
        for p in view.parties:
            self.person.addItem(
                self.tr("{name} – {role}").format(
                    name=p.display_name or self.tr("(namn saknas)"), role=label(p.role)
                ),
                p.person_id,
            )
        if current is not None and self.person.findData(current) >= 0:
            self.person.setCurrentIndex(self.person.findData(current))
        if not self.given_on.text():
            self.given_on.set_value(today_local())
        self.rows = consents.consents_for_case(self.ctx.db, self.ctx.actor, view.id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            status = (
                self.tr("Aktivt")
                if row.active
                else self.tr("Återkallat {when}").format(when=fmt_datetime(row.withdrawn_at))
            )
            values = (
                row.person_name,
                fmt_date(row.given_on),
                label(row.method),
                status,
                row.recorded_by or "",
                row.note or "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setForeground(
                        Qt.GlobalColor.darkGreen if row.active else Qt.GlobalColor.gray
                    )
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._update_buttons()

    def _selected(self) -> ConsentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.withdraw_button.setEnabled(bool(row and row.active))

    def record(self) -> None:
        if self.view is None or self.person.currentData() is None:
            return
        try:
            new = NewConsent(
                person_id=self.person.currentData(),
                given_on=self.given_on.value(F.GIVEN_ON),
                method=self.method.currentData(),
                note=self.note.text(),
                case_id=self.view.id,
            )
            consents.record_consent(self.ctx.db, self.ctx.actor, new)
        except UserError as exc:
            show_error(self.error, exc)
            return
        show_error(self.error, None)
        self.note.clear()
        self.changed.emit()

    def withdraw(self) -> None:
        row = self._selected()
        if row is None or not row.active:
            return
        if not messages.confirm(
            self,
            self.tr(
                "Återkalla samtycket från {name}? Den andra myndigheten ser genast inte längre "
                "det som registrerats om personen."
            ).format(name=row.person_name),
        ):
            return
        try:
            consents.withdraw_consent(self.ctx.db, self.ctx.actor, row.id, version=row.version)
        except UserError as exc:
            messages.user_error(self, exc)
        self.changed.emit()
