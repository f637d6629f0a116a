"""First start: where the data lives (when not chosen yet) and the first administrator.

On a new workstation the dialog asks for the database (a local encrypted file, or a shared
PostgreSQL server with its TLS root certificate) and saves the choice in the settings; on an
empty database the OS user becomes the first administrator. If the chosen server already has
profiles, the user is signed in instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app import settings
from app.database import Database
from app.errors import UserError
from app.models.enums import Agency
from app.services.admin import profiles
from app.services.core.actor import Actor, os_account
from app.ui.labels import agency_label
from app.vocabulary import checks
from app.vocabulary import fields as F

logger = logging.getLogger(__name__)


class FirstStartDialog(QDialog):
    def __init__(
        self,
        db: Database | None,
        parent=None,
        *,
        open_database: Callable[[str], Database] | None = None,
    ) -> None:
        """`db` None: ask for the database too, then open it with `open_database(url)`."""
        super().__init__(parent)
        self.db = db
        self._open_database = open_database
        self.actor: Actor | None = None
        self.database_choice = None
        self.setWindowTitle(self.tr("Välkommen till IGOR Desk"))
        layout = QVBoxLayout(self)

        if db is None:
            from app.ui.ops.database_choice import DatabaseChoiceWidget

            intro_db = QLabel(
                self.tr(
                    "IGOR Desk startas för första gången på den här datorn. Välj var "
                    "uppgifterna ska sparas. Valet kan ändras senare av en administratör under "
                    "Verktyg → Inställningar."
                )
            )
            intro_db.setWordWrap(True)
            layout.addWidget(intro_db)
            box = QGroupBox(self.tr("Databas"))
            self.database_choice = DatabaseChoiceWidget(settings.database_url(), box)
            QVBoxLayout(box).addWidget(self.database_choice)
            layout.addWidget(box)

        intro = QLabel(
            self.tr(
                "Om databasen är ny blir du den första administratören (gruppchef) och kan sedan "
                "lägga upp dina kollegor. Datoranvändare: <b>{account}</b>"
            ).format(account=os_account())
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("För- och efternamn"))
        self.agency_combo = QComboBox()
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency), agency)
        admin_box = QGroupBox(self.tr("Första administratören"))
        form = QFormLayout(admin_box)
        form.addRow(intro)
        form.addRow(self.tr("&Namn:"), self.name_edit)
        form.addRow(self.tr("&Myndighet:"), self.agency_combo)
        layout.addWidget(admin_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Kom igång"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4161a;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        try:
            if self.db is None:
                assert self.database_choice is not None and self._open_database is not None
                url = self.database_choice.chosen_url()
                if not self.name_edit.text().strip():
                    raise checks.required(F.NAME)
                self.db = self._open_database(url)
                settings.save_database_choice(url)
                logger.info("first start: database chosen (%s)", self.db.kind.value)
            if profiles.has_any_staff(self.db):
                self.actor = profiles.sign_in(self.db)
            else:
                self.actor = profiles.create_first_admin(
                    self.db, self.name_edit.text(), self.agency_combo.currentData()
                )
        except UserError as exc:
            self._show_error(exc.message())
            self.name_edit.setFocus()
            return
        super().accept()
