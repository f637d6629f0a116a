""" "Who has looked at this case": a lead/administrator opens it from the case screen:
`CaseViewersDialog(ctx, case_id, parent).exec()`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.models.enums import Agency
from app.services.core import audit
from app.ui.context import AppContext
from app.ui.labels import agency_label


class CaseViewersDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("CaseViewersDialog", "Tid"),
        QT_TRANSLATE_NOOP("CaseViewersDialog", "Vem"),
        QT_TRANSLATE_NOOP("CaseViewersDialog", "Myndighet"),
        QT_TRANSLATE_NOOP("CaseViewersDialog", "Datoranvändare"),
        QT_TRANSLATE_NOOP("CaseViewersDialog", "Arbetsstation"),
    )

    def __init__(self, ctx: AppContext, case_id: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vem har öppnat ärendet"))
        rows = audit.case_viewers(ctx.db, ctx.actor, case_id)  # AccessDenied for non-leads
        intro = QLabel(
            self.tr("Varje gång ärendet har öppnats, senaste först ({count} st).").format(
                count=len(rows)
            )
        )
        self.table = QTableWidget(len(rows), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        locale = QLocale()
        for r, row in enumerate(rows):
            values = [
                locale.toString(row.at.astimezone(), QLocale.FormatType.ShortFormat),
                row.full_name or "–",
                agency_label(Agency(row.agency)) if row.agency else "–",
                row.os_account or "–",
                row.workstation or "–",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
