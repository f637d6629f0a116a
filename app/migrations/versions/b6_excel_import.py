"""contact.import_key for idempotent Excel imports; PostgreSQL policy for team-sheet imports

`import_key` identifies a contact that came from the team's Excel sheet (case id, role, date,
type, agency, talk kinds and the occurrence number among identical rows), so importing the same
sheet again adds nothing (INSERT … ON CONFLICT DO NOTHING on the unique index). NULL for contacts
recorded in the program.

PostgreSQL: a lead/administrator imports the whole team sheet, including the other agency's
contacts. Those rows carry only the columns statistics may count across agencies (date, channel,
reached, talk kinds) — never note, held_as or rule_override_reason — and must have an import key.
The policy lets members of igor_admins insert such rows only; reading, changing and deleting
stay as in a1 (owning agency only, reading under consent). `(SELECT igor_reader_agency())` is
evaluated once per statement, not once per row.

Revision ID: b6_excel_import
Revises: b5_statistics
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b6_excel_import"
down_revision: str | None = "b5_statistics"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("import_key", sa.String(length=80), nullable=True))
    op.create_index("uq_contact_import_key", "contact", ["import_key"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE POLICY igor_import ON contact FOR INSERT TO igor_admins WITH CHECK ("
            "import_key IS NOT NULL AND note IS NULL AND held_as IS NULL "
            "AND rule_override_reason IS NULL AND (SELECT igor_reader_agency()) IS NOT NULL)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS igor_import ON contact")
    op.drop_index("uq_contact_import_key", table_name="contact")
    with op.batch_alter_table("contact") as batch_op:
        batch_op.drop_column("import_key")
