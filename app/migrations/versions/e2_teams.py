"""several teams on one server: the team table, team_id on the rows a team owns, and the
server's row-level security keeping each team to its own rows (issue 16)

A team is one IGOR group (a police area with its social-services partner). It owns its cases,
persons, staff, resources (rooms, vehicles), calendar events and settings: these get `team_id`
(existing rows go to the default team 1, "IGOR Södermalm"). Every other row hangs off one of them
and follows it (a contact its case, an address its person, an enrollment code its staff member,
an event's links their event ...). `setting` is keyed by (team_id, key).

PostgreSQL (the boundary; the service layer filters the same way, app.services.core.access):
- `igor_reader_team()`: the team of the login (session_user → staff_member, active profile), as
  igor_reader_agency/igor_reader_staff give its agency and staff id. SECURITY DEFINER, because
  staff_member itself is now behind a team policy.
- `igor_all_teams()`: true for an analyst-only login granted the figures of every team
  (staff_member.all_teams_stats); such a login reads the analysts' numbers-only columns of
  case_file, case_party and person across teams, and the statistics functions count every team.
- Every table with personal or team data gets a RESTRICTIVE policy `igor_team` for the staff
  groups (ANDed with the permissive policies that are there: the agency rule, addresses ...),
  for reading and writing alike (USING and WITH CHECK), so a login can neither see nor create
  nor move a row into another team. Tables that had no row-level security yet get it with a
  permissive `igor_team_open` policy (USING true), so that the grants stay what decides there.
  A later migration that gives such a table its first real permissive policy must drop
  `igor_team_open`, or the permissive policies are ORed with it.
- The SECURITY DEFINER functions that take a record id check the team too: the case figures
  (d2), consents (d7), revoking a login (d1). The statistics functions count the caller's team
  (the database owner's own connection: the team in the transaction setting `igor.team`, every
  team when unset; an analyst granted it: every team).

Revision ID: e2_teams
Revises: d7_consent_who
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.migrations import earlier

revision: str = "e2_teams"
down_revision: str | None = "e1_need_trail"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DEFAULT_TEAM = "IGOR Södermalm"
OWNED = ("case_file", "person", "staff_member", "resource", "calendar_event")
GROUPS = "igor_police, igor_social, igor_admins, igor_analysts"
ALL_GROUPS = "igor_police, igor_social, igor_admins"
TEAM = "(SELECT igor_reader_team())"
OWNER = (
    "(session_user = current_user "
    "OR (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user))"
)


def _in(parent: str, column: str, table: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM {parent} tp WHERE tp.id = {table}.{column} AND tp.team_id = {TEAM})"
    )


def team_rules() -> dict[str, str]:
    """Per table: the SQL condition that the row belongs to the login's team."""
    rules = {t: f"team_id = {TEAM}" for t in (*OWNED, "setting")}
    rules["team"] = f"id = {TEAM}"
    for t in ("case_party", "child", "police_report", "contact", "note", "risk_assessment"):
        rules[t] = _in("case_file", "case_id", t)
    for t in ("referral", "transport"):
        rules[t] = _in("case_file", "case_id", t)
    rules["letter"] = (
        f"CASE WHEN letter.case_id IS NOT NULL THEN {_in('case_file', 'case_id', 'letter')} "
        f"ELSE {_in('person', 'subject_person_id', 'letter')} END"
    )
    rules["consent"] = _in("person", "person_id", "consent")
    rules["address"] = _in("person", "person_id", "address")
    rules["disclosure"] = _in("staff_member", "staff_id", "disclosure")
    rules["enrollment_code"] = _in("staff_member", "staff_id", "enrollment_code")
    rules["audit_entry"] = (
        "CASE WHEN audit_entry.staff_id IS NOT NULL "
        f"THEN {_in('staff_member', 'staff_id', 'audit_entry')} "
        f"ELSE {_in('case_file', 'case_id', 'audit_entry')} END"
    )
    for t in ("event_staff", "event_resource", "event_party"):
        rules[t] = _in("calendar_event", "event_id", t)
    rules["transport_crew"] = (
        "EXISTS (SELECT 1 FROM transport tt JOIN case_file tp ON tp.id = tt.case_id "
        f"WHERE tt.id = transport_crew.transport_id AND tp.team_id = {TEAM})"
    )
    # An analyst granted every team reads the numbers-only columns of these (d4) everywhere.
    for t in ("case_file", "case_party", "person"):
        rules[t] = f"({rules[t]}) OR (SELECT igor_all_teams())"
    return rules


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _module(name: str):
    return earlier.revision(name)


def upgrade() -> None:
    op.create_table(
        "team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
        sa.UniqueConstraint("name", name=op.f("uq_team_name")),
    )
    team = sa.table(
        "team", sa.column("id"), sa.column("name"), sa.column("created_at", sa.DateTime)
    )
    op.execute(
        team.insert().values(id=1, name=DEFAULT_TEAM, created_at=sa.func.current_timestamp())
    )
    for table in OWNED:
        op.add_column(
            table, sa.Column("team_id", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
        op.create_index(op.f(f"ix_{table}_team_id"), table, ["team_id"])
    op.add_column(
        "staff_member",
        sa.Column("all_teams_stats", sa.Boolean(), nullable=False, server_default=sa.text("false")),
    )
    # The case list of one team: its own ordering index (b1's orders by opened_on, id).
    op.create_index("ix_case_file_team_opened", "case_file", ["team_id", "opened_on", "id"])
    with op.batch_alter_table("setting", recreate="always" if not _pg() else "auto") as batch:
        batch.add_column(
            sa.Column("team_id", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
        batch.drop_constraint("pk_setting", type_="primary")
        batch.create_primary_key("pk_setting", ["team_id", "key"])
    if _pg():
        if op.get_bind().execute(sa.text("SELECT max(id) FROM team")).scalar():
            op.execute("SELECT setval(pg_get_serial_sequence('team', 'id'), max(id)) FROM team")
        _pg_upgrade()


def _pg_upgrade() -> None:
    op.execute(f"REVOKE ALL ON team FROM {GROUPS}")
    op.execute(f"GRANT SELECT ON team TO {GROUPS}")
    # The analysts' statistics filter cases and persons by team (d4 grants them columns).
    op.execute("GRANT SELECT (team_id) ON case_file, person TO igor_analysts")
    op.execute(
        """
        CREATE FUNCTION igor_reader_team() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT s.team_id FROM staff_member s
             WHERE s.db_role = session_user AND s.revoked_at IS NULL
        $$
        """
    )
    op.execute(
        """
        CREATE FUNCTION igor_all_teams() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT coalesce((SELECT s.all_teams_stats AND s.is_analyst AND NOT s.is_caseworker
                                    AND NOT s.is_admin
                               FROM staff_member s
                              WHERE s.db_role = session_user AND s.revoked_at IS NULL), false)
        $$
        """
    )
    # The team the statistics count: NULL means every team.
    op.execute(
        f"""
        CREATE FUNCTION igor_stat_team() RETURNS integer
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF {OWNER} THEN
                RETURN nullif(current_setting('igor.team', true), '')::integer;
            END IF;
            IF igor_all_teams() THEN
                RETURN NULL;
            END IF;
            RETURN coalesce(igor_reader_team(), -1);
        END $$
        """
    )
    # Record ids handed to the SECURITY DEFINER functions: of the caller's team?
    for name, table, path in (
        ("igor_case_in_team", "case_file", "x.id = p_id"),
        ("igor_person_in_team", "person", "x.id = p_id"),
        ("igor_staff_in_team", "staff_member", "x.id = p_id"),
    ):
        op.execute(
            f"""
            CREATE FUNCTION {name}(p_id integer) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
                SELECT {OWNER} OR EXISTS (SELECT 1 FROM {table} x WHERE {path}
                                            AND x.team_id = igor_reader_team())
            $$
            """
        )
    op.execute(
        f"""
        CREATE FUNCTION igor_party_in_team(p_id integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT {OWNER} OR EXISTS (SELECT 1 FROM case_party cp JOIN case_file x
                                        ON x.id = cp.case_id
                                      WHERE cp.id = p_id AND x.team_id = igor_reader_team())
        $$
        """
    )
    helpers = (
        "igor_reader_team()",
        "igor_all_teams()",
        "igor_stat_team()",
        "igor_case_in_team(integer)",
        "igor_person_in_team(integer)",
        "igor_staff_in_team(integer)",
        "igor_party_in_team(integer)",
    )
    for fn in helpers:
        op.execute(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO {GROUPS}")

    bind = op.get_bind()
    for table, rule in team_rules().items():
        secured = bind.execute(
            sa.text("SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass(:t)"),
            {"t": table},
        ).scalar()
        if not secured:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(
                f"CREATE POLICY igor_team_open ON {table} AS PERMISSIVE FOR ALL TO {GROUPS} "
                "USING (true) WITH CHECK (true)"
            )
        op.execute(
            f"CREATE POLICY igor_team ON {table} AS RESTRICTIVE FOR ALL TO {GROUPS} "
            f"USING ({rule}) WITH CHECK ({rule})"
        )
    _pg_functions(team=True)


def _pg_functions(*, team: bool) -> None:
    """Replace the SECURITY DEFINER functions that take record ids or count rows, with (team) or
    without the team check; otherwise their bodies as d1/d2/d3/c1/d7 left them."""
    d2 = _module("d2_case_facts")
    guards = {"p_case": "igor_case_in_team", "p_party": "igor_party_in_team"}
    guards["p_person"] = "igor_person_in_team"
    for signature, (returns, query) in d2.BODIES.items():
        arg = signature.split("(", 1)[1].split()[0]
        body = f"RETURN QUERY {query};" if returns.startswith("TABLE") else f"RETURN ({query});"
        check = ""
        if team:
            check = f"""IF NOT {guards[arg]}({arg}) THEN
                    RAISE EXCEPTION 'not a record of your team' USING ERRCODE = '42501';
                END IF;"""
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION {signature} RETURNS {returns}
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                IF NOT ({d2.CASEWORKER_OR_OWNER}) THEN
                    RAISE EXCEPTION 'case figures are for caseworkers' USING ERRCODE = '42501';
                END IF;
                {check}
                {body}
            END
            $fn$
            """
        )

    d7 = _module("d7_consent_who")
    record, withdraw = d7._record(True), d7._withdraw(True)
    if team:
        record = record.replace(
            "IF p_given IS NULL",
            """IF NOT igor_person_in_team(p_person) THEN
                RAISE EXCEPTION 'not a person of your team' USING ERRCODE = '42501';
            END IF;
            IF p_given IS NULL""",
            1,
        )
        withdraw = withdraw.replace(
            "IF p_at IS NULL",
            """IF EXISTS (SELECT 1 FROM consent c WHERE c.id = p_id
                        AND NOT igor_person_in_team(c.person_id)) THEN
                RAISE EXCEPTION 'not a consent of your team' USING ERRCODE = '42501';
            END IF;
            IF p_at IS NULL""",
            1,
        )
    op.execute(record)
    op.execute(withdraw)

    same_team = (
        """
                IF NOT EXISTS (SELECT 1 FROM staff_member t JOIN staff_member c ON c.id = v_caller
                                WHERE t.db_role = p_role AND t.team_id = c.team_id) THEN
                    RAISE EXCEPTION 'not a login of your team' USING ERRCODE = '42501';
                END IF;"""
        if team
        else ""
    )
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION igor_revoke_login(p_role text) RETURNS integer
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE v_caller integer; v_n integer;
        BEGIN
            IF NOT (session_user = current_user
                    OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)) THEN
                v_caller := igor_caller_id(NULL);
                IF NOT EXISTS (SELECT 1 FROM staff_member WHERE id = v_caller AND is_admin) THEN
                    RAISE EXCEPTION 'only administrators revoke' USING ERRCODE = '42501';
                END IF;{same_team}
            END IF;
            IF p_role IS NULL OR p_role !~ '^igor_[a-z0-9]{{6,20}}$'
               OR NOT EXISTS (SELECT 1 FROM staff_member WHERE db_role = p_role)
               OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role AND NOT rolsuper) THEN
                RAISE EXCEPTION 'not a staff login role' USING ERRCODE = '22023';
            END IF;
            EXECUTE format('ALTER ROLE %I NOLOGIN', p_role);
            SELECT count(*) INTO v_n FROM (
                SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a
                 WHERE a.usename = p_role AND a.pid <> pg_backend_pid()) t;
            RETURN v_n;
        END $$
        """
    )
    _stat_functions(team=team)


def _stat_functions(*, team: bool) -> None:
    """The numbers-only statistics (c1's bodies; d3's checked wrappers call the *_rows ones)."""
    c1 = _module("c1_stat_summaries")
    counts = ", ".join(f"ps.{c}" for c in c1.COUNTS)
    inside = "ps.first_at >= $1 AND ps.last_at < $2"
    in_team = "($3 IS NULL OR ps.case_id IN (SELECT cf.id FROM case_file cf WHERE cf.team_id = $3))"
    party_extra = f" AND {in_team}" if team else ""
    talk_cols = ", ".join(f"t_{t} integer" for t in c1.TALKS)
    utc = "(($1)::timestamp AT TIME ZONE 'UTC')"
    utc_end = "(($2)::timestamp AT TIME ZONE 'UTC')"
    case_team = "($3 IS NULL OR EXISTS (SELECT 1 FROM case_file cf WHERE cf.id = c.case_id AND cf.team_id = $3))"
    bodies = {
        "igor_stat_party_contacts_rows(p_start timestamptz, p_end timestamptz)": (
            f"party_id integer, reached integer, digital integer, failed integer, {talk_cols}",
            f"""SELECT ps.party_id, {counts}
                  FROM stat_party_contacts ps WHERE {inside}{party_extra}
                UNION ALL
                SELECT c.party_id, {c1._counts(pg=True, row="c.")}
                  FROM stat_party_contacts ps
                  JOIN contact c ON c.party_id = ps.party_id
                                AND c.occurred_at >= $1 AND c.occurred_at < $2
                 WHERE ps.first_at < $2 AND ps.last_at >= $1 AND NOT ({inside}){party_extra}
                 GROUP BY c.party_id""",
            100_000,
        ),
        "igor_stat_days_to_first_contact(p_from date, p_to date)": (
            "days integer, n bigint",
            f"""SELECT (fr.first_reached AT TIME ZONE 'UTC')::date
                      - coalesce(cf.incident_date, cf.opened_on), count(*)
                 FROM case_file cf
                 JOIN (SELECT ps.case_id, min(ps.first_reached_at) AS first_reached
                         FROM stat_party_contacts ps WHERE ps.first_reached_at IS NOT NULL
                        GROUP BY ps.case_id) fr
                   ON fr.case_id = cf.id
                WHERE cf.opened_on <= $2 AND (cf.closed_on IS NULL OR cf.closed_on >= $1)
                  {"AND ($3 IS NULL OR cf.team_id = $3)" if team else ""}
                GROUP BY 1""",
            500,
        ),
        "igor_stat_day_counts(p_from date, p_to date)": (
            "channel text, staff_id integer, owner_agency text, reached boolean, n bigint",
            """SELECT d.channel::text, nullif(d.staff_id, 0), d.owner_agency::text, d.reached,
                      sum(d.n)
                 FROM stat_contact_days d WHERE d.day >= $1 AND d.day < $2
                GROUP BY d.channel, d.staff_id, d.owner_agency, d.reached"""
            if not team
            # A team's days: the rows of its staff members, and its contacts recorded without
            # a staff member counted from the contact rows (the day table cannot tell whose).
            else f"""SELECT d.channel::text, nullif(d.staff_id, 0), d.owner_agency::text,
                      d.reached, sum(d.n)
                 FROM stat_contact_days d WHERE d.day >= $1 AND d.day < $2
                  AND ($3 IS NULL OR d.staff_id IN (SELECT s.id FROM staff_member s
                                                     WHERE s.team_id = $3))
                GROUP BY d.channel, d.staff_id, d.owner_agency, d.reached
                UNION ALL
                SELECT c.channel::text, NULL::integer, c.owner_agency::text, c.reached, count(*)
                  FROM contact c
                 WHERE $3 IS NOT NULL AND c.staff_id IS NULL
                   AND c.occurred_at >= {utc} AND c.occurred_at < {utc_end} AND {case_team}
                 GROUP BY c.channel, c.owner_agency, c.reached""",
            5_000,
        ),
        "igor_stat_contact_counts_rows(p_start timestamptz, p_end timestamptz)": (
            "channel text, staff_id integer, owner_agency text, reached boolean, n bigint",
            f"""SELECT c.channel::text, c.staff_id, c.owner_agency::text, c.reached, count(*)
                 FROM contact c WHERE c.occurred_at >= $1 AND c.occurred_at < $2
                 {"AND " + case_team if team else ""}
                GROUP BY c.channel, c.staff_id, c.owner_agency, c.reached""",
            100,
        ),
    }
    for signature, (columns, query, rows) in bodies.items():
        args = ", ".join(a.split()[0] for a in signature.split("(", 1)[1].rstrip(")").split(", "))
        using = f"{args}, igor_stat_team()" if team else args
        op.execute(
            f"""
            CREATE OR REPLACE FUNCTION {signature} RETURNS TABLE ({columns})
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
            ROWS {rows} AS $fn$
            BEGIN
                RETURN QUERY EXECUTE $q${query}$q$ USING {using};
            END
            $fn$
            """
        )


def downgrade() -> None:
    if _pg():
        _pg_functions(team=False)
        for table in team_rules():
            op.execute(f"DROP POLICY IF EXISTS igor_team ON {table}")
            if (
                op.get_bind()
                .execute(
                    sa.text(
                        "SELECT 1 FROM pg_policies WHERE tablename = :t AND policyname = 'igor_team_open'"
                    ),
                    {"t": table},
                )
                .first()
            ):
                op.execute(f"DROP POLICY igor_team_open ON {table}")
                op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for fn in (
            "igor_party_in_team(integer)",
            "igor_staff_in_team(integer)",
            "igor_person_in_team(integer)",
            "igor_case_in_team(integer)",
            "igor_stat_team()",
            "igor_all_teams()",
            "igor_reader_team()",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    with op.batch_alter_table("setting", recreate="always" if not _pg() else "auto") as batch:
        batch.drop_constraint("pk_setting", type_="primary")
        batch.create_primary_key("pk_setting", ["key"])
        batch.drop_column("team_id")
    op.drop_index("ix_case_file_team_opened", table_name="case_file")
    op.drop_column("staff_member", "all_teams_stats")
    for table in reversed(OWNED):
        op.drop_index(op.f(f"ix_{table}_team_id"), table_name=table)
        op.drop_column(table, "team_id")
    op.drop_table("team")
