"""Labels of stored enum values for widgets: a thin wrapper over app.vocabulary.labels (the only
table of them), translated through Qt."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.models import enums as e
from app.vocabulary import labels as vocabulary
from app.vocabulary.labels import missing_labels  # noqa: F401  (kept for callers)


def label(value: Enum | None) -> str:
    """The label of an enum member in the user's language ('' for None)."""
    if value is None:
        return ""
    return QCoreApplication.translate(vocabulary.CONTEXT, vocabulary.source_text(value))


def short_label(value: Enum) -> str:
    """The short form for narrow columns (the label where an enum has none)."""
    return QCoreApplication.translate(
        vocabulary.CONTEXT, vocabulary.source_text(value, vocabulary.SHORT)
    )


def consent_kind_label(kind: str) -> str:
    """A kind of record a consent covers ("note", "contact", …) in the user's language."""
    return QCoreApplication.translate(vocabulary.CONTEXT, vocabulary.CONSENT_KIND[kind])


def agency_label(agency: e.Agency) -> str:
    return label(agency)
