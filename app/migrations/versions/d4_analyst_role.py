"""analysts get their own group role: numbers, never personal data (PostgreSQL)

An analyst (analytiker without handläggare/administratör) sees the statistics only. Their login
role was a member of the agency's group like a caseworker's, so with `psql` it read every name,
personnummer, address and phone. Now such a role is a member of `igor_analysts` only, which may
read the columns the statistics count — case dates, status, source, outcome flags; a party's role
and referral flags; a person's birth year — and call the numbers-only statistics functions.
Nothing else: no names, personnummer, addresses, phones, case numbers, free text, calendar,
transports or consents. The agency-owned tables stay behind row-level security (no policy
admits igor_analysts: no rows). Existing analyst roles are moved into the new group.

Revision ID: d4_analyst_role
Revises: d3_stat_periods
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d4_analyst_role"
down_revision: str | None = "d3_stat_periods"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUP = "igor_analysts"
CASE_COLUMNS = (
    "id, status, source, area, opened_on, closed_on, incident_date, has_children, investigation, "
    "contact_ban, custody, focus_person, violence_stopped, follow_up_on, version, updated_at, "
    "created_at"
)
PARTY_COLUMNS = "id, case_id, person_id, role, rvt_status, rvc_status"
PERSON_COLUMNS = "id, birth_year"
# Readable whole: the program's own bookkeeping (sign-in, version check, letterhead on exports).
WHOLE = ("staff_member", "setting", "alembic_version", "audit_head")
# Behind row-level security without a policy for analysts: SELECT returns no rows.
RLS_EMPTY = ("contact", "note", "risk_assessment", "letter")
FUNCTIONS = (
    "igor_reader_agency()",
    "igor_audit_append(integer, text, text, text, text, bigint, integer, text)",
    "igor_finish_enrollment(text, text)",
    "igor_stat_party_contacts(timestamptz, timestamptz)",
    "igor_stat_contact_counts(timestamptz, timestamptz)",
    "igor_stat_day_counts(date, date)",
    "igor_stat_days_to_first_contact(date, date)",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}') "
        f"THEN CREATE ROLE {GROUP} NOLOGIN; END IF; END $$"
    )
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {GROUP}")
    op.execute(f"GRANT USAGE ON SCHEMA public TO {GROUP}")
    for table in WHOLE + RLS_EMPTY:
        op.execute(f"GRANT SELECT ON {table} TO {GROUP}")
    op.execute(f"GRANT SELECT ({CASE_COLUMNS}) ON case_file TO {GROUP}")
    op.execute(f"GRANT SELECT ({PARTY_COLUMNS}) ON case_party TO {GROUP}")
    op.execute(f"GRANT SELECT ({PERSON_COLUMNS}) ON person TO {GROUP}")
    for fn in FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {GROUP}")
    # Existing analyst-only logins leave the agency groups.
    op.execute(
        f"""
        DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT s.db_role FROM staff_member s JOIN pg_roles p ON p.rolname = s.db_role
                      WHERE s.is_analyst AND NOT s.is_caseworker AND NOT s.is_admin LOOP
                EXECUTE format('REVOKE igor_police, igor_social FROM %I', r.db_role);
                EXECUTE format('GRANT {GROUP} TO %I', r.db_role);
            END LOOP;
        END $$
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT s.db_role, s.agency FROM staff_member s
                       JOIN pg_roles p ON p.rolname = s.db_role
                      WHERE s.is_analyst AND NOT s.is_caseworker AND NOT s.is_admin LOOP
                EXECUTE format('REVOKE {GROUP} FROM %I', r.db_role);
                EXECUTE format('GRANT %I TO %I', 'igor_' || r.agency, r.db_role);
            END LOOP;
        END $$
        """
    )
    for fn in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM {GROUP}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {GROUP}")
    op.execute(f"REVOKE ALL ON SCHEMA public FROM {GROUP}")
