"""statistics functions: periods from midnight to midnight only (no one-microsecond periods)

The numbers-only functions that count contact rows directly (c1_stat_summaries) took any two
instants. Called with a one-microsecond period around one contact they gave that single
contact's talk kinds, channel and staff member — a per-record listing of the other agency. The
program asks for whole local days (a period's bounds are Stockholm midnights; the hours between
a Stockholm and a UTC midnight are counted from the rows, see
app.services.statistics.contacts.split_days), so the functions now accept only bounds that are
a midnight in Europe/Stockholm or in UTC: a staff login can ask what the program can show, no
finer. The old bodies stay as *_rows functions that no login role may call; the checked
wrappers keep the names, signatures and results.

Revision ID: d3_stat_periods
Revises: d2_case_facts
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d3_stat_periods"
down_revision: str | None = "d2_case_facts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"
WRAPPED = {
    "igor_stat_contact_counts": (
        "channel text, staff_id integer, owner_agency text, reached boolean, n bigint",
        100,
    ),
    "igor_stat_party_contacts": (
        "party_id integer, reached integer, digital integer, failed integer, "
        + ", ".join(
            f"t_{t} integer"
            for t in (
                "support_violence",
                "support_addiction",
                "police_report",
                "investigation",
                "safety_planning",
                "check_in",
                "risk_assessment",
            )
        ),
        100_000,
    ),
}
ARGS = "(timestamptz, timestamptz)"


def _midnight(p: str) -> str:
    return (
        f"(date_trunc('day', {p} AT TIME ZONE 'Europe/Stockholm') = {p} AT TIME ZONE "
        f"'Europe/Stockholm' OR date_trunc('day', {p} AT TIME ZONE 'UTC') = {p} AT TIME ZONE 'UTC')"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, (columns, rows) in WRAPPED.items():
        op.execute(f"ALTER FUNCTION {name}{ARGS} RENAME TO {name}_rows")
        op.execute(f"REVOKE ALL ON FUNCTION {name}_rows{ARGS} FROM PUBLIC, {STAFF_GROUPS}")
        op.execute(
            f"""
            CREATE FUNCTION {name}(p_start timestamptz, p_end timestamptz)
            RETURNS TABLE ({columns})
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
            ROWS {rows} AS $fn$
            BEGIN
                IF p_start IS NULL OR p_end IS NULL OR p_start >= p_end
                   OR NOT {_midnight("p_start")} OR NOT {_midnight("p_end")} THEN
                    RAISE EXCEPTION 'statistics periods run from midnight to midnight'
                        USING ERRCODE = '22023';
                END IF;
                RETURN QUERY SELECT * FROM {name}_rows(p_start, p_end);
            END
            $fn$
            """
        )
        op.execute(f"REVOKE ALL ON FUNCTION {name}{ARGS} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {name}{ARGS} TO {STAFF_GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in WRAPPED:
        op.execute(f"DROP FUNCTION {name}{ARGS}")
        op.execute(f"ALTER FUNCTION {name}_rows{ARGS} RENAME TO {name}")
        op.execute(f"GRANT EXECUTE ON FUNCTION {name}{ARGS} TO {STAFF_GROUPS}")
