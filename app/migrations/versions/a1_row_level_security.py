"""row-level security, group roles and grants (PostgreSQL only)

Each staff member logs in as their own role (staff_member.db_role), a member of igor_police or
igor_social (and igor_admins for administrators). The agency of a session is derived from
`current_user` through staff_member, never from a setting the client could change. Agency-owned
tables (contact, note, risk_assessment, letter) get policies mirroring app.services.core.access:
readable by the owning agency, by the other agency only while the subject person has an active
consent; writable only by the owning agency. audit_entry and disclosure: INSERT and SELECT only.
The role that runs this migration (the database owner / system login) keeps full access.

Revision ID: a1
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "a1"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = ("igor_police", "igor_social", "igor_admins")
AGENCY_OWNED = ("contact", "note", "risk_assessment", "letter")
APPEND_ONLY = ("audit_entry", "disclosure")
READ_ONLY = ("alembic_version",)
ADMIN_WRITES = ("staff_member", "enrollment_code")


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _pg():
        return
    for group in GROUPS:
        op.execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') "
            f"THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        )
    staff_groups = "igor_police, igor_social"
    op.execute(f"GRANT USAGE ON SCHEMA public TO {staff_groups}, igor_admins")
    op.execute(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {staff_groups}"
    )
    op.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {staff_groups}")
    # Tables and sequences that later migrations (run by the same owner) create get the same
    # ordinary rights; agency-owned tables added later must also get policies like below.
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {staff_groups}"
    )
    op.execute(
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {staff_groups}"
    )
    for table in APPEND_ONLY + READ_ONLY + ADMIN_WRITES:
        op.execute(f"REVOKE UPDATE, DELETE ON {table} FROM {staff_groups}")
    for table in READ_ONLY + ADMIN_WRITES:
        op.execute(f"REVOKE INSERT ON {table} FROM {staff_groups}")
    for table in ADMIN_WRITES:
        op.execute(f"GRANT SELECT, INSERT, UPDATE ON {table} TO igor_admins")
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO igor_admins")

    # The agency whose content the logged-in role may read (NULL: none — unknown role,
    # revoked profile, or analyst). Invoker's rights: it reads staff_member as current_user.
    op.execute(
        """
        CREATE FUNCTION igor_reader_agency() RETURNS text
        LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
            SELECT s.agency FROM staff_member s
            WHERE s.db_role = current_user AND s.revoked_at IS NULL
              AND (s.is_caseworker OR s.is_admin)
        $$
        """
    )
    op.execute("REVOKE ALL ON FUNCTION igor_reader_agency() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION igor_reader_agency() TO {staff_groups}")

    # Enrollment in server mode: the new role (logged in with its code-derived password) marks
    # its code used, binds the OS account and lifts the 24 h expiry of its login. Runs with the
    # migrating role's rights (it needs CREATEROLE); checks everything against session_user.
    op.execute(
        """
        CREATE FUNCTION igor_finish_enrollment(p_code_hash text, p_os_account text)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_code integer;
        BEGIN
            SELECT e.id, s.id INTO v_code, v_staff
              FROM enrollment_code e JOIN staff_member s ON s.id = e.staff_id
             WHERE e.code_hash = p_code_hash AND e.used_at IS NULL AND e.expires_at > now()
               AND s.db_role = session_user AND s.revoked_at IS NULL
             FOR UPDATE;
            IF v_code IS NULL THEN
                RAISE EXCEPTION 'enrollment code invalid' USING ERRCODE = '28000';
            END IF;
            UPDATE enrollment_code SET used_at = now() WHERE id = v_code;
            UPDATE staff_member SET os_account = p_os_account, version = version + 1
             WHERE id = v_staff;
            EXECUTE format('ALTER ROLE %I VALID UNTIL %L', session_user, 'infinity');
            RETURN v_staff;
        END $$
        """
    )
    op.execute("REVOKE ALL ON FUNCTION igor_finish_enrollment(text, text) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION igor_finish_enrollment(text, text) TO {staff_groups}")

    for table in AGENCY_OWNED:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY igor_system ON {table} TO CURRENT_USER USING (true) WITH CHECK (true)"
        )
        op.execute(
            f"""
            CREATE POLICY igor_read ON {table} FOR SELECT TO {staff_groups} USING (
                owner_agency = igor_reader_agency()
                OR (igor_reader_agency() IS NOT NULL AND subject_person_id IS NOT NULL
                    AND EXISTS (SELECT 1 FROM consent c
                                WHERE c.person_id = {table}.subject_person_id
                                  AND c.withdrawn_at IS NULL)))
            """
        )
        op.execute(
            f"CREATE POLICY igor_insert ON {table} FOR INSERT TO {staff_groups} "
            "WITH CHECK (owner_agency = igor_reader_agency())"
        )
        op.execute(
            f"CREATE POLICY igor_update ON {table} FOR UPDATE TO {staff_groups} "
            "USING (owner_agency = igor_reader_agency()) "
            "WITH CHECK (owner_agency = igor_reader_agency())"
        )
        op.execute(
            f"CREATE POLICY igor_delete ON {table} FOR DELETE TO {staff_groups} "
            "USING (owner_agency = igor_reader_agency())"
        )


def downgrade() -> None:
    if not _pg():
        return
    for table in AGENCY_OWNED:
        for policy in ("igor_system", "igor_read", "igor_insert", "igor_update", "igor_delete"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON {table}")
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    op.execute("DROP FUNCTION IF EXISTS igor_finish_enrollment(text, text)")
    op.execute("DROP FUNCTION IF EXISTS igor_reader_agency()")
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "REVOKE ALL ON TABLES FROM igor_police, igor_social"
    )
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "REVOKE ALL ON SEQUENCES FROM igor_police, igor_social"
    )
    for group in GROUPS:  # group roles are cluster-wide and may serve other databases
        op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}")
        op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}")
        op.execute(f"REVOKE ALL ON SCHEMA public FROM {group}")
