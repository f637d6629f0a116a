"""Names for assistive technology (screen readers) where a form already says it visually.

Qt gives a field the accessible name of its buddy label. Many of the program's fields sit inside
a small wrapper (the inline error under a field, a row of two fields), so the form label's buddy
is the wrapper and the field itself is announced without a name. `name_fields(root)` gives every
interactive widget that has no accessible name the text of the label that visibly names it:

- the QFormLayout label of the row the field (or its wrapper) sits in;
- the title of the group box a lone table or list fills;
- the text of a QLabel directly before it in the same box or grid row;
- else its tooltip (what a sighted user reads on hovering).

A named widget is never changed. Multi-line text fields also get Tab to move the focus on (as
everywhere else in the program) instead of typing a tab character: no keyboard traps. `AccessibleNames` does this for every window when it is first
shown, and for a page of a stacked widget or tab when it becomes visible; application.py
installs it, so widgets added by later work are covered without extra code. Widgets that cannot be
named from their surroundings get an explicit setAccessibleName where they are built
(tests/ui/test_accessibility.py lists any that remain unnamed).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
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
)
_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A label's text as a name: no mnemonic '&', no required-field '*', no markup."""
    text = _TAGS.sub(" ", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.replace("*", " ").split()).rstrip(":").strip()


def effective_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) or "").strip() if iface else ""


def _form_label(widget: QWidget, stop: QWidget) -> str:
    """The QFormLayout label of the row `widget` or one of its ancestors (below `stop`) is in."""
    current: QWidget | None = widget
    while current is not None and current is not stop.parentWidget():
        parent = current.parentWidget()
        layout = parent.layout() if parent is not None else None
        for form in _forms(layout):
            label = form.labelForField(current)
            if label is None:
                label = _label_of_nested(form, current)
            if isinstance(label, QLabel) and plain(label.text()):
                return plain(label.text())
        current = parent
    return ""


def _forms(layout: QLayout | None):
    if layout is None:
        return
    if isinstance(layout, QFormLayout):
        yield layout
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None:
            yield from _forms(child)


def _label_of_nested(form: QFormLayout, widget: QWidget) -> QWidget | None:
    """A field inside a layout that is itself a form row (e.g. postcode and town side by side)."""
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is not None and field.layout() is not None and _contains(field.layout(), widget):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            return label.widget() if label is not None else None
    return None


def _contains(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _contains(item.layout(), widget):
            return True
    return False


def _label_before(widget: QWidget) -> str:
    """A QLabel just before the widget in the same box layout, or left of it in a grid row."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return _label_in(layout, widget) if layout is not None else ""


def _label_in(layout: QLayout, widget: QWidget) -> str:
    if isinstance(layout, QGridLayout):
        index = layout.indexOf(widget)
        if index >= 0:
            row, column, _, _ = layout.getItemPosition(index)
            if column > 0:
                item = layout.itemAtPosition(row, column - 1)
                if item is not None and isinstance(item.widget(), QLabel):
                    return plain(item.widget().text())
            return ""
    if isinstance(layout, QBoxLayout):
        previous = None
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is widget:
                if isinstance(previous, QLabel) and previous.buddy() in (None, widget):
                    return plain(previous.text())
                return ""
            if item.layout() is not None:
                found = _label_in(item.layout(), widget)
                if found:
                    return found
            if item.widget() is not None:
                previous = item.widget()
    for i in range(layout.count()):
        child = layout.itemAt(i).layout()
        if child is not None and not isinstance(child, (QBoxLayout, QGridLayout)):
            found = _label_in(child, widget)
            if found:
                return found
    return ""


def _group_title(widget: QWidget) -> str:
    if not isinstance(widget, QAbstractItemView):
        return ""
    parent = widget.parentWidget()
    if isinstance(parent, QGroupBox):
        interactive = [w for w in parent.findChildren(QAbstractItemView)]
        if interactive == [widget]:
            return plain(parent.title())
    return ""


def name_fields(root: QWidget) -> int:
    """Give unnamed interactive widgets under `root` the name their surroundings show; returns
    how many were named."""
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.tabChangesFocus():
            widget.setTabChangesFocus(True)  # Tab moves on: no keyboard trap in a text field
        if not isinstance(widget, INTERACTIVE) or widget.accessibleName():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue  # a combo's line edit, a spin box's editor, a line edit's clear button
        if effective_name(widget):
            continue
        name = (
            _form_label(widget, root)
            or _group_title(widget)
            or _label_before(widget)
            or plain(widget.toolTip())
            or plain(getattr(widget, "placeholderText", str)())
        )
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named


def fit_to_screen(window: QWidget) -> bool:
    """A window larger than the screen's free area (a small laptop screen, or 150 %/200 %
    scaling) is made to fit, as far as its layout allows; True if it was resized."""
    screen = window.screen()
    if screen is None:
        return False
    free = screen.availableGeometry()
    width = min(window.width(), free.width())
    height = min(window.height(), free.height() - 40)  # room for the title bar
    if (width, height) == (window.width(), window.height()) or height <= 0:
        return False
    window.resize(max(width, window.minimumSizeHint().width()), max(height, 1))
    return True


class AccessibleNames(QObject):
    """Runs name_fields on every window when it is shown and on pages as they become visible;
    fits a window that is larger than the screen onto it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            parent = watched.parentWidget()
            is_page = parent is not None and type(parent).__name__ in (
                "QStackedWidget",
                "QScrollArea",
            )
            if watched.isWindow() or is_page:
                name_fields(watched)
            if watched.isWindow() and QApplication.platformName() != "offscreen":
                fit_to_screen(watched)  # (offscreen rendering has no real screen to fit)
        return False


_installed: AccessibleNames | None = None


def install(app: QApplication) -> AccessibleNames:
    global _installed
    if _installed is None:
        _installed = AccessibleNames(app)
        app.installEventFilter(_installed)
    return _installed


def uninstall(app: QApplication) -> None:
    global _installed
    if _installed is not None:
        app.removeEventFilter(_installed)
        _installed = None
