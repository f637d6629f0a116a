"""Driving the program by keyboard alone in tests: Tab to a widget, type, choose with arrows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifiers=NO) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def has_focus(target: QWidget) -> bool:
    now = QApplication.focusWidget()
    return now is not None and (now is target or target.isAncestorOf(now))


def tab_to(qtbot, target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` (or a part of it) has the focus: reachable by keyboard."""
    for _ in range(limit):
        if has_focus(target):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{type(target).__name__} {target.objectName()!r} not reached by Tab")


def choose(qtbot, combo: QComboBox, data, limit: int = 40) -> None:
    """With the focus on a combo box, arrow down (then up) to the item with `data`."""
    assert has_focus(combo)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        for _ in range(limit):
            if combo.currentData() == data:
                return
            before = combo.currentIndex()
            press(qtbot, key)
            if combo.currentIndex() == before:
                break
    assert combo.currentData() == data, f"{data!r} not reached with the arrow keys"


def clear_and_type(qtbot, text: str) -> None:
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, text)


def show_active(qtbot, widget: QWidget, size=(1366, 768)) -> QWidget:
    widget.resize(*size)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None or widget.isActiveWindow())
    return widget
