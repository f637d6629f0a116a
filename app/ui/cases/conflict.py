"""What the case file does when another workstation saved first (ConcurrentEditError): say who
and when, and offer "Läs in på nytt" (discard) or "Fortsätt redigera" (keep my changes on top of
the new version; fields both changed are pointed out before saving again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import ConcurrentEditError
from app.ui import messages

RELOAD, KEEP = "reload", "keep"


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseConflict", text)


def ask(parent: QWidget | None, exc: ConcurrentEditError) -> str:
    text = _tr(
        "{message}\n\nLäs in på nytt: du ser den nya versionen och dina osparade ändringar "
        "försvinner.\nFortsätt redigera: dina ändringar finns kvar ovanpå den nya versionen; "
        "granska och spara igen."
    ).format(message=exc.message())
    answer = messages.choice(
        parent,
        text,
        [_tr("Läs in på nytt"), _tr("Fortsätt redigera")],
        _tr("Ändrat av någon annan"),
    )
    return RELOAD if answer == 0 else KEEP
