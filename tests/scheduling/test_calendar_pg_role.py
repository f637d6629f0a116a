"""PostgreSQL mode with real staff login roles (row-level security on): the calendar works for
a police officer and a social worker under their own roles — create with clash refusal, a held
arrest-cell talk recorded as a contact of the social services, .ics export and import, the day
list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import CaseParty, Contact
from app.models.enums import Agency, Channel, EventKind, PartyRole
from app.services.scheduling import calendar as cal
from app.services.scheduling import clashes, ics
from app.services.scheduling.day_list import day_list_pdf
from tests.factories import add_contact, make_case, make_staff, party_id
from tests.pg_login import open_as


def _as(db, actor, agency):
    return open_as(db, actor.staff_id, agency)


def test_calendar_under_row_level_security(pg_db):
    staff = make_staff(pg_db)
    case_id = make_case(pg_db)
    add_contact(
        pg_db, staff.social, case_id, PartyRole.VICTIM, when=datetime(2026, 1, 12, tzinfo=UTC)
    )
    victim = party_id(pg_db, case_id, PartyRole.VICTIM)
    with pg_db.write(system=True) as s:
        s.get(CaseParty, victim).support_offered_on = date(2026, 1, 12)
    suspect = party_id(pg_db, case_id, PartyRole.SUSPECT)
    as_social = _as(pg_db, staff.social, Agency.SOCIAL)
    as_police = _as(pg_db, staff.police, Agency.POLICE)
    try:
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=5)
        talk = cal.create_event(
            as_social,
            staff.social,
            cal.EventInput(
                kind=EventKind.ARREST_TALK,
                starts_at=start,
                ends_at=start + timedelta(minutes=45),
                case_id=case_id,
                party_ids=(suspect,),
                staff_ids=(staff.social.staff_id,),
                place="Arresten",
            ),
        )
        with pytest.raises(clashes.ClashError):
            cal.create_event(
                as_police,
                staff.police,
                cal.EventInput(
                    kind=EventKind.MEETING,
                    starts_at=start + timedelta(minutes=15),
                    ends_at=start + timedelta(hours=1),
                    staff_ids=(staff.social.staff_id,),
                ),
            )
        contact_id = cal.mark_held(as_social, staff.social, talk, version=1)
        with pg_db.read(system=True) as s:
            contact = s.get(Contact, contact_id)
            assert (contact.channel, contact.owner_agency) == (Channel.ARREST_TALK, Agency.SOCIAL)
        rows = cal.events_between(
            as_police, staff.police, start - timedelta(hours=1), start + timedelta(hours=2)
        )
        assert [r.id for r in rows] == [talk] and rows[0].held
        exported = ics.export_ics(
            as_police, staff.police, start - timedelta(days=1), start + timedelta(days=1)
        )
        assert ics.import_ics(as_police, staff.police, exported.data).unchanged == 1
        pdf = day_list_pdf(as_police, staff.police, staff.social.staff_id, start.date())
        assert pdf.rows == 1
        with as_police.read(actor=staff.police) as s:  # the police role cannot read the contact
            assert s.execute(select(Contact.id)).first() is None
    finally:
        as_social.dispose()
        as_police.dispose()
