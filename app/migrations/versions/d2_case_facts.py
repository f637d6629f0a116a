"""per-case figures through numbers-only functions; the per-record facts views leave staff roles

`contact_facts` and `assessment_facts` (b2_case_file) listed every contact and assessment of
both agencies, one row each (time, person, channel, instrument, level, "contact endangers"), to
any staff login. The case screen needs only figures per case, party or person — the contact
rule, the fatigue figure, the window of opportunity, how many of the other agency's records are
hidden — so on PostgreSQL these SECURITY DEFINER functions return exactly those figures (to
caseworkers and administrators: igor_reader_agency() is set), and staff roles lose SELECT on the
views. app.services.cases.facts calls them on PostgreSQL and queries the views on SQLite.

Revision ID: d2_case_facts
Revises: d1_server_boundary
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d2_case_facts"
down_revision: str | None = "d1_server_boundary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALL_GROUPS = "igor_police, igor_social, igor_admins"
# Inside a SECURITY DEFINER function current_user is the owner: the caller is session_user.
CASEWORKER_OR_OWNER = """
    session_user = current_user
    OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user)
    OR EXISTS (SELECT 1 FROM staff_member s WHERE s.db_role = session_user
                AND s.revoked_at IS NULL AND (s.is_caseworker OR s.is_admin))"""

BODIES = {
    # The contact rule: reached contacts with the victim's party up to now ...
    "igor_fact_reached_count(p_party integer)": (
        "bigint",
        "SELECT count(*) FROM contact c WHERE c.party_id = p_party AND c.reached "
        "AND c.occurred_at <= now()",
    ),
    # ... and open assessments of the case saying contact endangers her.
    "igor_fact_endangering(p_case integer)": (
        "bigint",
        "SELECT count(*) FROM risk_assessment a WHERE a.case_id = p_case "
        "AND a.contact_endangers AND a.closed_at IS NULL",
    ),
    # The fatigue figure: reached contacts with the person in the 7 and 30 days before p_at.
    "igor_fact_person_counts(p_person integer, p_at timestamptz)": (
        "TABLE (last7 bigint, last30 bigint)",
        "SELECT count(*) FILTER (WHERE c.occurred_at > p_at - interval '7 days'), count(*) "
        "FROM contact c WHERE c.subject_person_id = p_person AND c.reached "
        "AND c.occurred_at > p_at - interval '30 days' AND c.occurred_at <= p_at",
    ),
    # The case list's "days since last contact".
    "igor_fact_last_contact(p_case integer)": (
        "timestamptz",
        "SELECT max(c.occurred_at) FROM contact c WHERE c.case_id = p_case",
    ),
    # How many contacts and assessments the case has in all (to say how many are hidden).
    "igor_fact_case_totals(p_case integer)": (
        "TABLE (contacts bigint, assessments bigint)",
        "SELECT (SELECT count(*) FROM contact c WHERE c.case_id = p_case), "
        "(SELECT count(*) FROM risk_assessment a WHERE a.case_id = p_case)",
    ),
    # The window of opportunity: each party's first reached contact.
    "igor_fact_first_reached(p_case integer)": (
        "TABLE (party_id integer, first_at timestamptz)",
        "SELECT c.party_id, min(c.occurred_at) FROM contact c "
        "WHERE c.case_id = p_case AND c.reached GROUP BY c.party_id",
    ),
}


def _types(signature: str) -> str:
    args = signature.split("(", 1)[1].rstrip(")")
    return "(" + ", ".join(a.split()[1] for a in args.split(", ")) + ")"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature, (returns, query) in BODIES.items():
        name = signature.split("(")[0]
        body = f"RETURN QUERY {query};" if returns.startswith("TABLE") else f"RETURN ({query});"
        op.execute(
            f"""
            CREATE FUNCTION {signature} RETURNS {returns}
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                IF NOT ({CASEWORKER_OR_OWNER}) THEN
                    RAISE EXCEPTION 'case figures are for caseworkers' USING ERRCODE = '42501';
                END IF;
                {body}
            END
            $fn$
            """
        )
        op.execute(f"REVOKE ALL ON FUNCTION {name}{_types(signature)} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {name}{_types(signature)} TO {ALL_GROUPS}")
    for view in ("contact_facts", "assessment_facts"):
        op.execute(f"REVOKE ALL ON {view} FROM {ALL_GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for view in ("contact_facts", "assessment_facts"):
        op.execute(f"GRANT SELECT ON {view} TO {ALL_GROUPS}")
    for signature in BODIES:
        name = signature.split("(")[0]
        op.execute(f"DROP FUNCTION IF EXISTS {name}{_types(signature)}")
