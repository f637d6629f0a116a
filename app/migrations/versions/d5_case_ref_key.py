"""one case per Excel reference however it is spelled: case_file.external_ref_key

Two imports of one case reference spelled differently ("RACE-1" and "race-1 ") could both
create a case, and every later import then failed. The import compares references normalised
(Unicode NFC, runs of white space as one space, stripped, casefolded: app.services.excel.sheet
.norm); this column stores that form and a unique index makes the database refuse a second case
with it, on both backends.

Existing rows are filled in here with the same normalisation (copied, so this file keeps working
whatever later happens to the service). If older data already holds two spellings of one
reference, the oldest case gets the key and the others keep NULL (the import continues the
oldest, as it now does for such data); nothing else changes.

Revision ID: d5_case_ref_key
Revises: d4_analyst_role
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "d5_case_ref_key"
down_revision: str | None = "d4_analyst_role"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _norm(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def upgrade() -> None:
    op.add_column("case_file", sa.Column("external_ref_key", sa.String(length=400), nullable=True))
    conn = op.get_bind()
    table = sa.table(
        "case_file",
        sa.column("id", sa.Integer),
        sa.column("external_ref", sa.String),
        sa.column("external_ref_key", sa.String),
    )
    seen: set[str] = set()
    rows = conn.execute(
        sa.select(table.c.id, table.c.external_ref)
        .where(table.c.external_ref.is_not(None))
        .order_by(table.c.id)
    ).all()
    for case_id, ref in rows:
        key = _norm(ref)
        if key in seen:
            continue
        seen.add(key)
        conn.execute(table.update().where(table.c.id == case_id).values(external_ref_key=key))
    op.create_index("ux_case_file_external_ref_key", "case_file", ["external_ref_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_case_file_external_ref_key", table_name="case_file")
    op.drop_column("case_file", "external_ref_key")
