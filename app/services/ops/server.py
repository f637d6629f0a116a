"""Preparing and checking a shared PostgreSQL server database (`igor-desk server …`).

`init_server` runs as the database owner: the schema via Alembic to head (the migrations create
the group roles, grants, row-level security, policies and SECURITY DEFINER functions), then the
first administrator's login role. `check_server` reports what is wrong with an existing database.

Where the expected state comes from (no second hand-written list of the boundary):
- Tables, RLS flags, policies, table/column/sequence/function/schema privileges, default
  privileges and SECURITY DEFINER settings: a **reference database** built on the same server
  by running the same migrations up to the checked database's own revision (a scratch database,
  dropped afterwards; the checking role needs CREATEDB). Every difference is reported: a grant
  the reference lacks is broader than intended, a missing policy or RLS flag is a hole.
- Staff logins: `pg_roles.expected_groups` (the function create_role grants from).
- Listed by hand here (rules, not state): a SECURITY DEFINER function needs a fixed search_path;
  group roles are NOLOGIN and hold no role attributes; a staff login is never SUPERUSER,
  BYPASSRLS, REPLICATION or CREATEDB, holds CREATEROLE only as an administrator (admins create
  their colleagues' login roles) and cannot log in once revoked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from app.database.engine import (
    Database,
    DatabaseKind,
    open_database,
    parse_database_url,
    pg_connect_args,
    sqlstate,
)
from app.errors import UserError
from app.i18n import tr_noop, translate
from app.models.enums import Agency
from app.vocabulary import fields as F
from app.vocabulary import labels

logger = logging.getLogger(__name__)
CONTEXT = "server"
OWNER = "(ägaren)"  # the database owner's name, whoever it is, in compared state
MIN_PASSWORD = 12


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the server database: a Swedish source text and its values."""

    kind: str  # version, table, rls, policy, privilege, function, role, setup
    template: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def message(self) -> str:
        return translate(CONTEXT, self.template).format(**self.params)


@dataclass(frozen=True)
class CheckReport:
    revision: str | None
    head: str
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings


Say = Callable[[str], None]


def _say(out: Say | None, template: str, **params: Any) -> None:
    if out is not None:
        out(translate(CONTEXT, template).format(**params))


@contextlib.contextmanager
def owner_database(url: str) -> Iterator[Database]:
    """The server database opened exactly as the URL says (the owner's connection), never
    with a staff login from this OS user's keyring."""
    target = parse_database_url(url)
    if target.kind is not DatabaseKind.POSTGRESQL:
        raise UserError("Serverkommandona gäller bara en PostgreSQL-server (postgresql://…).")
    db = open_database(target, keyring_login=False)
    try:
        yield db
    finally:
        db.dispose()


# --- init / upgrade ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FirstAdmin:
    """The first administrator. With a password (the OS user running init is the
    administrator): the login gets it. Without (another OS account): a one-time enrollment code
    is made instead, and the person enrolls at their own account (`igor-desk enroll CODE`)."""

    full_name: str
    agency: Agency
    os_account: str
    password: str | None = None


@dataclass(frozen=True)
class InitResult:
    role: str | None = None  # the first administrator's login role, if one was made
    enrollment_code: str | None = None


def check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise UserError(
            "Fältet {field}: lösenordet måste ha minst {n} tecken.",
            field=F.PASSWORD,
            n=MIN_PASSWORD,
        )


def _owner_facts(conn: Connection) -> dict[str, Any]:
    row = conn.execute(
        text(
            "SELECT current_user AS me, r.rolsuper, r.rolcreaterole, r.rolcreatedb, "
            "pg_get_userbyid(d.datdba) AS owner, "
            "pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') AS signal "
            "FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()"
        )
    ).one()
    return dict(row._mapping)


def upgrade_server(url: str, out: Say | None = print) -> str:
    """Bring the schema (and with it roles, grants and policies) to the program's head."""
    from app.database.migrate import current_revision, upgrade_database

    with owner_database(url) as db:
        _require_owner(db)
        before = current_revision(db)
        upgrade_database(db)
        after = current_revision(db)
    if before == after:
        _say(out, tr_noop("Schemat är redan aktuellt ({revision})."), revision=after)
    else:
        _say(
            out,
            tr_noop("Schemat uppgraderat: {before} → {after}."),
            before=before or tr_noop("tomt"),
            after=after,
        )
    return after


def _require_owner(db: Database) -> dict[str, Any]:
    with db.engine.connect() as conn:
        facts = _owner_facts(conn)
    if facts["me"] != facts["owner"] and not facts["rolsuper"]:
        raise UserError(
            "Anslut som databasens ägare ({owner}), inte som {me}.",
            owner=facts["owner"],
            me=facts["me"],
        )
    if not (facts["rolcreaterole"] or facts["rolsuper"]):
        raise UserError(
            "Databasens ägare {me} behöver CREATEROLE (inloggningsroller för personalen). "
            "Som postgres: ALTER ROLE {me} CREATEROLE;",
            me=facts["me"],
        )
    return facts


def init_server(url: str, admin: FirstAdmin | None, out: Say | None = print) -> InitResult:
    """Prepare an empty (or older) server database as its owner; says what it did."""
    from app.database.migrate import current_revision, upgrade_database
    from app.services.admin import pg_roles, profiles

    if admin is not None and admin.password is not None:
        check_password(admin.password)
        if not admin.full_name.strip():
            from app.vocabulary import checks

            raise checks.required(F.NAME)
    with owner_database(url) as db:
        facts = _require_owner(db)
        _say(out, tr_noop("Ansluten som {me} till {server}."), me=facts["me"], server=db.describe())
        with db.engine.connect() as conn:
            groups_before = _existing_groups(conn)
        before = current_revision(db)
        upgrade_database(db)
        after = current_revision(db)
        if before == after:
            _say(out, tr_noop("Schemat är redan aktuellt ({revision})."), revision=after)
        else:
            _say(
                out,
                tr_noop("Schemat: {before} → {after} (Alembic)."),
                before=before or tr_noop("tomt"),
                after=after,
            )
        with db.engine.connect() as conn:
            groups_after = _existing_groups(conn)
            rls = conn.execute(
                text(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relrowsecurity"
                )
            ).scalar_one()
            policies = conn.execute(
                text("SELECT count(*) FROM pg_policies WHERE schemaname = 'public'")
            ).scalar_one()
            definers = conn.execute(
                text(
                    "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public' AND p.prosecdef"
                )
            ).scalar_one()
            signal = _owner_facts(conn)["signal"]
        created = sorted(groups_after - groups_before)
        kept = sorted(groups_before & groups_after)
        if created:
            _say(out, tr_noop("Grupproller skapade: {roles}."), roles=", ".join(created))
        if kept:
            _say(out, tr_noop("Grupproller fanns redan: {roles}."), roles=", ".join(kept))
        _say(
            out,
            tr_noop(
                "Behörigheter och radsäkerhet: {rls} tabeller med RLS, {policies} policyer, "
                "{definers} SECURITY DEFINER-funktioner."
            ),
            rls=rls,
            policies=policies,
            definers=definers,
        )
        if not signal:
            _say(
                out,
                tr_noop(
                    "Varning: ägaren saknar pg_signal_backend, så en spärrad inloggning avslutas "
                    "inte direkt. Som postgres: GRANT pg_signal_backend TO {me};"
                ),
                me=facts["me"],
            )
        if profiles.has_any_staff(db):
            _say(out, tr_noop("Databasen har redan personal; ingen ny administratör skapad."))
            return InitResult()
        if admin is None:
            _say(
                out,
                tr_noop(
                    "Ingen administratör skapad (ange --admin-name och --agency för att skapa "
                    "den första)."
                ),
            )
            return InitResult()
        role, code = _create_first_admin(db, admin)
        _say(
            out,
            tr_noop(
                "Första administratören {name} ({agency}) skapad: inloggningsroll {role} "
                "(medlem av {groups}, CREATEROLE), bunden till datoranvändaren {account}."
            ),
            name=admin.full_name.strip(),
            agency=labels.label(admin.agency),
            role=role,
            groups=", ".join(
                sorted(pg_roles.expected_groups(admin.agency, admin=True, analyst_only=False))
            ),
            account=admin.os_account,
        )
        if code is not None:
            _say(
                out,
                tr_noop(
                    "Registreringskod för {account}: {code} (gäller en gång, i 24 timmar). Ge den "
                    "personligen; {account} kör igor-desk enroll KOD vid sin egen dator."
                ),
                account=admin.os_account,
                code=code,
            )
        return InitResult(role, code)


def _existing_groups(conn: Connection) -> set[str]:
    from app.services.admin import pg_roles

    rows = conn.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(pg_roles.all_groups())},
    )
    return {r[0] for r in rows}


def _create_first_admin(db: Database, admin: FirstAdmin) -> tuple[str, str | None]:
    from app.models import StaffMember
    from app.services.admin import pg_roles, profiles
    from app.services.core import audit
    from app.services.core.actor import Actor

    with db.write(system=True) as s:
        # Six characters, like every staff role: enrollment finds the role from the code's
        # first six (profiles._enroll_server).
        role = pg_roles.new_role_name(profiles._random(6).lower())
        while s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            role = pg_roles.new_role_name(profiles._random(6).lower())
        staff = StaffMember(
            os_account=admin.os_account,
            full_name=admin.full_name.strip(),
            agency=admin.agency,
            is_admin=True,
            is_caseworker=True,
            db_role=role,
        )
        s.add(staff)
        s.flush()
        pg_roles.create_role(s, role, admin.agency, admin=True)
        if admin.password is not None:
            pg_roles.set_login(s, role, admin.password, createrole=True)
        else:
            pg_roles.allow_create_roles(s, role)
        actor = Actor.from_staff(staff, account=admin.os_account)
        audit.record(
            s, actor, "first_admin_created", record_type="staff_member", record_id=staff.id
        )
    logger.info("server init: first administrator created (staff id %s)", staff.id)
    code = None
    if admin.password is None:
        code = profiles.create_enrollment_code(db, actor, staff.id).code
    return role, code


# --- check ------------------------------------------------------------------------------------


def check_server(url: str) -> CheckReport:
    """What is wrong with an existing server database (empty list: nothing)."""
    from app.database.migrate import _known_revisions, current_revision, head_revision

    head = head_revision()
    findings: list[Finding] = []
    with owner_database(url) as db:
        current = current_revision(db)
        if current is None:
            findings.append(
                Finding(
                    "version",
                    tr_noop(
                        "Databasen är inte förberedd (ingen schemaversion). Kör igor-desk server "
                        "init."
                    ),
                )
            )
            return CheckReport(current, head, findings)
        if current not in _known_revisions():
            findings.append(
                Finding(
                    "version",
                    tr_noop(
                        "Databasens schemaversion {current} är nyare än programmets ({head}). "
                        "Uppdatera programmet."
                    ),
                    {"current": current, "head": head},
                )
            )
            return CheckReport(current, head, findings)
        if current != head:
            findings.append(
                Finding(
                    "version",
                    tr_noop(
                        "Schemaversionen {current} ligger efter programmets {head}. Kör "
                        "igor-desk server upgrade."
                    ),
                    {"current": current, "head": head},
                )
            )
        with db.engine.connect() as conn:
            actual = snapshot(conn)
            findings += _rules(conn)
        expected = reference_snapshot(db, current)
    findings = compare(expected, actual) + findings
    seen: set[str] = set()
    unique = []
    for f in findings:
        if f.message() not in seen:
            seen.add(f.message())
            unique.append(f)
    return CheckReport(current, head, unique)


def reference_snapshot(db: Database, revision: str) -> dict[str, Any]:
    """The state the migrations give at `revision`, from a scratch database on the same server
    (built by the same role, so 'owner' means the same in both)."""
    from app.database.migrate import upgrade_database

    name = f"igor_check_{uuid.uuid4().hex[:10]}"
    url = db.engine.url
    admin = create_engine(
        url,
        isolation_level="AUTOCOMMIT",
        hide_parameters=True,
        connect_args=pg_connect_args(db.target),
    )
    try:
        with admin.connect() as conn:
            try:
                conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
            except DBAPIError as exc:
                if sqlstate(exc) != "42501":  # insufficient_privilege
                    raise
                raise UserError(
                    "Kontrollen bygger en jämförelsedatabas med migreringarna och behöver "
                    "rätten CREATEDB för {role} (som postgres: ALTER ROLE {role} CREATEDB;).",
                    role=url.username or "",
                ) from exc
        try:
            ref = open_database(
                dataclasses.replace(db.target, url=url.set(database=name)), keyring_login=False
            )
            try:
                upgrade_database(ref, revision)
                with ref.engine.connect() as conn:
                    return snapshot(conn)
            finally:
                ref.dispose()
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


_GRANTEE = "coalesce(r.rolname, 'PUBLIC')"


def snapshot(conn: Connection) -> dict[str, Any]:
    """The security-relevant catalog state of schema public, with the owner's name replaced by
    OWNER (the reference database is owned by whoever runs the check)."""
    owner = conn.execute(
        text(
            "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'alembic_version'::regclass"
        )
    ).scalar_one()

    def who(name: str) -> str:
        return OWNER if name == owner else name

    public = "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'"
    tables = {
        r.relname: (r.relkind, r.relrowsecurity, r.relforcerowsecurity)
        for r in conn.execute(
            text(
                f"SELECT c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity "
                f"FROM pg_class c {public} WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')"
            )
        )
    }
    privileges = set()
    for r in conn.execute(
        text(
            f"SELECT c.relname, {_GRANTEE} AS grantee, a.privilege_type FROM pg_class c {public} "
            "CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault("
            "(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END)::\"char\", c.relowner))) a "
            "LEFT JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND a.grantee <> c.relowner"
        )
    ):
        privileges.add(("table", r.relname, None, who(r.grantee), r.privilege_type))
    for r in conn.execute(
        text(
            f"SELECT c.relname, t.attname, {_GRANTEE} AS grantee, a.privilege_type "
            f"FROM pg_attribute t JOIN pg_class c ON c.oid = t.attrelid {public} "
            "CROSS JOIN LATERAL aclexplode(t.attacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE t.attacl IS NOT NULL AND t.attnum > 0 AND NOT t.attisdropped"
        )
    ):
        privileges.add(("column", r.relname, r.attname, who(r.grantee), r.privilege_type))
    functions = {}
    for r in conn.execute(
        text(
            "SELECT p.oid::regprocedure::text AS sig, p.prosecdef, "
            "coalesce(array_to_string(p.proconfig, ';'), '') AS config "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public'"
        )
    ):
        functions[r.sig] = (r.prosecdef, r.config)
    for r in conn.execute(
        text(
            f"SELECT p.oid::regprocedure::text AS sig, {_GRANTEE} AS grantee, a.privilege_type "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f'::\"char\", p.proowner))) a "
            "LEFT JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE n.nspname = 'public' AND a.grantee <> p.proowner"
        )
    ):
        privileges.add(("function", r.sig, None, who(r.grantee), r.privilege_type))
    for r in conn.execute(
        text(
            f"SELECT {_GRANTEE} AS grantee, a.privilege_type FROM pg_namespace n "
            "CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n'::\"char\", n.nspowner))) a "
            "LEFT JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE n.nspname = 'public' AND a.grantee <> n.nspowner"
        )
    ):
        privileges.add(("schema", "public", None, who(r.grantee), r.privilege_type))
    for r in conn.execute(
        text(
            f"SELECT pg_get_userbyid(d.defaclrole) AS role, d.defaclobjtype AS kind, "
            f"{_GRANTEE} AS grantee, a.privilege_type FROM pg_default_acl d "
            "CROSS JOIN LATERAL aclexplode(d.defaclacl) a "
            "LEFT JOIN pg_roles r ON r.oid = a.grantee "
            "WHERE d.defaclnamespace = 'public'::regnamespace"
        )
    ):
        what = f"{who(r.role)}:{r.kind}"
        privileges.add(("default", what, None, who(r.grantee), r.privilege_type))
    policies = {}
    for r in conn.execute(
        text(
            "SELECT tablename, policyname, permissive, roles::text[] AS roles, cmd, qual, "
            "with_check FROM pg_policies WHERE schemaname = 'public'"
        )
    ):
        roles = tuple(sorted(who(x) for x in r.roles))
        policies[(r.tablename, r.policyname)] = (r.permissive, roles, r.cmd, r.qual, r.with_check)
    return {
        "tables": tables,
        "privileges": privileges,
        "functions": functions,
        "policies": policies,
    }


_NOUN = {
    "r": tr_noop("tabellen"),
    "p": tr_noop("tabellen"),
    "v": tr_noop("vyn"),
    "m": tr_noop("vyn"),
    "S": tr_noop("sekvensen"),
}


def _object(kind: str, name: str, column: str | None, tables: dict[str, Any]) -> str:
    if kind == "table":
        noun = _NOUN.get(tables.get(name, ("r",))[0], _NOUN["r"])
        return f"{translate(CONTEXT, noun)} {name}"
    if kind == "column":
        return translate(CONTEXT, tr_noop("kolumnen {table}.{column}")).format(
            table=name, column=column
        )
    if kind == "function":
        return translate(CONTEXT, tr_noop("funktionen {name}")).format(name=name)
    if kind == "schema":
        return translate(CONTEXT, tr_noop("schemat {name}")).format(name=name)
    role, objtype = name.split(":")
    return translate(CONTEXT, tr_noop("standardrättigheterna ({role}, typ {kind})")).format(
        role=role, kind=objtype
    )


def compare(expected: dict[str, Any], actual: dict[str, Any]) -> list[Finding]:
    """Every difference between the migrations' state and the database's."""
    out: list[Finding] = []
    et, at = expected["tables"], actual["tables"]
    for name in sorted(et.keys() - at.keys()):
        out.append(Finding("table", tr_noop("Tabellen {table} saknas."), {"table": name}))
    for name in sorted(at.keys() - et.keys()):
        out.append(
            Finding(
                "table",
                tr_noop("Objektet {table} finns inte i migreringarna."),
                {"table": name},
            )
        )
    for name in sorted(et.keys() & at.keys()):
        (_, e_rls, e_force), (_, a_rls, a_force) = et[name], at[name]
        if e_rls and not a_rls:
            out.append(
                Finding(
                    "rls",
                    tr_noop("Tabellen {table}: radsäkerheten (ROW LEVEL SECURITY) är avslagen."),
                    {"table": name},
                )
            )
        if e_force and not a_force:
            out.append(
                Finding(
                    "rls",
                    tr_noop("Tabellen {table}: FORCE ROW LEVEL SECURITY är avslaget."),
                    {"table": name},
                )
            )
        if (a_rls and not e_rls) or (a_force and not e_force):
            out.append(
                Finding(
                    "rls",
                    tr_noop("Tabellen {table}: radsäkerheten skiljer sig från migreringarna."),
                    {"table": name},
                )
            )
    ep, ap = expected["policies"], actual["policies"]
    for table, policy in sorted(ep.keys() - ap.keys()):
        out.append(
            Finding(
                "policy",
                tr_noop("Tabellen {table}: policyn {policy} saknas."),
                {"table": table, "policy": policy},
            )
        )
    for table, policy in sorted(ap.keys() - ep.keys()):
        out.append(
            Finding(
                "policy",
                tr_noop("Tabellen {table}: policyn {policy} finns inte i migreringarna."),
                {"table": table, "policy": policy},
            )
        )
    for key in sorted(ep.keys() & ap.keys()):
        if ep[key] != ap[key]:
            out.append(
                Finding(
                    "policy",
                    tr_noop("Tabellen {table}: policyn {policy} skiljer sig från migreringarna."),
                    {"table": key[0], "policy": key[1]},
                )
            )
    ef, af = expected["functions"], actual["functions"]
    for sig in sorted(ef.keys() - af.keys()):
        out.append(Finding("function", tr_noop("Funktionen {name} saknas."), {"name": sig}))
    for sig in sorted(af.keys() - ef.keys()):
        out.append(
            Finding(
                "function",
                tr_noop("Funktionen {name} finns inte i migreringarna."),
                {"name": sig},
            )
        )
    for sig in sorted(ef.keys() & af.keys()):
        if ef[sig] != af[sig]:
            out.append(
                Finding(
                    "function",
                    tr_noop(
                        "Funktionen {name}: SECURITY DEFINER eller search_path skiljer sig från "
                        "migreringarna."
                    ),
                    {"name": sig},
                )
            )
    eg, ag = expected["privileges"], actual["privileges"]
    for kind, name, column, grantee, privilege in sorted(ag - eg, key=_sort_key):
        out.append(
            Finding(
                "privilege",
                tr_noop("{grantee} har {privilege} på {object} – mer än migreringarna ger."),
                {
                    "grantee": grantee,
                    "privilege": privilege,
                    "object": _object(kind, name, column, at),
                },
            )
        )
    for kind, name, column, grantee, privilege in sorted(eg - ag, key=_sort_key):
        out.append(
            Finding(
                "privilege",
                tr_noop("{grantee} saknar {privilege} på {object}."),
                {
                    "grantee": grantee,
                    "privilege": privilege,
                    "object": _object(kind, name, column, et),
                },
            )
        )
    return out


def _sort_key(item: tuple) -> tuple:
    return tuple("" if x is None else str(x) for x in item)


def _rules(conn: Connection) -> list[Finding]:
    """The rules listed by hand (see the module docstring)."""
    from app.models import StaffMember
    from app.services.admin import pg_roles

    out: list[Finding] = []
    for (sig,) in conn.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "AND p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c "
            "WHERE c LIKE 'search_path=%') ORDER BY 1"
        )
    ):
        out.append(
            Finding(
                "function",
                tr_noop("Funktionen {name} är SECURITY DEFINER utan fast search_path."),
                {"name": sig},
            )
        )
    attributes = (
        "rolsuper",
        "rolcreaterole",
        "rolcreatedb",
        "rolbypassrls",
        "rolreplication",
        "rolcanlogin",
    )
    names = {
        "rolsuper": "SUPERUSER",
        "rolcreaterole": "CREATEROLE",
        "rolcreatedb": "CREATEDB",
        "rolbypassrls": "BYPASSRLS",
        "rolreplication": "REPLICATION",
        "rolcanlogin": "LOGIN",
    }
    roles = {
        r.rolname: r
        for r in conn.execute(
            text(
                f"SELECT rolname, {', '.join(attributes)} FROM pg_roles WHERE rolname LIKE 'igor%'"
            )
        )
    }
    member_of: dict[str, set[str]] = {}
    for member, group in conn.execute(
        text(
            "SELECT pg_get_userbyid(m.member), pg_get_userbyid(m.roleid) FROM pg_auth_members m "
            "WHERE pg_get_userbyid(m.member) LIKE 'igor%'"
        )
    ):
        member_of.setdefault(member, set()).add(group)
    for group in pg_roles.all_groups():
        r = roles.get(group)
        if r is None:
            out.append(Finding("role", tr_noop("Grupprollen {role} saknas."), {"role": group}))
            continue
        for attr in attributes:
            if getattr(r, attr):
                out.append(
                    Finding(
                        "role",
                        tr_noop("Grupprollen {role} har {attribute}."),
                        {"role": group, "attribute": names[attr]},
                    )
                )
        for other in sorted(member_of.get(group, ())):
            out.append(
                Finding(
                    "role",
                    tr_noop("Grupprollen {role} är medlem av {other}."),
                    {"role": group, "other": other},
                )
            )
    staff = conn.execute(
        select(
            StaffMember.db_role,
            StaffMember.agency,
            StaffMember.is_admin,
            StaffMember.is_caseworker,
            StaffMember.is_analyst,
            StaffMember.revoked_at,
        ).where(StaffMember.db_role.is_not(None))
    ).all()
    for m in staff:
        r = roles.get(m.db_role)
        if r is None:
            continue  # not provisioned yet (created with the first enrollment code)
        for attr in ("rolsuper", "rolbypassrls", "rolreplication", "rolcreatedb"):
            if getattr(r, attr):
                out.append(
                    Finding(
                        "role",
                        tr_noop("Personalrollen {role} har {attribute}."),
                        {"role": m.db_role, "attribute": names[attr]},
                    )
                )
        if r.rolcreaterole and not m.is_admin:
            out.append(
                Finding(
                    "role",
                    tr_noop("Personalrollen {role} har CREATEROLE men är inte administratör."),
                    {"role": m.db_role},
                )
            )
        if m.revoked_at is not None and r.rolcanlogin:
            out.append(
                Finding(
                    "role",
                    tr_noop("Personalrollen {role} är spärrad men kan fortfarande logga in."),
                    {"role": m.db_role},
                )
            )
        expected = pg_roles.expected_groups(
            Agency(m.agency),
            admin=m.is_admin,
            analyst_only=pg_roles.is_analyst_only(m),
        )
        actual = member_of.get(m.db_role, set())
        for extra in sorted(actual - expected):
            out.append(
                Finding(
                    "role",
                    tr_noop("Personalrollen {role} är medlem av {other} – mer än avsett."),
                    {"role": m.db_role, "other": extra},
                )
            )
        if m.revoked_at is None:
            for missing in sorted(expected - actual):
                out.append(
                    Finding(
                        "role",
                        tr_noop("Personalrollen {role} är inte medlem av {other}."),
                        {"role": m.db_role, "other": missing},
                    )
                )
    return out
