"""statistics: numbers-only aggregate functions over contacts (PostgreSQL only)

Row-level security (a1) lets a staff role read only the contacts its agency may see, and an
analyst's role none at all. The team's statistics may COUNT every contact across the agencies
(docs/secrecy.md, "What statistics may count across agencies"), never show content. These
SECURITY DEFINER functions run with the owner's rights and return aggregates only — per case
party (a person's part in a case) or per month/channel/staff member — computed from non-content
columns (dates, channel, reached, talk-kind flags, agency, staff id). No note, held_as or
override reason is ever read. app.services.statistics computes the same figures in Core SQL on
SQLite; the tests run both backends against the same hand-computed answers.

Revision ID: b5_statistics
Revises: a1
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b5_statistics"
down_revision: str | None = "a1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"
TALKS = (
    "support_violence",
    "support_addiction",
    "police_report",
    "investigation",
    "safety_planning",
    "check_in",
    "risk_assessment",
)
DIGITAL = "('phone', 'sms', 'email', 'video')"
COUNTED_CASE = "cf.opened_on <= p_to AND (cf.closed_on IS NULL OR cf.closed_on >= p_from)"

PARTY_FN = "igor_stat_party_contacts(timestamp, timestamp)"
FIRST_FN = "igor_stat_case_first_contact(date, date)"
TALLY_FN = "igor_stat_contact_tallies(date, date, timestamp, timestamp)"


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _pg():
        return
    talk_cols = ", ".join(f"t_{t} bigint" for t in TALKS)
    talk_sums = ", ".join(f"count(*) FILTER (WHERE c.reached AND c.talk_{t})" for t in TALKS)
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_party_contacts(p_start timestamp, p_end timestamp)
        RETURNS TABLE (party_id integer, reached bigint, digital bigint, failed bigint,
                       {talk_cols})
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT c.party_id,
                   count(*) FILTER (WHERE c.reached),
                   count(*) FILTER (WHERE c.reached AND c.channel IN {DIGITAL}),
                   count(*) FILTER (WHERE NOT c.reached),
                   {talk_sums}
              FROM contact c
             WHERE c.occurred_at >= p_start AND c.occurred_at < p_end
             GROUP BY c.party_id
        $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_case_first_contact(p_from date, p_to date)
        RETURNS TABLE (case_id integer, first_reached timestamp)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT c.case_id, min(c.occurred_at)
              FROM contact c JOIN case_file cf ON cf.id = c.case_id
             WHERE c.reached AND {COUNTED_CASE}
             GROUP BY c.case_id
        $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_contact_tallies(p_from date, p_to date,
                                                  p_start timestamp, p_end timestamp)
        RETURNS TABLE (month text, channel text, reached boolean, staff_id integer,
                       owner_agency text, n bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT to_char(c.occurred_at, 'YYYY-MM'), c.channel::text, c.reached, c.staff_id,
                   c.owner_agency::text, count(*)
              FROM contact c JOIN case_file cf ON cf.id = c.case_id
             WHERE c.occurred_at >= p_start AND c.occurred_at < p_end AND {COUNTED_CASE}
             GROUP BY 1, 2, 3, 4, 5
        $$
        """
    )
    for fn in (PARTY_FN, FIRST_FN, TALLY_FN):
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {STAFF_GROUPS}")


def downgrade() -> None:
    if not _pg():
        return
    for fn in (PARTY_FN, FIRST_FN, TALLY_FN):
        op.execute(f"DROP FUNCTION IF EXISTS {fn}")
