"""PostgreSQL mode with real staff login roles (row-level security on): a social worker
requests, a police officer plans against the calendar and prints the run sheet, and the police
cannot count a social services' safety assessment they may not read."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models.enums import Agency, Instrument, TransportStatus
from app.services.transports import planning as transports
from app.services.transports import run_sheet
from tests.factories import make_staff
from tests.pg_login import open_as
from tests.transport_helpers import (
    SUSPECT_STREET,
    add_assessment,
    make_world,
    new_transport,
    plan_request,
)


def _as(db, actor, agency):
    return open_as(db, actor.staff_id, agency)


def test_request_plan_and_run_sheet_under_row_level_security(pg_db):
    staff = make_staff(pg_db)
    w = make_world(pg_db, staff)
    as_social = _as(pg_db, staff.social, Agency.SOCIAL)
    as_police = _as(pg_db, staff.police, Agency.POLICE)
    try:
        t = new_transport(as_social, staff.social, w)
        crew = (staff.police.staff_id, w.officer2.staff_id)
        row = transports.plan(
            as_police, staff.police, t.id, plan_request(w, crew), version=t.version
        )
        assert row.status is TransportStatus.PLANNED
        sheet = run_sheet.generate(as_police, staff.police, row.id)
        assert sheet.pdf.startswith(b"%PDF")
        assert [r.id for r in transports.board_week(as_social, staff.social, w.t0.date())] == [t.id]

        # A social services' general safety assessment is invisible to the police role
        # (no consent), so it cannot satisfy the suspect-address rule.
        hidden = add_assessment(
            pg_db, w.case_id, instrument=Instrument.GENERAL_SAFETY, agency=Agency.SOCIAL
        )
        t2 = new_transport(as_social, staff.social, w, pickup=SUSPECT_STREET)
        with pytest.raises(ValidationError, match="inte tillgänglig"):
            transports.plan(
                as_police,
                staff.police,
                t2.id,
                plan_request(w, crew, vehicle_id=w.vehicle2, safety_assessment_id=hidden),
                version=t2.version,
            )
    finally:
        as_social.dispose()
        as_police.dispose()
