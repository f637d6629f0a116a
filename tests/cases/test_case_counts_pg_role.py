"""PostgreSQL mode with a real staff login role: row-level security hides the other agency's
records, yet the contact rule, the fatigue figure and the window of opportunity still count them
(through the count-only views), and the views cannot be used to change anything."""

from __future__ import annotations

import psycopg
import pytest

from app.database import open_database
from app.models.enums import Agency, PartyRole
from app.services.cases import assessments, case_file, contacts
from tests.case_helpers import add_assessment_as, ago, offer_support, party_ids
from tests.factories import add_contact, make_case, make_staff
from tests.pg_login import login_url, make_login_role


def _login(db, actor, agency):
    role, password = make_login_role(db, actor.staff_id, agency)
    return role, password, login_url(db, role, password)


def test_police_role_counts_what_it_cannot_read(pg_db):
    staff = make_staff(pg_db)
    case_id = make_case(pg_db)
    offer_support(pg_db, case_id)
    add_contact(pg_db, staff.social, case_id, PartyRole.VICTIM, when=ago(days=2), note="HEMLIGT")
    add_assessment_as(pg_db, staff.social, case_id, PartyRole.VICTIM, endangers=True)
    role, password, url = _login(pg_db, staff.police, Agency.POLICE)
    as_police = open_database(url.render_as_string(hide_password=False))
    try:
        # RLS really hides the social services' records from this login ...
        assert contacts.timeline(as_police, staff.police, case_id).rows == ()
        seen = assessments.assessments_for_case(as_police, staff.police, case_id)
        assert seen.rows == () and seen.hidden_other_agency == 1
        # ... yet they are counted.
        status = contacts.contact_rule(as_police, staff.police, case_id)
        assert status.victim_reached_contacts == 1
        assert status.unmet_codes() == ["endangering_assessment"]
        victim_person = party_ids(pg_db, case_id)[PartyRole.VICTIM][1]
        assert contacts.contact_counts(as_police, staff.police, victim_person) == (1, 1)
        view = case_file.load_case(as_police, staff.police, case_id)
        assert view.window.first_reached_on is not None
        assert view.other_agency_assessments == 1
        assert contacts.timeline(as_police, staff.police, case_id).hidden_other_agency == 1
    finally:
        as_police.dispose()
    u = pg_db.engine.url
    with psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    ) as conn:
        for sql in (
            "UPDATE contact_facts SET reached = false",
            "DELETE FROM assessment_facts",
            "UPDATE assessment_facts SET contact_endangers = false",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        # No content column is reachable through the views.
        with pytest.raises(psycopg.errors.UndefinedColumn):
            conn.execute("SELECT note FROM contact_facts")
