"""teams × the server boundary: the small-group and place-matching functions keep to one team

`e1_stat_small_groups` and `e1_protected_columns` (issue 14) and `e2_teams` (issue 16) were
built side by side. This revision gives the functions the first two added the team rule of the
third, so a login of one team learns nothing of another through them:

- `igor_stat_large_enough` counts only the people of the team the statistics count
  (`igor_stat_team()`: the caller's team; NULL, every team, for an analyst granted it), so a
  small team's period is not made "large enough" by another team's contacts;
- `igor_stat_tally` counts only that team's contacts;
- `igor_place_matches` / `igor_pickup_matches` compare only events and transports of the
  caller's team;
- `e1_protected_columns` turned SELECT on `person` and `calendar_event` into column grants of
  the columns that existed then, so the `team_id` that `e2_teams` added was readable by no staff
  role and every team policy that looks a person up failed; the column is granted here. (Any
  later column on `person`, `calendar_event` or `transport` needs its own column grant.)

Revision ID: e2b_team_boundary
Revises: e2_teams
"""

from collections.abc import Sequence

from alembic import op

from app.migrations import earlier

revision: str = "e2b_team_boundary"
down_revision: str | None = "e2_teams"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTACT_IN_TEAM = (
    "(igor_stat_team() IS NULL OR EXISTS (SELECT 1 FROM case_file cf "
    "WHERE cf.id = c.case_id AND cf.team_id = igor_stat_team()))"
)
EVENT_IN_TEAM = "(igor_owner_session() OR e.team_id = igor_reader_team())"
TRANSPORT_IN_TEAM = (
    "(igor_owner_session() OR EXISTS (SELECT 1 FROM case_file cf "
    "WHERE cf.id = t.case_id AND cf.team_id = igor_reader_team()))"
)


def _statistics(team: bool) -> None:
    created = earlier.created_functions(earlier.revision("e1_stat_small_groups"), "upgrade")
    large = created["igor_stat_large_enough"]
    tally = created["igor_stat_tally"]
    if team:
        large = _edit(
            large,
            "WHERE c.occurred_at >= p_start AND c.occurred_at < p_end",
            f"WHERE c.occurred_at >= p_start AND c.occurred_at < p_end AND {CONTACT_IN_TEAM}",
        )
        tally = _edit(
            tally,
            "AND (v_all OR c.owner_agency::text = v_own)",
            f"AND (v_all OR c.owner_agency::text = v_own) AND {CONTACT_IN_TEAM}",
        )
    op.execute(large)
    op.execute(tally)


def _edit(sql: str, old: str, new: str) -> str:
    assert old in sql, old  # the earlier revision's text changed: this edit would be lost
    return sql.replace(old, new)


def _matchers(team: bool) -> None:
    created = earlier.created_functions(earlier.revision("e1_protected_columns"), "_matchers")
    places, pickups = created["igor_place_matches"], created["igor_pickup_matches"]
    if team:
        places = _edit(
            places, "WHERE e.id = ANY (p_ids);", f"WHERE e.id = ANY (p_ids) AND {EVENT_IN_TEAM};"
        )
        places = _edit(
            places,
            "WHERE t.id = ANY (p_ids);",
            f"WHERE t.id = ANY (p_ids) AND {TRANSPORT_IN_TEAM};",
        )
        pickups = _edit(
            pickups,
            "WHERE t.id = ANY (p_ids) AND EXISTS (",
            f"WHERE t.id = ANY (p_ids) AND {TRANSPORT_IN_TEAM} AND EXISTS (",
        )
    op.execute(places)
    op.execute(pickups)


def _team_column(grant: bool) -> None:
    verb, word = ("GRANT", "TO") if grant else ("REVOKE", "FROM")
    for table in ("person", "calendar_event"):
        op.execute(
            f"""
            DO $$ DECLARE g text; BEGIN
                FOREACH g IN ARRAY ARRAY['igor_police', 'igor_social', 'igor_admins'] LOOP
                    IF has_column_privilege(g, 'public.{table}', 'id', 'SELECT')
                       AND NOT has_table_privilege(g, 'public.{table}', 'SELECT') THEN
                        EXECUTE format('{verb} SELECT (team_id) ON public.{table} {word} %I', g);
                    END IF;
                END LOOP;
            END $$
            """
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _team_column(grant=True)
    _statistics(team=True)
    _matchers(team=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _statistics(team=False)
    _matchers(team=False)
    _team_column(grant=False)
