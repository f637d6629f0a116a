"""The shared server is the security boundary (issue 14): what a staff member can do with `psql`.

Each staff member is logged in as their own PostgreSQL login role, created the way the program
creates it (pg_roles.create_role: a member of igor_police / igor_social, administrators also of
igor_admins), and tries plain SQL. Every attack must be refused or return nothing. Attacks that
are still open are marked xfail(strict=True) with the reason, so closing one turns the suite red
until the mark goes (and the count stays honest).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import update

from app.models import Address, CalendarEvent, Case, Person, Setting, Transport
from app.models.enums import Agency, EventKind, Protection, TransportPurpose
from app.services.admin import profiles
from app.services.core import audit
from app.services.core.actor import Actor
from tests.factories import make_staff
from tests.pg_login import make_login_role, open_as
from tests.secrecy_helpers import SECRET, build_world, withdraw_consent

PROTECTED_STREET = "Hemliga gatan 7"
PROTECTED_PHONE = "070-1234567"
PROTECTED_PLACE = "Skyddat boende, Lönngatan 3"
PROTECTED_PICKUP = "Lönngatan 3, port 2, kod 1234"
PROTECTED_DESTINATION = "Tingsrätten, Scheelegatan 7"
OPEN = "still open (issue 14): "


@dataclass
class Server:
    db: object
    staff: object
    world: object
    logins: dict[str, tuple[str, str]]
    consent_id: int
    event_id: int
    transport_id: int

    def connect(self, who: str) -> psycopg.Connection:
        role, password = self.logins[who]
        u = self.db.engine.url
        return psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=role,
            password=password,
            autocommit=True,
        )

    def ids(self) -> dict[str, object]:
        s, w = self.staff, self.world
        return {
            "police": s.police.staff_id,
            "social": s.social.staff_id,
            "case": w.case_id,
            "victim": w.victim_id,
            "consent": self.consent_id,
            "event": self.event_id,
            "transport": self.transport_id,
            "social_role": self.logins["social"][0],
        }


@pytest.fixture
def server(pg_db) -> Server:
    staff = make_staff(pg_db)
    world = build_world(pg_db, staff.police, staff.social)
    with pg_db.write(system=True) as s:
        victim = s.get(Person, world.victim_id)
        victim.protection = Protection.SKYDDAD_FOLKBOKFORING
        victim.phone = PROTECTED_PHONE
        s.add(Address(person_id=victim.id, street=PROTECTED_STREET, city="Stockholm"))
        s.execute(
            update(Case)
            .where(Case.id == world.case_id)
            .values(assigned_social_id=staff.social.staff_id)
        )
        s.add(Setting(key="letterhead.social", value_json='{"agency_name": "Soc"}'))
        ev = CalendarEvent(
            kind=EventKind.MEETING,
            title="Samtal",
            starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
            ends_at=datetime(2026, 3, 2, 10, tzinfo=UTC),
            place=PROTECTED_PLACE,
            notes="Portkod 1234",
            case_id=world.case_id,
        )
        s.add(ev)
        # Requested by the social worker; the police officer is neither crew nor assigned.
        tr = Transport(
            case_id=world.case_id,
            purpose=TransportPurpose.COURT,
            pickup=PROTECTED_PICKUP,
            destination=PROTECTED_DESTINATION,
            earliest_at=datetime(2026, 3, 3, 8, tzinfo=UTC),
            latest_at=datetime(2026, 3, 3, 9, tzinfo=UTC),
            requested_by_id=staff.social.staff_id,
            contact_phone="070-7654321",
            notes="Portkod 4321",
        )
        s.add(tr)
        s.flush()
        event_id, transport_id = ev.id, tr.id
    # A consent that was given and withdrawn: the other agency reads nothing now.
    from app.models import Consent
    from app.models.enums import ConsentMethod

    with pg_db.write(system=True) as s:
        c = Consent(
            person_id=world.victim_id,
            given_on=datetime(2026, 2, 4).date(),
            method=ConsentMethod.SIGNED,
            recorded_by_id=staff.social.staff_id,
        )
        s.add(c)
        s.flush()
        consent_id = c.id
    withdraw_consent(pg_db, consent_id)
    with pg_db.write(system=True) as s:  # planner statistics exist (pg_stats must not show them)
        s.connection().exec_driver_sql("ANALYZE person, calendar_event, transport")
    with pg_db.write(actor=staff.social) as s:
        audit.record(s, staff.social, "sign_in")
    logins = {
        "police": make_login_role(pg_db, staff.police.staff_id, Agency.POLICE),
        "social": make_login_role(pg_db, staff.social.staff_id, Agency.SOCIAL),
        "lead": make_login_role(pg_db, staff.lead.staff_id, Agency.POLICE, admin=True),
        "analyst": make_login_role(pg_db, staff.analyst.staff_id, Agency.SOCIAL),
    }
    return Server(pg_db, staff, world, logins, consent_id, event_id, transport_id)


# (who, what it tries, SQL, "refused" | "empty", open-reason or None)
ATTACKS = [
    # 1. consents: forge, revive, delete, then read the other agency's content
    (
        "police",
        "forge a consent",
        "INSERT INTO consent (person_id, given_on, method, version, "
        "updated_at, recorded_at) VALUES ({victim}, '2026-02-05', 'signed', 1, now(), now())",
        "refused",
        None,
    ),
    (
        "police",
        "revive a withdrawn consent",
        "UPDATE consent SET withdrawn_at = NULL WHERE id = {consent}",
        "refused",
        None,
    ),
    ("police", "delete a consent", "DELETE FROM consent", "refused", None),
    ("social", "backdate a consent", "UPDATE consent SET given_on = '2020-01-01'", "refused", None),
    (
        "analyst",
        "record a consent through the server function",
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', NULL)",
        "refused",
        None,
    ),
    (
        "police",
        "read the social services' journal notes without consent",
        f"SELECT text FROM note WHERE text = '{SECRET}'",
        "empty",
        None,
    ),
    (
        "police",
        "read the social services' contact notes without consent",
        f"SELECT note FROM contact WHERE note = '{SECRET}'",
        "empty",
        None,
    ),
    (
        "police",
        "read the FREDA text without consent",
        "SELECT text FROM risk_assessment",
        "empty",
        None,
    ),
    ("police", "read the social services' letters", "SELECT recipient FROM letter", "empty", None),
    (
        "police",
        "read the running statistics totals",
        "SELECT * FROM stat_party_contacts",
        "refused",
        None,
    ),
    # 2. per-record listings
    (
        "analyst",
        "list contacts per record through contact_facts",
        "SELECT * FROM contact_facts",
        "refused",
        None,
    ),
    (
        "analyst",
        "list assessments per record through assessment_facts",
        "SELECT * FROM assessment_facts",
        "refused",
        None,
    ),
    (
        "police",
        "list the other agency's contacts per record through contact_facts",
        "SELECT * FROM contact_facts WHERE owner_agency = 'social'",
        "refused",
        None,
    ),
    (
        "police",
        "list the other agency's assessments through assessment_facts",
        "SELECT * FROM assessment_facts WHERE owner_agency = 'social'",
        "refused",
        None,
    ),
    (
        "analyst",
        "read a case's figures through the case screen's functions",
        "SELECT * FROM igor_fact_case_totals({case})",
        "refused",
        None,
    ),
    (
        "police",
        "one contact's staff member through a one-microsecond statistics period",
        "SELECT * FROM igor_stat_contact_counts('2026-02-01 10:00:00+00', "
        "'2026-02-01 10:00:00.000001+00') WHERE owner_agency = 'social'",
        "refused",
        None,
    ),
    (
        "police",
        "one party's talk kinds through a one-microsecond period",
        "SELECT * FROM igor_stat_party_contacts('2026-02-01 10:00:00+00', "
        "'2026-02-01 10:00:00.000001+00')",
        "refused",
        None,
    ),
    (
        "police",
        "call the unchecked statistics function",
        "SELECT * FROM igor_stat_contact_counts_rows('2026-02-01 10:00:00+00', "
        "'2026-02-01 10:00:00.000001+00')",
        "refused",
        None,
    ),
    # 3. protected identity; the analyst reads no personal data
    (
        "police",
        "read a protected address of a case not assigned to them",
        f"SELECT street FROM address WHERE street = '{PROTECTED_STREET}'",
        "empty",
        None,
    ),
    ("analyst", "read any address", "SELECT street FROM address", "refused", None),
    (
        "police",
        "read a protected phone number of a case not assigned to them",
        "SELECT phone FROM person WHERE phone IS NOT NULL AND protection <> 'none'",
        "refused",
        None,
    ),
    ("police", "read every phone number", "SELECT * FROM person", "refused", None),
    (
        "police",
        "read a protected phone through the server's reading function",
        "SELECT x FROM (SELECT igor_person_phone(id) AS x FROM person) t "
        f"WHERE x = '{PROTECTED_PHONE}'",
        "empty",
        None,
    ),
    (
        "police",
        "find a protected phone by filtering on it",
        f"SELECT id FROM person WHERE phone = '{PROTECTED_PHONE}'",
        "refused",
        None,
    ),
    (
        "police",
        "read a protected meeting place",
        "SELECT place FROM calendar_event WHERE place IS NOT NULL",
        "refused",
        None,
    ),
    (
        "police",
        "read a protected meeting place through the server's reading function",
        "SELECT igor_event_place(id) FROM calendar_event WHERE igor_event_place(id) IS NOT NULL",
        "empty",
        None,
    ),
    (
        "police",
        "guess a meeting place by its length",
        "SELECT id FROM calendar_event WHERE length(place) > 0",
        "refused",
        None,
    ),
    (
        "police",
        "read a protected transport's pickup and destination",
        "SELECT pickup, destination FROM transport",
        "refused",
        None,
    ),
    (
        "police",
        "read a protected pickup through the server's reading functions",
        "SELECT x FROM (SELECT igor_transport_pickup(id) AS x FROM transport UNION ALL "
        "SELECT igor_transport_destination(id) FROM transport) t WHERE x IS NOT NULL",
        "empty",
        None,
    ),
    (
        "police",
        "read a protected event's notes (door codes)",
        "SELECT notes FROM calendar_event WHERE notes IS NOT NULL",
        "refused",
        None,
    ),
    (
        "police",
        "read a protected transport's contact phone and notes",
        "SELECT contact_phone, notes FROM transport",
        "refused",
        None,
    ),
    (
        "police",
        "read protected notes and contact phones through the server's reading functions",
        "SELECT x FROM (SELECT igor_event_notes(id) AS x FROM calendar_event UNION ALL "
        "SELECT igor_transport_contact_phone(id) FROM transport UNION ALL "
        "SELECT igor_transport_notes(id) FROM transport) t WHERE x IS NOT NULL",
        "empty",
        None,
    ),
    ("police", "read a person row whole", "SELECT row_to_json(p) FROM person p", "refused", None),
    (
        "police",
        "copy the transports out",
        "COPY transport TO STDOUT",
        "refused",
        None,
    ),
    (
        "police",
        "copy a protected place into a readable column",
        "UPDATE calendar_event SET title = place WHERE id = {event}",
        "refused",
        None,
    ),
    (
        "police",
        "read a protected pickup back from an update",
        "UPDATE transport SET notes = notes WHERE id = {transport} RETURNING pickup",
        "refused",
        None,
    ),
    (
        "police",
        "read the planner's statistics of the protected columns",
        "SELECT most_common_vals::text FROM pg_stats WHERE attname IN "
        "('phone', 'place', 'pickup', 'destination')",
        "empty",
        None,
    ),
    (
        "analyst",
        "read a protected phone through the server's reading function",
        "SELECT igor_person_phone({victim})",
        "refused",
        None,
    ),
    (
        "analyst",
        "compare places through the meeting-risk function",
        "SELECT * FROM igor_place_matches('event', ARRAY[{event}], ARRAY['lönngatan 3'])",
        "refused",
        None,
    ),
    (
        "analyst",
        "read personnummer",
        "SELECT personal_number FROM person",
        "refused",
        None,
    ),
    ("analyst", "read names", "SELECT first_name, last_name FROM person", "refused", None),
    ("analyst", "read phone numbers", "SELECT phone FROM person", "refused", None),
    (
        "analyst",
        "read case numbers and districts",
        "SELECT case_number, district FROM case_file",
        "refused",
        None,
    ),
    (
        "analyst",
        "read a case's reopening reason",
        "SELECT reopen_reason FROM case_file",
        "refused",
        None,
    ),
    ("analyst", "read the children", "SELECT * FROM child", "refused", None),
    ("analyst", "read meeting places", "SELECT place FROM calendar_event", "refused", None),
    ("analyst", "read transport pickups", "SELECT * FROM transport", "refused", None),
    ("analyst", "read consent notes", "SELECT note FROM consent", "refused", None),
    ("analyst", "read referrals", "SELECT * FROM referral", "refused", None),
    ("analyst", "read contacts", "SELECT * FROM contact", "empty", None),
    ("analyst", "read the audit trail", "SELECT * FROM audit_entry", "refused", None),
    ("analyst", "read police reports", "SELECT * FROM police_report", "refused", None),
    # 5. admin-only settings, letterheads, staff, enrollment
    (
        "police",
        "set a negative retention period",
        "INSERT INTO setting (key, value_json) VALUES ('retention.years', '-1')",
        "refused",
        None,
    ),
    (
        "police",
        "rewrite the other agency's letterhead",
        "UPDATE setting SET value_json = '{{}}' WHERE key = 'letterhead.social'",
        "refused",
        None,
    ),
    ("social", "delete the letterheads", "DELETE FROM setting", "refused", None),
    (
        "police",
        "make themselves administrator",
        "UPDATE staff_member SET is_admin = true",
        "refused",
        None,
    ),
    (
        "police",
        "lift a colleague's revocation",
        "UPDATE staff_member SET revoked_at = NULL",
        "refused",
        None,
    ),
    (
        "police",
        "add a staff member",
        "INSERT INTO staff_member (full_name, agency, is_caseworker,"
        " is_admin, is_analyst, version, updated_at) VALUES ('x', 'police', true, true, false, 1, "
        "now())",
        "refused",
        None,
    ),
    (
        "police",
        "create an enrollment code",
        "INSERT INTO enrollment_code (staff_id, code_hash, "
        "created_at, expires_at) VALUES ({police}, 'x', now(), now() + interval '1 day')",
        "refused",
        None,
    ),
    (
        "police",
        "revive an enrollment code",
        "UPDATE enrollment_code SET used_at = NULL",
        "refused",
        None,
    ),
    ("police", "join the other agency's group role", "SET ROLE igor_social", "refused", None),
    ("police", "join the administrators' group role", "SET ROLE igor_admins", "refused", None),
    ("police", "give themselves CREATEROLE", "ALTER ROLE CURRENT_USER CREATEROLE", "refused", None),
    # 6. the audit trail
    (
        "police",
        "insert an audit entry in a colleague's name",
        "INSERT INTO audit_entry (at, staff_id, action, record_type, record_id, case_id, prev_hash,"
        " hash) VALUES (now(), {social}, 'case_opened', 'case', {case}, {case}, 'x', 'y')",
        "refused",
        None,
    ),
    (
        "police",
        "alter an audit entry",
        "UPDATE audit_entry SET staff_id = {social}",
        "refused",
        None,
    ),
    ("police", "delete audit entries", "DELETE FROM audit_entry", "refused", None),
    ("police", "truncate the audit trail", "TRUNCATE audit_entry", "refused", None),
    ("police", "move the anchored head", "UPDATE audit_head SET entries = 0", "refused", None),
    ("police", "delete the anchored head", "DELETE FROM audit_head", "refused", None),
    ("police", "delete disclosure rows", "DELETE FROM disclosure", "refused", None),
    (
        "police",
        "record a disclosure in a colleague's name",
        "INSERT INTO disclosure (consent_id, staff_id, viewer_agency, at, kind, record_type, "
        "record_id) VALUES ({consent}, {social}, 'social', now(), 'view', 'note', 1)",
        "refused",
        None,
    ),
    # 4. revocation by someone who may not
    (
        "police",
        "revoke a colleague's login",
        "SELECT igor_revoke_login('{social_role}')",
        "refused",
        None,
    ),
    # 7. runaway recurrence
    (
        "police",
        "store a recurrence rule that never advances",
        "UPDATE calendar_event SET rrule = 'FREQ=DAILY;INTERVAL=0' WHERE id = {event}",
        "refused",
        None,
    ),
    (
        "police",
        "store a per-second recurrence rule",
        "UPDATE calendar_event SET rrule = 'FREQ=SECONDLY' WHERE id = {event}",
        "refused",
        None,
    ),
    # creating objects
    ("police", "create a table", "CREATE TABLE public.loot (t text)", "refused", None),
    (
        "police",
        "create a function",
        "CREATE FUNCTION public.igor_reader_agency(x int) RETURNS "
        "text LANGUAGE sql AS $$ SELECT 'social' $$",
        "refused",
        None,
    ),
    (
        "police",
        "create a view over the contacts",
        "CREATE VIEW public.v AS SELECT * FROM contact",
        "refused",
        None,
    ),
]


def _params(a):
    who, what, sql, expect, still_open = a
    marks = [pytest.mark.xfail(strict=True, reason=still_open)] if still_open else []
    return pytest.param(who, sql, expect, id=f"{who}: {what}", marks=marks)


@pytest.mark.parametrize(("who", "sql", "expect"), [_params(a) for a in ATTACKS])
def test_attack_is_refused_or_finds_nothing(server, who, sql, expect):
    statement = sql.format(**server.ids())
    with server.connect(who) as conn:
        if expect == "refused":
            with pytest.raises(psycopg.Error):
                cur = conn.execute(statement)
                if cur.rowcount == 0 and statement.lstrip().upper().startswith(
                    ("UPDATE", "DELETE")
                ):
                    raise psycopg.errors.InsufficientPrivilege("matched nothing")
        else:
            rows = conn.execute(statement).fetchall()
            assert rows == []


def test_a_forged_consent_never_opens_the_other_agencys_notes(server):
    with server.connect("police") as conn:
        for sql in (
            "INSERT INTO consent (person_id, given_on, method, version, updated_at, recorded_at)"
            " VALUES (%s, '2026-02-05', 'signed', 1, now(), now())",
            "UPDATE consent SET withdrawn_at = NULL WHERE person_id = %s",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(sql, (server.world.victim_id,))
        assert (
            conn.execute("SELECT count(*) FROM note WHERE text = %s", (SECRET,)).fetchone()[0] == 0
        )


def test_the_server_writes_the_audit_entry_in_the_callers_own_name(server):
    """Even through the server's function, a staff login cannot name a colleague: the entry
    carries the login's own staff id, and the chain stays whole."""
    with server.connect("police") as conn:
        entry_id = conn.execute(
            "SELECT igor_audit_append(%s, 'x', 'x', 'case_opened', 'case', %s, %s, NULL)",
            (server.staff.social.staff_id, server.world.case_id, server.world.case_id),
        ).fetchone()[0]
        staff_id = conn.execute(
            "SELECT staff_id FROM audit_entry WHERE id = %s", (entry_id,)
        ).fetchone()[0]
    assert staff_id == server.staff.police.staff_id
    with server.db.read(system=True) as s:
        assert audit.verify_chain(s) is None


def test_a_revoked_login_cannot_use_the_server_function(server):
    with server.db.write(system=True) as s:
        from app.models import StaffMember

        s.execute(
            update(StaffMember)
            .where(StaffMember.id == server.staff.police.staff_id)
            .values(revoked_at=datetime.now(UTC))
        )
    with server.connect("police") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT igor_audit_append(NULL, 'x', 'x', 'sign_in', NULL, NULL, NULL, NULL)")


def test_a_signed_in_person_loses_access_within_seconds_of_revocation(server):
    """The lead revokes through the program, on the lead's own login role; the revoked person's
    open session ends at once and cannot log in again."""
    victim_conn = server.connect("social")
    assert victim_conn.execute("SELECT count(*) FROM note").fetchone()[0] >= 1
    lead = server.staff.lead
    lead_db = open_as(server.db, lead.staff_id, Agency.POLICE, admin=True)
    try:
        started = time.monotonic()
        profiles.revoke_staff(lead_db, lead, server.staff.social.staff_id)
        with pytest.raises(psycopg.OperationalError):
            for _ in range(50):
                victim_conn.execute("SELECT count(*) FROM note")
                time.sleep(0.1)
        assert time.monotonic() - started < 5
    finally:
        lead_db.dispose()
        victim_conn.close()
    with pytest.raises(psycopg.OperationalError):
        server.connect("social")
    with server.db.read(system=True) as s:
        assert audit.verify_chain(s) is None


def test_the_programs_consent_flow_works_through_a_staff_role(server):
    """Recording and withdrawing a consent through the program on the police login: the server
    writes both, audited in the caller's name; the chain stays whole."""
    from app.services.cases import consents

    police: Actor = server.staff.police
    role_db = open_as(server.db, police.staff_id, Agency.POLICE)
    try:
        cid = consents.record_consent(
            role_db,
            police,
            consents.NewConsent(
                person_id=server.world.victim_id,
                given_on=datetime(2026, 2, 10).date(),
                method="verbal",
                case_id=server.world.case_id,
            ),
        )
        rows = consents.consents_for_person(role_db, police, server.world.victim_id)
        row = next(r for r in rows if r.id == cid)
        assert row.active and row.recorded_by == police.full_name
        with role_db.read(actor=police) as s:
            from app.models import Note

            assert SECRET in {n.text for n in s.query(Note)}
        consents.withdraw_consent(role_db, police, cid, version=row.version)
        from app.errors import ConcurrentEditError

        with pytest.raises((ConcurrentEditError, Exception)):
            consents.withdraw_consent(role_db, police, cid, version=row.version)
    finally:
        role_db.dispose()
    with server.db.read(system=True) as s:
        from app.models import AuditEntry

        mine = [
            e.action
            for e in s.query(AuditEntry).filter(AuditEntry.record_type == "consent")
            if e.staff_id == police.staff_id
        ]
        assert mine == ["consent_recorded", "consent_withdrawn"]
        assert audit.verify_chain(s) is None


# --- protected identity: the server's need-to-know reads (e1_protected_columns) -------------


def _reads(conn, server) -> tuple:
    ids = server.ids()
    return conn.execute(
        "SELECT igor_person_phone(%s), igor_event_place(%s), igor_transport_pickup(%s), "
        "igor_transport_destination(%s)",
        (ids["victim"], ids["event"], ids["transport"], ids["transport"]),
    ).fetchone()


def test_the_server_gives_protected_values_only_to_those_with_need(server):
    """The assigned social worker (also the requester) reads all four; the unassigned police
    officer none — until the officer takes part in the event (the place) or joins the crew
    (the transport's addresses), as the program's rule says."""
    everything = (PROTECTED_PHONE, PROTECTED_PLACE, PROTECTED_PICKUP, PROTECTED_DESTINATION)
    with server.connect("social") as conn:
        assert _reads(conn, server) == everything
    with server.connect("police") as conn:
        assert _reads(conn, server) == (None, None, None, None)
    with server.connect("lead") as conn:  # administrators have no need by office
        assert _reads(conn, server) == (None, None, None, None)
    from app.models import event_staff, transport_crew

    with server.db.write(system=True) as s:
        s.execute(
            event_staff.insert().values(
                event_id=server.event_id, staff_id=server.staff.police.staff_id
            )
        )
        s.execute(
            transport_crew.insert().values(
                transport_id=server.transport_id, staff_id=server.staff.police.staff_id
            )
        )
    with server.connect("police") as conn:
        assert _reads(conn, server) == (None, *everything[1:])


def test_the_programs_flows_work_through_staff_roles_with_the_columns_withheld(server):
    """Case file, event dialog, transport board and the safety/meeting-risk comparisons, run
    by the program on the officer's and the social worker's own login roles."""
    from app.services.cases import case_file
    from app.services.scheduling import clashes, event_views
    from app.services.transports import planning

    police, social = server.staff.police, server.staff.social
    with server.db.write(system=True) as s:
        suspect = next(p for p in s.get(Case, server.world.case_id).parties if p.role == "suspect")
        s.add(Address(person_id=suspect.person_id, street="Lönngatan 3", city="Stockholm"))
    police_db = open_as(server.db, police.staff_id, Agency.POLICE)
    social_db = open_as(server.db, social.staff_id, Agency.SOCIAL)
    try:
        view = case_file.load_case(police_db, police, server.world.case_id)
        victim = next(p for p in view.parties if p.person_id == server.world.victim_id)
        assert victim.phone is None and victim.address is None and victim.address_hidden
        view = case_file.load_case(social_db, social, server.world.case_id)
        victim = next(p for p in view.parties if p.person_id == server.world.victim_id)
        assert victim.phone == PROTECTED_PHONE and PROTECTED_STREET in victim.address

        hidden = event_views.get_event(police_db, police, server.event_id)
        assert hidden.withheld and "Lönngatan" not in (hidden.place or "")
        assert event_views.get_event(social_db, social, server.event_id).place == PROTECTED_PLACE

        row = planning.get(police_db, police, server.transport_id)
        assert "Lönngatan" not in row.pickup and row.pickup_masked
        # The pickup is at the suspect's street: the server compares for the officer.
        assert row.pickup_is_suspect_address
        assert row.contact_phone == "" and "Portkod" not in (row.notes or "")
        row = planning.get(social_db, social, server.transport_id)
        assert row.pickup == PROTECTED_PICKUP and row.pickup_is_suspect_address
        assert row.contact_phone == "070-7654321" and row.notes == "Portkod 4321"
        assert event_views.get_event(social_db, social, server.event_id).notes == "Portkod 1234"
        assert "Portkod" not in (
            event_views.get_event(police_db, police, server.event_id).notes or ""
        )

        with police_db.read(actor=police) as s:
            matches = clashes.server_place_matches(
                s, "event", [server.event_id], {"lönngatan 3", "storgatan 1"}
            )
            assert matches == {server.event_id: {"lönngatan 3"}}
            assert s.get(Person, server.world.victim_id).phone is None
        # Writing as the role without reading the column: the place stays as it was.
        with police_db.write(actor=police) as s:
            s.get(CalendarEvent, server.event_id).title = "Samtal (flyttat)"
    finally:
        police_db.dispose()
        social_db.dispose()
    with server.db.read(system=True) as s:
        assert s.get(CalendarEvent, server.event_id).place == PROTECTED_PLACE


def test_error_messages_and_plans_do_not_show_a_protected_place(server):
    with server.connect("police") as conn:
        with pytest.raises(psycopg.errors.CheckViolation) as failed:
            conn.execute(
                "UPDATE calendar_event SET rrule = 'FREQ=SECONDLY' WHERE id = %s",
                (server.event_id,),
            )
        told = f"{failed.value} {failed.value.diag.message_detail}"
        assert "Lönngatan" not in told
        with pytest.raises(psycopg.errors.NotNullViolation) as failed:
            conn.execute(
                "UPDATE transport SET purpose = NULL WHERE id = %s", (server.transport_id,)
            )
        told = f"{failed.value} {failed.value.diag.message_detail}"
        assert "Lönngatan" not in told and "Scheelegatan" not in told
        plan = conn.execute(
            "EXPLAIN (VERBOSE, ANALYZE) SELECT igor_event_place(e.id), igor_transport_pickup(t.id) "
            "FROM calendar_event e, transport t"
        ).fetchall()
        assert "Lönngatan" not in str(plan)


# --- the rule's inputs: changing who has need leaves a trace on the server (e1_need_trail) -----

NEED_ROUTES = [
    ("assign themselves to the case", "UPDATE case_file SET assigned_police_id = {police} "
     "WHERE id = {case}", "case"),
    ("join the event", "INSERT INTO event_staff (event_id, staff_id) VALUES ({event}, {police})",
     "event"),
    ("join the transport's crew",
     "INSERT INTO transport_crew (transport_id, staff_id) VALUES ({transport}, {police})",
     "transport"),
    ("become the transport's requester",
     "UPDATE transport SET requested_by_id = {police} WHERE id = {transport}", "transport"),
    ("move the event out of the protected case",
     "UPDATE calendar_event SET case_id = NULL WHERE id = {event}", "event"),
    ("lift the person's protection", "UPDATE person SET protection = 'none' WHERE id = {victim}",
     "person"),
    ("take the protected person out of the case",
     "DELETE FROM case_party WHERE person_id = {victim}", "case"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("what", "sql", "record_type"), NEED_ROUTES, ids=[r[0] for r in NEED_ROUTES]
)
def test_a_route_to_protected_identity_through_psql_leaves_a_server_audit_entry(
    server, what, sql, record_type
):
    """The program lets a caseworker take these steps (each is an audited edit there); with
    psql the server itself records the step in the caller's name, so the route to a protected
    address, phone, place or pickup leaves a trace either way."""
    with server.connect("police") as conn:
        conn.execute(sql.format(**server.ids()))
    with server.db.read(system=True) as s:
        from app.models import AuditEntry

        entries = s.query(AuditEntry).filter(AuditEntry.action == "protected_access_changed").all()
        assert [(e.staff_id, e.record_type) for e in entries] == [
            (server.staff.police.staff_id, record_type)
        ]
        assert audit.verify_chain(s) is None


def test_the_database_owners_own_changes_are_not_doubled(server):
    with server.db.write(system=True) as s:
        s.execute(
            update(Case)
            .where(Case.id == server.world.case_id)
            .values(assigned_police_id=server.staff.police.staff_id)
        )
    with server.db.read(system=True) as s:
        from app.models import AuditEntry

        assert not s.query(AuditEntry).filter(AuditEntry.action == "protected_access_changed").all()
