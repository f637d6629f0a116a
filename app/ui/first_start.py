"""First start on an empty database: the OS user becomes the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.database import Database
from app.errors import UserError
from app.models.enums import Agency
from app.services import profiles
from app.services.actor import Actor, os_account
from app.ui.labels import agency_label


class FirstStartDialog(QDialog):
    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Välkommen till IGOR Desk"))
        intro = QLabel(
            self.tr(
                "Databasen är ny. Du blir den första administratören (gruppchef) och kan sedan "
                "lägga upp dina kollegor. Datoranvändare: <b>{account}</b>"
            ).format(account=os_account())
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("För- och efternamn"))
        self.agency_combo = QComboBox()
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency), agency)
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name_edit)
        form.addRow(self.tr("&Myndighet:"), self.agency_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa profil"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4161a;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.actor = profiles.create_first_admin(
                self.db, self.name_edit.text(), self.agency_combo.currentData()
            )
        except UserError as exc:
            self.error_label.setText(exc.message())
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()
