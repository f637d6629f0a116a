"""the server announces every committed change: LISTEN/NOTIFY on the channel igor_changes

A statement-level trigger on each table a view shows sends, through `pg_notify`, one
notification per statement on the channel `igor_changes`: the table, the kind (insert, update,
delete) and up to MAX_ROWS pairs [id, case id] — never a column's content. With more rows (an
import, retention) the ids are left out ("something in this table changed"). The server raises
them, so a write through `psql` or one of the SECURITY DEFINER functions is announced exactly as
one of the program's own; NOTIFY is transactional, so nothing is announced for a rolled-back
write, and everything only once the transaction has committed.

What a login role can do with the channel (PostgreSQL has no privilege on LISTEN or NOTIFY):
- LISTEN igor_changes: it learns which rows of which tables changed, by id, and when; nothing of
  their content, and reading a row still goes through row-level security.
- NOTIFY igor_changes, '…' (spoofing): other workstations read the rows named again, through the
  usual secrecy; the payload is parsed strictly (known tables and kinds, integers only) and shows
  nothing by itself ("Ändrat av … kl. …" is read from the row's updated_by_id/updated_at, never
  taken from a notification). At worst a flood makes them reload (coalesced, see
  app/database/listener.py). docs/secrecy.md "Change notifications".

PostgreSQL only; audit and disclosure tables (the trail) and the derived statistics tables stay
quiet, as in the application's own change notice (app/database/changes.py QUIET_TABLES).

Revision ID: e6_change_notify
Revises: d7_consent_who
"""

from collections.abc import Sequence

from alembic import op

revision: str = "e6_change_notify"
down_revision: str | None = "e3d_team_consent"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "igor_changes"
MAX_ROWS = 50
# The tables views show (app/ui/changes.py): a change in one reaches every workstation.
TABLES = (
    "case_file",
    "case_party",
    "child",
    "police_report",
    "contact",
    "note",
    "letter",
    "risk_assessment",
    "person",
    "address",
    "referral",
    "consent",
    "calendar_event",
    "event_staff",
    "event_resource",
    "event_party",
    "transport",
    "transport_crew",
    "resource",
    "staff_member",
    "setting",
)
KINDS = (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))

FUNCTION = f"""
CREATE OR REPLACE FUNCTION igor_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    v_rows json;
    v_count bigint;
BEGIN
    SELECT count(*), json_agg(json_build_array(
               (to_jsonb(r) ->> 'id')::bigint,
               CASE WHEN TG_TABLE_NAME = 'case_file' THEN (to_jsonb(r) ->> 'id')::bigint
                    ELSE (to_jsonb(r) ->> 'case_id')::bigint END))
      INTO v_count, v_rows
      FROM (SELECT * FROM igor_changed_rows LIMIT {MAX_ROWS + 1}) r;
    IF v_count = 0 THEN
        RETURN NULL;
    END IF;
    IF v_count > {MAX_ROWS} THEN
        v_rows := NULL;  -- many rows: the table only
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        't', TG_TABLE_NAME, 'k', lower(TG_OP), 'r', v_rows)::text);
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION igor_notify_change() FROM PUBLIC;
"""


def _trigger(table: str, op_name: str) -> str:
    return f"igor_notify_{table}_{op_name.lower()}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table in TABLES:
        for op_name, side in KINDS:
            op.execute(
                f"CREATE TRIGGER {_trigger(table, op_name)} AFTER {op_name} ON {table} "
                f"REFERENCING {side} TABLE AS igor_changed_rows "
                "FOR EACH STATEMENT EXECUTE FUNCTION igor_notify_change()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        for op_name, _side in KINDS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table, op_name)} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS igor_notify_change()")
