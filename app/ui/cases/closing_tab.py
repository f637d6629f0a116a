"""The "Avslut" tab: close the case with its outcome (did violence and threats stop as far as
known; follow-up date; referred on to) or reopen it with a reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConcurrentEditError, UserError
from app.models.enums import CaseStatus
from app.services.cases import case_file
from app.services.cases.case_file import CaseFileView, Outcome
from app.services.core.timeutil import today_local
from app.ui.cases import conflict
from app.ui.cases.widgets import DateField, error_label, fmt_date, show_error
from app.ui.cases.widgets import left as _left
from app.ui.context import AppContext
from app.vocabulary import fields as F

FOLLOW_UP_AFTER = timedelta(days=182)  # suggested follow-up: about six months on


class ClosingTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: CaseFileView | None = None

        self.close_box = QGroupBox(self.tr("Avsluta ärendet"))
        self.stopped = QButtonGroup(self)
        self.stopped_yes = QRadioButton(self.tr("Ja"))
        self.stopped_no = QRadioButton(self.tr("Nej"))
        self.stopped_unknown = QRadioButton(self.tr("Vet inte"))
        radios = QHBoxLayout()
        for i, r in enumerate((self.stopped_yes, self.stopped_no, self.stopped_unknown)):
            self.stopped.addButton(r, i)
            radios.addWidget(r)
        radios.addStretch(1)
        self.follow_up = DateField()
        self.referred = QLineEdit()
        self.referred.setPlaceholderText(self.tr("t.ex. RVC Innerstaden, Manscentrum"))
        self.closed_on = DateField()
        self.close_button = QPushButton(self.tr("Avsluta ärendet"))
        self.close_button.clicked.connect(self.close_case)
        self.close_error = error_label()
        form = QFormLayout(self.close_box)
        form.addRow(
            QLabel(
                self.tr(
                    "Utfallet används för uppföljning och RRI-liknande siffror (andel ärenden "
                    "där våldet och hoten upphörde)."
                )
            )
        )
        form.addRow(self.tr("Upphörde våldet och hoten, så långt känt?"), radios)
        form.addRow(self.tr("&Uppföljning den"), self.follow_up)
        form.addRow(self.tr("&Lotsad vidare till"), self.referred)
        form.addRow(self.tr("A&vslutat den"), self.closed_on)
        form.addRow("", _left(self.close_button))
        form.addRow("", self.close_error)

        self.reopen_box = QGroupBox(self.tr("Ärendet är avslutat"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(self.tr("Varför öppnas ärendet igen? (krävs)"))
        self.reopen_button = QPushButton(self.tr("Öppna ärendet igen"))
        self.reopen_button.clicked.connect(self.reopen)
        self.reopen_error = error_label()
        rl = QVBoxLayout(self.reopen_box)
        rl.addWidget(self.summary)
        rl.addWidget(QLabel(self.tr("Skäl för att öppna igen")))
        rl.addWidget(self.reason)
        rl.addWidget(_left(self.reopen_button))
        rl.addWidget(self.reopen_error)

        self.last_reopen = QLabel()
        self.last_reopen.setWordWrap(True)
        layout = QVBoxLayout(self)
        self.close_box.setMaximumWidth(820)
        self.reopen_box.setMaximumWidth(820)
        layout.addWidget(self.close_box)
        layout.addWidget(self.reopen_box)
        layout.addWidget(self.last_reopen)
        layout.addStretch(1)

    def show_view(self, view: CaseFileView) -> None:
        self.view = view
        is_open = view.status == CaseStatus.OPEN
        self.close_box.setVisible(is_open)
        self.reopen_box.setVisible(not is_open)
        show_error(self.close_error, None)
        show_error(self.reopen_error, None)
        if is_open:
            self.stopped.setExclusive(False)
            for b in self.stopped.buttons():
                b.setChecked(False)
            self.stopped.setExclusive(True)
            self.follow_up.set_value(today_local() + FOLLOW_UP_AFTER)
            self.closed_on.set_value(today_local())
            self.referred.clear()
        else:
            answer = {True: self.tr("ja"), False: self.tr("nej"), None: self.tr("vet inte")}[
                view.violence_stopped
            ]
            self.summary.setText(
                self.tr(
                    "Avslutat {closed}. Upphörde våldet och hoten: {answer}. Uppföljning: "
                    "{follow}. Lotsad vidare till: {referred}."
                ).format(
                    closed=fmt_date(view.closed_on),
                    answer=answer,
                    follow=fmt_date(view.follow_up_on) or self.tr("inget datum"),
                    referred=view.referred_on_to or self.tr("ingen"),
                )
            )
            self.reason.clear()
        self.last_reopen.setText(
            self.tr("Öppnades senast igen med skälet: {reason}").format(reason=view.reopen_reason)
            if view.reopen_reason and is_open
            else ""
        )

    def close_case(self) -> None:
        if self.view is None:
            return
        answer = {0: "yes", 1: "no", 2: "unknown"}.get(self.stopped.checkedId())
        try:
            outcome = Outcome(
                violence_stopped=answer,
                follow_up_on=self.follow_up.value(F.FOLLOW_UP_ON),
                referred_on_to=self.referred.text(),
                closed_on=self.closed_on.value(F.CLOSED_ON),
            )
            case_file.close_case(
                self.ctx.db, self.ctx.actor, self.view.id, outcome, version=self.view.version
            )
        except ConcurrentEditError as exc:
            self._conflict(exc, self.close_error)
            return
        except UserError as exc:
            show_error(self.close_error, exc)
            return
        self.changed.emit()

    def reopen(self) -> None:
        if self.view is None:
            return
        try:
            case_file.reopen_case(
                self.ctx.db,
                self.ctx.actor,
                self.view.id,
                self.reason.toPlainText(),
                version=self.view.version,
            )
        except ConcurrentEditError as exc:
            self._conflict(exc, self.reopen_error)
            return
        except UserError as exc:
            show_error(self.reopen_error, exc)
            return
        self.changed.emit()

    def _conflict(self, exc: ConcurrentEditError, error_widget) -> None:
        if conflict.ask(self, exc) == conflict.RELOAD:
            self.changed.emit()
            return
        # Keep what the user typed; the next attempt goes against the new version.
        self.view = case_file.load_case(self.ctx.db, self.ctx.actor, self.view.id)
        error_widget.setText(
            self.tr("Ärendet har ändrats av någon annan. Dina uppgifter finns kvar; försök igen.")
        )
