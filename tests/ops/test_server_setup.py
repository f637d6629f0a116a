"""`igor-desk server init` and `server check` on a real PostgreSQL server, as a database owner
that is NOT a superuser (CREATEROLE and CREATEDB only, like docs/server.md sets it up).

init on an empty database, then check says OK; then the database is broken the ways an
operator or an attacker with the owner's rights could break it, and check must report each one
with a non-zero exit code."""

from __future__ import annotations

import io
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import create_engine, text

from app import cli, keystore
from tests.conftest import _require_pg, pg_admin_url

PASSWORD = "ett-långt-lösenord-för-test"


@dataclass
class OwnedDatabase:
    name: str
    owner: str
    url: str  # as the owner, with the owner's password

    def sql(self, statement: str) -> None:
        with self.connect() as conn:
            conn.execute(statement)

    def connect(self, **kw) -> psycopg.Connection:
        u = pg_admin_url()
        owner_password = self.url.split(":")[2].split("@")[0]
        return psycopg.connect(
            host=u.host,
            port=u.port,
            dbname=self.name,
            user=kw.get("user", self.owner),
            password=kw.get("password", owner_password),
            autocommit=True,
        )


def _superuser_sql(*statements: str) -> None:
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for statement in statements:
            conn.execute(text(statement))
    admin.dispose()


@pytest.fixture
def owned_db():
    """An empty database owned by a fresh non-superuser role with CREATEROLE and CREATEDB."""
    _require_pg()
    owner = f"ops_owner_{uuid.uuid4().hex[:8]}"
    password = secrets.token_hex(12)
    name = f"igor_srv_{uuid.uuid4().hex[:8]}"
    _superuser_sql(
        f"CREATE ROLE {owner} LOGIN CREATEROLE CREATEDB PASSWORD '{password}'",
        f"GRANT pg_signal_backend TO {owner}",
        f'CREATE DATABASE "{name}" OWNER {owner}',
    )
    u = pg_admin_url()
    url = f"postgresql://{owner}:{password}@{u.host}:{u.port}/{name}"
    yield OwnedDatabase(name, owner, url)
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        for (role,) in conn.execute(
            text(
                "SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid "
                "WHERE pg_get_userbyid(m.grantor) = :o"
            ),
            {"o": owner},
        ).all():
            if role.startswith("igor_") and role not in (
                "igor_police",
                "igor_social",
                "igor_admins",
                "igor_analysts",
            ):
                conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        conn.execute(text(f"DROP ROLE IF EXISTS {owner}"))
    admin.dispose()


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_init_prepares_an_empty_database_and_check_finds_it_whole(owned_db, capsys, monkeypatch):
    code, out = run(
        capsys,
        "server",
        "init",
        owned_db.url,
        "--admin-name",
        "Greta Gruppchef",
        "--agency",
        "polis",
        "--password-stdin",
        stdin=PASSWORD + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, out
    assert "Schemat: tomt →" in out
    assert "Första administratören Greta Gruppchef" in out
    assert "igor_admins, igor_police" in out

    # The first administrator's login works, with the password given, as a staff role.
    with owned_db.connect() as conn:
        role, is_admin, account = conn.execute(
            "SELECT db_role, is_admin, os_account FROM staff_member"
        ).fetchone()
    assert is_admin and account == "testanvandare"
    with owned_db.connect(user=role, password=PASSWORD) as conn:
        groups = {
            r[0]
            for r in conn.execute(
                "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
            )
        }
        assert groups == {"igor_police", "igor_admins"}
        # Still a staff role: it cannot write the audit trail directly.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO audit_head (id, last_id, last_hash, entries) VALUES (2,1,'',1)"
            )
    # The login went to the keyring of the OS user who ran init (the administrator).
    stored = keystore.get_server_login(*_where(owned_db))
    assert stored == (role, PASSWORD)
    # The program signs in with it: no password in the URL.
    from app.database import open_database
    from app.services.admin import profiles

    u = pg_admin_url()
    db = open_database(f"postgresql://{u.host}:{u.port}/{owned_db.name}")
    try:
        assert db.engine.url.username == role
        assert profiles.sign_in(db).is_admin
    finally:
        db.dispose()

    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 0, out
    assert out.startswith("OK")

    # init again: nothing to do, no second administrator.
    code, out = run(capsys, "server", "init", owned_db.url)
    assert code == 0, out
    assert "redan aktuellt" in out and "redan personal" in out


def _where(owned_db: OwnedDatabase) -> tuple[str, int, str]:
    u = pg_admin_url()
    return u.host, u.port, owned_db.name


def _init(owned_db, capsys, monkeypatch) -> str:
    code, out = run(
        capsys,
        "server",
        "init",
        owned_db.url,
        "--admin-name",
        "Greta Gruppchef",
        "--agency",
        "social",
        "--password-stdin",
        stdin=PASSWORD + "\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, out
    with owned_db.connect() as conn:
        return conn.execute("SELECT db_role FROM staff_member").fetchone()[0]


def test_init_for_another_os_account_gives_an_enrollment_code(owned_db, capsys):
    import re

    from app.database import open_database
    from app.services.admin import profiles

    code, out = run(
        capsys,
        "server",
        "init",
        owned_db.url,
        "--admin-name",
        "Greta Gruppchef",
        "--agency",
        "social",
        "--os-account",
        "greta",
    )  # no password asked: the code is the way in
    assert code == 0, out
    assert "Greta Gruppchef (Socialtjänst)" in out, out
    ticket = re.search(r"Registreringskod för greta: (\S+) ", out).group(1)
    u = pg_admin_url()
    server_url = f"postgresql://{u.host}:{u.port}/{owned_db.name}"
    actor = profiles.enroll(server_url, ticket, account="greta")
    assert actor.is_admin
    db = open_database(server_url)  # greta's login, from her keyring
    try:
        assert profiles.sign_in(db, account="greta").is_admin
    finally:
        db.dispose()
    with owned_db.connect() as conn:
        assert conn.execute(
            "SELECT rolcreaterole AND rolcanlogin FROM pg_roles r JOIN staff_member s "
            "ON s.db_role = r.rolname"
        ).fetchone()[0]
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 0, out


BREAKS = [
    (
        "GRANT INSERT ON consent TO igor_police",
        "igor_police har INSERT på tabellen consent",
    ),
    (
        "GRANT INSERT, UPDATE ON audit_entry TO igor_social",
        "igor_social har INSERT på tabellen audit_entry",
    ),
    (
        "ALTER TABLE note DISABLE ROW LEVEL SECURITY",
        "Tabellen note: radsäkerheten (ROW LEVEL SECURITY) är avslagen.",
    ),
    ("ALTER TABLE contact NO FORCE ROW LEVEL SECURITY", "FORCE ROW LEVEL SECURITY är avslaget"),
    ("DROP POLICY igor_read ON address", "Tabellen address: policyn igor_read saknas."),
    (
        "CREATE POLICY igor_peek ON contact FOR SELECT TO igor_social USING (true)",
        "policyn igor_peek finns inte i migreringarna",
    ),
    ("GRANT CREATE ON SCHEMA public TO PUBLIC", "PUBLIC har CREATE på schemat public"),
    (
        "GRANT SELECT (phone) ON person TO igor_analysts",
        "igor_analysts har SELECT på kolumnen person.phone",
    ),
    (
        "GRANT EXECUTE ON FUNCTION igor_revoke_login(text) TO igor_police",
        "igor_police har EXECUTE på funktionen igor_revoke_login(text)",
    ),
    (
        "ALTER FUNCTION igor_staff_contact(integer, text, text, integer, integer, text, text, "
        "text) RESET search_path",
        "igor_staff_contact(integer,text,text,integer,integer,text,text,text) är "
        "SECURITY DEFINER utan fast search_path",
    ),
    (
        "CREATE FUNCTION igor_backdoor() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'",
        "igor_backdoor() är SECURITY DEFINER utan fast search_path",
    ),
]


def test_check_reports_each_break_with_a_non_zero_exit(owned_db, capsys, monkeypatch):
    _init(owned_db, capsys, monkeypatch)
    for statement, _ in BREAKS:
        owned_db.sql(statement)
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 1, out
    assert out.startswith("FEL:")
    for statement, expected in BREAKS:
        assert expected in out, f"not reported: {statement}\n{out}"


@pytest.mark.parametrize(("statement", "expected"), BREAKS[:1] + BREAKS[2:3] + BREAKS[4:5])
def test_one_break_alone_fails_the_check(owned_db, capsys, monkeypatch, statement, expected):
    _init(owned_db, capsys, monkeypatch)
    owned_db.sql(statement)
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 1 and expected in out, out
    assert len([line for line in out.splitlines() if line.startswith("- ")]) == 1, out


def test_check_reports_staff_roles_with_more_than_they_should(owned_db, capsys, monkeypatch):
    admin_role = _init(owned_db, capsys, monkeypatch)
    from app.database import open_database
    from app.models import StaffMember
    from app.models.enums import Agency
    from app.services.admin import profiles
    from app.services.core.actor import Actor

    db = open_database(owned_db.url)
    try:
        with db.read(system=True) as s:
            admin = Actor.from_staff(s.query(StaffMember).one(), account="greta")
        row = profiles.add_staff(db, admin, "Pelle Polis", Agency.POLICE)
        role = profiles.provision_role(db, admin, row.id)
        gone = profiles.add_staff(db, admin, "Sara Slutat", Agency.SOCIAL)
        gone_role = profiles.provision_role(db, admin, gone.id)
        profiles.revoke_staff(db, admin, gone.id)
    finally:
        db.dispose()
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 0, out

    _superuser_sql(f"ALTER ROLE {role} CREATEROLE BYPASSRLS")  # only a superuser can
    owned_db.sql(f"GRANT igor_admins TO {role}")
    owned_db.sql(f"ALTER ROLE {gone_role} LOGIN")
    _superuser_sql(f"ALTER ROLE {gone_role} SUPERUSER")
    owned_db.sql(f"GRANT {owned_db.owner} TO igor_social")
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 1, out
    for expected in (
        f"Personalrollen {role} har BYPASSRLS",
        f"Personalrollen {gone_role} har SUPERUSER",
        f"Personalrollen {role} har CREATEROLE men är inte administratör",
        f"Personalrollen {role} är medlem av igor_admins – mer än avsett",
        f"Personalrollen {gone_role} är spärrad men kan fortfarande logga in",
        f"Grupprollen igor_social är medlem av {owned_db.owner}",
    ):
        assert expected in out, out
    assert admin_role not in out  # the administrator's CREATEROLE is intended


def test_check_reports_a_schema_version_behind(owned_db, capsys):
    from app.database import open_database
    from app.database.migrate import head_revision, upgrade_database

    db = open_database(owned_db.url)
    try:
        upgrade_database(db, "d6_updated_by")
    finally:
        db.dispose()
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 1, out
    assert f"Schemaversionen d6_updated_by ligger efter programmets {head_revision()}" in out
    # Compared with the migrations up to its own revision: nothing else is reported.
    assert len([line for line in out.splitlines() if line.startswith("- ")]) == 1, out

    code, out = run(capsys, "server", "upgrade", owned_db.url)
    assert code == 0 and "d6_updated_by →" in out, out
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 0, out


def test_check_of_an_empty_database_says_to_run_init(owned_db, capsys):
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 1 and "server init" in out, out


def test_init_refuses_a_short_password_and_a_role_that_is_not_the_owner(
    owned_db, capsys, monkeypatch
):
    code, out = run(
        capsys,
        "server",
        "init",
        owned_db.url,
        "--admin-name",
        "Greta",
        "--agency",
        "polis",
        "--password-stdin",
        stdin="kort\n",
        monkeypatch=monkeypatch,
    )
    assert code == 2 and "Fältet lösenord" in out and "12 tecken" in out, out
    with owned_db.connect() as conn:  # nothing was done
        assert conn.execute("SELECT to_regclass('alembic_version')").fetchone()[0] is None

    stranger = f"ops_other_{uuid.uuid4().hex[:6]}"
    _superuser_sql(f"CREATE ROLE {stranger} LOGIN PASSWORD 'x1'")
    try:
        u = pg_admin_url()
        code, out = run(
            capsys,
            "server",
            "init",
            f"postgresql://{stranger}:x1@{u.host}:{u.port}/{owned_db.name}",
        )
        assert code == 2 and f"Anslut som databasens ägare ({owned_db.owner})" in out, out
    finally:
        _superuser_sql(f"DROP ROLE {stranger}")


def _pg_tool(name: str) -> str:
    from pathlib import Path

    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not found:
        pytest.skip(f"{name} not installed")
    return str(found[-1])


def test_backup_and_restore_as_the_owner_as_docs_server_md_says(
    owned_db, capsys, monkeypatch, tmp_path
):
    """docs/server.md: pg_dump --enable-row-security as the owner, pg_restore into a new
    database of the same owner; the restored database passes the check and its audit trail
    verifies (trail and head come from the same snapshot)."""
    import os
    import subprocess

    _init(owned_db, capsys, monkeypatch)
    from app.database import open_database
    from app.models import StaffMember
    from app.models.enums import PartyRole
    from app.services.core.actor import Actor
    from tests.factories import add_contact, make_case

    db = open_database(owned_db.url)
    try:
        with db.read(system=True) as s:
            admin = Actor.from_staff(s.query(StaffMember).one(), account="greta")
        case = make_case(db)
        add_contact(db, admin, case, PartyRole.VICTIM, when=datetime(2026, 2, 1, 10, tzinfo=UTC))
    finally:
        db.dispose()
    u = pg_admin_url()
    password = owned_db.url.split(":")[2].split("@")[0]
    env = {**os.environ, "PGPASSWORD": password}
    common = ["-h", u.host, "-p", str(u.port), "-U", owned_db.owner]
    dump = tmp_path / "igor.dump"
    # Without --enable-row-security the owner (FORCE ROW LEVEL SECURITY) cannot dump.
    plain = subprocess.run(
        [_pg_tool("pg_dump"), *common, "--format=custom", f"--file={dump}", owned_db.name],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert plain.returncode != 0 and "row-level security" in plain.stderr, plain.stderr
    subprocess.run(
        [_pg_tool("pg_dump"), *common, "--format=custom", "--enable-row-security",
         f"--file={dump}", owned_db.name],
        check=True, env=env, capture_output=True, timeout=120,
    )  # fmt: skip
    restored = f"{owned_db.name}_r"
    _superuser_sql(f'CREATE DATABASE "{restored}" OWNER {owned_db.owner}')
    try:
        result = subprocess.run(
            [_pg_tool("pg_restore"), *common, "--no-owner", "--exit-on-error",
             f"--dbname={restored}", str(dump)],
            env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        restored_url = owned_db.url.rsplit("/", 1)[0] + "/" + restored
        code, out = run(capsys, "server", "check", restored_url)
        assert code == 0, out
        code, out = run(capsys, "audit", "verify", "--db", restored_url)
        assert code == 0 and out.startswith("OK"), out
        copy = OwnedDatabase(restored, owned_db.owner, restored_url)
        with copy.connect() as conn:  # FORCE RLS: the owner reads through igor_system
            assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM staff_member").fetchone()[0] == 1
    finally:
        _superuser_sql(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')


def test_check_without_createdb_says_what_it_needs(owned_db, capsys, monkeypatch):
    _init(owned_db, capsys, monkeypatch)
    _superuser_sql(f"ALTER ROLE {owned_db.owner} NOCREATEDB")
    code, out = run(capsys, "server", "check", owned_db.url)
    assert code == 2 and f"ALTER ROLE {owned_db.owner} CREATEDB" in out, out


def test_a_staff_login_on_an_older_schema_is_asked_to_have_it_upgraded(owned_db, capsys):
    """Staff logins cannot change the schema: the program says IT must upgrade the server
    (instead of failing half-way into a migration), and nothing changes."""
    from app.database import open_database
    from app.database.migrate import current_revision, upgrade_database
    from app.errors import DatabaseOpenError
    from app.models.enums import Agency
    from app.services.admin import pg_roles
    from tests.pg_login import login_url

    db = open_database(owned_db.url)
    try:
        upgrade_database(db, "d6_updated_by")
        with db.write(system=True) as s:  # the older schema's columns: not through the model
            staff_id = s.execute(
                text(
                    "INSERT INTO staff_member (full_name, agency, is_caseworker, is_admin, "
                    "is_analyst, version, created_at, updated_at) VALUES ('Pelle Polis', "
                    "'police', true, false, false, 1, now(), now()) RETURNING id"
                )
            ).scalar_one()
        # As provisioning does (pg_roles), without the model, which has the newest columns.
        role, password = pg_roles.new_role_name(secrets.token_hex(4)), secrets.token_urlsafe(16)
        with db.write(system=True) as s:
            pg_roles.create_role(s, role, Agency.POLICE, admin=False, analyst_only=False)
            s.execute(
                text("UPDATE staff_member SET db_role = :r WHERE id = :i"),
                {"r": role, "i": staff_id},
            )
            s.connection().exec_driver_sql(f"ALTER ROLE {role} LOGIN PASSWORD '{password}'")
        staff_db = open_database(
            login_url(db, role, password).render_as_string(hide_password=False)
        )
        try:
            with pytest.raises(DatabaseOpenError, match="igor-desk server upgrade"):
                upgrade_database(staff_db)
        finally:
            staff_db.dispose()
        assert current_revision(db) == "d6_updated_by"
    finally:
        db.dispose()
