"""transports: the answer to the victim/suspect meeting warning

Adds transport.risk_override_reason: when planning a transport would put the victim and the
suspect of a case at the same place at the same time, the plan is saved only with an answer
(why it is planned so anyway), kept here like calendar_event.risk_override_reason.

Revision ID: b4_transports
Revises: b3_calendar
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "b4_transports"
down_revision: str | None = "b3_calendar"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("transport", schema=None) as batch_op:
        batch_op.add_column(sa.Column("risk_override_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("transport", schema=None) as batch_op:
        batch_op.drop_column("risk_override_reason")
