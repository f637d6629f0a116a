"""Settings for administrators: where the data lives (next start), backups, retention period;
and the user's own language (next start; every user also has Verktyg → Språk…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from app import settings
from app.errors import AccessDenied, UserError
from app.services.ops import backup, retention
from app.ui import messages
from app.ui.context import AppContext
from app.ui.ops.database_choice import DatabaseChoiceWidget
from app.ui.ops.language import LanguageBox


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        if not ctx.actor.is_admin:
            raise AccessDenied("Det här kräver behörigheten gruppchef/administratör.")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Inställningar"))
        current = settings.database_url() or str(ctx.db.target.path or "")
        db_box = QGroupBox(self.tr("Databas för den här datorn"))
        self.database_choice = DatabaseChoiceWidget(current, db_box)
        note = QLabel(self.tr("En ändrad databas används från nästa start av programmet."))
        note.setWordWrap(True)
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(self.database_choice)
        db_layout.addWidget(note)

        pol = backup.policy()
        backup_box = QGroupBox(self.tr("Säkerhetskopior (lokal databas)"))
        self.backup_enabled = QCheckBox(self.tr("Gör säkerhetskopior automatiskt"))
        self.backup_enabled.setChecked(pol.enabled)
        self.backup_hours = QSpinBox()
        self.backup_hours.setRange(1, 24 * 30)
        self.backup_hours.setSuffix(self.tr(" timmar"))
        self.backup_hours.setValue(pol.interval_hours)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(pol.keep)
        form = QFormLayout(backup_box)
        form.addRow(self.backup_enabled)
        form.addRow(self.tr("&Intervall:"), self.backup_hours)
        form.addRow(self.tr("&Antal att spara:"), self.backup_keep)

        retention_box = QGroupBox(self.tr("Gallring (gäller hela teamet)"))
        self.retention_years = QSpinBox()
        self.retention_years.setRange(retention.MIN_YEARS, retention.MAX_YEARS)
        self.retention_years.setSuffix(self.tr(" år efter avslut"))
        self.retention_years.setValue(retention.retention_years(ctx.db))
        QFormLayout(retention_box).addRow(self.tr("&Gallringstid:"), self.retention_years)

        self.language_box = LanguageBox(self)  # personal: this user's language, next start

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4161a;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(db_box)
        layout.addWidget(backup_box)
        layout.addWidget(retention_box)
        layout.addWidget(self.language_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def accept(self) -> None:
        try:
            url = self.database_choice.chosen_url()
            backup.save_policy(
                backup.BackupPolicy(
                    interval_hours=self.backup_hours.value(),
                    keep=self.backup_keep.value(),
                    enabled=self.backup_enabled.isChecked(),
                )
            )
            if self.retention_years.value() != retention.retention_years(self.ctx.db):
                retention.set_retention_years(
                    self.ctx.db, self.ctx.actor, self.retention_years.value()
                )
        except UserError as exc:
            self.error_label.setText(exc.message())
            self.error_label.show()
            return
        changed = url != (settings.database_url() or str(self.ctx.db.target.path or ""))
        settings.save_database_choice(url)
        if changed:
            messages.info(self, self.tr("Den nya databasen används från nästa start."))
        if self.language_box.save():
            messages.info(self, self.tr("Språket byts när du startar programmet nästa gång."))
        super().accept()
