"""Retention (gallring): the closed cases past the period, erased after confirmation."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import UserError
from app.services.ops import retention
from app.ui import background, messages
from app.ui.context import AppContext


class RetentionDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: background.Job | None = None
        self.setWindowTitle(self.tr("Gallring"))
        intro = QLabel(
            self.tr(
                "Avslutade ärenden som passerat gallringstiden. Gallring raderar ärendet helt: "
                "parter, barn, kontakter, anteckningar, samtycken, bedömningar, remisser, brev, "
                "kalenderbokningar och transporter, och personer som inte finns i något annat "
                "ärende. Det går inte att ångra. Säkerhetskopior äldre än gallringen innehåller "
                "ärendet tills de rensas ut."
            )
        )
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.years.setSuffix(self.tr(" år efter avslut"))
        self.years.setValue(retention.retention_years(ctx.db))
        save_years = QPushButton(self.tr("Spara gallringstid"))
        save_years.clicked.connect(self._on_save_years_clicked)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Gallringstid:")))
        row.addWidget(self.years)
        row.addWidget(save_years)
        row.addStretch(1)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("dueCases")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ärende"), self.tr("Öppnat"), self.tr("Avslutat")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = buttons.addButton(
            self.tr("Gallra markerade…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.erase_button.clicked.connect(self.erase_checked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        rows = retention.due_cases(self.ctx.db, self.ctx.actor)
        locale = QLocale()
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            number = QTableWidgetItem(row.case_number)
            number.setFlags(number.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Checked)
            number.setData(Qt.ItemDataRole.UserRole, row.case_id)
            self.table.setItem(i, 0, number)
            for col, day in ((1, row.opened_on), (2, row.closed_on)):
                self.table.setItem(
                    i, col, QTableWidgetItem(locale.toString(day, QLocale.FormatType.ShortFormat))
                )
        self.summary.setText(self.tr("{count} ärenden kan gallras.").format(count=len(rows)))
        self.erase_button.setEnabled(bool(rows))

    def checked_ids(self) -> list[int]:
        return [
            self.table.item(i, 0).data(Qt.ItemDataRole.UserRole)
            for i in range(self.table.rowCount())
            if self.table.item(i, 0).checkState() == Qt.CheckState.Checked
        ]

    def _on_save_years_clicked(self) -> None:
        try:
            retention.set_retention_years(self.ctx.db, self.ctx.actor, self.years.value())
        except UserError as exc:
            messages.user_error(self, exc)
            return
        self.reload()

    def erase_checked(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        if not messages.confirm(
            self,
            self.tr(
                "Radera {count} ärenden och allt som hör till dem för gott? Det går inte att ångra."
            ).format(count=len(ids)),
        ):
            return

        def erased(summary) -> None:
            messages.info(
                self,
                self.tr("{cases} ärenden och {persons} personer är raderade.").format(
                    cases=summary.cases, persons=summary.persons
                ),
            )
            self.reload()

        def refused(exc: UserError) -> bool:
            messages.user_error(self, exc)
            self.reload()
            return True

        self.job = background.run(
            self,
            retention.erase_cases,
            self.ctx.db,
            self.ctx.actor,
            ids,
            on_done=erased,
            on_error=refused,
            progress=self.tr("Gallrar …"),
        )
