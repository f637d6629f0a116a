"""The case file's header: what everyone must see at once — is the man held, is there a contact
ban, how high is the risk, is a reassessment overdue, how long until the first contact, and
whether he is a focus person."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models.enums import Agency, CaseStatus, ContactBan, Custody, PartyRole, RiskLevel
from app.services.cases.case_file import CaseFileView
from app.ui.cases.widgets import (
    Badge,
    FlowLayout,
    agency_definite,
    days_text,
    fmt_date,
    fmt_datetime,
)
from app.ui.labels import consent_kind_label, label

RISK_TONE = {RiskLevel.HIGH: "danger", RiskLevel.ELEVATED: "warning", RiskLevel.LOW: "ok"}


class CaseHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setStyleSheet(
            "QFrame#caseHeader { background: #f8fafc; border-bottom: 1px solid #d0d4da; }"
        )
        self.number = QLabel()
        self.number.setObjectName("pageHeading")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = Badge()
        self.focus = Badge()
        self.meta = QLabel()
        self.meta.setStyleSheet("color: #374151;")
        self.custody = Badge()
        self.ban = Badge()
        self.risk = Badge()
        self.reassess = Badge()
        self.window = Badge()
        # The consent state per direction (social services -> police, police -> social services)
        self.consent_badges = {Agency.POLICE: Badge(), Agency.SOCIAL: Badge()}
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextFormat(Qt.TextFormat.PlainText)
        self.changed = QLabel()
        self.changed.setStyleSheet("color: #6b7280;")

        top = QHBoxLayout()
        top.addWidget(self.number)
        top.addWidget(self.status)
        top.addWidget(self.focus)
        top.addSpacing(12)
        top.addWidget(self.meta, 1)
        self.badges = QWidget()
        badges = FlowLayout(self.badges)
        for b in (
            self.custody,
            self.ban,
            self.risk,
            self.reassess,
            self.window,
            *self.consent_badges.values(),
        ):
            badges.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.badges)
        bottom = QHBoxLayout()
        bottom.addWidget(self.people, 1)
        bottom.addWidget(self.changed)
        layout.addLayout(bottom)

    def show_view(self, view: CaseFileView, today: date, viewer: Agency) -> None:
        self.viewer = viewer
        self.number.setText(view.case_number)
        if view.status == CaseStatus.OPEN:
            self.status.set(label(view.status), "info")
        else:
            self.status.set(
                self.tr("Avslutat {date}").format(date=fmt_date(view.closed_on)), "neutral"
            )
        self.focus.set(self.tr("Fokusperson") if view.focus_person else "", "danger")
        area = label(view.area)
        if view.district:
            area = self.tr("{area} ({district})").format(area=area, district=view.district)
        self.meta.setText(
            self.tr("Källa: {source} · {area} · Öppnat {opened}").format(
                source=label(view.source), area=area, opened=fmt_date(view.opened_on)
            )
        )
        self._custody(view)
        self._ban(view, today)
        self._risk(view)
        self._window(view)
        victim, suspect = view.party(PartyRole.VICTIM), view.party(PartyRole.SUSPECT)
        none = self.tr("ingen registrerad")
        self.people.setText(
            self.tr(
                "Våldsutsatt: {victim}    Misstänkt: {suspect}    Ansvarig polis: {police}    "
                "Ansvarig socialsekreterare: {social}"
            ).format(
                victim=(victim.display_name or self.tr("(namn saknas)")) if victim else none,
                suspect=(suspect.display_name or self.tr("(namn saknas)")) if suspect else none,
                police=view.assigned_police_name or self.tr("ingen"),
                social=view.assigned_social_name or self.tr("ingen"),
            )
        )
        self.changed.setText(
            self.tr("Senast ändrat {when} av {who}").format(
                when=fmt_datetime(view.updated_at), who=view.updated_by_name
            )
            if view.updated_by_name
            else ""
        )

    CONSENT_TONE = {
        "in_force": "ok",
        "partial": "info",
        "expiring": "warning",
        "expired": "caution",
        "none": "neutral",
    }

    def show_consents(self, states) -> None:
        """`states`: consents.direction_states of the case. One badge per direction, naming the
        victim's state first (the tooltip lists every party)."""
        for viewer, badge in self.consent_badges.items():
            mine = [s for s in states if s.viewer is viewer]
            if not mine:
                badge.set("", "neutral")
                continue
            direction = (
                self.tr("Samtycke soc → polis")
                if viewer is Agency.POLICE
                else self.tr("Samtycke polis → soc")
            )
            order = ("in_force", "expiring", "partial", "expired", "none")
            best = min(mine, key=lambda s: order.index(s.state))
            badge.set(
                self.tr("{direction}: {state}").format(
                    direction=direction, state=self._consent_text(best)
                ),
                self.CONSENT_TONE[best.state],
                "\n".join(
                    self.tr("{name}: {state}").format(
                        name=s.person_name or self.tr("(namn saknas)"),
                        state=self._consent_text(s),
                    )
                    for s in mine
                ),
            )

    def _consent_text(self, state) -> str:
        if state.state == "none":
            return self.tr("saknas")
        if state.state == "expired":
            return self.tr("gick ut {date}").format(date=fmt_date(state.valid_until))
        until = (
            self.tr("t.o.m. {date}").format(date=fmt_date(state.valid_until))
            if state.valid_until
            else self.tr("tills vidare")
        )
        if state.state == "partial":
            kinds = ", ".join(consent_kind_label(k) for k in state.kinds)
            return self.tr("bara {kinds}, {until}").format(kinds=kinds, until=until)
        if state.state == "expiring":
            return self.tr("går snart ut, {until}").format(until=until)
        return self.tr("gäller, {until}").format(until=until)

    def _custody(self, view: CaseFileView) -> None:
        legal = view.legal
        since = fmt_datetime(legal.custody_since)
        until = fmt_datetime(legal.custody_until)
        if legal.custody == Custody.DETAINED:
            text = self.tr("HÄKTAD sedan {since}").format(since=since)
            if until:
                text += self.tr(" · till/omprövas {until}").format(until=until)
            self.custody.set(text, "danger")
        elif legal.custody == Custody.ARRESTED:
            self.custody.set(self.tr("ANHÅLLEN sedan {since}").format(since=since), "danger")
        elif legal.custody == Custody.RELEASED:
            self.custody.set(
                self.tr("Släppt {until}").format(until=until) if until else label(Custody.RELEASED),
                "warning",
                self.tr("Frihetsberövad {since}").format(since=since) if since else "",
            )
        else:
            self.custody.set(label(Custody.NONE), "neutral")

    def _ban(self, view: CaseFileView, today: date) -> None:
        legal = view.legal
        if legal.contact_ban == ContactBan.NONE:
            self.ban.set(label(ContactBan.NONE), "neutral")
            return
        span = self.tr("{start} – {end}").format(
            start=fmt_date(legal.contact_ban_from), end=fmt_date(legal.contact_ban_to) or "…"
        )
        text = self.tr("{kind} {span}").format(kind=label(legal.contact_ban), span=span)
        if legal.contact_ban_in_force(today):
            self.ban.set(text, "ban")
        else:
            self.ban.set(self.tr("{text} (gäller inte nu)").format(text=text), "neutral")

    def _risk(self, view: CaseFileView) -> None:
        risk = view.newest_risk
        hidden = view.other_agency_assessments
        if risk is None:
            text = self.tr("Ingen riskbedömning")
            if hidden:
                text = self.tr("Ingen läsbar riskbedömning ({n} hos {agency})").format(
                    n=hidden, agency=agency_definite(self.viewer.other)
                )
            self.risk.set(text, "caution")
        else:
            self.risk.set(
                self.tr("Risk: {level} · {instrument} {date}").format(
                    level=label(risk.level),
                    instrument=label(risk.instrument),
                    date=fmt_date(risk.assessed_on),
                ),
                RISK_TONE[risk.level],
            )
        if view.reassessments_due:
            oldest = min(r.reassess_on for r in view.reassessments_due)
            self.reassess.set(
                self.tr("Ny riskbedömning skulle ha gjorts {date}").format(date=fmt_date(oldest)),
                "warning",
            )
        else:
            self.reassess.set("", "neutral")

    def _window(self, view: CaseFileView) -> None:
        w = view.window
        start = self.tr("händelsen") if w.start_is_incident else self.tr("ärendestart")
        if w.days is not None:
            self.window.set(
                self.tr("Första nådda kontakt: {days} efter {start}").format(
                    days=days_text(w.days), start=start
                ),
                "neutral",
            )
        elif w.waiting_days is not None:
            self.window.set(
                self.tr("Ingen nådd kontakt – {days} sedan {start}").format(
                    days=days_text(w.waiting_days), start=start
                ),
                "warning",
            )
        else:
            self.window.set(self.tr("Ingen nådd kontakt"), "neutral")
