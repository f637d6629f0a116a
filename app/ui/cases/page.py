"""The "Ärenden" page: the case list (filters, search, sortable lazily fed table) in the first
tab, and one closable tab per opened case file.

Shortcuts: Ctrl+F search, Ctrl+N new case, Enter / double-click opens the selected case,
Ctrl+W closes the current case tab.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.enums import Area, CaseSource, CaseStatus
from app.services.cases import case_list as cases
from app.services.cases.case_list import UNASSIGNED, CaseQuery, SearchKind
from app.ui import changes, messages, unsaved
from app.ui.cases.list_model import CASE_ID_ROLE, COLUMN_OF_SORT, COLUMNS, CaseListModel
from app.ui.context import AppContext
from app.ui.labels import label
from app.ui.pickers import StaffCombo

logger = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
_ALL = object()  # combo data: no filter


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasesPage", text)


# Initial column widths: the width of a typical value (the names share what is left).
_SAMPLES = {
    "number": "IGOR-2026-00000",
    "status": "Avslutat",
    "police": "Mikael Sandberg",
    "social": "Mikael Sandberg",
    "area": "Utanför (Solna)",
    "source": "Allmänheten",
    "focus": "Fokus",
    "children": "Nej",
    "days_since_contact": "000",
    "opened": "2026-12-01",
}
_STRETCH = ("victim", "suspect")


class CaseListTab(QWidget):
    """The filter bar, search field, table, count and empty state."""

    open_requested = Signal(int)
    new_case_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = CaseListModel(ctx.db, ctx.actor, self)

        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            _tr("Sök på namn, personnummer, ärendenummer eller anmälningsnummer (Ctrl+F)")
        )
        self.new_button = QPushButton(_tr("Nytt ärende"))
        self.new_button.setToolTip(_tr("Registrera ett nytt ärende (Ctrl+N)"))

        self.status_filter = self._combo(
            [(_tr("Öppna"), CaseStatus.OPEN), (_tr("Avslutade"), CaseStatus.CLOSED)],
            all_text=_tr("Alla"),
            current=1,
        )
        police = cases.staff_choices(ctx.db, ctx.actor, "police")
        social = cases.staff_choices(ctx.db, ctx.actor, "social")
        self.police_filter = self._staff_combo(police)
        self.social_filter = self._staff_combo(social)
        self.area_filter = self._combo(
            [(label(Area.INSIDE), Area.INSIDE), (_tr("Utanför"), Area.OUTSIDE)],
            all_text=_tr("Alla"),
        )
        self.source_filter = self._combo([(label(s), s) for s in CaseSource], all_text=_tr("Alla"))
        self.focus_filter = self._combo(
            [(_tr("Fokuspersoner"), True), (_tr("Inte fokus"), False)], all_text=_tr("Alla")
        )
        self.children_filter = self._combo(
            [(_tr("Med barn"), True), (_tr("Utan barn"), False)], all_text=_tr("Alla")
        )
        self.days_filter = QSpinBox()
        self.days_filter.setRange(0, 999)
        self.days_filter.setSpecialValueText(_tr("(inget filter)"))
        self.days_filter.setSuffix(_tr(" dagar"))
        self.days_filter.setToolTip(
            _tr("Visa ärenden där senaste kontakten var minst så många dagar sedan.")
        )
        self.reset_button = QPushButton(_tr("Rensa filter"))

        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        pairs = (
            (_tr("&Status"), self.status_filter),
            (_tr("&Polis"), self.police_filter),
            (_tr("S&ocialsekreterare"), self.social_filter),
            (_tr("Områ&de"), self.area_filter),
            (_tr("&Källa"), self.source_filter),
            (_tr("Fok&us"), self.focus_filter),
            (_tr("&Barn"), self.children_filter),
            (_tr("Ingen kontakt &på minst"), self.days_filter),
        )
        for i, (caption_text, widget) in enumerate(pairs):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            row, col = divmod(i, 4)
            filters.addWidget(caption, row, col * 2, Qt.AlignmentFlag.AlignRight)
            filters.addWidget(widget, row, col * 2 + 1)
            widget.setMinimumWidth(150)
        filters.addWidget(self.reset_button, 1, 8)
        filters.setColumnStretch(9, 1)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(_tr("Ärendelista"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        cell = self.table.fontMetrics()
        heading = header.fontMetrics()
        for i, (_, sort) in enumerate(COLUMNS):
            if sort.value in _STRETCH:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                continue
            title = self.model.headerData(i, Qt.Orientation.Horizontal)
            fits_title = max(heading.horizontalAdvance(t) for t in title.split("\n")) + 18
            fits_value = cell.horizontalAdvance(_SAMPLES.get(sort.value, "")) + 14
            self.table.setColumnWidth(i, max(fits_title, fits_value))
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            COLUMN_OF_SORT[self.model.query.sort],
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder,
        )
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionsClickable(True)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #4b5563; font-size: 11pt; padding: 40px;")
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.count_label)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.search.returnPressed.connect(self._search_enter)
        for combo in (
            self.status_filter,
            self.police_filter,
            self.social_filter,
            self.area_filter,
            self.source_filter,
            self.focus_filter,
            self.children_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        self.days_filter.valueChanged.connect(lambda _v: self.debounce.start())
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button.clicked.connect(self.new_case_requested)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        self.model.modelReset.connect(self._update_state)
        self.model.rowsInserted.connect(lambda *_: self._update_state())
        self.apply()

    # --- widgets ---------------------------------------------------------------------------

    def _combo(self, items, *, all_text: str, current: int = 0) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, _ALL)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(current)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _staff_combo(self, choices) -> QComboBox:
        before = [(_tr("Alla"), _ALL)]
        me = next((c for c in choices if c.id == self.ctx.actor.staff_id), None)
        if me is not None:
            before.append((_tr("Mina ärenden"), me.id))
        before.append((_tr("Ingen tilldelad"), UNASSIGNED))
        combo = StaffCombo()
        combo.fill(choices, before=before)
        combo.setCurrentIndex(0)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # --- behaviour -------------------------------------------------------------------------

    def current_query(self) -> CaseQuery:
        def value(combo: QComboBox, cls=None):
            data = combo.currentData()
            if data is _ALL:
                return None
            return cls(data) if cls is not None else data  # Qt hands StrEnums back as str

        days = self.days_filter.value()
        return dataclasses.replace(
            self.model.query,
            status=value(self.status_filter, CaseStatus),
            assigned_police_id=value(self.police_filter),
            assigned_social_id=value(self.social_filter),
            area=value(self.area_filter, Area),
            source=value(self.source_filter, CaseSource),
            focus_person=value(self.focus_filter),
            has_children=value(self.children_filter),
            min_days_since_contact=days or None,
            search=self.search.text().strip(),
        )

    def apply(self) -> None:
        self.debounce.stop()
        query = self.current_query()
        if query == self.model.query and self.model.total is not None:
            return
        try:
            self.model.set_query(query)
        except UserError as exc:
            messages.user_error(self, exc)

    def reload(self) -> None:
        """Read the list again (a change here or on another workstation), keeping the selected
        case and the scroll position."""
        with changes.keeping_view(self.table, lambda: self.selected_case_id()) as kept:
            self.model.refresh()
            if kept.selected is not None:
                row = self.model.row_of_case(kept.selected)
                if row >= 0:
                    self.table.selectRow(row)

    def reset_filters(self) -> None:
        widgets = (
            self.police_filter,
            self.social_filter,
            self.area_filter,
            self.source_filter,
            self.focus_filter,
            self.children_filter,
        )
        for w in (*widgets, self.status_filter, self.days_filter, self.search):
            w.blockSignals(True)
        for w in widgets:
            w.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(1)
        self.days_filter.setValue(0)
        self.search.clear()
        for w in (*widgets, self.status_filter, self.days_filter, self.search):
            w.blockSignals(False)
        self.apply()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_enter(self) -> None:
        """Enter in the search field: search now; a single hit opens directly."""
        self.apply()
        if self.model.rowCount() == 1 and self.model.total == 1:
            self.open_requested.emit(self.model.row_at(0).id)
        elif self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _activated(self, index) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CASE_ID_ROLE) if rows else None

    def _filters_active(self, query: CaseQuery) -> bool:
        default = CaseQuery(status=CaseStatus.OPEN)
        fields = [
            f.name for f in dataclasses.fields(CaseQuery) if f.name not in ("sort", "descending")
        ]
        return any(getattr(query, f) != getattr(default, f) for f in fields)

    def _update_state(self) -> None:
        # One status chosen: every row says the same, the column only takes room.
        status_col = COLUMN_OF_SORT[cases.SortColumn.STATUS]
        self.table.setColumnHidden(status_col, self.model.query.status is not None)
        total = self.model.total or 0
        query = self.model.query
        kind = self.model.search_kind
        if total:
            text = _tr("{n} ärenden").format(n=total) if total != 1 else _tr("1 ärende")
            shown = self.model.rowCount()
            if shown < total:
                text += _tr(" – {shown} inlästa, fler läses in när du bläddrar").format(shown=shown)
            if kind is not SearchKind.NONE:
                text += " · " + _search_kind_text(kind)
            self.count_label.setText(text)
            self.body.setCurrentWidget(self.table)
            return
        self.count_label.setText(_tr("Inga ärenden"))
        if kind is SearchKind.INVALID_NUMBER:
            self.empty.setText(
                _tr(
                    "”{text}” ser ut som ett personnummer men är inte giltigt: datumet eller "
                    "kontrollsiffran stämmer inte. Kontrollera numret."
                ).format(text=query.search)
            )
        elif query.search:
            self.empty.setText(
                _tr(
                    "Inget ärende matchar ”{text}” ({kind}) med de valda filtren.\n"
                    "Sök på början av för- eller efternamn, personnummer (med eller utan sekel "
                    "och bindestreck), ärendenummer (IGOR-2026-0001 eller 2026-0001) eller "
                    "anmälningsnummer (5000-K123456-25)."
                ).format(text=query.search, kind=_search_kind_text(kind))
            )
        elif self._filters_active(query):
            self.empty.setText(
                _tr(
                    "Inga ärenden matchar de valda filtren.\nÄndra filtren eller välj "
                    "”Rensa filter”."
                )
            )
        else:
            self.empty.setText(
                _tr(
                    "Det finns inga öppna ärenden ännu.\nRegistrera det första med "
                    "”Nytt ärende” (Ctrl+N)."
                )
            )
        self.body.setCurrentWidget(self.empty)


def _search_kind_text(kind: SearchKind) -> str:
    return {
        SearchKind.NAME: _tr("sökning på namn"),
        SearchKind.PERSONAL_NUMBER: _tr("sökning på personnummer"),
        SearchKind.BIRTH_DATE: _tr("sökning på födelsedatum"),
        SearchKind.RESERVE_NUMBER: _tr("sökning på reservnummer"),
        SearchKind.CASE_NUMBER: _tr("sökning på ärendenummer"),
        SearchKind.REPORT_NUMBER: _tr("sökning på anmälningsnummer"),
        SearchKind.INVALID_NUMBER: _tr("ogiltigt personnummer"),
    }.get(kind, "")


class CasesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_tabs: dict[int, QWidget] = {}
        self.list_tab: CaseListTab | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        layout.addWidget(self.tabs)

        if not (ctx.actor.is_caseworker or ctx.actor.is_admin):
            notice = QLabel(
                _tr(
                    "Din profil (analytiker) ger tillgång till statistiken, inte till "
                    "uppgifterna i ärendena. Ärendelistan visas därför inte.\n"
                    "Behöver du arbeta med ärenden kontaktar du gruppchefen."
                )
            )
            notice.setObjectName("emptyState")
            notice.setWordWrap(True)
            notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            notice.setStyleSheet("color: #4b5563; font-size: 11pt; padding: 40px;")
            self.tabs.addTab(notice, _tr("Ärendelista"))
            self._hide_close_button()
            return

        self.list_tab = CaseListTab(ctx, self)
        self.tabs.addTab(self.list_tab, _tr("Ärendelista"))
        self._hide_close_button()
        self.list_tab.open_requested.connect(self.open_case)
        self.list_tab.new_case_requested.connect(self.new_case)
        # Writes anywhere (the calendar, a transport, another workstation) reach the list and
        # the open case files (app.ui.changes).
        changes.follow(self, ctx.db, self.on_changes, tables=changes.CASE_TABLES)

        # Ctrl+F: the list's search (in the main window, the quick search takes Ctrl+F).
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_case)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W), self, self._close_current)

    def on_changes(self, batch) -> None:
        """Committed writes: repaint the cases they touched, reload the list when cases came or
        went (or a shared person changed), and let each open case file reload if it is hit."""
        if self.list_tab is None:
            return
        touched = {c.case_id for c in batch if c.case_id is not None}
        whole = any(
            (c.table == "case_file" and c.kind != "update") or c.case_id is None for c in batch
        )
        if whole:
            self.list_tab.reload()
        else:
            for case_id in touched:
                self.list_tab.model.refresh_row(case_id)
        for case_id, widget in list(self.case_tabs.items()):
            if whole or case_id in touched:
                on_changes = getattr(widget, "on_changes", None)
                if on_changes is not None:
                    on_changes(batch)

    def _hide_close_button(self) -> None:
        bar = self.tabs.tabBar()
        for side in (QTabBar.ButtonPosition.RightSide, QTabBar.ButtonPosition.LeftSide):
            bar.setTabButton(0, side, None)

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.list_tab.focus_search()

    # --- case tabs -------------------------------------------------------------------------

    def open_case(self, case_id: int) -> QWidget:
        """Show the case file in its own tab (the existing one if it is already open)."""
        existing = self.case_tabs.get(case_id)
        if existing is not None:
            self.tabs.setCurrentWidget(existing)
            return existing
        row = self.list_tab.model.row_of_case(case_id)
        number = self.list_tab.model.row_at(row).case_number if row >= 0 else str(case_id)
        try:
            from app.ui.cases.case_file import CaseFileWidget
        except ImportError:
            logger.info("case file view not available; case %s", case_id)
            widget = _unavailable(number)
            title = number
        else:
            try:
                widget = CaseFileWidget(self.ctx, case_id, self)
            except UserError as exc:
                messages.user_error(self, exc)
                return self.tabs.widget(0)
            widget.case_changed.connect(self.list_tab.model.refresh_row)
            title = widget.title()
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, title)
        self.case_tabs[case_id] = widget
        self.tabs.setCurrentIndex(index)
        return widget

    def has_unsaved_changes(self) -> bool:
        return any(_unsaved(w) for w in self.case_tabs.values())

    def save_unsaved(self) -> bool:
        """Save every open case file's unsaved input (quitting with "Spara"); False, showing
        the case, when one could not be saved."""
        for widget in list(self.case_tabs.values()):
            if _unsaved(widget) and not widget.save_unsaved():
                self.tabs.setCurrentWidget(widget)
                return False
        return True

    def close_tab(self, index: int) -> bool:
        """Close a case tab (Ctrl+W or its close button); unsaved input asks first. Returns
        whether the tab was closed."""
        if index <= 0:
            return False
        widget = self.tabs.widget(index)
        if _unsaved(widget):
            self.tabs.setCurrentWidget(widget)
            answer = unsaved.ask(self)
            if answer == unsaved.CANCEL:
                return False
            if answer == unsaved.SAVE and not widget.save_unsaved():
                return False
        for case_id, w in list(self.case_tabs.items()):
            if w is widget:
                del self.case_tabs[case_id]
        self.tabs.removeTab(self.tabs.indexOf(widget))
        widget.deleteLater()
        return True

    def _close_current(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    # --- intake ----------------------------------------------------------------------------

    def new_case(self) -> None:
        from app.ui.cases.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.ctx, self)
        dialog.open_existing.connect(self._open_from_dialog)
        self._dialog = dialog  # tests reach it; the dialog is modal while open
        if dialog.exec() and dialog.result_case is not None:
            result = dialog.result_case
            self.list_tab.reload()
            self.open_case(result.case_id)
            if result.outside_area and not result.district_referral_ids:
                messages.info(
                    self,
                    _tr(
                        "{number} ligger utanför projektområdet. Hänvisa personen till sitt eget "
                        "stadsdelsområde (fliken Lotsning i ärendet)."
                    ).format(number=result.case_number),
                )
        self._dialog = None
        dialog.deleteLater()

    def _open_from_dialog(self, case_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.open_case(case_id)


def _unsaved(widget: QWidget) -> bool:
    check = getattr(widget, "has_unsaved_changes", None)
    return bool(check is not None and check())


def _unavailable(number: str) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    text = QLabel(
        _tr(
            "Ärendeakten för {number} kan inte visas i den här versionen av IGOR Desk. "
            "Ärendet finns kvar i listan och inga uppgifter har ändrats."
        ).format(number=number)
    )
    text.setWordWrap(True)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    layout.addWidget(text)
    layout.addStretch(2)
    return widget
