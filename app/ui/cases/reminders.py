"""The reassessment reminder list: the signed-in user's agency's open risk assessments whose
reassessment date has come, most overdue first. Double-click or Enter opens the case
(`open_case(int)` with the case id), so the case list page can embed it beside the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.cases import assessments
from app.services.cases.assessments import DueReassessment
from app.ui.cases.widgets import days_text, fmt_date
from app.ui.context import AppContext
from app.ui.labels import label


class ReassessmentReminders(QWidget):
    open_case = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[DueReassessment] = []
        heading = QLabel(self.tr("Riskbedömningar att göra om"))
        heading.setStyleSheet("font-weight: 600;")
        self.mine = QCheckBox(self.tr("Bara ärenden där jag är ansvarig"))
        self.mine.setChecked(True)
        self.mine.toggled.connect(self.refresh)
        self.empty = QLabel(self.tr("Inga försenade riskbedömningar."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ärende"), self.tr("Instrument"), self.tr("Senast"), self.tr("Försenad")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((130, 190, 100)):
            self.table.setColumnWidth(col, width)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open(row))
        self.table.activated.connect(lambda index: self._open(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.mine)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.rows = assessments.due_reassessments(
            self.ctx.db, self.ctx.actor, assigned_to_me=self.mine.isChecked()
        )
        self.table.setRowCount(len(self.rows))
        for r, due in enumerate(self.rows):
            overdue = days_text(due.days_overdue) if due.days_overdue else self.tr("i dag")
            values = (
                due.case_number,
                self.tr("{instrument} ({level})").format(
                    instrument=label(due.instrument), level=label(due.level).lower()
                ),
                fmt_date(due.reassess_on),
                overdue,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, due.case_id)
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        self.table.setVisible(bool(self.rows))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_case.emit(self.rows[row].case_id)
