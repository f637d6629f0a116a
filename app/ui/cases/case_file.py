"""The case file (ärendeakt): the screen the team lives in all day.

`CaseFileWidget(ctx, case_id, parent)` shows one case: a header with what must be seen at once
(custody, contact ban, newest risk, overdue reassessment, window of opportunity, focus person)
and the tabs Översikt, Kontakter, Samtycken, Lotsning, Riskbedömningar and Avslut.

Shortcuts (while focus is inside the case file): Ctrl+K new contact, Ctrl+S save the edits of
the current tab, F5 read the case in again. Opening the widget records `case_opened`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.cases import case_file, consents
from app.services.cases.case_file import CaseFileView
from app.services.core.timeutil import today_local
from app.ui.cases.actions_tab import ActionsTab
from app.ui.cases.assessments_tab import AssessmentsTab
from app.ui.cases.case_header import CaseHeader
from app.ui.cases.closing_tab import ClosingTab
from app.ui.cases.consents_tab import ConsentsTab
from app.ui.cases.contacts_tab import ContactsTab
from app.ui.cases.overview_tab import OverviewTab
from app.ui.cases.referrals_tab import ReferralsTab
from app.ui.context import AppContext
from app.ui.unsaved import differs, snapshot

logger = logging.getLogger(__name__)


class CaseFileWidget(QWidget):
    case_changed = Signal(int)  # the case id, after anything in it was saved

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.case_id = ctx, case_id
        self.view: CaseFileView | None = None
        self._typed_baseline: dict[int, object] = {}
        self.header = CaseHeader()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a; padding: 12px;")
        self.message.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(ctx)
        self.contacts = ContactsTab(ctx)
        self.consents = ConsentsTab(ctx)
        self.referrals = ReferralsTab(ctx)
        self.assessments = AssessmentsTab(ctx)
        self.closing = ClosingTab(ctx)
        self.actions_tab = ActionsTab(ctx)
        for tab, title in (
            (self.overview, self.tr("Ö&versikt")),
            (self.contacts, self.tr("&Kontakter")),
            (self.consents, self.tr("Sa&mtycken")),
            (self.referrals, self.tr("&Lotsning")),
            (self.assessments, self.tr("&Riskbedömningar")),
            (self.closing, self.tr("A&vslut")),
            (self.actions_tab, self.tr("&Bevakning")),
        ):
            self.tabs.addTab(tab, title)
            tab.changed.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        self.viewers_button: QPushButton | None = None
        if ctx.actor.is_admin:  # the lead: who has opened this case (the audit trail)
            self.viewers_button = QPushButton(self.tr("Vem har öppnat &ärendet…"))
            self.viewers_button.setObjectName("caseViewers")
            self.viewers_button.clicked.connect(self.show_viewers)
            row = QHBoxLayout()
            row.setContentsMargins(8, 2, 8, 2)
            row.addStretch(1)
            row.addWidget(self.viewers_button)
            layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for seq, slot in (("Ctrl+K", self.new_contact), ("Ctrl+S", self.save), ("F5", self.reload)):
            shortcut = QShortcut(QKeySequence(seq), self, activated=slot)
            shortcut.setContext(context)

        try:
            self.view = case_file.open_case(ctx.db, ctx.actor, case_id)  # audits case_opened
        except UserError as exc:
            self._show_failure(exc)
            return
        self._show(self.view, keep_edits=False)
        self.setFocusProxy(self.tabs)  # focus lands inside, so the shortcuts work at once

    def title(self) -> str:
        return self.view.case_number if self.view else self.tr("Ärende")

    # --- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            view = case_file.load_case(self.ctx.db, self.ctx.actor, self.case_id)
        except UserError as exc:
            self._show_failure(exc)
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and (focus is self or self.isAncestorOf(focus))
        self._show(view, keep_edits=self.overview.is_dirty())
        self.case_changed.emit(self.case_id)
        if had_focus:  # the focused button may have been rebuilt away ("Erbjöds i dag")
            QTimer.singleShot(0, self, self._keep_focus_inside)

    def _keep_focus_inside(self) -> None:
        """Focus stays in the case file after a view is rebuilt, so Ctrl+K and Ctrl+S go on
        working and a typed letter never reaches the menu bar."""
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            current = self.tabs.currentWidget()
            (current or self.tabs).setFocus(Qt.FocusReason.OtherFocusReason)

    def on_changes(self, batch) -> None:
        """A committed write that may touch this case (app.ui.changes, through the cases page):
        reload, keeping the edits in progress on Översikt."""
        if self.view is None:
            return
        if any(c.case_id in (self.case_id, None) for c in batch):
            self.reload()

    # --- unsaved input -------------------------------------------------------------------

    def _form_tabs(self) -> tuple[QWidget, ...]:
        """The tabs whose forms hold typed input (Översikt keeps its own dirty check)."""
        return (self.contacts, self.consents, self.referrals, self.assessments, self.closing)

    def _typed(self) -> dict[int, object]:
        values: dict[int, object] = {}
        for tab in self._form_tabs():
            values.update(snapshot(tab, typed_only=True))
        return values

    def _dirty_tab(self) -> QWidget | None:
        for tab in self._form_tabs():
            if differs(self._typed_baseline, snapshot(tab, typed_only=True)):
                return tab
        return None

    def has_unsaved_changes(self) -> bool:
        if self.view is None:
            return False
        return self.overview.is_dirty() or self._dirty_tab() is not None

    def save_unsaved(self) -> bool:
        """ "Spara" in the unsaved-changes question: save Översikt's edits and the forms of
        Samtycken, Lotsning and Riskbedömningar. Returns False (showing the tab) when something
        could not be saved or must be finished by hand (the closing form closes the case)."""
        if self.overview.is_dirty() and not self.overview.save():
            self.tabs.setCurrentWidget(self.overview)
            return False
        savers = {
            self.consents: self.consents.record,
            self.referrals: self.referrals.save,
            self.assessments: self.assessments.save,
        }
        tab = self._dirty_tab()
        if tab is not None and tab in savers:
            savers[tab]()
            tab = self._dirty_tab()
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
            return False
        return True

    def _show(self, view: CaseFileView, *, keep_edits: bool) -> None:
        before = self._typed()
        typed = {k for k, v in before.items() if self._typed_baseline.get(k, v) != v}
        old_baseline = self._typed_baseline
        self._show_view(view, keep_edits=keep_edits)
        # What a reload leaves in a form the person was typing in stays unsaved input.
        self._typed_baseline = self._typed()
        for key in typed:
            if self._typed_baseline.get(key) == before[key]:
                self._typed_baseline[key] = old_baseline.get(key, "")

    def _show_view(self, view: CaseFileView, *, keep_edits: bool) -> None:
        self.view = view
        self.message.hide()
        self.header.show()
        self.tabs.show()
        self.header.show_view(view, today_local(), self.ctx.actor.agency)
        if self.ctx.actor.is_caseworker or self.ctx.actor.is_admin:
            self.header.show_consents(
                consents.direction_states(self.ctx.db, self.ctx.actor, view.id)
            )
        self.overview.show_view(view, keep_edits=keep_edits)
        self.contacts.show_view(view)
        self.consents.show_view(view)
        self.referrals.show_view(view)
        self.assessments.show_view(view)
        self.closing.show_view(view)
        self.actions_tab.show_view(view)
        late = sum(1 for a in self.actions_tab.rows if a.overdue)
        open_ = sum(1 for a in self.actions_tab.rows if a.done_on is None)
        self.tabs.setTabText(
            self.tabs.indexOf(self.actions_tab),
            self.tr("&Bevakning ({n}, {late} försenade)").format(n=open_, late=late)
            if late
            else self.tr("&Bevakning ({n})").format(n=open_),
        )
        total = self.contacts.timeline.total if self.contacts.timeline else 0
        self.tabs.setTabText(1, self.tr("&Kontakter ({n})").format(n=total))
        due = len(view.reassessments_due)
        self.tabs.setTabText(
            4,
            self.tr("&Riskbedömningar ({n} försenad)").format(n=due)
            if due
            else self.tr("&Riskbedömningar"),
        )

    def _show_failure(self, exc: UserError) -> None:
        logger.info("case %s could not be shown", self.case_id)
        self.message.setText(exc.message())
        self.message.show()
        self.header.hide()
        self.tabs.hide()

    # --- actions -------------------------------------------------------------------------

    def show_viewers(self) -> None:
        from app.ui.admin.case_viewers_dialog import CaseViewersDialog

        try:
            dialog = CaseViewersDialog(self.ctx, self.case_id, self)
        except UserError as exc:
            from app.ui import messages

            messages.user_error(self, exc)
            return
        self.viewers_dialog = dialog  # tests reach it
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def new_contact(self) -> None:
        if self.view is None:
            return
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.new_contact()

    def save(self) -> None:
        """Ctrl+S: save the edits of the current tab (the legal status form on Översikt)."""
        current = self.tabs.currentWidget()
        if current is self.overview or self.overview.is_dirty():
            self.overview.save()
