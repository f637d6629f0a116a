"""Regression (issue 15, "Keep"): a program killed with SIGKILL in the middle of writing leaves
the encrypted local file intact, with no half-saved action and exact statistics totals.

A child process records contacts through the real service (one transaction each, audited) and
prints each id once its transaction has committed; the parent kills it at a random moment, then
checks the file: SQLite's integrity check, every acknowledged contact present, every contact with
its audit entry (and no audit entry without its contact), the audit chain whole, and the
running contact totals equal to a recount from the rows.
"""

from __future__ import annotations

import os
import random
import secrets
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import select, text

from app.database import open_database
from app.database.migrate import upgrade_database
from app.models import AuditEntry, Contact
from app.models.enums import PartyRole
from app.services.core import audit
from tests.factories import make_case, make_staff, party_id
from tests.statistics.test_statistics_totals import assert_totals_match

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime, timedelta
    from app.database import open_database
    from app.models import StaffMember
    from app.services.core.actor import Actor
    from app.services.cases import contacts

    path, key, case_id, party_id, staff_id = sys.argv[1:6]
    db = open_database(path, key_hex=key)
    with db.read(system=True) as s:
        member = s.get(StaffMember, int(staff_id))
        actor = Actor.from_staff(member, account=member.os_account)
    start = datetime(2026, 3, 1, 8, tzinfo=UTC)
    n = 0
    while True:
        n += 1
        cid = contacts.add_contact(
            db, actor,
            contacts.NewContact(int(case_id), int(party_id), start + timedelta(minutes=n),
                                note="Anteckning %d" % n),
        )
        print(cid, flush=True)
    """
)


def test_sigkill_while_writing_leaves_the_file_whole(tmp_path):
    path = tmp_path / "igor.db"
    key = secrets.token_hex(32)
    db = open_database(str(path), key_hex=key)
    upgrade_database(db)
    staff = make_staff(db)
    case_id = make_case(db)
    victim = party_id(db, case_id, PartyRole.VICTIM)
    db.dispose()

    acknowledged: set[int] = set()
    rng = random.Random(15)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _round in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), key, str(case_id), str(victim),
             str(staff.police.staff_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=env,
        )  # fmt: skip
        assert child.stdout is not None
        want = rng.randint(5, 40)
        deadline = time.monotonic() + 120
        got = 0
        while got < want and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            acknowledged.add(int(line))
            got += 1
        time.sleep(rng.random() * 0.05)  # somewhere inside the next transaction
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        assert got == want, f"the writer stopped early ({got} of {want})"

    db = open_database(str(path), key_hex=key)
    try:
        with db.read(system=True) as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            stored = set(s.execute(select(Contact.id)).scalars())
            audited = set(
                s.execute(
                    select(AuditEntry.record_id).where(
                        AuditEntry.record_type == "contact", AuditEntry.action == "created"
                    )
                ).scalars()
            )
            assert acknowledged <= stored  # nothing acknowledged is lost
            assert stored == audited  # every contact has its audit entry, and the reverse
            assert audit.verify_chain(s) is None
        assert_totals_match(db)
    finally:
        db.dispose()
