"""The "Lotsning" tab: RVT registration and RVC start per party, and referrals with their state
(drafted → sent → received → accepted/declined → started → completed, or withdrawn), the history
of a selected referral with the next steps it allows, and a reminder line for answers overdue
after the lead's number of days."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
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

from app.errors import ConcurrentEditError, UserError
from app.models.enums import ReferralState, ReferralStatus, ReferralTarget
from app.services.cases import referrals
from app.services.cases.case_file import CaseFileView
from app.services.cases.referrals import NewReferral, ReferralRow
from app.services.core.timeutil import today_local
from app.ui import messages
from app.ui.cases.widgets import DateField, error_label, fmt_date, fmt_datetime, show_error
from app.ui.context import AppContext
from app.ui.labels import label
from app.vocabulary import fields as F


class ReferralsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None
        self.rows: list[ReferralRow] = []
        self.editing: ReferralRow | None = None
        self._filling = False
        self._reselect: int | None = None

        self.status_box = QGroupBox(self.tr("RVT och RVC"))
        self.status_grid = QGridLayout(self.status_box)
        self.status_combos: list[tuple[int, QComboBox, QComboBox]] = []
        self.status_versions: dict[int, int] = {}

        self.overdue = QLabel()
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet("color: #9a3412; font-weight: 600;")
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Gäller"),
                self.tr("Lotsad till"),
                self.tr("Av"),
                self.tr("Utfall den"),
                self.tr("Utfall"),
                self.tr("Läge"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((95, 180, 230, 130, 95, 170)):
            self.table.setColumnWidth(col, width)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.empty = QLabel(
            self.tr(
                "Inga lotsningar registrerade. Registrera en nedan när någon har lotsats vidare."
            )
        )

        self.party = QComboBox()
        self.target = QComboBox()
        for t in ReferralTarget:
            if t not in (ReferralTarget.RVT, ReferralTarget.RVC):
                self.target.addItem(label(t), t)
        self.target.addItem(label(ReferralTarget.RVT), ReferralTarget.RVT)
        self.target.addItem(label(ReferralTarget.RVC), ReferralTarget.RVC)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("t.ex. Alla Kvinnors Hus"))
        self.referred_on = DateField()
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("t.ex. påbörjat samtal, tackade nej"))
        self.outcome_on = DateField()
        self.save_button = QPushButton(self.tr("Registrera lotsning"))
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("Ny"))
        self.new_button.clicked.connect(self.clear_form)
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self.delete_button.clicked.connect(self.delete)
        self.error = error_label()
        self.form_box = QGroupBox(self.tr("Ny lotsning"))
        form = QFormLayout(self.form_box)
        form.addRow(self.tr("&Gäller"), self.party)
        form.addRow(self.tr("&Lotsad till"), self.target)
        form.addRow(self.tr("&Mottagare"), self.detail)
        form.addRow(self.tr("&Datum"), self.referred_on)
        form.addRow(self.tr("&Utfall"), self.outcome)
        form.addRow(self.tr("Utfall &den"), self.outcome_on)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow("", self.error)

        # The selected referral's history and its next step.
        self.history_box = QGroupBox(self.tr("Historik och nästa steg"))
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Läge"), self.tr("Datum"), self.tr("Registrerat av"), self.tr("Skäl")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((100, 90, 230)):
            self.history.setColumnWidth(col, width)
        self.next_state = QComboBox()
        self.step_on = DateField()
        self.step_reason = QLineEdit()
        self.step_reason.setPlaceholderText(self.tr("skäl (krävs när lotsningen avböjs)"))
        self.step_button = QPushButton(self.tr("Registrera steg"))
        self.step_button.clicked.connect(self.advance)
        self.step_error = error_label()
        step = QHBoxLayout()
        step.addWidget(self.next_state)
        step.addWidget(self.step_on)
        step.addWidget(self.step_button)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history, 1)
        history_layout.addLayout(step)
        history_layout.addWidget(self.step_reason)
        history_layout.addWidget(self.step_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addWidget(self.overdue)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.form_box.setMaximumWidth(620)
        bottom = QHBoxLayout()
        bottom.addWidget(self.form_box)
        bottom.addWidget(self.history_box, 1)
        layout.addLayout(bottom)

    def show_view(self, view: CaseFileView) -> None:
        self.view = view
        statuses, self.rows = referrals.referrals_for_case(self.ctx.db, self.ctx.actor, view.id)
        self._filling = True
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.status_combos = []
        self.status_versions = {}
        self.status_grid.addWidget(QLabel(self.tr("Registrerad på RVT")), 0, 1)
        self.status_grid.addWidget(QLabel(self.tr("Påbörjat kontakt med RVC")), 0, 2)
        names = {p.id: p.display_name or label(p.role) for p in view.parties}
        for r, status in enumerate(statuses, start=1):
            self.status_grid.addWidget(
                QLabel(
                    self.tr("{name} ({role})").format(
                        name=names.get(status.party_id, ""), role=label(status.role)
                    )
                ),
                r,
                0,
            )
            rvt, rvc = QComboBox(), QComboBox()
            for combo, value, key in (
                (rvt, status.rvt_status, "rvt"),
                (rvc, status.rvc_status, "rvc"),
            ):
                for s in ReferralStatus:
                    combo.addItem(label(s), s)
                combo.setCurrentIndex(combo.findData(value))
                # Only the dropdown the user changed is saved, with the version loaded.
                combo.currentIndexChanged.connect(
                    lambda _i, pid=status.party_id, k=key, c=combo: self._status_changed(pid, k, c)
                )
            self.status_grid.addWidget(rvt, r, 1)
            self.status_grid.addWidget(rvc, r, 2)
            self.status_combos.append((status.party_id, rvt, rvc))
            self.status_versions[status.party_id] = status.version
        self.status_grid.setColumnStretch(3, 1)
        self._filling = False

        self.party.clear()
        for p in view.parties:
            self.party.addItem(names[p.id], p.id)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            target = label(row.target)
            if row.target_detail:
                target = self.tr("{target}: {detail}").format(
                    target=target, detail=row.target_detail
                )
            values = (
                fmt_date(row.referred_on),
                self.tr("{name} ({role})").format(
                    name=names.get(row.party_id, ""), role=label(row.role)
                ),
                target,
                row.referred_by or "",
                fmt_date(row.outcome_on),
                row.outcome or self.tr("inget utfall ännu"),
                self.tr("{state} {date}").format(
                    state=label(row.state), date=fmt_date(row.state_on)
                ),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        overdue = referrals.overdue_referrals(self.ctx.db, self.ctx.actor, case_id=view.id)
        self.overdue.setText(
            "\n".join(
                self.tr(
                    "Påminnelse: {target} har inte svarat på {days} dagar (skickad {sent})."
                ).format(
                    target=o.target_detail or label(o.target),
                    days=o.days_waiting,
                    sent=fmt_date(o.sent_on),
                )
                for o in overdue
            )
        )
        self.overdue.setVisible(bool(overdue))
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))
        self.clear_form()
        keep = [i for i, r in enumerate(self.rows) if r.id == self._reselect]
        self._reselect = None
        if keep:  # after a step: the same referral stays selected with its history
            self.table.selectRow(keep[0])

    def _status_changed(self, party_id: int, key: str, combo: QComboBox) -> None:
        if self._filling:
            return
        try:
            self.status_versions[party_id] = referrals.set_rvt_rvc(
                self.ctx.db,
                self.ctx.actor,
                party_id,
                version=self.status_versions[party_id],
                **{key: combo.currentData()},
            )
        except UserError as exc:  # ConcurrentEditError too: say who and when, then reload
            messages.user_error(self, exc)
        self.changed.emit()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = self.rows[rows[0].row()]
        self.editing = row
        self.form_box.setTitle(self.tr("Ändra lotsning / registrera utfall"))
        self.save_button.setText(self.tr("Spara ändring"))
        self.delete_button.setEnabled(True)
        self.party.setCurrentIndex(self.party.findData(row.party_id))
        self.target.setCurrentIndex(self.target.findData(row.target))
        self.detail.setText(row.target_detail or "")
        self.referred_on.set_value(row.referred_on)
        self.outcome.setText(row.outcome or "")
        self.outcome_on.set_value(row.outcome_on)
        self._show_history(row)

    def _show_history(self, row: ReferralRow | None) -> None:
        steps = referrals.referral_history(self.ctx.db, self.ctx.actor, row.id) if row else []
        self.history.setRowCount(len(steps))
        for r, st in enumerate(steps):
            values = (
                label(st.state),
                fmt_date(st.on),
                self.tr("{who}, {when}").format(
                    who=st.recorded_by or self.tr("okänd"), when=fmt_datetime(st.recorded_at)
                ),
                st.reason or "",
            )
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.next_state.clear()
        allowed = row.allowed_next if row else frozenset()
        for state in ReferralState:
            if state in allowed:
                self.next_state.addItem(label(state), state)
        self.step_on.set_value(today_local())
        self.step_reason.clear()
        for w in (self.next_state, self.step_on, self.step_reason, self.step_button):
            w.setEnabled(bool(allowed))
        show_error(self.step_error, None)

    def advance(self) -> None:
        row = self.editing
        if row is None or self.next_state.currentData() is None:
            return
        try:
            referrals.advance_referral(
                self.ctx.db,
                self.ctx.actor,
                row.id,
                self.next_state.currentData(),
                version=row.version,
                on=self.step_on.value(F.DATE),
                reason=self.step_reason.text(),
            )
        except ConcurrentEditError as exc:
            messages.user_error(self, exc)
            self.changed.emit()
            return
        except UserError as exc:
            show_error(self.step_error, exc)
            return
        self._reselect = row.id
        self.changed.emit()

    def clear_form(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form_box.setTitle(self.tr("Ny lotsning"))
        self.save_button.setText(self.tr("Registrera lotsning"))
        self.delete_button.setEnabled(False)
        self.detail.clear()
        self.outcome.clear()
        self.outcome_on.set_value(None)
        self.referred_on.set_value(today_local())
        show_error(self.error, None)
        self._show_history(None)

    def save(self) -> None:
        if self.view is None or self.party.currentData() is None:
            return
        try:
            new = NewReferral(
                case_id=self.view.id,
                party_id=self.party.currentData(),
                target=self.target.currentData(),
                referred_on=self.referred_on.value(F.DATE),
                target_detail=self.detail.text(),
                outcome=self.outcome.text(),
                outcome_on=self.outcome_on.value(F.OUTCOME_ON),
            )
            if self.editing is None:
                referrals.add_referral(self.ctx.db, self.ctx.actor, new)
            else:
                referrals.update_referral(
                    self.ctx.db, self.ctx.actor, self.editing.id, new, version=self.editing.version
                )
        except ConcurrentEditError as exc:
            messages.user_error(self, exc)
            self.changed.emit()
            return
        except UserError as exc:
            show_error(self.error, exc)
            return
        self.changed.emit()

    def delete(self) -> None:
        row = self.editing
        if row is None or not messages.confirm(self, self.tr("Ta bort lotsningen?")):
            return
        try:
            referrals.delete_referral(self.ctx.db, self.ctx.actor, row.id, version=row.version)
        except UserError as exc:
            messages.user_error(self, exc)
        self.changed.emit()
