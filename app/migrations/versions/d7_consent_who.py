"""the server's consent functions say who saved the consent, as the edit path does

`igor_consent_record` and `igor_consent_withdraw` (d1_server_boundary) wrote the consent without
`updated_by_id` (added by d6_updated_by after them), so a refused stale withdrawal on PostgreSQL
could not name who changed the consent; and the withdrawal's audit entry lacked the changed
field names that the edit path writes on SQLite. Both functions are replaced (same signature,
owner and grants); PostgreSQL only.

Revision ID: d7_consent_who
Revises: d6_updated_by
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d7_consent_who"
down_revision: str | None = "d6_updated_by"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CASEWORKER = """
            v_staff := igor_caller_id(p_staff);
            IF NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.id = v_staff
                            AND s.revoked_at IS NULL AND (s.is_caseworker OR s.is_admin)) THEN
                RAISE EXCEPTION 'only caseworkers may record consents' USING ERRCODE = '42501';
            END IF;
"""


def _record(who: bool) -> str:
    columns = ", updated_by_id" if who else ""
    values = ", v_staff" if who else ""
    return f"""
        CREATE OR REPLACE FUNCTION igor_consent_record(p_staff integer, p_os text, p_ws text,
                                            p_person integer, p_case integer, p_given date,
                                            p_method text, p_note text)
        RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_id integer;
        BEGIN
            {CASEWORKER}
            IF p_given IS NULL OR p_given > (now() AT TIME ZONE 'Europe/Stockholm')::date
               OR p_method NOT IN ('signed', 'verbal') OR length(p_note) > 2000 THEN
                RAISE EXCEPTION 'invalid consent' USING ERRCODE = '22023';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM person WHERE id = p_person) OR (
                p_case IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM case_party WHERE case_id = p_case AND person_id = p_person)) THEN
                RAISE EXCEPTION 'the person is not a party of the case' USING ERRCODE = '22023';
            END IF;
            INSERT INTO consent (person_id, case_id, given_on, method, recorded_by_id,
                                 recorded_at, note, version, updated_at{columns})
            VALUES (p_person, p_case, p_given, p_method, v_staff, now(), p_note, 1, now(){values})
            RETURNING id INTO v_id;
            PERFORM igor_audit_append(v_staff, p_os, p_ws, 'consent_recorded', 'consent', v_id,
                p_case, '{{"method": ' || to_json(p_method)::text || ', "person_id": '
                || p_person || '}}');
            RETURN v_id;
        END $$
    """


def _withdraw(who: bool) -> str:
    setting = ", updated_by_id = v_staff" if who else ""
    fields = ', "fields": ["withdrawn_at", "withdrawn_by_id"]' if who else ""
    return f"""
        CREATE OR REPLACE FUNCTION igor_consent_withdraw(p_staff integer, p_os text, p_ws text,
                                              p_id integer, p_version integer, p_at timestamptz)
        RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_person integer; v_case integer; v_method text;
        BEGIN
            {CASEWORKER}
            IF p_at IS NULL OR p_at > now() + interval '10 minutes' THEN
                RAISE EXCEPTION 'invalid withdrawal time' USING ERRCODE = '22023';
            END IF;
            UPDATE consent SET withdrawn_at = p_at, withdrawn_by_id = v_staff,
                               version = version + 1, updated_at = now(){setting}
             WHERE id = p_id AND version = p_version AND withdrawn_at IS NULL
            RETURNING person_id, case_id, method INTO v_person, v_case, v_method;
            IF v_person IS NULL THEN
                RAISE EXCEPTION 'consent changed or withdrawn meanwhile' USING ERRCODE = 'IG001';
            END IF;
            PERFORM igor_audit_append(v_staff, p_os, p_ws, 'consent_withdrawn', 'consent', p_id,
                v_case, '{{"method": ' || to_json(v_method)::text || ', "person_id": '
                || v_person || '{fields}}}');
        END $$
    """


def _replace(who: bool) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_record(who))
    op.execute(_withdraw(who))


def upgrade() -> None:
    _replace(who=True)


def downgrade() -> None:
    _replace(who=False)
