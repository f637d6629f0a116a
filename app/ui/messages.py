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


def unexpected(parent: QWidget | None, text: str, diagnostics, title: str | None = None) -> None:
    """An error the program did not expect: the text and a "Kopiera diagnostik" button that
    puts `diagnostics()` (app.services.ops.diagnostics.report: no personal data, no passwords)
    on the clipboard for IT support."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    box = QMessageBox(QMessageBox.Icon.Critical, title or APP_NAME, text, parent=parent)
    copy = box.addButton(
        QCoreApplication.translate("messages", "Kopiera diagnostik"),
        QMessageBox.ButtonRole.ActionRole,
    )
    copy.setObjectName("copyDiagnostics")
    box.addButton(QMessageBox.StandardButton.Close)
    while True:  # copying does not close the box
        box.exec()
        if box.clickedButton() is not copy:
            return
        QGuiApplication.clipboard().setText(diagnostics())
        copy.setText(QCoreApplication.translate("messages", "Diagnostiken är kopierad"))
