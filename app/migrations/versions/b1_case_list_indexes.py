"""case list indexes

The case list (app/services/cases/case_list.py) sorts by opening date within a status or an assigned
person, and searches names by prefix in a byte-ordered collation:

- case_file (status, opened_on, id), (assigned_police_id, opened_on, id),
  (assigned_social_id, opened_on, id): the first page of "open cases, newest first" and
  "my cases" is read from the index instead of sorting tens of thousands of rows.
- case_party (person_id, case_id): the search finds the cases of the matching people from the
  index alone (no table row per person). It replaces ix_case_party_person_id (same leading
  column), which SQLite would otherwise pick and then read every party row.
- PostgreSQL: lower(first_name|last_name) COLLATE "C" on person. The name search compares
  ranges in the C collation (prefix match that is exact in every database locale); the existing
  lower() indexes use the database collation and serve SQLite, whose comparison is bytewise.

Revision ID: b1_case_list
Revises: a1
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b1_case_list"
down_revision: str | None = "a1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CASE_INDEXES = {
    "ix_case_file_status_opened": ["status", "opened_on", "id"],
    "ix_case_file_police_opened": ["assigned_police_id", "opened_on", "id"],
    "ix_case_file_social_opened": ["assigned_social_id", "opened_on", "id"],
}


def upgrade() -> None:
    for name, columns in CASE_INDEXES.items():
        op.create_index(name, "case_file", columns)
    op.create_index("ix_case_party_person_case", "case_party", ["person_id", "case_id"])
    op.drop_index("ix_case_party_person_id", table_name="case_party")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            'CREATE INDEX ix_person_last_name_lower_c ON person ((lower(last_name) COLLATE "C"))'
        )
        op.execute(
            'CREATE INDEX ix_person_first_name_lower_c ON person ((lower(first_name) COLLATE "C"))'
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_person_first_name_lower_c")
        op.execute("DROP INDEX IF EXISTS ix_person_last_name_lower_c")
    op.create_index("ix_case_party_person_id", "case_party", ["person_id"])
    op.drop_index("ix_case_party_person_case", table_name="case_party")
    for name in CASE_INDEXES:
        op.drop_index(name, table_name="case_file")
