"""the server is the security boundary: least privilege, server-written audit trail, revocation

Server mode (PostgreSQL) gives every staff member their own login role, so whatever that role
may do with `psql` is what the person can do. This migration takes away what the program never
needed a staff role to do directly, and moves every write that carries authority into SECURITY
DEFINER functions that check the caller themselves (issue 14, docs/secrecy.md):

- `igor_caller_id(claimed)`: the staff id of the login (`session_user` → staff_member.db_role,
  active profile). Only the database owner's own connection (system tasks, migrations, tests)
  may name another staff id; a staff login can never act in a colleague's name.
- Audit trail: staff roles may no longer INSERT into audit_entry. `igor_audit_append` writes the
  entry with the caller's own staff id and computes the hash chain on the server (the same
  canonical JSON as app.services.core.audit.entry_hash). `audit_head` (both backends) anchors
  the newest entry, its hash and the number of entries: removing the newest entries, or all of
  them, no longer leaves an intact-looking chain. Staff roles cannot write it.
- Consents: no direct INSERT/UPDATE/DELETE for staff roles (a consent opens the other agency's
  records). `igor_consent_record` / `igor_consent_withdraw` check that the caller is an active
  caseworker or administrator and write the audit entry in the same transaction. Administrators
  keep DELETE for the retention erasure.
- Settings (retention period, letterheads): written by igor_admins only.
- Addresses: row-level security. Analysts, revoked and unknown logins read none; an address of a
  person with protected identity only by the staff assigned to a case the person is part of
  (the program's need-to-know rule, app.services.cases.case_file.has_need_to_know).
- Disclosures: a login inserts only rows in its own name and agency.
- contact_facts / assessment_facts: nothing for analysts, revoked or unknown logins.
- `igor_revoke_login(role)`: an administrator ends a colleague's login at once (NOLOGIN and their
  open sessions terminated), with the owner's rights (it needs pg_signal_backend).
- calendar_event.rrule: a CHECK constraint refuses rules that never advance (INTERVAL=0) or
  recur more often than daily.
- No staff role may create objects in the schema.

Revision ID: d1_server_boundary
Revises: c1_stat_summaries
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d1_server_boundary"
down_revision: str | None = "c1_stat_summaries"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"
ALL_GROUPS = "igor_police, igor_social, igor_admins"
GENESIS = "0" * 64
RRULE_CHECK = (
    "rrule IS NULL OR ("
    "upper(rrule) NOT LIKE '%INTERVAL=0%' AND upper(rrule) NOT LIKE '%INTERVAL=-%' "
    "AND upper(rrule) NOT LIKE '%SECONDLY%' AND upper(rrule) NOT LIKE '%MINUTELY%' "
    "AND upper(rrule) NOT LIKE '%HOURLY%' AND upper(rrule) LIKE '%FREQ=%')"
)
FUNCTIONS = (
    "igor_caller_id(integer)",
    "igor_reader_staff()",
    "igor_audit_append(integer, text, text, text, text, bigint, integer, text)",
    "igor_consent_record(integer, text, text, integer, integer, date, text, text)",
    "igor_consent_withdraw(integer, text, text, integer, integer, timestamptz)",
    "igor_revoke_login(text)",
)


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _json_text(expr: str) -> str:
    return f"coalesce(to_json({expr})::text, 'null')"


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("entries", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    # Anchor the chain as it is now.
    op.execute(
        "INSERT INTO audit_head (id, last_id, last_hash, entries) "
        "SELECT 1, (SELECT max(id) FROM audit_entry), "
        "(SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), "
        "(SELECT count(*) FROM audit_entry) WHERE EXISTS (SELECT 1 FROM audit_entry)"
    )
    if _pg():
        _pg_upgrade()


def _pg_upgrade() -> None:
    op.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    op.execute(f"REVOKE CREATE ON SCHEMA public FROM {ALL_GROUPS}")
    op.execute(f"REVOKE ALL ON audit_head FROM PUBLIC, {ALL_GROUPS}")
    op.execute(f"GRANT SELECT ON audit_head TO {ALL_GROUPS}")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_entry FROM {ALL_GROUPS}")
    op.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON consent FROM {ALL_GROUPS}")
    op.execute("GRANT DELETE ON consent TO igor_admins")  # retention erasure (admins only)
    op.execute(f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON setting FROM {STAFF_GROUPS}")
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON setting TO igor_admins")
    for table in ("staff_member", "enrollment_code", "disclosure", "alembic_version"):
        op.execute(f"REVOKE TRUNCATE ON {table} FROM {ALL_GROUPS}")
    op.execute(f"REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM {ALL_GROUPS}")
    op.execute(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE TRUNCATE ON TABLES FROM {STAFF_GROUPS}"
    )

    op.execute(
        """
        CREATE FUNCTION igor_caller_id(p_claimed integer) RETURNS integer
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE v integer;
        BEGIN
            -- The owner's own connection (system tasks) acts for whom it says.
            IF session_user = current_user
               OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                RETURN p_claimed;
            END IF;
            SELECT s.id INTO v FROM staff_member s
             WHERE s.db_role = session_user AND s.revoked_at IS NULL;
            IF v IS NULL THEN
                RAISE EXCEPTION 'no active staff profile for this login' USING ERRCODE = '42501';
            END IF;
            RETURN v;
        END $$
        """
    )
    # The staff id of the reading role (invoker's rights, like igor_reader_agency of a1).
    op.execute(
        """
        CREATE FUNCTION igor_reader_staff() RETURNS integer
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT s.id FROM staff_member s WHERE s.db_role = current_user AND s.revoked_at IS NULL
        $$
        """
    )
    payload = " || ',' || ".join(
        [
            "to_json(v_prev)::text",
            "to_json(to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'))::text",
            _json_text("v_staff"),
            _json_text("p_os"),
            _json_text("p_ws"),
            "to_json(p_action)::text",
            _json_text("p_rtype"),
            _json_text("p_rid"),
            _json_text("p_case"),
            _json_text("p_details"),
        ]
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_audit_append(p_staff integer, p_os text, p_ws text, p_action text,
                                          p_rtype text, p_rid bigint, p_case integer,
                                          p_details text)
        RETURNS bigint LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_prev text; v_at timestamptz; v_hash text; v_id bigint;
        BEGIN
            v_staff := igor_caller_id(p_staff);
            IF p_action IS NULL OR length(p_action) > 40 THEN
                RAISE EXCEPTION 'bad audit action' USING ERRCODE = '22023';
            END IF;
            PERFORM pg_advisory_xact_lock(4242001);
            SELECT e.hash INTO v_prev FROM audit_entry e ORDER BY e.id DESC LIMIT 1;
            v_prev := coalesce(v_prev, '{GENESIS}');
            v_at := clock_timestamp();
            v_hash := encode(sha256(convert_to('[' || {payload} || ']', 'UTF8')), 'hex');
            INSERT INTO audit_entry (at, staff_id, os_account, workstation, action, record_type,
                                     record_id, case_id, details, prev_hash, hash)
            VALUES (v_at, v_staff, p_os, p_ws, p_action, p_rtype, p_rid, p_case, p_details,
                    v_prev, v_hash)
            RETURNING id INTO v_id;
            INSERT INTO audit_head (id, last_id, last_hash, entries) VALUES (1, v_id, v_hash, 1)
            ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id,
                last_hash = excluded.last_hash, entries = audit_head.entries + 1;
            RETURN v_id;
        END $$
        """
    )
    caseworker = """
            v_staff := igor_caller_id(p_staff);
            IF NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.id = v_staff
                            AND s.revoked_at IS NULL AND (s.is_caseworker OR s.is_admin)) THEN
                RAISE EXCEPTION 'only caseworkers may record consents' USING ERRCODE = '42501';
            END IF;
    """
    op.execute(
        f"""
        CREATE FUNCTION igor_consent_record(p_staff integer, p_os text, p_ws text,
                                            p_person integer, p_case integer, p_given date,
                                            p_method text, p_note text)
        RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_id integer;
        BEGIN
            {caseworker}
            IF p_given IS NULL OR p_given > (now() AT TIME ZONE 'Europe/Stockholm')::date
               OR p_method NOT IN ('signed', 'verbal') OR length(p_note) > 2000 THEN
                RAISE EXCEPTION 'invalid consent' USING ERRCODE = '22023';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM person WHERE id = p_person) OR (
                p_case IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM case_party WHERE case_id = p_case AND person_id = p_person)) THEN
                RAISE EXCEPTION 'the person is not a party of the case' USING ERRCODE = '22023';
            END IF;
            INSERT INTO consent (person_id, case_id, given_on, method, recorded_by_id,
                                 recorded_at, note, version, updated_at)
            VALUES (p_person, p_case, p_given, p_method, v_staff, now(), p_note, 1, now())
            RETURNING id INTO v_id;
            PERFORM igor_audit_append(v_staff, p_os, p_ws, 'consent_recorded', 'consent', v_id,
                p_case, '{{"method": ' || to_json(p_method)::text || ', "person_id": '
                || p_person || '}}');
            RETURN v_id;
        END $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_consent_withdraw(p_staff integer, p_os text, p_ws text,
                                              p_id integer, p_version integer, p_at timestamptz)
        RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_person integer; v_case integer; v_method text;
        BEGIN
            {caseworker}
            IF p_at IS NULL OR p_at > now() + interval '10 minutes' THEN
                RAISE EXCEPTION 'invalid withdrawal time' USING ERRCODE = '22023';
            END IF;
            UPDATE consent SET withdrawn_at = p_at, withdrawn_by_id = v_staff,
                               version = version + 1, updated_at = now()
             WHERE id = p_id AND version = p_version AND withdrawn_at IS NULL
            RETURNING person_id, case_id, method INTO v_person, v_case, v_method;
            IF v_person IS NULL THEN
                RAISE EXCEPTION 'consent changed or withdrawn meanwhile' USING ERRCODE = 'IG001';
            END IF;
            PERFORM igor_audit_append(v_staff, p_os, p_ws, 'consent_withdrawn', 'consent', p_id,
                v_case, '{{"method": ' || to_json(v_method)::text || ', "person_id": '
                || v_person || '}}');
        END $$
        """
    )
    # Revocation: NOLOGIN and the role's open sessions ended. pg_terminate_backend needs the
    # owner to be a member of pg_signal_backend (granted below when the migrating role may).
    op.execute(
        """
        CREATE FUNCTION igor_revoke_login(p_role text) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE v_caller integer; v_n integer;
        BEGIN
            IF NOT (session_user = current_user
                    OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
                v_caller := igor_caller_id(NULL);
                IF NOT EXISTS (SELECT 1 FROM staff_member WHERE id = v_caller AND is_admin) THEN
                    RAISE EXCEPTION 'only administrators revoke' USING ERRCODE = '42501';
                END IF;
            END IF;
            IF p_role IS NULL OR p_role !~ '^igor_[a-z0-9]{6,20}$'
               OR NOT EXISTS (SELECT 1 FROM staff_member WHERE db_role = p_role)
               OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role AND NOT rolsuper) THEN
                RAISE EXCEPTION 'not a staff login role' USING ERRCODE = '22023';
            END IF;
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_role);
            SELECT count(*) INTO v_n FROM (
                SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a
                 WHERE a.usename = p_role AND a.pid <> pg_backend_pid()) t;
            RETURN v_n;
        END $$
        """
    )
    op.execute(
        """
        DO $$ BEGIN
            IF NOT pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') THEN
                EXECUTE format('GRANT pg_signal_backend TO %I', current_user);
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'igor: the database owner needs pg_signal_backend for revocation';
        END $$
        """
    )
    for fn in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for fn in FUNCTIONS[1:5]:
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {STAFF_GROUPS}")
    op.execute("GRANT EXECUTE ON FUNCTION igor_revoke_login(text) TO igor_admins")

    # Addresses: need to know for protected identity; nothing for analysts.
    op.execute("ALTER TABLE address ENABLE ROW LEVEL SECURITY")
    visible = """(SELECT igor_reader_agency()) IS NOT NULL AND (
            NOT EXISTS (SELECT 1 FROM person p WHERE p.id = address.person_id
                         AND p.protection <> 'none')
            OR EXISTS (SELECT 1 FROM case_party cp JOIN case_file cf ON cf.id = cp.case_id
                        WHERE cp.person_id = address.person_id
                          AND (SELECT igor_reader_staff()) IN (cf.assigned_police_id,
                                                               cf.assigned_social_id)))"""
    op.execute(f"CREATE POLICY igor_read ON address FOR SELECT TO {STAFF_GROUPS} USING ({visible})")
    op.execute(
        f"CREATE POLICY igor_insert ON address FOR INSERT TO {STAFF_GROUPS} "
        "WITH CHECK ((SELECT igor_reader_agency()) IS NOT NULL)"
    )
    op.execute(
        f"CREATE POLICY igor_update ON address FOR UPDATE TO {STAFF_GROUPS} "
        f"USING ({visible}) WITH CHECK ((SELECT igor_reader_agency()) IS NOT NULL)"
    )
    op.execute(
        f"CREATE POLICY igor_delete ON address FOR DELETE TO {STAFF_GROUPS} USING ({visible})"
    )
    op.execute("CREATE POLICY igor_erase ON address FOR DELETE TO igor_admins USING (true)")

    # Disclosures: a login records only its own (not one blaming a colleague).
    op.execute("ALTER TABLE disclosure ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY igor_read ON disclosure FOR SELECT TO {STAFF_GROUPS} USING (true)")
    op.execute(
        f"CREATE POLICY igor_insert ON disclosure FOR INSERT TO {STAFF_GROUPS} WITH CHECK ("
        "staff_id = (SELECT igor_reader_staff()) "
        "AND viewer_agency = (SELECT igor_reader_agency()))"
    )

    # The facts views: nothing for analysts, revoked or unknown logins.
    for name, source, columns in (
        ("contact_facts", "contact", _b2().CONTACT_COLUMNS),
        ("assessment_facts", "risk_assessment", _b2().ASSESSMENT_COLUMNS),
    ):
        op.execute(
            f"CREATE OR REPLACE VIEW {name} WITH (security_barrier) AS SELECT {columns} "
            f"FROM {source} WHERE (SELECT igor_reader_agency()) IS NOT NULL "
            "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "OR NOT (pg_has_role(current_user, 'igor_police', 'MEMBER') "
            "OR pg_has_role(current_user, 'igor_social', 'MEMBER'))"
        )

    op.create_check_constraint("ck_calendar_event_rrule_advances", "calendar_event", RRULE_CHECK)


def _b2():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "b2_case_file", Path(__file__).with_name("b2_case_file.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    if _pg():
        op.drop_constraint("ck_calendar_event_rrule_advances", "calendar_event", type_="check")
        b2 = _b2()
        for name, query in b2.VIEWS.items():
            op.execute(f"CREATE OR REPLACE VIEW {name} WITH (security_barrier = false) AS {query}")
        for policy in ("igor_read", "igor_insert", "igor_update", "igor_delete", "igor_erase"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON address")
        op.execute("ALTER TABLE address DISABLE ROW LEVEL SECURITY")
        for policy in ("igor_read", "igor_insert"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON disclosure")
        op.execute("ALTER TABLE disclosure DISABLE ROW LEVEL SECURITY")
        for fn in reversed(FUNCTIONS):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
        op.execute(f"GRANT INSERT ON audit_entry TO {STAFF_GROUPS}")
        op.execute(f"GRANT INSERT, UPDATE, DELETE ON consent, setting TO {STAFF_GROUPS}")
    op.drop_table("audit_head")
