"""Importing the team's Excel sheet (cases, people, contacts) in one transaction.

`import_workbook(db, actor, file)` reads and checks the workbook (app.services.excel.sheet), adds
the checks that need the database (a contact for a role the case has neither on `Personer` nor
already in the program; contacts of the other agency by someone who may not import them), and —
only if there is no problem at all — writes everything in ONE transaction. Any problem raises
`ImportRefused` carrying every problem; nothing is written. `dry_run=True` runs exactly the same
import inside the transaction and rolls it back, so "Kontrollera" reports precisely what
"Importera" would add, including what the database itself would refuse.

Idempotent (docs/excel-import.md):
- a case is identified by the team's reference (`Case.external_ref`, compared like the sheet's
  values: case, spaces and Unicode composition do not matter); an existing case is left as it is;
- a person by (case, role): one victim and at most one suspect per case; an existing party is
  left as it is (the team may have completed it in the program);
- a contact by `Contact.import_key`: case id, role, date, type, agency, talk kinds and the
  occurrence number among identical rows of the sheet (two calls on the same day are two rows).
  The insert is `ON CONFLICT DO NOTHING` against its unique index, so this holds even for rows
  this actor cannot read. Nothing is ever deleted or updated by an import.

Who may import (docs/excel-import.md, docs/secrecy.md): handläggare import the contacts of their
own agency only (a row "Utförd av" the other agency is a problem); a lead/administrator imports
the whole team sheet, both agencies' contacts, each owned by the agency named in "Utförd av".
Analysts may not import. Contacts are written through Core statements with an explicit owner
agency and only the columns statistics may count across agencies (date, channel, reached, talk
kinds); never note, held_as or rule_override_reason. In PostgreSQL mode row-level security allows
exactly that (migration b6_excel_import). One `excel_import` audit entry with counts only.

Mapping (the sheet has no finer detail): Digital → channel phone, Fysisk → meeting, Misslyckat
försök → phone with reached = False; the time of day is 12:00 Swedish time. Imported people have
no name or number (NumberKind.NONE), birth year only. Imported cases are open, numbered
IGOR-<year of Startdatum>-NNNN from CaseNumberCounter.
"""

from __future__ import annotations

import contextlib
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import AccessDenied, UserError
from app.i18n import tr_noop, translate
from app.models import DEFAULT_TEAM_ID, Case, CaseNumberCounter, CaseParty, Person
from app.models.enums import (
    Agency,
    CaseStatus,
    Channel,
    ContactBan,
    Custody,
    Investigation,
    NumberKind,
    PartyRole,
    Protection,
    TalkKind,
)
from app.services.core import audit
from app.services.core.actor import Actor
from app.services.excel.sheet import (
    AGENCY_WORD,
    CONTACTS,
    DIGITAL,
    FAILED,
    PEOPLE,
    PHYSICAL,
    ROLE_WORD,
    Cancel,
    CellProblem,
    ImportRefused,
    Sheet,
    check_cancel,
    norm,
    read_workbook,
    write_template,
)

logger = logging.getLogger(__name__)

__all__ = [
    "ImportRefused",
    "ImportResult",
    "import_workbook",
    "may_import",
    "write_template",
]

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")
CONTACT_TIME = time(12, 0)  # the sheet has dates only
CHANNELS = {DIGITAL: Channel.PHONE, PHYSICAL: Channel.MEETING, FAILED: Channel.PHONE}
CHUNK = 5000  # rows per INSERT batch (progress steps)
CONTACT_CHUNK = 10_000  # contact rows per step (progress)
AUDIT_ACTION = "excel_import"

Progress = Callable[[str, int, int], object]


@dataclass(frozen=True)
class ImportResult:
    """What an import added and what was already there (a dry run: what it would add)."""

    dry_run: bool
    cases_added: int
    cases_existing: int
    people_added: int
    people_existing: int
    contacts_added: int
    contacts_existing: int
    first_case_number: str | None = None
    last_case_number: str | None = None
    ignored_columns: tuple[tuple[str, str], ...] = ()

    @property
    def added_anything(self) -> bool:
        return bool(self.cases_added or self.people_added or self.contacts_added)

    def counts(self) -> dict[str, int]:
        return {
            "cases_added": self.cases_added,
            "cases_existing": self.cases_existing,
            "people_added": self.people_added,
            "people_existing": self.people_existing,
            "contacts_added": self.contacts_added,
            "contacts_existing": self.contacts_existing,
        }

    def summary_lines(self) -> list[str]:
        t = lambda text: translate("excel_import", text)  # noqa: E731
        if self.dry_run:
            head = t("Kontrollen hittade inga fel. En import skulle lägga till:")
        elif self.added_anything:
            head = t("Importen är klar. Tillagt:")
        else:
            head = t("Importen är klar. Allt i filen fanns redan; ingenting har lagts till.")
        lines = [head]
        for label, added, existing in (
            (t("Ärenden"), self.cases_added, self.cases_existing),
            (t("Personer"), self.people_added, self.people_existing),
            (t("Kontakter"), self.contacts_added, self.contacts_existing),
        ):
            text = (
                t("{label}: {added} nya, {existing} finns redan")
                if self.dry_run
                else t("{label}: {added} nya, {existing} fanns redan")
            )
            lines.append(text.format(label=label, added=added, existing=existing))
        if self.first_case_number and not self.dry_run:  # a check reserves no numbers
            lines.append(
                t("Nya ärendenummer: {first} – {last}").format(
                    first=self.first_case_number, last=self.last_case_number
                )
            )
        for sheet, column in self.ignored_columns:
            lines.append(
                t("Kolumnen {column} på bladet {sheet} känns inte igen och lästes inte.").format(
                    column=column, sheet=sheet
                )
            )
        return lines


def may_import(actor: Actor) -> None:
    """Handläggare and administrators import; analysts see statistics only."""
    if not (actor.is_caseworker or actor.is_admin):
        raise AccessDenied(
            "Din profil (analytiker) får inte importera Excel-ark. Be en handläggare eller "
            "gruppchefen importera filen."
        )


def may_import_for(actor: Actor, agency: Agency) -> bool:
    """An administrator imports both agencies' contacts; a handläggare only their own."""
    return actor.is_admin or agency == actor.agency


class _DryRun(Exception):  # noqa: N818 - control flow: roll the trial import back
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def import_workbook(
    db: Database,
    actor: Actor,
    source: str | Path | IO[bytes],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Check the workbook and import it whole (or, with dry_run, only report what it would do).
    Raises ImportRefused listing every problem; then nothing has been written. `cancel` (the
    dialog's Avbryt) is asked between rows and between stages; when it answers True,
    ImportCancelled is raised and nothing has been written."""
    may_import(actor)
    today = today or datetime.now(LOCAL_ZONE).date()
    sheet = read_workbook(source, today=today, progress=progress, cancel=cancel)
    if cancel is not None:
        told = progress

        def progress(stage: str, done: int, total: int) -> None:
            check_cancel(cancel)
            if told is not None:
                told(stage, done, total)

    try:
        with db.write(actor=actor) as s:
            existing = _existing_cases(s)
            problems = sheet.problems + _database_checks(sheet, existing, actor)
            if problems:
                raise ImportRefused(problems)
            with _big_page_cache(s):
                result = _write(s, actor, sheet, existing, dry_run, progress)
            check_cancel(cancel)
            if dry_run:
                raise _DryRun(result)
            audit.record(s, actor, AUDIT_ACTION, record_type="import", details=result.counts())
    except _DryRun as trial:
        logger.info("excel import dry run: %s", trial.result.counts())
        return trial.result
    except Exception as exc:
        # SQLAlchemy's IntegrityError, or the driver's own from the bulk statements. Only a
        # concurrent import (or case registration) can collide with what was checked.
        if not any(c.__name__ == "IntegrityError" for c in type(exc).__mro__):
            raise
        logger.warning("excel import rolled back: %s", type(exc).__name__)
        raise UserError(
            "Någon annan registrerade eller importerade samma ärenden samtidigt. Ingenting har "
            "importerats; kontrollera filen och försök igen."
        ) from exc
    logger.info("excel import: %s", result.counts())
    return result


# --- the database side ------------------------------------------------------------------------


@dataclass
class _Existing:
    case_id: int
    parties: dict[PartyRole, tuple[int, int]]  # role -> (party id, person id)


def _existing_cases(s: Session) -> dict[str, _Existing]:
    """Cases already imported (by normalised reference), with their parties. Compared in Python:
    SQLite's lower() knows only ASCII."""
    out: dict[str, _Existing] = {}
    for case_id, ref, key in s.execute(
        select(Case.id, Case.external_ref, Case.external_ref_key)
        .where(Case.external_ref.is_not(None))
        .order_by(Case.id)
    ):
        # Older data may hold two spellings of one reference (before d5_case_ref_key): the
        # oldest case is the one the import continues; the other is left alone.
        out.setdefault(key or norm(ref), _Existing(case_id, {}))
    by_id = {e.case_id: e for e in out.values()}
    rows = s.execute(
        select(CaseParty.case_id, CaseParty.role, CaseParty.id, CaseParty.person_id)
        .join(Case, Case.id == CaseParty.case_id)
        .where(Case.external_ref.is_not(None))
    )
    for case_id, role, party_id, person_id in rows:
        if case_id in by_id:
            by_id[case_id].parties[PartyRole(role)] = (party_id, person_id)
    return out


def _database_checks(sheet: Sheet, existing: dict[str, _Existing], actor: Actor) -> list:
    problems: list[CellProblem] = []
    roles: dict[str, set[PartyRole]] = defaultdict(set)
    for person in sheet.people:
        roles[person.key].add(person.role)
    for key, found in existing.items():
        roles[key].update(found.parties)
    refs = {c.key: c.ref for c in sheet.cases}
    people_read = PEOPLE not in sheet.unreadable
    for row, key, role, agency in sheet.contact_refs:
        if people_read and role is not None and role not in roles.get(key, ()):
            problems.append(
                CellProblem(
                    CONTACTS,
                    row,
                    "Roll",
                    tr_noop(
                        'ärendet "{case}" har ingen person med rollen {role}; lägg till '
                        "personen på bladet Personer"
                    ),
                    case=refs.get(key, key),
                    role=ROLE_WORD[role],
                )
            )
        if agency is not None and not may_import_for(actor, agency):
            problems.append(
                CellProblem(
                    CONTACTS,
                    row,
                    "Utförd av",
                    tr_noop(
                        "du kan bara importera kontakter som {own} har utfört; gruppchefen "
                        "eller en administratör kan importera hela teamets blad"
                    ),
                    own=AGENCY_WORD[actor.agency],
                )
            )
    return problems


def _insert(s: Session):
    return postgresql.insert if s.get_bind().dialect.name == "postgresql" else sqlite.insert


def _reserve_serials(s: Session, year: int, count: int) -> int:
    """Reserve `count` case serials of `year` atomically; returns the first. The upsert locks the
    counter row until commit (PostgreSQL), and SQLite writes start with BEGIN IMMEDIATE."""
    table = CaseNumberCounter.__table__
    stmt = (
        _insert(s)(table)
        .values(year=year, last_serial=count)
        .on_conflict_do_update(
            index_elements=[table.c.year], set_={"last_serial": table.c.last_serial + count}
        )
        .returning(table.c.last_serial)
    )
    last = s.execute(stmt).scalar_one()
    return last - count + 1


def _free_numbers(s: Session, year: int, count: int) -> list[str]:
    """`count` new case numbers of `year` from the counter, in order. A number already taken
    outside the counter (older data) is skipped, never reused — as intake.next_case_number does."""
    out: list[str] = []
    while len(out) < count:
        need = count - len(out)
        first = _reserve_serials(s, year, need)
        candidates = [f"IGOR-{year}-{serial:04d}" for serial in range(first, first + need)]
        taken = set(
            s.execute(select(Case.case_number).where(Case.case_number.in_(candidates))).scalars()
        )
        out.extend(n for n in candidates if n not in taken)
    return out


def _write(
    s: Session,
    actor: Actor,
    sheet: Sheet,
    existing: dict[str, _Existing],
    dry_run: bool,
    progress: Progress | None,
) -> ImportResult:
    now = datetime.now(UTC)
    say = progress or (lambda *_: None)
    stage = translate(
        "excel_import", "Provar ärenden och personer" if dry_run else "Skriver ärenden och personer"
    )
    say(stage, 0, 1)

    # Cases.
    new_cases = [c for c in sheet.cases if c.key not in existing]
    per_year: dict[int, int] = defaultdict(int)
    for c in new_cases:
        per_year[c.opened_on.year] += 1
    free = {year: iter(_free_numbers(s, year, n)) for year, n in sorted(per_year.items())}
    numbers = [next(free[c.opened_on.year]) for c in new_cases]
    case_rows = [
        dict(
            case_number=number,
            external_ref=c.ref,
            external_ref_key=c.key,
            status=CaseStatus.OPEN,
            source=c.source,
            area=c.area,
            district=c.district,
            opened_on=c.opened_on,
            has_children=c.children,
            investigation=Investigation.NONE,
            contact_ban=ContactBan.NONE,
            custody=Custody.NONE,
            focus_person=False,
            created_at=now,
            updated_at=now,
            updated_by_id=actor.staff_id,
            version=1,
        )
        for c, number in zip(new_cases, numbers, strict=True)
    ]
    case_ids = {key: e.case_id for key, e in existing.items()}
    for row, case_id in zip(case_rows, _allocate_ids(s, "case_file", len(case_rows)), strict=True):
        row["id"] = case_id
        case_ids[row["external_ref_key"]] = case_id
    _bulk_insert(s, Case.__table__, case_rows)

    # People: one party per (case, role); existing parties are kept as they are.
    parties: dict[tuple[int, PartyRole], tuple[int, int]] = {}
    for e in existing.values():
        for role, ids in e.parties.items():
            parties[(e.case_id, role)] = ids
    new_people = [p for p in sheet.people if (case_ids[p.key], p.role) not in parties]
    person_ids = _allocate_ids(s, "person", len(new_people))
    party_ids = _allocate_ids(s, "case_party", len(new_people))
    person_rows = []
    party_rows = []
    for p, person_id, party_id in zip(new_people, person_ids, party_ids, strict=True):
        person_rows.append(
            dict(
                id=person_id,
                number_kind=NumberKind.NONE,
                birth_year=p.birth_year,
                protection=Protection.NONE,
                version=1,
                updated_at=now,
            )
        )
        party_rows.append(
            dict(
                id=party_id,
                case_id=case_ids[p.key],
                person_id=person_id,
                role=p.role,
                reachable=True,
                rvt_status=p.rvt,
                rvc_status=p.rvc,
                version=1,
                updated_at=now,
            )
        )
        parties[(case_ids[p.key], p.role)] = (party_id, person_id)
    _bulk_insert(s, Person.__table__, person_rows)
    _bulk_insert(s, CaseParty.__table__, party_rows)
    say(stage, 1, 1)

    # Contacts: ON CONFLICT DO NOTHING on the import key. Rows are built as tuples of the
    # values as stored (see _insert_contacts), converting each distinct date and talk-kind
    # combination once.
    sqlite_mode = s.get_bind().dialect.name == "sqlite"
    stored_now = _stored_time(now, sqlite_mode)
    moments: dict[date, object] = {}
    bits: dict[tuple[bool, ...], str] = {}
    seen: dict[tuple, int] = defaultdict(int)
    newest: dict[int, date] = {}
    contact_rows: list[tuple] = []
    staff_id = actor.staff_id
    for c in sheet.contacts:
        case_id = case_ids[c.key]
        party_id, person_id = parties[(case_id, c.role)]
        identity = (case_id, c.role, c.day, c.kind, c.agency, c.talks)
        seen[identity] += 1
        moment = moments.get(c.day)
        if moment is None:
            moment = moments[c.day] = _stored_time(_contact_moment(c.day), sqlite_mode)
        flags = bits.get(c.talks)
        if flags is None:
            flags = bits[c.talks] = "".join("1" if t else "0" for t in c.talks)
        if case_id not in newest or c.day > newest[case_id]:
            newest[case_id] = c.day
        key = (
            f"x1:{case_id}:{c.role.value[0]}:{c.day.isoformat()}:{c.kind[0]}:"
            f"{c.agency.value[0]}:{flags}:{seen[identity]}"
        )
        # In the order of _CONTACT_COLUMNS.
        contact_rows.append(
            (
                case_id,
                party_id,
                None,  # staff_id: the sheet does not say who
                moment,
                CHANNELS[c.kind].value,
                c.kind != FAILED,
                None,  # held_as
                *c.talks,
                None,  # note
                None,  # rule_override_reason
                staff_id,  # created_by_id
                stored_now,  # created_at
                key,  # import_key
                c.agency.value,
                person_id,
                1,  # version
                stored_now,  # updated_at
                staff_id,  # updated_by_id
            )
        )
    total = len(contact_rows)
    stage = translate("excel_import", "Provar kontakter" if dry_run else "Skriver kontakter")
    added = 0
    for start in range(0, total, CONTACT_CHUNK):
        added += _insert_contacts(s, contact_rows[start : start + CONTACT_CHUNK])
        say(stage, min(start + CONTACT_CHUNK, total), total)
    # The newest contact per case moves Case.last_contact_at forward (rows already there are
    # never newer than what the earlier import set).
    _refresh_last_contact(s, {cid: _contact_moment(day) for cid, day in newest.items()})

    return ImportResult(
        dry_run=dry_run,
        cases_added=len(new_cases),
        cases_existing=len(sheet.cases) - len(new_cases),
        people_added=len(new_people),
        people_existing=len(sheet.people) - len(new_people),
        contacts_added=added,
        contacts_existing=total - added,
        first_case_number=min(numbers) if numbers else None,
        last_case_number=max(numbers) if numbers else None,
        ignored_columns=tuple(sheet.ignored_columns),
    )


def _contact_moment(day: date) -> datetime:
    """The stored time of a contact of this day: 12:00 Swedish time, in UTC."""
    return datetime.combine(day, CONTACT_TIME, tzinfo=LOCAL_ZONE).astimezone(UTC)


def _stored_time(value: datetime, sqlite_mode: bool):
    """A UTC datetime as SQLAlchemy stores it: text on SQLite, the value itself on PostgreSQL."""
    if sqlite_mode:
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


_CONTACT_COLUMNS = (
    "case_id",
    "party_id",
    "staff_id",
    "occurred_at",
    "channel",
    "reached",
    "held_as",
    *(f"talk_{kind.value}" for kind in TalkKind),
    "note",
    "rule_override_reason",
    "created_by_id",
    "created_at",
    "import_key",
    "owner_agency",
    "subject_person_id",
    "version",
    "updated_at",
    "updated_by_id",
)


def _insert_contacts(s: Session, rows: list[tuple]) -> int:
    """`INSERT … ON CONFLICT DO NOTHING` of the rows; returns how many were added.

    In PostgreSQL both RETURNING and a conflict target (`ON CONFLICT (import_key)`) make the
    statement need SELECT rights, so row-level security would check the SELECT policy on the new
    rows — and the lead may write, but not read, the other agency's contacts. Without a target
    the statement skips rows that violate any unique index of `contact`: the primary key comes
    from its sequence, so in practice that is `uq_contact_import_key` alone.

    Through the DB-API directly with the values as SQLAlchemy stores them: SQLite runs one
    prepared single-row statement over all rows (executemany; its rowcount is the total);
    PostgreSQL copies them into a temporary table and inserts from there in one statement.
    """
    if not rows:
        return 0
    conn = s.connection()
    columns = ", ".join(_CONTACT_COLUMNS)
    if conn.dialect.name == "sqlite":
        marks = ", ".join("?" * len(_CONTACT_COLUMNS))
        sql = f"INSERT INTO contact ({columns}) VALUES ({marks}) ON CONFLICT DO NOTHING"
        cursor = conn.connection.driver_connection.cursor()
        try:
            cursor.executemany(sql, rows)
            return cursor.rowcount
        finally:
            cursor.close()
    # PostgreSQL: COPY into a temporary table, then one INSERT … SELECT (exact rowcount).
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE igor_import_contact ON COMMIT DROP AS "
            f"SELECT {columns} FROM contact WITH NO DATA"
        )
        with cursor.copy(f"COPY igor_import_contact ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO contact ({columns}) SELECT {columns} FROM igor_import_contact "
            "ON CONFLICT DO NOTHING"
        )
        added = cursor.rowcount
        cursor.execute("DROP TABLE igor_import_contact")
    return added


IMPORT_CACHE_KIB = 128 * 1024


@contextlib.contextmanager
def _big_page_cache(s: Session):
    """SQLite: a 128 MiB page cache for the import's connection, the previous size afterwards.
    Inserting 100,000 contacts into a database of a million touches pages all over its eight
    indexes; with the default 2 MiB cache SQLCipher decrypted and re-encrypted them again and
    again (15 s of CPU instead of 9 in bench_import)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
        except Exception:  # never hide the import's own error behind this one
            logger.warning("could not restore the page cache size")


def _allocate_ids(s: Session, table: str, count: int) -> list[int]:
    """Primary keys for `count` new rows of `table`, so parents and children can be written in
    bulk without RETURNING. PostgreSQL: from the table's own sequence (safe under concurrency).
    SQLite: after the largest id — the write transaction began with BEGIN IMMEDIATE, so no one
    else can insert before we commit (an INTEGER PRIMARY KEY is assigned the same way)."""
    if count == 0:
        return []
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        start = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar_one()
        return list(range(start + 1, start + count + 1))
    rows = conn.exec_driver_sql(
        "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
        (table, count),
    )
    return [r[0] for r in rows]


_PLAIN = frozenset({int, bool, str, float})


def _stored(value, sqlite_mode: bool):
    """A value as SQLAlchemy stores it (for statements through the DB-API)."""
    if value is None or type(value) in _PLAIN:
        return value
    if isinstance(value, StrEnum):
        return value.value
    if sqlite_mode:
        if isinstance(value, datetime):
            return _stored_time(value, True)
        if isinstance(value, date):
            return value.isoformat()
    return value


def _bulk_insert(s: Session, table, rows: list[dict]) -> None:
    """Insert rows (dicts; a column not given is NULL) through the DB-API: executemany of one
    prepared statement on SQLite, COPY on PostgreSQL. Far faster than SQLAlchemy's batched
    INSERT … RETURNING (PostgreSQL spent seconds planning each 1,000-row statement)."""
    if not rows:
        return
    conn = s.connection()
    sqlite_mode = conn.dialect.name == "sqlite"
    columns = [c.name for c in table.columns]
    if "team_id" in columns:  # the importing actor's team (the ORM stamps it; Core does not)
        actor = s.info.get("actor")
        team = actor.team_id if actor is not None else DEFAULT_TEAM_ID
        rows = [{**row, "team_id": row.get("team_id") or team} for row in rows]
    values = [tuple(_stored(row.get(c), sqlite_mode) for c in columns) for row in rows]
    names = ", ".join(columns)
    raw = conn.connection.driver_connection
    if sqlite_mode:
        marks = ", ".join("?" * len(columns))
        cursor = raw.cursor()
        try:
            cursor.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", values)
        finally:
            cursor.close()
        return
    # COPY into a temporary table, then one INSERT … SELECT: COPY FROM is not allowed into a
    # table with row-level security (the team policies of e2_teams).
    tmp = f"igor_import_{table.name}"
    with raw.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE {tmp} ON COMMIT DROP AS "
            f"SELECT {names} FROM {table.name} WITH NO DATA"
        )
        with cursor.copy(f"COPY {tmp} ({names}) FROM STDIN") as copy:
            for row in values:
                copy.write_row(row)
        cursor.execute(f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {tmp}")
        cursor.execute(f"DROP TABLE {tmp}")


def _refresh_last_contact(s: Session, newest: dict[int, datetime]) -> None:
    """Case.last_contact_at is the newest contact or attempt of either agency. Only moved
    forward (the import adds contacts, never removes them), without reading other agencies'
    rows; a Core update, so the case's version does not change."""
    if not newest:
        return
    table = Case.__table__
    stmt = (
        update(table)
        .where(table.c.id == bindparam("cid"))
        .where(table.c.last_contact_at.is_(None) | (table.c.last_contact_at < bindparam("at")))
        .values(last_contact_at=bindparam("at"), updated_at=table.c.updated_at)
    )
    s.execute(stmt, [{"cid": cid, "at": at} for cid, at in newest.items()])
