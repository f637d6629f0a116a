"""Nothing typed is lost without a question.

Closing a form (Escape, Avbryt, the window's close button), closing a case tab (Ctrl+W) or
quitting the program (Ctrl+Q, Arkiv → Avsluta, the window's close button) while there is unsaved
input asks one question: "Spara", "Släng" or "Avbryt" (go back to the form).

What counts as unsaved input is found without each form listing its fields: `snapshot(root)`
reads the value of every input widget under `root` (text fields, combo boxes, check boxes, date
and number fields, table cells) and a form is dirty when the snapshot differs from the one taken
when the form was filled. `UnsavedGuard` is a mixin for QDialog subclasses: call
`self.watch_unsaved(save=self.submit)` at the end of `__init__` (after the fields are filled).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from app.ui import messages

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("unsaved", text)


def ask(parent: QWidget | None, what: str | None = None) -> str:
    """The one question: returns SAVE, DISCARD or CANCEL (Escape goes back: CANCEL)."""
    text = what or _tr("Det finns ändringar som inte är sparade.")
    text += "\n" + _tr("Vill du spara dem innan du stänger?")
    chosen = messages.choice(
        parent,
        text,
        [_tr("&Spara"), _tr("S&läng"), _tr("&Avbryt")],
        title=_tr("Osparade ändringar"),
    )
    return (SAVE, DISCARD, CANCEL)[chosen]


def _value(widget: QWidget, typed_only: bool):
    if isinstance(widget, QLineEdit):
        return None if widget.isReadOnly() else widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else widget.toPlainText()
    if isinstance(widget, QListWidget):
        checks = tuple(
            widget.item(i).checkState() == Qt.CheckState.Checked
            for i in range(widget.count())
            if widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
        )
        return (len(checks), checks) if checks else None
    if isinstance(widget, QTableWidget):
        cells = []
        for r in range(widget.rowCount()):
            for c in range(widget.columnCount()):
                item = widget.item(r, c)
                cells.append(item.text() if item is not None else "")
        return (widget.rowCount(), tuple(cells))
    if typed_only:
        return None
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return widget.currentText()
        return widget.currentIndex()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString("yyyy-MM-dd HH:mm")
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return widget.isChecked()
    return None


def snapshot(root: QWidget, *, typed_only: bool = False) -> dict[int, object]:
    """The values of the input widgets under `root`, keyed by widget. `typed_only` keeps only
    what a person types (text fields and table cells), for views that refill their choices."""
    values: dict[int, object] = {}
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the spin box or combo box itself is read
        value = _value(widget, typed_only)
        if value is not None:
            values[id(widget)] = value
    return values


def differs(before: dict[int, object], after: dict[int, object]) -> bool:
    """True when a widget present in both changed, or input widgets came with values (a table
    row added). Widgets that went away (a form rebuilt) count only through what replaced them."""
    for key, value in after.items():
        if key in before:
            if before[key] != value:
                return True
        elif _filled(value):
            return True
    return False


def _filled(value: object) -> bool:
    """A new widget's value that is input: typed text, a tick, a table with rows."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple):
        return value[0] > 0
    return False


class UnsavedGuard:
    """Mixin for a QDialog: Escape, Avbryt and the close button ask before input is thrown
    away. Put it before QDialog in the bases; call `watch_unsaved(save=...)` when filled.

    `save` is the dialog's own save (it accepts the dialog on success and shows its errors
    inline otherwise); after "Spara" the dialog closes only if the save went through."""

    _unsaved_baseline: dict[int, object] | None = None
    _unsaved_save: Callable[[], object] | None = None

    def watch_unsaved(self, save: Callable[[], object] | None = None) -> None:
        self._unsaved_save = save
        self._unsaved_baseline = snapshot(self)  # type: ignore[arg-type]

    def has_unsaved_changes(self) -> bool:
        if self._unsaved_baseline is None:
            return False
        return differs(self._unsaved_baseline, snapshot(self))  # type: ignore[arg-type]

    def discard(self) -> None:
        """Close without the question (the person chose to go elsewhere on purpose)."""
        self._unsaved_baseline = None
        super().reject()  # type: ignore[misc]

    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = ask(self)  # type: ignore[arg-type]
            if answer == CANCEL:
                return
            if answer == SAVE:
                if self._unsaved_save is not None:
                    self._unsaved_save()
                return  # the save accepts the dialog, or its errors stay on screen
        self._unsaved_baseline = None
        super().reject()  # type: ignore[misc]
