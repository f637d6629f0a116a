"""Small pieces shared by the transport dialogs: date-time fields in Stockholm time, inline field
errors, and the safety panel (custody and contact ban shown prominently)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError, ValidationError
from app.models.enums import ContactBan, Custody, TransportStatus
from app.services.transports import safety
from app.services.transports.safety import SafetyCheck
from app.ui import formatting
from app.ui.dates import QuickDateTimeEdit
from app.ui.labels import label

ERROR_STYLE = "color: #9b1c1c;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TransportWidgets", text)


def datetime_edit() -> QDateTimeEdit:
    edit = QuickDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setMinimumWidth(150)
    return edit


def set_local(edit: QDateTimeEdit, value: datetime) -> None:
    """Show an instant as Stockholm wall time."""
    t = safety.local(value)
    edit.setDateTime(QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute)))


def get_local(edit: QDateTimeEdit) -> datetime:
    """The wall time typed (naive; the services read naive times as Stockholm time)."""
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def error_label() -> QLabel:
    lab = QLabel()
    lab.setStyleSheet(ERROR_STYLE)
    lab.setWordWrap(True)
    lab.hide()
    return lab


def with_error(widget: QWidget, error: QLabel) -> QWidget:
    """A form field with its error label below it (the label stays hidden until needed)."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class FieldErrors:
    """Inline error labels keyed by the service's field names; the rest goes to `general`."""

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self.labels: dict[str, QLabel] = {}

    def add(self, field: str) -> QLabel:
        lab = error_label()
        lab.setObjectName("fieldError_" + field)
        self.labels[field] = lab
        return lab

    def clear(self) -> None:
        for lab in (*self.labels.values(), self.general):
            lab.clear()
            lab.hide()

    def show(self, exc: UserError) -> None:
        self.clear()
        problems = exc.problems if isinstance(exc, ValidationError) else [exc]
        rest = []
        for problem in problems:
            target = self.labels.get(problem.field or "")
            if target is None:
                rest.append(problem.message())
                continue
            text = problem.message()
            target.setText((target.text() + "\n" + text) if target.text() else text)
            target.show()
        if rest:
            self.general.setText("\n".join(rest))
            self.general.show()

    def text_of(self, field: str) -> str:
        lab = self.labels.get(field)
        return lab.text() if lab else ""


def _line(title: str, value: str, *, strong: bool = False) -> str:
    value_html = html.escape(value)
    if strong:
        value_html = f"<b>{value_html}</b>"
    return (
        f"<tr><td width='38%' style='padding-right:8px; color:#444'>{html.escape(title)}</td>"
        f"<td>{value_html}</td></tr>"
    )


def custody_text(check: SafetyCheck) -> str:
    if not check.has_suspect:
        return _tr("Ingen misstänkt i ärendet")
    text = label(check.custody)
    if check.custody is Custody.NONE:
        return text
    if check.custody is Custody.RELEASED:
        if check.custody_until:
            return _tr("Släppt {t}").format(t=safety.local_text(check.custody_until))
        return text
    parts = [text]
    if check.custody_since:
        parts.append(_tr("från {t}").format(t=safety.local_text(check.custody_since)))
    if check.custody in safety.IN_CUSTODY:
        if check.custody_until:
            parts.append(_tr("till {t}").format(t=safety.local_text(check.custody_until)))
        elif check.custody_ends:
            parts.append(
                _tr("längst till {t} (antaget)").format(t=safety.local_text(check.custody_ends))
            )
        else:
            parts.append(_tr("tills vidare"))
    return " ".join(parts)


def ban_text(check: SafetyCheck) -> str:
    text = label(check.contact_ban)
    if check.contact_ban is ContactBan.NONE:
        return text
    span = " – ".join(
        formatting.date_text(d) if d else "…"
        for d in (check.contact_ban_from, check.contact_ban_to)
    )
    state = _tr("gäller") if check.contact_ban_active else _tr("gäller inte")
    return f"{text} {span} ({state})"


class SafetyPanel(QFrame):
    """The safety check: custody and contact ban first and large, then the rule's verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel(_tr("Säkerhetskontroll"))
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.body = QLabel()
        self.body.setObjectName("safetyBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setStyleSheet("QScrollArea, #safetyBody { background: transparent; border: none; }")
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        self.check: SafetyCheck | None = None
        self.show_check(None)

    def show_check(
        self,
        check: SafetyCheck | None,
        message: str | None = None,
        *,
        status: TransportStatus | None = None,
    ) -> None:
        """`status`: the transport's status; a finished one shows the facts without a verdict."""
        self.check = check
        finished = status in (TransportStatus.DONE, TransportStatus.CANCELLED)
        # On the board a request has no plan yet: its "problems" are what the plan must meet.
        pending = status is TransportStatus.REQUESTED
        if check is None:
            self.setStyleSheet("#safetyPanel { border: 1px solid #b0b0b0; background: #fafafa; }")
            self.body.setText(html.escape(message or _tr("Välj en transport.")))
            return
        colour = "#9b1c1c" if check.problems else ("#8a5a00" if check.warnings else "#1d6b34")
        background = "#fbeaea" if check.problems else ("#fdf6e3" if check.warnings else "#eaf6ee")
        if finished:
            colour, background = "#b0b0b0", "#fafafa"
        elif pending and check.problems:
            colour, background = "#8a5a00", "#fdf6e3"
        self.setStyleSheet(
            f"#safetyPanel {{ border: 2px solid {colour}; background: {background}; }}"
        )
        in_custody = check.custody in safety.IN_CUSTODY
        rows = [
            _line(_tr("Misstänkt"), custody_text(check), strong=True),
            _line(_tr("Kontaktförbud"), ban_text(check), strong=check.contact_ban_active),
        ]
        if check.planned_start is not None and in_custody:
            rows.append(
                _line(
                    _tr("Frihetsberövandet"),
                    _tr("täcker hela transporten")
                    if check.custody_covers
                    else _tr("täcker INTE hela transporten"),
                    strong=True,
                )
            )
        rows.append(
            _line(
                _tr("Risknivå"),
                _tr("{level} (bedömd {day})").format(
                    level=label(check.newest_risk.level), day=check.newest_risk.assessed_on
                )
                if check.newest_risk
                else _tr("ingen bedömning registrerad"),
            )
        )
        rows.append(
            _line(
                _tr("Upphämtning hos misstänkt"),
                _tr("Ja") if check.suspect_address_pickup else _tr("Nej"),
                strong=check.suspect_address_pickup,
            )
        )
        rows.append(
            _line(
                _tr("Säkerhetsbedömning"),
                _tr("{day}, nivå {level}").format(
                    day=check.safety_assessment.assessed_on,
                    level=label(check.safety_assessment.level).lower(),
                )
                if check.safety_assessment
                else _tr("ingen kopplad"),
            )
        )
        rows.append(
            _line(
                _tr("Besättning"),
                _tr("ej vald – standard {d} polis(er)").format(d=check.default_crew_size)
                if not check.officer_count
                else _tr("{n} polis(er), standard {d}").format(
                    n=check.officer_count, d=check.default_crew_size
                ),
            )
        )
        parts = [
            "<table width='100%' style='font-size:10.5pt'>" + "".join(rows) + "</table>",
        ]
        if finished:
            parts.append(
                "<p style='color:#555'>"
                + html.escape(_tr("Transporten är avslutad; uppgifterna gäller i dag."))
                + "</p>"
            )
        elif check.problems and pending:
            parts.append(
                "<p style='color:#6b4a00'><b>"
                + html.escape(_tr("Krav när transporten planeras:"))
                + "</b><br>"
                + "<br>".join(html.escape(p.text) for p in check.problems)
                + "</p>"
            )
        elif check.problems:
            verdict = (
                _tr("Planen uppfyller inte säkerhetskraven:")
                if status in (TransportStatus.PLANNED, TransportStatus.UNDER_WAY)
                else _tr("Kan inte planeras så här:")
            )
            parts.append(
                "<p style='color:#9b1c1c'><b>"
                + html.escape(verdict)
                + "</b><br>"
                + "<br>".join(html.escape(p.text) for p in check.problems)
                + "</p>"
            )
        if check.warnings and not finished:
            parts.append(
                "<p style='color:#6b4a00'>"
                + "<br>".join("⚠ " + html.escape(w.text) for w in check.warnings)
                + "</p>"
            )
        if not check.problems and not check.warnings and not finished:
            parts.append(
                "<p style='color:#1d6b34'>" + html.escape(_tr("Inga hinder för planen.")) + "</p>"
            )
        self.body.setText("".join(parts))

    def text(self) -> str:
        return self.body.text()
