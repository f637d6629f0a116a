"""Several teams on one server (issue 16): each team sees and changes only its own rows.

On PostgreSQL every staff member of team A is logged in as their own login role and tries plain
SQL against every table the staff roles can reach — the list comes from the catalog, so a new
table cannot be forgotten — to read, change, delete and copy team B's rows; and calls the
SECURITY DEFINER functions with team B's ids. Nothing of team B may come back or change. The
program's own flows (case list, case file, contacts, statistics) still work for each team, through
the service layer (both backends) and as team B's own login role.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import text

from app.errors import AccessDenied, UserError
from app.models import (
    Address,
    Case,
    CaseAction,
    Child,
    Consent,
    Disclosure,
    EnrollmentCode,
    Letter,
    Note,
    PoliceReport,
    Referral,
    ReferralStep,
    Resource,
    RiskAssessment,
    Setting,
    StaffMember,
    Team,
)
from app.models.enums import (
    Agency,
    CaseSource,
    ConsentMethod,
    Instrument,
    LetterKind,
    PartyRole,
    ReferralState,
    ReferralTarget,
    ResourceKind,
    RiskLevel,
)
from app.services.cases import case_file, case_list
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.statistics import figures
from tests.factories import Staff, add_contact, make_case, make_event, make_transport, party_id
from tests.pg_login import make_login_role, open_as

# Tables the staff roles reach that carry no team's data (checked: no personal data).
NOT_TEAM_DATA = {
    "alembic_version": "the schema version",
    "audit_head": "the newest audit hash and the number of entries (the chain's anchor)",
    "case_number_counter": "the last serial number per year (case numbers are server-wide)",
}
SECRET_B = "Team B:s hemlighet"


def make_team_staff(db, team_id: int, tag: str) -> Staff:
    rows = [
        ("Polis", Agency.POLICE, dict(is_caseworker=True)),
        ("Socionom", Agency.SOCIAL, dict(is_caseworker=True)),
        ("Gruppchef", Agency.POLICE, dict(is_caseworker=True, is_admin=True)),
        ("Analytiker", Agency.SOCIAL, dict(is_caseworker=False, is_analyst=True)),
    ]
    actors = []
    with db.write(system=True) as s:
        for title, agency, roles in rows:
            account = f"{title.lower()}{tag}"
            member = StaffMember(
                os_account=account,
                full_name=f"{title} {tag.upper()}",
                agency=agency,
                team_id=team_id,
                **roles,
            )
            s.add(member)
            s.flush()
            actors.append(Actor.from_staff(member, account=account))
    return Staff(*actors)


def populate(db, staff: Staff, tag: str, serial: int) -> int:
    """A case with a row in every table a case's work fills; returns the case id. Written
    through system sessions (the default team); `move_to_team` puts it in its team."""
    case_id = make_case(
        db,
        number=f"IGOR-2026-{serial:04d}",
        victim=("Vera", f"Offer{tag}", f"19850314238{serial % 10}"),
        suspect=("Sven", f"Misstänkt{tag}", f"19800101981{serial % 10}"),
    )
    victim_party = party_id(db, case_id, PartyRole.VICTIM)
    when = datetime(2026, 2, 2, 10, tzinfo=UTC)
    add_contact(db, staff.social, case_id, PartyRole.VICTIM, when=when, note=SECRET_B)
    add_contact(db, staff.police, case_id, PartyRole.VICTIM, when=when + timedelta(days=1))
    with db.write(system=True) as s:
        case = s.get(Case, case_id)
        case.assigned_police_id = staff.police.staff_id
        case.assigned_social_id = staff.social.staff_id
        victim = next(p.person_id for p in case.parties if p.id == victim_party)
        s.add(Address(person_id=victim, street=f"Gatan {serial}", city="Stockholm"))
        s.add(Child(case_id=case_id, first_name="Lo", birth_year=2018))
        s.add(PoliceReport(case_id=case_id, report_number=f"5000-K{serial}-26"))
        referral = Referral(
            case_id=case_id,
            party_id=victim_party,
            target=list(ReferralTarget)[0],
            referred_on=date(2026, 2, 3),
            referred_by_id=staff.social.staff_id,
        )
        s.add(referral)
        s.flush()
        s.add(ReferralStep(referral_id=referral.id, state=ReferralState.SENT, on=date(2026, 2, 3)))
        s.add(
            CaseAction(
                case_id=case_id,
                owner_agency=Agency.SOCIAL,
                subject_person_id=victim,
                title=SECRET_B,
                owner_id=staff.social.staff_id,
                due_on=date(2026, 2, 10),
            )
        )
        for agency, author in ((Agency.SOCIAL, staff.social), (Agency.POLICE, staff.police)):
            s.add(
                Note(
                    case_id=case_id,
                    owner_agency=agency,
                    subject_person_id=victim,
                    author_id=author.staff_id,
                    text=SECRET_B,
                )
            )
        s.add(
            RiskAssessment(
                case_id=case_id,
                party_id=victim_party,
                owner_agency=Agency.SOCIAL,
                subject_person_id=victim,
                instrument=Instrument.FREDA_DANGER,
                assessed_on=date(2026, 2, 3),
                level=RiskLevel.HIGH,
                text=SECRET_B,
            )
        )
        s.add(
            Letter(
                case_id=case_id,
                owner_agency=Agency.SOCIAL,
                subject_person_id=victim,
                kind=LetterKind.REFERRAL,
                template="remiss",
                recipient=SECRET_B,
            )
        )
        consent = Consent(
            person_id=victim,
            case_id=case_id,
            given_on=date(2026, 2, 4),
            method=ConsentMethod.SIGNED,
            recorded_by_id=staff.social.staff_id,
        )
        s.add(consent)
        s.flush()
        s.add(
            Disclosure(
                consent_id=consent.id,
                staff_id=staff.police.staff_id,
                viewer_agency=Agency.POLICE,
                kind="view",
                record_type="note",
                record_id=1,
            )
        )
        s.add(
            EnrollmentCode(
                staff_id=staff.police.staff_id,
                code_hash=f"hash-{tag}",
                created_by_id=staff.lead.staff_id,
                expires_at=datetime.now(UTC) + timedelta(hours=24),
            )
        )
        room = Resource(kind=ResourceKind.ROOM, name=f"Rum {tag}")
        s.add(room)
        s.flush()
        room_id = room.id
    start = datetime(2026, 3, 2, 9, tzinfo=UTC)
    make_event(
        db,
        start=start,
        end=start + timedelta(hours=1),
        staff_ids=(staff.social.staff_id,),
        resource_ids=(room_id,),
        party_ids=(victim_party,),
        case_id=case_id,
        title=f"Samtal {tag}",
    )
    make_transport(
        db, case_id, planned_start=start + timedelta(days=1), crew=(staff.police.staff_id,)
    )
    with db.write(actor=staff.police) as s:
        audit.record(s, staff.police, "viewed", record_type="case", record_id=case_id)
    return case_id


TEAM_TABLES = ("case_file", "person", "resource", "calendar_event")


def move_to_team(db, team_id: int, since: dict[str, int]) -> None:
    """Put the rows of the team-owned tables made after `since` (max ids) into the team."""
    with db.write(system=True) as s:
        for table in TEAM_TABLES:
            s.execute(
                text(f"UPDATE {table} SET team_id = :t WHERE id > :n"),
                {"t": team_id, "n": since[table]},
            )


def max_ids(db) -> dict[str, int]:
    with db.read(system=True) as s:
        return {
            t: s.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one()
            for t in TEAM_TABLES
        }


@dataclass
class Teams:
    db: object
    a: Staff
    b: Staff
    case_a: int
    case_b: int


def two_teams(db) -> Teams:
    with db.write(system=True) as s:
        s.add(Team(id=2, name="IGOR Norrmalm"))
    a = make_team_staff(db, 1, "a")
    b = make_team_staff(db, 2, "b")
    case_a = populate(db, a, "A", 1)
    before = max_ids(db)
    case_b = populate(db, b, "B", 2)
    move_to_team(db, 2, before)
    with db.write(system=True) as s:
        s.add(Setting(team_id=1, key="letterhead.social", value_json='{"agency_name": "Soc A"}'))
        s.add(Setting(team_id=2, key="letterhead.social", value_json='{"agency_name": "Soc B"}'))
    return Teams(db, a, b, case_a, case_b)


# --- the service layer (SQLite and PostgreSQL) -----------------------------------------------------


def test_the_service_layer_keeps_each_actor_to_their_team(db):
    t = two_teams(db)
    page_a = case_list.list_cases(db, t.a.police, case_list.CaseQuery(), limit=50)
    page_b = case_list.list_cases(db, t.b.social, case_list.CaseQuery(), limit=50)
    assert [r.id for r in page_a.rows] == [t.case_a]
    assert [r.id for r in page_b.rows] == [t.case_b]
    assert case_file.load_case(db, t.b.police, t.case_b).id == t.case_b
    with pytest.raises(UserError):
        case_file.load_case(db, t.a.police, t.case_b)
    # A new case of team B's staff is team B's; team A cannot see or change it.
    with db.write(actor=t.b.police) as s:
        s.add(
            Case(
                case_number="IGOR-2026-0099",
                source=CaseSource.POLICE_TIP,
                opened_on=date(2026, 3, 1),
            )
        )
    with db.read(system=True) as s:
        assert (
            s.execute(
                text("SELECT team_id FROM case_file WHERE case_number = 'IGOR-2026-0099'")
            ).scalar_one()
            == 2
        )
    with pytest.raises(AccessDenied), db.write(actor=t.a.police) as s:
        s.add(Case(team_id=2, case_number="IGOR-2026-0098", source=CaseSource.POLICE_TIP,
                   opened_on=date(2026, 3, 1)))  # fmt: skip
    # The week view (Core statements) shows the team's own events and transports only.
    from app.services.scheduling import event_views

    week = (datetime(2026, 3, 2, tzinfo=UTC), datetime(2026, 3, 9, tzinfo=UTC))
    for actor, mine in ((t.a.social, t.case_a), (t.b.social, t.case_b)):
        rows = event_views.events_between(db, actor, *week, None)
        assert {r.case_id for r in rows} == {mine}
        assert len(rows) == 2  # the talk and the transport
    # Settings are the team's own.
    from app.services.admin import team_settings

    assert team_settings.letterhead(db, t.a.lead, Agency.SOCIAL).agency_name == "Soc A"
    assert team_settings.letterhead(db, t.b.lead, Agency.SOCIAL).agency_name == "Soc B"


def test_statistics_count_the_team_and_an_analyst_granted_it_counts_every_team(db):
    t = two_teams(db)
    period = (date(2026, 1, 1), date(2026, 3, 31))
    a = figures.compute(db, t.a.analyst, *period)
    b = figures.compute(db, t.b.police, *period)
    assert a.cases.count == 1 and b.cases.count == 1
    with db.write(system=True) as s:
        s.execute(
            text("UPDATE staff_member SET all_teams_stats = true WHERE id = :i"),
            {"i": t.a.analyst.staff_id},
        )
        member = s.get(StaffMember, t.a.analyst.staff_id)
        every = Actor.from_staff(member, account="analytikera")
    assert every.all_teams_stats
    assert figures.compute(db, every, *period).cases.count == 2
    # Only an analyst may be granted it: a caseworker with the flag still sees their team.
    with db.write(system=True) as s:
        member = s.get(StaffMember, t.a.police.staff_id)
        member.all_teams_stats = True
        s.flush()
        police = Actor.from_staff(member, account="polisa")
    assert not police.all_teams_stats
    assert figures.compute(db, police, *period).cases.count == 1


# --- PostgreSQL: the server as the boundary -------------------------------------------------------


def _connect(db, login: tuple[str, str]) -> psycopg.Connection:
    u = db.engine.url
    role, password = login
    return psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=role, password=password, autocommit=True
    )


def _staff_tables(conn) -> list[str]:
    """Every relation in the schema that a staff, admin or analyst group may touch."""
    return [
        r[0]
        for r in conn.execute(
            """
            SELECT c.relname FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p')
               AND EXISTS (
                   SELECT 1 FROM unnest(ARRAY['igor_police', 'igor_social', 'igor_admins',
                                              'igor_analysts']) g,
                                 unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
                    WHERE has_table_privilege(g, c.oid, p)
                       OR (p = 'SELECT' AND has_any_column_privilege(g, c.oid, p)))
             ORDER BY 1
            """
        )
    ]


def _pk(conn, table: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            """SELECT a.attname FROM pg_index i
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                WHERE i.indrelid = %s::regclass AND i.indisprimary ORDER BY a.attnum""",
            (table,),
        )
    ]


def _keys(conn, table: str, pk: list[str]) -> set[tuple]:
    return {tuple(r) for r in conn.execute(f"SELECT {', '.join(pk)} FROM {table}")}


@pytest.fixture
def server(pg_db):
    t = two_teams(pg_db)
    logins = {
        "police": make_login_role(pg_db, t.a.police.staff_id, Agency.POLICE),
        "social": make_login_role(pg_db, t.a.social.staff_id, Agency.SOCIAL),
        "lead": make_login_role(pg_db, t.a.lead.staff_id, Agency.POLICE, admin=True),
        "analyst": make_login_role(pg_db, t.a.analyst.staff_id, Agency.SOCIAL),
        "b_police": make_login_role(pg_db, t.b.police.staff_id, Agency.POLICE),
    }
    return t, logins


def test_every_table_a_staff_role_reaches_has_a_team_policy(server):
    t, _ = server
    with _connect(t.db, (t.db.engine.url.username, t.db.engine.url.password)) as owner:
        tables = _staff_tables(owner)
        assert "case_file" in tables and "contact" in tables  # the query finds them
        missing = [
            table
            for table in tables
            if table not in NOT_TEAM_DATA
            and not owner.execute(
                """SELECT c.relrowsecurity AND EXISTS (
                          SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                             AND p.polname = 'igor_team' AND NOT p.polpermissive)
                     FROM pg_class c WHERE c.oid = %s::regclass""",
                (table,),
            ).fetchone()[0]
        ]
    assert missing == []


@pytest.mark.parametrize("who", ["police", "social", "lead", "analyst"])
def test_team_a_reads_changes_deletes_and_copies_none_of_team_b(server, who):
    t, logins = server
    url = t.db.engine.url
    with _connect(t.db, (url.username, url.password)) as owner:
        tables = [x for x in _staff_tables(owner) if x not in NOT_TEAM_DATA]
        b_rows: dict[str, tuple[list[str], set[tuple], list[dict]]] = {}
        for table in tables:
            pk = _pk(owner, table)
            owner.execute("SELECT set_config('igor.team', '', false)")
            # Team B's rows: read as team B's own login sees them would be circular, so as
            # the owner through the same team rules the policies use.
            rule = owner.execute(
                "SELECT pg_get_expr(polqual, polrelid) FROM pg_policy "
                "WHERE polrelid = %s::regclass AND polname = 'igor_team'",
                (table,),
            ).fetchone()[0]
            as_b = rule.replace("( SELECT igor_reader_team() AS igor_reader_team)", "2")
            as_b = as_b.replace("(SELECT igor_reader_team())", "2").replace(
                "( SELECT igor_all_teams() AS igor_all_teams)", "false"
            )
            rows = owner.execute(
                f"SELECT {', '.join(pk)}, to_jsonb({table}) FROM {table} WHERE {as_b}"
            ).fetchall()
            b_rows[table] = (pk, {tuple(r[:-1]) for r in rows}, [r[-1] for r in rows])
        # Not vacuous: team B has rows in every such table.
        assert [x for x, (_, keys, _) in b_rows.items() if not keys] == []
        before = {x: len(keys) for x, (_, keys, _) in b_rows.items()}

    seen, changed, copied = {}, {}, {}
    with _connect(t.db, logins[who]) as conn:
        for table, (pk, keys, jsons) in b_rows.items():
            try:
                seen[table] = _keys(conn, table, pk) & keys
            except psycopg.errors.InsufficientPrivilege:
                seen[table] = set()
            match = " OR ".join("(" + " AND ".join(f"{c} = %s" for c in pk) + ")" for _ in keys)
            params = [v for key in keys for v in key]
            for statement in (
                f"UPDATE {table} SET {pk[0]} = {pk[0]} WHERE {match}",
                f"DELETE FROM {table} WHERE {match}",
            ):
                try:
                    n = conn.execute(statement, params).rowcount
                except psycopg.errors.InsufficientPrivilege:
                    n = 0
                except psycopg.Error as exc:  # e.g. a foreign key: nothing may have happened
                    n = f"{type(exc).__name__}"
                if n:
                    changed[(table, statement.split()[0])] = n
            # A copy of team B's row (a fresh id where the key is a serial).
            row = dict(jsons[0])
            if pk == ["id"]:
                row["id"] = int(row["id"]) + 10_000
            try:
                conn.execute(
                    f"INSERT INTO {table} SELECT * FROM "
                    f"jsonb_populate_record(NULL::{table}, %s::jsonb)",
                    (json.dumps(row),),
                )
                copied[table] = "inserted"
            except psycopg.errors.InsufficientPrivilege:
                pass
            except psycopg.Error as exc:
                copied[table] = type(exc).__name__
    assert {x: v for x, v in seen.items() if v} == {}
    assert changed == {}
    assert copied == {}
    with _connect(t.db, (url.username, url.password)) as owner:
        after = {x: len(_keys(owner, x, pk) & keys) for x, (pk, keys, _) in b_rows.items()}
    assert after == before


def test_team_a_moves_none_of_its_rows_into_team_b(server):
    t, logins = server
    with _connect(t.db, logins["police"]) as conn:
        for statement in (
            f"UPDATE case_file SET team_id = 2 WHERE id = {t.case_a}",
            f"UPDATE contact SET case_id = {t.case_b} WHERE case_id = {t.case_a}",
            f"UPDATE calendar_event SET team_id = 2 WHERE case_id = {t.case_a}",
            "INSERT INTO case_file (case_number, status, source, area, opened_on, has_children, "
            "investigation, contact_ban, custody, focus_person, version, updated_at, created_at, "
            "team_id) VALUES ('IGOR-2026-0777', 'open', 'binr', 'inside', '2026-03-01', false, "
            "'none', 'none', 'none', false, 1, now(), now(), 2)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # Its own rows it still reads and changes.
        assert conn.execute("SELECT count(*) FROM case_file").fetchone()[0] == 1
        assert (
            conn.execute(f"UPDATE case_file SET district = 'Söder' WHERE id = {t.case_a}").rowcount
            == 1
        )


def test_the_server_functions_refuse_team_b_ids(server):
    t, logins = server
    with t.db.read(system=True) as s:
        b_party = party_id(t.db, t.case_b, PartyRole.VICTIM)
        b_person = s.execute(
            text("SELECT person_id FROM case_party WHERE id = :p"), {"p": b_party}
        ).scalar_one()
        b_consent = s.execute(
            text("SELECT id FROM consent WHERE person_id = :p"), {"p": b_person}
        ).scalar_one()
    calls = [
        ("police", f"SELECT igor_fact_reached_count({b_party})"),
        ("police", f"SELECT igor_fact_endangering({t.case_b})"),
        ("police", f"SELECT * FROM igor_fact_person_counts({b_person}, now())"),
        ("social", f"SELECT igor_fact_last_contact({t.case_b})"),
        ("social", f"SELECT * FROM igor_fact_case_totals({t.case_b})"),
        ("social", f"SELECT * FROM igor_fact_first_reached({t.case_b})"),
        (
            "social",
            f"SELECT igor_consent_record(NULL, 'x', 'y', {b_person}, {t.case_b}, "
            "'2026-02-01', 'signed', '', true, true, ARRAY['note'], NULL, '2026-02-01', "
            "'2027-01-31', NULL)",
        ),
        ("social", f"SELECT igor_consent_withdraw(NULL, 'x', 'y', {b_consent}, 1, now())"),
        ("lead", f"SELECT igor_revoke_login('{logins['b_police'][0]}')"),
    ]
    for who, sql in calls:
        with (
            _connect(t.db, logins[who]) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute(sql)
    # Team B's login still works (not revoked) and its own figures answer.
    with _connect(t.db, logins["b_police"]) as conn:
        assert conn.execute(f"SELECT igor_fact_endangering({t.case_b})").fetchone()[0] == 0


def test_the_statistics_functions_count_the_login_s_team_only(server):
    """igor_stat_tally and igor_stat_large_enough (issue 14's small groups) count the login's
    team: four more people of team B's do not make team A's period "large enough"."""
    t, logins = server
    before = max_ids(t.db)
    for i in range(4):
        cid = make_case(
            t.db, number=f"IGOR-2026-07{i:02d}", victim=("Extra", f"Person{i}", None), suspect=None
        )
        add_contact(
            t.db, t.a.police, cid, PartyRole.VICTIM, when=datetime(2026, 2, 10 + i, 9, tzinfo=UTC)
        )
    move_to_team(t.db, 2, before)
    period = "('2026-01-01T00:00:00Z'::timestamptz, '2026-04-01T00:00:00Z'::timestamptz)"
    large = f"SELECT igor_stat_large_enough{period}"
    tally = f"SELECT coalesce(sum(n), 0) FROM igor_stat_tally{period}"
    with _connect(t.db, logins["analyst"]) as conn:
        assert conn.execute(large).fetchone()[0] is False  # team A: too few people
        assert conn.execute(tally).fetchone()[0] == 0  # an analyst has no own agency
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM igor_stat_day_counts('2026-01-01', '2026-04-01')")
    with _connect(t.db, logins["b_police"]) as conn:
        assert conn.execute(large).fetchone()[0] is True
        assert conn.execute(tally).fetchone()[0] == 6  # team B's two contacts and four more
    with t.db.write(system=True) as s:
        s.execute(
            text("UPDATE staff_member SET all_teams_stats = true WHERE id = :i"),
            {"i": t.a.analyst.staff_id},
        )
    with _connect(t.db, logins["analyst"]) as conn:
        assert conn.execute(large).fetchone()[0] is True
        assert conn.execute(tally).fetchone()[0] == 8  # granted: every team, numbers only
        # ... and still no personal data of team B.
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT last_name FROM person")
        names = {r[0] for r in conn.execute("SELECT full_name FROM staff_member")}
        assert not any(n.endswith(" B") for n in names)


def test_the_program_works_as_team_b_s_own_login(server):
    t, _ = server
    b_db = open_as(t.db, t.b.social.staff_id, Agency.SOCIAL)
    try:
        page = case_list.list_cases(b_db, t.b.social, case_list.CaseQuery(), limit=50)
        assert [r.id for r in page.rows] == [t.case_b]
        assert case_file.load_case(b_db, t.b.social, t.case_b).id == t.case_b
        add_contact(
            t.db, t.b.social, t.case_b, PartyRole.VICTIM, when=datetime(2026, 2, 9, tzinfo=UTC)
        )
        stats = figures.compute(b_db, t.b.social, date(2026, 1, 1), date(2026, 3, 31))
        assert stats.cases.count == 1
        with pytest.raises(UserError):
            case_file.load_case(b_db, t.b.social, t.case_a)
    finally:
        b_db.dispose()


def test_existing_data_moves_into_the_default_team(empty_db_url):
    """The migration on a database with data: every case, person, staff member, resource,
    event and setting lands in team 1, "IGOR Södermalm", and stays readable."""
    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.services.admin import team_settings

    db = open_database(empty_db_url)
    try:
        upgrade_database(db, "d7_consent_who")
        with db.write(system=True) as s:
            s.execute(
                text(
                    "INSERT INTO case_file (case_number, status, source, area, opened_on, "
                    "has_children, investigation, contact_ban, custody, focus_person, version, "
                    "updated_at, created_at) VALUES ('IGOR-2025-0007', 'open', 'binr', 'inside', "
                    "'2025-03-01', true, 'none', 'none', 'none', false, 1, '2025-03-01', "
                    "'2025-03-01')"
                )
            )
            s.execute(
                text(
                    "INSERT INTO staff_member (full_name, agency, is_caseworker, is_admin, "
                    "is_analyst, created_at, version, updated_at) VALUES ('Petra Polis', "
                    "'police', true, true, false, '2025-01-01', 1, '2025-01-01')"
                )
            )
            s.execute(
                text(
                    "INSERT INTO setting (key, value_json) VALUES "
                    "('letterhead.police', '{\"agency_name\": \"Polisen Syd\"}')"
                )
            )
            s.execute(text("INSERT INTO resource (kind, name, active) VALUES ('room', 'R1', true)"))
        upgrade_database(db)
        with db.read(system=True) as s:
            assert s.execute(text("SELECT id, name FROM team")).all() == [(1, "IGOR Södermalm")]
            for table in ("case_file", "staff_member", "resource", "setting"):
                teams = s.execute(text(f"SELECT DISTINCT team_id FROM {table}")).scalars().all()
                assert teams == [1], table
            member = s.execute(text("SELECT id FROM staff_member")).scalar_one()
            staff = Actor.from_staff(s.get(StaffMember, member), account="petra")
        assert staff.team_id == 1
        assert team_settings.letterhead(db, staff, Agency.POLICE).agency_name == "Polisen Syd"
        assert [r.case_number for r in case_list.list_cases(db, staff).rows] == ["IGOR-2025-0007"]
    finally:
        db.dispose()


def test_an_administrator_manages_only_their_own_team(db):
    from app.services.admin import profiles

    t = two_teams(db)
    row = profiles.add_staff(db, t.b.lead, "Ny Kollega", Agency.SOCIAL)
    with db.read(system=True) as s:
        assert s.get(StaffMember, row.id).team_id == 2
    names_a = {r.full_name for r in profiles.list_staff(db, t.a.lead)}
    names_b = {r.full_name for r in profiles.list_staff(db, t.b.lead)}
    assert "Ny Kollega" in names_b and "Ny Kollega" not in names_a
    assert not any(n.endswith(" B") for n in names_a)
    with pytest.raises(UserError):  # team B's profile does not exist for team A's admin
        profiles.revoke_staff(db, t.a.lead, t.b.police.staff_id)
    with db.read(system=True) as s:
        assert s.get(StaffMember, t.b.police.staff_id).revoked_at is None


def test_a_lead_changes_contact_details_of_their_own_team_only(server):
    """igor_staff_contact (issue 17's staff title, phone and e-mail): a lead may change a
    colleague's, but not a staff member's of another team."""
    t, logins = server
    call = "SELECT igor_staff_contact(%s, 'x', 'y', %s, %s, 'Handläggare', '08-123', '')"
    with t.db.read(system=True) as s:
        version = dict(s.execute(text("SELECT id, version FROM staff_member")).all())
    with _connect(t.db, logins["lead"]) as conn:
        lead = t.a.lead.staff_id
        own = t.a.police.staff_id
        assert conn.execute(call, (lead, own, version[own])).fetchone()[0] == version[own] + 1
        other = t.b.police.staff_id
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(call, (lead, other, version[other]))
    with t.db.read(system=True) as s:
        assert s.execute(
            text("SELECT phone FROM staff_member WHERE id = :i"), {"i": t.b.police.staff_id}
        ).scalar_one() != "08-123"
