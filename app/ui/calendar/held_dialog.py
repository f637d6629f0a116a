""" "Markera som genomförd": a held event becomes a recorded contact on its case in one step.
Channel and talk kinds are filled in from the event kind; the user confirms or adjusts them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import TalkKind
from app.services.scheduling import calendar as cal
from app.services.scheduling.calendar import EventRow
from app.services.scheduling.recurrence import local
from app.ui import formatting
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.unsaved import UnsavedGuard


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeldDialog", text)


class HeldDialog(UnsavedGuard, QDialog):
    def __init__(self, ctx: AppContext, row: EventRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.contact_id: int | None = None
        self.setWindowTitle(_tr("Markera som genomförd"))
        self.setMinimumWidth(520)
        self.defaults = cal.held_defaults(ctx.db, ctx.actor, row.id)
        start = local(row.starts_at)
        intro = QLabel(
            _tr("{title}, {when}").format(title=row.title, when=formatting.datetime_text(start))
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.party = QComboBox()
        self.kinds: dict[TalkKind, QCheckBox] = {}
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        if self.defaults.channel is None:
            text = (
                _tr(
                    "Händelsen har inget ärende. Den markeras som genomförd utan att bli en kontakt."
                )
                if self.defaults.needs_case
                else _tr(
                    "Den här typen av händelse blir ingen kontakt; den markeras som genomförd."
                )
            )
            explain = QLabel(text)
            explain.setWordWrap(True)
            layout.addWidget(explain)
        else:
            form.addRow(_tr("Registreras som"), QLabel(label(self.defaults.channel)))
            for p in self.defaults.parties:
                self.party.addItem(f"{label(p.role)}: {p.name or _tr('(namn saknas)')}", p.id)
            if self.defaults.party_id is not None:
                self.party.setCurrentIndex(self.party.findData(self.defaults.party_id))
            form.addRow(_tr("Kontakt med"), self.party)
            kinds_box = QVBoxLayout()
            for kind in TalkKind:
                box = QCheckBox(label(kind))
                box.setChecked(kind in self.defaults.talk_kinds)
                self.kinds[kind] = box
                kinds_box.addWidget(box)
            form.addRow(_tr("Samtalets syfte"), kinds_box)
            form.addRow(_tr("Anteckning"), self.note)
            layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.reason_label = QLabel(_tr("Skäl att ändå registrera kontakten (sparas och loggas)"))
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(60)
        self.reason_label.hide()
        self.reason.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            _tr("Markera som genomförd"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        buttons.addButton(_tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.watch_unsaved(save=self.save)

    def save(self) -> None:
        from app.services.cases.contacts import ContactRuleError

        self.error.hide()
        kinds = [k for k, box in self.kinds.items() if box.isChecked()]
        try:
            self.contact_id = cal.mark_held(
                self.ctx.db,
                self.ctx.actor,
                self.row.id,
                occurrence=self.row.occurrence,
                party_id=self.party.currentData() if self.party.count() else None,
                talk_kinds=kinds if self.kinds else None,
                note=self.note.toPlainText() or None,
                rule_reason=self.reason.toPlainText() if self.reason.isVisible() else None,
                version=self.row.version,
            )
        except UserError as exc:
            self.error.setText(exc.message())
            self.error.show()
            if isinstance(exc, ContactRuleError):
                self.reason_label.show()
                self.reason.show()
                self.reason.setFocus()
            return
        self.accept()
