""" "Ny kontakt": record a contact or failed attempt fast from the keyboard.

Defaults: now, the signed-in staff member (and so their agency), phone, reached, the agency's
usual role text. Before saving it shows how many contacts the person has had lately (the
fatigue figure) and, for the suspect, whether the contact rule is met — if not, the unmet
conditions and a required reason. Ctrl+Enter saves, Escape cancels.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import Channel, PartyRole, TalkKind
from app.services.cases import case_file, contacts
from app.services.cases.case_file import CaseFileView
from app.services.cases.contacts import ContactRow, ContactRuleError, NewContact, RuleStatus
from app.services.core.timeutil import LOCAL_ZONE, as_utc
from app.ui.cases.widgets import contacts_text, error_label, show_error
from app.ui.context import AppContext
from app.ui.dates import QuickDateTimeEdit
from app.ui.labels import label
from app.ui.pickers import StaffCombo
from app.ui.unsaved import UnsavedGuard
from app.vocabulary import checks
from app.vocabulary import fields as F

FATIGUE_WARN_7_DAYS = 3  # from this many contacts in a week the figure is shown in amber


class ContactDialog(UnsavedGuard, QDialog):
    def __init__(
        self,
        ctx: AppContext,
        view: CaseFileView,
        parent: QWidget | None = None,
        *,
        existing: ContactRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.existing = ctx, view, existing
        self.saved_id: int | None = None
        self._rule: RuleStatus | None = None
        self.setWindowTitle(self.tr("Ändra kontakt") if existing else self.tr("Ny kontakt"))
        self.setMinimumWidth(620)

        self.party = QComboBox()
        for p in view.parties:
            name = p.display_name or self.tr("(namn saknas)")
            self.party.addItem(
                self.tr("{name} – {role}").format(name=name, role=label(p.role)), p.id
            )
        self.when = QuickDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.channel = QComboBox()
        for ch in Channel:
            self.channel.addItem(label(ch), ch)
        self.failed = QCheckBox(self.tr("Misslyckat försök (nådde inte fram)"))
        self.staff = StaffCombo()
        self.staff.fill(case_file.assignable_staff(ctx.db, ctx.actor), agency=ctx.actor.agency)
        if self.staff.findData(ctx.actor.staff_id) < 0:
            self.staff.insertItem(0, ctx.actor.full_name, ctx.actor.staff_id)
        self.staff.setCurrentIndex(self.staff.findData(ctx.actor.staff_id))
        self.held_as = QComboBox()
        self.held_as.setEditable(True)
        self.held_as.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.held_as.addItems(contacts.held_as_choices(ctx.actor.agency))
        self.held_as.setMinimumContentsLength(40)
        self.talks: dict[TalkKind, QCheckBox] = {k: QCheckBox(label(k)) for k in TalkKind}
        talk_box = QWidget()
        grid = QGridLayout(talk_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.talks.values()):
            grid.addWidget(box, i // 2, i % 2)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("Anteckningen ägs av din myndighet och visas för den andra bara med samtycke.")
        )
        self.note.setFixedHeight(90)

        self.fatigue = QLabel()
        self.fatigue.setObjectName("fatigue")
        self.fatigue.setWordWrap(True)
        self.rule_box = QFrame()
        self.rule_box.setObjectName("ruleBox")
        self.rule_box.setStyleSheet(
            "QFrame#ruleBox { background: #fff7ed; border: 1px solid #b45309; border-radius: 4px; }"
        )
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        self.rule_text.setTextFormat(Qt.TextFormat.PlainText)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        self.reason.setPlaceholderText(self.tr("Skäl för att ändå kontakta honom (krävs)"))
        rule_layout = QVBoxLayout(self.rule_box)
        rule_layout.addWidget(self.rule_text)
        rule_layout.addWidget(self.reason)
        self.rule_ok = QLabel(
            self.tr(
                "Kontaktregeln är uppfylld: etablerad kontakt med den våldsutsatta, stöd och "
                "skydd erbjudet och ingen öppen bedömning som säger att kontakt äventyrar henne."
            )
        )
        self.rule_ok.setWordWrap(True)
        self.rule_ok.setStyleSheet("color: #2e6b3f;")
        self.rule_ok.hide()
        self.error = error_label()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Part"), self.party)
        form.addRow(self.tr("&Tidpunkt"), self.when)
        form.addRow(self.tr("&Sätt"), self.channel)
        form.addRow("", self.failed)
        form.addRow(self.tr("&Medarbetare"), self.staff)
        form.addRow(self.tr("&Roll"), self.held_as)
        form.addRow(self.tr("Samtalet gällde"), talk_box)
        form.addRow(self.tr("&Anteckning"), self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Spara (Ctrl+Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.fatigue)
        layout.addLayout(form)
        layout.addWidget(self.rule_box)
        layout.addWidget(self.rule_ok)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.save)

        self.party.currentIndexChanged.connect(self._party_changed)
        self.failed.toggled.connect(self._failed_toggled)
        victim = view.party(PartyRole.VICTIM)
        if victim is not None:
            self.party.setCurrentIndex(self.party.findData(victim.id))
        if existing is not None:
            self._fill(existing)
        self._party_changed()
        self.party.setFocus()
        self.watch_unsaved(save=self.save)

    # --- state ---------------------------------------------------------------------------

    def _fill(self, row: ContactRow) -> None:
        self.party.setCurrentIndex(self.party.findData(row.party_id))
        local = as_utc(row.occurred_at).astimezone(LOCAL_ZONE).replace(tzinfo=None)
        self.when.setDateTime(QDateTime(local))
        self.channel.setCurrentIndex(self.channel.findData(row.channel))
        self.failed.setChecked(not row.reached)
        if row.staff_id is not None and self.staff.findData(row.staff_id) >= 0:
            self.staff.setCurrentIndex(self.staff.findData(row.staff_id))
        self.held_as.setEditText(row.held_as or "")
        for kind, box in self.talks.items():
            box.setChecked(kind in row.talk_kinds)
        self.note.setPlainText(row.note or "")
        self.reason.setPlainText(row.rule_override_reason or "")

    def _selected_party(self):
        pid = self.party.currentData()
        return next((p for p in self.view.parties if p.id == pid), None)

    def _party_changed(self) -> None:
        party = self._selected_party()
        if party is None:
            self.fatigue.setText(self.tr("Ärendet har ingen part att registrera kontakt med."))
            self.rule_box.hide()
            self.rule_ok.hide()
            return
        last7, last30 = contacts.contact_counts(self.ctx.db, self.ctx.actor, party.person_id)
        name = party.display_name or label(party.role)
        self.fatigue.setText(
            self.tr("{name}: {n7} senaste 7 dagarna, {n30} senaste 30 (båda myndigheterna)").format(
                name=name, n7=contacts_text(last7), n30=contacts_text(last30)
            )
        )
        warn = last7 >= FATIGUE_WARN_7_DAYS
        self.fatigue.setStyleSheet(
            "QLabel { background: #fde68a; color: #3d2a00; padding: 6px; border-radius: 4px; "
            "font-weight: 600; }"
            if warn
            else "QLabel { background: #eef2f7; padding: 6px; border-radius: 4px; }"
        )
        self._rule = None
        if party.role == PartyRole.SUSPECT:
            self._rule = contacts.contact_rule(self.ctx.db, self.ctx.actor, self.view.id)
        moving_to_suspect = self.existing is None or self.existing.party_id != party.id
        if self._rule is not None and not self._rule.clear and moving_to_suspect:
            self._show_rule(self._rule)
        else:
            self.rule_box.hide()
        self.rule_ok.setVisible(self._rule is not None and self._rule.clear)

    def _show_rule(self, status: RuleStatus) -> None:
        lines = "\n".join(f"• {t}" for t in status.unmet())
        self.rule_text.setText(
            self.tr(
                "Kontaktregeln är inte uppfylld för kontakt med den misstänkte:\n{lines}\n"
                "Du kan gå vidare om du anger ett skäl; skälet sparas och loggas."
            ).format(lines=lines)
        )
        self.rule_box.show()
        self.rule_ok.hide()

    def _failed_toggled(self, failed: bool) -> None:
        for box in self.talks.values():
            box.setEnabled(not failed)
            if failed:
                box.setChecked(False)

    def contact(self) -> NewContact:
        local: datetime = self.when.dateTime().toPython()
        return NewContact(
            case_id=self.view.id,
            party_id=self.party.currentData(),
            occurred_at=as_utc(local.replace(tzinfo=LOCAL_ZONE)),
            channel=self.channel.currentData(),
            reached=not self.failed.isChecked(),
            held_as=self.held_as.currentText(),
            talk_kinds=frozenset(k for k, b in self.talks.items() if b.isChecked()),
            note=self.note.toPlainText(),
            staff_id=self.staff.currentData(),
        )

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.party.currentData() is None:
            return
        reason = self.reason.toPlainText() if self.rule_box.isVisible() else None
        try:
            if self.existing is None:
                self.saved_id = contacts.add_contact(
                    self.ctx.db, self.ctx.actor, self.contact(), override_reason=reason
                )
            else:
                contacts.update_contact(
                    self.ctx.db,
                    self.ctx.actor,
                    self.existing.id,
                    self.contact(),
                    override_reason=reason,
                    version=self.existing.version,
                )
                self.saved_id = self.existing.id
        except ContactRuleError as exc:
            self._show_rule(exc.status)
            show_error(self.error, checks.required(F.REASON))
            self.reason.setFocus()
            return
        except UserError as exc:
            show_error(self.error, exc)
            return
        show_error(self.error, None)
        self.accept()
