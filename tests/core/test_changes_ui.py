"""Views refreshed by another workstation's change keep what the user is doing (issue 16):
the case list keeps its selection and scroll position, the case file keeps unsaved input and
says quietly who changed the case underneath ("Ändrat av … kl. …"), and the status bar says
when the server is out of reach. On SQLite the other workstation is another connection on the
same file (the sidecar journal); on PostgreSQL each workstation is its own login role.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from sqlalchemy import text

from app import keystore
from app.database import DatabaseKind, open_database
from app.models.enums import Agency, PartyRole
from app.services.cases import case_file
from app.ui import messages
from app.ui.cases.page import CasesPage
from app.ui.context import AppContext
from tests.cases_helpers import P, add_case
from tests.factories import add_contact
from tests.pg_login import open_as


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: shown.append(text))
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: shown.append(text))
    return shown


@pytest.fixture
def workstations(db, staff):
    """(mine, theirs): two Databases on the same data, as two workstations."""
    if db.kind is DatabaseKind.POSTGRESQL:
        mine = open_as(db, staff.police.staff_id, Agency.POLICE)
        theirs = open_as(db, staff.social.staff_id, Agency.SOCIAL)
    else:
        key = keystore.get_database_key(db.target.path)
        mine = open_database(str(db.target.path), key_hex=key)
        theirs = open_database(str(db.target.path), key_hex=key)
    mine.listen()
    yield mine, theirs
    mine.dispose()
    theirs.dispose()


def make_page(qtbot, db, actor) -> CasesPage:
    page = CasesPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_case_list_keeps_selection_and_scroll_on_another_workstations_change(
    qtbot, db, staff, workstations
) -> None:
    mine, theirs = workstations
    ids = [
        add_case(db, f"IGOR-2026-{i + 1:04d}", victim=P("Anna", f"Efternamn{i:02d}"))
        for i in range(60)
    ]
    page = make_page(qtbot, mine, staff.police)
    tab = page.list_tab
    tab.model.page_size = 20
    tab.model.reload()  # the first page of 20
    table = tab.table
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())  # fetches the next page
    qtbot.waitUntil(lambda: tab.model.rowCount() > 20)
    row = tab.model.rowCount() - 3
    chosen = tab.model.row_at(row).id
    table.selectRow(row)
    bar.setValue(bar.maximum() - 2)
    scrolled, fetched = bar.value(), tab.model.rowCount()
    assert scrolled > 0 and chosen in ids

    # Another workstation opens a new case: the whole list is read again.
    with theirs.write(system=True) as s:
        s.execute(text("UPDATE case_file SET district = 'Söder' WHERE id = :c"), {"c": ids[0]})
    add_case(theirs, "IGOR-2026-0999", victim=P("Berit", "Ny"))
    qtbot.waitUntil(lambda: tab.model.total == 61, timeout=5000)

    assert tab.model.rowCount() >= fetched
    assert tab.selected_case_id() == chosen
    assert bar.value() == scrolled


def test_the_case_file_keeps_unsaved_input_and_says_who_changed_it(
    qtbot, db, staff, workstations
) -> None:
    mine, theirs = workstations
    case_id = add_case(db, "IGOR-2026-0001", victim=P("Anna", "Andersson"))
    for day in (1, 2, 3):
        add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=datetime(2026, 2, day, 10))
    page = make_page(qtbot, mine, staff.police)
    widget = page.open_case(case_id)
    widget.contacts.table.selectRow(1)
    chosen = widget.contacts._selected().id
    overview = widget.overview
    overview.district.setText("Mitt osparade")
    assert overview.is_dirty() and overview.changed_banner.isHidden()

    view = case_file.load_case(theirs, staff.social, case_id)
    case_file.update_case(
        theirs,
        staff.social,
        case_id,
        replace(view.edit(), focus_person=not view.edit().focus_person),
        version=view.version,
    )
    qtbot.waitUntil(lambda: not overview.changed_banner.isHidden(), timeout=5000)

    banner = overview.changed_banner.text()
    assert "Ändrat av Sara Socionom kl. " in banner
    assert overview.district.text() == "Mitt osparade"  # the unsaved input stays
    assert overview.version == view.version  # and the save will still compare with it
    assert widget.contacts._selected().id == chosen  # the contacts tab keeps its selection
    # Saving now: the edit path says who changed it (no silent overwrite).
    monkey_answers = []
    from app.ui.cases import conflict

    original = conflict.ask
    conflict.ask = lambda parent, exc: monkey_answers.append(exc.message()) or conflict.KEEP
    try:
        assert overview.save() is False
    finally:
        conflict.ask = original
    assert monkey_answers and "Sara Socionom" in monkey_answers[0]
    assert overview.changed_banner.isHidden()  # the form now shows the new version + my edit
    assert overview.district.text() == "Mitt osparade"


@pytest.mark.parametrize("backend", ["postgresql"])
def test_the_status_bar_says_when_the_server_is_out_of_reach(qtbot, db, staff, backend) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(AppContext(db, staff.police))
    qtbot.addWidget(window)
    window.show()
    assert window.offline.isHidden()
    db.changes.announce_status(online=False)
    qtbot.waitUntil(lambda: not window.offline.isHidden(), timeout=1000)
    assert window.offline.text() == "Ingen kontakt med servern – försöker igen …"
    db.changes.announce_status(online=True)
    qtbot.waitUntil(window.offline.isHidden, timeout=1000)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_after_a_killed_connection_the_view_is_read_again(qtbot, db, staff, backend) -> None:
    """The listener's and the worker's connections are terminated on the server; a case opened
    while nobody listened is shown once the listener is back (everything on screen is read
    again), without the user doing anything."""
    mine = open_as(db, staff.police.staff_id, Agency.POLICE)
    try:
        mine.listen()
        assert mine._listener.listening.wait(10)
        add_case(db, "IGOR-2026-0001", victim=P("Anna", "Andersson"))
        page = make_page(qtbot, mine, staff.police)
        tab = page.list_tab
        qtbot.waitUntil(lambda: tab.model.total == 1, timeout=2000)
        statuses: list[bool] = []
        mine.changes.subscribe_status(statuses.append)
        heard: list = []
        mine.changes.subscribe(heard.append)
        role = mine.engine.url.username
        victims = {mine._listener.backend_pid} | set(mine.own_backend_pids)
        with db.engine.begin() as conn:
            conn.execute(text(f'ALTER ROLE "{role}" NOLOGIN'))  # the server "away" for it
            for pid in victims:
                conn.execute(text("SELECT pg_terminate_backend(:p, 5000)"), {"p": pid})
        qtbot.waitUntil(lambda: statuses == [False], timeout=5000)
        # Committed while this workstation cannot listen: never heard as a notification.
        new_case = add_case(db, "IGOR-2026-0002", victim=P("Berit", "Berg"))
        with db.engine.begin() as conn:
            conn.execute(text(f'ALTER ROLE "{role}" LOGIN'))
        qtbot.waitUntil(lambda: tab.model.total == 2, timeout=10_000)
        assert statuses == [False, True]
        assert mine._listener.backend_pid not in victims
        assert not any(c.id == new_case for batch in heard for c in batch)
    finally:
        mine.dispose()


def test_the_transport_board_shows_a_colleagues_start_at_once_and_keeps_its_place(
    qtbot, db, staff
) -> None:
    """The place where it matters most (issue 16): a transport going "under way" on one
    workstation shows on the other's board within 2 s, the selected transport stays selected."""
    from app.models.enums import TransportStatus
    from app.services.transports import planning
    from app.ui.transports.page import TransportsPage
    from tests.transport_helpers import make_world, new_transport, plan_request

    w = make_world(db, staff)
    first = new_transport(db, staff.social, w)
    second = new_transport(db, staff.social, w, destination="Tingsrätten")
    planned = planning.plan(
        db, staff.police, first.id, plan_request(w, (staff.police.staff_id,)), version=first.version
    )
    if db.kind is DatabaseKind.POSTGRESQL:
        mine = open_as(db, staff.social.staff_id, Agency.SOCIAL)
        theirs = open_as(db, staff.police.staff_id, Agency.POLICE)
    else:
        key = keystore.get_database_key(db.target.path)
        mine = open_database(str(db.target.path), key_hex=key)
        theirs = open_database(str(db.target.path), key_hex=key)
    try:
        mine.listen()
        page = TransportsPage(AppContext(mine, staff.social))
        qtbot.addWidget(page)
        page.resize(1280, 760)
        page.show()
        qtbot.waitExposed(page)
        page.set_day(w.t0.date())
        page.table.selectRow(page.model.index_of(second.id).row())
        assert page.selected().id == second.id

        planning.start(theirs, staff.police, first.id, version=planned.version)

        def started() -> bool:
            row = page.model.row_at(page.model.index_of(first.id))
            return row is not None and row.status is TransportStatus.UNDER_WAY

        qtbot.waitUntil(started, timeout=5000)  # 2 s is the target; room for a loaded machine
        assert page.selected().id == second.id
    finally:
        mine.dispose()
        theirs.dispose()
