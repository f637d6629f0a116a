"""staff contact fields (title, phone, e-mail): who may write them, on the server too

A staff member keeps their own title, phone and e-mail up to date (letters print the sender's);
a lead (administrator) keeps anyone's. Staff login roles may not UPDATE staff_member (a1: only
igor_admins may), so the checked SECURITY DEFINER function `igor_staff_contact` writes exactly
these three columns for the caller's own profile, or for anyone when the caller is an active
administrator, checks the lengths, bumps the version under the compared one, and appends the
audit entry in the caller's name (field names only, never values). PostgreSQL only; SQLite
has no roles (the service checks the same rule).

Revision ID: e5_staff_contact
Revises: d7_consent_who
"""

from collections.abc import Sequence

from alembic import op

revision: str = "e5_staff_contact"
down_revision: str | None = "e2b_team_boundary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social, igor_admins"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION igor_staff_contact(p_staff integer, p_os text, p_ws text,
                                           p_target integer, p_version integer,
                                           p_title text, p_phone text, p_email text)
        RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp AS $$
        DECLARE v_staff integer; v_version integer;
        BEGIN
            v_staff := igor_caller_id(p_staff);
            IF v_staff IS DISTINCT FROM p_target AND NOT EXISTS (
                SELECT 1 FROM staff_member s
                 WHERE s.id = v_staff AND s.revoked_at IS NULL AND s.is_admin) THEN
                RAISE EXCEPTION 'only the person or a lead may change contact details'
                    USING ERRCODE = '42501';
            END IF;
            IF NOT igor_staff_in_team(p_target) THEN  -- e2_teams: a lead leads their own team
                RAISE EXCEPTION 'not a staff member of your team' USING ERRCODE = '42501';
            END IF;
            IF length(p_title) > 200 OR length(p_phone) > 40 OR length(p_email) > 200 THEN
                RAISE EXCEPTION 'contact details too long' USING ERRCODE = '22023';
            END IF;
            UPDATE staff_member
               SET title = NULLIF(btrim(p_title), ''), phone = NULLIF(btrim(p_phone), ''),
                   email = NULLIF(btrim(p_email), ''), version = version + 1,
                   updated_at = now(), updated_by_id = v_staff
             WHERE id = p_target AND version = p_version
            RETURNING version INTO v_version;
            IF v_version IS NULL THEN
                RAISE EXCEPTION 'profile changed meanwhile' USING ERRCODE = 'IG001';
            END IF;
            PERFORM igor_audit_append(v_staff, p_os, p_ws, 'staff_contact_changed',
                'staff_member', p_target, NULL, '{"fields": ["email", "phone", "title"]}');
            RETURN v_version;
        END $$
        """
    )
    op.execute(
        "REVOKE ALL ON FUNCTION igor_staff_contact(integer, text, text, integer, integer, "
        "text, text, text) FROM PUBLIC"
    )
    op.execute(
        "GRANT EXECUTE ON FUNCTION igor_staff_contact(integer, text, text, integer, integer, "
        f"text, text, text) TO {STAFF_GROUPS}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "DROP FUNCTION igor_staff_contact(integer, text, text, integer, integer, text, text, text)"
    )
