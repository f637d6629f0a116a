"""app.ui.background (long work off the UI thread) and the change notice (app.database.changes,
app.ui.changes), driven through a real QApplication event loop."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QElapsedTimer, QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select, text, update

from app.database.changes import DELETE, INSERT, UPDATE, Change
from app.errors import UserError
from app.models import Case, CaseParty, Contact, Person
from app.models.enums import Channel, EventKind, PartyRole
from app.services.scheduling import calendar as cal
from app.services.scheduling.recurrence import TZ
from app.ui import background, messages
from app.ui import changes as ui_changes
from app.ui.context import AppContext
from tests.factories import add_contact, make_case, party_id


@pytest.fixture
def shown(monkeypatch):
    log: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "user_error", lambda p, exc, title=None: log.append(("e", exc.message()))
    )
    monkeypatch.setattr(messages, "error", lambda p, text, title=None: log.append(("e", text)))
    monkeypatch.setattr(messages, "info", lambda p, text, title=None: log.append(("i", text)))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)

    def unexpected(parent, text, diagnostics, title=None):
        log.append(("u", text))
        log.append(("diag", diagnostics()))

    monkeypatch.setattr(messages, "unexpected", unexpected)
    return log


def _ui_thread() -> QThread:
    return QApplication.instance().thread()


# --- the helper -------------------------------------------------------------------------------


def test_the_result_comes_back_on_the_ui_thread_and_the_work_ran_elsewhere(qtbot, shown):
    ran_in: list[int] = []
    came_back: list[tuple[object, bool]] = []

    def work(a, b, *, c):
        ran_in.append(threading.get_ident())
        return a + b + c

    job = background.run(
        None,
        work,
        1,
        2,
        c=3,
        on_done=lambda r: came_back.append((r, QThread.currentThread() is _ui_thread())),
    )
    assert job.running
    assert background.wait(job)
    assert came_back == [(6, True)]
    assert ran_in and ran_in[0] != threading.get_ident()  # not the UI thread
    assert shown == []


def test_a_user_error_goes_inline_when_the_form_takes_it_else_in_a_box(qtbot, shown):
    def refuse():
        raise UserError("Fältet {field} måste fyllas i.", field="skäl")

    inline: list[tuple[str, bool]] = []

    def on_error(exc: UserError) -> bool:
        inline.append((exc.message(), QThread.currentThread() is _ui_thread()))
        return True

    assert background.wait(background.run(None, refuse, on_error=on_error))
    assert inline == [("Fältet skäl måste fyllas i.", True)] and shown == []
    assert background.wait(background.run(None, refuse))
    assert shown == [("e", "Fältet skäl måste fyllas i.")]


def test_an_unexpected_error_shows_the_box_with_the_diagnostics(qtbot, db, staff, shown):
    parent = QWidget()
    parent.ctx = AppContext(db, staff.police)  # the helper finds the database for the report
    qtbot.addWidget(parent)
    done: list[object] = []

    def broken():
        raise KeyError("a bug")

    job = background.run(parent, broken, on_done=done.append, on_error=lambda e: True)
    assert background.wait(job)
    assert done == []
    kinds = [k for k, _ in shown]
    assert kinds == ["u", "diag"]
    assert "KeyError" in shown[0][1] and "Kopiera diagnostik" in shown[0][1]
    report = shown[1][1]
    assert "IGOR Desk" in report and "Schemaversion" in report and "Qt:" in report
    assert isinstance(job.error, KeyError)


def test_progress_reaches_the_ui_and_cancel_rolls_the_write_back(qtbot, db, staff, shown):
    case_id = make_case(db)
    seen: list[tuple[str, int, int, bool]] = []
    started = threading.Event()

    def slow_rename(*, progress):
        with db.write(system=True) as s:
            s.execute(update(Person).values(first_name="Ändrad"))
            for i in range(400):
                progress("Steg", i, 400)
                started.set()
                time.sleep(0.005)
        return "klart"

    job = background.run(
        None,
        slow_rename,
        progress="Arbetar …",
        cancellable=True,
        on_progress=lambda st, d, t: seen.append(
            (st, d, t, QThread.currentThread() is _ui_thread())
        ),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert job.dialog is not None  # a progress dialog for long work
    job.cancel()
    assert background.wait(job)
    assert isinstance(job.error, background.Cancelled) and job.result is None
    assert shown == []  # a cancel is not an error
    assert all(on_ui for *_, on_ui in seen) and seen[0][:1] == ("Steg",)
    with db.read(system=True) as s:  # nothing of the cancelled transaction was kept
        names = s.execute(select(Person.first_name)).scalars().all()
    assert names and "Ändrad" not in names
    assert case_id


def test_the_window_keeps_answering_while_a_slow_call_runs(qtbot, db, shown):
    """The longest gap between ticks of a 10 ms timer while a call that holds the database for
    1.5 s runs in the background: the event loop never stalls (the same measure as
    benchmarks/bench_backup_stall.py)."""
    make_case(db)
    ticks: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))

    def slow_query():
        deadline = time.monotonic() + 1.5
        n = 0
        while time.monotonic() < deadline:  # database round trips and Python work
            with db.read(system=True) as s:
                n += s.execute(select(func.count(Case.id))).scalar_one()
        return n

    timer.start()
    job = background.run(None, slow_query)
    assert background.wait(job, 30_000)
    timer.stop()
    assert job.result and job.result > 0
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 10  # the timer ran throughout (few ticks on a loaded machine: the GIL)
    # A call on the UI thread would stall it for the whole 1.5 s. The 100 ms target itself is
    # measured on a quiet machine by benchmarks/bench_backup_stall.py; a test run shares the
    # two cores with PostgreSQL and other work, so the bound here leaves room for scheduling.
    assert max(gaps) < 400, f"event loop stalled {max(gaps)} ms"


# --- the change notice ------------------------------------------------------------------------


def test_committed_writes_are_announced_with_ids_and_no_content(db, staff):
    heard: list[frozenset[Change]] = []
    unsubscribe = db.changes.subscribe(heard.append)
    case_id = make_case(db)
    assert heard, "a committed write is announced"
    inserted = set().union(*heard)
    assert Change("case_file", INSERT, case_id, case_id) in inserted
    assert all(c.table != "audit_entry" for c in inserted)  # the audit log is quiet
    for change in inserted:  # tables, kinds and ids only
        assert isinstance(change.table, str) and change.kind in (INSERT, UPDATE, DELETE)
        assert change.id is None or isinstance(change.id, (int, tuple))

    heard.clear()
    contact_id = add_contact(
        db, staff.police, case_id, PartyRole.VICTIM, when=datetime(2026, 3, 2, 9, tzinfo=UTC)
    )
    assert Change("contact", INSERT, contact_id, case_id) in set().union(*heard)

    heard.clear()
    with pytest.raises(RuntimeError), db.write(system=True) as s:  # rolled back: silence
        s.execute(update(Person).values(first_name="Rullas tillbaka"))
        raise RuntimeError("abort")
    assert heard == []

    with db.write(system=True) as s:  # a Core-level write is announced by table
        s.execute(update(Contact).where(Contact.id == contact_id).values(reached=False))
    assert Change("contact", UPDATE, None) in set().union(*heard)

    heard.clear()
    with db.read(system=True) as s:  # reads announce nothing
        s.execute(text("SELECT 1")).scalar_one()
    assert heard == []
    unsubscribe()
    make_case(db, number="IGOR-2026-0009", victim=("Eva", "Ek", None), suspect=None)
    assert heard == []


def test_a_contact_recorded_elsewhere_refreshes_the_case_list_and_the_open_case_file(
    qtbot, db, staff, shown
):
    """The calendar (or another page, or a background job) records a contact: the cases page's
    list row and the open case file show it without anyone pressing F5."""
    from app.services.cases import case_list
    from app.ui.cases.page import CasesPage

    case_id = make_case(db)
    page = CasesPage(AppContext(db, staff.police))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    widget = page.open_case(case_id)
    before = widget.contacts.timeline.total if widget.contacts.timeline else 0
    row = page.list_tab.model.row_of_case(case_id)
    old_row = page.list_tab.model.row_at(row)

    start = (datetime.now(TZ) - timedelta(days=1)).replace(hour=10, minute=0, second=0)
    event_id = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.HOME_VISIT,
            starts_at=start,
            ends_at=start + timedelta(hours=1),
            case_id=case_id,
            party_ids=(party_id(db, case_id, PartyRole.VICTIM),),
            staff_ids=(staff.police.staff_id,),
        ),
    )
    # "Markera som genomförd" in the calendar, run in a worker thread as the page's helper would
    job = background.run(None, cal.mark_held, db, staff.police, event_id, version=1)
    assert background.wait(job) and job.result is not None
    qtbot.waitUntil(
        lambda: (widget.contacts.timeline.total if widget.contacts.timeline else 0) == before + 1,
        timeout=5_000,
    )
    assert old_row.last_contact_at is None  # the list showed "never contacted"
    fresh = case_list.get_case_row(db, staff.police, case_id)
    assert fresh.last_contact_at is not None
    qtbot.waitUntil(lambda: page.list_tab.model.row_at(row) == fresh, timeout=5_000)


def test_a_hidden_view_is_marked_stale_and_catches_up_when_shown(qtbot, db, staff, shown):
    make_case(db)
    view = QWidget()
    qtbot.addWidget(view)
    got: list[frozenset[Change]] = []
    ui_changes.follow(view, db, got.append, tables={"case_file"})
    make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)
    qtbot.wait(100)
    assert got == []  # hidden: no work done
    view.show()
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    assert any(c.table == "case_file" and c.kind == INSERT for c in got[0])
    got.clear()
    with db.write(system=True) as s:  # a table the view does not show: nothing
        s.execute(update(Person).values(first_name="Anna"))
    qtbot.wait(100)
    assert got == []


def test_the_statistics_page_marks_itself_stale_after_a_write(qtbot, db, staff, shown):
    from app.ui.statistics.page import StatisticsPage

    make_case(db)
    page = StatisticsPage(AppContext(db, staff.lead))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.result is not None and not page.is_busy(), timeout=20_000)
    assert not page.stale
    make_case(db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=None)
    qtbot.waitUntil(lambda: page.stale, timeout=5_000)
    assert "har ändrats" in page.status.text()


def test_a_large_write_collapses_to_one_change_per_table(db, staff):
    """An import of thousands of rows announces "contacts were added", not thousands of ids."""
    from app.database.changes import _Pending

    case_id = make_case(db)
    heard: list[frozenset[Change]] = []
    db.changes.subscribe(heard.append)
    with db.write(system=True) as s:
        party = s.execute(
            select(CaseParty).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
        for i in range(_Pending.PER_TABLE + 20):
            s.add(
                Contact(
                    case_id=case_id,
                    party_id=party.id,
                    subject_person_id=party.person_id,
                    owner_agency=staff.police.agency,
                    staff_id=staff.police.staff_id,
                    occurred_at=datetime(2026, 3, 2, 9, tzinfo=UTC) + timedelta(minutes=i),
                    channel=Channel.PHONE,
                    reached=True,
                )
            )
    contact_changes = [c for c in set().union(*heard) if c.table == "contact"]
    assert contact_changes == [Change("contact", INSERT)]


def test_a_form_closed_while_its_call_runs_is_left_alone(qtbot, shown):
    form = QWidget()
    got: list[object] = []
    release = threading.Event()

    def slow():
        release.wait(10)
        return 1

    job = background.run(form, slow, on_done=got.append, progress="Arbetar …")
    form.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(form), timeout=5_000)
    release.set()
    assert background.wait(job)
    assert got == [] and shown == []  # no call into a deleted form, no error box
