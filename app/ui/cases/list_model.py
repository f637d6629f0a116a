"""The case list as a lazily fed table model over the keyset-paged service (app.services.cases.case_list).

The first page is fetched when the query is set; the view asks for more with canFetchMore /
fetchMore as the user scrolls. Sorting re-queries (a proxy would only sort fetched rows).
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.database import Database
from app.models.enums import Area, CaseSource
from app.services.cases import case_list as cases
from app.services.cases.case_list import CaseQuery, CaseRow, SearchKind, SortColumn
from app.services.core.actor import Actor
from app.ui import formatting
from app.ui.labels import label, short_label

logger = logging.getLogger(__name__)

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (header, sort column) in display order
COLUMNS: list[tuple[str, SortColumn]] = [
    (QT_TRANSLATE_NOOP("CaseListModel", "Ärende"), SortColumn.NUMBER),
    (QT_TRANSLATE_NOOP("CaseListModel", "Status"), SortColumn.STATUS),
    (QT_TRANSLATE_NOOP("CaseListModel", "Våldsutsatt"), SortColumn.VICTIM),
    (QT_TRANSLATE_NOOP("CaseListModel", "Misstänkt"), SortColumn.SUSPECT),
    (QT_TRANSLATE_NOOP("CaseListModel", "Polis"), SortColumn.POLICE),
    (QT_TRANSLATE_NOOP("CaseListModel", "Socialsekreterare"), SortColumn.SOCIAL),
    (QT_TRANSLATE_NOOP("CaseListModel", "Område"), SortColumn.AREA),
    (QT_TRANSLATE_NOOP("CaseListModel", "Källa"), SortColumn.SOURCE),
    (QT_TRANSLATE_NOOP("CaseListModel", "Fokus"), SortColumn.FOCUS),
    (QT_TRANSLATE_NOOP("CaseListModel", "Barn"), SortColumn.CHILDREN),
    (QT_TRANSLATE_NOOP("CaseListModel", "Dagar sedan\nkontakt"), SortColumn.DAYS_SINCE_CONTACT),
    (QT_TRANSLATE_NOOP("CaseListModel", "Öppnat"), SortColumn.OPENED),
]
COLUMN_OF_SORT = {sort: i for i, (_, sort) in enumerate(COLUMNS)}
_RIGHT = {SortColumn.DAYS_SINCE_CONTACT}
_CENTER = {SortColumn.FOCUS, SortColumn.CHILDREN}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


class CaseListModel(QAbstractTableModel):
    def __init__(self, db: Database, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._rows: list[CaseRow] = []
        self._cursor: str | None = None
        self._query = CaseQuery(status=cases.CaseStatus.OPEN)
        self._search_kind = SearchKind.NONE
        self._count: int | None = None
        self.page_size = cases.PAGE_SIZE
        self._bold = QFont()
        self._bold.setBold(True)

    # --- queries ---------------------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    @property
    def search_kind(self) -> SearchKind:
        return self._search_kind

    @property
    def total(self) -> int | None:
        """All rows the query matches (not just the fetched ones)."""
        return self._count

    def set_query(self, query: CaseQuery) -> None:
        """Show another query: reset, fetch its first page and its count."""
        self.beginResetModel()
        self._query = query
        try:
            page = cases.list_cases(self._db, self._actor, query, limit=self.page_size)
            self._rows = list(page.rows)
            self._cursor = page.next_cursor
            self._search_kind = page.search_kind
            self._count = (
                len(self._rows)
                if page.next_cursor is None
                else cases.count_cases(self._db, self._actor, query)
            )
        finally:
            self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def refresh(self) -> None:
        """Read the query again (a change notice), with at least as many rows as were fetched,
        so the row the user scrolled to is still there (app/ui/cases/page.py keeps the
        selection and the scroll position)."""
        had = len(self._rows)
        self.set_query(self._query)
        root = QModelIndex()
        while len(self._rows) < had and self.canFetchMore(root):
            self.fetchMore(root)

    def refresh_row(self, case_id: int) -> None:
        """Re-read one case (after the case file changed it) and repaint its line."""
        for i, row in enumerate(self._rows):
            if row.id == case_id:
                new = cases.get_case_row(self._db, self._actor, case_id)
                if new is None:
                    self.beginRemoveRows(QModelIndex(), i, i)
                    del self._rows[i]
                    self.endRemoveRows()
                else:
                    self._rows[i] = new
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
                return

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid() or self._cursor is None:
            return
        page = cases.list_cases(
            self._db, self._actor, self._query, after=self._cursor, limit=self.page_size
        )
        self._cursor = page.next_cursor
        if not page.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        query = dataclasses.replace(
            self._query,
            sort=COLUMNS[column][1],
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query != self._query:
            self.set_query(query)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][1] in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == CASE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col in _CENTER:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col is SortColumn.STATUS and row.status is cases.CaseStatus.CLOSED:
                return QColor("#6b7280")
            if col is SortColumn.FOCUS and row.focus_person:
                return QColor("#9b1c1c")
            return None
        if role == Qt.ItemDataRole.FontRole and col is SortColumn.FOCUS and row.focus_person:
            return self._bold
        return None

    def _text(self, row: CaseRow, col: SortColumn) -> str:
        if col is SortColumn.NUMBER:
            return row.case_number
        if col is SortColumn.STATUS:
            if row.open_actions:
                return _tr("{status} · {n} bev.").format(
                    status=label(row.status), n=row.open_actions
                ) + (
                    _tr(" ({late} sen)").format(late=row.overdue_actions)
                    if row.overdue_actions
                    else ""
                )
            return label(row.status)
        if col is SortColumn.VICTIM:
            return _person_text(row.victim_name, row.victim_protected)
        if col is SortColumn.SUSPECT:
            return _person_text(row.suspect_name, row.suspect_protected)
        if col is SortColumn.POLICE:
            return row.police_name or _tr("–")
        if col is SortColumn.SOCIAL:
            return row.social_name or _tr("–")
        if col is SortColumn.AREA:
            if row.area is Area.OUTSIDE:
                return _tr("Utanför ({district})").format(district=row.district or _tr("okänt"))
            return _tr("Inom")
        if col is SortColumn.SOURCE:
            return short_label(CaseSource(row.source))
        if col is SortColumn.FOCUS:
            return _tr("Fokus") if row.focus_person else ""
        if col is SortColumn.CHILDREN:
            return _tr("Ja") if row.has_children else _tr("Nej")
        if col is SortColumn.DAYS_SINCE_CONTACT:
            return _tr("ingen") if row.days_since_contact is None else str(row.days_since_contact)
        return formatting.date_text(row.opened_on)

    def _tooltip(self, row: CaseRow, col: SortColumn):
        if col is SortColumn.STATUS and row.open_actions:
            return _tr("{n} öppna åtgärder (bevakning), varav {late} försenade.").format(
                n=row.open_actions, late=row.overdue_actions
            )
        if col is SortColumn.VICTIM and row.victim_protected:
            return _tr("Skyddade personuppgifter: adressen visas inte.")
        if col is SortColumn.SUSPECT and row.suspect_protected:
            return _tr("Skyddade personuppgifter: adressen visas inte.")
        if col is SortColumn.DAYS_SINCE_CONTACT:
            if row.last_contact_at is None:
                return _tr("Ingen kontakt registrerad ännu.")
            when = formatting.datetime_text(row.last_contact_at)
            return _tr("Senaste kontakt {date}").format(date=when)
        if col is SortColumn.FOCUS and row.focus_person:
            return _tr("Fokusperson: tas upp på genomgången med IGV.")
        if col is SortColumn.SOURCE:
            return label(row.source)
        if col in (SortColumn.VICTIM, SortColumn.SUSPECT, SortColumn.AREA):
            return self._text(row, col)  # the full text when the column is narrow
        return None


def _person_text(name: str | None, protected: bool) -> str:
    if name is None:
        return _tr("(okänd)")
    text = name or _tr("(namn saknas)")
    return _tr("{name} · skyddad").format(name=text) if protected else text
