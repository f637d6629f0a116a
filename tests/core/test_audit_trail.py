"""The audit trail: tampering with rows (as a database superuser) is caught by `audit verify`."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from app.cli import main
from app.errors import AccessDenied
from app.services.core import audit
from tests.factories import make_case


def _fill(db, staff, n=5) -> list[int]:
    ids = []
    with db.write(actor=staff.police) as s:
        for i in range(n):
            ids.append(
                audit.record(
                    s,
                    staff.police,
                    "updated",
                    record_type="case_file",
                    record_id=i,
                    details={"fields": ["status"]},
                ).id
            )
    return ids


def _db_arg(db) -> str:
    if db.target.path is not None:
        return str(db.target.path)
    return db.engine.url.render_as_string(hide_password=False)


def _verify(db, capsys) -> tuple[int, str]:
    code = main(["audit", "verify", "--db", _db_arg(db)])
    return code, capsys.readouterr().out


def _raw(db, sql: str, **params) -> None:
    with db.engine.begin() as conn:  # the engine's own login (superuser / key holder)
        conn.execute(text(sql), params)


def test_whole_chain_verifies_with_count(db, staff, capsys):
    _fill(db, staff)
    code, out = _verify(db, capsys)
    assert code == 0 and "OK" in out and "(5 poster)" in out


def test_altered_entry_is_named(db, staff, capsys):
    ids = _fill(db, staff)
    _raw(db, "UPDATE audit_entry SET details = '{}' WHERE id = :i", i=ids[2])
    code, out = _verify(db, capsys)
    assert code == 1 and f"post {ids[2]}" in out and "altered" in out


def test_altered_entry_with_recomputed_hash_breaks_the_next_link(db, staff, capsys):
    ids = _fill(db, staff)
    _raw(db, "UPDATE audit_entry SET action = 'deleted' WHERE id = :i", i=ids[1])
    with db.read(system=True) as s:
        from app.models import AuditEntry

        e = s.get(AuditEntry, ids[1])
        new_hash = audit.entry_hash(
            e.prev_hash,
            e.at,
            e.staff_id,
            e.os_account,
            e.workstation,
            e.action,
            e.record_type,
            e.record_id,
            e.case_id,
            e.details,
        )
    _raw(db, "UPDATE audit_entry SET hash = :h WHERE id = :i", h=new_hash, i=ids[1])
    code, out = _verify(db, capsys)
    assert code == 1 and f"post {ids[2]}" in out


def test_deleted_entry_is_caught(db, staff, capsys):
    ids = _fill(db, staff)
    _raw(db, "DELETE FROM audit_entry WHERE id = :i", i=ids[1])
    code, out = _verify(db, capsys)
    assert code == 1 and f"post {ids[2]}" in out and "removed" in out


@pytest.mark.parametrize("prev", ["copy", "genesis"])
def test_inserted_entry_is_caught(db, staff, capsys, prev):
    ids = _fill(db, staff)
    with db.read(system=True) as s:
        last_hash = s.execute(
            text("SELECT hash FROM audit_entry WHERE id = :i"), {"i": ids[-1]}
        ).scalar_one()
    prev_hash = last_hash if prev == "copy" else audit.GENESIS
    _raw(
        db,
        "INSERT INTO audit_entry (id, at, action, prev_hash, hash) "
        "VALUES (:i, :at, 'sign_in', :p, :h)",
        i=ids[-1] + 1,
        at="2026-01-01 00:00:00",
        p=prev_hash,
        h="f" * 64,
    )
    code, out = _verify(db, capsys)
    assert code == 1 and f"post {ids[-1] + 1}" in out


def test_case_viewers_lists_who_opened_a_case_for_leads_only(db, staff):
    case_id = make_case(db)
    audit.case_opened(db, staff.police, case_id)
    audit.case_opened(db, staff.social, case_id)
    audit.case_opened(
        db, staff.social, make_case(db, number="IGOR-2026-0002", victim=None, suspect=None)
    )
    rows = audit.case_viewers(db, staff.lead, case_id)
    assert [r.staff_id for r in rows] == [staff.social.staff_id, staff.police.staff_id]
    assert rows[0].agency == "social" and rows[0].workstation == "test-ws-1"
    with pytest.raises(AccessDenied):
        audit.case_viewers(db, staff.police, case_id)
    with db.read(system=True) as s:
        assert audit.verify_chain(s) is None


# --- truncation: the anchored head (audit_head, migration d1_server_boundary) ------------------


def test_removing_the_newest_entries_is_caught(db, staff, capsys):
    ids = _fill(db, staff)
    _raw(db, "DELETE FROM audit_entry WHERE id >= :i", i=ids[3])
    code, out = _verify(db, capsys)
    assert code == 1 and "newest entries" in out and f"post {ids[4]}" in out


def test_removing_every_entry_is_caught(db, staff, capsys):
    _fill(db, staff)
    _raw(db, "DELETE FROM audit_entry")
    code, out = _verify(db, capsys)
    assert code == 1 and "all 5 entries were removed" in out
    assert "OK" not in out


def test_removing_every_entry_and_the_head_is_caught(db, staff, capsys):
    """An empty trail in a database that has staff is never intact."""
    _fill(db, staff)
    _raw(db, "DELETE FROM audit_entry")
    _raw(db, "DELETE FROM audit_head")
    code, out = _verify(db, capsys)
    assert code == 1 and "head of the trail is missing" in out


def test_a_well_formed_entry_appended_outside_the_program_is_caught(db, staff, capsys):
    """A forged entry with a correct hash, chained onto the newest one (as someone holding the
    database's key or a superuser could write it): the head does not name it."""
    ids = _fill(db, staff)
    with db.read(system=True) as s:
        last = s.execute(text("SELECT hash FROM audit_entry WHERE id = :i"), {"i": ids[-1]})
        prev = last.scalar_one()
    at = datetime(2026, 5, 1, 12, tzinfo=UTC)
    forged = audit.entry_hash(
        prev, at, staff.social.staff_id, "soc1", "ws", "case_opened", "case", 1, 1, None
    )
    _raw(
        db,
        "INSERT INTO audit_entry (id, at, staff_id, os_account, workstation, action, "
        "record_type, record_id, case_id, prev_hash, hash) "
        "VALUES (:i, :at, :s, 'soc1', 'ws', 'case_opened', 'case', 1, 1, :p, :h)",
        i=ids[-1] + 1,
        at=at,
        s=staff.social.staff_id,
        p=prev,
        h=forged,
    )
    code, out = _verify(db, capsys)
    assert code == 1 and f"post {ids[-1] + 1}" in out and "not written by the program" in out


def test_verify_after_the_program_wrote_entries_is_ok_and_the_head_moves(db, staff, capsys):
    ids = _fill(db, staff, n=3)
    with db.read(system=True) as s:
        assert audit.head(s)[0] == ids[-1]
    code, out = _verify(db, capsys)
    assert code == 0 and "(3 poster)" in out


def test_an_entry_seen_earlier_must_still_be_there(db, staff):
    ids = _fill(db, staff)
    with db.read(system=True) as s:
        seen = audit.head(s)
    with db.write(actor=staff.police) as s:
        audit.record(s, staff.police, "sign_in")
    with db.read(system=True) as s:
        assert audit.verify_chain(s, seen_head=seen) is None
        assert audit.verify_chain(s, seen_head=(ids[-1], "0" * 64)) is not None


def test_local_mode_remembers_the_head_in_the_keyring_and_notices_truncation(db, staff, backend):
    """Local mode: every user holds the key and could rewrite the anchored head too; the entry
    this user saw last is kept in their keyring and checked at the next sign-in."""
    if backend != "sqlite":
        pytest.skip("the keyring head is for local mode")
    from app import keystore
    from app.models import AuditEntry, StaffMember
    from app.services.admin import profiles

    with db.write(system=True) as s:
        s.get(StaffMember, staff.police.staff_id).os_account = "polis1"
    _fill(db, staff, n=2)
    profiles.sign_in(db, "polis1")
    seen = keystore.get_audit_head(db.target.path)
    with db.read(system=True) as s:
        assert seen == audit.head(s)
    # The key holder removes the newest entries and rewrites the head to match.
    _raw(db, "DELETE FROM audit_entry WHERE id = :i", i=seen[0])
    _raw(
        db,
        "UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_entry), "
        "last_hash = (SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), "
        "entries = entries - 1",
    )
    profiles.sign_in(db, "polis1")
    with db.read(system=True) as s:
        actions = [a for (a,) in s.query(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(2)]
    assert actions == ["sign_in", "audit_trail_truncated"]


def test_upgrading_anchors_the_existing_trail(empty_db_url, capsys):
    """A database with entries from before d1_server_boundary gets its head anchored at the
    newest entry, and verifies as whole."""
    from app.database import open_database
    from app.database.migrate import upgrade_database

    db = open_database(empty_db_url)
    try:
        upgrade_database(db, "c1_stat_summaries")
        prev = audit.GENESIS
        for i in range(3):
            at = datetime(2026, 1, 1, 12, i, tzinfo=UTC)
            h = audit.entry_hash(prev, at, None, "os", "ws", "sign_in", None, None, None, None)
            _raw(
                db,
                "INSERT INTO audit_entry (at, os_account, workstation, action, prev_hash, hash) "
                "VALUES (:at, 'os', 'ws', 'sign_in', :p, :h)",
                at=at,
                p=prev,
                h=h,
            )
            prev = h
        upgrade_database(db)
        with db.read(system=True) as s:
            assert audit.verify_chain(s) is None
            assert audit.head(s)[1] == prev
    finally:
        db.dispose()
