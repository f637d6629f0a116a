"""statistics: a minimum group size before the other agency's contacts are shown

A statistics period in which fewer than MIN_GROUP (5) different people had a contact (either
agency) would show, for that handful of people, the other agency's talk kinds, channels and
staff members: a one-day period around one person is close to a per-record listing (issue 14,
docs/secrecy.md "Small numbers"). On PostgreSQL the server enforces the same rule as the
services (app.services.statistics.contacts.MIN_GROUP):

- `igor_stat_large_enough(start, end)`: whether at least 5 different people had a contact in
  the period (midnight bounds, like every statistics function; it says only yes or no);
- `igor_stat_party_contacts` (per case party; its counts mix both agencies) returns no rows to
  a staff or analyst login for a smaller group;
- `igor_stat_tally(start, end)`: contacts per local month, channel, staff member, agency and
  reached for the whole period. For a smaller group only the caller's own agency's rows (none
  for an analyst). It replaces, for the login roles, `igor_stat_day_counts` and
  `igor_stat_contact_counts`, which answered for any UTC day or a few hours and are no longer
  executable by staff or analyst logins.
The database owner's own connection gets every row (the services then apply the rule for the
actor they serve, as on SQLite).

Revision ID: e1_stat_small_groups
Revises: e1_protected_columns
"""

from collections.abc import Sequence

from alembic import op

revision: str = "e1_stat_small_groups"
down_revision: str | None = "e1_protected_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MIN_GROUP = 5
GROUPS = "igor_police, igor_social, igor_analysts"
STAFF_GROUPS = "igor_police, igor_social"
ARGS = "(timestamptz, timestamptz)"
OLD = ("igor_stat_day_counts(date, date)", "igor_stat_contact_counts(timestamptz, timestamptz)")
TALKS = (
    "support_violence",
    "support_addiction",
    "police_report",
    "investigation",
    "safety_planning",
    "check_in",
    "risk_assessment",
)
PARTY_COLUMNS = "party_id integer, reached integer, digital integer, failed integer, " + ", ".join(
    f"t_{t} integer" for t in TALKS
)
DEFINER = "STABLE SECURITY DEFINER SET search_path = public, pg_temp"


def _midnight(p: str) -> str:
    return (
        f"(date_trunc('day', {p} AT TIME ZONE 'Europe/Stockholm') = {p} AT TIME ZONE "
        f"'Europe/Stockholm' OR date_trunc('day', {p} AT TIME ZONE 'UTC') = {p} AT TIME ZONE 'UTC')"
    )


CHECK_PERIOD = f"""
                IF p_start IS NULL OR p_end IS NULL OR p_start >= p_end
                   OR NOT {_midnight("p_start")} OR NOT {_midnight("p_end")} THEN
                    RAISE EXCEPTION 'statistics periods run from midnight to midnight'
                        USING ERRCODE = '22023';
                END IF;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_large_enough(p_start timestamptz, p_end timestamptz)
        RETURNS boolean LANGUAGE plpgsql {DEFINER} AS $fn$
        BEGIN
            {CHECK_PERIOD}
            RETURN (SELECT count(*) >= {MIN_GROUP} FROM (
                SELECT DISTINCT cp.person_id FROM contact c
                  JOIN case_party cp ON cp.id = c.party_id
                 WHERE c.occurred_at >= p_start AND c.occurred_at < p_end
                 LIMIT {MIN_GROUP}) people);
        END $fn$
        """
    )
    # The caller's own agency if it may see content (caseworker or administrator), else NULL.
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_own_agency() RETURNS text LANGUAGE sql {DEFINER} AS $fn$
            SELECT s.agency::text FROM staff_member s
             WHERE s.db_role = session_user AND s.revoked_at IS NULL
               AND (s.is_caseworker OR s.is_admin)
        $fn$
        """
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION igor_stat_party_contacts(p_start timestamptz,
                                                           p_end timestamptz)
        RETURNS TABLE ({PARTY_COLUMNS}) LANGUAGE plpgsql {DEFINER} ROWS 100000 AS $fn$
        BEGIN
            {CHECK_PERIOD}
            IF NOT igor_owner_session() AND NOT igor_stat_large_enough(p_start, p_end) THEN
                RETURN;  -- fewer than {MIN_GROUP} people: their counts mix both agencies
            END IF;
            RETURN QUERY SELECT * FROM igor_stat_party_contacts_rows(p_start, p_end);
        END $fn$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_tally(p_start timestamptz, p_end timestamptz)
        RETURNS TABLE (month text, channel text, staff_id integer, owner_agency text,
                       reached boolean, n bigint)
        LANGUAGE plpgsql {DEFINER} ROWS 2000 AS $fn$
        DECLARE v_all boolean; v_own text;
        BEGIN
            {CHECK_PERIOD}
            v_all := igor_owner_session() OR igor_stat_large_enough(p_start, p_end);
            v_own := igor_stat_own_agency();
            RETURN QUERY
                SELECT to_char(c.occurred_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM'),
                       c.channel::text, c.staff_id, c.owner_agency::text, c.reached, count(*)
                  FROM contact c
                 WHERE c.occurred_at >= p_start AND c.occurred_at < p_end
                   AND (v_all OR c.owner_agency::text = v_own)
                 GROUP BY 1, 2, 3, 4, 5;
        END $fn$
        """
    )
    for fn in ("igor_stat_large_enough" + ARGS, "igor_stat_tally" + ARGS):
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {GROUPS}")
    op.execute("REVOKE ALL ON FUNCTION igor_stat_own_agency() FROM PUBLIC")
    for fn in OLD:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC, {GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for fn in OLD:
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {GROUPS}")
    op.execute(f"DROP FUNCTION igor_stat_tally{ARGS}")
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION igor_stat_party_contacts(p_start timestamptz,
                                                           p_end timestamptz)
        RETURNS TABLE ({PARTY_COLUMNS}) LANGUAGE plpgsql {DEFINER} ROWS 100000 AS $fn$
        BEGIN
            {CHECK_PERIOD}
            RETURN QUERY SELECT * FROM igor_stat_party_contacts_rows(p_start, p_end);
        END $fn$
        """
    )
    op.execute("DROP FUNCTION igor_stat_own_agency()")
    op.execute(f"DROP FUNCTION igor_stat_large_enough{ARGS}")
