"""The "Transporter" page: the transport board (today or this week) with filters, the selected
transport's details and safety check, and the actions of the workflow.

Shortcuts (while the page is shown): Ctrl+N new request, Ctrl+E change request, Ctrl+L plan,
Ctrl+T start, Ctrl+D done, Ctrl+I cancel, Ctrl+P run sheet, F5 refresh, Alt+Left / Alt+Right
previous / next day or week, Alt+Home today, Ctrl+Shift+F the status filter (Ctrl+F is the quick search).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import TransportPurpose, TransportStatus
from app.services.transports import planning as transports
from app.services.transports import run_sheet, safety
from app.services.transports.planning import BoardFilter, TransportRow
from app.ui import background, changes, formatting, messages
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.transports.board_model import (
    COL_ROUTE,
    STATUS_COLOURS,
    TransportBoardModel,
    travellers_text,
    when_text,
)
from app.ui.transports.dialogs import CancelDialog, RunSheetDialog
from app.ui.transports.plan_dialog import PlanDialog
from app.ui.transports.request_dialog import RequestDialog
from app.ui.transports.widgets import SafetyPanel

logger = logging.getLogger(__name__)
S = TransportStatus
ACTIVE = (S.REQUESTED, S.PLANNED, S.UNDER_WAY)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportsPage", text)


class TransportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sheet_job: background.Job | None = None
        self.day: date = transports.today()
        self.week_mode = False
        self.rows: list[TransportRow] = []
        self.is_police = ctx.actor.agency.value == "police"
        self._shown_once = False

        heading = QLabel(_tr("Transporter"))
        heading.setObjectName("pageHeading")

        # --- period
        self.today_button = QPushButton(_tr("Idag"))
        self.today_button.setCheckable(True)
        self.week_button = QPushButton(_tr("Veckan"))
        self.week_button.setCheckable(True)
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.today_button)
        group.addButton(self.week_button)
        self.today_button.setChecked(True)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(_tr("Föregående (Alt+Vänster)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(_tr("Nästa (Alt+Höger)"))
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.period_label.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.period_label.setMinimumWidth(260)

        # --- filters
        self.status_filter = QComboBox()
        self.status_filter.addItem(_tr("Alla statusar"), None)
        self.status_filter.addItem(_tr("Ej avslutade"), "active")
        for status in S:
            self.status_filter.addItem(label(status), status)
        self.vehicle_filter = QComboBox()
        self.vehicle_filter.addItem(_tr("Alla fordon"), None)
        self.crew_filter = QComboBox()
        self.crew_filter.addItem(_tr("Hela besättningen"), None)
        self.purpose_filter = QComboBox()
        self.purpose_filter.addItem(_tr("Alla syften"), None)
        for purpose in TransportPurpose:
            self.purpose_filter.addItem(label(purpose), purpose)
        try:
            for v in transports.vehicles(ctx.db, ctx.actor):
                self.vehicle_filter.addItem(v.name, v.id)
            for o in transports.officers(ctx.db, ctx.actor):
                self.crew_filter.addItem(o.name, o.id)
        except UserError as exc:
            logger.info("transport filters unavailable: %s", type(exc).__name__)
        self.crew_filter.setToolTip(
            _tr("Visa transporter där den här polisen ingår i besättningen")
        )

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(self.today_button)
        top.addWidget(self.week_button)
        top.addWidget(self.prev_button)
        top.addWidget(self.next_button)
        top.addWidget(self.period_label)
        top.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(_tr("Filter:")))
        for combo in (
            self.status_filter,
            self.vehicle_filter,
            self.crew_filter,
            self.purpose_filter,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.count_label = QLabel()
        filters.addWidget(self.count_label)

        # --- actions
        self.new_button = QPushButton(_tr("Ny begäran…"))
        self.edit_button = QPushButton(_tr("Ändra…"))
        self.plan_button = QPushButton(_tr("Planera…"))
        self.start_button = QPushButton(_tr("Starta"))
        self.done_button = QPushButton(_tr("Genomförd"))
        self.cancel_button = QPushButton(_tr("Ställ in…"))
        self.sheet_button = QPushButton(_tr("Körorder…"))
        actions = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.plan_button,
            self.start_button,
            self.done_button,
            self.cancel_button,
            self.sheet_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        legend = QLabel(self._legend())
        legend.setTextFormat(Qt.TextFormat.RichText)
        actions.addWidget(legend)

        # --- the board
        self.model = TransportBoardModel(self)
        self.table = QTableView()
        self.table.setObjectName("transportBoard")
        self.table.setAccessibleName(_tr("Transporter"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = (92, 198, 150, 112, 0, 80, 205)
        for column, width in enumerate(widths):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(COL_ROUTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        lines = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * lines + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 40px;")
        self.board_stack = QStackedWidget()
        self.board_stack.addWidget(self.table)
        self.board_stack.addWidget(self.empty)

        # --- details of the selected transport
        self.details = QLabel()
        self.details.setObjectName("transportDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel = SafetyPanel()
        self.panel.setMinimumWidth(420)
        details_frame = QFrame()
        details_frame.setObjectName("detailsFrame")
        details_frame.setFrameShape(QFrame.Shape.StyledPanel)
        details_layout = QVBoxLayout(details_frame)
        details_title = QLabel(_tr("Transporten"))
        details_title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        details_layout.addWidget(details_title)
        details_layout.addWidget(self.details, 1)
        bottom = QWidget()
        self.bottom = bottom
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.panel, 1)
        bottom_layout.addWidget(details_frame, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.board_stack)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 260])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

        # --- wiring
        self.today_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        for combo in (
            self.status_filter,
            self.vehicle_filter,
            self.crew_filter,
            self.purpose_filter,
        ):
            combo.currentIndexChanged.connect(self.reload)
        self.new_button.clicked.connect(self.new_request)
        self.edit_button.clicked.connect(self.edit_request)
        self.plan_button.clicked.connect(self.plan_selected)
        self.start_button.clicked.connect(lambda: self.change_status(S.UNDER_WAY))
        self.done_button.clicked.connect(lambda: self.change_status(S.DONE))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.sheet_button.clicked.connect(self.print_run_sheet)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Enter or a double click: plan (police) or open the request.
        self.table.activated.connect(self._double_clicked)
        # Analysts see statistics only: the board says so, and nothing can be requested.
        self.new_button.setEnabled(ctx.actor.is_caseworker or ctx.actor.is_admin)
        self._install_shortcuts()
        self.reload()
        # Saved anywhere: reload while shown (showEvent reloads a page that was hidden).
        changes.bridge_for(ctx.db).changed.connect(self._on_changes)

    def _on_changes(self, batch) -> None:
        if self.isVisible() and changes.touches(batch, changes.TRANSPORT_TABLES):
            self.reload()

    # --- shortcuts

    def _install_shortcuts(self) -> None:
        self.shortcut_actions: list[QAction] = []
        table = (
            ("Ctrl+N", self.new_request, self.new_button),
            ("Ctrl+E", self.edit_request, self.edit_button),
            ("Ctrl+L", self.plan_selected, self.plan_button),
            ("Ctrl+T", lambda: self.change_status(S.UNDER_WAY), self.start_button),
            ("Ctrl+D", lambda: self.change_status(S.DONE), self.done_button),
            ("Ctrl+I", self.cancel_selected, self.cancel_button),
            ("Ctrl+P", self.print_run_sheet, self.sheet_button),
            ("F5", self.reload, None),
            ("Alt+Left", lambda: self.step(-1), None),
            ("Alt+Right", lambda: self.step(1), None),
            ("Alt+Home", self.go_today, None),
            ("Ctrl+Shift+F", self.status_filter.setFocus, None),  # Ctrl+F: quick search
        )
        for keys, slot, button in table:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            # Window-wide while the page is shown; disabled when another page is (showEvent).
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, f=slot: f())
            action.setEnabled(False)
            self.addAction(action)
            self.shortcut_actions.append(action)
            if button is not None:
                button.setToolTip(
                    button.text().rstrip("…")
                    + " ("
                    + QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                    + ")"
                )

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        for action in self.shortcut_actions:
            action.setEnabled(True)
        if self._shown_once:
            self.reload()  # others may have planned or cancelled since the page was last shown
        self._shown_once = True
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        for action in self.shortcut_actions:
            action.setEnabled(False)
        super().hideEvent(event)

    # --- period and filters

    def set_week_mode(self, week: bool) -> None:
        self.week_mode = week
        (self.week_button if week else self.today_button).setChecked(True)
        self.reload()

    def step(self, direction: int) -> None:
        self.day += timedelta(days=7 * direction if self.week_mode else direction)
        self.reload()

    def go_today(self) -> None:
        self.day = transports.today()
        self.reload()

    def set_day(self, day: date, *, week: bool | None = None) -> None:
        self.day = day
        if week is not None:
            self.week_mode = week
            (self.week_button if week else self.today_button).setChecked(True)
        self.reload()

    def filters(self) -> BoardFilter:
        status = self.status_filter.currentData()
        statuses: tuple[S, ...] = ()
        if status == "active":
            statuses, status = ACTIVE, None
        return BoardFilter(
            status=status,
            statuses=statuses,
            vehicle_id=self.vehicle_filter.currentData(),
            crew_id=self.crew_filter.currentData(),
            purpose=self.purpose_filter.currentData(),
        )

    def _period_text(self) -> str:
        d = self.day
        if not self.week_mode:
            prefix = _tr("Idag") + ", " if d == transports.today() else ""
            return prefix + _tr("{day} {month} {year}").format(
                day=d.day, month=formatting.month_name(d.month), year=d.year
            )
        monday = d - timedelta(days=d.weekday())
        sunday = monday + timedelta(days=6)
        return _tr("Vecka {week}: {a} – {b}").format(
            week=d.isocalendar()[1],
            a=f"{monday.day} {formatting.month_name(monday.month)}",
            b=f"{sunday.day} {formatting.month_name(sunday.month)} {sunday.year}",
        )

    def reload(self) -> None:
        selected = self.selected()
        self.period_label.setText(self._period_text())
        try:
            if self.week_mode:
                rows = transports.board_week(self.ctx.db, self.ctx.actor, self.day, self.filters())
            else:
                rows = transports.board_day(self.ctx.db, self.ctx.actor, self.day, self.filters())
        except UserError as exc:
            rows = []
            self.empty.setText(exc.message())
            self.board_stack.setCurrentWidget(self.empty)
            self.bottom.setVisible(False)
            self.model.set_rows([])
            self._selection_changed()
            return
        self.rows = rows
        with changes.keeping_view(self.table):  # the scroll position (the selection: below)
            self.model.set_rows(rows)
        self.count_label.setText(self._counts(rows))
        self.bottom.setVisible(bool(rows))
        if rows:
            self.board_stack.setCurrentWidget(self.table)
            index = self.model.index_of(selected.id) if selected else QModelIndex()
            self.table.selectRow(index.row() if index.isValid() else 0)
        else:
            self.empty.setText(self._empty_text())
            self.board_stack.setCurrentWidget(self.empty)
        self._selection_changed()

    def _counts(self, rows: list[TransportRow]) -> str:
        if not rows:
            return ""
        waiting = sum(1 for r in rows if r.status is S.REQUESTED)
        text = _tr("1 transport") if len(rows) == 1 else _tr("{n} transporter").format(n=len(rows))
        if waiting:
            text += " · " + _tr("{n} väntar på planering").format(n=waiting)
        return text

    def _empty_text(self) -> str:
        f = self.filters()
        filtered = any(
            v is not None for v in (f.status, f.vehicle_id, f.crew_id, f.purpose)
        ) or bool(f.statuses)
        period = _tr("den här veckan") if self.week_mode else _tr("den här dagen")
        if filtered:
            return _tr(
                "Inga transporter {period} med de valda filtren.\nÄndra filtren ovan eller "
                "visa en annan period med Alt+Vänster / Alt+Höger."
            ).format(period=period)
        return _tr(
            "Inga transporter {period}.\n\nBehövs en säker transport? Välj ”Ny begäran…” "
            "(Ctrl+N).\nPolisen planerar den sedan med fordon och besättning."
        ).format(period=period)

    @staticmethod
    def _legend() -> str:
        parts = []
        for status in S:
            bg, fg = STATUS_COLOURS[status]
            parts.append(
                f"<span style='background:{bg}; color:{fg}; font-weight:bold'>&nbsp;{label(status)}&nbsp;</span>"
            )
        return " ".join(parts)

    # --- selection

    def selected(self) -> TransportRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(indexes[0]) if indexes else None

    def show_transport(self, transport_id: int, when=None) -> None:
        """Show a transport on the board (Min dag opens its rows here): its day, all statuses,
        the row selected."""
        from app.services.scheduling.recurrence import TZ

        self.status_filter.setCurrentIndex(0)
        day = when.astimezone(TZ).date() if when is not None else self.day
        self.set_day(day, week=False)
        self.select_transport(transport_id)
        self.table.setFocus()

    def select_transport(self, transport_id: int) -> None:
        index = self.model.index_of(transport_id)
        if index.isValid():
            self.table.selectRow(index.row())

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        status = row.status if row else None
        targets = transports.allowed_targets(status) if status else frozenset()
        police = self.is_police
        self.edit_button.setEnabled(
            bool(row and row.has_need and status in (S.REQUESTED, S.PLANNED))
        )
        self.plan_button.setEnabled(bool(row and police and S.PLANNED in targets))
        self.start_button.setEnabled(bool(row and police and S.UNDER_WAY in targets))
        self.done_button.setEnabled(bool(row and police and S.DONE in targets))
        may_cancel = police or bool(row and row.requested_by_id == self.ctx.actor.staff_id)
        self.cancel_button.setEnabled(bool(row and may_cancel and S.CANCELLED in targets))
        self.sheet_button.setEnabled(
            bool(row and police and row.has_need and status in (S.PLANNED, S.UNDER_WAY))
        )
        self._show_details(row)

    def _show_details(self, row: TransportRow | None) -> None:
        if row is None:
            self.panel.show_check(
                None, _tr("Välj en transport i listan för att se säkerhetskontrollen.")
            )
            self.details.setText("")
            return
        try:
            self.panel.show_check(
                transports.safety_check(self.ctx.db, self.ctx.actor, row.id), status=row.status
            )
        except UserError as exc:
            self.panel.show_check(None, exc.message())
        import html

        def line(title: str, value: str) -> str:
            return f"<tr><td style='color:#555; padding-right:8px'>{html.escape(title)}</td><td>{html.escape(value)}</td></tr>"

        masked_note = _tr("(visas för beställaren, besättningen och ärendets handläggare)")
        pickup = (_tr(row.pickup) + " " + masked_note) if row.pickup_masked else row.pickup
        destination = _tr(row.destination) if row.destination_masked else row.destination
        rows = [
            line(_tr("Ärende"), row.case_number),
            line(_tr("Status"), label(row.status)),
            line(_tr("Syfte"), label(row.purpose)),
            line(_tr("Tid"), when_text(row)),
            line(
                _tr("Önskat"),
                f"{safety.local_text(row.earliest_at)} – {safety.local_text(row.latest_at)}",
            ),
            line(_tr("Upphämtning"), pickup),
            line(_tr("Destination"), destination),
            line(_tr("Resenärer"), travellers_text(row) or "–"),
            line(_tr("Fordon"), row.vehicle_name or "–"),
            line(_tr("Besättning"), ", ".join(c.name for c in row.crew) or "–"),
            line(_tr("Beställd av"), row.requested_by or "–"),
        ]
        if row.has_need:
            rows.append(line(_tr("Kontakttelefon"), row.contact_phone or "–"))
            if row.notes:
                rows.append(line(_tr("Anteckning"), row.notes))
        if row.safety_notes:
            rows.append(line(_tr("Säkerhetsanteckning"), row.safety_notes))
        if row.cancel_reason:
            rows.append(line(_tr("Anledning till inställd"), row.cancel_reason))
        self.details.setText("<table>" + "".join(rows) + "</table>")

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is None:
            return
        if self.plan_button.isEnabled():
            self.plan_selected()
        elif self.edit_button.isEnabled():
            self.edit_request()

    # --- actions

    def _after_save(self, row: TransportRow | None) -> None:
        if row is None:
            return
        # Show the saved transport: jump to its day if it is outside the period on screen.
        day = safety.local(row.sort_time).date()
        if self.week_mode:
            monday = self.day - timedelta(days=self.day.weekday())
            inside = monday <= day < monday + timedelta(days=7)
        else:
            inside = day == self.day
        if not inside:
            self.day = day
        self.reload()
        self.select_transport(row.id)

    def new_request(self) -> None:
        if not self.new_button.isEnabled():
            return
        dialog = RequestDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_save(dialog.result_row)

    def edit_request(self) -> None:
        row = self.selected()
        if row is None or not self.edit_button.isEnabled():
            return
        dialog = RequestDialog(self.ctx, self, row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_save(dialog.result_row)

    def plan_selected(self) -> None:
        row = self.selected()
        if row is None or not self.plan_button.isEnabled():
            return
        dialog = PlanDialog(self.ctx, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_save(dialog.result_row)

    def change_status(self, target: S) -> None:
        row = self.selected()
        button = self.start_button if target is S.UNDER_WAY else self.done_button
        if row is None or not button.isEnabled():
            return
        try:
            saved = transports.change_status(
                self.ctx.db, self.ctx.actor, row.id, target, version=row.version
            )
        except UserError as exc:
            messages.user_error(self, exc)
            self.reload()
            return
        self._after_save(saved)

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None or not self.cancel_button.isEnabled():
            return
        dialog = CancelDialog(self.ctx, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_save(dialog.result_row)

    def print_run_sheet(self) -> None:
        row = self.selected()
        if row is None or not self.sheet_button.isEnabled():
            return
        self.sheet_job = background.run(  # the PDF is made off the UI thread
            self,
            run_sheet.generate,
            self.ctx.db,
            self.ctx.actor,
            row.id,
            on_done=lambda sheet: RunSheetDialog(self.ctx, sheet, self).exec(),
            progress=_tr("Skapar körordern …"),
        )
