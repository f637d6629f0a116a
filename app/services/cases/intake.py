"""Intake (aktualisering): a new case with its parties, children and police reports.

`create_case(db, actor, IntakeRequest)` validates everything first and raises one
`ValidationError` listing every bad field (Swedish, naming the field), then writes the whole case
in one transaction: case number, people (an existing person with the same personnummer is reused,
never duplicated), parties, addresses, children, police reports, an optional referral to the
person's own district, and the audit entry `case_created`.

Duplicates: a personnummer already in an OPEN case is refused with `DuplicateCaseError` (it
carries the hits) unless the request says `allow_open_duplicates=True` — the user has seen the
existing case and goes on deliberately. `cases.find_open_cases_for` shows them beforehand; the
binding check runs inside the creating transaction, under a lock per number.

Case numbers `IGOR-YYYY-NNNN` (year of the opening date, serial from 0001, more digits after 9999)
come from `case_number_counter`, incremented inside the creating transaction: on PostgreSQL the
counter row is locked by the UPDATE until commit, on SQLite the write transaction holds the
database lock (BEGIN IMMEDIATE) — two workstations never get the same number.

Reserve numbers (for people with neither personnummer nor samordningsnummer):
`R-YYYY-XXXXXX`, YYYY the year it was given, XXXXXX six characters from Crockford's base 32
(digits and capitals without I, L, O, U), random and checked unique. A reserve number is the
program's own and temporary: replace it when the person's real number is known.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select, update
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.database import Database
from app.errors import UserError, ValidationError
from app.i18n import tr_noop
from app.models import (
    Address,
    Case,
    CaseNumberCounter,
    CaseParty,
    Child,
    Person,
    PoliceReport,
    Referral,
    StaffMember,
)
from app.models.enums import (
    Agency,
    Area,
    CaseSource,
    CaseStatus,
    NumberKind,
    PartyRole,
    Protection,
    ReferralTarget,
    Relation,
)
from app.services.cases.case_list import (
    OpenCaseHit,
    find_open_cases_for,  # noqa: F401 - part of the intake API
    local_today,
    open_case_hits,
)
from app.services.core import access, audit, identity
from app.services.core.actor import Actor
from app.vocabulary import checks
from app.vocabulary import fields as F

logger = logging.getLogger(__name__)

CASE_CREATED = "case_created"
EARLIEST_BIRTH_YEAR = 1900
CHILD_MAX_AGE = 18
MAX_CHILDREN = 20
MAX_REPORTS = 20

# Field names (Swedish, shown in the messages; the intake dialog maps them to its widgets).
F_SOURCE = F.SOURCE
F_AREA = F.AREA
F_DISTRICT = F.HOME_DISTRICT
F_PARTIES = F.PARTIES
F_OPENED = F.OPENED_ON
F_INCIDENT = F.INCIDENT_DATE
F_RELATION = F.RELATION
F_POLICE = F.POLICE_OFFICER
F_SOCIAL = F.SOCIAL_WORKER
F_REPORTS = F.REPORT_NUMBERS
F_CHILDREN = F.CHILDREN


def party_field(role: PartyRole, what: str) -> str:
    """'våldsutsatt – personnummer', 'misstänkt – förnamn' …"""
    side = "våldsutsatt" if role is PartyRole.VICTIM else "misstänkt"
    return f"{side} – {what}"


def child_field(index: int, what: str) -> str:
    return f"barn {index + 1} – {what}"


# Police report numbers: unit (4 digits) - K + serial - two-digit year, e.g. 5000-K123456-25.
REPORT_NUMBER = re.compile(r"^(\d{4})-?K(\d{1,8})-?(\d{2})$", re.IGNORECASE)
RESERVE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base 32


@dataclass(frozen=True)
class AddressInput:
    street: str = ""
    postal_code: str = ""
    city: str = ""

    @property
    def empty(self) -> bool:
        return not (self.street.strip() or self.postal_code.strip() or self.city.strip())


@dataclass(frozen=True)
class PartyInput:
    first_name: str = ""
    last_name: str = ""
    # Personnummer / samordningsnummer in any written form, or an existing reserve number.
    number: str = ""
    new_reserve_number: bool = False  # let the program give a temporary reserve number
    birth_year: int | None = None  # when no number is known (or to check it)
    protection: Protection = Protection.NONE
    phone: str = ""
    address: AddressInput = AddressInput()
    reachable: bool = True


@dataclass(frozen=True)
class ChildInput:
    first_name: str = ""
    birth_year: int | None = None


@dataclass(frozen=True)
class IntakeRequest:
    source: CaseSource | None
    area: Area = Area.INSIDE
    district: str = ""  # the person's own district when the area is outside
    refer_to_district: bool = False  # outside: record a referral to the own district now
    victim: PartyInput | None = None
    suspect: PartyInput | None = None
    relation: Relation | None = None
    cohabiting: bool | None = None
    children: tuple[ChildInput, ...] = ()
    police_reports: tuple[str, ...] = ()
    incident_date: date | None = None
    opened_on: date | None = None  # default today
    # None: the actor for their own agency's side, nobody for the other.
    assigned_police_id: int | None = None
    assigned_social_id: int | None = None
    focus_person: bool = False
    allow_open_duplicates: bool = False  # the user has seen the open case(s) and goes on


@dataclass(frozen=True)
class IntakeResult:
    case_id: int
    case_number: str
    outside_area: bool  # the UI offers a referral to the own district
    district_referral_ids: tuple[int, ...] = ()
    reused_person_ids: tuple[int, ...] = ()
    reserve_numbers: tuple[str, ...] = field(default=())  # numbers the program gave, to show


class DuplicateCaseError(UserError):
    """A personnummer of the new case is already a party in an open case."""

    def __init__(self, hits: list[OpenCaseHit]) -> None:
        numbers = ", ".join(dict.fromkeys(h.case_number for h in hits))
        super().__init__(
            tr_noop(
                "Personen finns redan i ett öppet ärende ({numbers}). Öppna det ärendet eller "
                "bekräfta att ett nytt ärende ska skapas."
            ),
            field=None,
            numbers=numbers,
        )
        self.hits = hits


# --- validation -------------------------------------------------------------------------------


@dataclass
class _Party:
    role: PartyRole
    data: PartyInput
    number: identity.IdentityNumber | None
    birth_year: int | None


def normalise_report_number(text: str) -> str:
    """'5000-k123456-25' / '5000K12345625' → '5000-K123456-25'; UserError when malformed."""
    compact = (text or "").strip().replace(" ", "")
    m = REPORT_NUMBER.match(compact)
    if not m:
        raise UserError(
            "Fältet {field}: ”{value}” har fel form. Skriv till exempel 5000-K123456-25.",
            field=F_REPORTS,
            value=compact,
        )
    return f"{m.group(1)}-K{m.group(2)}-{m.group(3)}"


def _validate_party(
    role: PartyRole, p: PartyInput, today: date, problems: list[UserError]
) -> _Party:
    number = None
    year = p.birth_year
    if p.number.strip() and p.new_reserve_number:
        problems.append(
            UserError(
                "Fältet {field}: skriv ett nummer eller välj reservnummer, inte båda.",
                field=party_field(role, "personnummer"),
            )
        )
    elif p.number.strip():
        try:
            number = identity.parse_identity_number(
                p.number, field=party_field(role, "personnummer")
            )
        except UserError as exc:
            problems.append(exc)
    if year is not None and not EARLIEST_BIRTH_YEAR <= year <= today.year:
        problems.append(
            UserError(
                "Fältet {field}: {value} är inget rimligt födelseår ({low}–{high}).",
                field=party_field(role, "födelseår"),
                value=year,
                low=EARLIEST_BIRTH_YEAR,
                high=today.year,
            )
        )
        year = None
    if number is not None and number.birth_year is not None:
        if year is not None and year != number.birth_year:
            problems.append(
                UserError(
                    "Fältet {field}: {value} stämmer inte med personnumret (född {born}).",
                    field=party_field(role, "födelseår"),
                    value=year,
                    born=number.birth_year,
                )
            )
        year = number.birth_year
    has_name = bool(p.first_name.strip() or p.last_name.strip())
    if not has_name and number is None and not p.new_reserve_number and not p.number.strip():
        problems.append(
            UserError(
                "Fältet {field}: skriv namn eller personnummer (eller ta bort parten).",
                field=party_field(role, "namn"),
            )
        )
    for what, value, limit in (
        ("förnamn", p.first_name, 100),
        ("efternamn", p.last_name, 100),
        ("telefon", p.phone, 40),
        ("gatuadress", p.address.street, 200),
        ("postnummer", p.address.postal_code, 10),
        ("ort", p.address.city, 100),
    ):
        if len(value.strip()) > limit:
            problems.append(checks.too_long(party_field(role, what), limit))
    if p.phone.strip() and not re.fullmatch(r"[0-9 +()\-]{5,40}", p.phone.strip()):
        problems.append(
            UserError(
                "Fältet {field}: ”{value}” är inget telefonnummer.",
                field=party_field(role, "telefon"),
                value=p.phone.strip(),
            )
        )
    if not p.address.empty and not p.address.street.strip():
        problems.append(checks.required(party_field(role, "gatuadress")))
    if p.address.postal_code.strip() and not re.fullmatch(
        r"\d{3} ?\d{2}", p.address.postal_code.strip()
    ):
        problems.append(
            UserError(
                "Fältet {field}: ”{value}” är inget postnummer (fem siffror).",
                field=party_field(role, "postnummer"),
                value=p.address.postal_code.strip(),
            )
        )
    return _Party(role, p, number, year)


def _staff_problem(s: Session, staff_id: int, agency: Agency, name: str) -> UserError | None:
    row = s.execute(
        select(StaffMember.agency, StaffMember.revoked_at, StaffMember.is_caseworker).where(
            StaffMember.id == staff_id
        )
    ).one_or_none()
    if row is None or row.revoked_at is not None or not row.is_caseworker:
        return UserError("Fältet {field}: personen finns inte eller är spärrad.", field=name)
    if Agency(row.agency) is not agency:
        return UserError("Fältet {field}: personen hör inte till rätt myndighet.", field=name)
    return None


def validate(request: IntakeRequest, today: date | None = None) -> list[_Party]:
    """Every problem of the request at once (ValidationError), or the checked parties."""
    today = today or local_today()
    problems: list[UserError] = []
    if request.source is not None and request.source not in set(CaseSource):
        problems.append(UserError("Fältet {field} har ett okänt värde.", field=F_SOURCE))
    elif request.source is None:
        problems.append(checks.choose(F_SOURCE))
    if request.area is Area.OUTSIDE and not request.district.strip():
        problems.append(
            UserError(
                "Fältet {field}: skriv personens eget stadsdelsområde när ärendet ligger "
                "utanför projektområdet.",
                field=F_DISTRICT,
            )
        )
    if request.refer_to_district and request.area is not Area.OUTSIDE:
        problems.append(
            UserError(
                "Fältet {field}: hänvisning till eget stadsdelsområde gäller bara ärenden "
                "utanför projektområdet.",
                field=F_DISTRICT,
            )
        )
    opened = request.opened_on or today
    if opened > today:
        problems.append(
            UserError(
                "Fältet {field}: datumet {value} ligger i framtiden.",
                field=F_OPENED,
                value=opened.isoformat(),
            )
        )
    if request.incident_date is not None:
        if request.incident_date > today:
            problems.append(
                UserError(
                    "Fältet {field}: datumet {value} ligger i framtiden.",
                    field=F_INCIDENT,
                    value=request.incident_date.isoformat(),
                )
            )
        elif request.incident_date > opened:
            problems.append(
                UserError(
                    "Fältet {field}: händelsen ({value}) kan inte ligga efter ärendets "
                    "startdatum ({opened}).",
                    field=F_INCIDENT,
                    value=request.incident_date.isoformat(),
                    opened=opened.isoformat(),
                )
            )
    parties = []
    if request.victim is None and request.suspect is None:
        problems.append(
            UserError(
                "Fältet {field}: ange minst en part, den våldsutsatta eller den misstänkta.",
                field=F_PARTIES,
            )
        )
    for role, data in ((PartyRole.VICTIM, request.victim), (PartyRole.SUSPECT, request.suspect)):
        if data is not None:
            parties.append(_validate_party(role, data, today, problems))
    numbers = [p.number.value for p in parties if p.number is not None]
    if len(numbers) == 2 and numbers[0] == numbers[1]:
        problems.append(
            UserError(
                "Fältet {field}: den våldsutsatta och den misstänkta kan inte ha samma nummer.",
                field=party_field(PartyRole.SUSPECT, "personnummer"),
            )
        )
    if request.relation is not None and len(parties) < 2:
        pass  # the relation is known even when one side is not identified
    if len(request.children) > MAX_CHILDREN:
        problems.append(
            UserError("Fältet {field}: högst {limit} barn.", field=F_CHILDREN, limit=MAX_CHILDREN)
        )
    for i, child in enumerate(request.children):
        if len(child.first_name.strip()) > 100:
            problems.append(checks.too_long(child_field(i, "förnamn"), 100))
        if child.birth_year is not None and not (
            today.year - CHILD_MAX_AGE <= child.birth_year <= today.year
        ):
            problems.append(
                UserError(
                    "Fältet {field}: {value} är inget födelseår för ett barn ({low}–{high}).",
                    field=child_field(i, "födelseår"),
                    value=child.birth_year,
                    low=today.year - CHILD_MAX_AGE,
                    high=today.year,
                )
            )
        if not child.first_name.strip() and child.birth_year is None:
            problems.append(
                UserError(
                    "Fältet {field}: skriv förnamn eller födelseår (eller ta bort raden).",
                    field=child_field(i, "förnamn"),
                )
            )
    if len(request.police_reports) > MAX_REPORTS:
        problems.append(
            UserError("Fältet {field}: högst {limit} nummer.", field=F_REPORTS, limit=MAX_REPORTS)
        )
    seen = set()
    for text in request.police_reports:
        if not text.strip():
            continue
        try:
            value = normalise_report_number(text)
        except UserError as exc:
            problems.append(exc)
            continue
        if value in seen:
            problems.append(
                UserError("Fältet {field}: {value} står två gånger.", field=F_REPORTS, value=value)
            )
        seen.add(value)
    if problems:
        raise ValidationError(problems)
    return parties


# --- writing ----------------------------------------------------------------------------------


def next_case_number(s: Session, year: int) -> str:
    """Allocate IGOR-YYYY-NNNN inside the caller's write transaction (see the module doc)."""
    table = CaseNumberCounter.__table__
    dialect = s.get_bind().dialect.name
    ins = pg_insert(table) if dialect == "postgresql" else sqlite_insert(table)
    s.execute(ins.values(year=year, last_serial=0).on_conflict_do_nothing(index_elements=["year"]))
    while True:
        serial = s.execute(
            update(table)
            .where(table.c.year == year)
            .values(last_serial=table.c.last_serial + 1)
            .returning(table.c.last_serial)
        ).scalar_one()
        number = f"IGOR-{year}-{serial:04d}"
        # A number taken outside the counter (an import) is skipped, never reused.
        if s.execute(select(Case.id).where(Case.case_number == number)).first() is None:
            return number


def new_reserve_number(s: Session, today: date | None = None) -> str:
    """A fresh temporary reserve number R-YYYY-XXXXXX not used by anyone (see module doc)."""
    year = (today or local_today()).year
    while True:
        tail = "".join(secrets.choice(RESERVE_ALPHABET) for _ in range(6))
        number = f"R-{year}-{tail}"
        if s.execute(select(Person.id).where(Person.personal_number == number)).first() is None:
            return number


_PROTECTION_RANK = {
    Protection.NONE: 0,
    Protection.SEKRETESSMARKERING: 1,
    Protection.SKYDDAD_FOLKBOKFORING: 2,
    Protection.FINGERADE: 3,
}


def _person_for(s: Session, party: _Party, reserve: str | None) -> tuple[Person, bool]:
    p = party.data
    value = reserve or (party.number.value if party.number else None)
    person = None
    if value is not None:
        person = s.execute(
            select(Person).where(Person.personal_number == value)
        ).scalar_one_or_none()
    if person is not None:
        # Reuse: fill what is missing, never overwrite what the team already recorded, and
        # never lower a protection level (a stricter one from the intake wins).
        if not person.first_name and p.first_name.strip():
            person.first_name = p.first_name.strip()
        if not person.last_name and p.last_name.strip():
            person.last_name = p.last_name.strip()
        if not person.phone and p.phone.strip():
            person.phone = p.phone.strip()
        if person.birth_year is None and party.birth_year is not None:
            person.birth_year = party.birth_year
        if _PROTECTION_RANK[p.protection] > _PROTECTION_RANK[Protection(person.protection)]:
            person.protection = p.protection
        return person, True
    if reserve is not None:
        kind = NumberKind.RESERVE
    elif party.number is not None:
        kind = party.number.kind
    else:
        kind = NumberKind.NONE
    person = Person(
        first_name=p.first_name.strip() or None,
        last_name=p.last_name.strip() or None,
        personal_number=value,
        number_kind=kind,
        birth_year=party.birth_year,
        protection=p.protection,
        phone=p.phone.strip() or None,
    )
    s.add(person)
    return person, False


def _add_address(person: Person, a: AddressInput) -> None:
    if a.empty:
        return
    street = a.street.strip()
    postal = a.postal_code.strip().replace(" ", "")
    postal = f"{postal[:3]} {postal[3:]}" if len(postal) == 5 else postal or None
    for existing in person.addresses:
        if existing.street == street and (existing.postal_code or None) == postal:
            return
    person.addresses.append(
        Address(street=street, postal_code=postal, city=a.city.strip() or None, label="folkbokförd")
    )


def create_case(
    db: Database, actor: Actor, request: IntakeRequest, *, today: date | None = None
) -> IntakeResult:
    """Create the case as one transaction; ValidationError / DuplicateCaseError before anything
    is written."""
    access.require_caseworker(actor)
    today = today or local_today()
    parties = validate(request, today)
    numbers = [p.number.value for p in parties if p.number is not None]
    opened = request.opened_on or today
    police_id = request.assigned_police_id
    social_id = request.assigned_social_id
    if police_id is None and actor.agency is Agency.POLICE and actor.is_caseworker:
        police_id = actor.staff_id
    if social_id is None and actor.agency is Agency.SOCIAL and actor.is_caseworker:
        social_id = actor.staff_id
    try:
        return _create(db, actor, request, parties, numbers, opened, police_id, social_id, today)
    except IntegrityError as exc:
        # Another workstation registered one of these people in the same moment (the unique
        # personal_number); nothing of this case was written.
        logger.info("intake conflict on a unique constraint: %s", type(exc.orig).__name__)
        raise UserError(
            "En annan arbetsstation registrerade samma person i samma ögonblick. Inget sparades; "
            "försök igen."
        ) from exc


NUMBER_LOCK_CLASS = 4242002  # pg_advisory_xact_lock(class, key); 4242001 is the audit chain


def _lock_numbers(s: Session, numbers: list[str]) -> None:
    """PostgreSQL: a transaction-scoped advisory lock per personnummer (also for people not in
    the database yet, whom no row lock could cover), taken in sorted order so two intakes never
    deadlock. SQLite: the write transaction (BEGIN IMMEDIATE) already excludes other writers."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for number in sorted(set(numbers)):
        key = int.from_bytes(hashlib.sha256(number.encode()).digest()[:4], "big", signed=True)
        s.execute(
            sql_text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": NUMBER_LOCK_CLASS, "k": key}
        )


def _create(db, actor, request, parties, numbers, opened, police_id, social_id, today):
    reports = [normalise_report_number(t) for t in request.police_reports if t.strip()]
    with db.write(actor=actor) as s:
        if numbers:
            # Serialise intakes of the same number, then look for open cases inside this
            # transaction: two workstations registering the same person at the same moment
            # cannot both miss the other's new case.
            _lock_numbers(s, numbers)
            if not request.allow_open_duplicates:
                hits = open_case_hits(s, numbers)
                if hits:
                    raise DuplicateCaseError(hits)
        problems = []
        if police_id is not None and (e := _staff_problem(s, police_id, Agency.POLICE, F_POLICE)):
            problems.append(e)
        if social_id is not None and (e := _staff_problem(s, social_id, Agency.SOCIAL, F_SOCIAL)):
            problems.append(e)
        if problems:
            raise ValidationError(problems)
        case = Case(
            case_number=next_case_number(s, opened.year),
            status=CaseStatus.OPEN,
            source=request.source,
            area=request.area,
            district=request.district.strip() or None,
            opened_on=opened,
            incident_date=request.incident_date,
            has_children=bool(request.children),
            focus_person=request.focus_person,
            assigned_police_id=police_id,
            assigned_social_id=social_id,
            updated_by_id=actor.staff_id,
        )
        s.add(case)
        reused: list[int] = []
        reserves: list[str] = []
        party_rows: list[CaseParty] = []
        for party in parties:
            reserve = new_reserve_number(s, today) if party.data.new_reserve_number else None
            if reserve:
                reserves.append(reserve)
            person, was_reused = _person_for(s, party, reserve)
            _add_address(person, party.data.address)
            row = CaseParty(
                role=party.role,
                person=person,
                relation=request.relation,
                cohabiting=request.cohabiting,
                reachable=party.data.reachable,
            )
            case.parties.append(row)
            party_rows.append(row)
            s.flush()
            if was_reused:
                reused.append(person.id)
        for child in request.children:
            case.children.append(
                Child(first_name=child.first_name.strip() or None, birth_year=child.birth_year)
            )
        for value in reports:
            case.police_reports.append(PoliceReport(report_number=value))
        s.flush()
        referral_ids = []
        if request.refer_to_district and request.area is Area.OUTSIDE:
            for row in party_rows:
                referral = Referral(
                    case_id=case.id,
                    party_id=row.id,
                    target=ReferralTarget.OTHER_DISTRICT,
                    target_detail=request.district.strip()[:200],
                    referred_on=opened if opened <= today else today,
                    referred_by_id=actor.staff_id,
                )
                s.add(referral)
                s.flush()
                referral_ids.append(referral.id)
        audit.record(
            s,
            actor,
            CASE_CREATED,
            record_type="case",
            record_id=case.id,
            case_id=case.id,
            details={
                "source": str(request.source),
                "area": str(request.area),
                "parties": len(parties),
                "reused_people": len(reused),
                "children": len(request.children),
                "police_reports": len(reports),
                "district_referrals": len(referral_ids),
                "duplicate_confirmed": bool(request.allow_open_duplicates and numbers),
            },
        )
        result = IntakeResult(
            case_id=case.id,
            case_number=case.case_number,
            outside_area=request.area is Area.OUTSIDE,
            district_referral_ids=tuple(referral_ids),
            reused_person_ids=tuple(reused),
            reserve_numbers=tuple(reserves),
        )
    logger.info("case %s created (%s parties)", result.case_id, len(parties))
    return result
