"""Min dag (app/services/myday, app/ui/myday): each section's rows, the secrecy of the rows, the
lead's team and workload view, empty states that explain, and each row opening its place."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from app.errors import AccessDenied
from app.models import Case
from app.models.enums import CaseSource, CaseStatus, Instrument, PartyRole
from app.services.core.timeutil import LOCAL_ZONE, today_local
from app.services.myday import my_day as md
from app.ui import messages
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.myday.page import ITEM_ROLE, MyDayPage
from tests.case_helpers import add_assessment_as
from tests.factories import make_case, make_event, make_transport


@pytest.fixture(autouse=True)
def no_modals(monkeypatch):
    monkeypatch.setattr(messages, "error", lambda *a, **k: None)
    monkeypatch.setattr(messages, "info", lambda *a, **k: None)


def _at(days: int, hour: int) -> datetime:
    day = today_local() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=LOCAL_ZONE)


def _set(db, case_id, **values):
    with db.write(system=True) as s:
        s.execute(update(Case).where(Case.id == case_id).values(**values))


def world(db, staff):
    """Police officer Petra's day: an event today, a transport tomorrow she drives, a request
    waiting, a new case assigned to her, a new unassigned tip, an overdue reassessment, a
    follow-up, a home visit yesterday not marked held. Plus things that are not hers."""
    police, social = staff.police, staff.social
    mine = make_case(db, number="IGOR-2026-0001")
    _set(db, mine, assigned_police_id=police.staff_id, assigned_social_id=social.staff_id)
    tip = make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)
    _set(db, tip, source=CaseSource.PUBLIC_TIP)
    other = make_case(db, number="IGOR-2026-0003", victim=("Ida", "Ås", None), suspect=None)
    _set(db, other, assigned_police_id=staff.lead.staff_id, assigned_social_id=social.staff_id)
    closed = make_case(db, number="IGOR-2026-0004", victim=("Ulla", "Ö", None), suspect=None)
    _set(
        db,
        closed,
        status=CaseStatus.CLOSED,
        assigned_police_id=police.staff_id,
        follow_up_on=today_local() + timedelta(days=3),
    )
    make_event(
        db, start=_at(0, 10), end=_at(0, 11), staff_ids=(police.staff_id,), title="Genomgång"
    )
    make_event(
        db, start=_at(0, 13), end=_at(0, 14), staff_ids=(social.staff_id,), title="Socs möte"
    )
    make_event(
        db,
        start=_at(-1, 9),
        end=_at(-1, 10),
        staff_ids=(police.staff_id,),
        title="Hembesök",
        kind="home_visit",
        case_id=mine,
    )
    drive = make_transport(db, mine, planned_start=_at(1, 8), crew=(police.staff_id,))
    waiting = make_transport(db, other, planned_start=None, status="requested")
    with db.write(system=True) as s:
        from app.models import Transport

        s.execute(
            update(Transport)
            .where(Transport.id == waiting)
            .values(earliest_at=_at(1, 9), latest_at=_at(1, 12))
        )
    add_assessment_as(
        db,
        police,
        mine,
        PartyRole.SUSPECT,
        instrument=Instrument.SARA,
        reassess_on=today_local() - timedelta(days=3),
    )
    add_assessment_as(
        db, social, mine, PartyRole.VICTIM, reassess_on=today_local() - timedelta(days=5)
    )
    add_assessment_as(
        db, police, other, PartyRole.VICTIM, reassess_on=today_local() - timedelta(days=1)
    )
    return dict(mine=mine, tip=tip, other=other, closed=closed, drive=drive, waiting=waiting)


def test_my_day_gathers_what_is_due_for_me(db, staff):
    w = world(db, staff)
    since = datetime.now(LOCAL_ZONE) - timedelta(hours=1)
    day = md.my_day(db, staff.police, since=since)
    events = day.items(md.EVENTS)
    assert [(i.target, i.title) for i in events if i.target == "event"] == [
        ("event", "Genomgång")
    ]  # not the social worker's meeting, not yesterday's visit
    assert [i.target_id for i in events if i.target == "transport"] == [w["drive"]]
    assert [i.target_id for i in day.items(md.REQUESTS)] == [w["waiting"]]
    assert {i.case_id for i in day.items(md.NEW_CASES)} == {w["mine"], w["tip"]}
    reassess = day.items(md.REASSESSMENTS)
    # Only the police's own assessment in a case assigned to her (secrecy and "mine").
    assert [(i.case_id, i.days, i.detail) for i in reassess] == [(w["mine"], 3, "sara")]
    assert [(i.case_id, i.days) for i in day.items(md.FOLLOW_UPS)] == [(w["closed"], 3)]
    unrecorded = day.items(md.UNRECORDED)
    assert [(i.title, i.target) for i in unrecorded] == [("IGOR-2026-0001", "event")]
    # Looked after they came: nothing new any more.
    later = md.my_day(db, staff.police, since=datetime.now(LOCAL_ZONE) + timedelta(seconds=1))
    assert later.items(md.NEW_CASES) == []


def test_the_social_worker_sees_her_own_agencys_rows(db, staff):
    w = world(db, staff)
    day = md.my_day(db, staff.social, since=datetime.now(LOCAL_ZONE) - timedelta(hours=1))
    assert [i.title for i in day.items(md.EVENTS)] == ["Socs möte"]
    assert [(i.case_id, i.days) for i in day.items(md.REASSESSMENTS)] == [(w["mine"], 5)]
    assert {i.case_id for i in day.items(md.NEW_CASES)} == {w["mine"], w["tip"], w["other"]}
    assert day.items(md.UNRECORDED) == []


def test_the_lead_sees_the_team_and_the_workload(db, staff):
    w = world(db, staff)
    day = md.my_day(db, staff.lead, team=True)
    assert day.team
    assert {i.title for i in day.items(md.EVENTS) if i.target == "event"} == {
        "Genomgång",
        "Socs möte",
    }
    # The lead is police: the police's due assessments in every case, not the social one.
    assert sorted(i.case_id for i in day.items(md.REASSESSMENTS)) == [w["mine"], w["other"]]
    load = {x.full_name: x for x in md.workload(db, staff.lead)}
    assert load["Petra Polis"].open_cases == 1 and load["Sara Socionom"].open_cases == 2
    assert load["Petra Polis"].transports_this_week + load["Petra Polis"].events_this_week >= 1
    assert "Anna Analytiker" not in load  # not a caseworker
    # Not a lead: no team view, no workload.
    assert not md.my_day(db, staff.police, team=True).team
    with pytest.raises(AccessDenied):
        md.workload(db, staff.police)
    with pytest.raises(AccessDenied):
        md.my_day(db, staff.analyst)


def _window(qtbot, db, actor) -> MainWindow:
    window = MainWindow(AppContext(db, actor))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if "myday" in window.pages:
        page = window.pages["myday"]
        qtbot.waitUntil(lambda: page.result is not None or page.message.isVisible(), timeout=5000)
    return window


def test_min_dag_is_the_first_page_and_its_rows_open_their_place(qtbot, db, staff):
    w = world(db, staff)
    window = _window(qtbot, db, staff.police)
    assert window.current_page_key() == "myday"
    page = window.pages["myday"]
    assert isinstance(page, MyDayPage)
    assert "Min dag" in page.heading.text()
    # Case row (new case) -> the case file opens in the cases page.
    row = next(r for r in page.rows(md.NEW_CASES) if r.data(0, ITEM_ROLE).case_id == w["mine"])
    page.tree.itemActivated.emit(row, 0)
    assert window.current_page_key() == "cases"
    assert w["mine"] in window.pages["cases"].case_tabs
    # Event row -> the calendar on that day with the event selected.
    window.show_page("myday")
    event_row = next(r for r in page.rows(md.EVENTS) if r.data(0, ITEM_ROLE).target == "event")
    page.tree.itemActivated.emit(event_row, 0)
    calendar = window.pages["calendar"]
    assert window.current_page_key() == "calendar"
    selected = calendar.selected_row()
    assert selected is not None and selected.title == "Genomgång"
    # Transport waiting -> the board on its day with the transport selected.
    window.show_page("myday")
    request = page.rows(md.REQUESTS)[0]
    page.tree.itemActivated.emit(request, 0)
    board = window.pages["transports"]
    assert window.current_page_key() == "transports"
    assert board.selected() is not None and board.selected().id == w["waiting"]
    # "Markera nya som sedda" empties the new-cases section, and says why.
    window.show_page("myday")
    page.mark_seen()
    assert page.rows(md.NEW_CASES) == []
    head = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).data(0, 0x0100) == md.NEW_CASES
    )
    assert "Inga nya ärenden" in head.child(0).text(0)
    QApplication.processEvents()


def test_an_empty_day_explains_itself_and_the_lead_gets_workload(qtbot, db, staff):
    window = _window(qtbot, db, staff.lead)
    page = window.pages["myday"]
    texts = [
        page.tree.topLevelItem(i).child(0).text(0) for i in range(page.tree.topLevelItemCount())
    ]
    assert len(texts) == len(md.SECTIONS)
    assert any("Kalender (Ctrl+2)" in t for t in texts)
    assert all(t for t in texts)
    assert page.team_box.isVisible() and page.workload_box.isVisible()
    assert page.workload.rowCount() == 3  # the three caseworkers
    page.team_box.setChecked(True)
    assert "Teamets dag" in page.heading.text()


def test_the_police_officer_has_no_team_view(qtbot, db, staff):
    window = _window(qtbot, db, staff.police)
    page = window.pages["myday"]
    assert not page.team_box.isVisible() and not page.workload_box.isVisible()


def test_the_analyst_has_no_min_dag(qtbot, db, staff):
    window = _window(qtbot, db, staff.analyst)
    assert "myday" not in window.pages


def test_a_write_elsewhere_reaches_min_dag_once_after_the_burst(qtbot, db, staff):
    window = _window(qtbot, db, staff.police)
    page = window.pages["myday"]
    assert page.rows(md.EVENTS) == []
    for hour in (9, 10, 11):
        make_event(db, start=_at(0, hour), end=_at(0, hour + 1), staff_ids=(staff.police.staff_id,))
    qtbot.waitUntil(lambda: len(page.rows(md.EVENTS)) == 3, timeout=5000)
