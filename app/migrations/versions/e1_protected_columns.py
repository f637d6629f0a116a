"""protected identity in the database: phone, meeting place, transport addresses by need to know

Migration d1_server_boundary put addresses under row-level security; a protected person's phone
(`person.phone`), the place of an event of a protected case (`calendar_event.place`) and the
pickup and destination of a transport of a protected case (`transport.pickup`,
`transport.destination`) were still readable by every caseworker login with psql (issue 14).
Columns cannot be hidden per row by row-level security, so on PostgreSQL:

- the staff group roles lose SELECT on those four columns, and on the free-text fields the
  program withholds with them (an event's notes, a transport's contact phone and notes) (they keep SELECT on every other
  column, and INSERT/UPDATE as before: the program writes them as the same roles);
- `igor_person_phone(id)`, `igor_event_place(id)`, `igor_event_notes(id)`,
  `igor_transport_pickup(id)`, `igor_transport_destination(id)`,
  `igor_transport_contact_phone(id)` and `igor_transport_notes(id)` (SECURITY DEFINER) return the value only to whoever has need
  to know under the rule of app.services.core.protection: the case's assigned police officer and
  social worker; for an event also its staff; for a transport also its requester and crew;
  nobody else (NULL). A value that concerns no protected person is returned to every staff role;
  the database owner's own connection (system tasks) gets every value. The program reads the
  columns through these functions on PostgreSQL (app.models.protected.ProtectedString);
- the two comparisons the program makes on places it may not show — the meeting-risk check (a
  victim's booking at the place the suspect is booked) and the transport safety check (a pickup
  at the suspect's address) — are answered by `igor_place_matches` and
  `igor_pickup_matches`, which say which of the caller's own keys match, never the place.

SQLite keeps the service-level rule (protection.py). A column later added to these three tables
must be granted to the staff groups explicitly (column privileges; see docs/secrecy.md).

Revision ID: e1_protected_columns
Revises: d7_consent_who
"""

from collections.abc import Sequence

from alembic import op

revision: str = "e1_protected_columns"
down_revision: str | None = "d7_consent_who"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"
PROTECTED_COLUMNS = {
    "person": ("phone",),
    "calendar_event": ("place", "notes"),
    "transport": ("pickup", "destination", "contact_phone", "notes"),
}
HELPERS = (
    "igor_owner_session()",
    "igor_need_caller()",
    "igor_case_is_protected(integer)",
    "igor_assigned(integer, integer)",
    "igor_place_key_set(text)",
    "igor_address_tokens(text)",
)
READERS = (
    "igor_person_phone(integer)",
    "igor_event_place(integer)",
    "igor_event_notes(integer)",
    "igor_transport_pickup(integer)",
    "igor_transport_destination(integer)",
    "igor_transport_contact_phone(integer)",
    "igor_transport_notes(integer)",
    "igor_place_matches(text, integer[], text[])",
    "igor_pickup_matches(integer[], text[])",
)
DEFINER = "STABLE SECURITY DEFINER SET search_path = public, pg_temp"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _helpers()
    _readers()
    _matchers()
    for fn in HELPERS + READERS:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for fn in READERS:
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {STAFF_GROUPS}")
    for table, hidden in PROTECTED_COLUMNS.items():
        _column_grants(table, hidden)


def _column_grants(table: str, hidden: tuple[str, ...]) -> None:
    """SELECT on every column but the hidden ones, for each group that could read the table."""
    excluded = ", ".join(f"'{c}'" for c in hidden)
    op.execute(
        f"""
        DO $$ DECLARE g text; cols text; BEGIN
            SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
              FROM information_schema.columns
             WHERE table_schema = 'public' AND table_name = '{table}'
               AND column_name NOT IN ({excluded});
            FOREACH g IN ARRAY ARRAY['igor_police', 'igor_social', 'igor_admins'] LOOP
                IF has_table_privilege(g, 'public.{table}', 'SELECT') THEN
                    EXECUTE format('REVOKE SELECT ON public.{table} FROM %I', g);
                    EXECUTE format('GRANT SELECT (%s) ON public.{table} TO %I', cols, g);
                END IF;
            END LOOP;
        END $$
        """
    )


def _helpers() -> None:
    # The database owner's own connection (migrations, system tasks, the test harness).
    op.execute(
        f"""
        CREATE FUNCTION igor_owner_session() RETURNS boolean LANGUAGE sql {DEFINER} AS $$
            SELECT session_user = current_user
                OR coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
        $$
        """
    )
    # The staff id of the login if it can have need to know at all (active caseworker or
    # administrator; analysts never), else NULL.
    op.execute(
        f"""
        CREATE FUNCTION igor_need_caller() RETURNS integer LANGUAGE sql {DEFINER} AS $$
            SELECT s.id FROM staff_member s
             WHERE s.db_role = session_user AND s.revoked_at IS NULL
               AND (s.is_caseworker OR s.is_admin)
        $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_case_is_protected(p_case integer) RETURNS boolean
        LANGUAGE sql {DEFINER} AS $$
            SELECT EXISTS (SELECT 1 FROM case_party cp JOIN person p ON p.id = cp.person_id
                            WHERE cp.case_id = p_case AND p.protection <> 'none')
                OR EXISTS (SELECT 1 FROM child c
                            WHERE c.case_id = p_case AND c.protection <> 'none')
        $$
        """
    )
    op.execute(
        f"""
        CREATE FUNCTION igor_assigned(p_case integer, p_staff integer) RETURNS boolean
        LANGUAGE sql {DEFINER} AS $$
            SELECT p_staff IS NOT NULL AND EXISTS (
                SELECT 1 FROM case_file cf WHERE cf.id = p_case
                   AND p_staff IN (cf.assigned_police_id, cf.assigned_social_id))
        $$
        """
    )
    # app.services.scheduling.clashes.place_keys: comma-separated parts, case-folded, white
    # space collapsed.
    op.execute(
        """
        CREATE FUNCTION igor_place_key_set(p_place text) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
            SELECT DISTINCT k FROM (
                SELECT btrim(regexp_replace(translate(lower(part), 'ÅÄÖÉÜÆØ', 'åäöéüæø'),
                                            '\\s+', ' ', 'g')) AS k
                  FROM regexp_split_to_table(coalesce(p_place, ''), ',') AS part) t
             WHERE k <> ''
        $$
        """
    )
    # app.services.transports.safety._tokens: runs of digits or of letters, case-folded.
    op.execute(
        """
        CREATE FUNCTION igor_address_tokens(p_text text) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
            SELECT coalesce(string_agg(m[1], ' ' ORDER BY i), '')
              FROM regexp_matches(translate(lower(coalesce(p_text, '')), 'ÅÄÖÉÜÆØ',
                                            'åäöéüæø'),
                                  '([0-9]+|[a-zß-öø-ÿ]+)', 'g') WITH ORDINALITY AS r(m, i)
        $$
        """
    )


def _readers() -> None:
    op.execute(
        f"""
        CREATE FUNCTION igor_person_phone(p_id integer) RETURNS text LANGUAGE plpgsql {DEFINER}
        AS $$
        DECLARE v_value text; v_protection text; v_staff integer;
        BEGIN
            SELECT phone, protection INTO v_value, v_protection FROM person WHERE id = p_id;
            IF v_value IS NULL OR v_protection = 'none' OR igor_owner_session() THEN
                RETURN v_value;
            END IF;
            v_staff := igor_need_caller();
            IF v_staff IS NOT NULL AND EXISTS (
                SELECT 1 FROM case_party cp WHERE cp.person_id = p_id
                   AND igor_assigned(cp.case_id, v_staff)) THEN
                RETURN v_value;
            END IF;
            RETURN NULL;
        END $$
        """
    )
    for column in PROTECTED_COLUMNS["calendar_event"]:
        _event_reader(column)
    for column in PROTECTED_COLUMNS["transport"]:
        _transport_reader(column)


def _event_reader(column: str) -> None:
    op.execute(
        f"""
        CREATE FUNCTION igor_event_{column}(p_id integer) RETURNS text
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE v_value text; v_case integer; v_staff integer;
        BEGIN
            SELECT {column}, case_id INTO v_value, v_case FROM calendar_event WHERE id = p_id;
            IF v_value IS NULL OR v_case IS NULL OR igor_owner_session()
               OR NOT igor_case_is_protected(v_case) THEN
                RETURN v_value;
            END IF;
            v_staff := igor_need_caller();
            IF v_staff IS NOT NULL AND (igor_assigned(v_case, v_staff) OR EXISTS (
                SELECT 1 FROM event_staff es WHERE es.event_id = p_id
                   AND es.staff_id = v_staff)) THEN
                RETURN v_value;
            END IF;
            RETURN NULL;
        END $$
        """
    )


def _transport_reader(column: str) -> None:
    op.execute(
        f"""
        CREATE FUNCTION igor_transport_{column}(p_id integer) RETURNS text
        LANGUAGE plpgsql {DEFINER} AS $$
        DECLARE v_value text; v_case integer; v_requester integer; v_staff integer;
        BEGIN
            SELECT {column}, case_id, requested_by_id INTO v_value, v_case, v_requester
              FROM transport WHERE id = p_id;
            IF v_value IS NULL OR v_case IS NULL OR igor_owner_session()
               OR NOT igor_case_is_protected(v_case) THEN
                RETURN v_value;
            END IF;
            v_staff := igor_need_caller();
            IF v_staff IS NOT NULL AND (v_staff = v_requester
                OR igor_assigned(v_case, v_staff) OR EXISTS (
                    SELECT 1 FROM transport_crew tc WHERE tc.transport_id = p_id
                       AND tc.staff_id = v_staff)) THEN
                RETURN v_value;
            END IF;
            RETURN NULL;
        END $$
        """
    )


def _matchers() -> None:
    # Which of the caller's place keys an event's place (and a transport's pickup and
    # destination) shares: the meeting-risk check for places the caller may not see. The keys
    # are the caller's own; the place itself is never returned. Bounded so it cannot be used
    # to try a dictionary of addresses in one call.
    op.execute(
        f"""
        CREATE FUNCTION igor_place_matches(p_kind text, p_ids integer[], p_keys text[])
        RETURNS TABLE (id integer, key text) LANGUAGE plpgsql {DEFINER} AS $$
        BEGIN
            IF igor_need_caller() IS NULL AND NOT igor_owner_session() THEN
                RAISE EXCEPTION 'no active caseworker profile for this login'
                    USING ERRCODE = '42501';
            END IF;
            IF cardinality(p_keys) > 20 OR cardinality(p_ids) > 5000 THEN
                RAISE EXCEPTION 'too many places to compare' USING ERRCODE = '22023';
            END IF;
            IF p_kind = 'event' THEN
                RETURN QUERY SELECT DISTINCT e.id, k.key FROM calendar_event e
                    CROSS JOIN LATERAL igor_place_key_set(e.place) AS p(k)
                    JOIN unnest(p_keys) AS k(key) ON k.key = p.k
                   WHERE e.id = ANY (p_ids);
            ELSIF p_kind = 'transport' THEN
                RETURN QUERY SELECT DISTINCT t.id, k.key FROM transport t
                    CROSS JOIN LATERAL igor_place_key_set(t.pickup || ',' || t.destination)
                        AS p(k)
                    JOIN unnest(p_keys) AS k(key) ON k.key = p.k
                   WHERE t.id = ANY (p_ids);
            ELSE
                RAISE EXCEPTION 'unknown kind' USING ERRCODE = '22023';
            END IF;
        END $$
        """
    )
    # Which transports' pickup contains one of the given street lines as whole words
    # (app.services.transports.safety.matches_address): the pickup-at-the-suspect's-address
    # check. The caller names the streets (the suspect's addresses it reads itself).
    op.execute(
        f"""
        CREATE FUNCTION igor_pickup_matches(p_ids integer[], p_streets text[])
        RETURNS SETOF integer LANGUAGE plpgsql {DEFINER} AS $$
        BEGIN
            IF igor_need_caller() IS NULL AND NOT igor_owner_session() THEN
                RAISE EXCEPTION 'no active caseworker profile for this login'
                    USING ERRCODE = '42501';
            END IF;
            IF cardinality(p_streets) > 20 OR cardinality(p_ids) > 5000 THEN
                RAISE EXCEPTION 'too many places to compare' USING ERRCODE = '22023';
            END IF;
            RETURN QUERY SELECT t.id FROM transport t
             WHERE t.id = ANY (p_ids) AND EXISTS (
                SELECT 1 FROM unnest(p_streets) AS s(street)
                 WHERE igor_address_tokens(s.street) <> ''
                   AND ' ' || igor_address_tokens(t.pickup) || ' '
                       LIKE '% ' || igor_address_tokens(s.street) || ' %');
        END $$
        """
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in PROTECTED_COLUMNS:
        op.execute(
            f"""
            DO $$ DECLARE g text; BEGIN
                FOREACH g IN ARRAY ARRAY['igor_police', 'igor_social'] LOOP
                    EXECUTE format('GRANT SELECT ON public.{table} TO %I', g);
                END LOOP;
            END $$
            """
        )
    for fn in reversed(READERS + HELPERS):
        op.execute(f"DROP FUNCTION IF EXISTS {fn}")
