"""The "Administration" page: staff list, add staff, one-time enrollment code, revoke, and (server
mode) the member's database role. Only administrators see it (PageSpec.admin_only)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.database import DatabaseKind
from app.errors import UserError
from app.models.enums import Agency
from app.services.admin import profiles
from app.services.admin.profiles import EnrollmentTicket, StaffRow
from app.ui import messages
from app.ui.context import AppContext
from app.ui.labels import agency_label
from app.ui.unsaved import UnsavedGuard

logger = logging.getLogger(__name__)


class AddStaffDialog(UnsavedGuard, QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lägg till personal"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("För- och efternamn"))
        self.agency_combo = QComboBox()
        for agency in Agency:
            self.agency_combo.addItem(agency_label(agency), agency)
        self.caseworker_box = QCheckBox(self.tr("Handläggare"))
        self.caseworker_box.setChecked(True)
        self.admin_box = QCheckBox(self.tr("Gruppchef/administratör"))
        self.analyst_box = QCheckBox(self.tr("Analytiker (endast statistik)"))
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name_edit)
        form.addRow(self.tr("&Myndighet:"), self.agency_combo)
        form.addRow(self.tr("Roller:"), self.caseworker_box)
        form.addRow("", self.admin_box)
        form.addRow("", self.analyst_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.watch_unsaved(save=self.accept)


class CodeDialog(QDialog):
    """Shows a one-time code once; it cannot be shown again."""

    def __init__(self, ticket: EnrollmentTicket, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Registreringskod"))
        expires = QLocale().toString(ticket.expires_at.astimezone(), QLocale.FormatType.ShortFormat)
        intro = QLabel(
            self.tr(
                "Ge koden till {name} personligen. Den gäller en gång och till {expires}. Den "
                "visas bara nu. Personen loggar in på sin egen dator och anger koden när IGOR "
                "Desk startar (eller kör <tt>igor-desk enroll KOD</tt>)."
            ).format(name=name, expires=expires)
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(ticket.code)
        self.code_edit.setReadOnly(True)
        self.code_edit.setObjectName("enrollmentCode")
        font = self.code_edit.font()
        font.setFamily("monospace")
        font.setPointSize(font.pointSize() + 3)
        self.code_edit.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_edit)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())


class AdminPage(QWidget):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AdminPage", "Namn"),
        QT_TRANSLATE_NOOP("AdminPage", "Myndighet"),
        QT_TRANSLATE_NOOP("AdminPage", "Roller"),
        QT_TRANSLATE_NOOP("AdminPage", "Datoranvändare"),
        QT_TRANSLATE_NOOP("AdminPage", "Databasroll"),
        QT_TRANSLATE_NOOP("AdminPage", "Status"),
    )

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[StaffRow] = []
        heading = QLabel(self.tr("Administration"))
        heading.setObjectName("pageHeading")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # Database roles exist only in server mode.
        self.table.setColumnHidden(4, ctx.db.kind is not DatabaseKind.POSTGRESQL)
        self.add_button = QPushButton(self.tr("&Lägg till personal…"))
        self.code_button = QPushButton(self.tr("Skapa &registreringskod"))
        self.revoke_button = QPushButton(self.tr("&Spärra profil"))
        self.role_button = QPushButton(self.tr("Skapa &databasroll"))
        self.role_button.setVisible(ctx.db.kind is DatabaseKind.POSTGRESQL)
        self.contact_button = QPushButton(self.tr("&Kontaktuppgifter…"))
        self.contact_button.clicked.connect(self.edit_contact)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.code_button.clicked.connect(self._on_code_button_clicked)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.role_button.clicked.connect(self._on_role_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.contact_button,
            self.code_button,
            self.revoke_button,
            self.role_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        self.rows = profiles.list_staff(self.ctx.db, self.ctx.actor)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            roles = [
                self.tr("handläggare") if row.is_caseworker else "",
                self.tr("gruppchef/administratör") if row.is_admin else "",
                self.tr("analytiker") if row.is_analyst else "",
            ]
            if row.revoked_at is not None:
                status = self.tr("Spärrad")
            elif row.enrolled:
                status = self.tr("Aktiv")
            else:
                status = self.tr("Väntar på registrering")
            values = [
                row.full_name,
                agency_label(row.agency),
                ", ".join(x for x in roles if x),
                row.os_account or "–",
                row.db_role or "–",
                status,
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def selected(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_staff(self, staff_id: int) -> None:
        for r, row in enumerate(self.rows):
            if row.id == staff_id:
                self.table.selectRow(r)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        usable = row is not None and row.revoked_at is None
        self.code_button.setEnabled(usable)
        self.contact_button.setEnabled(usable)
        self.role_button.setEnabled(usable)
        self.revoke_button.setEnabled(usable and row.id != self.ctx.actor.staff_id)

    def edit_contact(self) -> None:
        """Title, phone and e-mail of the selected staff member (letters print them)."""
        from app.ui.admin.contact_dialog import StaffContactDialog

        row = self.selected()
        if row is None:
            return
        self.contact_dialog = StaffContactDialog(self.ctx, row.id, self)
        self.contact_dialog.finished.connect(self.contact_dialog.deleteLater)
        self.contact_dialog.open()

    def _on_add_button_clicked(self) -> None:
        dialog = AddStaffDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_staff_from(dialog)

    def add_staff_from(self, dialog: AddStaffDialog) -> StaffRow | None:
        try:
            row = profiles.add_staff(
                self.ctx.db,
                self.ctx.actor,
                dialog.name_edit.text(),
                dialog.agency_combo.currentData(),
                caseworker=dialog.caseworker_box.isChecked(),
                admin=dialog.admin_box.isChecked(),
                analyst=dialog.analyst_box.isChecked(),
            )
        except UserError as exc:
            messages.user_error(self, exc)
            return None
        self.reload()
        self.select_staff(row.id)
        return row

    def _on_code_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.enrolled and not messages.confirm(
            self,
            self.tr(
                "{name} är redan registrerad. En ny kod behövs bara vid ny dator eller förlorad "
                "nyckelring. Skapa en ny kod?"
            ).format(name=row.full_name),
        ):
            return
        try:
            ticket = profiles.create_enrollment_code(self.ctx.db, self.ctx.actor, row.id)
        except UserError as exc:
            messages.user_error(self, exc)
            return
        self.show_code(ticket, row.full_name)
        self.reload()

    def show_code(self, ticket: EnrollmentTicket, name: str) -> None:
        CodeDialog(ticket, name, self).exec()

    def _on_revoke_button_clicked(self) -> None:
        row = self.selected()
        if row is None or not messages.confirm(
            self,
            self.tr(
                "Spärra profilen för {name}? Spärren gäller från personens nästa åtgärd och kan "
                "inte ångras här."
            ).format(name=row.full_name),
        ):
            return
        try:
            profiles.revoke_staff(self.ctx.db, self.ctx.actor, row.id)
        except UserError as exc:
            messages.user_error(self, exc)
            return
        self.reload()

    def _on_role_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            role = profiles.provision_role(self.ctx.db, self.ctx.actor, row.id)
        except UserError as exc:
            messages.user_error(self, exc)
            return
        messages.info(self, self.tr("Databasrollen {role} finns nu.").format(role=role))
        self.reload()
