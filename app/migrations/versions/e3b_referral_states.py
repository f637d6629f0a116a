"""referrals track their answers: a state, its day, and the history of states (referral_step)

A referral moves drafted -> sent -> received -> accepted / declined (with reason) -> started ->
completed, or is withdrawn (app.services.cases.referrals.TRANSITIONS); each change is a
`referral_step` row (state, day, reason, who, when). Existing referrals: "completed" on their
outcome day when an outcome day was recorded (the old form's way of closing one), otherwise
"sent" on the day referred, each with its step. `case_party.rvt_status`/`rvc_status` are not
touched, so the statistics give the same figures before and after.

referral_step is not agency-owned (like referral): staff roles read and write it (a1's default
privileges); analysts get nothing (d4 grants them named tables only); staff roles cannot
TRUNCATE it (d1's default privileges).

Revision ID: e3b_referral_states
Revises: e3_consent_scope
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "e3b_referral_states"
down_revision: str | None = "e3_consent_scope"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATES = (
    "drafted",
    "sent",
    "received",
    "accepted",
    "declined",
    "started",
    "completed",
    "withdrawn",
)


def _state_column(name: str, table: str, **kw) -> sa.Column:
    return sa.Column(
        name,
        sa.Enum(
            *STATES,
            name=f"ck_{table}_{name}",
            native_enum=False,
            length=40,
            create_constraint=True,
        ),
        **kw,
    )


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild on SQLite); the CHECK on PostgreSQL only (SQLite
    # cannot add one to an existing table without rebuilding it).
    op.add_column(
        "referral",
        sa.Column("state", sa.String(length=40), nullable=False, server_default="sent"),
    )
    op.add_column("referral", sa.Column("state_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.create_check_constraint(
            "ck_referral_state",
            "referral",
            "state IN (" + ", ".join(f"'{x}'" for x in STATES) + ")",
        )
    op.create_table(
        "referral_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        _state_column("state", "referral_step", nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referral.id"],
            name=op.f("fk_referral_step_referral_id_referral"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["staff_member.id"],
            name=op.f("fk_referral_step_recorded_by_id_staff_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_step")),
    )
    op.create_index(
        op.f("ix_referral_step_referral_id"), "referral_step", ["referral_id"], unique=False
    )
    op.execute(
        "UPDATE referral SET state = CASE WHEN outcome_on IS NOT NULL THEN 'completed' "
        "ELSE 'sent' END, state_on = coalesce(outcome_on, referred_on)"
    )
    now = "now()" if op.get_bind().dialect.name == "postgresql" else "CURRENT_TIMESTAMP"
    op.execute(
        'INSERT INTO referral_step (referral_id, state, "on", recorded_by_id, recorded_at) '
        f"SELECT id, 'sent', referred_on, referred_by_id, {now} FROM referral"
    )
    op.execute(
        'INSERT INTO referral_step (referral_id, state, "on", recorded_by_id, recorded_at) '
        f"SELECT id, 'completed', outcome_on, NULL, {now} FROM referral "
        "WHERE outcome_on IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_referral_step_referral_id"), table_name="referral_step")
    op.drop_table("referral_step")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("ck_referral_state", "referral", type_="check")
    op.drop_column("referral", "state_on")
    op.drop_column("referral", "state")
