"""statistics speed: running contact totals kept by triggers (per case party, per UTC day)

`igor-desk stats` over a million contacts read every contact of the period in three passes (per
party, per month and channel, per staff member). These two tables hold the same numbers already
summed, and triggers on `contact` keep them exact in the same transaction as every insert, update
and delete — whichever code writes the contact (services, Excel import, demo generator, a
retention delete cascading from a case):

- `stat_party_contacts`: per case party, its contacts of each kind (reached, digital, failed,
  per talk flag), the first and the last contact time and the first reached one. A period that
  contains a party's [first_at, last_at] takes the totals as they are; a party whose contacts
  straddle a period boundary is counted from its contact rows (one index seek). Inserts add to
  the row; updates and deletes count the party again from its contacts (min and max cannot be
  taken back).
- `stat_contact_days`: contacts per UTC day, staff member (0: none), agency, channel and
  reached. A period's whole UTC days are summed from here, the hour or two at each end of a
  period of local days from the contact rows.

Numbers and times only; never a note, held_as or name. On PostgreSQL no login role may read
or write the tables (the default privileges of a1 are revoked): the triggers run with the
owner's rights (SECURITY DEFINER) and the statistics read them through numbers-only functions:
the per-party function of b5_statistics gets a new body (same signature and result); its
per-case first-contact function gives way to a histogram of the days to the first contact, its
per-month and per-staff functions to one for the day totals and one for the hours at the ends of
a period. PostgreSQL's triggers are per statement with transition tables (a bulk insert or COPY
updates each total once); SQLite's are per row.

Revision ID: c1_stat_summaries
Revises: b9_stats_perf
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from alembic import op

revision: str = "c1_stat_summaries"
down_revision: str | None = "b9_stats_perf"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"
TALKS = (
    "support_violence",
    "support_addiction",
    "police_report",
    "investigation",
    "safety_planning",
    "check_in",
    "risk_assessment",
)
DIGITAL = "('phone', 'sms', 'email', 'video')"
COUNTS = ["reached", "digital", "failed"] + [f"t_{t}" for t in TALKS]
PARTY_COLUMNS = ["party_id", "case_id", "contacts", "first_at", "last_at", "first_reached_at"]
PARTY_COLUMNS += COUNTS
DAY_KEY = ["day", "staff_id", "owner_agency", "channel", "reached"]
DAY_FN = "igor_stat_day_counts(date, date)"
RAW_FN = "igor_stat_contact_counts(timestamptz, timestamptz)"
PARTY_FN = "igor_stat_party_contacts(timestamptz, timestamptz)"
DAYS_FN = "igor_stat_days_to_first_contact(date, date)"
# b5_statistics' functions that give way: per case its first reached contact (now the days
# histogram above), per month and channel, per staff member (now the day and edge counts).
OLD_FNS = (
    "igor_stat_case_first_contact(date, date)",
    "igor_stat_channel_counts(timestamptz, timestamptz)",
    "igor_stat_staff_counts(timestamptz, timestamptz)",
)
# Only these columns change the totals; an edit of the note or held_as fires nothing.
WATCHED = ["case_id", "party_id", "occurred_at", "reached", "channel", "staff_id"]
WATCHED += ["owner_agency"] + [f"talk_{t}" for t in TALKS]


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _counts(*, pg: bool, row: str = "") -> str:
    """The COUNTS columns as aggregates over contact rows (`row`: a table prefix such as "c.")."""
    n = "(count(*) FILTER (WHERE {}))::integer" if pg else "count(*) FILTER (WHERE {})"
    reached = f"{row}reached"
    return ", ".join(
        [
            n.format(reached),
            n.format(f"{reached} AND {row}channel IN {DIGITAL}"),
            n.format(f"NOT {reached}"),
            *[n.format(f"{reached} AND {row}talk_{t}") for t in TALKS],
        ]
    )


def _party_aggregate(source: str, *, pg: bool) -> str:
    """SELECT of one totals row per party over the contact rows of `source`."""
    if pg:
        first_reached = "min(occurred_at) FILTER (WHERE reached)"
    else:
        first_reached = "min(CASE WHEN reached THEN occurred_at END)"
    return (
        f"SELECT party_id, min(case_id), count(*), min(occurred_at), max(occurred_at), "
        f"{first_reached}, {_counts(pg=pg)} FROM {source}"
    )


def _day_of(ts: str, *, pg: bool) -> str:
    return f"({ts} AT TIME ZONE 'UTC')::date" if pg else f"date({ts})"


def _create_tables() -> None:
    op.execute(
        f"""
        CREATE TABLE stat_party_contacts (
            party_id INTEGER NOT NULL PRIMARY KEY,
            case_id INTEGER NOT NULL,
            contacts INTEGER NOT NULL,
            first_at {"TIMESTAMP WITH TIME ZONE" if _pg() else "DATETIME"} NOT NULL,
            last_at {"TIMESTAMP WITH TIME ZONE" if _pg() else "DATETIME"} NOT NULL,
            first_reached_at {"TIMESTAMP WITH TIME ZONE" if _pg() else "DATETIME"},
            {", ".join(f"{c} INTEGER NOT NULL" for c in COUNTS)}
        )
        """
    )
    op.create_index(
        "ix_stat_party_contacts_case", "stat_party_contacts", ["case_id", "first_reached_at"]
    )
    op.execute(
        f"""
        CREATE TABLE stat_contact_days (
            day DATE NOT NULL,
            staff_id INTEGER NOT NULL,
            owner_agency VARCHAR(40) NOT NULL,
            channel VARCHAR(40) NOT NULL,
            reached BOOLEAN NOT NULL,
            n INTEGER NOT NULL,
            CONSTRAINT pk_stat_contact_days PRIMARY KEY ({", ".join(DAY_KEY)})
        )
        """
    )


def _backfill(*, pg: bool) -> None:
    op.execute(
        f"INSERT INTO stat_party_contacts ({', '.join(PARTY_COLUMNS)}) "
        f"{_party_aggregate('contact', pg=pg)} GROUP BY party_id"
    )
    op.execute(
        f"INSERT INTO stat_contact_days ({', '.join(DAY_KEY)}, n) "
        f"SELECT {_day_of('occurred_at', pg=pg)}, coalesce(staff_id, 0), owner_agency, channel, "
        f"reached, count(*) FROM contact GROUP BY 1, 2, 3, 4, 5"
    )


# --- SQLite: row triggers ------------------------------------------------------------------------


def _sqlite_recount(party: str) -> str:
    """Count one party again from its contact rows (no row left: no totals row)."""
    return f"""
        DELETE FROM stat_party_contacts WHERE party_id = {party};
        INSERT INTO stat_party_contacts ({", ".join(PARTY_COLUMNS)})
            {_party_aggregate("contact", pg=False)} WHERE party_id = {party} GROUP BY party_id;
    """


def _sqlite_day_delta(row: str, delta: int) -> str:
    key = [f"date({row}.occurred_at)", f"coalesce({row}.staff_id, 0)", f"{row}.owner_agency"]
    key += [f"{row}.channel", f"{row}.reached"]
    match = " AND ".join(f"{col} = {value}" for col, value in zip(DAY_KEY, key, strict=True))
    if delta > 0:
        return f"""
        INSERT INTO stat_contact_days ({", ".join(DAY_KEY)}, n) VALUES ({", ".join(key)}, 1)
            ON CONFLICT ({", ".join(DAY_KEY)}) DO UPDATE SET n = n + 1;
        """
    return f"""
        UPDATE stat_contact_days SET n = n - 1 WHERE {match};
        DELETE FROM stat_contact_days WHERE {match} AND n <= 0;
    """


def _sqlite_triggers() -> None:
    new_counts = [
        "NEW.reached",
        f"NEW.reached AND NEW.channel IN {DIGITAL}",
        "NOT NEW.reached",
        *[f"NEW.reached AND NEW.talk_{t}" for t in TALKS],
    ]
    add = ", ".join(f"{c} = {c} + excluded.{c}" for c in COUNTS)
    op.execute(
        f"""
        CREATE TRIGGER stat_contact_inserted AFTER INSERT ON contact BEGIN
            INSERT INTO stat_party_contacts ({", ".join(PARTY_COLUMNS)}) VALUES (
                NEW.party_id, NEW.case_id, 1, NEW.occurred_at, NEW.occurred_at,
                CASE WHEN NEW.reached THEN NEW.occurred_at END, {", ".join(new_counts)})
            ON CONFLICT (party_id) DO UPDATE SET
                contacts = contacts + 1,
                first_at = min(first_at, excluded.first_at),
                last_at = max(last_at, excluded.last_at),
                first_reached_at = min(coalesce(first_reached_at, excluded.first_reached_at),
                                       coalesce(excluded.first_reached_at, first_reached_at)),
                {add};
            {_sqlite_day_delta("NEW", +1)}
        END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER stat_contact_updated AFTER UPDATE OF {", ".join(WATCHED)} ON contact
        BEGIN
            {_sqlite_recount("OLD.party_id")}
            {_sqlite_recount("NEW.party_id")}
            {_sqlite_day_delta("OLD", -1)}
            {_sqlite_day_delta("NEW", +1)}
        END
        """
    )
    op.execute(
        f"""
        CREATE TRIGGER stat_contact_deleted AFTER DELETE ON contact BEGIN
            {_sqlite_recount("OLD.party_id")}
            {_sqlite_day_delta("OLD", -1)}
        END
        """
    )


# --- PostgreSQL: statement triggers with transition tables -----------------------------------------


def _pg_day_delta(rows_with_sign: str) -> str:
    """Add the signed counts of `rows_with_sign` (contact columns and a `sign`) to the days."""
    keys = ", ".join(DAY_KEY)
    return f"""
        INSERT INTO stat_contact_days AS d ({keys}, n)
            SELECT {_day_of("occurred_at", pg=True)}, coalesce(staff_id, 0), owner_agency::text,
                   channel::text, reached, sum(sign)
              FROM ({rows_with_sign}) AS changed
             GROUP BY 1, 2, 3, 4, 5 HAVING sum(sign) <> 0 ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT ({keys}) DO UPDATE SET n = d.n + excluded.n;
        DELETE FROM stat_contact_days d USING ({rows_with_sign}) AS changed
         WHERE d.day = {_day_of("changed.occurred_at", pg=True)}
           AND d.staff_id = coalesce(changed.staff_id, 0)
           AND d.owner_agency = changed.owner_agency::text AND d.channel = changed.channel::text
           AND d.reached = changed.reached AND d.n <= 0;
    """


def _pg_recount(parties: str) -> str:
    """Count the parties of `parties` (a SELECT of party ids) again from their contact rows.

    The totals rows are locked first, so a concurrent transaction adding to one waits for this
    one, and the recount (a new statement: a new snapshot under READ COMMITTED) sees every
    contact committed before the lock was granted."""
    assign = ", ".join(f"{c} = excluded.{c}" for c in PARTY_COLUMNS[1:])
    return f"""
        PERFORM 1 FROM stat_party_contacts WHERE party_id IN ({parties})
          ORDER BY party_id FOR UPDATE;
        INSERT INTO stat_party_contacts AS t ({", ".join(PARTY_COLUMNS)})
            {_party_aggregate("contact", pg=True)} WHERE party_id IN ({parties})
            GROUP BY party_id ORDER BY party_id
            ON CONFLICT (party_id) DO UPDATE SET {assign};
        DELETE FROM stat_party_contacts t WHERE t.party_id IN ({parties})
           AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.party_id = t.party_id);
    """


def _pg_triggers() -> None:
    add = ", ".join(f"{c} = t.{c} + excluded.{c}" for c in ["contacts", *COUNTS])
    bodies = {
        "inserted": f"""
            INSERT INTO stat_party_contacts AS t ({", ".join(PARTY_COLUMNS)})
                {_party_aggregate("new_rows", pg=True)} GROUP BY party_id ORDER BY party_id
                ON CONFLICT (party_id) DO UPDATE SET
                    first_at = least(t.first_at, excluded.first_at),
                    last_at = greatest(t.last_at, excluded.last_at),
                    first_reached_at = least(t.first_reached_at, excluded.first_reached_at),
                    {add};
            {_pg_day_delta("SELECT *, 1 AS sign FROM new_rows")}
        """,
        "updated": f"""
            {_pg_recount("SELECT party_id FROM old_rows UNION SELECT party_id FROM new_rows")}
            {_pg_day_delta("SELECT *, -1 AS sign FROM old_rows UNION ALL SELECT *, 1 FROM new_rows")}
        """,
        "deleted": f"""
            {_pg_recount("SELECT party_id FROM old_rows")}
            {_pg_day_delta("SELECT *, -1 AS sign FROM old_rows")}
        """,
    }
    transitions = {
        "inserted": ("INSERT", "NEW TABLE AS new_rows"),
        "updated": ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        "deleted": ("DELETE", "OLD TABLE AS old_rows"),
    }
    for name, body in bodies.items():
        op.execute(
            f"""
            CREATE FUNCTION igor_stat_contacts_{name}() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
            BEGIN
                {body}
                RETURN NULL;
            END
            $fn$
            """
        )
        op.execute(f"REVOKE ALL ON FUNCTION igor_stat_contacts_{name}() FROM PUBLIC")
        event, referencing = transitions[name]
        op.execute(
            f"CREATE TRIGGER stat_contact_{name} AFTER {event} ON contact "
            f"REFERENCING {referencing} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION igor_stat_contacts_{name}()"
        )


def _pg_functions() -> None:
    """The statistics' numbers-only functions on the totals (same signatures and results)."""
    talk_cols = ", ".join(f"t_{t} integer" for t in TALKS)
    inside = "ps.first_at >= $1 AND ps.last_at < $2"
    bodies = {
        # Per case party: its totals when all its contacts lie in the period, else counted from
        # the contacts of the parties whose contacts straddle a boundary of the period.
        "igor_stat_party_contacts(p_start timestamptz, p_end timestamptz)": (
            f"party_id integer, reached integer, digital integer, failed integer, {talk_cols}",
            f"""SELECT ps.party_id, {", ".join(f"ps.{c}" for c in COUNTS)}
                  FROM stat_party_contacts ps WHERE {inside}
                UNION ALL
                SELECT c.party_id, {_counts(pg=True, row="c.")}
                  FROM stat_party_contacts ps
                  JOIN contact c ON c.party_id = ps.party_id
                                AND c.occurred_at >= $1 AND c.occurred_at < $2
                 WHERE ps.first_at < $2 AND ps.last_at >= $1 AND NOT ({inside})
                 GROUP BY c.party_id""",
            "p_start, p_end",
        ),
        # Days from the incident (or the case's start) to the UTC day of the first reached
        # contact, as a histogram over the cases open during the period.
        "igor_stat_days_to_first_contact(p_from date, p_to date)": (
            "days integer, n bigint",
            """SELECT (fr.first_reached AT TIME ZONE 'UTC')::date
                      - coalesce(cf.incident_date, cf.opened_on), count(*)
                 FROM case_file cf
                 JOIN (SELECT ps.case_id, min(ps.first_reached_at) AS first_reached
                         FROM stat_party_contacts ps WHERE ps.first_reached_at IS NOT NULL
                        GROUP BY ps.case_id) fr
                   ON fr.case_id = cf.id
                WHERE cf.opened_on <= $2 AND (cf.closed_on IS NULL OR cf.closed_on >= $1)
                GROUP BY 1""",
            "p_from, p_to",
        ),
        # Contacts of the whole UTC days [p_from, p_to) ...
        "igor_stat_day_counts(p_from date, p_to date)": (
            "channel text, staff_id integer, owner_agency text, reached boolean, n bigint",
            """SELECT d.channel::text, nullif(d.staff_id, 0), d.owner_agency::text, d.reached,
                      sum(d.n)
                 FROM stat_contact_days d WHERE d.day >= $1 AND d.day < $2
                GROUP BY d.channel, d.staff_id, d.owner_agency, d.reached""",
            "p_from, p_to",
        ),
        # ... and of the hours between a period's ends and the nearest UTC midnights, from the
        # contact rows.
        "igor_stat_contact_counts(p_start timestamptz, p_end timestamptz)": (
            "channel text, staff_id integer, owner_agency text, reached boolean, n bigint",
            """SELECT c.channel::text, c.staff_id, c.owner_agency::text, c.reached, count(*)
                 FROM contact c WHERE c.occurred_at >= $1 AND c.occurred_at < $2
                GROUP BY c.channel, c.staff_id, c.owner_agency, c.reached""",
            "p_start, p_end",
        ),
    }
    for fn in OLD_FNS:
        op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    # The planner cannot see into a function: without ROWS it expects 1,000 rows and joins the
    # 150,000 per-party rows of a whole year by nested loops (0.6 s instead of 0.1 s).
    expected_rows = {
        "igor_stat_party_contacts": 100_000,
        "igor_stat_days_to_first_contact": 500,
        "igor_stat_day_counts": 5_000,
        "igor_stat_contact_counts": 100,
    }
    for signature, (columns, query, args) in bodies.items():
        name = signature.split("(")[0]
        op.execute(f"DROP FUNCTION IF EXISTS {name}{_types(signature)}")
        op.execute(
            f"""
            CREATE FUNCTION {signature} RETURNS TABLE ({columns})
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
            ROWS {expected_rows[name]} AS $fn$
            BEGIN
                RETURN QUERY EXECUTE $q${query}$q$ USING {args};
            END
            $fn$
            """
        )
        op.execute(f"REVOKE ALL ON FUNCTION {name}{_types(signature)} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {name}{_types(signature)} TO {STAFF_GROUPS}")


def _types(signature: str) -> str:
    args = signature.split("(", 1)[1].rstrip(")")
    return "(" + ", ".join(a.split()[1] for a in args.split(", ")) + ")"


def _b5():
    """The b5_statistics migration module (a file next to this one, not a package module)."""
    spec = importlib.util.spec_from_file_location(
        "b5_statistics", Path(__file__).with_name("b5_statistics.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    pg = _pg()
    _create_tables()
    if pg:
        # Numbers, but per party and with times across both agencies: no login role reads them.
        for table in ("stat_party_contacts", "stat_contact_days"):
            op.execute(f"REVOKE ALL ON {table} FROM {STAFF_GROUPS}")
        _pg_triggers()
        _pg_functions()
    else:
        _sqlite_triggers()
    _backfill(pg=pg)


def downgrade() -> None:
    if _pg():
        for name in ("inserted", "updated", "deleted"):
            op.execute(f"DROP TRIGGER IF EXISTS stat_contact_{name} ON contact")
            op.execute(f"DROP FUNCTION IF EXISTS igor_stat_contacts_{name}()")
        for fn in (DAY_FN, RAW_FN, DAYS_FN, PARTY_FN, *OLD_FNS):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
        # The replaced and the dropped functions get b5_statistics' bodies back.
        _b5().create_functions(only=(PARTY_FN, *OLD_FNS))
    else:
        for name in ("inserted", "updated", "deleted"):
            op.execute(f"DROP TRIGGER IF EXISTS stat_contact_{name}")
    op.drop_table("stat_contact_days")
    op.drop_index("ix_stat_party_contacts_case", table_name="stat_party_contacts")
    op.drop_table("stat_party_contacts")
