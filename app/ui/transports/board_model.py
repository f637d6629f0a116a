"""The transport board's table: one row per transport, status colour-coded."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.enums import TransportStatus
from app.services.transports import safety
from app.services.transports.planning import MASKED_ADDRESS, TransportRow
from app.ui import formatting
from app.ui.labels import label

S = TransportStatus

# (background, text) per status: amber waiting, blue planned, green on the road, grey done,
# red cancelled. Dark text on light backgrounds keeps the contrast readable.
STATUS_COLOURS = {
    S.REQUESTED: ("#fdf0c4", "#6b4a00"),
    S.PLANNED: ("#d9e6fa", "#173463"),
    S.UNDER_WAY: ("#d3f0dc", "#145c2b"),
    S.DONE: ("#ececec", "#4a4a4a"),
    S.CANCELLED: ("#f7dede", "#8a1c1c"),
}

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("TransportBoard", "mån"),
    QT_TRANSLATE_NOOP("TransportBoard", "tis"),
    QT_TRANSLATE_NOOP("TransportBoard", "ons"),
    QT_TRANSLATE_NOOP("TransportBoard", "tors"),
    QT_TRANSLATE_NOOP("TransportBoard", "fre"),
    QT_TRANSLATE_NOOP("TransportBoard", "lör"),
    QT_TRANSLATE_NOOP("TransportBoard", "sön"),
)
_MASKED = QT_TRANSLATE_NOOP("TransportBoard", "Skyddad adress")
assert _MASKED == MASKED_ADDRESS


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportBoard", text)


COLUMNS = (
    QT_TRANSLATE_NOOP("TransportBoard", "Status"),
    QT_TRANSLATE_NOOP("TransportBoard", "Tid"),
    QT_TRANSLATE_NOOP("TransportBoard", "Syfte"),
    QT_TRANSLATE_NOOP("TransportBoard", "Ärende"),
    QT_TRANSLATE_NOOP("TransportBoard", "Sträcka"),
    QT_TRANSLATE_NOOP("TransportBoard", "Resenärer"),
    QT_TRANSLATE_NOOP("TransportBoard", "Fordon och besättning"),
)
COL_STATUS, COL_TIME, COL_PURPOSE, COL_CASE, COL_ROUTE, COL_TRAVELLERS, COL_CREW = range(7)


def when_text(row: TransportRow) -> str:
    """'tis 3/3 10:30–11:30' when planned, else the window 'tis 3/3 10:00–14:00 (fönster)'."""
    if row.planned_start is not None:
        a, b = safety.local(row.planned_start), safety.local(row.planned_end)
        suffix = ""
    else:
        a, b = safety.local(row.earliest_at), safety.local(row.latest_at)
        suffix = " " + _tr("(önskat)")
    day = f"{_tr(_WEEKDAYS[a.weekday()])} {formatting.day_month(a)}"
    end = (
        formatting.time_text(b)
        if a.date() == b.date()
        else f"{formatting.day_month(b)} {formatting.time_text(b)}"
    )
    return f"{day} {formatting.time_text(a)}–{end}{suffix}"


def travellers_text(row: TransportRow) -> str:
    parts = []
    if row.with_victim:
        parts.append(_tr("Hon"))
    if row.children_count:
        parts.append(_tr("{n} barn").format(n=row.children_count))
    if row.pets:
        parts.append(row.pets)
    return ", ".join(parts)


class TransportBoardModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[TransportRow] = []

    def set_rows(self, rows: list[TransportRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: QModelIndex) -> TransportRow | None:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        return self.rows[index.row()]

    def index_of(self, transport_id: int) -> QModelIndex:
        for r, row in enumerate(self.rows):
            if row.id == transport_id:
                return self.index(r, 0)
        return QModelIndex()

    # --- Qt

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if column == COL_STATUS and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[row.status][0]))
        if column == COL_STATUS and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_COLOURS[row.status][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        masked = column == COL_ROUTE and row.pickup_masked
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(column == COL_STATUS)
            font.setItalic(masked)
            font.setStrikeOut(column != COL_STATUS and row.status is S.CANCELLED)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and masked:
            return QBrush(QColor("#5a5a5a"))
        return None

    def _text(self, row: TransportRow, column: int) -> str:
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_TIME:
            return when_text(row)
        if column == COL_PURPOSE:
            return label(row.purpose)
        if column == COL_CASE:
            return row.case_number
        if column == COL_ROUTE:
            pickup = _tr(row.pickup) if row.pickup_masked else row.pickup
            if row.pickup_is_suspect_address:
                pickup = "⚠ " + pickup
            destination = _tr(row.destination) if row.destination_masked else row.destination
            return _tr("Från: {pickup}\nTill: {destination}").format(
                pickup=pickup, destination=destination
            )
        if column == COL_TRAVELLERS:
            return travellers_text(row)
        if column == COL_CREW:
            crew = ", ".join(c.name for c in row.crew) or "–"
            vehicle = row.vehicle_name or _tr("Fordon ej valt")  # not in an f-string: lupdate
            return f"{vehicle}\n{crew}"
        return ""

    def _tooltip(self, row: TransportRow, column: int) -> str | None:
        if column == COL_ROUTE and row.pickup_masked:
            return _tr(
                "Skyddade personuppgifter i ärendet: adresserna visas bara för beställaren, "
                "besättningen och ärendets handläggare."
            )
        if column == COL_ROUTE and row.pickup_is_suspect_address:
            return _tr("Upphämtning på en adress som hör till den misstänkte.")
        if column == COL_STATUS and row.status is S.CANCELLED and row.cancel_reason:
            return _tr("Inställd: {reason}").format(reason=row.cancel_reason)
        return self._text(row, column) or None  # the whole text where the cell elides it
