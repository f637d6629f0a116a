"""The "Kontakter" tab: the timeline of contacts the signed-in user may read, how many of the
other agency's are hidden (a number), the fatigue figure per party, and new/edit/delete."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.cases import contacts
from app.services.cases.case_file import CaseFileView
from app.services.cases.contacts import ContactRow, Timeline
from app.ui import changes, messages
from app.ui.cases.contact_dialog import ContactDialog
from app.ui.cases.widgets import agency_definite, contacts_text, fmt_datetime, role_short
from app.ui.context import AppContext
from app.ui.labels import agency_label, label, short_label


class TimelineModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("TimelineModel", "Tidpunkt"),
        QT_TRANSLATE_NOOP("TimelineModel", "Part"),
        QT_TRANSLATE_NOOP("TimelineModel", "Sätt"),
        QT_TRANSLATE_NOOP("TimelineModel", "Utfall"),
        QT_TRANSLATE_NOOP("TimelineModel", "Medarbetare"),
        QT_TRANSLATE_NOOP("TimelineModel", "Roll"),
        QT_TRANSLATE_NOOP("TimelineModel", "Samtalet gällde"),
        QT_TRANSLATE_NOOP("TimelineModel", "Anteckning"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple[ContactRow, ...] = ()

    def set_rows(self, rows: tuple[ContactRow, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 6:
                return "\n".join(label(k) for k in sorted(row.talk_kinds))
            if col == 7:
                text = row.note or ""
                if row.rule_override_reason:
                    text += "\n\n" + self.tr("Skäl trots kontaktregeln: {reason}").format(
                        reason=row.rule_override_reason
                    )
                return text.strip() or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and not row.reached:
            return QColor("#a4161a")
        return None

    def _text(self, row: ContactRow, col: int) -> str:
        if col == 0:
            return fmt_datetime(row.occurred_at)
        if col == 1:
            return self.tr("{name} ({role})").format(
                name=row.party_name or "–", role=role_short(row.party_role)
            )
        if col == 2:
            return label(row.channel)
        if col == 3:
            return self.tr("Nådd") if row.reached else self.tr("Misslyckat försök")
        if col == 4:
            return self.tr("{name}, {agency}").format(
                name=row.staff_name or "–", agency=agency_label(row.agency)
            )
        if col == 5:
            return row.held_as or ""
        if col == 6:
            return ", ".join(short_label(k) for k in sorted(row.talk_kinds))
        note = (row.note or "").replace("\n", " ")
        if row.rule_override_reason:
            note = self.tr("[Skäl trots kontaktregeln] ") + note
        return note


class ContactsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None
        self.timeline: Timeline | None = None
        self.dialog: ContactDialog | None = None

        self.fatigue = QLabel()
        self.fatigue.setWordWrap(True)
        self.fatigue.setStyleSheet(
            "QLabel { background: #eef2f7; padding: 6px; border-radius: 4px; }"
        )
        self.hidden = QLabel()
        self.hidden.setWordWrap(True)
        self.hidden.setStyleSheet("color: #4b5563;")
        self.empty = QLabel(
            self.tr(
                "Inga kontakter ännu. Registrera den första med Ny kontakt (Ctrl+K); "
                "misslyckade försök registreras också."
            )
        )
        self.empty.setWordWrap(True)
        self.model = TimelineModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((120, 175, 125, 115, 175, 260, 150)):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.new_button = QPushButton(self.tr("Ny kontakt (Ctrl+K)"))
        self.edit_button = QPushButton(self.tr("Ändra…"))
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.fatigue)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    def show_view(self, view: CaseFileView) -> None:
        self.view = view
        self.timeline = contacts.timeline(self.ctx.db, self.ctx.actor, view.id)
        # Read again after a save here or elsewhere: keep the selected contact and the scroll.
        with changes.keeping_view(
            self.table, lambda: getattr(self._selected(), "id", None)
        ) as kept:
            self.model.set_rows(self.timeline.rows)
            if kept.selected is not None:
                at = next((i for i, r in enumerate(self.model.rows) if r.id == kept.selected), None)
                if at is not None:
                    self.table.selectRow(at)
        self.empty.setVisible(self.timeline.total == 0)
        self.table.setVisible(bool(self.timeline.rows))
        hidden = self.timeline.hidden_other_agency
        self.hidden.setText(
            self.tr(
                "{n} hos {agency} visas inte: det finns inget aktivt samtycke. De räknas ändå i "
                "siffrorna för kontakter och i kontaktregeln."
            ).format(n=contacts_text(hidden), agency=agency_definite(self.ctx.actor.agency.other))
            if hidden
            else ""
        )
        self.hidden.setVisible(bool(hidden))
        parts = []
        for party in view.parties:
            last7, last30 = view.fatigue.get(party.id, (0, 0))
            parts.append(
                self.tr("{name}: {n7} senaste 7 dagarna, {n30} senaste 30").format(
                    name=party.display_name or label(party.role),
                    n7=contacts_text(last7),
                    n30=contacts_text(last30),
                )
            )
        self.fatigue.setText(self.tr("Kontakter (båda myndigheterna): ") + "   ·   ".join(parts))
        self._update_buttons()

    def _selected(self) -> ContactRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self._selected()
        can = self.ctx.actor.is_caseworker
        self.new_button.setEnabled(can and bool(self.view and self.view.parties))
        self.edit_button.setEnabled(bool(row and row.editable))
        self.delete_button.setEnabled(bool(row and row.editable))

    def new_contact(self) -> None:
        if self.view is None or not self.view.parties:
            return
        self._open(ContactDialog(self.ctx, self.view, self))

    def edit_selected(self) -> None:
        row = self._selected()
        if self.view is None or row is None or not row.editable:
            return
        self._open(ContactDialog(self.ctx, self.view, self, existing=row))

    def _open(self, dialog: ContactDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        dialog.activateWindow()

    def delete_selected(self) -> None:
        row = self._selected()
        if row is None or not row.editable:
            return
        if not messages.confirm(
            self,
            self.tr("Ta bort kontakten {when}? Det går inte att ångra.").format(
                when=fmt_datetime(row.occurred_at)
            ),
        ):
            return
        try:
            contacts.delete_contact(self.ctx.db, self.ctx.actor, row.id, version=row.version)
        except UserError as exc:
            messages.user_error(self, exc)
        self.changed.emit()
