"""The audit trail: tampering with rows (as a database superuser) is caught by `audit verify`."""

from __future__ import annotations

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
