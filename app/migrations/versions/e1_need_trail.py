"""the server records every change by a login that opens protected identity to someone

The need-to-know rule (app.services.core.protection; on PostgreSQL migrations
d1_server_boundary and e1_protected_columns) is decided from ordinary columns a caseworker role
may write: who is assigned to a case, who takes part in an event, who requested or crews a
transport, which case an event or transport belongs to, whether a person or child is protected
and who is a party of a case. The program writes such changes with an audit entry ("assigning
oneself to the case is an audited edit, so the route to the address leaves a trace"); with psql
a colleague could make the same change without one and then read the protected address, phone,
place or pickup.

These AFTER triggers write, on the server and in the same transaction, an audit entry
`protected_access_changed` in the login's own name (igor_audit_append, so the chain stays whole)
whenever a staff login — not the database owner's own connection — changes one of those inputs
for a case that concerns a protected person (or lifts a protection). Details name the table and
the column only. The program's own edits get this entry as well as their own.

Revision ID: e1_need_trail
Revises: e1_stat_small_groups
"""

from collections.abc import Sequence

from alembic import op

revision: str = "e1_need_trail"
down_revision: str | None = "e1_stat_small_groups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTION = "protected_access_changed"
# table -> the changes that may open protected identity to someone (the function decides)
TRIGGERS = {
    "case_file": "AFTER UPDATE OF assigned_police_id, assigned_social_id",
    "event_staff": "AFTER INSERT OR UPDATE OR DELETE",
    "transport_crew": "AFTER INSERT OR UPDATE OR DELETE",
    "calendar_event": "AFTER UPDATE OF case_id",
    "transport": "AFTER UPDATE OF case_id, requested_by_id",
    "person": "AFTER UPDATE OF protection",
    "child": "AFTER UPDATE OF protection, case_id",
    "case_party": "AFTER UPDATE OF person_id, case_id OR DELETE",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        CREATE FUNCTION igor_need_trail() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
        DECLARE v_case integer; v_rtype text; v_rid bigint; v_matters boolean := false;
        BEGIN
            IF igor_owner_session() THEN
                RETURN NULL;
            END IF;
            IF TG_TABLE_NAME = 'case_file' THEN
                IF NEW.assigned_police_id IS DISTINCT FROM OLD.assigned_police_id
                   OR NEW.assigned_social_id IS DISTINCT FROM OLD.assigned_social_id THEN
                    v_case := NEW.id; v_rtype := 'case'; v_rid := NEW.id;
                    v_matters := igor_case_is_protected(v_case);
                END IF;
            ELSIF TG_TABLE_NAME = 'event_staff' THEN
                v_rtype := 'event';
                v_rid := CASE WHEN TG_OP = 'DELETE' THEN OLD.event_id ELSE NEW.event_id END;
                SELECT e.case_id INTO v_case FROM calendar_event e WHERE e.id = v_rid;
                v_matters := v_case IS NOT NULL AND igor_case_is_protected(v_case);
            ELSIF TG_TABLE_NAME = 'transport_crew' THEN
                v_rtype := 'transport';
                v_rid := CASE WHEN TG_OP = 'DELETE' THEN OLD.transport_id
                              ELSE NEW.transport_id END;
                SELECT t.case_id INTO v_case FROM transport t WHERE t.id = v_rid;
                v_matters := v_case IS NOT NULL AND igor_case_is_protected(v_case);
            ELSIF TG_TABLE_NAME = 'calendar_event' THEN
                IF NEW.case_id IS DISTINCT FROM OLD.case_id AND OLD.case_id IS NOT NULL THEN
                    v_case := OLD.case_id; v_rtype := 'event'; v_rid := NEW.id;
                    v_matters := igor_case_is_protected(v_case);
                END IF;
            ELSIF TG_TABLE_NAME = 'transport' THEN
                IF NEW.case_id IS DISTINCT FROM OLD.case_id
                   OR NEW.requested_by_id IS DISTINCT FROM OLD.requested_by_id THEN
                    v_case := OLD.case_id; v_rtype := 'transport'; v_rid := NEW.id;
                    v_matters := igor_case_is_protected(OLD.case_id)
                                 OR igor_case_is_protected(NEW.case_id);
                END IF;
            ELSIF TG_TABLE_NAME = 'person' THEN
                IF OLD.protection::text <> 'none'
                   AND NEW.protection IS DISTINCT FROM OLD.protection THEN
                    v_rtype := 'person'; v_rid := NEW.id; v_matters := true;
                    SELECT min(cp.case_id) INTO v_case FROM case_party cp
                     WHERE cp.person_id = NEW.id;
                END IF;
            ELSIF TG_TABLE_NAME = 'child' THEN
                IF OLD.protection::text <> 'none' AND (
                   NEW.protection IS DISTINCT FROM OLD.protection
                   OR NEW.case_id IS DISTINCT FROM OLD.case_id) THEN
                    v_case := OLD.case_id; v_rtype := 'child'; v_rid := NEW.id;
                    v_matters := true;
                END IF;
            ELSIF TG_TABLE_NAME = 'case_party' THEN
                IF TG_OP = 'DELETE' OR NEW.person_id IS DISTINCT FROM OLD.person_id
                   OR NEW.case_id IS DISTINCT FROM OLD.case_id THEN
                    v_case := OLD.case_id; v_rtype := 'case'; v_rid := OLD.case_id;
                    v_matters := EXISTS (SELECT 1 FROM person p WHERE p.id = OLD.person_id
                                          AND p.protection::text <> 'none');
                END IF;
            END IF;
            IF v_matters THEN
                PERFORM igor_audit_append(NULL, NULL, NULL, '{ACTION}', v_rtype, v_rid,
                    v_case, '{{"table": ' || to_json(TG_TABLE_NAME::text)::text
                    || ', "operation": ' || to_json(lower(TG_OP))::text || '}}');
            END IF;
            RETURN NULL;
        END $fn$
        """
    )
    op.execute("REVOKE ALL ON FUNCTION igor_need_trail() FROM PUBLIC")
    for table, when in TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER igor_need_trail {when} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION igor_need_trail()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS igor_need_trail ON {table}")
    op.execute("DROP FUNCTION IF EXISTS igor_need_trail()")
