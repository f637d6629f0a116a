"""The letter templates' titles and field labels as the letters page shows them.

The templates (resources/letters/*.txt) are Swedish, and so is every letter printed from them
(letters and forms go to Swedish authorities). Their titles and field labels also appear in the
user interface, so they are listed here for pyside6-lupdate and shown through `shown()`.
tests/ui/test_language.py fails when a template has a title or label not listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "letter_templates"

TEXTS = (
    QT_TRANSLATE_NOOP("letter_templates", "Fokuspersoner"),
    QT_TRANSLATE_NOOP("letter_templates", "Bekräftelse av tid"),
    QT_TRANSLATE_NOOP("letter_templates", "Dag och tid"),
    QT_TRANSLATE_NOOP("letter_templates", "Plats"),
    QT_TRANSLATE_NOOP("letter_templates", "Du träffar"),
    QT_TRANSLATE_NOOP("letter_templates", "Syfte med träffen"),
    QT_TRANSLATE_NOOP("letter_templates", "Övrigt"),
    QT_TRANSLATE_NOOP("letter_templates", "Orosanmälan"),
    QT_TRANSLATE_NOOP("letter_templates", "Vad oron gäller (vad har hänt, när, vem berättade)"),
    QT_TRANSLATE_NOOP("letter_templates", "Vad vi har gjort hittills"),
    QT_TRANSLATE_NOOP("letter_templates", "Har vårdnadshavare informerats om anmälan?"),
    QT_TRANSLATE_NOOP("letter_templates", "Remiss"),
    QT_TRANSLATE_NOOP("letter_templates", "Anledning till remissen"),
    QT_TRANSLATE_NOOP("letter_templates", "Önskad insats"),
    QT_TRANSLATE_NOOP("letter_templates", "Hur personen helst vill bli kontaktad"),
    QT_TRANSLATE_NOOP("letter_templates", "Samtycke"),
)


def shown(text: str) -> str:
    """A template's title or field label in the user interface language (the letter itself
    keeps the Swedish text)."""
    return QCoreApplication.translate(CONTEXT, text)
