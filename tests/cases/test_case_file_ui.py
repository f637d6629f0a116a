"""The case file widget driven like a user: header badges, Ctrl+K / Ctrl+Enter contact entry
with the fatigue figure and the contact rule prompt, Ctrl+S saving with inline errors and the
conflict choice, consents, assessments and closing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Address, AuditEntry, Case, CaseParty, Contact, Person
from app.models.enums import (
    Channel,
    ContactBan,
    Custody,
    Instrument,
    PartyRole,
    Protection,
    RiskLevel,
)
from app.services.cases import case_file
from app.services.core.timeutil import today_local
from app.ui import messages
from app.ui.cases.case_file import CaseFileWidget
from app.ui.context import AppContext
from tests.case_helpers import add_assessment_as, ago, offer_support, second_workstation
from tests.factories import add_contact, make_case


@pytest.fixture(autouse=True)
def no_modals(monkeypatch):
    calls = []
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(messages, "error", lambda *a, **k: calls.append(a))
    monkeypatch.setattr(messages, "info", lambda *a, **k: calls.append(a))
    return calls


def open_widget(qtbot, db, actor, case_id) -> CaseFileWidget:
    widget = CaseFileWidget(AppContext(db, actor), case_id)
    qtbot.addWidget(widget)
    widget.resize(1280, 860)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return widget


def focused():
    return QApplication.focusWidget()


def _set(db, case_id, **values):
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        for k, v in values.items():
            setattr(case, k, v)


def _contacts(db, case_id) -> list[Contact]:
    with db.read(system=True) as s:
        return list(s.execute(select(Contact).where(Contact.case_id == case_id)).scalars())


def test_header_shows_custody_ban_risk_and_records_opening(qtbot, db, staff):
    case_id = make_case(db)
    _set(
        db,
        case_id,
        custody=Custody.DETAINED,
        custody_since=datetime(2026, 1, 11, 5, 15, tzinfo=UTC),
        contact_ban=ContactBan.ORDINARY,
        contact_ban_from=today_local() - timedelta(days=3),
        focus_person=True,
    )
    add_assessment_as(
        db,
        staff.social,
        case_id,
        PartyRole.VICTIM,
        level=RiskLevel.HIGH,
        reassess_on=today_local() - timedelta(days=1),
    )
    widget = open_widget(qtbot, db, staff.social, case_id)
    header = widget.header
    assert widget.title() == "IGOR-2026-0001"
    assert header.custody.text() == "HÄKTAD sedan 2026-01-11 06:15"  # Swedish local time
    assert header.custody.property("tone") == "danger"
    assert header.ban.text().startswith("Kontaktförbud") and header.ban.property("tone") == "ban"
    assert header.risk.text().startswith("Risk: Hög") and header.risk.property("tone") == "danger"
    assert "Ny riskbedömning skulle ha gjorts" in header.reassess.text()
    assert header.focus.text() == "Fokusperson" and header.focus.isVisible()
    assert "Ingen nådd kontakt" in header.window.text()
    assert "försenad" in widget.tabs.tabText(4)
    with db.read(system=True) as s:
        assert s.execute(select(AuditEntry.action)).scalars().all() == ["case_opened"]
    # The police officer cannot read the social services' assessment.
    police = open_widget(qtbot, db, staff.police, case_id)
    assert police.header.risk.text() == "Ingen läsbar riskbedömning (1 hos socialtjänsten)"


def test_contact_entry_from_the_keyboard(qtbot, db, staff):
    case_id = make_case(db)
    for days in (1, 2, 3):
        add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=ago(days=days))
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=20))
    widget = open_widget(qtbot, db, staff.police, case_id)
    changed = []
    widget.case_changed.connect(changed.append)
    qtbot.keyClick(focused(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = widget.contacts.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.party  # ready to type at once
    assert widget.tabs.currentWidget() is widget.contacts
    # Sensible defaults: the victim, now, phone, reached, me, my agency's role text.
    assert dialog.party.currentText().startswith("Maria Andersson")
    assert abs(dialog.when.dateTime().toSecsSinceEpoch() - datetime.now().timestamp()) < 120
    assert dialog.channel.currentData() == Channel.PHONE
    assert not dialog.failed.isChecked()
    assert dialog.staff.currentData() == staff.police.staff_id
    assert "inte förhör" in dialog.held_as.currentText()
    # The fatigue figure counts the social services' contacts too (numbers only).
    assert "3 kontakter senaste 7 dagarna, 4 kontakter senaste 30" in dialog.fatigue.text()
    assert not dialog.rule_box.isVisible()
    dialog.talks[next(iter(dialog.talks))].setChecked(True)
    qtbot.keyClicks(dialog.note, "Ringde upp, allt lugnt.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    saved = [c for c in _contacts(db, case_id) if c.owner_agency == staff.police.agency]
    newest = max(saved, key=lambda c: c.id)
    assert newest.note == "Ringde upp, allt lugnt." and newest.reached
    assert newest.talk_support_violence
    assert changed == [case_id]
    assert widget.contacts.model.rowCount() == 2  # the police's own two
    assert "Kontakter (5)" in widget.tabs.tabText(1).replace("&", "")


def test_failed_attempt_clears_and_disables_talk_kinds(qtbot, db, staff):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.police, case_id)
    widget.new_contact()
    dialog = widget.contacts.dialog
    box = next(iter(dialog.talks.values()))
    box.setChecked(True)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.failed.setFocus()
    qtbot.keyClick(dialog.failed, Qt.Key.Key_Space)
    assert not box.isChecked() and not box.isEnabled()
    dialog.save()
    assert [c.reached for c in _contacts(db, case_id)] == [False]


def test_contact_rule_prompt_requires_a_reason(qtbot, db, staff):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.social, case_id)
    widget.new_contact()
    dialog = widget.contacts.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    suspect = widget.view.party(PartyRole.SUSPECT)
    dialog.party.setCurrentIndex(dialog.party.findData(suspect.id))
    assert dialog.rule_box.isVisible()
    assert "ingen etablerad kontakt" in dialog.rule_text.text()
    assert "stöd och skydd" in dialog.rule_text.text()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "skäl" in dialog.error.text()
    assert _contacts(db, case_id) == []
    qtbot.keyClicks(dialog.reason, "Han bad om samtal i arresten.")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert [c.rule_override_reason for c in _contacts(db, case_id)] == [
        "Han bad om samtal i arresten."
    ]
    assert "[Skäl trots kontaktregeln]" in widget.contacts.model.index(0, 7).data()


def test_clear_rule_shows_no_prompt(qtbot, db, staff):
    case_id = make_case(db)
    offer_support(db, case_id)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(days=1))
    widget = open_widget(qtbot, db, staff.social, case_id)
    widget.new_contact()
    dialog = widget.contacts.dialog
    dialog.party.setCurrentIndex(dialog.party.findData(widget.view.party(PartyRole.SUSPECT).id))
    assert not dialog.rule_box.isVisible() and dialog.rule_ok.isVisible()


def test_ctrl_s_saves_the_legal_status_with_inline_errors(qtbot, db, staff):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.police, case_id)
    tab = widget.overview
    tab.ban.setCurrentIndex(tab.ban.findData(ContactBan.EXTENDED))
    tab.ban_from.setText("2026-13-01")
    qtbot.keyClick(tab.ban_from, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "kontaktförbud från" in tab.error.text() and "ÅÅÅÅ-MM-DD" in tab.error.text()
    tab.ban_from.setText("2026-01-12")
    tab.custody.setCurrentIndex(tab.custody.findData(Custody.ARRESTED))
    qtbot.keyClick(tab.ban_from, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "frihetsberövande sedan" in tab.error.text()  # the service's check, inline
    tab.custody_since.setText("2026-01-11 04:30")
    qtbot.keyClick(tab.ban_from, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert tab.error.text() == ""
    view = case_file.load_case(db, staff.police, case_id)
    assert view.legal.contact_ban == ContactBan.EXTENDED
    assert view.legal.custody_since == datetime(2026, 1, 11, 3, 30, tzinfo=UTC)
    assert widget.header.custody.text().startswith("ANHÅLLEN sedan 2026-01-11 04:30")


@pytest.mark.parametrize("answer", ["reload", "keep"])
def test_conflict_offers_reload_or_keep_editing(qtbot, db, staff, monkeypatch, answer):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.police, case_id)
    other = second_workstation(db)
    try:
        theirs = case_file.load_case(other, staff.social, case_id)
        case_file.update_case(
            other,
            staff.social,
            case_id,
            case_file.CaseEdit(**{**theirs.edit().__dict__, "focus_person": True}),
            version=theirs.version,
        )
    finally:
        other.dispose()
    asked = []

    def choice(parent, text, buttons, title=None):
        asked.append((text, buttons))
        return 0 if answer == "reload" else 1

    monkeypatch.setattr(messages, "choice", choice)
    tab = widget.overview
    tab.custody.setCurrentIndex(tab.custody.findData(Custody.DETAINED))
    tab.custody_since.setText("2026-01-11 04:30")
    widget.save()
    assert asked and "Sara Socionom" in asked[0][0]
    assert asked[0][1] == ["Läs in på nytt", "Fortsätt redigera"]
    if answer == "reload":
        assert tab.custody.currentData() == Custody.NONE  # my edit discarded
        assert tab.focus.isChecked()  # their change shown
        assert widget.header.focus.isVisible()
        return
    assert tab.custody.currentData() == Custody.DETAINED and tab.focus.isChecked()
    assert "nya versionen" in tab.error.text()
    widget.save()
    view = case_file.load_case(db, staff.police, case_id)
    assert view.legal.custody == Custody.DETAINED and view.focus_person  # both kept


def test_protected_address_is_hidden_in_the_overview(qtbot, db, staff):
    case_id = make_case(db)
    with db.write(system=True) as s:
        person = s.execute(
            select(Person)
            .join(CaseParty, CaseParty.person_id == Person.id)
            .where(CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM)
        ).scalar_one()
        person.protection = Protection.SKYDDAD_FOLKBOKFORING
        person.addresses.append(Address(street="Hemliga gatan 1"))
    widget = open_widget(qtbot, db, staff.police, case_id)
    texts = [w.text() for w in widget.overview.findChildren(type(widget.header.people))]
    assert not any("Hemliga gatan" in t for t in texts)
    assert any("Dold" in t for t in texts)
    assert any(t == "Skyddad folkbokföring" for t in texts)


def test_consent_tab_opens_the_other_agencys_notes(qtbot, db, staff):
    case_id = make_case(db)
    add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=ago(days=1), note="HEMLIGT")
    widget = open_widget(qtbot, db, staff.police, case_id)
    assert widget.contacts.hidden.text().startswith("1 kontakt hos socialtjänsten visas inte")
    widget.tabs.setCurrentWidget(widget.consents)
    tab = widget.consents
    tab.person.setCurrentIndex(0)  # the victim is listed first
    tab.given_on.setText("2026-13-40")
    tab.record()
    assert "lämnat den" in tab.error.text()
    tab.given_on.setText(today_local().isoformat())
    tab.record()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == "Aktivt"
    assert widget.contacts.model.rowCount() == 1
    assert widget.contacts.model.rows[0].note == "HEMLIGT"
    tab.table.selectRow(0)
    tab.withdraw()
    assert tab.table.item(0, 3).text().startswith("Återkallat")
    assert widget.contacts.model.rowCount() == 0


def test_assessment_form_defaults_reassessment_to_eight_weeks(qtbot, db, staff):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.police, case_id)
    tab = widget.assessments
    assert tab.party.currentData() == widget.view.party(PartyRole.SUSPECT).id  # SARA: him
    tab.assessed_on.setText("2026-02-02")
    tab.level.setCurrentIndex(tab.level.findData(RiskLevel.HIGH))
    assert tab.reassess_on.text() == (date(2026, 2, 2) + timedelta(weeks=8)).isoformat()
    tab.level.setCurrentIndex(tab.level.findData(RiskLevel.LOW))
    assert tab.reassess_on.text() == ""
    tab.level.setCurrentIndex(tab.level.findData(RiskLevel.ELEVATED))
    tab.endangers.setChecked(True)
    tab.save()
    assert tab.table.rowCount() == 1
    assert "kontakt äventyrar" in tab.table.item(0, 6).text()
    assert widget.header.risk.text().startswith("Risk: Förhöjd")


def test_closing_and_reopening(qtbot, db, staff):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.social, case_id)
    tab = widget.closing
    widget.tabs.setCurrentWidget(tab)
    tab.close_case()
    assert "upphörde våldet och hoten" in tab.close_error.text()
    tab.stopped_yes.setChecked(True)
    tab.close_case()
    assert widget.header.status.text().startswith("Avslutat")
    assert tab.reopen_box.isVisible() and not tab.close_box.isVisible()
    tab.reopen()
    assert "skäl för att öppna igen" in tab.reopen_error.text()
    tab.reason.setPlainText("Ny polisanmälan.")
    tab.reopen()
    assert widget.header.status.text() == "Öppet"
    assert "Ny polisanmälan." in tab.last_reopen.text()


def test_reassessment_reminder_list_opens_the_case(qtbot, db, staff):
    from app.ui.cases.reminders import ReassessmentReminders

    case_id = make_case(db)
    _set(db, case_id, assigned_police_id=staff.police.staff_id)
    add_assessment_as(
        db,
        staff.police,
        case_id,
        PartyRole.SUSPECT,
        reassess_on=today_local() - timedelta(days=2),
        instrument=Instrument.SARA,
    )
    add_assessment_as(
        db, staff.social, case_id, PartyRole.VICTIM, reassess_on=today_local() - timedelta(days=9)
    )
    widget = ReassessmentReminders(AppContext(db, staff.police))
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 1  # only the police's own assessment
    assert widget.table.item(0, 0).text() == "IGOR-2026-0001"
    assert widget.table.item(0, 3).text() == "2 dagar"
    opened = []
    widget.open_case.connect(opened.append)
    widget.table.cellDoubleClicked.emit(0, 0)
    assert opened == [case_id]
    social = ReassessmentReminders(AppContext(db, staff.social))
    qtbot.addWidget(social)
    assert social.table.rowCount() == 0 and social.empty.text()  # not assigned to her
    social.mine.setChecked(False)
    assert social.table.rowCount() == 1


def test_editing_and_deleting_an_own_contact(qtbot, db, staff):
    case_id = make_case(db)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=ago(hours=3))
    add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=ago(hours=2))
    from tests.case_helpers import party_ids
    from tests.factories import give_consent

    give_consent(
        db, party_ids(db, case_id)[PartyRole.VICTIM][1], staff.social, given_on=date(2026, 1, 20)
    )
    widget = open_widget(qtbot, db, staff.police, case_id)
    tab = widget.contacts
    assert tab.model.rowCount() == 2
    tab.table.selectRow(0)  # the social services' (newest): readable, not editable
    assert not tab.edit_button.isEnabled() and not tab.delete_button.isEnabled()
    tab.table.selectRow(1)
    assert tab.edit_button.isEnabled()
    tab.edit_selected()
    dialog = tab.dialog
    assert dialog.windowTitle() == "Ändra kontakt"
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.SMS))
    dialog.save()  # this old contact has no role recorded: it must be given, not guessed
    assert dialog.isVisible() and "roll" in dialog.error.text()
    dialog.held_as.setCurrentIndex(0)
    dialog.save()
    assert not dialog.isVisible()
    row = next(r for r in tab.model.rows if r.editable)
    assert row.channel == Channel.SMS
    tab.table.selectRow(tab.model.rows.index(row))
    tab.delete_selected()
    assert [r.agency.value for r in tab.model.rows] == ["social"]


def test_tab_order_of_the_contact_dialog(qtbot, db, staff):
    case_id = make_case(db)
    widget = open_widget(qtbot, db, staff.police, case_id)
    widget.new_contact()
    dialog = widget.contacts.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    talks = list(dialog.talks.values())
    expected = [dialog.when, dialog.channel, dialog.failed, dialog.staff, dialog.held_as]
    expected += [talks[i] for i in (0, 1, 2, 3, 4, 5, 6)]
    expected.append(dialog.note)
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.append(focus.parent() if focus.parent() is dialog.held_as else focus)
    assert seen == expected
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)  # out of the note, not a tab character
    assert dialog.note.toPlainText() == ""
    assert QApplication.focusWidget() is dialog.save_button


def test_editing_an_own_assessment(qtbot, db, staff):
    case_id = make_case(db)
    add_assessment_as(
        db,
        staff.police,
        case_id,
        PartyRole.SUSPECT,
        level=RiskLevel.ELEVATED,
        instrument=Instrument.SARA,
        endangers=False,
        reassess_on=date(2026, 3, 12),
    )
    widget = open_widget(qtbot, db, staff.police, case_id)
    tab = widget.assessments
    tab.table.selectRow(0)
    assert tab.edit_button.isEnabled()
    tab.edit_selected()
    assert tab.reassess_on.text() == "2026-03-12" and tab.level.currentData() == RiskLevel.ELEVATED
    tab.level.setCurrentIndex(tab.level.findData(RiskLevel.HIGH))
    tab.endangers.setChecked(True)
    tab.save()
    assert tab.error.text() == ""
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == "Hög"
    assert "kontakt äventyrar" in tab.table.item(0, 6).text()
    assert tab.editing is None  # back to "new" after saving
