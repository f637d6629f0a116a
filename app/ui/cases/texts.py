"""Labels for the vocabularies shown in the case list and the intake dialog.

app.ui.labels keys its table by enum member, but StrEnum members of different enums with the same
value are equal and hash alike (CaseStatus.OPEN == Investigation.OPEN == "open"), so that table
returns another enum's label for them ("Förundersökning pågår" for an open case, "Inte
frihetsberövad" for no protection). These screens use labels keyed by (enum, value) instead.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import enums as e

_TEXTS: dict[tuple[type, str], str] = {
    (e.CaseStatus, "open"): QT_TRANSLATE_NOOP("labels", "Öppet"),
    (e.CaseStatus, "closed"): QT_TRANSLATE_NOOP("labels", "Avslutat"),
    (e.CaseSource, "police_tip"): QT_TRANSLATE_NOOP("labels", "Tips från polis"),
    (e.CaseSource, "binr"): QT_TRANSLATE_NOOP("labels", "BINR"),
    (e.CaseSource, "rvt"): QT_TRANSLATE_NOOP("labels", "RVT"),
    (e.CaseSource, "own_identification"): QT_TRANSLATE_NOOP("labels", "Egen identifiering"),
    (e.CaseSource, "public_tip"): QT_TRANSLATE_NOOP("labels", "Tips från allmänheten"),
    (e.CaseSource, "other"): QT_TRANSLATE_NOOP("labels", "Annat"),
    (e.Protection, "none"): QT_TRANSLATE_NOOP("labels", "Ingen"),
    (e.Protection, "sekretessmarkering"): QT_TRANSLATE_NOOP("labels", "Sekretessmarkering"),
    (e.Protection, "skyddad_folkbokforing"): QT_TRANSLATE_NOOP("labels", "Skyddad folkbokföring"),
    (e.Protection, "fingerade_personuppgifter"): QT_TRANSLATE_NOOP(
        "labels", "Fingerade personuppgifter"
    ),
    (e.Relation, "current_partner"): QT_TRANSLATE_NOOP("labels", "Nuvarande partner"),
    (e.Relation, "former_partner"): QT_TRANSLATE_NOOP("labels", "Tidigare partner"),
    (e.Relation, "other"): QT_TRANSLATE_NOOP("labels", "Annan relation"),
    (e.PartyRole, "victim"): QT_TRANSLATE_NOOP("labels", "Våldsutsatt"),
    (e.PartyRole, "suspect"): QT_TRANSLATE_NOOP("labels", "Misstänkt våldsutövare"),
}


def text(value: Enum) -> str:
    """The Swedish label of one of the enums above."""
    return QCoreApplication.translate("labels", _TEXTS[(type(value), value.value)])
