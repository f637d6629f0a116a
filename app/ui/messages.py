"""Modal messages in one place, so every dialog looks and reads the same, and GUI tests can
replace them (a modal box would block an offscreen test)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app import APP_NAME
from app.errors import UserError


def error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or APP_NAME, text)


def user_error(parent: QWidget | None, exc: UserError, title: str | None = None) -> None:
    error(parent, exc.message(), title)


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    QMessageBox.information(parent, title or APP_NAME, text)


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or APP_NAME,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def choice(parent: QWidget | None, text: str, buttons: list[str], title: str | None = None) -> int:
    """Ask with named buttons; returns the index of the one chosen (the last one on Escape)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title or APP_NAME, text, parent=parent)
    made = [box.addButton(b, QMessageBox.ButtonRole.AcceptRole) for b in buttons]
    box.setDefaultButton(made[0])
    box.setEscapeButton(made[-1])
    box.exec()
    clicked = box.clickedButton()
    return made.index(clicked) if clicked in made else len(made) - 1
