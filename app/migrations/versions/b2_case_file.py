"""count-only views over contacts and risk assessments (contact rule, fatigue, window)

`contact_facts` and `assessment_facts` expose the non-content columns of `contact` and
`risk_assessment` so the contact rule, the fatigue figure and the window of opportunity can
count the other agency's records (allowed: numbers, never content; docs/secrecy.md). In
PostgreSQL the views run with the owner's rights, so row-level security does not hide the other
agency's rows from them; staff roles get SELECT only (a simple view is otherwise updatable,
which would let a staff role change the other agency's rows through it).

Revision ID: b2_case_file
Revises: b1_case_list
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b2_case_file"
down_revision: str | None = "b1_case_list"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTACT_COLUMNS = (
    "id, case_id, party_id, subject_person_id, owner_agency, occurred_at, channel, reached"
)
ASSESSMENT_COLUMNS = (
    "id, case_id, party_id, subject_person_id, owner_agency, instrument, level, assessed_on, "
    "contact_endangers, reassess_on, closed_at"
)
VIEWS = {
    "contact_facts": f"SELECT {CONTACT_COLUMNS} FROM contact",
    "assessment_facts": f"SELECT {ASSESSMENT_COLUMNS} FROM risk_assessment",
}


def upgrade() -> None:
    pg = op.get_bind().dialect.name == "postgresql"
    for name, query in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {query}")
        if pg:
            op.execute(f"REVOKE ALL ON {name} FROM PUBLIC")
            op.execute(f"REVOKE ALL ON {name} FROM igor_police, igor_social, igor_admins")
            op.execute(f"GRANT SELECT ON {name} TO igor_police, igor_social, igor_admins")


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
