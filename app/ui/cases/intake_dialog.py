"""New case (aktualisering): source, area, parties, children, police reports, incident date.

Keyboard friendly: every field has a mnemonic, Tab moves through the form in reading order,
Enter in a line field does not submit by accident (Ctrl+Enter or the button creates the case).
Errors come from the intake service and are shown under the field they name. A personnummer
that is already a party in an open case is shown as soon as it is typed, with a button to open
that case; going on needs a deliberate tick.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.models.enums import Agency, Area, CaseSource, PartyRole, Protection, Relation
from app.services.cases import case_list as cases
from app.services.cases import intake
from app.services.cases.case_list import OpenCaseHit
from app.services.cases.intake import (
    AddressInput,
    ChildInput,
    DuplicateCaseError,
    IntakeRequest,
    IntakeResult,
    PartyInput,
    party_field,
)
from app.ui import formatting, messages
from app.ui.context import AppContext
from app.ui.dates import QuickDateEdit
from app.ui.labels import label
from app.ui.pickers import StaffCombo
from app.ui.unsaved import UnsavedGuard
from app.vocabulary import checks
from app.vocabulary import fields as F

logger = logging.getLogger(__name__)

ERROR_STYLE = "color: #9b1c1c;"
WARNING_STYLE = "QFrame#duplicateWarning { background: #fff7e6; border: 1px solid #d97706; border-radius: 4px; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("IntakeDialog", text)


def _enum(cls, value):
    """Combo data comes back from Qt as a plain str for a StrEnum member."""
    return None if value is None else cls(value)


class _FieldErrors:
    """Inline error labels under the fields, keyed by the service's field names."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        self.labels[field] = error
        self.widgets[field] = widget
        return box

    def clear(self) -> None:
        for error in self.labels.values():
            error.clear()
            error.hide()

    def show(self, problems: list[UserError]) -> list[UserError]:
        """Put each problem under its field; returns those without a field on the form."""
        rest = []
        texts: dict[str, list[str]] = {}
        for p in problems:
            if p.field in self.labels:
                texts.setdefault(p.field, []).append(p.message())
            else:
                rest.append(p)
        for field, lines in texts.items():
            self.labels[field].setText("\n".join(lines))
            self.labels[field].show()
        first = next((f for f in self.labels if f in texts), None)
        if first is not None:
            self.widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return rest

    def text(self, field: str) -> str:
        return self.labels[field].text() if field in self.labels else ""


class PartyBox(QGroupBox):
    """One side of the case. Unchecked: this side is unknown."""

    number_changed = Signal()

    def __init__(self, role: PartyRole, errors: _FieldErrors, parent=None) -> None:
        title = _tr("&Våldsutsatt") if role is PartyRole.VICTIM else _tr("&Misstänkt våldsutövare")
        super().__init__(title, parent)
        self.role = role
        self.setCheckable(True)
        self.setChecked(True)
        self.first = QLineEdit()
        self.last = QLineEdit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(_tr("ÅÅÅÅMMDD-NNNN"))
        self.number.setToolTip(
            _tr("Personnummer eller samordningsnummer, med eller utan sekel och bindestreck.")
        )
        self.reserve = QCheckBox(_tr("Ge reservnummer (inget nummer känt)"))
        self.reserve.setToolTip(
            _tr(
                "Programmet ger ett tillfälligt reservnummer, R-ÅÅÅÅ-XXXXXX, tills det rätta är känt."
            )
        )
        self.birth_year = QLineEdit()
        self.birth_year.setValidator(QIntValidator(1900, 2100, self))
        self.birth_year.setMaximumWidth(80)
        self.birth_year.setPlaceholderText(_tr("ÅÅÅÅ"))
        self.protection = QComboBox()
        for p in Protection:
            self.protection.addItem(label(p), p)
        self.phone = QLineEdit()
        self.street = QLineEdit()
        self.postal = QLineEdit()
        self.postal.setMaximumWidth(90)
        self.postal.setPlaceholderText(_tr("123 45"))
        self.city = QLineEdit()
        self.address_note = QLabel(
            _tr("Adressen visas inte för andra och skrivs aldrig ut när personen har skydd.")
        )
        self.address_note.setWordWrap(True)
        self.address_note.setStyleSheet("color: #92400e;")
        self.address_note.hide()

        f = lambda what: party_field(role, what)  # noqa: E731
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(_tr("Förnamn"), errors.wrap(f("förnamn"), self.first))
        form.addRow(_tr("Efternamn"), errors.wrap(f("efternamn"), self.last))
        errors.labels[f(F.NAME)] = errors.labels[f("förnamn")]  # "name or number" goes there
        errors.widgets[f(F.NAME)] = self.first
        form.addRow(_tr("Personnummer"), errors.wrap(f(F.PERSONAL_NUMBER), self.number))
        form.addRow("", self.reserve)
        form.addRow(_tr("Födelseår"), errors.wrap(f(F.BIRTH_YEAR), self.birth_year))
        form.addRow(_tr("Skyddade uppgifter"), self.protection)
        form.addRow(_tr("Telefon"), errors.wrap(f(F.PHONE), self.phone))
        form.addRow(_tr("Gatuadress"), errors.wrap(f("gatuadress"), self.street))
        postal_row = QHBoxLayout()
        postal_row.addWidget(errors.wrap(f("postnummer"), self.postal))
        postal_row.addWidget(errors.wrap(f("ort"), self.city), 1)
        form.addRow(_tr("Postnummer, ort"), postal_row)
        form.addRow("", self.address_note)

        self.reserve.toggled.connect(self._reserve_toggled)
        self.number.editingFinished.connect(self.number_changed)
        self.protection.currentIndexChanged.connect(self._protection_changed)

    def _reserve_toggled(self, on: bool) -> None:
        self.number.setEnabled(not on)
        if on:
            self.number.clear()
            self.number_changed.emit()

    def _protection_changed(self) -> None:
        self.address_note.setVisible(self.protection.currentData() != Protection.NONE)

    def value(self) -> PartyInput | None:
        if not self.isChecked():
            return None
        year = self.birth_year.text().strip()
        return PartyInput(
            first_name=self.first.text(),
            last_name=self.last.text(),
            number=self.number.text() if self.number.isEnabled() else "",
            new_reserve_number=self.reserve.isChecked(),
            birth_year=int(year) if year.isdigit() else None,
            protection=_enum(Protection, self.protection.currentData()),
            phone=self.phone.text(),
            address=AddressInput(self.street.text(), self.postal.text(), self.city.text()),
        )


class IntakeDialog(UnsavedGuard, QDialog):
    open_existing = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_case: IntakeResult | None = None
        self.hits: list[OpenCaseHit] = []
        self.setWindowTitle(_tr("Nytt ärende"))
        self.setModal(True)
        self.errors = _FieldErrors()
        errors = self.errors

        # --- the case
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source.addItem(_tr("Välj källa"), None)
        for s in CaseSource:
            self.source.addItem(label(s), s)
        self.opened = QuickDateEdit(QDate.currentDate())
        self.opened.setCalendarPopup(True)
        self.opened.setDisplayFormat("yyyy-MM-dd")
        self.opened.setMaximumDate(QDate.currentDate())
        self.incident = QLineEdit()
        self.incident.setPlaceholderText(_tr("ÅÅÅÅ-MM-DD (lämna tomt om okänt)"))
        self.area = QComboBox()
        self.area.addItem(
            _tr("Inom projektområdet (Södermalm, Gamla stan, Hammarby sjöstad)"), Area.INSIDE
        )
        self.area.addItem(label(Area.OUTSIDE), Area.OUTSIDE)
        self.district = QLineEdit()
        self.district.setPlaceholderText(_tr("Personens eget stadsdelsområde, t.ex. Skärholmen"))
        self.refer = QCheckBox(
            _tr("&Hänvisa till eget stadsdelsområde nu (registreras som hänvisning)")
        )
        self.relation = QComboBox()
        self.relation.addItem(_tr("Okänd"), None)
        for r in Relation:
            self.relation.addItem(label(r), r)
        self.cohabiting = QComboBox()
        for text, value in ((_tr("Okänt"), None), (_tr("Ja"), True), (_tr("Nej"), False)):
            self.cohabiting.addItem(text, value)
        self.reports = QLineEdit()
        self.reports.setPlaceholderText(_tr("5000-K123456-25, flera med komma"))
        self.police = StaffCombo()
        self.social = StaffCombo()
        self._fill_staff(self.police, Agency.POLICE)
        self._fill_staff(self.social, Agency.SOCIAL)
        self.focus = QCheckBox(_tr("&Fokusperson (tas upp på genomgången med IGV)"))

        case_box = QGroupBox(_tr("Ärendet"))
        form = QFormLayout(case_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(
            self._label(_tr("&Källa"), self.source), errors.wrap(intake.F_SOURCE, self.source)
        )
        form.addRow(
            self._label(_tr("S&tartdatum"), self.opened), errors.wrap(intake.F_OPENED, self.opened)
        )
        form.addRow(
            self._label(_tr("Händelse&datum"), self.incident),
            errors.wrap(intake.F_INCIDENT, self.incident),
        )
        form.addRow(self._label(_tr("&Område"), self.area), self.area)
        form.addRow(
            self._label(_tr("Stadsdels&område"), self.district),
            errors.wrap(intake.F_DISTRICT, self.district),
        )
        form.addRow("", self.refer)
        form.addRow(self._label(_tr("&Relation"), self.relation), self.relation)
        form.addRow(self._label(_tr("Bor &tillsammans"), self.cohabiting), self.cohabiting)
        form.addRow(
            self._label(_tr("&Anmälningsnummer"), self.reports),
            errors.wrap(intake.F_REPORTS, self.reports),
        )
        form.addRow(
            self._label(_tr("Ansvarig &polis"), self.police),
            errors.wrap(intake.F_POLICE, self.police),
        )
        form.addRow(
            self._label(_tr("Ansvarig soc&ialsekreterare"), self.social),
            errors.wrap(intake.F_SOCIAL, self.social),
        )
        form.addRow("", self.focus)

        # --- children
        self.children = QTableWidget(0, 2)
        self.children.setAccessibleName(_tr("Barn i hushållet"))
        self.children.setHorizontalHeaderLabels([_tr("Förnamn"), _tr("Födelseår")])
        self.children.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.children.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.children.setColumnWidth(1, 90)
        self.children.verticalHeader().hide()
        self.children.setMinimumHeight(80)
        self.children.setMaximumHeight(120)
        self.add_child = QPushButton(_tr("Lägg till &barn"))
        self.remove_child = QPushButton(_tr("Ta bort barn"))
        children_box = QGroupBox(_tr("Barn i hushållet"))
        cl = QVBoxLayout(children_box)
        cl.addWidget(errors.wrap(intake.F_CHILDREN, self.children))
        cb = QHBoxLayout()
        cb.addWidget(self.add_child)
        cb.addWidget(self.remove_child)
        cb.addStretch(1)
        cl.addLayout(cb)
        self.child_errors = QLabel()
        self.child_errors.setStyleSheet(ERROR_STYLE)
        self.child_errors.setWordWrap(True)
        self.child_errors.hide()
        cl.addWidget(self.child_errors)

        # --- parties
        self.victim = PartyBox(PartyRole.VICTIM, errors)
        self.suspect = PartyBox(PartyRole.SUSPECT, errors)
        self.parties_error = QLabel()
        self.parties_error.setStyleSheet(ERROR_STYLE)
        self.parties_error.hide()
        errors.labels[intake.F_PARTIES] = self.parties_error
        errors.widgets[intake.F_PARTIES] = self.victim

        # --- duplicate warning
        self.duplicate = QFrame()
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setStyleSheet(WARNING_STYLE)
        dl = QVBoxLayout(self.duplicate)
        self.duplicate_text = QLabel()
        self.duplicate_text.setWordWrap(True)
        self.duplicate_open = QPushButton(_tr("Öppna det befintliga ärendet"))
        self.duplicate_confirm = QCheckBox(
            _tr("Jag har sett det öppna ärendet och vill ändå skapa ett &nytt")
        )
        row = QHBoxLayout()
        row.addWidget(self.duplicate_open)
        row.addWidget(self.duplicate_confirm, 1)
        dl.addWidget(self.duplicate_text)
        dl.addLayout(row)
        self.duplicate.hide()

        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(case_box)
        left.addWidget(children_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.victim)
        right.addWidget(self.suspect)
        right.addWidget(self.parties_error)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = QWidget()
        cv = QVBoxLayout(content)
        cv.addWidget(self.duplicate)
        cv.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            _tr("Skapa ärende"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setToolTip(_tr("Ctrl+Enter"))
        self.buttons.addButton(_tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        # No default button: Enter moves to the next field, so a half-typed intake (the victim
        # entered, the suspect not yet) is never created by a stray Enter.
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(1140, 690)  # fits 1366×768 with the title bar and task bar

        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self.submit)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self, self.submit)
        self.area.currentIndexChanged.connect(self._area_changed)
        self.add_child.clicked.connect(self._add_child)
        self.remove_child.clicked.connect(self._remove_child)
        self.victim.number_changed.connect(self.check_duplicates)
        self.suspect.number_changed.connect(self.check_duplicates)
        self.victim.toggled.connect(lambda _on: self.check_duplicates())
        self.suspect.toggled.connect(lambda _on: self.check_duplicates())
        self.duplicate_open.clicked.connect(self._open_duplicate)
        self._area_changed()
        self.source.setFocus()
        self.watch_unsaved(save=self.submit)

    # --- helpers ---------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(buddy)
        return caption

    def _fill_staff(self, combo: StaffCombo, agency: Agency) -> None:
        combo.fill(
            cases.staff_choices(self.ctx.db, self.ctx.actor, agency.value),
            before=[(_tr("Ingen ännu"), None)],
            current=self.ctx.actor.staff_id if self.ctx.actor.agency is agency else None,
        )

    def _area_changed(self) -> None:
        outside = self.area.currentData() == Area.OUTSIDE
        self.district.setEnabled(outside)
        self.refer.setEnabled(outside)
        if not outside:
            self.refer.setChecked(False)

    def _add_child(self) -> None:
        row = self.children.rowCount()
        self.children.insertRow(row)
        self.children.setItem(row, 0, QTableWidgetItem(""))
        self.children.setItem(row, 1, QTableWidgetItem(""))
        self.children.setCurrentCell(row, 0)
        self.children.setFocus()
        self.children.editItem(self.children.item(row, 0))

    def _remove_child(self) -> None:
        row = self.children.currentRow()
        if row >= 0:
            self.children.removeRow(row)

    def _children(self) -> tuple[tuple[ChildInput, ...], list[UserError]]:
        out, problems = [], []
        for row in range(self.children.rowCount()):
            name = (self.children.item(row, 0) or QTableWidgetItem("")).text()
            year_text = (self.children.item(row, 1) or QTableWidgetItem("")).text().strip()
            year = None
            if year_text:
                if not year_text.isdigit():
                    problems.append(
                        UserError(
                            "Fältet {field}: ”{value}” är inget årtal.",
                            field=intake.child_field(row, F.BIRTH_YEAR),
                            value=year_text,
                        )
                    )
                    continue
                year = int(year_text)
            out.append(ChildInput(name, year))
        return tuple(out), problems

    def _incident(self) -> tuple[date | None, list[UserError]]:
        text = self.incident.text().strip()
        if not text:
            return None, []
        try:
            return date.fromisoformat(text), []
        except ValueError:
            return None, [checks.not_a_date(intake.F_INCIDENT, text)]

    def request(self) -> tuple[IntakeRequest, list[UserError]]:
        """The form as an intake request, plus problems the form itself found (dates typed)."""
        incident, p1 = self._incident()
        children, p2 = self._children()
        reports = tuple(t for t in self.reports.text().replace(";", ",").split(",") if t.strip())
        req = IntakeRequest(
            source=_enum(CaseSource, self.source.currentData()),
            area=_enum(Area, self.area.currentData()),
            district=self.district.text() if self.district.isEnabled() else "",
            refer_to_district=self.refer.isChecked(),
            victim=self.victim.value(),
            suspect=self.suspect.value(),
            relation=_enum(Relation, self.relation.currentData()),
            cohabiting=self.cohabiting.currentData(),
            children=children,
            police_reports=reports,
            incident_date=incident,
            opened_on=self.opened.date().toPython(),
            assigned_police_id=self.police.currentData(),
            assigned_social_id=self.social.currentData(),
            focus_person=self.focus.isChecked(),
            allow_open_duplicates=not self.duplicate.isHidden()
            and self.duplicate_confirm.isChecked(),
        )
        return req, p1 + p2

    # --- duplicates ------------------------------------------------------------------------

    def check_duplicates(self) -> None:
        numbers = [
            box.number.text()
            for box in (self.victim, self.suspect)
            if box.isChecked() and box.number.isEnabled() and box.number.text().strip()
        ]
        try:
            hits = cases.find_open_cases_for(self.ctx.db, self.ctx.actor, numbers)
        except UserError as exc:
            messages.user_error(self, exc)
            return
        self._show_hits(hits)

    def _show_hits(self, hits: list[OpenCaseHit]) -> None:
        self.hits = hits
        if not hits:
            self.duplicate.hide()
            self.duplicate_confirm.setChecked(False)
            return
        lines = [
            _tr("{number}: {role}, öppnat {opened}").format(
                number=h.case_number,
                role=label(h.role).lower(),
                opened=formatting.date_text(h.opened_on),
            )
            for h in hits
        ]
        self.duplicate_text.setText(
            _tr("Personnumret finns redan i ett öppet ärende:")
            + "\n"
            + "\n".join(lines)
            + "\n"
            + _tr("Öppna det ärendet, eller bekräfta att ett nytt ärende behövs.")
        )
        self.duplicate_open.setText(_tr("Öppna {number}").format(number=hits[0].case_number))
        self.duplicate.show()

    def _open_duplicate(self) -> None:
        if self.hits:
            self.open_existing.emit(self.hits[0].case_id)
            self.discard()  # a duplicate: the existing case is where the work goes on

    # --- submit ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.submit()
            else:
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        if self.result_case is not None:  # already created (a second click or shortcut)
            return
        self.errors.clear()
        self.general_error.hide()
        self.child_errors.hide()
        req, problems = self.request()
        try:
            if problems:
                # the service's own checks too, so every problem shows at once
                try:
                    intake.validate(req)
                except ValidationError as exc:
                    problems = problems + [
                        p for p in exc.problems if p.field not in {q.field for q in problems}
                    ]
                raise ValidationError(problems)
            self.result_case = intake.create_case(self.ctx.db, self.ctx.actor, req)
        except DuplicateCaseError as exc:
            self._show_hits(exc.hits)
            self.general_error.setText(exc.message())
            self.general_error.show()
            self.duplicate_confirm.setFocus()
            return
        except ValidationError as exc:
            rest = self.errors.show(exc.problems)
            child = [p for p in rest if p.field and p.field.startswith("barn ")]
            rest = [p for p in rest if p not in child]
            if child:
                self.child_errors.setText("\n".join(p.message() for p in child))
                self.child_errors.show()
            summary = _tr("Ärendet är inte skapat. Rätta de markerade fälten ({n} st).").format(
                n=len(exc.problems)
            )
            if rest:
                summary += "\n" + "\n".join(p.message() for p in rest)
            self.general_error.setText(summary)
            self.general_error.show()
            return
        except UserError as exc:
            self.general_error.setText(exc.message())
            self.general_error.show()
            return
        logger.info("intake created case %s", self.result_case.case_id)
        self.accept()
