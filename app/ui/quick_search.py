"""Quick search (Ctrl+F from every page): type, arrows move in the hits, Enter opens the chosen
hit (a case file, a colleague's calendar, an event's day), Escape closes.

Hits come from app.services.core.quick_search; names match without accents (akesson finds
Åkesson, kovacevic Kovačević; "Åsa" typed with Å finds only Åsa)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.core import quick_search as qs
from app.services.core.timeutil import format_local
from app.ui.context import AppContext
from app.ui.labels import label

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuickSearch", text)


class QuickSearchDialog(QDialog):
    open_requested = Signal(str, int, object)  # target, id, the Hit

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_tr("Snabbsök"))
        self.resize(620, 460)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            _tr("Personnummer, namn, ärendenummer, anmälningsnummer, medarbetare, händelse")
        )
        self.edit.setClearButtonEnabled(True)
        prompt = QLabel(_tr("&Sök:"))
        prompt.setBuddy(self.edit)
        self.hits = QListWidget()
        self.hits.setObjectName("quickSearchHits")
        self.status = QLabel(_tr("Skriv minst två tecken. Enter öppnar, Esc stänger."))
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #4b5563;")
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self.open_current)
        self.hits.itemActivated.connect(lambda _item: self.open_current())
        self.edit.installEventFilter(self)
        self.edit.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Up and Down in the search field move in the hits (the text keeps the focus)."""
        if watched is self.edit and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits.count():
                row = self.hits.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.hits.setCurrentRow(max(0, min(row, self.hits.count() - 1)))
                return True
        return super().eventFilter(watched, event)

    def search(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.hits.clear()
        if len(text) < 2:
            self.status.setText(_tr("Skriv minst två tecken. Enter öppnar, Esc stänger."))
            return
        try:
            result = qs.quick_search(self.ctx.db, self.ctx.actor, text)
        except UserError as exc:
            self.status.setText(exc.message())
            return
        for hit in result.hits:
            item = QListWidgetItem(self._text(hit))
            item.setData(HIT_ROLE, hit)
            self.hits.addItem(item)
        if result.hits:
            self.hits.setCurrentRow(0)
            self.status.setText(
                _tr("{n} träffar. Enter öppnar den markerade.").format(n=len(result.hits))
            )
        elif result.kind is qs.case_list.SearchKind.INVALID_NUMBER:
            self.status.setText(_tr("Personnumret är inte giltigt (kontrollsiffran)."))
        else:
            self.status.setText(_tr("Inget hittades för ”{text}”.").format(text=text))

    @staticmethod
    def _text(hit: qs.Hit) -> str:
        if hit.target == "case":
            status = label(hit.status) if hit.status else ""
            return _tr("Ärende {number} – {names} ({status})").format(
                number=hit.title, names=hit.detail or "–", status=status.lower()
            )
        if hit.target == "staff":
            return _tr("Medarbetare: {name}").format(name=hit.title) + (
                f" ({hit.detail})" if hit.detail else ""
            )
        return _tr("Händelse {when}: {title}").format(
            when=format_local(hit.when), title=hit.title
        ) + (f" ({hit.detail})" if hit.detail else "")

    def open_current(self) -> None:
        if self._timer.isActive():
            self.search()
        item = self.hits.currentItem() or (self.hits.item(0) if self.hits.count() else None)
        if item is None:
            return
        hit = item.data(HIT_ROLE)
        self.accept()
        self.open_requested.emit(hit.target, hit.target_id, hit)
