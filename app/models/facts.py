"""Read-only "facts" views over the agency-owned tables: the columns that may be COUNTED across
agencies (docs/secrecy.md), never the content columns (note, held_as, override reason, text).

Why views: in PostgreSQL mode row-level security hides the other agency's rows from a staff
login even for `count(*)`, yet the contact rule ("an open assessment says contacting him
endangers her"), the fatigue figure and the window of opportunity must count them. The views
run with their owner's rights (the migrating role), expose no content column, and staff roles
may only SELECT them (migration b2_case_file). In SQLite mode they are plain views.

They live on their own MetaData so `Base.metadata` (and Alembic's comparison) never sees them.
Query them with Core statements only; the ORM secrecy hook does not (and must not) filter them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, MetaData, String, Table

facts_metadata = MetaData()

contact_facts = Table(
    "contact_facts",
    facts_metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer),
    Column("party_id", Integer),
    Column("subject_person_id", Integer),
    Column("owner_agency", String(40)),
    Column("occurred_at", DateTime(timezone=True)),
    Column("channel", String(40)),
    Column("reached", Boolean),
)

assessment_facts = Table(
    "assessment_facts",
    facts_metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", Integer),
    Column("party_id", Integer),
    Column("subject_person_id", Integer),
    Column("owner_agency", String(40)),
    Column("instrument", String(40)),
    Column("level", String(40)),
    Column("assessed_on", Date),
    Column("contact_endangers", Boolean),
    Column("reassess_on", Date),
    Column("closed_at", DateTime(timezone=True)),
)

CONTACT_FACT_COLUMNS = tuple(c.name for c in contact_facts.columns)
ASSESSMENT_FACT_COLUMNS = tuple(c.name for c in assessment_facts.columns)
