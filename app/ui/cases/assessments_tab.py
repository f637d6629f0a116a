"""The "Riskbedömningar" tab: the assessments the user may read (newest first), how many of the
other agency's are hidden, a form for a new one (reassessment date defaults to eight weeks for
elevated or high risk) and closing one's own."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConcurrentEditError, UserError
from app.models.enums import Instrument, RiskLevel
from app.services.cases import assessments
from app.services.cases.assessments import AssessmentRow, NewAssessment
from app.services.cases.case_file import CaseFileView
from app.services.core.timeutil import today_local
from app.ui import messages
from app.ui.cases.widgets import (
    DateField,
    agency_definite,
    assessments_text,
    error_label,
    fmt_date,
    show_error,
)
from app.ui.context import AppContext
from app.ui.labels import agency_label, label
from app.vocabulary import fields as F

LEVEL_COLOUR = {RiskLevel.HIGH: "#a4161a", RiskLevel.ELEVATED: "#b45309", RiskLevel.LOW: "#2e6b3f"}


class AssessmentsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None
        self.rows: tuple[AssessmentRow, ...] = ()
        self._reassess_touched = False

        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Instrument"),
                self.tr("Gäller"),
                self.tr("Nivå"),
                self.tr("Bedömare"),
                self.tr("Ny bedömning senast"),
                self.tr("Status"),
                self.tr("Bedömning"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((95, 190, 150, 80, 190, 140, 190)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("Ingen riskbedömning registrerad i ärendet."))
        self.hidden = QLabel()
        self.hidden.setStyleSheet("color: #4b5563;")
        self.hidden.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Avsluta bedömningen"))
        self.close_button.setToolTip(
            self.tr("En avslutad bedömning är inte längre aktuell och stoppar inte kontaktregeln.")
        )
        self.close_button.clicked.connect(self.close_selected)

        self.instrument = QComboBox()
        own = assessments.AGENCY_INSTRUMENTS[ctx.actor.agency]
        for inst in list(own) + [i for i in Instrument if i not in own]:
            self.instrument.addItem(label(inst), inst)
        self.party = QComboBox()
        self.assessed_on = DateField()
        self.level = QComboBox()
        for lvl in RiskLevel:
            self.level.addItem(label(lvl), lvl)
        self.endangers = QCheckBox(
            self.tr("Kontakt med den misstänkte kan utsätta henne eller barnen för fara")
        )
        self.reassess_on = DateField()
        self.reassess_on.textEdited.connect(self._reassess_edited)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.save_button = QPushButton(self.tr("Spara bedömning"))
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_button = QPushButton(self.tr("Ny bedömning"))
        self.new_button.clicked.connect(self.clear_form)
        self.editing: AssessmentRow | None = None
        self.error = error_label()
        box = QGroupBox(self.tr("Ny riskbedömning"))
        self.form_box = box
        form = QFormLayout(box)
        form.addRow(self.tr("&Instrument"), self.instrument)
        form.addRow(self.tr("&Gäller"), self.party)
        form.addRow(self.tr("&Datum"), self.assessed_on)
        form.addRow(self.tr("&Nivå"), self.level)
        form.addRow("", self.endangers)
        form.addRow(self.tr("Ny bedömning &senast"), self.reassess_on)
        form.addRow(self.tr("&Bedömning"), self.text)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.new_button)
        save_row.addStretch(1)
        form.addRow("", save_row)
        form.addRow("", self.error)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.level.currentIndexChanged.connect(self._default_reassess)
        self.assessed_on.textChanged.connect(self._default_reassess)

        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden)
        layout.addLayout(buttons)
        box.setMaximumWidth(760)
        bottom = QHBoxLayout()
        bottom.addWidget(box)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def show_view(self, view: CaseFileView) -> None:
        self.view = view
        result = assessments.assessments_for_case(self.ctx.db, self.ctx.actor, view.id)
        self.rows = result.rows
        names = {p.id: p.display_name or label(p.role) for p in view.parties}
        self.party.clear()
        for p in view.parties:
            self.party.addItem(
                self.tr("{name} ({role})").format(name=names[p.id], role=label(p.role)), p.id
            )
        today = today_local()
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            if not row.open:
                status = self.tr("Avslutad")
            elif row.overdue(today):
                status = self.tr("Ny bedömning försenad")
            else:
                status = self.tr("Aktuell")
            if row.contact_endangers and row.open:
                status += self.tr(" · kontakt äventyrar")
            values = (
                fmt_date(row.assessed_on),
                label(row.instrument),
                names.get(row.party_id, ""),
                label(row.level),
                self.tr("{name}, {agency}").format(
                    name=row.assessor_name or "–", agency=agency_label(row.owner_agency)
                ),
                fmt_date(row.reassess_on),
                status,
                (row.text or "").replace("\n", " "),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3:
                    item.setForeground(QColor(LEVEL_COLOUR[row.level]))
                if c == 6 and row.open and row.overdue(today):
                    item.setForeground(QColor("#b45309"))
                if c == 7 and row.text:
                    item.setToolTip(row.text)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        hidden = result.hidden_other_agency
        self.hidden.setText(
            self.tr(
                "{n} hos {agency} visas inte (inget samtycke). En öppen bedömning där kontakt "
                "äventyrar henne stoppar ändå kontaktregeln."
            ).format(
                n=assessments_text(hidden), agency=agency_definite(self.ctx.actor.agency.other)
            )
            if hidden
            else ""
        )
        self.hidden.setVisible(bool(hidden))
        self.clear_form()

    def clear_form(self) -> None:
        self.editing = None
        self.form_box.setTitle(self.tr("Ny riskbedömning"))
        self.save_button.setText(self.tr("Spara bedömning"))
        self.new_button.setVisible(False)
        self.assessed_on.set_value(today_local())
        self.text.clear()
        self.endangers.setChecked(False)
        self._reassess_touched = False
        self._instrument_changed()
        show_error(self.error, None)
        self._update_buttons()

    def edit_selected(self) -> None:
        row = self._selected()
        if row is None or not row.editable:
            return
        self.editing = row
        self.form_box.setTitle(
            self.tr("Ändra riskbedömning {instrument} från {date}").format(
                instrument=label(row.instrument), date=fmt_date(row.assessed_on)
            )
        )
        self.save_button.setText(self.tr("Spara ändring"))
        self.new_button.setVisible(True)
        self.instrument.setCurrentIndex(self.instrument.findData(row.instrument))
        if row.party_id is not None:
            self.party.setCurrentIndex(self.party.findData(row.party_id))
        self.assessed_on.set_value(row.assessed_on)
        self.level.setCurrentIndex(self.level.findData(row.level))
        self.endangers.setChecked(row.contact_endangers)
        self._reassess_touched = True  # keep the date it has
        self.reassess_on.set_value(row.reassess_on)
        self.text.setPlainText(row.text or "")
        self.instrument.setFocus()

    def _instrument_changed(self) -> None:
        if self.view is None:
            return
        role = assessments.INSTRUMENT_SUBJECT[self.instrument.currentData()]
        party = self.view.party(role)
        if party is not None:
            self.party.setCurrentIndex(self.party.findData(party.id))
        self._default_reassess()

    def _reassess_edited(self, _text: str) -> None:
        self._reassess_touched = True

    def _default_reassess(self) -> None:
        if self._reassess_touched:
            return
        try:
            on = self.assessed_on.value(F.DATE)
        except UserError:
            return
        default = assessments.default_reassess_on(self.level.currentData(), on) if on else None
        self.reassess_on.set_value(default)

    def _selected(self) -> AssessmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.close_button.setEnabled(bool(row and row.open and row.editable))
        self.edit_button.setEnabled(bool(row and row.editable))

    def save(self) -> None:
        if self.view is None:
            return
        try:
            new = NewAssessment(
                case_id=self.view.id,
                party_id=self.party.currentData(),
                instrument=self.instrument.currentData(),
                assessed_on=self.assessed_on.value(F.ASSESSED_ON),
                level=self.level.currentData(),
                text=self.text.toPlainText(),
                contact_endangers=self.endangers.isChecked(),
                reassess_on=self.reassess_on.value(F.NEXT_ASSESSMENT_BY),
            )
            if self.editing is None:
                assessments.add_assessment(self.ctx.db, self.ctx.actor, new)
            else:
                assessments.update_assessment(
                    self.ctx.db, self.ctx.actor, self.editing.id, new, version=self.editing.version
                )
        except ConcurrentEditError as exc:
            messages.user_error(self, exc)  # someone else saved it: show theirs
            self.changed.emit()
            return
        except UserError as exc:
            show_error(self.error, exc)
            return
        show_error(self.error, None)
        self.changed.emit()

    def close_selected(self) -> None:
        row = self._selected()
        if row is None or not row.editable:
            return
        if not messages.confirm(
            self,
            self.tr(
                "Avsluta bedömningen {instrument} från {date}? Den är sedan inte längre aktuell."
            ).format(instrument=label(row.instrument), date=fmt_date(row.assessed_on)),
        ):
            return
        try:
            assessments.close_assessment(self.ctx.db, self.ctx.actor, row.id, version=row.version)
        except UserError as exc:
            messages.user_error(self, exc)
        self.changed.emit()
