"""Choosing the user interface language (Verktyg → Språk…, and in Verktyg → Inställningar).

The choice is personal (the per-user settings file) and takes effect at the next start of the
program; letters and forms stay Swedish whatever is chosen.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui import translation


class LanguageBox(QGroupBox):
    """'Follow the computer' or one of translation.LANGUAGES, with the note when it applies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Språk"), parent)
        self.combo = QComboBox()
        system = translation.LANGUAGES[translation.system_language()]
        self.combo.addItem(self.tr("Som datorn ({language})").format(language=system), "")
        for code, name in translation.LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(translation.saved_language() or "")))
        self.combo.setAccessibleName(self.tr("Programmets språk"))
        self.combo.setAccessibleDescription(
            self.tr("Språket byts när programmet startas nästa gång.")
        )
        note = QLabel(
            self.tr(
                "Det valda språket används från nästa start av programmet. Brev och blanketter "
                "skrivs alltid på svenska (de går till svenska myndigheter)."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Språk:"), self.combo)
        form.addRow(note)

    def chosen(self) -> str:
        return self.combo.currentData() or ""

    def changed(self) -> bool:
        return self.chosen() != (translation.saved_language() or "")

    def save(self) -> bool:
        """Save the choice; True if it differs from what was saved before."""
        changed = self.changed()
        translation.save_language(self.chosen() or None)
        return changed


class LanguageDialog(QDialog):
    """The language choice for every user (Inställningar as a whole is for administrators)."""

    def __init__(self, ctx=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Språk"))
        self.box = LanguageBox(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(buttons)

    def accept(self) -> None:
        from app.ui import messages

        if self.box.save():
            messages.info(self, self.tr("Språket byts när du startar programmet nästa gång."))
        super().accept()
