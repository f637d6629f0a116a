"""statistics: covering indexes on contact; numbers-only aggregate functions (PostgreSQL)

Row-level security (a1) lets a staff role read only the contacts its agency may see, and an
analyst's role none at all. The team's statistics may COUNT every contact across the agencies
(docs/secrecy.md, "What statistics may count across agencies"), never show content. These
SECURITY DEFINER functions run with the owner's rights and return aggregates only — per case
party (a person's part in a case) or per month/channel/staff member — computed from non-content
columns (dates, channel, reached, talk-kind flags, agency, staff id). No note, held_as or
override reason is ever read. Also three covering indexes on contact (both backends) that make
`igor-desk stats` over a million contacts take well under two seconds. app.services.statistics.figures computes the same figures in Core SQL on
SQLite; the tests run both backends against the same hand-computed answers.

Revision ID: b5_statistics
Revises: b4_transports
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b5_statistics"
down_revision: str | None = "b4_transports"
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
CHANNELS = (
    "('phone', 'sms', 'email', 'video', 'meeting', 'home_visit', 'arrest_talk', "
    "'release_talk', 'accompaniment')"
)

PARTY_FN = "igor_stat_party_contacts(timestamptz, timestamptz)"
CHANNEL_FN = "igor_stat_channel_counts(timestamptz, timestamptz)"
STAFF_FN = "igor_stat_staff_counts(timestamptz, timestamptz)"
FIRST_FN = "igor_stat_case_first_contact(date, date)"
FUNCTIONS = (PARTY_FN, FIRST_FN, CHANNEL_FN, STAFF_FN)

# Covering indexes (both backends): each statistics pass reads one small index instead of the
# contact table (whose rows carry notes); see app/services/statistics/figures.py.
INDEXES = {
    "ix_contact_stats_party": ["party_id", "occurred_at", "reached", "channel"]
    + [f"talk_{t}" for t in TALKS],
    "ix_contact_stats_channel": ["channel", "reached", "occurred_at"],
    "ix_contact_stats_staff": ["staff_id", "owner_agency", "reached", "occurred_at"],
    "ix_contact_stats_first": ["case_id", "reached", "occurred_at"],
}


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "contact", columns)
    if _pg():
        create_functions()


def _bodies() -> dict[str, tuple[str, str, str]]:
    """signature -> (result columns, query, EXECUTE arguments)."""
    # PL/pgSQL with EXECUTE: each call is planned with the actual period. (A plain SQL function
    # gets a generic plan that guesses a few thousand rows for any range and walks a million
    # heap rows through the occurred_at index: ten times slower.)
    in_period = "c.occurred_at >= $1 AND c.occurred_at < $2"
    talk_cols = ", ".join(f"t_{t} integer" for t in TALKS)
    talk_sums = ", ".join(
        f"(count(*) FILTER (WHERE c.reached AND c.talk_{t}))::integer" for t in TALKS
    )
    counted_case = "cf.opened_on <= $2 AND (cf.closed_on IS NULL OR cf.closed_on >= $1)"
    bodies = {
        # Per case party (a person's part in a case): counts in the period.
        "igor_stat_party_contacts(p_start timestamptz, p_end timestamptz)": (
            # integer, not bigint: sums over them stay bigint (numeric is much slower).
            f"party_id integer, reached integer, digital integer, failed integer, {talk_cols}",
            f"""SELECT c.party_id,
                       (count(*) FILTER (WHERE c.reached))::integer,
                       (count(*) FILTER (WHERE c.reached AND c.channel IN {DIGITAL}))::integer,
                       (count(*) FILTER (WHERE NOT c.reached))::integer,
                       {talk_sums}
                  FROM contact c WHERE {in_period} GROUP BY c.party_id""",
            "p_start, p_end",
        ),
        # Per case open during the period: its first reached contact at any time.
        "igor_stat_case_first_contact(p_from date, p_to date)": (
            "case_id integer, first_reached timestamptz",
            # One index-only seek per case on (case_id, reached, occurred_at).
            f"""SELECT cf.id, (SELECT min(c.occurred_at) FROM contact c
                                WHERE c.case_id = cf.id AND c.reached)
                  FROM case_file cf WHERE {counted_case}""",
            "p_from, p_to",
        ),
        "igor_stat_channel_counts(p_start timestamptz, p_end timestamptz)": (
            "channel text, n bigint",
            # The channel list lets the (channel, reached, occurred_at) index serve each month.
            f"""SELECT c.channel::text, count(*) FROM contact c
                 WHERE c.channel IN {CHANNELS} AND c.reached AND {in_period}
                 GROUP BY c.channel""",
            "p_start, p_end",
        ),
        "igor_stat_staff_counts(p_start timestamptz, p_end timestamptz)": (
            "staff_id integer, owner_agency text, reached boolean, n bigint",
            f"""SELECT c.staff_id, c.owner_agency::text, c.reached, count(*) FROM contact c
                 WHERE {in_period} GROUP BY c.staff_id, c.owner_agency, c.reached""",
            "p_start, p_end",
        ),
    }
    return bodies


def create_functions(only: tuple[str, ...] | None = None) -> None:
    """Create the functions (all, or those of `only`, given as FUNCTIONS entries); also used by
    c1_stat_summaries' downgrade to put back the bodies it replaced."""
    for signature, (columns, query, args) in _bodies().items():
        name = signature.split("(")[0]
        if only is not None and not any(fn.startswith(name + "(") for fn in only):
            continue
        op.execute(
            f"""
            CREATE FUNCTION {signature} RETURNS TABLE ({columns})
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                RETURN QUERY EXECUTE $q${query}$q$ USING {args};
            END
            $fn$
            """
        )
    for fn in FUNCTIONS if only is None else only:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {STAFF_GROUPS}")


def downgrade() -> None:
    if _pg():
        for fn in FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    for name in INDEXES:
        op.drop_index(name, table_name="contact")
