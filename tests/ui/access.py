"""What assistive technology gets from a widget tree (Qt's accessibility interfaces)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) or "").strip() if iface else ""


def accessible_description(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Description) or "").strip() if iface else ""


def _inner(widget: QWidget) -> bool:
    """Parts of a composite Qt widget (a combo's line edit, a spin box's editor, a calendar
    popup's buttons, a scroll area's bars): named through their owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)) or type(
            parent
        ).__name__ in (
            "QCalendarWidget",
            "QCalendarView",
        ):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def interactive(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, INTERACTIVE) and not _inner(widget) and widget.isEnabled():
            if widget.focusPolicy().value == 0 and not isinstance(widget, QAbstractButton):
                continue  # not reachable: read-only display
            yield widget


def unnamed(root: QWidget) -> list[QWidget]:
    """Interactive widgets a screen reader would announce without a name (no accessibleName,
    no text, no buddy label)."""
    return [w for w in interactive(root) if not accessible_name(w)]


def describe(widget: QWidget) -> str:
    text = ""
    for attr in ("placeholderText", "toolTip", "currentText"):
        value = getattr(widget, attr, None)
        if callable(value) and value():
            text = f" {attr}={value()!r}"[:60]
            break
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent else "-"
    return f"{type(widget).__name__}:{widget.objectName() or '-'} in {owner}{text}"
