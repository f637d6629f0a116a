"""Changes reach every workstation (issue 16): PostgreSQL LISTEN/NOTIFY and the local file's
journal feed the application's change notice (app/database/listener.py, migration
e6_change_notify), ids and kinds only; a lost connection is recovered by itself.

The PostgreSQL tests log in as real staff login roles (tests/pg_login.py), as workstations do.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select, text

from app.database import open_database
from app.database.changes import Change
from app.database.listener import everything, parse
from app.models import Contact
from app.models.enums import Agency, PartyRole
from app.services.cases import case_file, contacts
from app.services.cases.contacts import NewContact
from tests.factories import make_case, make_staff, party_id
from tests.pg_login import make_login_role, open_as

SECRET_NOTE = "Hemlig anteckning om skyddat boende"
WITHIN_S = 2.0


class Heard:
    """A change notice subscriber that can wait for a change."""

    def __init__(self, db) -> None:
        self.batches: list[frozenset[Change]] = []
        self.status: list[bool] = []
        self._cond = threading.Condition()
        db.changes.subscribe(self._on)
        db.changes.subscribe_status(self._on_status)

    def _on(self, batch) -> None:
        with self._cond:
            self.batches.append(batch)
            self._cond.notify_all()

    def _on_status(self, online: bool) -> None:
        with self._cond:
            self.status.append(online)
            self._cond.notify_all()

    def all(self) -> set[Change]:
        with self._cond:
            return {c for b in self.batches for c in b}

    def wait_for(self, predicate, timeout: float = WITHIN_S) -> float:
        """Seconds until `predicate(self)` held; fails after `timeout`."""
        start = time.monotonic()
        with self._cond:
            while not predicate(self):
                left = timeout - (time.monotonic() - start)
                if left <= 0:
                    raise AssertionError(f"not within {timeout} s: {self.batches} {self.status}")
                self._cond.wait(left)
        return time.monotonic() - start


def _wait_listening(db) -> None:
    assert db._listener.listening.wait(10), "the listener did not connect"


@pytest.fixture
def two_workstations(pg_db):
    """A police officer's and a social worker's workstation, each its own login role."""
    staff = make_staff(pg_db)
    case_id = make_case(pg_db, number="IGOR-2026-0001")
    police = open_as(pg_db, staff.police.staff_id, Agency.POLICE)
    social = open_as(pg_db, staff.social.staff_id, Agency.SOCIAL)
    yield staff, case_id, police, social
    police.dispose()
    social.dispose()


def test_a_change_by_one_workstation_reaches_another_within_2_s(two_workstations) -> None:
    staff, case_id, police, social = two_workstations
    heard = Heard(social)
    social.listen()
    _wait_listening(social)
    victim = party_id(police, case_id, PartyRole.VICTIM)
    t0 = time.monotonic()
    cid = contacts.add_contact(
        police,
        staff.police,
        NewContact(case_id, victim, datetime.now(UTC) - timedelta(hours=1), note=SECRET_NOTE),
    )
    expected = Change("contact", "insert", cid, case_id)
    heard.wait_for(lambda h: expected in h.all(), timeout=WITHIN_S - (time.monotonic() - t0))
    # A case field saved by the other workstation too, with the case's id.
    view = case_file.load_case(police, staff.police, case_id)
    case_file.update_case(
        police,
        staff.police,
        case_id,
        replace(view.edit(), district="Södermalm"),
        version=view.version,
    )
    heard.wait_for(lambda h: Change("case_file", "update", case_id, case_id) in h.all())


def test_a_write_through_psql_is_announced_too(two_workstations, pg_db) -> None:
    _staff, case_id, _police, social = two_workstations
    heard = Heard(social)
    social.listen()
    _wait_listening(social)
    with pg_db.engine.begin() as conn:  # not through the program at all
        conn.execute(text("UPDATE case_file SET district = 'Norr' WHERE id = :c"), {"c": case_id})
    heard.wait_for(lambda h: Change("case_file", "update", case_id, case_id) in h.all())


def test_nothing_is_announced_for_a_rolled_back_write(two_workstations, pg_db) -> None:
    _staff, case_id, _police, social = two_workstations
    heard = Heard(social)
    social.listen()
    _wait_listening(social)
    with pg_db.engine.connect() as conn:
        conn.execute(text("UPDATE case_file SET district = 'X' WHERE id = :c"), {"c": case_id})
        conn.rollback()
    with pg_db.engine.begin() as conn:  # a marker after it: once it is heard, so would be the first
        conn.execute(text("UPDATE resource SET name = name WHERE false"))
        conn.execute(text("UPDATE staff_member SET full_name = full_name WHERE id = -1"))
        conn.execute(
            text("UPDATE case_party SET version = version WHERE case_id = :c"), {"c": case_id}
        )
    heard.wait_for(lambda h: any(c.table == "case_party" for c in h.all()))
    assert not any(c.table == "case_file" for c in heard.all())


def test_own_writes_are_not_heard_twice(two_workstations) -> None:
    staff, case_id, police, _social = two_workstations
    heard = Heard(police)
    police.listen()
    _wait_listening(police)
    victim = party_id(police, case_id, PartyRole.VICTIM)
    cid = contacts.add_contact(
        police, staff.police, NewContact(case_id, victim, datetime.now(UTC) - timedelta(hours=1))
    )
    time.sleep(1.0)  # the server's notification of it would have arrived by now
    hits = [b for b in heard.batches if Change("contact", "insert", cid, case_id) in b]
    assert len(hits) == 1  # the local commit's, not the server's echo


def test_the_notification_carries_ids_and_kinds_only(two_workstations, pg_db) -> None:
    """LISTEN as a plain staff role: what any login role can hear says nothing of content."""
    staff, case_id, police, _social = two_workstations
    role, password = make_login_role(pg_db, staff.social.staff_id, Agency.SOCIAL)
    u = pg_db.engine.url
    with psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    ) as conn:
        conn.execute("LISTEN igor_changes")
        victim = party_id(police, case_id, PartyRole.VICTIM)
        contacts.add_contact(
            police,
            staff.police,
            NewContact(case_id, victim, datetime.now(UTC) - timedelta(hours=1), note=SECRET_NOTE),
        )
        payloads = [n.payload for n in conn.notifies(timeout=2.0, stop_after=3)]
    assert payloads
    for payload in payloads:
        data = json.loads(payload)
        assert set(data) == {"t", "k", "r"}
        assert all(isinstance(v, int) or v is None for row in data["r"] or [] for v in row)
        assert "Hemlig" not in payload and "skyddat" not in payload


def test_a_forged_notification_is_read_strictly(two_workstations, pg_db) -> None:
    """Any login role may NOTIFY on any channel: malformed payloads are dropped, a well-formed
    forged one only makes views read again (through the usual secrecy)."""
    staff, case_id, _police, social = two_workstations
    role, password = make_login_role(pg_db, staff.police.staff_id, Agency.POLICE)
    heard = Heard(social)
    social.listen()
    _wait_listening(social)
    u = pg_db.engine.url
    forged = [
        '{"t": "audit_entry", "k": "insert", "r": null}',
        '{"t": "contact", "k": "drop", "r": null}',
        '{"t": "contact", "k": "insert", "r": [["Maria Svensson", 1]]}',
        '{"t": "contact", "k": "insert", "r": [[1.5, 1]]}',
        "not json",
        json.dumps({"t": "contact", "k": "insert", "r": [[424242, case_id]]}),
    ]
    with psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    ) as conn:
        for payload in forged:
            conn.execute("SELECT pg_notify('igor_changes', %s)", (payload,))
    heard.wait_for(lambda h: Change("contact", "insert", 424242, case_id) in h.all())
    assert heard.all() == {Change("contact", "insert", 424242, case_id)}


def test_parse_refuses_what_is_not_ids_and_kinds() -> None:
    assert parse('{"t": "transport", "k": "update", "r": [[3, 7]]}') == {
        Change("transport", "update", 3, 7)
    }
    assert parse('{"t": "event_staff", "k": "delete", "r": [[null, null]]}') == {
        Change("event_staff", "delete")
    }
    assert parse('{"t": "contact", "k": "insert", "r": null}') == {Change("contact", "insert")}
    for bad in ('{"t": "x"}', "[]", '{"t": "contact", "k": "insert", "r": [[true, 1]]}', "\x00"):
        assert parse(bad) == frozenset()


def _backend_pids(db) -> set[int]:
    return set(db.own_backend_pids)


def test_a_killed_listener_and_worker_connection_are_recovered(two_workstations, pg_db) -> None:
    """pg_terminate_backend of the listening connection and of the pooled worker connection:
    the status goes offline and back, everything on screen is read again, new changes are heard
    and the next read works."""
    staff, case_id, police, social = two_workstations
    heard = Heard(social)
    social.listen()
    _wait_listening(social)
    case_file.load_case(social, staff.social, case_id)  # a pooled worker connection exists
    victims = {social._listener.backend_pid} | _backend_pids(social)
    assert len(victims) >= 2
    with pg_db.engine.begin() as conn:
        for pid in victims:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    heard.wait_for(lambda h: h.status[:2] == [False, True], timeout=10)
    assert everything() <= heard.all()  # the refresh of whatever is on screen
    assert social._listener.backend_pid not in victims
    victim = party_id(police, case_id, PartyRole.VICTIM)
    cid = contacts.add_contact(
        police, staff.police, NewContact(case_id, victim, datetime.now(UTC) - timedelta(hours=1))
    )
    heard.wait_for(lambda h: Change("contact", "insert", cid, case_id) in h.all())
    view = case_file.load_case(social, staff.social, case_id)  # the worker reconnected
    assert view.id == case_id


# --- the local file: two processes ------------------------------------------------------------


def _other_process(path: str, key: str, case_id: int, staff_id: int, done) -> None:
    from app.services.core.actor import Actor

    db = open_database(path, key_hex=key)
    actor = Actor(
        staff_id=staff_id,
        full_name="Petra Polis",
        agency=Agency.POLICE,
        os_account="polis1",
        workstation="other",
        is_caseworker=True,
    )
    with db.read(system=True) as s:
        from app.models import CaseParty

        victim = s.execute(
            select(CaseParty.id).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
    contacts.add_contact(
        db, actor, NewContact(case_id, victim, datetime.now(UTC) - timedelta(hours=1))
    )
    done.set()
    db.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_local_file_another_process_is_heard(db, staff, backend) -> None:
    from app import keystore

    case_id = make_case(db, number="IGOR-2026-0001")
    heard = Heard(db)
    db.listen()
    key = keystore.get_database_key(db.target.path)
    ctx = multiprocessing.get_context("spawn")
    done = ctx.Event()
    proc = ctx.Process(
        target=_other_process,
        args=(str(db.target.path), key, case_id, staff.police.staff_id, done),
    )
    proc.start()
    try:
        assert done.wait(60), "the other process did not save"
        heard.wait_for(lambda h: Change("contact", "insert") in h.all())
    finally:
        proc.join(30)
    with db.read(system=True) as s:
        assert s.execute(select(Contact.id)).first() is not None
    # This process's own saves are not read back from the journal as someone else's.
    before = len(heard.batches)
    victim = party_id(db, case_id, PartyRole.VICTIM)
    contacts.add_contact(
        db, staff.police, NewContact(case_id, victim, datetime.now(UTC) - timedelta(hours=2))
    )
    time.sleep(1.0)
    new = heard.batches[before:]
    assert len(new) == 1 and all(c.id is not None for c in new[0] if c.table == "contact")
