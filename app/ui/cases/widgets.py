"""Small widgets of the case file: optional date fields, colour-coded badges, inline errors."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from app.errors import UserError
from app.services.core.timeutil import LOCAL_ZONE, as_utc
from app.ui import formatting
from app.vocabulary import checks


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseWidgets", text)


# Badge colours (background, text): readable on screen and in greyscale print-outs.
TONES = {
    "danger": ("#a4161a", "#ffffff"),
    "warning": ("#b45309", "#ffffff"),
    "caution": ("#fde68a", "#3d2a00"),
    "info": ("#1f3a68", "#ffffff"),
    "ban": ("#5b2a86", "#ffffff"),
    "ok": ("#2e6b3f", "#ffffff"),
    "neutral": ("#e5e7eb", "#1f2937"),
}


class Badge(QLabel):
    """A rounded, colour-coded status label (custody, contact ban, risk ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.set("", "neutral")

    def set(self, text: str, tone: str, tooltip: str = "") -> None:
        bg, fg = TONES[tone]
        self.setText(text)
        self.setToolTip(tooltip)
        self.setProperty("tone", tone)
        self.setStyleSheet(
            f"QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 4px 10px; "
            "font-weight: 600; }"
        )
        self.setVisible(bool(text))


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet("color: #a4161a;")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def show_error(label: QLabel, exc: UserError | None) -> None:
    label.setText(exc.message() if exc else "")


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d0d4da;")
    return line


def fmt_date(value: date | None) -> str:
    return formatting.date_text(value)


def fmt_datetime(value: datetime | None) -> str:
    return formatting.datetime_text(as_utc(value) if value is not None else None)


class DateField(QLineEdit):
    """An optional date typed as ÅÅÅÅ-MM-DD (empty allowed). `value(field)` raises a UserError
    naming the field when the text is not a date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("ÅÅÅÅ-MM-DD"))
        self.setMinimumWidth(120)
        self.setMaximumWidth(135)
        self.setClearButtonEnabled(True)

    def set_value(self, value: date | None) -> None:
        self.setText(fmt_date(value))

    def value(self, field: str) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise checks.not_a_date(field, text) from None


class DateTimeField(QLineEdit):
    """An optional Swedish local date and time typed as ÅÅÅÅ-MM-DD TT:MM (a date alone means
    00:00); returned as an aware datetime."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("ÅÅÅÅ-MM-DD TT:MM"))
        self.setMinimumWidth(175)
        self.setMaximumWidth(190)
        self.setClearButtonEnabled(True)

    def set_value(self, value: datetime | None) -> None:
        self.setText(fmt_datetime(value))

    def value(self, field: str) -> datetime | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            parsed = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
        except ValueError:
            raise UserError(
                "Fältet {field}: ”{value}” är ingen tidpunkt. Skriv ÅÅÅÅ-MM-DD TT:MM.",
                field=field,
                value=text,
            ) from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=LOCAL_ZONE)
        return as_utc(parsed)


def days_text(n: int) -> str:
    return _tr("1 dag") if n == 1 else _tr("{n} dagar").format(n=n)


def contacts_text(n: int) -> str:
    return _tr("1 kontakt") if n == 1 else _tr("{n} kontakter").format(n=n)


def assessments_text(n: int) -> str:
    return _tr("1 bedömning") if n == 1 else _tr("{n} bedömningar").format(n=n)


def agency_definite(agency) -> str:
    """'polisen' / 'socialtjänsten', for use inside a sentence."""
    from app.models.enums import Agency

    return _tr("polisen") if Agency(agency) == Agency.POLICE else _tr("socialtjänsten")


def role_short(role) -> str:
    from app.models.enums import PartyRole
    from app.ui.labels import short_label

    return short_label(PartyRole(role))


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps to a new line when the width runs out (Qt's
    "Flow Layout" example), so the header's badges never force the window wider."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 (Qt)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            next_x = x + hint.width() + self._spacing
            if next_x - self._spacing > rect.right() + 1 and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                next_x = x + hint.width() + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


def left(widget: QWidget) -> QWidget:
    """The widget at its natural width, aligned left (for buttons in form rows)."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return host
