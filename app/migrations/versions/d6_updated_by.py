"""one edit path: every versioned row says who saved its current version

`updated_by_id` (a staff id, no foreign key) on every table with the Versioned mixin that did not
have it yet (case_file had one already). The edit path (app/services/core/editing.py) names
this person and the row's `updated_at` when it refuses a stale save. Nullable, no default: old
rows say "okänd" until they are next saved.

`case_party` becomes versioned (version, updated_at, updated_by_id): the Lotsning tab saves a
party's RVT/RVC status on its own and must be refused when the party changed since it was shown.

Revision ID: d6_updated_by
Revises: d5_case_ref_key
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "d6_updated_by"
down_revision: str | None = "d5_case_ref_key"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "person",
    "calendar_event",
    "consent",
    "contact",
    "note",
    "referral",
    "risk_assessment",
    "staff_member",
    "transport",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("updated_by_id", sa.Integer(), nullable=True))
    pg = op.get_bind().dialect.name == "postgresql"
    # SQLite cannot add a NOT NULL column with a non-constant default: the upgrade's own time.
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    op.add_column(
        "case_party", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )
    op.add_column(
        "case_party",
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            nullable=False,
            server_default=sa.text("now()") if pg else stamp,
        ),
    )
    op.add_column("case_party", sa.Column("updated_by_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+ and PostgreSQL): no table rebuild, so the triggers of
    # c1_stat_summaries on contact stay in place for its own downgrade.
    for column in ("updated_by_id", "updated_at", "version"):
        op.drop_column("case_party", column)
    for table in TABLES:
        op.drop_column(table, "updated_by_id")
