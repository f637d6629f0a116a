"""The "Kalender" page: day, week (default) and month views of my own, a colleague's or the
whole team's calendar, with holidays, shifts, events coloured by kind, mouse moves and resizes,
keyboard creation, held → contact, .ics export/import and the printed day list.

Shortcuts: Ctrl+T today; Alt+Vänster/Alt+Höger or PgUp/PgDn previous/next; Alt+D / Alt+K /
Alt+M day/week/month; Ctrl+N new event (Enter on a selected slot too); Enter or F2 edit the
selected event; Delete remove it; Ctrl+G mark it as held; Ctrl+P print the day list.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.scheduling import calendar as cal
from app.services.scheduling import ics
from app.services.scheduling.clashes import ClashError, MeetingRiskError
from app.services.scheduling.days import holidays_between, shift_label, shifts
from app.services.scheduling.recurrence import TZ, local, local_midnight
from app.ui import background, changes, formatting, messages
from app.ui.calendar.event_dialog import EventDialog, default_span
from app.ui.calendar.held_dialog import HeldDialog
from app.ui.calendar.month_grid import MonthGrid, month_days
from app.ui.calendar.style import month_name, weekday_short
from app.ui.calendar.time_grid import TimeGridView
from app.ui.context import AppContext
from app.ui.pickers import StaffCombo

logger = logging.getLogger(__name__)

DAY, WEEK, MONTH = "day", "week", "month"
MINE, TEAM = "mine", "team"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarPage", text)


class CalendarPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = WEEK
        self.anchor: date = datetime.now(TZ).date()
        self.rows: list[cal.EventRow] = []
        self.dialog: QWidget | None = None  # the open dialog (tests reach it here)
        self.file_job: background.Job | None = None  # the last .ics export or import
        self.shifts = shifts(ctx.db, ctx.actor)

        heading = QLabel(_tr("Kalender"))
        heading.setObjectName("pageHeading")
        self.range_label = QLabel()
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.range_label.setFont(font)

        self.today_button = QPushButton(_tr("Idag"))
        self.today_button.setToolTip(_tr("Gå till idag (Ctrl+T)"))
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(_tr("Föregående (Alt+Vänsterpil, PgUp)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(_tr("Nästa (Alt+Högerpil, PgDn)"))
        self.view_buttons = QButtonGroup(self)
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for key, text in ((DAY, _tr("&Dag")), (WEEK, _tr("Vec&ka")), (MONTH, _tr("&Månad"))):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setProperty("mode", key)
            button.setMinimumWidth(64)
            self.view_buttons.addButton(button)
            view_row.addWidget(button)
            if key == WEEK:
                button.setChecked(True)
        self.whose = StaffCombo()
        self.whose.setMinimumWidth(170)
        self.whose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.whose.setMinimumContentsLength(16)
        self.whose.setToolTip(_tr("Visa din egen kalender, en kollegas eller hela teamets"))
        self.whose.fill(
            cal.staff_choices(ctx.db, ctx.actor),
            before=[(_tr("Min kalender"), MINE)],
            exclude=[ctx.actor.staff_id],
            after=[(_tr("Hela teamet"), TEAM)],
        )
        whose_label = QLabel(_tr("&Visa:"))
        whose_label.setBuddy(self.whose)

        # Two rows, so that the page fits a 1280-pixel screen beside the navigation: where
        # (today, back, forward, the period, day/week/month), then what (whose calendar, the
        # event actions, the shift legend and the less used export/import/print in a menu).
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.today_button)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.range_label, 1)
        top.addLayout(view_row)

        self.new_button = QPushButton(_tr("Ny händelse"))
        self.new_button.setToolTip(_tr("Ctrl+N, eller markera en tid och tryck Enter"))
        self.edit_button = QPushButton(_tr("Ändra"))
        self.edit_button.setToolTip(_tr("Ändra den markerade händelsen (Enter, F2)"))
        self.held_button = QPushButton(_tr("Genomförd"))
        self.held_button.setToolTip(
            _tr("Markera som genomförd: registrerar kontakten i ärendet (Ctrl+G)")
        )
        self.delete_button = QPushButton(_tr("Ta bort"))
        self.delete_button.setToolTip(_tr("Ta bort den markerade händelsen (Delete)"))
        self.more_menu = QMenu(self)
        self.export_action = self.more_menu.addAction(_tr("Exportera .ics…"))
        self.export_action.setToolTip(_tr("Spara de visade händelserna som en iCalendar-fil"))
        self.import_action = self.more_menu.addAction(_tr("Importera .ics…"))
        self.import_action.setToolTip(_tr("Läs in händelser från en iCalendar-fil"))
        self.more_menu.addSeparator()
        # The shortcut is the page's own QShortcut below; the tab only shows it in the menu.
        self.print_action = self.more_menu.addAction(_tr("Skriv ut dagslista…") + "\tCtrl+P")
        self.more_menu.setToolTipsVisible(True)
        self.more_button = QPushButton(_tr("Mer"))
        self.more_button.setToolTip(_tr("Exportera och importera .ics, skriv ut dagslista"))
        self.more_button.setMenu(self.more_menu)
        actions = QHBoxLayout()
        actions.addWidget(whose_label)
        actions.addWidget(self.whose)
        actions.addSpacing(12)
        for b in (self.new_button, self.edit_button, self.held_button, self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.legend = QLabel(self._legend_text())
        self.legend.setObjectName("hint")
        self.legend.setToolTip(_tr("Tider utanför dag- och kvällspassen är skuggade"))
        actions.addWidget(self.legend)
        actions.addSpacing(12)
        actions.addWidget(self.more_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.grid = TimeGridView()
        self.month = MonthGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.month)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self.today_button.clicked.connect(self.go_today)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.view_buttons.buttonClicked.connect(lambda b: self.set_mode(b.property("mode")))
        self.whose.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_selected)
        self.held_button.clicked.connect(self.mark_held)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_action.triggered.connect(lambda: self.export_ics())
        self.import_action.triggered.connect(lambda: self.import_ics())
        self.print_action.triggered.connect(lambda: self.print_day_list())
        canvas = self.grid.canvas
        canvas.activated.connect(self._activated)
        canvas.deleteRequested.connect(self.delete_selected)
        canvas.moveRequested.connect(self.move_row)
        canvas.selectionChanged.connect(self._update_buttons)
        self.month.dayActivated.connect(self._open_day)

        for keys, slot in (
            ("Ctrl+T", self.go_today),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("Ctrl+N", self.new_event),
            ("F2", self.edit_selected),
            ("Ctrl+G", self.mark_held),
            ("Ctrl+P", self.print_day_list),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.reload()
        self.grid.scroll_to_hour(7)
        # Bookings, contacts and transports saved anywhere show up here (app.ui.changes).
        changes.follow(self, ctx.db, lambda _batch: self.reload(), tables=changes.CALENDAR_TABLES)
        self._update_buttons()

    # --- what is shown ---------------------------------------------------------------------
    def _legend_text(self) -> str:
        parts = [
            f"{shift_label(s)} {formatting.hour_text(s.starts)}–{formatting.hour_text(s.ends)}"
            for s in self.shifts
        ]
        return _tr("Skuggat: {shifts}").format(shifts=", ".join(parts))

    def staff_filter(self) -> list[int] | None:
        data = self.whose.currentData()
        if data == MINE:
            return [self.ctx.actor.staff_id]
        if data == TEAM:
            return None
        return [int(data)]

    def days(self) -> list[date]:
        if self.mode == DAY:
            return [self.anchor]
        if self.mode == WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return [monday + timedelta(days=i) for i in range(7)]
        return month_days(self.anchor.year, self.anchor.month)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for button in self.view_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.reload()

    def go_today(self) -> None:
        self.anchor = datetime.now(TZ).date()
        self.reload()

    def show_event(self, event_id: int, when: datetime | None, occurrence=None) -> bool:
        """Show the day of an event with the event selected (Min dag opens its rows here).
        Falls back to the whole team's calendar when the event is not in the one shown."""
        if when is not None:
            self.anchor = when.astimezone(TZ).date()
        self.mode = DAY
        for button in self.view_buttons.buttons():
            button.setChecked(button.property("mode") == DAY)
        self.reload()
        found = self._select_event(event_id, occurrence)
        if not found and self.staff_filter() is not None:
            index = self.whose.findData(TEAM)
            if index >= 0:
                self.whose.setCurrentIndex(index)
                self.reload()
                found = self._select_event(event_id, occurrence)
        self.grid.canvas.setFocus()
        return found

    def show_staff(self, staff_id: int) -> None:
        """A colleague's calendar (quick search opens staff here)."""
        index = self.whose.findData(staff_id)
        if index < 0:
            index = self.whose.findData(MINE if staff_id == self.ctx.actor.staff_id else TEAM)
        self.whose.setCurrentIndex(index)
        self.reload()

    def _select_event(self, event_id: int, occurrence) -> bool:
        for row in self.rows:
            if (
                row.source == "event"
                and row.id == event_id
                and (occurrence is None or row.occurrence == occurrence)
            ):
                self.grid.canvas.selected_key = row.key
                self.grid.canvas.selectionChanged.emit()
                self.grid.canvas.update()
                return True
        return False

    def step(self, direction: int) -> None:
        if self.mode == DAY:
            self.anchor += timedelta(days=direction)
        elif self.mode == WEEK:
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def _range_text(self, days: list[date]) -> str:
        if self.mode == MONTH:
            return f"{month_name(self.anchor.month).capitalize()} {self.anchor.year}"
        first, last = days[0], days[-1]
        if self.mode == DAY:
            return f"{weekday_short(first)} {first.day} {month_name(first.month)} {first.year}"
        week = first.isocalendar().week
        if first.month == last.month:
            span = f"{first.day}–{last.day} {month_name(last.month)} {last.year}"
        else:
            span = (
                f"{first.day} {month_name(first.month)} – {last.day} {month_name(last.month)} "
                f"{last.year}"
            )
        return _tr("Vecka {week}, {span}").format(week=week, span=span)

    def reload(self) -> None:
        days = self.days()
        start = local_midnight(days[0])
        end = local_midnight(days[-1] + timedelta(days=1))
        holidays = holidays_between(days[0], days[-1])
        try:
            self.rows = cal.events_between(
                self.ctx.db, self.ctx.actor, start, end, self.staff_filter()
            )
        except UserError as exc:
            self.rows = []
            self.show_message(exc.message(), error=True)
        self.range_label.setText(self._range_text(days))
        if self.mode == MONTH:
            self.month.set_month(self.anchor, holidays, datetime.now(TZ).date())
            self.month.set_rows(self.rows)
            self.stack.setCurrentWidget(self.month)
        else:
            self.grid.set_days(days, holidays)
            self.grid.set_rows(self.rows)
            self.stack.setCurrentWidget(self.grid)
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        if self.rows:
            self.empty.hide()
            return
        period = {
            DAY: _tr("den här dagen"),
            WEEK: _tr("den här veckan"),
            MONTH: _tr("den här månaden"),
        }
        who = self.whose.currentData()
        whose = (
            _tr("i teamet")
            if who == TEAM
            else (_tr("för dig") if who == MINE else _tr("för kollegan"))
        )
        self.empty.setText(
            _tr(
                "Inga bokningar {whose} {period}. Klicka på en tid och tryck Enter, eller tryck "
                "Ctrl+N, för att boka. Dra i en händelse för att flytta den, i nederkanten för att "
                "ändra längden."
            ).format(whose=whose, period=period[self.mode])
        )
        self.empty.show()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        editable = row is not None and row.editable and self.mode != MONTH
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.held_button.setEnabled(editable and not row.held)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: #9b1c1c; background: #fbeaea; padding: 6px;"
            if error
            else "color: #1b4d2b; background: #e8f3ea; padding: 6px;"
        )
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()

    def selected_row(self) -> cal.EventRow | None:
        if self.mode == MONTH:
            return None
        return self.grid.canvas.selected_row()

    # --- actions ---------------------------------------------------------------------------
    def _activated(self) -> None:
        if self.grid.canvas.selected_key is not None:
            self.edit_selected()
        else:
            self.new_event()

    def _open_day(self, day: date) -> None:
        self.anchor = day
        self.set_mode(DAY)

    def _open_dialog(self, dialog: QWidget, on_done) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._dialog_done(dialog, result, on_done))
        dialog.open()

    def _dialog_done(self, dialog, result: int, on_done) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result:
            on_done(dialog)
        self.reload()
        dialog.deleteLater()

    def _default_staff(self) -> tuple[int, ...]:
        chosen = self.staff_filter()
        return tuple(chosen) if chosen else (self.ctx.actor.staff_id,)

    def new_event(self) -> None:
        self.clear_message()
        slot = self.grid.canvas.selected_slot() if self.mode != MONTH else None
        if slot is None:
            base = None
            if self.mode == MONTH and self.month.selected is not None:
                base = datetime.combine(self.month.selected, time(9), TZ)
            elif self.anchor != datetime.now(TZ).date():
                base = datetime.combine(self.anchor, time(9), TZ)
            slot = default_span(base) if base is None else (base, base + timedelta(hours=1))
        dialog = EventDialog(
            self.ctx, self, start=slot[0], end=slot[1], staff_ids=self._default_staff()
        )
        self._open_dialog(dialog, lambda d: self.show_message(_tr("Händelsen sparades.")))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if not row.editable:
            self.show_message(_tr("Transporter planeras och ändras på sidan Transporter."))
            return
        self.clear_message()
        try:
            detail = cal.get_event(self.ctx.db, self.ctx.actor, row.id, row.occurrence)
        except UserError as exc:
            self.show_message(exc.message(), error=True)
            self.reload()
            return
        dialog = EventDialog(
            self.ctx, self, start=detail.starts_at, end=detail.ends_at, detail=detail
        )
        self._open_dialog(dialog, lambda d: self.show_message(_tr("Ändringen sparades.")))

    def move_row(self, row: cal.EventRow, new_start: datetime, new_end: datetime) -> None:
        """A drag or resize by the mouse: saved through the same rules; refused → snaps back."""
        self.clear_message()
        try:
            if new_end - new_start == row.ends_at - row.starts_at:
                cal.move_event(
                    self.ctx.db,
                    self.ctx.actor,
                    row.id,
                    new_start,
                    occurrence=row.occurrence,
                    version=row.version,
                )
            else:
                cal.move_event(
                    self.ctx.db,
                    self.ctx.actor,
                    row.id,
                    new_start,
                    new_end=new_end,
                    occurrence=row.occurrence,
                    version=row.version,
                )
        except ClashError as exc:
            self.show_message(exc.message(), error=True)
        except (MeetingRiskError, UserError) as exc:
            from app.services.cases.contacts import ContactRuleError

            if isinstance(exc, MeetingRiskError | ContactRuleError):
                self._answer_in_dialog(row, new_start, new_end, exc)
                return
            self.show_message(exc.message(), error=True)
        else:
            a, b = local(new_start), local(new_end)
            self.show_message(
                _tr("Flyttad till {day} {start}–{end}.").format(
                    day=f"{weekday_short(a.date())} {formatting.day_month(a)}",
                    start=formatting.time_text(a),
                    end=formatting.time_text(b),
                )
            )
        self.reload()

    def _answer_in_dialog(self, row, new_start, new_end, exc: UserError) -> None:
        """A move that needs an answer (meeting warning, contact rule): the dialog asks."""
        try:
            detail = cal.get_event(self.ctx.db, self.ctx.actor, row.id, row.occurrence)
        except UserError as err:
            self.show_message(err.message(), error=True)
            self.reload()
            return
        dialog = EventDialog(self.ctx, self, start=new_start, end=new_end, detail=detail)
        self.reload()  # the grid snaps back until the answer is given
        self._open_dialog(dialog, lambda d: self.show_message(_tr("Ändringen sparades.")))
        dialog.save()  # shows the warning and the field for the answer
        del exc

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None or not row.editable:
            return
        if row.recurring:
            question = _tr("Ta bort tillfället {when} ur serien ”{title}”?")
        else:
            question = _tr("Ta bort ”{title}” {when}?")
        when = formatting.datetime_text(local(row.starts_at))
        if not messages.confirm(self, question.format(title=row.title, when=when)):
            return
        try:
            cal.delete_event(
                self.ctx.db, self.ctx.actor, row.id, occurrence=row.occurrence, version=row.version
            )
        except UserError as exc:
            self.show_message(exc.message(), error=True)
        else:
            self.show_message(_tr("Händelsen togs bort."))
        self.reload()

    def mark_held(self) -> None:
        row = self.selected_row()
        if row is None or not row.editable or row.held:
            return
        self.clear_message()
        try:
            dialog = HeldDialog(self.ctx, row, self)
        except UserError as exc:
            self.show_message(exc.message(), error=True)
            return

        def done(d: HeldDialog) -> None:
            if d.contact_id is not None:
                self.show_message(
                    _tr("Händelsen är genomförd och registrerad som kontakt i ärendet.")
                )
            else:
                self.show_message(_tr("Händelsen är markerad som genomförd."))

        self._open_dialog(dialog, done)

    # --- files -----------------------------------------------------------------------------
    def view_range(self) -> tuple[datetime, datetime]:
        days = self.days()
        return local_midnight(days[0]), local_midnight(days[-1] + timedelta(days=1))

    def export_ics(self, *, path: str | None = None) -> None:
        start, end = self.view_range()
        include = False
        if any(r.protected for r in self.rows):
            include = messages.confirm(
                self,
                _tr(
                    "Några händelser gäller personer med skyddade personuppgifter. De exporteras "
                    "normalt utan namn, plats och anteckning.\n\nVill du ändå ta med dem?"
                ),
            )
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                _tr("Exportera kalendern"),
                ics.suggested_filename(start),
                _tr("iCalendar (*.ics)"),
            )
        if not path:
            return
        db, actor, staff = self.ctx.db, self.ctx.actor, self.staff_filter()

        def export() -> ics.ExportResult:  # off the UI thread (app.ui.background)
            result = ics.export_ics(db, actor, start, end, staff, include_protected=include)
            Path(path).write_bytes(result.data)
            return result

        self.file_job = background.run(
            self,
            export,
            on_done=lambda result: self.show_message(
                _tr("{n} händelser exporterades till {file}.").format(n=result.events, file=path)
            ),
            on_error=self._file_failed,
            progress=_tr("Exporterar kalendern …"),
        )

    def _file_failed(self, exc: UserError) -> bool:
        self.show_message(exc.message(), error=True)
        return True

    def import_ics(self, *, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, _tr("Importera kalender"), "", _tr("iCalendar (*.ics);;Alla filer (*)")
            )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.show_message(
                _tr("Filen kunde inte läsas: {reason}").format(reason=exc.strerror), error=True
            )
            return

        def imported(result) -> None:
            self.show_message(
                _tr(
                    "{created} händelser importerades; {unchanged} fanns redan och lämnades orörda."
                ).format(created=result.created, unchanged=result.unchanged)
            )
            self.reload()

        self.file_job = background.run(
            self,
            ics.import_ics,
            self.ctx.db,
            self.ctx.actor,
            data,
            on_done=imported,
            on_error=self._file_failed,
            progress=_tr("Importerar kalendern …"),
        )

    def print_day_list(self) -> None:
        from app.ui.calendar.day_list_dialog import DayListDialog

        chosen = self.staff_filter()
        staff_id = chosen[0] if chosen else self.ctx.actor.staff_id
        day = self.anchor
        slot = self.grid.canvas.selected_slot() if self.mode != MONTH else None
        row = self.selected_row()
        if row is not None:
            day = local(row.starts_at).date()
        elif slot is not None:
            day = local(slot[0]).date()
        elif self.mode == MONTH and self.month.selected is not None:
            day = self.month.selected
        try:
            dialog = DayListDialog(self.ctx, staff_id, day, self)
        except UserError as exc:
            self.show_message(exc.message(), error=True)
            return
        self._open_dialog(dialog, lambda d: None)
