"""statistics speed: a covering index on case_party in (person, role) order

`igor-desk stats` groups the case parties per person and role (app/services/statistics/figures.py,
`_per_person`). With the parties read in that order from this index SQLite streams the groups
instead of sorting every party of the period, and never reads a case_party table row (the
index holds the statuses the figures need; the rowid/ctid gives the party id).

Revision ID: b9_stats_perf
Revises: b6_excel_import
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b9_stats_perf"
down_revision: str | None = "b6_excel_import"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["person_id", "role", "case_id", "rvt_status", "rvc_status"]


def upgrade() -> None:
    op.create_index("ix_case_party_stats_person", "case_party", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_case_party_stats_person", table_name="case_party")
