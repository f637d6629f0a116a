"""The "Bevakning" tab: the case's actions (what, owner, due day, done), overdue ones marked;
add one (from a template or free text) for a staff member, mark one done, and create the actions
the rules call for. The other agency's actions show only under consent (a count otherwise)."""

from __future__ import annotations

from datetime import timedelta

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
from app.i18n import translate
from app.models.enums import Agency
from app.services.cases import actions
from app.services.cases.actions import ActionRow, NewAction
from app.services.cases.case_file import CaseFileView
from app.services.core import pickers
from app.services.core.timeutil import today_local
from app.ui import messages
from app.ui.cases.widgets import DateField, agency_definite, error_label, fmt_date, show_error
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.pickers import StaffCombo
from app.vocabulary import fields as F


class ActionsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None
        self.rows: list[ActionRow] = []
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Åtgärder (bevakning)"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Åtgärd"),
                self.tr("Ansvarig"),
                self.tr("Klart senast"),
                self.tr("Klar"),
                self.tr("Myndighet"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((380, 180, 130, 200)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.hidden = QLabel()
        self.hidden.setStyleSheet("color: #6b7280;")
        self.done_button = QPushButton(self.tr("Markera som klar"))
        self.done_button.clicked.connect(self.mark_done)
        self.rules_button = QPushButton(self.tr("Skapa bevakningar från reglerna"))
        self.rules_button.setToolTip(
            self.tr(
                "Ny riskbedömning som ska göras, frihetsberövande eller kontaktförbud som "
                "upphör, lotsning som väntar på svar."
            )
        )
        self.rules_button.clicked.connect(self.from_rules)

        self.template = QComboBox()
        self.template.addItem(self.tr("Egen åtgärd"), None)
        for t in actions.TEMPLATES:
            # shown translated; the action stores the Swedish title (the record's text)
            self.template.addItem(translate("", t.title), t.key)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("vad ska göras"))
        self.owner = StaffCombo()
        self.due_on = DateField()
        self.add_button = QPushButton(self.tr("Lägg till"))
        self.add_button.clicked.connect(self.add)
        self.error = error_label()
        box = QGroupBox(self.tr("Ny åtgärd"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Mall"), self.template)
        form.addRow(self.tr("&Åtgärd"), self.title)
        form.addRow(self.tr("A&nsvarig"), self.owner)
        form.addRow(self.tr("Klart &senast"), self.due_on)
        form.addRow("", self.add_button)
        form.addRow("", self.error)
        box.setMinimumWidth(520)
        box.setMaximumWidth(700)

        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.rules_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden)
        layout.addLayout(buttons)
        bottom = QHBoxLayout()
        bottom.addWidget(box)
        bottom.addStretch(1)
        layout.addLayout(bottom)

    def show_view(self, view: CaseFileView) -> None:
        self.view = view
        result = actions.actions_for_case(self.ctx.db, self.ctx.actor, view.id)
        self.rows = result.rows
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            if row.done_on:
                done = self.tr("{date} ({who})").format(
                    date=fmt_date(row.done_on), who=row.done_by or ""
                )
            elif row.overdue:
                done = self.tr("FÖRSENAD")
            elif row.due_today:
                done = self.tr("I dag")
            else:
                done = ""
            values = (
                row.title,
                row.owner_name or "",
                fmt_date(row.due_on),
                done,
                label(Agency(row.agency)),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
                elif row.done_on:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.hidden.setText(
            self.tr(
                "{n} åtgärder hos {agency} visas inte (inget samtycke som omfattar dem)."
            ).format(
                n=result.hidden_other_agency, agency=agency_definite(self.ctx.actor.agency.other)
            )
            if result.hidden_other_agency
            else ""
        )
        self.hidden.setVisible(bool(result.hidden_other_agency))
        current = self.owner.currentData() or self.ctx.actor.staff_id
        self.owner.fill(
            pickers.staff(self.ctx.db, self.ctx.actor, with_leads=True), current=current
        )
        if not self.due_on.text():
            self.due_on.set_value(today_local() + timedelta(days=1))
        self._update_buttons()

    def _selected(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.done_button.setEnabled(bool(row and row.editable and row.done_on is None))

    def _template_chosen(self) -> None:
        key = self.template.currentData()
        if key is None:
            return
        t = actions.TEMPLATE_BY_KEY[key]
        self.title.setText(t.title)
        self.due_on.set_value(today_local() + timedelta(days=t.days))

    def add(self) -> None:
        if self.view is None:
            return
        try:
            actions.add_action(
                self.ctx.db,
                self.ctx.actor,
                NewAction(
                    case_id=self.view.id,
                    title=self.title.text(),
                    due_on=self.due_on.value(F.DUE_ON),
                    owner_id=self.owner.currentData(),
                    template=self.template.currentData(),
                ),
            )
        except UserError as exc:
            show_error(self.error, exc)
            return
        show_error(self.error, None)
        self.title.clear()
        self.template.setCurrentIndex(0)
        self.changed.emit()

    def mark_done(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            actions.mark_done(self.ctx.db, self.ctx.actor, row.id, version=row.version)
        except UserError as exc:
            messages.user_error(self, exc)
        self.changed.emit()

    def from_rules(self) -> None:
        if self.view is None:
            return
        try:
            actions.ensure_rule_actions(self.ctx.db, self.ctx.actor, self.view.id)
        except UserError as exc:
            messages.user_error(self, exc)
        self.changed.emit()
