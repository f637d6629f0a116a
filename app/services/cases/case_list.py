"""The case list: filters, sorting on every column, keyset paging, count and search.

`list_cases(db, actor, query, after=cursor)` returns one page of frozen `CaseRow`s and an opaque
cursor for the next page. Paging is by keyset (WHERE sort keys > last row's keys), never OFFSET,
so page 500 costs what page 1 costs and rows do not shift when someone adds a case meanwhile.
Equal sort values are ordered by case id, so paging is stable.

Search (`CaseQuery.search`) understands, in this order (see docs/cases.md):
- a police report number `5000-K123456-25` (also a part of one, e.g. `K123456`),
- a case number `IGOR-2026-0001` or its tail `2026-0001` (prefix match),
- a personnummer or samordningsnummer with or without century and dash (`19850314-2385`,
  `198503142385`, `850314-2385`, `8503142385`), a birth date `19850314` / `850314`, or a reserve
  number `R-2026-…`,
- otherwise names: every word must be the beginning of the first or the last name of the victim
  or the suspect (case-insensitive, also for å, ä, ö).

Analysts see statistics only: every function here refuses them. Protected-identity people are
listed by name (the case is the team's shared work), but no address or phone ever leaves this
module, and neither is searchable (app.services.core.protection owns the rule).
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import and_, false, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.database import Database, fold
from app.errors import UserError
from app.models import Case, CaseParty, Person, PoliceReport, StaffMember
from app.models.enums import Area, CaseSource, CaseStatus, NumberKind, PartyRole
from app.services.core import access, identity, pickers, protection
from app.services.core.actor import Actor
from app.services.core.pickers import StaffChoice

LOCAL_TZ = ZoneInfo("Europe/Stockholm")
PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
UNASSIGNED = 0  # filter value: no officer / social worker assigned


class SortColumn(StrEnum):
    NUMBER = "number"
    STATUS = "status"
    VICTIM = "victim"
    SUSPECT = "suspect"
    POLICE = "police"
    SOCIAL = "social"
    AREA = "area"
    SOURCE = "source"
    FOCUS = "focus"
    CHILDREN = "children"
    DAYS_SINCE_CONTACT = "days_since_contact"
    OPENED = "opened"


class SearchKind(StrEnum):
    NONE = "none"
    NAME = "name"
    PERSONAL_NUMBER = "personal_number"
    BIRTH_DATE = "birth_date"
    RESERVE_NUMBER = "reserve_number"
    CASE_NUMBER = "case_number"
    REPORT_NUMBER = "report_number"
    INVALID_NUMBER = "invalid_number"  # looks like a personnummer but is not valid


@dataclass(frozen=True)
class CaseQuery:
    """What the list shows. All filters are optional and combine with AND."""

    status: CaseStatus | None = None
    assigned_police_id: int | None = None  # UNASSIGNED (0): no officer assigned
    assigned_social_id: int | None = None  # UNASSIGNED (0): no social worker assigned
    assigned_to: int | None = None  # either role ("mina ärenden")
    area: Area | None = None
    source: CaseSource | None = None
    focus_person: bool | None = None
    has_children: bool | None = None
    # Days since the last contact: at least / at most N days. A case never contacted counts as
    # "at least N days" for every N (it is the most overdue), never as "at most".
    min_days_since_contact: int | None = None
    max_days_since_contact: int | None = None
    search: str = ""
    sort: SortColumn = SortColumn.OPENED
    descending: bool = True


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list. Names only; never an address, never a personnummer."""

    id: int
    case_number: str
    status: CaseStatus
    victim_name: str | None  # None: no victim in the case (unknown side)
    victim_protected: bool
    suspect_name: str | None
    suspect_protected: bool
    police_id: int | None
    police_name: str | None
    social_id: int | None
    social_name: str | None
    area: Area
    district: str | None
    source: CaseSource
    focus_person: bool
    has_children: bool
    last_contact_at: datetime | None
    days_since_contact: int | None  # None: never contacted
    opened_on: date
    open_actions: int = 0  # actions (bevakning) not done that this actor may read
    overdue_actions: int = 0  # of which past their due day


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    next_cursor: str | None  # None: this was the last page
    search_kind: SearchKind = SearchKind.NONE


@dataclass(frozen=True)
class _Key:
    """One sort key: an SQL expression, whether it runs descending, and where NULLs go
    (nulls_high: NULL sorts after every value in the expression's ascending order)."""

    expr: object
    descending: bool
    nullable: bool = False
    nulls_high: bool = True
    kind: str = "str"  # how the cursor stores the value: str, int, bool, date, datetime


@dataclass
class _Aliases:
    vp: object = field(default_factory=lambda: aliased(CaseParty, name="vp"))
    vperson: object = field(default_factory=lambda: aliased(Person, name="vperson"))
    sp: object = field(default_factory=lambda: aliased(CaseParty, name="sp"))
    sperson: object = field(default_factory=lambda: aliased(Person, name="sperson"))
    police: object = field(default_factory=lambda: aliased(StaffMember, name="police"))
    social: object = field(default_factory=lambda: aliased(StaffMember, name="social"))


# --- public API -------------------------------------------------------------------------------


def list_cases(
    db: Database,
    actor: Actor,
    query: CaseQuery = CaseQuery(),  # noqa: B008 - frozen, never mutated
    *,
    after: str | None = None,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> CasePage:
    """One page of the case list, starting after `after` (a cursor from the previous page)."""
    access.require_caseworker(actor)
    limit = max(1, min(int(limit), MAX_PAGE_SIZE))
    today = today or local_today()
    with db.read(actor=actor) as s:
        # Two steps: first the ids of the page in order (only the joins the sort needs), then
        # the rows of just those ids — the database never joins names for 100,000 cases.
        stmt, keys, kind = list_statement(s, query, after=after, limit=limit, today=today)
        ordered = s.execute(stmt).all()
        more = len(ordered) > limit
        ordered = ordered[:limit]
        ids = [r.id for r in ordered]
        details = {}
        counts = {}
        if ids:
            a = _Aliases()
            details = {r.id: r for r in s.execute(_select_rows(a).where(Case.id.in_(ids)))}
            counts = _action_counts(s, ids, today)
    rows = tuple(_row(details[i], today, counts.get(i)) for i in ids if i in details)
    next_cursor = _encode_cursor(query, keys, ordered[-1]) if (more and ordered) else None
    return CasePage(rows, next_cursor, kind)


def list_statement(
    s: Session, query: CaseQuery, *, after: str | None, limit: int, today: date
) -> tuple[object, list[_Key], SearchKind]:
    """The SELECT of one page (limit + 1 rows, to know whether more follow). Public for the
    benchmark's query plans; call list_cases instead."""
    a = _Aliases()
    keys = _sort_keys(query, a)
    cursor_values = _decode_cursor(after, query, keys) if after else None
    kind, search_terms = classify_search(query.search)
    stmt = select(Case.id, *(k.expr.label(f"sort_{i}") for i, k in enumerate(keys)))
    stmt = _join_for_sort(stmt.select_from(Case), query.sort, a)
    stmt = stmt.where(*_filters(query, today), *_search_criteria(s, kind, search_terms))
    if cursor_values is not None:
        stmt = stmt.where(_after(keys, cursor_values))
    stmt = stmt.order_by(*_order_by(keys)).limit(limit + 1)
    return stmt, keys, kind


def count_cases(
    db: Database,
    actor: Actor,
    query: CaseQuery = CaseQuery(),  # noqa: B008
    *,
    today: date | None = None,
) -> int:
    """How many cases the query matches (all pages)."""
    access.require_caseworker(actor)
    today = today or local_today()
    kind, search_terms = classify_search(query.search)
    with db.read(actor=actor) as s:
        stmt = select(func.count(Case.id)).where(
            *_filters(query, today), *_search_criteria(s, kind, search_terms)
        )
        return int(s.execute(stmt).scalar_one())


def get_case_row(db: Database, actor: Actor, case_id: int, *, today: date | None = None):
    """The list row of one case (to refresh a line after the case file changed it); None when
    the case no longer exists."""
    access.require_caseworker(actor)
    today = today or local_today()
    a = _Aliases()
    with db.read(actor=actor) as s:
        r = s.execute(_select_rows(a).where(Case.id == case_id)).one_or_none()
        counts = _action_counts(s, [case_id], today) if r is not None else {}
    return _row(r, today, counts.get(case_id)) if r is not None else None


def _action_counts(s: Session, ids: list[int], today: date) -> dict[int, tuple[int, int]]:
    """(open, overdue) actions per case, of those this actor may read (the ORM hook filters
    the other agency's without consent)."""
    from app.services.cases.actions import _counts

    return _counts(s, ids, today)


def staff_choices(db: Database, actor: Actor, agency: str | None = None) -> list[StaffChoice]:
    """Active caseworkers to filter on / assign (officers with agency='police', social workers
    with agency='social'), by name."""
    return pickers.staff(db, actor, agency=agency)


def local_today() -> date:
    return datetime.now(LOCAL_TZ).date()


# --- search -----------------------------------------------------------------------------------

_CASE_NUMBER = re.compile(r"^(?:IGOR-?)?(\d{4})(?:-(\d{0,6}))?$", re.IGNORECASE)
_CASE_NUMBER_FULL = re.compile(r"^IGOR-\d{0,4}(?:-\d{0,6})?$", re.IGNORECASE)
_REPORT_FULL = re.compile(r"^(\d{4})-?K(\d{1,8})-?(\d{2})$", re.IGNORECASE)
_REPORT_PART = re.compile(r"^(?:\d{4}-?)?K\d{3,8}(?:-\d{0,2})?$", re.IGNORECASE)
_PNR_SHAPE = re.compile(r"^(\d{6}|\d{8})[-+]?\d{4}$")
_BIRTH_DATE = re.compile(r"^(\d{6}|\d{8})$")
_NAME_SPLIT = re.compile(r"[\s,]+")
MAX_NAME_WORDS = 4


def classify_search(text: str) -> tuple[SearchKind, tuple[str, ...]]:
    """How a search text is understood, and the normalised values to look up."""
    raw = (text or "").strip()
    if not raw:
        return SearchKind.NONE, ()
    compact = raw.replace(" ", "")
    m = _REPORT_FULL.match(compact)
    if m:
        return SearchKind.REPORT_NUMBER, (f"{m.group(1)}-K{m.group(2)}-{m.group(3)}",)
    if _REPORT_PART.match(compact):
        return SearchKind.REPORT_NUMBER, (compact.upper(),)
    if _PNR_SHAPE.match(compact):
        try:
            number = identity.parse_identity_number(compact)
        except UserError:
            return SearchKind.INVALID_NUMBER, ()
        return SearchKind.PERSONAL_NUMBER, (number.value,)
    if identity.RESERVE_PATTERN.match(compact):
        return SearchKind.RESERVE_NUMBER, (compact.upper(),)
    if _CASE_NUMBER_FULL.match(compact) or _CASE_NUMBER.match(compact):
        if not compact.upper().startswith("IGOR"):
            compact = "IGOR-" + compact
        elif compact[4:5] != "-":
            compact = "IGOR-" + compact[4:]
        return SearchKind.CASE_NUMBER, (compact.upper(),)
    if _BIRTH_DATE.match(compact):
        prefix = _birth_date_prefix(compact)
        if prefix:
            return SearchKind.BIRTH_DATE, (prefix,)
        return SearchKind.INVALID_NUMBER, ()
    words = tuple(w for w in _NAME_SPLIT.split(raw) if w)[:MAX_NAME_WORDS]
    # lower(), not casefold(): the database's lower() never turns ß into ss
    return SearchKind.NAME, tuple(w.lower() for w in words)


def _birth_date_prefix(digits: str) -> str | None:
    """YYYYMMDD or YYMMDD (century as for a personnummer written without '+': the most recent
    date not in the future) → YYYYMMDD, or None when it is no date."""
    today = local_today()
    if len(digits) == 6:
        yy = int(digits[:2])
        century = today.year // 100 * 100
        year = century + yy
        try:
            when = date(year, int(digits[2:4]), int(digits[4:6]))
        except ValueError:
            return None
        if when > today:
            year -= 100
        digits = f"{year:04d}{digits[2:]}"
    try:
        date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return digits


def _prefix_range(expr, prefix: str):
    """expr starts with prefix, written as a range so an index on expr is used (LIKE cannot
    use an expression index in SQLite, nor a non-C-collation index in PostgreSQL)."""
    last = ord(prefix[-1])
    if last >= 0x10FFFF:  # no character after it: everything from the prefix on
        return expr >= prefix
    upper = prefix[:-1] + chr(last + 1)
    return and_(expr >= prefix, expr < upper)


def _case_variants(word: str, limit: int = 8) -> list[str]:
    """The word with each non-ASCII letter in lower and upper case.

    SQLite's lower() folds ASCII letters only ('Åsa' stays 'Åsa'), PostgreSQL's folds all; the
    search compares lower(name) with every variant, so 'åsa', 'Åsa' and 'ÅSA' all find Åsa on
    both. At most `limit` variants (3 non-ASCII letters in the prefix).
    """
    options = []
    for ch in word:
        if ch.isascii() or ch.lower() == ch.upper():
            options.append((ch,))
        else:
            options.append(tuple(dict.fromkeys((ch.lower(), ch.upper()))))
    variants = ["".join(p) for p in itertools.islice(itertools.product(*options), limit)]
    return variants


def _name_key(session: Session, column):
    """lower(name) in a byte-ordered collation, matching the indexes of migration b1."""
    expr = func.lower(column)
    if session.get_bind().dialect.name == "postgresql":
        expr = expr.collate("C")
    return expr


def _name_matches(session: Session, person, word: str):
    """A name starts with the word: the indexed ranges (exact letters, any case), or the
    folded names (app/database/fold.py: "kovacevic" finds Kovačević, "akesson" Åkesson, but
    "åsa" never Asa)."""
    first = _name_key(session, person.first_name)
    last = _name_key(session, person.last_name)
    ranges = []
    for variant in _case_variants(word):
        ranges.append(_prefix_range(first, variant))
        ranges.append(_prefix_range(last, variant))
    folded, swedish = fold.match_fold(word)
    if folded:
        pattern = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for column in (person.first_name, person.last_name):
            ranges.append(
                fold.sql_fold(session, column, swedish=swedish).like(pattern, escape="\\")
            )
    return or_(*ranges)


def _search_criteria(session: Session, kind: SearchKind, terms: Sequence[str]):
    if kind is SearchKind.NONE:
        return []
    if kind is SearchKind.INVALID_NUMBER or not terms:
        return [false()]
    if kind is SearchKind.CASE_NUMBER:
        return [_prefix_range(Case.case_number, terms[0])]
    if kind is SearchKind.REPORT_NUMBER:
        value = terms[0]
        if _REPORT_FULL.match(value):
            match = PoliceReport.report_number == value
        else:  # a part of a number: a scan of the (small) report table
            match = func.upper(PoliceReport.report_number).contains(value, autoescape=True)
        return [Case.id.in_(select(PoliceReport.case_id).where(match))]
    if kind in (SearchKind.PERSONAL_NUMBER, SearchKind.RESERVE_NUMBER):
        people = select(Person.id).where(Person.personal_number == terms[0])
        return [_has_party(people)]
    if kind is SearchKind.BIRTH_DATE:
        people = select(Person.id).where(_prefix_range(Person.personal_number, terms[0]))
        return [_has_party(people)]
    # Names: people whose first or last name starts with each word. A person matches when
    # every word matches one of their names; a case matches when its victim or suspect does.
    p = aliased(Person, name="sperson_search")
    people = select(p.id).where(*(_name_matches(session, p, w) for w in terms))
    return [_has_party(people)]


def _has_party(people_subquery):
    return Case.id.in_(
        select(CaseParty.case_id).where(CaseParty.person_id.in_(people_subquery.scalar_subquery()))
    )


# --- building the query -----------------------------------------------------------------------


def _join_for_sort(stmt, col: SortColumn, a: _Aliases):
    if col is SortColumn.VICTIM:
        stmt = stmt.outerjoin(a.vp, and_(a.vp.case_id == Case.id, a.vp.role == PartyRole.VICTIM))
        stmt = stmt.outerjoin(a.vperson, a.vperson.id == a.vp.person_id)
    elif col is SortColumn.SUSPECT:
        stmt = stmt.outerjoin(a.sp, and_(a.sp.case_id == Case.id, a.sp.role == PartyRole.SUSPECT))
        stmt = stmt.outerjoin(a.sperson, a.sperson.id == a.sp.person_id)
    elif col is SortColumn.POLICE:
        stmt = stmt.outerjoin(a.police, a.police.id == Case.assigned_police_id)
    elif col is SortColumn.SOCIAL:
        stmt = stmt.outerjoin(a.social, a.social.id == Case.assigned_social_id)
    return stmt


def _join_parties(stmt, a: _Aliases):
    stmt = stmt.outerjoin(a.vp, and_(a.vp.case_id == Case.id, a.vp.role == PartyRole.VICTIM))
    stmt = stmt.outerjoin(a.vperson, a.vperson.id == a.vp.person_id)
    stmt = stmt.outerjoin(a.sp, and_(a.sp.case_id == Case.id, a.sp.role == PartyRole.SUSPECT))
    stmt = stmt.outerjoin(a.sperson, a.sperson.id == a.sp.person_id)
    return stmt


def _select_rows(a: _Aliases):
    stmt = select(
        Case.id,
        Case.case_number,
        Case.status,
        a.vperson.id.label("victim_id"),
        a.vperson.first_name.label("victim_first"),
        a.vperson.last_name.label("victim_last"),
        a.vperson.protection.label("victim_protection"),
        a.sperson.id.label("suspect_id"),
        a.sperson.first_name.label("suspect_first"),
        a.sperson.last_name.label("suspect_last"),
        a.sperson.protection.label("suspect_protection"),
        Case.assigned_police_id,
        a.police.full_name.label("police_name"),
        Case.assigned_social_id,
        a.social.full_name.label("social_name"),
        Case.area,
        Case.district,
        Case.source,
        Case.focus_person,
        Case.has_children,
        Case.last_contact_at,
        Case.opened_on,
    ).select_from(Case)
    stmt = _join_parties(stmt, a)
    stmt = stmt.outerjoin(a.police, a.police.id == Case.assigned_police_id)
    stmt = stmt.outerjoin(a.social, a.social.id == Case.assigned_social_id)
    return stmt


def _staff_filter(column, value: int | None):
    if value is None:
        return true()
    if value == UNASSIGNED:
        return column.is_(None)
    return column == value


def _day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time.min, LOCAL_TZ).astimezone(UTC)


def _filters(query: CaseQuery, today: date) -> list:
    out = []
    if query.status is not None:
        out.append(Case.status == query.status)
    if query.assigned_police_id is not None:
        out.append(_staff_filter(Case.assigned_police_id, query.assigned_police_id))
    if query.assigned_social_id is not None:
        out.append(_staff_filter(Case.assigned_social_id, query.assigned_social_id))
    if query.assigned_to is not None:
        out.append(
            or_(
                Case.assigned_police_id == query.assigned_to,
                Case.assigned_social_id == query.assigned_to,
            )
        )
    if query.area is not None:
        out.append(Case.area == query.area)
    if query.source is not None:
        out.append(Case.source == query.source)
    if query.focus_person is not None:
        out.append(Case.focus_person.is_(query.focus_person))
    if query.has_children is not None:
        out.append(Case.has_children.is_(query.has_children))
    if query.min_days_since_contact is not None:
        # at least N days: the last contact was on or before today - N (local days)
        cutoff = _day_start_utc(today - timedelta(days=query.min_days_since_contact - 1))
        out.append(or_(Case.last_contact_at.is_(None), Case.last_contact_at < cutoff))
    if query.max_days_since_contact is not None:
        cutoff = _day_start_utc(today - timedelta(days=query.max_days_since_contact))
        out.append(Case.last_contact_at >= cutoff)
    return out


def _name_sort(person):
    return [
        _Key(func.lower(person.last_name), False, nullable=True),
        _Key(func.lower(person.first_name), False, nullable=True),
    ]


def _sort_keys(query: CaseQuery, a: _Aliases) -> list[_Key]:
    """The ORDER BY keys for the column, ascending by default, then the id."""
    col = query.sort
    if col is SortColumn.NUMBER:
        # IGOR-YYYY-NNNN sorts as text (the unique index); a year with more than 9,999 cases
        # would put IGOR-YYYY-10000 before IGOR-YYYY-9999 (the pilot opens about 200 a year).
        keys = [_Key(Case.case_number, False)]
    elif col is SortColumn.STATUS:
        keys = [_Key(Case.status, False)]
    elif col is SortColumn.VICTIM:
        keys = _name_sort(a.vperson)
    elif col is SortColumn.SUSPECT:
        keys = _name_sort(a.sperson)
    elif col is SortColumn.POLICE:
        keys = [_Key(a.police.full_name, False, nullable=True)]
    elif col is SortColumn.SOCIAL:
        keys = [_Key(a.social.full_name, False, nullable=True)]
    elif col is SortColumn.AREA:
        keys = [_Key(Case.area, False)]
    elif col is SortColumn.SOURCE:
        keys = [_Key(Case.source, False)]
    elif col is SortColumn.FOCUS:
        keys = [_Key(Case.focus_person, False, kind="bool")]
    elif col is SortColumn.CHILDREN:
        keys = [_Key(Case.has_children, False, kind="bool")]
    elif col is SortColumn.DAYS_SINCE_CONTACT:
        # More days = an older last contact; never contacted = the most days of all.
        keys = [_Key(Case.last_contact_at, True, nullable=True, nulls_high=False, kind="datetime")]
    else:  # OPENED
        keys = [_Key(Case.opened_on, False, kind="date")]
    if query.descending:
        keys = [_Key(k.expr, not k.descending, k.nullable, k.nulls_high, k.kind) for k in keys]
    keys.append(_Key(Case.id, query.descending, kind="int"))  # ties: by id, as the user sorts
    return keys


def _nulls_last(key: _Key) -> bool:
    """Whether NULLs come after the values in this key's actual order."""
    return key.nulls_high != key.descending


def _order_by(keys: list[_Key]) -> list:
    out = []
    for k in keys:
        clause = k.expr.desc() if k.descending else k.expr.asc()
        if k.nullable:
            clause = clause.nulls_last() if _nulls_last(k) else clause.nulls_first()
        out.append(clause)
    return out


def _value(k: _Key, value):
    return literal(value, k.expr.type) if k.kind == "bool" else value


def _equal(k: _Key, value):
    return k.expr.is_(None) if value is None else k.expr == _value(k, value)


def _beyond(k: _Key, value):
    """Rows strictly after `value` in this key's order."""
    if value is None:
        # all NULLs are equal: after them come the values only when NULLs sort first
        return false() if _nulls_last(k) or not k.nullable else k.expr.is_not(None)
    value = _value(k, value)
    cmp = k.expr < value if k.descending else k.expr > value
    if k.nullable and _nulls_last(k):
        return or_(cmp, k.expr.is_(None))
    return cmp


def _after(keys: list[_Key], values: list):
    """Lexicographic 'after the cursor' over all keys (the last is the unique id)."""
    alternatives = []
    for i, k in enumerate(keys):
        prefix = [_equal(keys[j], values[j]) for j in range(i)]
        alternatives.append(and_(*prefix, _beyond(k, values[i])))
    criterion = or_(*alternatives)
    first = keys[0]
    if not first.nullable and values[0] is not None:
        # a redundant bound on the leading key lets the database seek in its index
        v = _value(first, values[0])
        bound = first.expr <= v if first.descending else first.expr >= v
        criterion = and_(bound, criterion)
    return criterion


# --- cursor -----------------------------------------------------------------------------------


def _fingerprint(query: CaseQuery) -> str:
    """A cursor belongs to one query (sort, direction, filters, search)."""
    text = repr(
        (
            query.status,
            query.assigned_police_id,
            query.assigned_social_id,
            query.assigned_to,
            query.area,
            query.source,
            query.focus_person,
            query.has_children,
            query.min_days_since_contact,
            query.max_days_since_contact,
            query.search.strip(),
            query.sort,
            query.descending,
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _cursor_value(kind: str, value):
    if value is None:
        return None
    if kind == "date":
        return value.isoformat()
    if kind == "datetime":
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    return str(value)


def _from_cursor_value(kind: str, value):
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        return datetime.fromisoformat(value)
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return int(value)
    return str(value)


def _encode_cursor(query: CaseQuery, keys: list[_Key], last_row) -> str:
    # The sort values come from the database itself (columns sort_0 …), so the cursor holds
    # exactly what the next query compares with (SQLite's lower() is not Python's).
    values = [getattr(last_row, f"sort_{i}") for i in range(len(keys))]
    payload = {
        "q": _fingerprint(query),
        "v": [_cursor_value(k.kind, v) for k, v in zip(keys, values, strict=True)],
    }
    return base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def _decode_cursor(cursor: str, query: CaseQuery, keys: list[_Key]) -> list:
    try:
        payload = json.loads(base64.urlsafe_b64decode(cursor.encode()))
        if payload["q"] != _fingerprint(query) or len(payload["v"]) != len(keys):
            raise ValueError("cursor of another query")
        return [_from_cursor_value(k.kind, v) for k, v in zip(keys, payload["v"], strict=True)]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError("invalid case list cursor") from exc


# --- rows -------------------------------------------------------------------------------------


def _name(first: str | None, last: str | None, person_id) -> str | None:
    if person_id is None:
        return None
    return " ".join(p for p in (first, last) if p) or ""


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _row(r, today: date, actions: tuple[int, int] | None = None) -> CaseRow:
    last = _aware(r.last_contact_at)
    days = (today - last.astimezone(LOCAL_TZ).date()).days if last is not None else None
    return CaseRow(
        id=r.id,
        case_number=r.case_number,
        status=CaseStatus(r.status),
        victim_name=_name(r.victim_first, r.victim_last, r.victim_id),
        victim_protected=protection.is_protected_level(r.victim_protection),
        suspect_name=_name(r.suspect_first, r.suspect_last, r.suspect_id),
        suspect_protected=protection.is_protected_level(r.suspect_protection),
        police_id=r.assigned_police_id,
        police_name=r.police_name,
        social_id=r.assigned_social_id,
        social_name=r.social_name,
        area=Area(r.area),
        district=r.district,
        source=CaseSource(r.source),
        focus_person=bool(r.focus_person),
        has_children=bool(r.has_children),
        last_contact_at=last,
        days_since_contact=days,
        opened_on=r.opened_on,
        open_actions=actions[0] if actions else 0,
        overdue_actions=actions[1] if actions else 0,
    )


# --- duplicate detection ----------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCaseHit:
    """A person (by number) who is already a party in an open case."""

    case_id: int
    case_number: str
    role: PartyRole
    opened_on: date
    personal_number: str  # the normalised number that matched (12 digits or reserve number)
    number_kind: NumberKind


def find_open_cases_for(db: Database, actor: Actor, numbers: Iterable[str]) -> list[OpenCaseHit]:
    """Open cases in which any of these personnummer / samordningsnummer / reserve numbers is a
    party. Numbers are normalised first (any written form); ones that do not parse are ignored
    (the intake validation reports them)."""
    access.require_caseworker(actor)
    normalised = []
    for text in numbers:
        if not text or not text.strip():
            continue
        try:
            normalised.append(identity.parse_identity_number(text).value)
        except UserError:
            continue
    if not normalised:
        return []
    with db.read(actor=actor) as s:
        return open_case_hits(s, normalised)


def open_case_hits(session: Session, numbers: Sequence[str]) -> list[OpenCaseHit]:
    """In the caller's session: open cases with a party whose stored number is one of these
    (already normalised: 12 digits or a reserve number)."""
    rows = session.execute(
        select(
            Case.id,
            Case.case_number,
            CaseParty.role,
            Case.opened_on,
            Person.personal_number,
            Person.number_kind,
        )
        .join(CaseParty, CaseParty.case_id == Case.id)
        .join(Person, Person.id == CaseParty.person_id)
        .where(Person.personal_number.in_(sorted(set(numbers))), Case.status == CaseStatus.OPEN)
        .order_by(Case.opened_on.desc(), Case.id.desc())
    ).all()
    return [
        OpenCaseHit(
            r.id,
            r.case_number,
            PartyRole(r.role),
            r.opened_on,
            r.personal_number,
            NumberKind(r.number_kind),
        )
        for r in rows
    ]


__all__ = [
    "PAGE_SIZE",
    "UNASSIGNED",
    "CasePage",
    "CaseQuery",
    "CaseRow",
    "OpenCaseHit",
    "SearchKind",
    "SortColumn",
    "StaffChoice",
    "classify_search",
    "count_cases",
    "find_open_cases_for",
    "get_case_row",
    "list_cases",
    "open_case_hits",
    "staff_choices",
]
