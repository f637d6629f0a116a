"""Min dag: the start page. What is due for me today (or, for a lead, for the team), each row
opening its place: a case file, the calendar on the event's day, the transport on the board.

Rows come from app.services.myday.my_day. Enter or double-click opens a row; F5 reads again.
"Since I last looked" (new cases and tips) is remembered per staff member on this workstation
(QSettings) and moved on by "Markera som sedda".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import Agency, CaseSource, EventKind, Instrument, TransportPurpose
from app.services.core.timeutil import LOCAL_ZONE, as_utc
from app.services.myday import my_day as md
from app.ui import changes, formatting
from app.ui.context import AppContext
from app.ui.labels import agency_label, label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_LOAD_DELAY_MS = 0
CHANGE_COALESCE_MS = 1000


def workstation_settings() -> QSettings:
    """This workstation's remembered view state (an INI file in the user's data folder)."""
    from app import paths

    return QSettings(str(paths.data_dir() / "workstation.ini"), QSettings.Format.IniFormat)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MyDayPage", text)


def _section_title(section: str, team: bool) -> str:
    if team:
        team_titles = {
            md.EVENTS: _tr("Teamets händelser och transporter i dag och i morgon"),
            md.NEW_CASES: _tr("Nya ärenden sedan jag tittade senast"),
            md.REASSESSMENTS: _tr("Riskbedömningar att göra om (teamet)"),
            md.FOLLOW_UPS: _tr("Uppföljningar inom en vecka (teamet)"),
            md.UNRECORDED: _tr("Planerade kontakter som inte är registrerade (teamet)"),
        }
        if section in team_titles:
            return team_titles[section]
    return {
        md.EVENTS: _tr("Mina händelser och transporter i dag och i morgon"),
        md.REQUESTS: _tr("Transporter som väntar på planering"),
        md.NEW_CASES: _tr("Nya ärenden och tips sedan jag tittade senast"),
        md.REASSESSMENTS: _tr("Riskbedömningar att göra om"),
        md.FOLLOW_UPS: _tr("Uppföljningar inom en vecka"),
        md.UNRECORDED: _tr("Planerade kontakter som inte är registrerade"),
    }[section]


def _empty_text(section: str) -> str:
    return {
        md.EVENTS: _tr(
            "Inget inbokat i dag eller i morgon. Nya händelser bokas i Kalender (Ctrl+2)."
        ),
        md.REQUESTS: _tr("Inga transporter väntar på planering."),
        md.NEW_CASES: _tr(
            "Inga nya ärenden eller tips sedan du tittade senast. Alla ärenden finns under "
            "Ärenden (Ctrl+1)."
        ),
        md.REASSESSMENTS: _tr(
            "Ingen riskbedömning i dina ärenden ska göras om i dag. Datumet för nästa "
            "bedömning sätts när en bedömning registreras."
        ),
        md.FOLLOW_UPS: _tr("Inga uppföljningar de närmaste sju dagarna."),
        md.UNRECORDED: _tr(
            "Alla planerade kontakter de senaste 14 dagarna är registrerade som hållna."
        ),
    }[section]


def _when_text(value: datetime | date | None, today: date) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = as_utc(value).astimezone(LOCAL_ZONE)
        day, clock = local.date(), formatting.time_text(local)
        if day == today:
            return _tr("i dag {time}").format(time=clock)
        if day == today + timedelta(days=1):
            return _tr("i morgon {time}").format(time=clock)
        return formatting.datetime_text(local)
    return formatting.date_text(value)


def _detail_text(item: md.DayItem) -> str:
    try:
        if item.section == md.EVENTS or item.section == md.UNRECORDED:
            return label(EventKind(item.detail))
        if item.section == md.REQUESTS:
            return label(TransportPurpose(item.detail))
        if item.section == md.NEW_CASES:
            return label(CaseSource(item.detail))
        if item.section == md.REASSESSMENTS:
            days = item.days or 0
            what = label(Instrument(item.detail))
            if days <= 0:
                return _tr("{what}, i dag").format(what=what)
            return _tr("{what}, försenad {n} d").format(what=what, n=days)
        if item.section == md.FOLLOW_UPS:
            days = item.days or 0
            if days < 0:
                return _tr("försenad {n} d").format(n=-days)
            return _tr("i dag") if days == 0 else _tr("om {n} d").format(n=days)
    except ValueError:
        return item.detail
    return item.detail


class MyDayPage(QWidget):
    # target ("case", "event", "transport"), id, the DayItem
    open_requested = Signal(str, int, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: md.MyDay | None = None
        self.settings = workstation_settings()
        self._key = f"myday/seen/{ctx.actor.staff_id}"

        self.heading = QLabel()
        self.heading.setObjectName("myDayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.team_box = QCheckBox(_tr("Visa &teamet"))
        self.team_box.setToolTip(_tr("Gruppchef: allt som är på tur i hela teamet"))
        self.team_box.setVisible(ctx.actor.is_admin)
        self.team_box.toggled.connect(self.reload)
        self.seen_button = QPushButton(_tr("&Markera nya som sedda"))
        self.seen_button.clicked.connect(self.mark_seen)
        self.refresh_button = QPushButton(_tr("&Uppdatera (F5)"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.team_box)
        top.addWidget(self.seen_button)
        top.addWidget(self.refresh_button)

        self.message = QLabel()
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #4b5563; padding: 12px;")
        self.message.hide()

        self.tree = QTreeWidget()
        self.tree.setObjectName("myDayRows")
        self.tree.setAccessibleName(_tr("Min dag"))
        self.tree.setAccessibleDescription(_tr("Enter eller dubbelklick öppnar"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([_tr("När"), _tr("Vad"), _tr("Ärende"), _tr("Mer")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 330, 140)):
            self.tree.setColumnWidth(column, width)
        self.tree.itemActivated.connect(self._activated)

        self.workload = QTableWidget(0, 5)
        self.workload.setObjectName("workload")
        self.workload.setHorizontalHeaderLabels(
            [
                _tr("Medarbetare"),
                _tr("Myndighet"),
                _tr("Öppna ärenden"),
                _tr("Händelser denna vecka"),
                _tr("Transporter denna vecka"),
            ]
        )
        self.workload.verticalHeader().hide()
        self.workload.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workload.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        wl_header = self.workload.horizontalHeader()
        wl_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        wl_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.workload.verticalHeader().setDefaultSectionSize(24)
        self.workload_box = QWidget()
        wl = QVBoxLayout(self.workload_box)
        wl.setContentsMargins(0, 0, 0, 0)
        wl_title = QLabel(_tr("Arbetsbelastning"))
        wl_title.setStyleSheet("font-weight: 600;")
        wl.addWidget(wl_title)
        wl.addWidget(self.workload)
        self.workload_box.setVisible(ctx.actor.is_admin)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.workload_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence("F5"), self, self.reload).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.setFocusProxy(self.tree)
        # Writes elsewhere (this and other workstations) come in bursts: read once after them.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(CHANGE_COALESCE_MS)
        self._reload_timer.timeout.connect(self.reload)
        changes.follow(
            self,
            ctx.db,
            lambda _batch: self._reload_timer.start(),
            tables=changes.CALENDAR_TABLES | changes.TRANSPORT_TABLES | changes.CASE_TABLES,
        )
        # Read after the page has painted (start-up shows the window first, then the rows); a
        # page built but never shown reads when it is first painted.
        self.heading.setText(_tr("Min dag"))
        self._load_scheduled = False

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().paintEvent(event)
        if not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(FIRST_LOAD_DELAY_MS, self, self._first_load)

    def _first_load(self) -> None:
        if self.result is None:
            self.reload()

    # --- since I last looked ---------------------------------------------------------------

    def seen_since(self) -> datetime | None:
        value = self.settings.value(self._key)
        if not value:
            return None
        try:
            return datetime.fromisoformat(str(value))
        except ValueError:
            return None

    def mark_seen(self) -> None:
        self.settings.setValue(self._key, datetime.now(LOCAL_ZONE).isoformat())
        self.reload()

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        team = self.team_box.isChecked()
        try:
            self.result = md.my_day(self.ctx.db, self.ctx.actor, since=self.seen_since(), team=team)
        except UserError as exc:
            self.result = None
            self.tree.clear()
            self.message.setText(exc.message())
            self.message.show()
            return
        self.message.hide()
        today = self.result.today
        self.heading.setText(
            _tr("Min dag – {day}").format(day=formatting.date_text(today))
            if not team
            else _tr("Teamets dag – {day}").format(day=formatting.date_text(today))
        )
        self._fill(self.result, today)
        if self.ctx.actor.is_admin:
            self._fill_workload()

    def _fill(self, result: md.MyDay, today: date) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        first_row: QTreeWidgetItem | None = None
        for section in md.SECTIONS:
            items = result.items(section)
            head = QTreeWidgetItem(
                [_section_title(section, result.team) + f" ({len(items)})", "", "", ""]
            )
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(0, Qt.ItemDataRole.UserRole, section)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only takes once the item is in the tree
            if not items:
                empty = QTreeWidgetItem([_empty_text(section)])
                empty.setForeground(0, Qt.GlobalColor.darkGray)
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.addChild(empty)
                empty.setFirstColumnSpanned(True)
            for item in items:
                row = QTreeWidgetItem(
                    [
                        _when_text(item.when, today),
                        item.title,
                        item.case_number or "",
                        _detail_text(item),
                    ]
                )
                row.setData(0, ITEM_ROLE, item)
                row.setToolTip(1, _tr("Enter eller dubbelklick öppnar"))
                if section in (md.REASSESSMENTS, md.FOLLOW_UPS) and (item.days or 0) != 0:
                    overdue = (
                        (item.days or 0) > 0
                        if section == md.REASSESSMENTS
                        else ((item.days or 0) < 0)
                    )
                    if overdue:
                        row.setForeground(3, Qt.GlobalColor.darkRed)
                head.addChild(row)
                if first_row is None:
                    first_row = row
            head.setExpanded(True)
        if first_row is not None:
            self.tree.setCurrentItem(first_row)

    def _fill_workload(self) -> None:
        try:
            rows = md.workload(self.ctx.db, self.ctx.actor, today=self.result.today)
        except UserError:
            rows = []
        self.workload.setRowCount(len(rows))
        for r, w in enumerate(rows):
            values = [
                w.full_name,
                agency_label(Agency(w.agency)),
                str(w.open_cases),
                str(w.events_this_week),
                str(w.transports_this_week),
            ]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if c >= 2:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.workload.setItem(r, c, cell)

    # --- opening ---------------------------------------------------------------------------

    def rows(self, section: str) -> list[QTreeWidgetItem]:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head.data(0, Qt.ItemDataRole.UserRole) == section:
                return [
                    head.child(j)
                    for j in range(head.childCount())
                    if head.child(j).data(0, ITEM_ROLE) is not None
                ]
        return []

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item = row.data(0, ITEM_ROLE)
        if isinstance(item, md.DayItem):
            self.open_requested.emit(item.target, item.target_id, item)
