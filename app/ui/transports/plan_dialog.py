"""Plan a transport: vehicle, crew (police officers), start, duration and buffer, the safety
assessment — with the safety check shown live beside the form, and the clash message (with the
nearest free slots) or the warnings that must be answered under it."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

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
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import RiskLevel
from app.services.transports import planning as transports
from app.services.transports import safety
from app.services.transports.planning import PlanRequest, SingleOfficerWarning, TransportRow
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.transports.board_model import when_text
from app.ui.transports.widgets import (
    FieldErrors,
    SafetyPanel,
    datetime_edit,
    error_label,
    get_local,
    set_local,
    with_error,
)
from app.ui.unsaved import UnsavedGuard
from app.vocabulary import fields as F


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportPlanDialog", text)


class AssessmentDialog(UnsavedGuard, QDialog):
    """Record a general safety assessment for the transport (police)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Ny säkerhetsbedömning"))
        self.setMinimumWidth(460)
        self.level = QComboBox()
        for level in RiskLevel:
            self.level.addItem(label(level), level)
        self.level.setCurrentIndex(self.level.findData(RiskLevel.ELEVATED))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            _tr("Var finns den misstänkte vid tiden? Vad har kontrollerats, och av vem?")
        )
        self.error = error_label()
        form = QFormLayout()
        form.addRow(_tr("Risknivå"), self.level)
        form.addRow(_tr("Bedömning"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_tr("Registrera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch_unsaved(save=self.accept)


class PlanDialog(UnsavedGuard, QDialog):
    def __init__(self, ctx: AppContext, row: TransportRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.result_row: TransportRow | None = None
        self.setWindowTitle(_tr("Planera transport {case}").format(case=row.case_number))
        self.setMinimumSize(940, 600)

        summary = QLabel(
            _tr("{purpose} · {when} · från {pickup} till {dest}").format(
                purpose=label(row.purpose),
                when=when_text(dataclasses.replace(row, planned_start=None)),
                pickup=_tr(row.pickup) if row.pickup_masked else row.pickup,
                dest=_tr(row.destination) if row.destination_masked else row.destination,
            )
        )
        summary.setWordWrap(True)
        summary.setObjectName("planSummary")

        self.vehicle = QComboBox()
        self.vehicle.addItem(_tr("Välj fordon"), None)
        for v in transports.vehicles(ctx.db, ctx.actor):
            self.vehicle.addItem(v.name, v.id)
        self.crew = QListWidget()
        self.crew.setMinimumHeight(110)
        for officer in transports.officers(ctx.db, ctx.actor):
            item = QListWidgetItem(
                officer.name + (f" – {officer.detail}" if officer.detail else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, officer.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.crew.addItem(item)
        self.start = datetime_edit()
        self.duration = QSpinBox()
        self.duration.setRange(5, transports.MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(_tr(" min"))
        self.buffer = QSpinBox()
        self.buffer.setRange(0, transports.MAX_BUFFER)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(_tr(" min"))
        self.assessment = QComboBox()
        self.new_assessment = QPushButton(_tr("Ny säkerhetsbedömning…"))
        assessment_row = QWidget()
        assessment_layout = QHBoxLayout(assessment_row)
        assessment_layout.setContentsMargins(0, 0, 0, 0)
        assessment_layout.addWidget(self.assessment, 1)
        assessment_layout.addWidget(self.new_assessment)
        self.safety_notes = QPlainTextEdit()
        self.safety_notes.setTabChangesFocus(True)
        self.safety_notes.setMaximumHeight(70)
        self.safety_notes.setPlaceholderText(_tr("Skrivs ut på körordern för besättningen."))

        self.general_error = error_label()
        self.general_error.setObjectName("formError")
        self.errors = FieldErrors(self.general_error)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_tr("Fordon *"), with_error(self.vehicle, self.errors.add(F.VEHICLE)))
        form.addRow(_tr("Besättning *"), with_error(self.crew, self.errors.add(F.CREW)))
        form.addRow(
            _tr("Planerad start *"), with_error(self.start, self.errors.add(F.PLANNED_START))
        )
        form.addRow(
            _tr("Beräknad tid"), with_error(self.duration, self.errors.add(F.ESTIMATED_TIME))
        )
        form.addRow(_tr("Marginal efteråt"), with_error(self.buffer, self.errors.add(F.MARGIN)))
        form.addRow(_tr("Säkerhetsbedömning"), assessment_row)
        form.addRow(
            _tr("Säkerhetsanteckning"),
            with_error(self.safety_notes, self.errors.add(F.SAFETY_NOTE)),
        )

        # Answers to warnings: shown only when the service asks for them.
        self.single_officer = QCheckBox(
            _tr("Jag har övervägt risken: en polis räcker för den här transporten")
        )
        self.single_officer.hide()
        self.meeting_label = QLabel(_tr("Skäl att planera ändå *"))
        self.meeting_reason = QLineEdit()
        self.meeting_reason.setPlaceholderText(
            _tr("t.ex. olika ingångar, han förs in via arresten")
        )
        self.meeting_label.hide()
        self.meeting_reason.hide()

        self.panel = SafetyPanel()
        self.panel.setMinimumWidth(360)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left, 3)
        columns.addWidget(self.panel, 2)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_tr("Planera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.single_officer)
        meeting = QHBoxLayout()
        meeting.addWidget(self.meeting_label)
        meeting.addWidget(self.meeting_reason, 1)
        layout.addLayout(meeting)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._timer_fired)
        self._fill()
        for signal in (
            self.vehicle.currentIndexChanged,
            self.crew.itemChanged,
            self.start.dateTimeChanged,
            self.duration.valueChanged,
            self.buffer.valueChanged,
            self.assessment.currentIndexChanged,
        ):
            signal.connect(lambda *_: self._timer.start())
        self.new_assessment.clicked.connect(self.record_assessment)
        self.refresh_check()
        self.watch_unsaved(save=self.save)

    def done(self, result: int) -> None:
        self._timer.stop()  # no safety check after the dialog is gone
        super().done(result)

    # --- values

    def _fill(self) -> None:
        row = self.row
        if row.vehicle_id:
            self.vehicle.setCurrentIndex(self.vehicle.findData(row.vehicle_id))
        set_local(self.start, row.planned_start or max(row.earliest_at, _now_rounded()))
        self.duration.setValue(row.estimated_minutes)
        self.buffer.setValue(row.buffer_minutes)
        self.safety_notes.setPlainText(row.safety_notes)
        self._load_assessments(row.safety_assessment_id)
        chosen = set(row.crew_ids)
        if not chosen:
            # A sensible default: the case's officer (if the planner is police, the planner).
            chosen = {self.ctx.actor.staff_id}
            check = self._check()
            if check is not None and check.default_crew_size >= 2:
                others = [
                    self.crew.item(i).data(Qt.ItemDataRole.UserRole)
                    for i in range(self.crew.count())
                    if self.crew.item(i).data(Qt.ItemDataRole.UserRole) not in chosen
                ]
                chosen |= set(others[:1])
        for i in range(self.crew.count()):
            item = self.crew.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)

    def _load_assessments(self, selected: int | None) -> None:
        self.assessment.blockSignals(True)
        self.assessment.clear()
        self.assessment.addItem(_tr("Ingen"), None)
        try:
            choices = transports.safety_assessments(self.ctx.db, self.ctx.actor, self.row.case_id)
        except UserError:
            choices = []
        for a in choices:
            text = _tr("{day} – {level} ({who})").format(
                day=formatting.date_text(a.assessed_on), level=label(a.level), who=a.assessor or "?"
            )
            self.assessment.addItem(text, a.id)
        index = self.assessment.findData(selected) if selected else 0
        self.assessment.setCurrentIndex(max(index, 0))
        self.assessment.blockSignals(False)

    def crew_ids(self) -> tuple[int, ...]:
        return tuple(
            self.crew.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.crew.count())
            if self.crew.item(i).checkState() == Qt.CheckState.Checked
        )

    def plan(self) -> PlanRequest:
        return PlanRequest(
            vehicle_id=self.vehicle.currentData(),
            crew_ids=self.crew_ids(),
            planned_start=get_local(self.start),
            estimated_minutes=self.duration.value(),
            buffer_minutes=self.buffer.value(),
            safety_assessment_id=self.assessment.currentData(),
            safety_notes=self.safety_notes.toPlainText(),
            confirm_single_officer=self.single_officer.isVisible()
            and self.single_officer.isChecked(),
            meeting_risk_reason=self.meeting_reason.text()
            if self.meeting_reason.isVisible()
            else "",
        )

    # --- the live safety check

    def _check(self):
        try:
            return transports.safety_check(self.ctx.db, self.ctx.actor, self.row.id, self.plan())
        except UserError:
            return None

    def _timer_fired(self) -> None:
        if self.isVisible():  # nothing to show (and maybe no database) once it is closed
            self.refresh_check()

    def refresh_check(self) -> None:
        try:
            check = transports.safety_check(self.ctx.db, self.ctx.actor, self.row.id, self.plan())
        except UserError as exc:
            self.panel.show_check(None, exc.message())
            return
        self.panel.show_check(check)

    def record_assessment(self) -> None:
        """Record a general safety assessment (the case file's assessment service) and choose
        it for this plan."""
        from app.models.enums import Instrument
        from app.services.cases import assessments
        from app.services.core.timeutil import today_local

        dialog = AssessmentDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                party = transports.safety_assessment_party(self.ctx.db, self.ctx.actor, self.row.id)
                aid = assessments.add_assessment(
                    self.ctx.db,
                    self.ctx.actor,
                    assessments.NewAssessment(
                        case_id=self.row.case_id,
                        party_id=party,
                        instrument=Instrument.GENERAL_SAFETY,
                        assessed_on=today_local(),
                        level=dialog.level.currentData(),
                        text=dialog.text.toPlainText(),
                    ),
                )
            except UserError as exc:
                dialog.error.setText(exc.message())
                dialog.error.show()
                continue
            self._load_assessments(aid)
            self.refresh_check()
            return

    # --- saving

    def save(self) -> None:
        from app.services.scheduling.clashes import ClashError, MeetingRiskError

        self.errors.clear()
        try:
            self.result_row = transports.plan(
                self.ctx.db, self.ctx.actor, self.row.id, self.plan(), version=self.row.version
            )
        except SingleOfficerWarning as exc:
            self.general_error.setText(exc.message())
            self.general_error.show()
            self.single_officer.show()
            self.single_officer.setFocus()
            return
        except MeetingRiskError as exc:
            self.general_error.setText(exc.message())
            self.general_error.show()
            self.meeting_label.show()
            self.meeting_reason.show()
            self.meeting_reason.setFocus()
            return
        except ClashError as exc:
            self.general_error.setText(exc.message())
            self.general_error.show()
            return
        except UserError as exc:
            self.errors.show(exc)
            self.refresh_check()
            return
        self.accept()


def _now_rounded():
    from datetime import datetime

    now = datetime.now(safety.TZ).replace(second=0, microsecond=0)
    return now + timedelta(minutes=15 - now.minute % 15)
