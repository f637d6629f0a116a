"""The event dialog: create or change an event (or one occurrence of a series).

Saving goes through app.services.scheduling.calendar; what it refuses is shown inline:
- bad input: the message under the form and the named field marked;
- a double booking: the clash and the nearest free slots, each a button that moves the event
  there;
- the victim/suspect meeting warning and the contact rule: the warning, and a field for the
  answer that must be filled before saving again (the answer is stored and audited).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.models.enums import EventKind, ResourceKind
from app.services.scheduling import calendar as cal
from app.services.scheduling.clashes import ClashError, MeetingRiskError
from app.services.scheduling.recurrence import TZ, Recurrence, from_rrule, local
from app.ui.calendar.style import WEEKDAYS_SHORT
from app.ui.context import AppContext
from app.ui.dates import QuickDateEdit, QuickDateTimeEdit
from app.ui.labels import label
from app.ui.unsaved import UnsavedGuard
from app.vocabulary import fields as F

ERROR_STYLE = "border: 1px solid #9b1c1c;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventDialog", text)


def to_qdatetime(moment: datetime) -> QDateTime:
    t = local(moment)
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=TZ)


def _checked(widget: QListWidget) -> tuple[int, ...]:
    out = []
    for i in range(widget.count()):
        item = widget.item(i)
        if item.checkState() == Qt.CheckState.Checked:
            out.append(int(item.data(Qt.ItemDataRole.UserRole)))
    return tuple(out)


def _fill(widget: QListWidget, items: list[tuple[int, str]], checked: set[int]) -> None:
    widget.clear()
    for value, text in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


class EventDialog(UnsavedGuard, QDialog):
    """New event (detail=None) or change of an existing one."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        start: datetime,
        end: datetime,
        detail: cal.EventDetail | None = None,
        staff_ids: tuple[int, ...] = (),
        notice: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(_tr("Ny händelse") if detail is None else _tr("Ändra händelse"))
        self.setMinimumWidth(860)

        self.kind = QComboBox()
        for kind in EventKind:
            if kind not in cal.NOT_IN_DIALOG:
                self.kind.addItem(label(kind), kind)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(_tr("Tomt: typen och ärendenumret"))
        self.title_edit.setMaxLength(cal.MAX_TITLE)
        self.start_edit = QuickDateTimeEdit()
        self.end_edit = QuickDateTimeEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(cal.MAX_PLACE)
        self.place_edit.setPlaceholderText(_tr("T.ex. Arresten, Polisstationen Södermalm"))
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(_tr("Ärendenummer, t.ex. IGOR-2026-0012"))
        self.case_status = QLabel()
        self.case_status.setObjectName("hint")
        self.case_status.setWordWrap(True)
        self.case_status.hide()
        self.parties = QListWidget()
        self.parties.setMaximumHeight(64)
        self.staff = QListWidget()
        self.staff.setMinimumHeight(140)
        self.resources = QListWidget()
        self.resources.setMinimumHeight(110)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(_tr("Visas bara för medarbetarna i teamet"))
        self.notes.setMaximumHeight(90)

        # Recurrence.
        self.repeat = QComboBox()
        self.repeat.addItem(_tr("Upprepas inte"), None)
        self.repeat.addItem(_tr("Varje dag"), "daily")
        self.repeat.addItem(_tr("Varje vecka"), "weekly")
        self.repeat.addItem(_tr("Varje månad"), "monthly")
        self.interval = QSpinBox()
        self.interval.setRange(1, 52)
        self.interval.setPrefix(_tr("var "))
        self.weekdays = [
            QCheckBox(QCoreApplication.translate("CalendarGrid", d)) for d in WEEKDAYS_SHORT
        ]
        self.monthly_weekday = QCheckBox(_tr("Samma veckodag (t.ex. första tisdagen)"))
        self.repeat_end = QComboBox()
        self.repeat_end.addItem(_tr("Inget slutdatum"), "none")
        self.repeat_end.addItem(_tr("Till och med"), "until")
        self.repeat_end.addItem(_tr("Antal gånger"), "count")
        self.until_edit = QuickDateEdit()
        self.until_edit.setDisplayFormat("yyyy-MM-dd")
        self.until_edit.setCalendarPopup(True)
        self.count_edit = QSpinBox()
        self.count_edit.setRange(1, 1000)
        self.count_edit.setValue(10)
        self.whole_series = QCheckBox(_tr("Ändra hela serien (annars bara det här tillfället)"))
        self.whole_series.setVisible(False)

        repeat_box = QWidget()
        repeat_grid = QGridLayout(repeat_box)
        repeat_grid.setContentsMargins(0, 0, 0, 0)
        repeat_grid.addWidget(self.repeat, 0, 0)
        repeat_grid.addWidget(self.interval, 0, 1)
        days_row = QHBoxLayout()
        for box in self.weekdays:
            days_row.addWidget(box)
        days_row.addStretch(1)
        repeat_grid.addLayout(days_row, 1, 0, 1, 3)
        repeat_grid.addWidget(self.monthly_weekday, 2, 0, 1, 3)
        end_row = QHBoxLayout()
        end_row.addWidget(self.repeat_end)
        end_row.addWidget(self.until_edit)
        end_row.addWidget(self.count_edit)
        end_row.addStretch(1)
        repeat_grid.addLayout(end_row, 3, 0, 1, 3)
        repeat_grid.addWidget(self.whole_series, 4, 0, 1, 3)

        left = QFormLayout()
        left.addRow(_tr("&Typ"), self.kind)
        left.addRow(_tr("&Rubrik"), self.title_edit)
        left.addRow(_tr("&Start"), self.start_edit)
        left.addRow(_tr("S&lut"), self.end_edit)
        left.addRow(_tr("&Plats"), self.place_edit)
        case_row = QVBoxLayout()
        case_row.setSpacing(2)
        case_row.addWidget(self.case_edit)
        case_row.addWidget(self.case_status)
        case_label = QLabel(_tr("Ä&rende"))
        case_label.setBuddy(self.case_edit)
        left.addRow(case_label, case_row)
        left.addRow(_tr("Parter"), self.parties)
        left.addRow(_tr("&Upprepning"), repeat_box)

        right = QVBoxLayout()
        right.addWidget(QLabel(_tr("Deltagare")))
        right.addWidget(self.staff, 2)
        right.addWidget(QLabel(_tr("Rum och fordon")))
        right.addWidget(self.resources, 1)
        right.addWidget(QLabel(_tr("Anteckning")))
        right.addWidget(self.notes)

        left_box = QVBoxLayout()
        left_box.addLayout(left)
        left_box.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left_box, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        # Messages and answers.
        self.notice = QLabel(notice or "")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.suggestions = QHBoxLayout()
        self.suggestion_box = QWidget()
        self.suggestion_box.setLayout(self.suggestions)
        self.suggestion_box.hide()
        self.meeting_label = QLabel(
            _tr("Svar på varningen – varför ska bokningen ändå göras så? (sparas och loggas)")
        )
        self.meeting_label.setWordWrap(True)
        self.meeting_reason = QPlainTextEdit()
        self.meeting_reason.setMaximumHeight(60)
        self.rule_label = QLabel(
            _tr("Skäl att ändå planera samtalet med den misstänkte (sparas och loggas)")
        )
        self.rule_label.setWordWrap(True)
        self.rule_reason = QPlainTextEdit()
        self.rule_reason.setMaximumHeight(60)
        for w in (self.meeting_label, self.meeting_reason, self.rule_label, self.rule_reason):
            w.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            _tr("Spara"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(_tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(columns)
        layout.addWidget(line)
        layout.addWidget(self.error)
        layout.addWidget(self.suggestion_box)
        layout.addWidget(self.meeting_label)
        layout.addWidget(self.meeting_reason)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.rule_reason)
        layout.addWidget(self.buttons)

        self._fields = {
            F.KIND: self.kind,
            F.TITLE: self.title_edit,
            "start": self.start_edit,
            F.END: self.end_edit,
            F.TIME: self.start_edit,
            F.PLACE: self.place_edit,
            F.CASE: self.case_edit,
            F.PARTIES: self.parties,
            F.PARTICIPANTS: self.staff,
            F.RESOURCES: self.resources,
            F.RECURRENCE: self.repeat,
            F.REPEAT_UNTIL: self.until_edit,
            F.OCCURRENCE_COUNT: self.count_edit,
            F.NOTE: self.notes,
        }
        self._case_id: int | None = None
        self._status(_tr("Ange ett ärendenummer för att kunna välja parter."))
        self._load_choices(detail, staff_ids)
        self.start_edit.setDateTime(to_qdatetime(start))
        self.end_edit.setDateTime(to_qdatetime(end))
        self.until_edit.setDate(self.start_edit.date().addMonths(3))
        if detail is not None:
            self._load_detail(detail)
        self.case_edit.editingFinished.connect(self._case_changed)
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.repeat_end.currentIndexChanged.connect(self._repeat_changed)
        self.whole_series.toggled.connect(self._repeat_changed)
        self.start_edit.dateTimeChanged.connect(self._start_changed)
        self._last_start = self.start_edit.dateTime()
        self._repeat_changed()
        self.kind.setFocus()
        self.watch_unsaved(save=self.save)

    # --- loading ---------------------------------------------------------------------------
    def _load_choices(self, detail, staff_ids) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        chosen_staff = set(detail.staff_ids if detail else staff_ids or (actor.staff_id,))
        _fill(
            self.staff,
            [(s.id, s.full_name) for s in cal.staff_choices(db, actor)],
            chosen_staff,
        )
        chosen_res = set(detail.resource_ids) if detail else set()
        items = []
        for r in cal.resource_choices(db, actor):
            kind = _tr("fordon") if r.kind is ResourceKind.VEHICLE else _tr("rum")
            items.append((r.id, f"{r.name} – {kind}"))
        _fill(self.resources, items, chosen_res)

    def _load_detail(self, d: cal.EventDetail) -> None:
        index = self.kind.findData(d.kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)
        self.title_edit.setText(d.title)
        self.place_edit.setText(d.place or "")
        self.notes.setPlainText(d.notes or "")
        if d.withheld:  # protected identity, no need to know: the service keeps the real values
            why = _tr(
                "Skyddade personuppgifter: rubrik, plats och anteckning visas bara för ärendets "
                "ansvariga och deltagarna."
            )
            for widget in (self.title_edit, self.place_edit, self.notes):
                widget.setReadOnly(True)
                widget.setToolTip(why)
        if d.case_number:
            self.case_edit.setText(d.case_number)
            self._set_case(d.case_id, set(d.party_ids))
        if d.rrule:
            rec = from_rrule(d.rrule, d.recur_until)
            self.repeat.setCurrentIndex(self.repeat.findData(rec.freq))
            self.interval.setValue(rec.interval)
            for i, box in enumerate(self.weekdays):
                box.setChecked(i in rec.weekdays)
            self.monthly_weekday.setChecked(rec.monthly_weekday)
            if rec.until is not None:
                self.repeat_end.setCurrentIndex(self.repeat_end.findData("until"))
                self.until_edit.setDate(QDate(rec.until.year, rec.until.month, rec.until.day))
            if d.occurrence is not None:
                self.whole_series.setVisible(True)
        if d.risk_override_reason:
            self.meeting_reason.setPlainText(d.risk_override_reason)
        if d.rule_override_reason:
            self.rule_reason.setPlainText(d.rule_override_reason)

    def _case_changed(self) -> None:
        text = self.case_edit.text().strip()
        if not text:
            self._set_case(None, set())
            return
        try:
            case_id = cal.find_case(self.ctx.db, self.ctx.actor, text)
        except UserError as exc:
            self._status(exc.message())
            return
        if case_id is None:
            self._case_id = None
            self.parties.clear()
            self._status(_tr("Inget ärende med det numret."))
            self.case_status.setStyleSheet("color: #9b1c1c;")
            return
        self._set_case(case_id, set())

    def _status(self, text: str) -> None:
        self.case_status.setText(text)
        self.case_status.setVisible(bool(text))

    def _set_case(self, case_id: int | None, checked: set[int]) -> None:
        self._case_id = case_id
        self.case_status.setStyleSheet("")
        if case_id is None:
            self.parties.clear()
            self._status(_tr("Ange ett ärendenummer för att kunna välja parter."))
            return
        parties = cal.party_choices(self.ctx.db, self.ctx.actor, case_id)
        items = []
        for p in parties:
            text = f"{label(p.role)}: {p.name or _tr('(namn saknas)')}"
            if p.protected:
                text += " – " + _tr("skyddade personuppgifter")
            items.append((p.id, text))
        _fill(self.parties, items, checked)
        self._status(
            _tr("Kryssa för vem bokningen gäller (för kontaktregeln och mötesvarningen).")
            if parties
            else _tr("Ärendet har inga registrerade parter.")
        )

    def _repeat_changed(self) -> None:
        freq = self.repeat.currentData()
        occurrence_only = self.whole_series.isVisible() and not self.whole_series.isChecked()
        enabled = not occurrence_only
        self.repeat.setEnabled(enabled)
        self.interval.setVisible(freq is not None)
        self.interval.setEnabled(enabled)
        suffix = {"daily": _tr(" dag"), "weekly": _tr(" vecka"), "monthly": _tr(" månad")}
        self.interval.setSuffix(suffix.get(freq, ""))
        for box in self.weekdays:
            box.setVisible(freq == "weekly")
            box.setEnabled(enabled)
        self.monthly_weekday.setVisible(freq == "monthly")
        self.repeat_end.setVisible(freq is not None)
        self.repeat_end.setEnabled(enabled)
        mode = self.repeat_end.currentData()
        self.until_edit.setVisible(freq is not None and mode == "until")
        self.count_edit.setVisible(freq is not None and mode == "count")

    def _start_changed(self, value: QDateTime) -> None:
        """Moving the start keeps the length."""
        delta = self._last_start.secsTo(value)
        self._last_start = value
        self.end_edit.setDateTime(self.end_edit.dateTime().addSecs(delta))

    # --- saving ----------------------------------------------------------------------------
    def _recurrence(self) -> Recurrence | None:
        freq = self.repeat.currentData()
        if freq is None:
            return None
        mode = self.repeat_end.currentData()
        until = None
        if mode == "until":
            q = self.until_edit.date()
            until = date(q.year(), q.month(), q.day())
        return Recurrence(
            freq=freq,
            interval=self.interval.value(),
            weekdays=tuple(i for i, b in enumerate(self.weekdays) if b.isChecked()),
            monthly_weekday=self.monthly_weekday.isChecked(),
            until=until,
            count=self.count_edit.value() if mode == "count" else None,
        )

    def input(self) -> cal.EventInput:
        only_occurrence = (
            self.detail is not None
            and self.detail.occurrence is not None
            and not self.whole_series.isChecked()
        )
        return cal.EventInput(
            kind=self.kind.currentData(),
            starts_at=from_qdatetime(self.start_edit.dateTime()),
            ends_at=from_qdatetime(self.end_edit.dateTime()),
            title=self.title_edit.text(),
            place=self.place_edit.text(),
            case_id=self._case_id,
            party_ids=_checked(self.parties),
            staff_ids=_checked(self.staff),
            resource_ids=_checked(self.resources),
            notes=self.notes.toPlainText(),
            recurrence=None if only_occurrence else self._recurrence(),
            meeting_reason=self.meeting_reason.toPlainText()
            if self.meeting_reason.isVisible()
            else None,
            rule_reason=self.rule_reason.toPlainText() if self.rule_reason.isVisible() else None,
        )

    def _clear_marks(self) -> None:
        for widget in self._fields.values():
            widget.setStyleSheet("")
        self.error.hide()
        self.suggestion_box.hide()
        while self.suggestions.count():
            item = self.suggestions.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def _show_error(self, exc: UserError) -> None:
        self.error.setText(exc.message())
        self.error.show()
        problems = exc.problems if isinstance(exc, ValidationError) else [exc]
        first = None
        for problem in problems:
            widget = self._fields.get(problem.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                first = first or widget
        if first is not None:
            first.setFocus()

    def save(self) -> None:
        self._clear_marks()
        case_text = self.case_edit.text().strip()
        if case_text and self._case_id is None:
            self._case_changed()
        data = self.input()
        db, actor = self.ctx.db, self.ctx.actor
        try:
            if self.detail is None:
                self.saved_id = cal.create_event(db, actor, data)
            elif self.detail.occurrence is not None and not self.whole_series.isChecked():
                self.saved_id = cal.update_event(
                    db,
                    actor,
                    self.detail.id,
                    data,
                    occurrence=self.detail.occurrence,
                    version=self.detail.version,
                )
            else:
                if self.detail.occurrence is not None:  # the whole series: keep its first start
                    shift = data.starts_at - self.detail.starts_at
                    length = data.ends_at - data.starts_at
                    first = self.detail.series_start + shift
                    data = cal.EventInput(
                        **{**data.__dict__, "starts_at": first, "ends_at": first + length}
                    )
                self.saved_id = cal.update_event(
                    db, actor, self.detail.id, data, version=self.detail.version
                )
        except ClashError as exc:
            self._show_error(exc)
            self._offer_slots(exc)
            return
        except MeetingRiskError as exc:
            self._show_error(exc)
            self.meeting_label.show()
            self.meeting_reason.show()
            self.meeting_reason.setFocus()
            return
        except UserError as exc:
            from app.services.cases.contacts import ContactRuleError

            self._show_error(exc)
            if isinstance(exc, ContactRuleError):
                self.rule_label.show()
                self.rule_reason.show()
                self.rule_reason.setFocus()
            return
        self.accept()

    def _offer_slots(self, exc: ClashError) -> None:
        if not exc.slots:
            return
        self.suggestions.addWidget(QLabel(_tr("Flytta till:")))
        for slot in exc.slots:
            button = QPushButton(slot.describe())
            button.clicked.connect(lambda _=False, s=slot: self._use_slot(s.starts_at, s.ends_at))
            self.suggestions.addWidget(button)
        self.suggestions.addStretch(1)
        self.suggestion_box.show()

    def _use_slot(self, start: datetime, end: datetime) -> None:
        self.start_edit.blockSignals(True)
        self.start_edit.setDateTime(to_qdatetime(start))
        self.start_edit.blockSignals(False)
        self._last_start = self.start_edit.dateTime()
        self.end_edit.setDateTime(to_qdatetime(end))
        self._clear_marks()
        self.save_button.setFocus()


def default_span(start: datetime | None = None) -> tuple[datetime, datetime]:
    """A new event's default time: the next quarter hour, one hour long."""
    now = local(start or datetime.now(TZ))
    minute = (now.minute // 15 + 1) * 15
    first = now.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=minute)
    return first, first + timedelta(hours=1)
