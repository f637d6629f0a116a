"""Start-up for an OS user without a profile yet: enter the one-time code from the administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from app.errors import UserError
from app.services.admin import profiles
from app.services.core.actor import Actor, os_account


class EnrollDialog(QDialog):
    def __init__(self, db_url: str | None, reason: str, parent=None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Registrera dig i IGOR Desk"))
        intro = QLabel(
            self.tr(
                "{reason}<br><br>Har du fått en registreringskod av gruppchefen? Skriv den här. "
                "Den knyter datoranvändaren <b>{account}</b> till din profil och sparar nyckeln i "
                "din nyckelring. Koden gäller en gång."
            ).format(reason=reason, account=os_account())
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4161a;")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Registrera"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.actor = profiles.enroll(self.db_url, self.code_edit.text())
        except UserError as exc:
            self.error_label.setText(exc.message())
            self.error_label.show()
            self.code_edit.setFocus()
            return
        super().accept()
