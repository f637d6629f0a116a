"""The "Översikt" tab: the parties (with protected identity), children, and the legal status
and responsibility of the case, editable (Ctrl+S saves)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConcurrentEditError, UserError, ValidationError
from app.models.enums import Agency, Area, ContactBan, Custody, Investigation, PartyRole
from app.services.cases import case_file, contacts
from app.services.cases.case_file import CaseEdit, CaseFileView, ChildEdit, PartyView
from app.services.core.timeutil import LOCAL_ZONE, as_utc, today_local
from app.ui import formatting, messages
from app.ui.cases import conflict
from app.ui.cases.party_dialog import PartyDialog
from app.ui.cases.widgets import (
    DateField,
    DateTimeField,
    error_label,
    fmt_date,
    left,
    show_error,
)
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.pickers import StaffCombo
from app.vocabulary import fields as F

FIELD_LABELS = {
    "investigation": QT_TRANSLATE_NOOP("OverviewTab", "Förundersökning"),
    "contact_ban": QT_TRANSLATE_NOOP("OverviewTab", "Kontaktförbud"),
    "contact_ban_from": QT_TRANSLATE_NOOP("OverviewTab", "Kontaktförbud från"),
    "contact_ban_to": QT_TRANSLATE_NOOP("OverviewTab", "Kontaktförbud till"),
    "custody": QT_TRANSLATE_NOOP("OverviewTab", "Frihetsberövande"),
    "custody_since": QT_TRANSLATE_NOOP("OverviewTab", "Frihetsberövad från"),
    "custody_until": QT_TRANSLATE_NOOP("OverviewTab", "Släppt / till"),
    "focus_person": QT_TRANSLATE_NOOP("OverviewTab", "Fokusperson"),
    "assigned_police_id": QT_TRANSLATE_NOOP("OverviewTab", "Ansvarig polis"),
    "assigned_social_id": QT_TRANSLATE_NOOP("OverviewTab", "Ansvarig socialsekreterare"),
    "incident_date": QT_TRANSLATE_NOOP("OverviewTab", "Händelsedatum"),
    "has_children": QT_TRANSLATE_NOOP("OverviewTab", "Barn i hushållet"),
    "area": QT_TRANSLATE_NOOP("OverviewTab", "Område"),
    "district": QT_TRANSLATE_NOOP("OverviewTab", "Stadsdel"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTab", text)


class PartyBox(QGroupBox):
    def __init__(self, tab: OverviewTab, party: PartyView) -> None:
        super().__init__(label(party.role))
        self.tab, self.party = tab, party
        grid = QFormLayout(self)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name = QLabel(party.display_name or _tr("(namn saknas)"))
        name.setStyleSheet("font-weight: 600;")
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addRow(_tr("Namn"), name)
        kind = label(party.number_kind)
        grid.addRow(kind, QLabel(party.identity_text or _tr("saknas")))
        if party.protected:
            prot = QLabel(label(party.protection))
            prot.setStyleSheet(
                "background: #5b2a86; color: white; padding: 2px 8px; border-radius: 3px;"
                "font-weight: 600;"
            )
            grid.addRow(_tr("Skydd"), left(prot))
        if party.protected and not tab.view.sees_protected:
            hidden = QLabel(
                _tr("Dold – visas bara för ansvarig polis och socialsekreterare")
                if party.address_hidden
                else _tr("Ingen adress registrerad (skyddade personuppgifter)")
            )
            hidden.setWordWrap(True)
            hidden.setStyleSheet("color: #5b2a86;")
            grid.addRow(_tr("Adress"), hidden)
        else:
            address = QLabel(party.address or _tr("ingen registrerad"))
            address.setWordWrap(True)
            address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addRow(_tr("Adress"), address)
            grid.addRow(_tr("Telefon"), QLabel(party.phone or _tr("ingen registrerad")))
        relation = label(party.relation) if party.relation else _tr("okänd")
        if party.cohabiting is not None:
            relation += _tr(", sammanboende") if party.cohabiting else _tr(", inte sammanboende")
        grid.addRow(_tr("Relation"), QLabel(relation))
        if not party.reachable:
            grid.addRow("", QLabel(_tr("Går inte att nå")))
        if party.role == PartyRole.VICTIM:
            row = QHBoxLayout()
            offered = QLabel(
                fmt_date(party.support_offered_on) if party.support_offered_on else _tr("nej")
            )
            row.addWidget(offered)
            if party.support_offered_on is None:
                self.offer_button = QPushButton(_tr("Erbjöds i dag"))
                self.offer_button.clicked.connect(self.offer_today)
                row.addWidget(self.offer_button)
            row.addStretch(1)
            grid.addRow(_tr("Erbjudits stöd och skydd"), row)
        edit = QPushButton(_tr("Ändra uppgifter…"))
        edit.clicked.connect(self.edit)
        grid.addRow("", left(edit))
        self.edit_button = edit

    def offer_today(self) -> None:
        try:
            contacts.record_offered_support(
                self.tab.ctx.db, self.tab.ctx.actor, self.party.id, today_local()
            )
        except UserError as exc:
            messages.user_error(self, exc)
        self.tab.changed.emit()

    def edit(self) -> None:
        dialog = PartyDialog(self.tab.ctx, self.tab.view, self.party, self)
        self.tab.party_dialog = dialog
        dialog.finished.connect(lambda _r: self.tab.changed.emit())
        dialog.open()


class OverviewTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None
        self.loaded: CaseEdit | None = None
        self.version = 0
        self.party_dialog: PartyDialog | None = None
        staff = case_file.assignable_staff(ctx.db, ctx.actor)

        # --- parties and children (left)
        self.parties_host = QWidget()
        self.parties_layout = QVBoxLayout(self.parties_host)
        self.parties_layout.setContentsMargins(0, 0, 0, 0)
        self.children_box = QGroupBox(self.tr("Barn"))
        self.children_list = QListWidget()
        self.children_list.setMaximumHeight(72)
        self.child_name = QLineEdit()
        self.child_name.setPlaceholderText(self.tr("Förnamn"))
        self.child_year = QSpinBox()
        self.child_year.setRange(today_local().year - 18, today_local().year)
        self.child_year.setValue(today_local().year - 5)
        self.child_add = QPushButton(self.tr("Lägg till barn"))
        self.child_remove = QPushButton(self.tr("Ta bort"))
        self.child_add.clicked.connect(self.add_child)
        self.child_remove.clicked.connect(self.remove_child)
        child_form = QHBoxLayout()
        child_form.addWidget(self.child_name, 1)
        child_form.addWidget(QLabel(self.tr("Född")))
        child_form.addWidget(self.child_year)
        child_form.addWidget(self.child_add)
        child_form.addWidget(self.child_remove)
        self.child_error = error_label()
        cl = QVBoxLayout(self.children_box)
        cl.addWidget(self.children_list)
        cl.addLayout(child_form)
        cl.addWidget(self.child_error)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.parties_host)
        left_layout.addWidget(self.children_box)
        left_layout.addStretch(1)

        # --- legal status and responsibility (right)
        self.reports = QListWidget()
        self.reports.setMaximumHeight(56)
        self.report_number = QLineEdit()
        self.report_number.setPlaceholderText(self.tr("t.ex. 5000-K123456-25"))
        self.report_add = QPushButton(self.tr("Lägg till"))
        self.report_remove = QPushButton(self.tr("Ta bort"))
        self.report_add.clicked.connect(self.add_report)
        self.report_number.returnPressed.connect(self.add_report)
        self.report_remove.clicked.connect(self.remove_report)
        self.investigation = self._combo(Investigation)
        self.ban = self._combo(ContactBan)
        self.ban_from, self.ban_to = DateField(), DateField()
        self.custody = self._combo(Custody)
        self.custody_since, self.custody_until = DateTimeField(), DateTimeField()
        self.incident = DateField()
        self.police = StaffCombo()
        self.social = StaffCombo()
        for combo, agency in ((self.police, Agency.POLICE), (self.social, Agency.SOCIAL)):
            combo.fill(staff, before=[(self.tr("Ingen"), None)], agency=agency)
        self.focus = QCheckBox(self.tr("Fokusperson (presenteras vid genomgången med IGV)"))
        self.children_flag = QCheckBox(self.tr("Barn i hushållet"))
        self.area = self._combo(Area)
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("Egen stadsdel när personen bor utanför"))

        legal = QGroupBox(self.tr("Rättsläge och ansvar"))
        form = QFormLayout(legal)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        report_row = QHBoxLayout()
        report_row.addWidget(self.report_number, 1)
        report_row.addWidget(self.report_add)
        report_row.addWidget(self.report_remove)
        form.addRow(self.tr("Polisanmälningar"), self.reports)
        form.addRow("", report_row)
        form.addRow(self.tr("&Förundersökning"), self.investigation)
        form.addRow(self.tr("&Kontaktförbud"), self.ban)
        form.addRow(self.tr("Gäller"), self._span(self.ban_from, self.ban_to))
        form.addRow(self.tr("F&rihetsberövande"), self.custody)
        form.addRow(
            self.tr("Från / släppt eller till"), self._span(self.custody_since, self.custody_until)
        )
        form.addRow(self.tr("&Händelsedatum"), self.incident)
        form.addRow(self.tr("Ansvarig &polis"), self.police)
        form.addRow(self.tr("Ansvarig &socialsekreterare"), self.social)
        form.addRow(self.tr("&Område"), self.area)
        form.addRow(self.tr("Stadsdel"), self.district)
        form.addRow("", self.focus)
        form.addRow("", self.children_flag)
        self.error = error_label()
        self.save_button = QPushButton(self.tr("Spara (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Ångra ändringar"))
        self.revert_button.clicked.connect(lambda: self._fill(self.loaded))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # "Changed by … at …": the case was saved elsewhere while this form has unsaved edits
        # (a change notice reloaded it underneath). Quiet; the edits stay, the save compares.
        self.changed_banner = QLabel()
        self.changed_banner.setObjectName("changedUnderneath")
        self.changed_banner.setWordWrap(True)
        self.changed_banner.setStyleSheet(
            "background: #fef3c7; color: #92400e; padding: 4px 8px; border-radius: 3px;"
        )
        self.changed_banner.hide()
        right_layout.addWidget(self.changed_banner)
        right_layout.addWidget(legal)
        right_layout.addWidget(self.error)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)

        content = QWidget()
        grid = QGridLayout(content)
        grid.addWidget(left, 0, 0)
        grid.addWidget(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _combo(self, enum_cls) -> QComboBox:
        combo = QComboBox()
        for member in enum_cls:
            combo.addItem(label(member), member)
        return combo

    def _span(self, a: QWidget, b: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(a)
        row.addWidget(QLabel("–"))
        row.addWidget(b)
        row.addStretch(1)
        return row

    # --- showing -------------------------------------------------------------------------

    def show_view(self, view: CaseFileView, *, keep_edits: bool = False) -> None:
        self.view = view
        while self.parties_layout.count():
            item = self.parties_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not view.parties:
            self.parties_layout.addWidget(QLabel(self.tr("Ärendet har inga parter registrerade.")))
        for party in view.parties:
            self.parties_layout.addWidget(PartyBox(self, party))
        self.children_list.clear()
        for child in view.children:
            text = self.tr("{name}, född {year}").format(
                name=child.first_name or self.tr("(namn saknas)"),
                year=child.birth_year or self.tr("okänt år"),
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        if not view.children:
            self.children_list.addItem(self.tr("Inga barn registrerade."))
        self.reports.clear()
        for report in view.legal.police_reports:
            text = report.report_number
            if report.reported_on:
                text += self.tr(" (anmäld {date})").format(date=fmt_date(report.reported_on))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, report.id)
            self.reports.addItem(item)
        if not view.legal.police_reports:
            self.reports.addItem(self.tr("Ingen polisanmälan registrerad."))
        if keep_edits and self.loaded is not None:
            if view.version != self.version:
                self._changed_underneath(view)
            return
        self.changed_banner.hide()
        self.version = view.version
        self.loaded = view.edit()
        self._fill(self.loaded)

    def _changed_underneath(self, view: CaseFileView) -> None:
        """Who saved the case since this form was loaded, and when (the row's own
        updated_by_id / updated_at, the same source as the edit path's conflict message)."""
        local = as_utc(view.updated_at).astimezone(LOCAL_ZONE)
        when = (
            formatting.time_text(local)
            if local.date() == today_local()
            else formatting.datetime_text(local)
        )
        self.changed_banner.setText(
            self.tr("Ändrat av {name} kl. {time}. Dina osparade ändringar finns kvar.").format(
                name=view.updated_by_name or self.tr("okänd"), time=when
            )
        )
        self.changed_banner.show()

    def _fill(self, edit: CaseEdit | None) -> None:
        if edit is None:
            return
        self._set(self.investigation, edit.investigation)
        self._set(self.ban, edit.contact_ban)
        self.ban_from.set_value(edit.contact_ban_from)
        self.ban_to.set_value(edit.contact_ban_to)
        self._set(self.custody, edit.custody)
        self.custody_since.set_value(edit.custody_since)
        self.custody_until.set_value(edit.custody_until)
        self.incident.set_value(edit.incident_date)
        self._set(self.police, edit.assigned_police_id)
        self._set(self.social, edit.assigned_social_id)
        self._set(self.area, edit.area)
        self.district.setText(edit.district or "")
        self.focus.setChecked(edit.focus_person)
        self.children_flag.setChecked(edit.has_children)
        show_error(self.error, None)

    @staticmethod
    def _set(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    # --- editing -------------------------------------------------------------------------

    def edit(self) -> CaseEdit:
        """The form as a CaseEdit; ValidationError naming every unreadable field."""
        problems: list[UserError] = []

        def read(widget, field):
            try:
                return widget.value(field)
            except UserError as exc:
                problems.append(exc)
                return None

        edit = CaseEdit(
            investigation=self.investigation.currentData(),
            contact_ban=self.ban.currentData(),
            contact_ban_from=read(self.ban_from, F.CONTACT_BAN_FROM),
            contact_ban_to=read(self.ban_to, F.CONTACT_BAN_TO),
            custody=self.custody.currentData(),
            custody_since=read(self.custody_since, F.CUSTODY_SINCE),
            custody_until=read(self.custody_until, F.CUSTODY_UNTIL),
            focus_person=self.focus.isChecked(),
            assigned_police_id=self.police.currentData(),
            assigned_social_id=self.social.currentData(),
            incident_date=read(self.incident, F.INCIDENT_DATE),
            has_children=self.children_flag.isChecked(),
            area=self.area.currentData(),
            district=self.district.text().strip() or None,
        )
        if problems:
            raise ValidationError(problems)
        return edit

    def is_dirty(self) -> bool:
        try:
            return self.loaded is not None and self.edit() != self.loaded
        except ValidationError:
            return True

    def save(self) -> bool:
        if self.view is None or self.loaded is None:
            return False
        try:
            edit = self.edit()
            if edit == self.loaded:
                show_error(self.error, None)
                return True
            case_file.update_case(
                self.ctx.db, self.ctx.actor, self.view.id, edit, version=self.version
            )
        except ConcurrentEditError as exc:
            self._conflict(exc)
            return False
        except UserError as exc:
            show_error(self.error, exc)
            return False
        self.loaded = edit
        show_error(self.error, None)
        self.changed.emit()
        return True

    def _conflict(self, exc: ConcurrentEditError) -> None:
        if conflict.ask(self, exc) == conflict.RELOAD:
            self.loaded = None
            self.changed.emit()
            return
        mine = self.edit()
        fresh_view = case_file.load_case(self.ctx.db, self.ctx.actor, self.view.id)
        merged, clashes = case_file.merge_edits(self.loaded, mine, fresh_view.edit())
        self.show_view(fresh_view)  # new version and baseline ...
        self._fill(merged)  # ... with my changes on top
        names = ", ".join(self.tr(FIELD_LABELS[f]) for f in clashes)
        self.error.setText(
            self.tr(
                "Formuläret visar nu den nya versionen med dina ändringar. Båda har ändrat: {fields}. "
                "Kontrollera och spara igen."
            ).format(fields=names)
            if clashes
            else self.tr(
                "Formuläret visar nu den nya versionen med dina ändringar. Kontrollera och spara igen."
            )
        )

    # --- reports and children (each an action of its own) ---------------------------------

    def _run(self, call, error_widget=None) -> bool:
        try:
            call()
        except ConcurrentEditError as exc:
            if conflict.ask(self, exc) == conflict.RELOAD or not self.is_dirty():
                self.changed.emit()
            return False
        except UserError as exc:
            show_error(error_widget or self.error, exc)
            return False
        show_error(error_widget or self.error, None)
        return True

    def add_report(self) -> None:
        if self.view is None:
            return
        number = self.report_number.text()

        def call():
            self.version = case_file.add_police_report(
                self.ctx.db, self.ctx.actor, self.view.id, number, version=self.version
            )

        if self._run(call):
            self.report_number.clear()
            self._after_side_edit()

    def remove_report(self) -> None:
        item = self.reports.currentItem()
        report_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.view is None or report_id is None:
            return

        def call():
            self.version = case_file.remove_police_report(
                self.ctx.db, self.ctx.actor, self.view.id, report_id, version=self.version
            )

        if self._run(call):
            self._after_side_edit()

    def add_child(self) -> None:
        if self.view is None:
            return
        child = ChildEdit(self.child_name.text(), self.child_year.value())

        def call():
            self.version = case_file.add_child(
                self.ctx.db, self.ctx.actor, self.view.id, child, version=self.version
            )

        if self._run(call, self.child_error):
            self.child_name.clear()
            self.children_flag.setChecked(True)
            if self.loaded is not None:
                self.loaded = replace(self.loaded, has_children=True)
            self._after_side_edit()

    def remove_child(self) -> None:
        item = self.children_list.currentItem()
        child_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self.view is None or child_id is None:
            return

        def call():
            self.version = case_file.remove_child(
                self.ctx.db, self.ctx.actor, self.view.id, child_id, version=self.version
            )

        if self._run(call, self.child_error):
            self._after_side_edit()

    def _after_side_edit(self) -> None:
        """A report or child was saved: the case has a new version. Unsaved edits of the legal
        form stay in the form (they are still the user's own), on top of the new version."""
        self.changed.emit()
