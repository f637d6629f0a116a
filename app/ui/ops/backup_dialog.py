"""Restoring the local database from a chosen backup (administrators)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app import keystore, paths
from app.errors import UserError
from app.services.ops import backup
from app.ui import background, messages
from app.ui.context import AppContext

logger = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restored: backup.RestoreResult | None = None
        self.job: background.Job | None = None
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        intro = QLabel(
            self.tr(
                "Välj den säkerhetskopia som databasen ska ersättas med. Allt som skrivits "
                "efter den går förlorat; den nuvarande databasfilen sparas först i mappen för "
                "säkerhetskopior. Programmet avslutas efteråt och startas om av dig."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        locale = QLocale()
        for info in backup.list_backups(ctx.db.target.path):
            item = QListWidgetItem(
                self.tr("{when} – {name} ({size} MB)").format(
                    when=locale.toString(info.made_at, QLocale.FormatType.ShortFormat),
                    name=info.path.name,
                    size=locale.toString(info.size / 1e6, "f", 1),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        other = QPushButton(self.tr("Välj en annan fil…"))
        other.clicked.connect(self._on_other_clicked)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4161a;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Återställ…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(other)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Säkerhetskopia"), str(paths.backup_dir()), self.tr("Databas (*.db)")
        )
        if name:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.insertItem(0, item)
            self.list.setCurrentRow(0)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def accept(self) -> None:
        path = self.chosen()
        if path is None:
            self.error_label.setText(self.tr("Välj en säkerhetskopia."))
            self.error_label.show()
            return
        db_path = self.ctx.db.target.path
        key = keystore.get_database_key(db_path)
        if key is None:
            self._say(UserError("Nyckeln till databasen saknas i nyckelringen."))
            return
        self.job = background.run(  # a large file takes seconds to check
            self,
            backup.verify_backup,
            path,
            key,
            on_done=lambda revision: self._confirm(path, db_path, key, revision),
            on_error=self._say,
        )

    def _say(self, exc: UserError) -> bool:
        self.error_label.setText(exc.message())
        self.error_label.show()
        return True

    def _confirm(self, path: Path, db_path: Path, key: str, revision: str) -> None:
        if not messages.confirm(
            self,
            self.tr(
                "Ersätta databasen med säkerhetskopian {name} (schemaversion {revision})?\n\n"
                "Det som skrivits efter säkerhetskopian går förlorat. Programmet avslutas "
                "efteråt."
            ).format(name=path.name, revision=revision),
        ):
            return
        self.ctx.db.dispose()
        self.job = background.run(
            self,
            backup.restore,
            path,
            db_path,
            key_hex=key,
            on_done=self._restored,
            progress=self.tr("Återställer …"),
        )

    def _restored(self, result: backup.RestoreResult) -> None:
        self.restored = result
        messages.info(
            self,
            self.tr(
                "Databasen är återställd. Den tidigare filen finns kvar som {previous}. "
                "IGOR Desk avslutas nu; starta programmet igen."
            ).format(previous=str(self.restored.previous_copy or "–")),
        )
        super().accept()
        quit_application()


def quit_application() -> None:
    """The open window still refers to the replaced database: end the program."""
    QApplication.instance().quit()
