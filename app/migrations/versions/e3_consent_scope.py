"""consent with direction, scope and validity period; disclosures name the scope

A consent now says in which direction(s) it opens records (`to_police`: social services ->
police, `to_social`: police -> social services), which kinds of record (`scope_note`,
`scope_contact`, `scope_risk_assessment`, `scope_letter`; `recipients`: named outside recipients
of letters), for which days (`valid_from` .. `valid_until`, inclusive Stockholm dates) and who
witnessed a verbal consent (`witness`). `disclosure.scope` names what allowed a disclosure
("to_police:note").

Existing consents become "both directions, all kinds, from the day given, no end date" (what
they meant until now), each with an audit entry `consent_scope_migrated` saying so.

PostgreSQL:
- `igor_today()`: today in Stockholm, the date the rule compares (SQLite: a function the
  program registers on each connection, app.database.engine).
- The read policies of contact, note, risk_assessment and letter (a1) are replaced: the other
  agency reads a row only under a consent in force, in its direction, covering that kind.
- `igor_consent_record` takes the direction, scope, period, recipients and witness and checks
  them (staff roles still cannot write consent rows themselves, d1_server_boundary).

Revision ID: e3_consent_scope
Revises: d7_consent_who
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from app.migrations import earlier

revision: str = "e3_consent_scope"
down_revision: str | None = "e5_staff_contact"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAFF_GROUPS = "igor_police, igor_social"
TABLES = ("note", "contact", "risk_assessment", "letter")
FLAGS = ("to_police", "to_social") + tuple(f"scope_{t}" for t in TABLES)
MIGRATED = json.dumps(
    {
        "migration": "e3_consent_scope",
        "scope": list(TABLES),
        "to_police": True,
        "to_social": True,
        "valid_until": None,
    },
    ensure_ascii=False,
    sort_keys=True,
)
OLD_RECORD = "igor_consent_record(integer, text, text, integer, integer, date, text, text)"
NEW_RECORD = (
    "igor_consent_record(integer, text, text, integer, integer, date, text, text, boolean, "
    "boolean, text[], text, date, date, text)"
)
GENESIS = "0" * 64


def _pg() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    pg = _pg()
    for flag in FLAGS:
        op.add_column(
            "consent", sa.Column(flag, sa.Boolean(), nullable=False, server_default=sa.true())
        )
    op.add_column("consent", sa.Column("recipients", sa.Text(), nullable=True))
    # SQLite cannot add a NOT NULL column without a constant default; every row is set below.
    op.add_column(
        "consent",
        sa.Column("valid_from", sa.Date(), nullable=False, server_default="1970-01-01"),
    )
    op.add_column("consent", sa.Column("valid_until", sa.Date(), nullable=True))
    op.add_column("consent", sa.Column("witness", sa.String(length=200), nullable=True))
    op.add_column("disclosure", sa.Column("scope", sa.String(length=60), nullable=True))
    op.execute("UPDATE consent SET valid_from = given_on")
    if pg:
        op.alter_column("consent", "valid_from", server_default=None)
        _pg_upgrade()
    _audit_migrated(pg)


def _audit_migrated(pg: bool) -> None:
    """One audit entry per existing consent: what it now means (no personal data)."""
    conn = op.get_bind()
    if pg:
        conn.execute(
            sa.text(
                "SELECT igor_audit_append(NULL, 'migration', 'migration', "
                "'consent_scope_migrated', 'consent', id, case_id, :details) "
                "FROM (SELECT id, case_id FROM consent ORDER BY id) c"
            ),
            {"details": MIGRATED},
        )
        return
    consents = conn.execute(sa.text("SELECT id, case_id FROM consent ORDER BY id")).all()
    if not consents:
        return
    last = conn.execute(
        sa.text("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    ).one_or_none()
    prev = last.hash if last else GENESIS
    at = datetime.now(UTC)
    stamp = at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows = []
    for consent_id, case_id in consents:
        payload = json.dumps(
            [
                prev,
                stamp,
                None,
                "migration",
                "migration",
                "consent_scope_migrated",
                "consent",
                consent_id,
                case_id,
                MIGRATED,
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        digest = hashlib.sha256(payload.encode()).hexdigest()
        rows.append(
            {
                "at": at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                "rid": consent_id,
                "case": case_id,
                "prev": prev,
                "hash": digest,
            }
        )
        prev = digest
    conn.execute(
        sa.text(
            "INSERT INTO audit_entry (at, staff_id, os_account, workstation, action, "
            "record_type, record_id, case_id, details, prev_hash, hash) VALUES (:at, NULL, "
            "'migration', 'migration', 'consent_scope_migrated', 'consent', :rid, :case, "
            ":details, :prev, :hash)"
        ),
        [dict(r, details=MIGRATED) for r in rows],
    )
    head = conn.execute(sa.text("SELECT max(id), count(*) FROM audit_entry")).one()
    conn.execute(sa.text("DELETE FROM audit_head"))
    conn.execute(
        sa.text("INSERT INTO audit_head (id, last_id, last_hash, entries) VALUES (1, :id, :h, :n)"),
        {"id": head[0], "h": prev, "n": head[1]},
    )


def _read_policy(table: str, scoped: bool) -> str:
    if scoped:
        consent = f"""EXISTS (SELECT 1 FROM consent c
                                WHERE c.person_id = {table}.subject_person_id
                                  AND c.withdrawn_at IS NULL AND c.scope_{table}
                                  AND c.valid_from <= igor_today()
                                  AND (c.valid_until IS NULL OR c.valid_until >= igor_today())
                                  AND CASE igor_reader_agency()
                                          WHEN 'police' THEN c.to_police
                                          WHEN 'social' THEN c.to_social
                                          ELSE false END)"""
    else:  # as a1 wrote it
        consent = f"""EXISTS (SELECT 1 FROM consent c
                                WHERE c.person_id = {table}.subject_person_id
                                  AND c.withdrawn_at IS NULL)"""
    return f"""
        CREATE POLICY igor_read ON {table} FOR SELECT TO {STAFF_GROUPS} USING (
            owner_agency = igor_reader_agency()
            OR (igor_reader_agency() IS NOT NULL AND subject_person_id IS NOT NULL
                AND {consent}))
    """


CASEWORKER = """
            v_staff := igor_caller_id(p_staff);
            IF NOT EXISTS (SELECT 1 FROM staff_member s WHERE s.id = v_staff
                            AND s.revoked_at IS NULL AND (s.is_caseworker OR s.is_admin)) THEN
                RAISE EXCEPTION 'only caseworkers may record consents' USING ERRCODE = '42501';
            END IF;
"""

RECORD = f"""
    CREATE FUNCTION igor_consent_record(p_staff integer, p_os text, p_ws text,
                                        p_person integer, p_case integer, p_given date,
                                        p_method text, p_note text, p_to_police boolean,
                                        p_to_social boolean, p_scope text[], p_recipients text,
                                        p_from date, p_until date, p_witness text)
    RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    DECLARE v_staff integer; v_id integer;
    BEGIN
        {CASEWORKER}
        IF p_given IS NULL OR p_given > (now() AT TIME ZONE 'Europe/Stockholm')::date
           OR p_method NOT IN ('signed', 'verbal') OR length(p_note) > 2000 THEN
            RAISE EXCEPTION 'invalid consent' USING ERRCODE = '22023';
        END IF;
        IF NOT (coalesce(p_to_police, false) OR coalesce(p_to_social, false))
           OR p_scope IS NULL OR cardinality(p_scope) = 0
           OR NOT p_scope <@ ARRAY['note', 'contact', 'risk_assessment', 'letter']
           OR p_from IS NULL OR p_from < p_given OR p_until IS NULL OR p_until < p_from
           OR p_until > p_from + interval '5 years'
           OR length(p_recipients) > 1000 OR length(p_witness) > 200 THEN
            RAISE EXCEPTION 'invalid consent scope or period' USING ERRCODE = '22023';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM person WHERE id = p_person) OR (
            p_case IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM case_party WHERE case_id = p_case AND person_id = p_person)) THEN
            RAISE EXCEPTION 'the person is not a party of the case' USING ERRCODE = '22023';
        END IF;
        INSERT INTO consent (person_id, case_id, given_on, method, recorded_by_id,
                             recorded_at, note, version, updated_at, updated_by_id,
                             to_police, to_social, scope_note, scope_contact,
                             scope_risk_assessment, scope_letter, recipients, valid_from,
                             valid_until, witness)
        VALUES (p_person, p_case, p_given, p_method, v_staff, now(), p_note, 1, now(), v_staff,
                p_to_police, p_to_social, 'note' = ANY(p_scope), 'contact' = ANY(p_scope),
                'risk_assessment' = ANY(p_scope), 'letter' = ANY(p_scope), p_recipients, p_from,
                p_until, p_witness)
        RETURNING id INTO v_id;
        PERFORM igor_audit_append(v_staff, p_os, p_ws, 'consent_recorded', 'consent', v_id,
            p_case, '{{"method": ' || to_json(p_method)::text || ', "person_id": '
            || p_person || '}}');
        RETURN v_id;
    END $$
"""


def _pg_upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION igor_today() RETURNS date LANGUAGE sql STABLE
        SET search_path = pg_catalog, pg_temp AS $$
            SELECT (now() AT TIME ZONE 'Europe/Stockholm')::date
        $$
        """
    )
    for table in TABLES:
        op.execute(f"DROP POLICY igor_read ON {table}")
        op.execute(_read_policy(table, scoped=True))
    op.execute(f"DROP FUNCTION {OLD_RECORD}")
    op.execute(RECORD)
    op.execute(f"REVOKE ALL ON FUNCTION {NEW_RECORD} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {NEW_RECORD} TO {STAFF_GROUPS}")


def downgrade() -> None:
    if _pg():
        for table in TABLES:
            op.execute(f"DROP POLICY igor_read ON {table}")
            op.execute(_read_policy(table, scoped=False))
        op.execute(f"DROP FUNCTION {NEW_RECORD}")
        d7 = _load("d7_consent_who")
        op.execute(d7._record(who=True).replace("CREATE OR REPLACE", "CREATE"))
        op.execute(f"REVOKE ALL ON FUNCTION {OLD_RECORD} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {OLD_RECORD} TO {STAFF_GROUPS}")
        op.execute("DROP FUNCTION igor_today()")
    op.drop_column("disclosure", "scope")
    for column in ("witness", "valid_until", "valid_from", "recipients", *reversed(FLAGS)):
        op.drop_column("consent", column)


def _load(name: str):
    return earlier.revision(name)
