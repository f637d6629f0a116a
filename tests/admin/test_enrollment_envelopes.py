"""Local mode: an enrollment envelope never outlives its code (issue 14). Whoever kept a copy of
an old code could otherwise still decrypt the database key from the envelope left behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from app.errors import AccessDenied
from app.models import EnrollmentCode
from app.models.enums import Agency
from app.services.admin import enrollment_envelope, profiles


@pytest.fixture
def local(db):
    if db.target.path is None:
        pytest.skip("the envelope files exist only in local mode")
    return db


def _envelopes(db) -> set[str]:
    folder = enrollment_envelope.envelope_dir(db.target.path)
    return {p.stem for p in folder.glob("*")} if folder.is_dir() else set()


def _code_id(ticket) -> str:
    return profiles.code_hash(ticket.code)[:16]


def test_a_new_code_destroys_the_old_envelope(local, staff, memory_keyring):
    row = profiles.add_staff(local, staff.lead, "Ny Polis", Agency.POLICE)
    first = profiles.create_enrollment_code(local, staff.lead, row.id)
    assert _envelopes(local) == {_code_id(first)}
    second = profiles.create_enrollment_code(local, staff.lead, row.id)
    assert _envelopes(local) == {_code_id(second)}


def test_revoking_destroys_the_persons_envelopes_only(local, staff, memory_keyring):
    a = profiles.add_staff(local, staff.lead, "Ny Polis", Agency.POLICE)
    b = profiles.add_staff(local, staff.lead, "Ny Socionom", Agency.SOCIAL)
    profiles.create_enrollment_code(local, staff.lead, a.id)
    kept = profiles.create_enrollment_code(local, staff.lead, b.id)
    profiles.revoke_staff(local, staff.lead, a.id)
    assert _envelopes(local) == {_code_id(kept)}


def test_expired_envelopes_are_destroyed(local, staff, memory_keyring):
    a = profiles.add_staff(local, staff.lead, "Ny Polis", Agency.POLICE)
    b = profiles.add_staff(local, staff.lead, "Ny Socionom", Agency.SOCIAL)
    old = profiles.create_enrollment_code(local, staff.lead, a.id)
    with local.write(system=True) as s:
        s.execute(
            update(EnrollmentCode)
            .where(EnrollmentCode.staff_id == a.id)
            .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    assert _code_id(old) in _envelopes(local)
    new = profiles.create_enrollment_code(local, staff.lead, b.id)  # any code creation prunes
    assert _envelopes(local) == {_code_id(new)}


def test_a_refused_attempt_with_a_dead_code_destroys_its_envelope(
    local, staff, memory_keyring, monkeypatch
):
    row = profiles.add_staff(local, staff.lead, "Ny Polis", Agency.POLICE)
    ticket = profiles.create_enrollment_code(local, staff.lead, row.id)
    # The code is cancelled in the database (e.g. by a second workstation) but the file stays.
    with local.write(system=True) as s:
        s.execute(update(EnrollmentCode).values(used_at=datetime.now(UTC)))
    assert _code_id(ticket) in _envelopes(local)
    memory_keyring.store.clear()
    monkeypatch.setenv("IGOR_OS_USER", "nyanstalld")
    with pytest.raises(AccessDenied):
        profiles.enroll(str(local.target.path), ticket.code)
    assert _envelopes(local) == set()
