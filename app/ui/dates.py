"""The program's one date field and one date-time field.

- Typed digits fill the whole field from the year on: focusing the field (Tab, a click on the
  label's mnemonic) selects the year, so `20261210 1500` or `2026-12-10 15:00` is typed as it is
  read; the separators may be typed or left out.
- Tab leaves the field (QDateTimeEdit would step through its five sections first); the sections
  are still reached by the arrow keys, by typing, or by the calendar popup.
- The arrow keys step minutes by 5 (times are booked in fives), other sections by 1.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

MINUTE_STEP = 5
SEPARATORS = "-/:. "


class _Quick:
    _typed_here = False  # a digit typed in the current section since the field moved into it

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        text = event.text()
        if text and text in SEPARATORS and not self._typed_here:
            # The field already moved on by itself when the section was full: a separator
            # typed as the date is read must not skip the next section.
            event.accept()
            return
        before = self.currentSection()  # type: ignore[attr-defined]
        super().keyPressEvent(event)  # type: ignore[misc]
        self._typed_here = (
            bool(text)
            and text.isdigit()
            and (
                self.currentSection() == before  # type: ignore[attr-defined]
            )
        )

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt)
        return QWidget.focusNextPrevChild(self, next_)  # type: ignore[arg-type]

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().focusInEvent(event)  # type: ignore[misc]
        self._typed_here = False
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
            Qt.FocusReason.OtherFocusReason,
        ):
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)  # type: ignore[attr-defined]

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt)
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection:  # type: ignore[attr-defined]
            value = self.dateTime()  # type: ignore[attr-defined]
            minute = value.time().minute()
            if steps > 0:
                target = (minute // MINUTE_STEP + steps) * MINUTE_STEP
            else:
                target = (-(-minute // MINUTE_STEP) + steps) * MINUTE_STEP
            self.setDateTime(value.addSecs((target - minute) * 60))  # type: ignore[attr-defined]
            self.setSelectedSection(QDateTimeEdit.Section.MinuteSection)  # type: ignore[attr-defined]
            return
        super().stepBy(steps)  # type: ignore[misc]


class QuickDateEdit(_Quick, QDateEdit):
    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)


class QuickDateTimeEdit(_Quick, QDateTimeEdit):
    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDateTime(value)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
