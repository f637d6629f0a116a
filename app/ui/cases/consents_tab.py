"""The "Samtycken" tab: consents of the case's parties (active first, withdrawn after) with their
direction, scope and validity period; record a new one (direction, kinds of record, named
outside recipients, valid from/until with the lead's default length, how given, witness);
withdraw (takes effect at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
from app.models.enums import Agency, ConsentMethod
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
from app.ui.labels import consent_kind_label, label
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
                "Ett samtycke låter {other} läsa det {own} har registrerat om personen (aldrig "
                "ändra) – bara i den riktning, av det slag och under den tid samtycket anger. "
                "Ett återkallat samtycke slutar gälla direkt."
            ).format(
                other=agency_definite(ctx.actor.agency.other),
                own=agency_definite(ctx.actor.agency),
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Lämnat"),
                self.tr("Riktning"),
                self.tr("Status"),
                self.tr("Omfattning"),
                self.tr("Giltigt"),
                self.tr("Form / registrerat av"),
                self.tr("Anteckning"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((150, 85, 120, 140, 230, 170, 190)):
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
        self.method.currentIndexChanged.connect(self._update_witness)
        self.witness = QLineEdit()
        self.witness.setPlaceholderText(self.tr("namn och funktion på den som hörde samtycket"))
        self.to_police = QCheckBox(self.tr("Socialtjänsten → polisen"))
        self.to_social = QCheckBox(self.tr("Polisen → socialtjänsten"))
        self.kinds = {k: QCheckBox(consent_kind_label(k)) for k in consents.ALL_KINDS}
        self.recipients = QLineEdit()
        self.recipients.setPlaceholderText(self.tr("t.ex. RVC Innerstaden; Alla Kvinnors Hus"))
        self.valid_from = DateField()
        self.valid_until = DateField()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("t.ex. gäller utbyte med RVT"))
        self.record_button = QPushButton(self.tr("Registrera samtycke"))
        self.record_button.clicked.connect(self.record)
        self.error = error_label()
        self._reset_scope()
        box = QGroupBox(self.tr("Nytt samtycke"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Person"), self.person)
        directions = QHBoxLayout()
        directions.addWidget(self.to_police)
        directions.addWidget(self.to_social)
        directions.addStretch(1)
        form.addRow(self.tr("Riktning"), directions)
        kinds = QHBoxLayout()
        for box_ in self.kinds.values():
            kinds.addWidget(box_)
        kinds.addStretch(1)
        form.addRow(self.tr("Omfattar"), kinds)
        form.addRow(self.tr("&Namngivna mottagare"), self.recipients)
        period = QHBoxLayout()
        period.addWidget(self.valid_from)
        period.addWidget(QLabel(self.tr("till och med")))
        period.addWidget(self.valid_until)
        period.addStretch(1)
        form.addRow(self.tr("Giltigt från"), period)
        given = QHBoxLayout()
        given.addWidget(self.given_on)
        given.addWidget(self.method)
        given.addWidget(self.witness, 1)
        form.addRow(self.tr("Lämnat den"), given)
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
        box.setMaximumWidth(900)
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
        if not self.valid_from.text():
            self.valid_from.set_value(today_local())
        if not self.valid_until.text():
            months = consents.default_months(self.ctx.db, self.ctx.actor)
            self.valid_until.set_value(consents.default_until(today_local(), months))
        self.rows = consents.consents_for_case(self.ctx.db, self.ctx.actor, view.id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (
                row.person_name,
                fmt_date(row.given_on),
                self._direction_text(row),
                self._status_text(row),
                self._scope_text(row),
                self.tr("{start} – {end}").format(
                    start=fmt_date(row.valid_from),
                    end=fmt_date(row.valid_until) or self.tr("tills vidare"),
                ),
                self.tr("{method}, {who}").format(
                    method=label(row.method), who=row.recorded_by or self.tr("okänd")
                )
                + (self.tr(" (vittne: {w})").format(w=row.witness) if row.witness else ""),
                row.note or "",
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setForeground(
                        Qt.GlobalColor.darkGreen
                        if row.state == "in_force"
                        else Qt.GlobalColor.darkYellow
                        if row.state == "expiring"
                        else Qt.GlobalColor.gray
                    )
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self._update_buttons()

    def _direction_text(self, row: ConsentRow) -> str:
        if row.to_police and row.to_social:
            return self.tr("Båda riktningarna")
        return self.tr("Soc → polis") if row.to_police else self.tr("Polis → soc")

    def _scope_text(self, row: ConsentRow) -> str:
        kinds = (
            self.tr("allt")
            if len(row.kinds) == len(consents.ALL_KINDS)
            else ", ".join(consent_kind_label(k) for k in row.kinds)
        )
        if row.recipients:
            kinds = self.tr("{kinds}; mottagare: {names}").format(
                kinds=kinds, names=", ".join(row.recipients.splitlines())
            )
        return kinds

    def _status_text(self, row: ConsentRow) -> str:
        if row.state == "withdrawn":
            return self.tr("Återkallat {when}").format(when=fmt_datetime(row.withdrawn_at))
        return {
            "not_yet": self.tr("Gäller från {date}").format(date=fmt_date(row.valid_from)),
            "expired": self.tr("Har gått ut"),
            "expiring": self.tr("Går ut {date}").format(date=fmt_date(row.valid_until)),
        }.get(row.state, self.tr("Aktivt"))

    def _reset_scope(self) -> None:
        self.to_police.setChecked(True)
        self.to_social.setChecked(True)
        for box in self.kinds.values():
            box.setChecked(True)
        self.recipients.clear()
        self.witness.clear()
        self._update_witness()

    def _update_witness(self) -> None:
        self.witness.setEnabled(self.method.currentData() == ConsentMethod.VERBAL)

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
            directions = tuple(
                agency
                for agency, box in (
                    (Agency.POLICE, self.to_police),
                    (Agency.SOCIAL, self.to_social),
                )
                if box.isChecked()
            )
            new = NewConsent(
                person_id=self.person.currentData(),
                given_on=self.given_on.value(F.GIVEN_ON),
                method=self.method.currentData(),
                note=self.note.text(),
                case_id=self.view.id,
                directions=directions,
                kinds=tuple(k for k, box in self.kinds.items() if box.isChecked()),
                recipients="\n".join(
                    x.strip() for x in self.recipients.text().split(";") if x.strip()
                ),
                valid_from=self.valid_from.value(F.VALID_FROM),
                valid_until=self.valid_until.value(F.VALID_UNTIL),
                witness=self.witness.text() if self.witness.isEnabled() else None,
            )
            consents.record_consent(self.ctx.db, self.ctx.actor, new)
        except UserError as exc:
            show_error(self.error, exc)
            return
        show_error(self.error, None)
        self.note.clear()
        self._reset_scope()
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
