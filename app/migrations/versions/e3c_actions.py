"""actions (bevakning): case_action, agency-owned, behind the same row policies as notes

An action of a case (what, owner, due day, done) is owned by the agency that made it; its title
can be secret, so the other agency reads it only under a consent in force in its direction that
covers journal notes (app.models.consent.SCOPE_OF). PostgreSQL: row-level security like a1 and
e3_consent_scope (read: own agency, or the other under consent; insert/update/delete: own agency
only; the migrating role keeps full access); staff roles get SELECT/INSERT/UPDATE/DELETE through
a1's default privileges and no TRUNCATE (d1); analysts get nothing (no grant, no policy).

Revision ID: e3c_actions
Revises: e3b_referral_states
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e3c_actions"
down_revision: str | None = "e3b_referral_states"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"


def upgrade() -> None:
    op.create_table(
        "case_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_by_id", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=40), nullable=True),
        sa.Column("rule", sa.String(length=80), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "owner_agency",
            sa.Enum(
                "police",
                "social",
                name="ck_case_action_owner_agency",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("subject_person_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
            name=op.f("fk_case_action_case_id_case_file"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff_member.id"], name=op.f("fk_case_action_owner_id_staff_member")
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"],
            ["staff_member.id"],
            name=op.f("fk_case_action_done_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_member.id"],
            name=op.f("fk_case_action_created_by_id_staff_member"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_person_id"],
            ["person.id"],
            name=op.f("fk_case_action_subject_person_id_person"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_action")),
        sa.UniqueConstraint("case_id", "owner_agency", "rule", name="uq_case_action_rule"),
    )
    for column in ("case_id", "owner_id", "due_on", "owner_agency", "subject_person_id"):
        op.create_index(op.f(f"ix_case_action_{column}"), "case_action", [column], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        _policies()


def _policies() -> None:
    table = "case_action"
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY igor_system ON {table} TO CURRENT_USER USING (true) WITH CHECK (true)"
    )
    op.execute(
        f"""
        CREATE POLICY igor_read ON {table} FOR SELECT TO {STAFF_GROUPS} USING (
            owner_agency = igor_reader_agency()
            OR (igor_reader_agency() IS NOT NULL AND subject_person_id IS NOT NULL
                AND EXISTS (SELECT 1 FROM consent c
                             WHERE c.person_id = {table}.subject_person_id
                               AND c.withdrawn_at IS NULL AND c.scope_note
                               AND c.valid_from <= igor_today()
                               AND (c.valid_until IS NULL OR c.valid_until >= igor_today())
                               AND CASE igor_reader_agency()
                                       WHEN 'police' THEN c.to_police
                                       WHEN 'social' THEN c.to_social
                                       ELSE false END)))
        """
    )
    op.execute(
        f"CREATE POLICY igor_insert ON {table} FOR INSERT TO {STAFF_GROUPS} "
        "WITH CHECK (owner_agency = igor_reader_agency())"
    )
    op.execute(
        f"CREATE POLICY igor_update ON {table} FOR UPDATE TO {STAFF_GROUPS} "
        "USING (owner_agency = igor_reader_agency()) "
        "WITH CHECK (owner_agency = igor_reader_agency())"
    )
    op.execute(
        f"CREATE POLICY igor_delete ON {table} FOR DELETE TO {STAFF_GROUPS} "
        "USING (owner_agency = igor_reader_agency())"
    )
    op.execute(f"REVOKE TRUNCATE ON {table} FROM {STAFF_GROUPS}")


def downgrade() -> None:
    for column in ("subject_person_id", "owner_agency", "due_on", "owner_id", "case_id"):
        op.drop_index(op.f(f"ix_case_action_{column}"), table_name="case_action")
    op.drop_table("case_action")
