"""calendar: iCalendar UID, edited occurrences, meeting-warning answer, held → contact

Adds to calendar_event: uid (unique, for .ics import without duplicates), series_id and
recurrence_id (one edited occurrence of a recurring series), risk_override_reason (the answer to
the victim/suspect meeting warning), rule_override_reason (the reason stated when the contact
rule warned about planning a talk with the suspect), contact_id (the contact recorded when the event was held),
and a partial index over recurring series (clash checks pre-filter series by their span).

Revision ID: b3_calendar
Revises: b2_case_file
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b3_calendar"
down_revision: str | None = "b2_case_file"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("calendar_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("series_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("recurrence_id", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("risk_override_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("rule_override_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("contact_id", sa.Integer(), nullable=True))
        batch_op.create_unique_constraint("uq_calendar_event_uid", ["uid"])
        batch_op.create_foreign_key(
            "fk_calendar_event_series_id_calendar_event",
            "calendar_event",
            ["series_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_foreign_key(
            "fk_calendar_event_contact_id_contact",
            "contact",
            ["contact_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index("ix_calendar_event_series_id", ["series_id"], unique=False)
    op.create_index(
        "ix_calendar_event_series",
        "calendar_event",
        ["starts_at", "recur_until"],
        unique=False,
        sqlite_where=sa.text("rrule IS NOT NULL"),
        postgresql_where=sa.text("rrule IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_calendar_event_series", table_name="calendar_event")
    with op.batch_alter_table("calendar_event", schema=None) as batch_op:
        batch_op.drop_index("ix_calendar_event_series_id")
        batch_op.drop_constraint("fk_calendar_event_contact_id_contact", type_="foreignkey")
        batch_op.drop_constraint("fk_calendar_event_series_id_calendar_event", type_="foreignkey")
        batch_op.drop_constraint("uq_calendar_event_uid", type_="unique")
        batch_op.drop_column("contact_id")
        batch_op.drop_column("rule_override_reason")
        batch_op.drop_column("risk_override_reason")
        batch_op.drop_column("recurrence_id")
        batch_op.drop_column("series_id")
        batch_op.drop_column("uid")
