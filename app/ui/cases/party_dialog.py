"""Edit a party's details: name, identity number (personnummer, samordningsnummer or reserve
number — or only the birth year), protected identity, phone, address, relation."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConcurrentEditError, UserError
from app.models.enums import Protection, Relation
from app.services.cases import case_file
from app.services.cases.case_file import CaseFileView, PartyEdit, PartyView
from app.ui.cases import conflict
from app.ui.cases.widgets import error_label, show_error
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.unsaved import UnsavedGuard


class PartyDialog(UnsavedGuard, QDialog):
    def __init__(
        self, ctx: AppContext, view: CaseFileView, party: PartyView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.view, self.party = ctx, view, party
        self.version = view.version
        self.person_version = party.person_version
        self.loaded = case_file.party_edit_from(party)
        self.setWindowTitle(self.tr("Uppgifter om {role}").format(role=label(party.role).lower()))
        self.setMinimumWidth(520)

        self.first = QLineEdit(party.first_name or "")
        self.last = QLineEdit(party.last_name or "")
        self.identity = QLineEdit(self.loaded.identity or "")
        self.identity.setPlaceholderText(
            self.tr("ÅÅÅÅMMDD-NNNN, samordningsnummer eller reservnummer (R…)")
        )
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(self.tr("okänt"))
        self.birth_year.setValue(party.birth_year or 0)
        self.protection = QComboBox()
        for p in Protection:
            self.protection.addItem(label(p), p)
        self.protection.setCurrentIndex(self.protection.findData(party.protection))
        self.phone = QLineEdit(party.phone or "")
        self.relation = QComboBox()
        self.relation.addItem(self.tr("Okänd"), None)
        for r in Relation:
            self.relation.addItem(label(r), r)
        self.relation.setCurrentIndex(max(0, self.relation.findData(party.relation)))
        self.cohabiting = QComboBox()
        for text, value in (
            (self.tr("Okänt"), None),
            (self.tr("Ja"), True),
            (self.tr("Nej"), False),
        ):
            self.cohabiting.addItem(text, value)
        self.cohabiting.setCurrentIndex(max(0, self.cohabiting.findData(party.cohabiting)))
        self.reachable = QCheckBox(self.tr("Går att nå"))
        self.reachable.setChecked(party.reachable)
        self.street = QLineEdit()
        self.postal = QLineEdit()
        self.postal.setMaximumWidth(90)
        self.city = QLineEdit()
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        self.hidden = party.protected and not view.sees_protected
        if self.hidden:
            for w in (self.street, self.postal, self.city, self.phone):
                w.setEnabled(False)
            self.address_note.setText(
                self.tr(
                    "Skyddade personuppgifter: adress och telefon visas bara för den polis och "
                    "socialsekreterare som är ansvariga för ärendet."
                )
            )
        else:
            self.address_note.hide()
            self.street.setText(party.street or "")
            self.postal.setText(party.postal_code or "")
            self.city.setText(party.city or "")

        form = QFormLayout()
        form.addRow(self.tr("&Förnamn"), self.first)
        form.addRow(self.tr("&Efternamn"), self.last)
        form.addRow(self.tr("&Personnummer"), self.identity)
        form.addRow(self.tr("Födelse&år (utan nummer)"), self.birth_year)
        form.addRow(self.tr("&Skydd"), self.protection)
        form.addRow(self.tr("&Telefon"), self.phone)
        form.addRow(self.tr("&Gatuadress"), self.street)
        form.addRow(self.tr("Post&nummer"), self.postal)
        form.addRow(self.tr("&Ort"), self.city)
        form.addRow("", self.address_note)
        form.addRow(self.tr("&Relation"), self.relation)
        form.addRow(self.tr("&Sammanboende"), self.cohabiting)
        form.addRow("", self.reachable)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch_unsaved(save=self.save)

    def edit(self) -> PartyEdit:
        keep = self.hidden
        return replace(
            self.loaded,
            first_name=self.first.text(),
            last_name=self.last.text(),
            identity=self.identity.text().strip() or None,
            birth_year=self.birth_year.value() or None,
            protection=self.protection.currentData(),
            phone=self.phone.text() if not keep else self.loaded.phone,
            relation=self.relation.currentData(),
            cohabiting=self.cohabiting.currentData(),
            reachable=self.reachable.isChecked(),
            street=self.street.text(),
            postal_code=self.postal.text(),
            city=self.city.text(),
            keep_address=keep,
        )

    def save(self) -> None:
        try:
            self.version = case_file.update_party(
                self.ctx.db,
                self.ctx.actor,
                self.view.id,
                self.party.id,
                self.edit(),
                version=self.version,
                person_version=self.person_version,
                loaded=self.loaded,
            )
        except ConcurrentEditError as exc:
            if conflict.ask(self, exc) == conflict.RELOAD:
                self.done(2)  # the case file reloads
                return
            fresh = case_file.load_case(self.ctx.db, self.ctx.actor, self.view.id)
            self.version = fresh.version
            mine = next((p for p in fresh.parties if p.id == self.party.id), None)
            if mine is not None:
                self.person_version = mine.person_version
            show_error(
                self.error,
                UserError(
                    "Ärendet har sparats av någon annan. Dina uppgifter finns kvar; spara igen "
                    "för att lägga dem ovanpå den nya versionen."
                ),
            )
            return
        except UserError as exc:
            show_error(self.error, exc)
            return
        self.accept()
