"""The one widget per picker: a staff member (StaffCombo) and a case (CaseCombo).

They show the choices of app.services.core.pickers; what differs between forms (special entries
such as "Alla" or "Ingen", one agency, leaving oneself out, searching as one types) is a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.models.enums import Agency
from app.services.core.pickers import CaseChoice, StaffChoice


class StaffCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[int, StaffChoice] = {}

    def fill(
        self,
        choices: Iterable[StaffChoice],
        *,
        before: Iterable[tuple[str, Any]] = (),
        after: Iterable[tuple[str, Any]] = (),
        agency: Agency | None = None,
        exclude: Iterable[int | None] = (),
        current: Any = None,
    ) -> None:
        """Special entries `before`, the staff members (of `agency`, without `exclude`) by name,
        entries `after`; then select `current` (data) if it is there."""
        skip = set(exclude)
        self.blockSignals(True)
        self.clear()
        self.choices = {}
        for text, data in before:
            self.addItem(text, data)
        for c in choices:
            if (agency is not None and c.agency != agency) or c.id in skip:
                continue
            self.choices[c.id] = c
            self.addItem(c.full_name, c.id)
        for text, data in after:
            self.addItem(text, data)
        self.blockSignals(False)
        if current is not None:
            self.select(current)

    def select(self, data: Any) -> bool:
        index = self.findData(data)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    def staff_id(self) -> Any:
        return self.currentData()


class CaseCombo(QComboBox):
    """Cases by number. `searchable`: the user types (part of) a number and the owner reloads the
    list for that text (`fill` keeps what was typed)."""

    def __init__(self, *, searchable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[int, CaseChoice] = {}
        if searchable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def fill(self, choices: Iterable[CaseChoice]) -> None:
        text = self.currentText() if self.isEditable() else None
        self.blockSignals(True)
        self.clear()
        self.choices = {c.id: c for c in choices}
        for c in self.choices.values():
            self.addItem(c.case_number, c.id)
        self.blockSignals(False)
        if text is not None:
            self.setEditText(text)

    def select_typed(self) -> bool:
        """Select the case whose number is exactly what was typed (any case)."""
        exact = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            self.setCurrentIndex(exact)
        return exact >= 0

    def case_id(self) -> int | None:
        return self.currentData()

    def choice(self, case_id: int | None = None) -> CaseChoice | None:
        return self.choices.get(self.currentData() if case_id is None else case_id)
