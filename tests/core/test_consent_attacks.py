"""Consent with direction, scope and validity period (issue 18): the secrecy rule in the program
(SQLite and PostgreSQL) and on the server as real login roles (psql), and the migration of
existing consents.

The world (tests/secrecy_helpers.build_world): the victim has a social-services contact, note,
FREDA assessment and letter holding SECRET, and a police note. Each test records one consent and
checks exactly what it opens, to whom, and when.
"""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import select, text, update

from app.database import open_database
from app.database.migrate import upgrade_database
from app.errors import UserError, ValidationError
from app.models import Consent, Contact, Disclosure, Letter, Note, RiskAssessment
from app.models.enums import Agency, ConsentMethod
from app.services.cases import consents
from app.services.cases.consents import NewConsent
from app.services.core import audit
from app.services.core.timeutil import today_local
from tests.factories import make_staff
from tests.pg_login import make_login_role, open_as
from tests.secrecy_helpers import SECRET, build_world

TODAY = today_local()
SOCIAL_KINDS = {"contact": Contact, "note": Note, "risk_assessment": RiskAssessment}


def _record(db, actor, world, **scope) -> int:
    given = scope.pop("given_on", TODAY)
    return consents.record_consent(
        db,
        actor,
        NewConsent(world.victim_id, given, ConsentMethod.SIGNED, case_id=world.case_id, **scope),
    )


def _police_reads(db, police) -> set[str]:
    """Which kinds of the social services' records about the victim the police actor sees."""
    seen = set()
    with db.read(actor=police) as s:
        for kind, model in SOCIAL_KINDS.items():
            rows = s.query(model).filter(model.owner_agency == Agency.SOCIAL).all()
            if rows:
                seen.add(kind)
        if s.query(Letter).filter(Letter.owner_agency == Agency.SOCIAL).all():
            seen.add("letter")
    return seen


def _social_reads_police_note(db, social) -> bool:
    with db.read(actor=social) as s:
        return bool(s.query(Note).filter(Note.owner_agency == Agency.POLICE).all())


@pytest.fixture
def world(db, staff):
    return build_world(db, staff.police, staff.social)


def test_a_consent_social_to_police_opens_nothing_the_other_way(db, staff, world):
    assert _police_reads(db, staff.police) == set()
    _record(db, staff.social, world, directions=(Agency.POLICE,))
    assert _police_reads(db, staff.police) == {"contact", "note", "risk_assessment", "letter"}
    assert not _social_reads_police_note(db, staff.social)


def test_a_consent_police_to_social_does_not_open_social_records_to_police(db, staff, world):
    _record(db, staff.police, world, directions=(Agency.SOCIAL,))
    assert _social_reads_police_note(db, staff.social)
    assert _police_reads(db, staff.police) == set()


def test_out_of_scope_kinds_stay_closed(db, staff, world):
    _record(db, staff.social, world, kinds=("contact",))
    assert _police_reads(db, staff.police) == {"contact"}
    with db.read(actor=staff.police) as s:
        # counts, joins and subqueries go through the same criterion
        assert s.query(Note).filter(Note.text == SECRET).count() == 0
        assert s.query(RiskAssessment).count() == 0


def test_before_and_after_the_validity_period_nothing_opens(db, staff, world):
    later = _record(db, staff.social, world, valid_from=TODAY + timedelta(days=1))
    assert _police_reads(db, staff.police) == set()
    ended = _record(
        db,
        staff.social,
        world,
        given_on=TODAY - timedelta(days=400),
        valid_until=TODAY - timedelta(days=1),
    )
    assert _police_reads(db, staff.police) == set()
    # the last valid day still opens (inclusive)
    with db.write(system=True) as s:
        s.execute(update(Consent).where(Consent.id == ended).values(valid_until=TODAY))
    assert _police_reads(db, staff.police) == {"contact", "note", "risk_assessment", "letter"}
    rows = {r.id: r for r in consents.consents_for_person(db, staff.police, world.victim_id)}
    assert rows[later].state == "not_yet" and rows[ended].state == "expiring"


def test_after_withdrawal_nothing_opens(db, staff, world):
    cid = _record(db, staff.social, world)
    assert _police_reads(db, staff.police)
    consents.withdraw_consent(db, staff.social, cid, version=1)
    assert _police_reads(db, staff.police) == set()


def test_each_disclosure_names_the_consent_and_the_scope(db, staff, world):
    broad = _record(db, staff.social, world, kinds=("note",))
    narrow = _record(db, staff.social, world, kinds=("contact",))
    _police_reads(db, staff.police)
    with db.read(system=True) as s:
        rows = s.execute(
            select(Disclosure.record_type, Disclosure.consent_id, Disclosure.scope).order_by(
                Disclosure.record_type
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("contact", narrow, "to_police:contact"),
        ("note", broad, "to_police:note"),
    ]


def test_a_new_consent_gets_the_leads_default_period(db, staff, world):
    consents.set_default_months(db, staff.lead, 6)
    cid = _record(db, staff.social, world)
    row = next(r for r in consents.consents_for_person(db, staff.social, world.victim_id))
    assert row.id == cid and row.valid_from == TODAY
    assert row.valid_until == consents.default_until(TODAY, 6)
    with pytest.raises(Exception, match="gruppchef"):
        consents.set_default_months(db, staff.social, 24)


@pytest.mark.parametrize(
    ("scope", "field"),
    [
        ({"directions": ()}, "riktning"),
        ({"kinds": ()}, "omfattning"),
        ({"kinds": ("note", "address")}, "omfattning"),
        ({"valid_from": TODAY - timedelta(days=3)}, "giltigt från"),
    ],
)
def test_bad_scope_is_refused_naming_the_field(db, staff, world, scope, field):
    with pytest.raises(ValidationError) as info:
        _record(db, staff.social, world, **scope)
    assert field in info.value.message()


def test_an_end_date_beyond_five_years_or_before_the_start_is_refused(db, staff, world):
    for until in (TODAY + timedelta(days=5 * 366), TODAY - timedelta(days=1)):
        with pytest.raises(UserError, match="giltigt till"):
            _record(db, staff.social, world, valid_until=until)


def test_the_case_header_states_per_direction(db, staff, world):
    _record(db, staff.social, world, directions=(Agency.POLICE,), kinds=("note",))
    states = {
        (s.person_id, s.viewer): s
        for s in consents.direction_states(db, staff.police, world.case_id)
    }
    to_police = states[(world.victim_id, Agency.POLICE)]
    assert to_police.state == "partial" and to_police.kinds == ("note",)
    assert states[(world.victim_id, Agency.SOCIAL)].state == "none"


def test_expiring_consents_for_the_start_page(db, staff, world):
    with db.write(system=True) as s:
        from app.models import Case

        s.execute(
            update(Case)
            .where(Case.id == world.case_id)
            .values(assigned_police_id=staff.police.staff_id)
        )
    soon = _record(db, staff.social, world, valid_until=TODAY + timedelta(days=10))
    _record(db, staff.social, world, valid_until=TODAY + timedelta(days=100))
    mine = consents.expiring_consents(db, staff.police)
    assert [(e.consent_id, e.days_left) for e in mine] == [(soon, 10)]
    assert consents.expiring_consents(db, staff.social) == []  # not assigned to the case


def test_the_consent_form_prints_the_scope(db, staff, world):
    from app.services.cases import letters

    _record(
        db,
        staff.social,
        world,
        directions=(Agency.POLICE,),
        kinds=("note", "letter"),
        recipients="RVC Innerstaden",
        valid_until=TODAY + timedelta(days=90),
    )
    request = letters.LetterRequest(template="samtycke", case_id=world.case_id)
    with db.write(actor=staff.social) as s:
        fields = letters._compose(s, staff.social, letters.tpl.load_template("samtycke"), request)
    rows = dict(tuple(r) for r in fields["blocks"]["omfattning"]["rows"])
    assert rows["Riktning"] == "Från socialtjänsten till polisen"
    assert rows["Uppgifter"] == "journalanteckningar, brev och remisser"
    assert rows["Namngivna mottagare"] == "RVC Innerstaden"
    assert rows["Giltigt"] == f"{TODAY} – {TODAY + timedelta(days=90)}"


# --- on the server, as real login roles ------------------------------------------------------


def _count_secret(conn) -> dict[str, int]:
    return {
        table: conn.execute(
            f"SELECT count(*) FROM {table} WHERE owner_agency = 'social'"
        ).fetchone()[0]
        for table in ("contact", "note", "risk_assessment", "letter")
    }


@pytest.fixture
def server(pg_db):
    staff = make_staff(pg_db)
    world = build_world(pg_db, staff.police, staff.social)
    logins = {
        "police": make_login_role(pg_db, staff.police.staff_id, Agency.POLICE),
        "social": make_login_role(pg_db, staff.social.staff_id, Agency.SOCIAL),
    }
    u = pg_db.engine.url

    def connect(who):
        role, password = logins[who]
        return psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=role,
            password=password,
            autocommit=True,
        )

    return pg_db, staff, world, connect


def _system_consent(db, world, **values) -> int:
    with db.write(system=True) as s:
        c = Consent(
            person_id=world.victim_id,
            given_on=TODAY - timedelta(days=10),
            method=ConsentMethod.SIGNED,
            **values,
        )
        s.add(c)
        s.flush()
        return c.id


@pytest.mark.parametrize(
    ("values", "opened"),
    [
        ({}, {"contact", "note", "risk_assessment", "letter"}),
        ({"to_police": False}, set()),  # police -> social services only
        ({"scope_note": False, "scope_letter": False}, {"contact", "risk_assessment"}),
        ({"valid_from": TODAY + timedelta(days=1)}, set()),
        ({"valid_until": TODAY - timedelta(days=1)}, set()),
        ({"valid_until": TODAY}, {"contact", "note", "risk_assessment", "letter"}),
    ],
    ids=["all", "other direction", "out of scope", "before", "after", "last day"],
)
def test_the_server_policies_honour_direction_scope_and_dates(server, values, opened):
    db, _staff, world, connect = server
    _system_consent(db, world, **values)
    with connect("police") as conn:
        counts = _count_secret(conn)
    assert {t for t, n in counts.items() if n} == opened


def test_the_server_closes_everything_after_withdrawal_and_opens_police_only_one_way(server):
    db, staff, world, connect = server
    cid = _system_consent(db, world, to_social=False)
    with connect("social") as conn:
        assert (
            conn.execute("SELECT count(*) FROM note WHERE owner_agency = 'police'").fetchone()[0]
            == 0
        )
    with connect("police") as conn:
        assert _count_secret(conn)["note"] == 1
    with db.write(system=True) as s:
        s.execute(text("UPDATE consent SET withdrawn_at = now() WHERE id = :id"), {"id": cid})
    with connect("police") as conn:
        assert sum(_count_secret(conn).values()) == 0


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE consent SET to_police = true, to_social = true",
        "UPDATE consent SET scope_note = true",
        "UPDATE consent SET valid_until = NULL",
        "UPDATE consent SET valid_from = '2000-01-01'",
        "INSERT INTO consent (person_id, given_on, method, version, updated_at, recorded_at, "
        "valid_from) VALUES ({victim}, current_date, 'signed', 1, now(), now(), current_date)",
        # the server function checks the scope and the period itself
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', "
        "NULL, false, false, ARRAY['note'], NULL, current_date, current_date + 30, NULL)",
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', "
        "NULL, true, true, ARRAY[]::text[], NULL, current_date, current_date + 30, NULL)",
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', "
        "NULL, true, true, ARRAY['address'], NULL, current_date, current_date + 30, NULL)",
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', "
        "NULL, true, true, ARRAY['note'], NULL, current_date, NULL, NULL)",
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', "
        "NULL, true, true, ARRAY['note'], NULL, current_date, current_date + 3000, NULL)",
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', "
        "NULL, true, true, ARRAY['note'], NULL, current_date - 5, current_date + 30, NULL)",
        # the old signature (no scope) is gone
        "SELECT igor_consent_record(NULL, 'x', 'x', {victim}, NULL, current_date, 'signed', NULL)",
    ],
)
def test_a_staff_login_cannot_widen_or_forge_a_consent(server, sql):
    db, _staff, world, connect = server
    _system_consent(db, world, to_police=False, scope_note=False, valid_until=TODAY)
    with connect("police") as conn:
        with pytest.raises(psycopg.Error):
            cur = conn.execute(sql.format(victim=world.victim_id))
            if cur.rowcount == 0 and sql.startswith("UPDATE"):
                raise psycopg.errors.InsufficientPrivilege("matched nothing")
        assert sum(_count_secret(conn).values()) == 0


def test_the_programs_scoped_consent_through_a_staff_login(server):
    db, staff, world, _connect = server
    role_db = open_as(db, staff.social.staff_id, Agency.SOCIAL)
    try:
        cid = _record(
            role_db,
            staff.social,
            world,
            directions=(Agency.POLICE,),
            kinds=("note",),
            recipients="RVC Innerstaden",
            witness=None,
        )
        row = consents.consents_for_person(role_db, staff.social, world.victim_id)[0]
        assert (row.id, row.to_police, row.to_social, row.kinds) == (cid, True, False, ("note",))
        assert row.valid_until == consents.default_until(TODAY, consents.DEFAULT_MONTHS)
    finally:
        role_db.dispose()
    police_db = open_as(db, staff.police.staff_id, Agency.POLICE)
    try:
        assert _police_reads(police_db, staff.police) == {"note"}
    finally:
        police_db.dispose()


# --- the migration of existing consents ------------------------------------------------------


def test_existing_consents_migrate_to_both_directions_all_kinds_no_end(empty_db_url, backend):
    db = open_database(empty_db_url)
    try:
        upgrade_database(db, "d7_consent_who")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO person (id, first_name, last_name, protection, number_kind, "
                    "version, updated_at) VALUES (1, 'A', 'B', 'none', 'none', 1, "
                    "'2026-01-01')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO consent (id, person_id, given_on, method, recorded_at, version, "
                    "updated_at, withdrawn_at) VALUES "
                    "(1, 1, '2025-06-01', 'signed', '2025-06-01', 1, '2025-06-01', NULL), "
                    "(2, 1, '2025-01-10', 'verbal', '2025-01-10', 2, '2025-03-01', '2025-03-01')"
                )
            )
        with db.write(system=True) as s:
            audit.record(s, None, "sign_in")  # a trail before the migration
        upgrade_database(db)
        with db.read(system=True) as s:
            rows = s.execute(select(Consent).order_by(Consent.id)).scalars().all()
            assert [
                (
                    c.id,
                    c.to_police,
                    c.to_social,
                    c.scope_note,
                    c.scope_contact,
                    c.scope_risk_assessment,
                    c.scope_letter,
                    str(c.valid_from),
                    c.valid_until,
                    c.withdrawn_at is None,
                )
                for c in rows
            ] == [
                (1, True, True, True, True, True, True, "2025-06-01", None, True),
                (2, True, True, True, True, True, True, "2025-01-10", None, False),
            ]
            notes = s.execute(
                text(
                    "SELECT record_id, details FROM audit_entry "
                    "WHERE action = 'consent_scope_migrated' ORDER BY record_id"
                )
            ).all()
            assert [r[0] for r in notes] == [1, 2]
            assert '"to_police": true' in notes[0][1] and '"valid_until": null' in notes[0][1]
            assert audit.verify_chain(s) is None
    finally:
        db.dispose()


# --- referral history on the server (e3b_referral_states) -------------------------------------


def test_referral_steps_on_the_server(server):
    """Staff logins read and write the referral history like referrals; an analyst reads none
    of it and no staff login can empty it."""
    db, staff, world, connect = server
    role, password = make_login_role(db, staff.analyst.staff_id, Agency.SOCIAL)
    u = db.engine.url
    with (
        psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=u.database,
            user=role,
            password=password,
            autocommit=True,
        ) as conn,
        pytest.raises(psycopg.Error),
    ):
        conn.execute("SELECT state, reason FROM referral_step").fetchall()
    with connect("police") as conn:
        assert conn.execute("SELECT count(*) FROM referral_step").fetchone()[0] == 0
        with pytest.raises(psycopg.Error):
            conn.execute("TRUNCATE referral_step")
    del world
