"""A staff member's title, phone and e-mail (letters print the sender's). Opened for oneself
(Arkiv → Mina kontaktuppgifter…) or, by a lead, for anyone (Administration → Kontaktuppgifter…).
Errors are shown under the form naming the field; a stale form is refused (edit path)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.services.admin import profiles
from app.ui.context import AppContext
from app.ui.unsaved import UnsavedGuard


class StaffContactDialog(UnsavedGuard, QDialog):
    def __init__(self, ctx: AppContext, staff_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.staff_id = ctx, staff_id
        self.loaded = profiles.get_contact(ctx.db, ctx.actor, staff_id)  # AccessDenied
        self.setWindowTitle(self.tr("Kontaktuppgifter – {name}").format(name=self.loaded.full_name))
        self.title = QLineEdit(self.loaded.title)
        self.title.setMaxLength(200)
        self.phone = QLineEdit(self.loaded.phone)
        self.phone.setMaxLength(40)
        self.email = QLineEdit(self.loaded.email)
        self.email.setMaxLength(200)
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Titel:"), self.title),
            (self.tr("Tele&fon:"), self.phone),
            (self.tr("&E-post:"), self.email),
        ):
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            form.addRow(lbl, widget)
        hint = QLabel(self.tr("Breven skriver ut avsändarens titel, telefon och e-post."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4b5563;")
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.hide()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Spara"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.title.setFocus()
        self.watch_unsaved(save=self.save)

    def save(self) -> None:
        try:
            profiles.update_contact(
                self.ctx.db,
                self.ctx.actor,
                self.staff_id,
                title=self.title.text(),
                phone=self.phone.text(),
                email=self.email.text(),
                version=self.loaded.version,
            )
        except ValidationError as exc:
            self.error.setText("\n".join(p.message() for p in exc.problems))
            self.error.show()
            return
        except UserError as exc:
            self.error.setText(exc.message())
            self.error.show()
            return
        self.accept()
