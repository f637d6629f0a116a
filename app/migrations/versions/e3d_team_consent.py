"""teams × consent scope and actions: the tables and the function of e3 keep to one team

`e3_consent_scope` … `e3c_actions` (issue 18) and `e2_teams` (issue 16) were built side by side:

- `igor_consent_record` was replaced by e3 with the scope arguments and lost e2's check that
  the person belongs to the caller's team; it is given back here;
- `referral_step` and `case_action` get the restrictive team policy every other table with
  personal data has (tests/core/test_teams.py finds a table without one from the catalog).

Revision ID: e3d_team_consent
Revises: e3c_actions
"""

from collections.abc import Sequence

from alembic import op

from app.migrations import earlier

revision: str = "e3d_team_consent"
down_revision: str | None = "e3c_actions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GROUPS = "igor_police, igor_social, igor_admins, igor_analysts"
TEAM = "(SELECT igor_reader_team())"
RULES = {
    "case_action": (
        f"EXISTS (SELECT 1 FROM case_file tp WHERE tp.id = case_action.case_id "
        f"AND tp.team_id = {TEAM})"
    ),
    "referral_step": (
        "EXISTS (SELECT 1 FROM referral r JOIN case_file tp ON tp.id = r.case_id "
        f"WHERE r.id = referral_step.referral_id AND tp.team_id = {TEAM})"
    ),
}
TEAM_CHECK = """IF NOT igor_person_in_team(p_person) THEN
            RAISE EXCEPTION 'not a person of your team' USING ERRCODE = '42501';
        END IF;
        IF p_given IS NULL"""


def _record(team: bool) -> str:
    sql = earlier.revision("e3_consent_scope").RECORD.replace(
        "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
    )
    if team:
        assert "IF p_given IS NULL" in sql
        sql = sql.replace("IF p_given IS NULL", TEAM_CHECK, 1)
    return sql


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_record(team=True))
    bind = op.get_bind()
    for table, rule in RULES.items():
        secured = bind.exec_driver_sql(
            f"SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('{table}')"
        ).scalar()
        if not secured:  # as e2_teams: the grants decide, the team policy restricts
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(
                f"CREATE POLICY igor_team_open ON {table} AS PERMISSIVE FOR ALL TO {GROUPS} "
                "USING (true) WITH CHECK (true)"
            )
        op.execute(
            f"CREATE POLICY igor_team ON {table} AS RESTRICTIVE FOR ALL TO {GROUPS} "
            f"USING ({rule}) WITH CHECK ({rule})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in RULES:
        op.execute(f"DROP POLICY igor_team ON {table}")
    op.execute("DROP POLICY igor_team_open ON referral_step")
    op.execute("ALTER TABLE referral_step DISABLE ROW LEVEL SECURITY")
    op.execute(_record(team=False))
