"""case number counter

Allocating IGOR-YYYY-NNNN numbers by "max + 1" races between workstations; a counter row per
year, incremented inside the creating transaction, does not. The counters start from the case
numbers already in the database.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 01:48:47
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    counter = op.create_table(
        "case_number_counter",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_case_number_counter")),
    )
    conn = op.get_bind()
    highest: dict[int, int] = {}
    for (number,) in conn.execute(sa.text("SELECT case_number FROM case_file")):
        parts = number.split("-")
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            year, serial = int(parts[1]), int(parts[2])
            highest[year] = max(highest.get(year, 0), serial)
    if highest:
        op.bulk_insert(counter, [{"year": y, "last_serial": s} for y, s in sorted(highest.items())])


def downgrade() -> None:
    op.drop_table("case_number_counter")
