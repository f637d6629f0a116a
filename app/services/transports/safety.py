"""The safety check of a secure transport (säker transport): custody, contact ban, risk level, and
the rule for a pickup at an address linked to the suspect.

The rule (issue 5, docs/transports.md):
- A pickup at an address linked to the suspect (the request says so, or the pickup matches one
  of the suspect's registered addresses) may be planned only with
  (a) confirmed custody: the suspect is arrested (anhållen) or detained (häktad) from before the
      planned start until after the planned end (start + estimated duration + buffer), or
  (b) at least two officers in the crew AND a recorded general safety assessment
      (Instrument.GENERAL_SAFETY) of the same case, linked to the transport, open, and made at
      most SAFETY_ASSESSMENT_MAX_AGE_DAYS days before the planned day.
- Arrested without a recorded end: an arrest lasts at most until the detention hearing, so the
  custody is assumed to end ARREST_MAX_HOURS after it began. Detained without an end: ongoing.
- When the newest risk level of the case is high, the default crew is two officers.

No Qt here. The functions take the ORM session of the caller's transaction, so the planning
action checks exactly what it saves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.errors import UserError
from app.i18n import tr_noop
from app.models import Case, CaseParty, Person, RiskAssessment, Transport
from app.models.enums import ContactBan, Custody, Instrument, PartyRole, RiskLevel
from app.services.core.timeutil import format_local
from app.services.scheduling import recurrence

TZ = recurrence.TZ  # the team's wall clock (Europe/Stockholm), as in the calendar
ARREST_MAX_HOURS = 96  # anhållen: the detention hearing comes within four days at the latest
SAFETY_ASSESSMENT_MAX_AGE_DAYS = 30
IN_CUSTODY = (Custody.ARRESTED, Custody.DETAINED)


def utc(value: datetime | None) -> datetime | None:
    """Aware UTC (SQLite returns naive datetimes that were written as UTC); None stays None."""
    return recurrence.utc_or_none(value)


local = recurrence.local  # the same instant in Stockholm time


def from_local(value: datetime | None) -> datetime | None:
    """User input: a naive Stockholm wall time (or an aware value) → aware UTC."""
    return None if value is None else recurrence.from_local(value)


def local_text(value: datetime | None) -> str:
    """A time as the user reads it: Stockholm time, minutes ("2026-03-03 10:30")."""
    return format_local(value)


# --- the suspect's address --------------------------------------------------------------------

_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall((text or "").casefold())


def matches_address(pickup: str, street: str) -> bool:
    """True when the street line (e.g. "Åsögatan 12") occurs in the pickup text as whole words:
    "Åsögatan 12 B, Stockholm" matches, "Åsögatan 120" does not."""
    needle = _tokens(street)
    hay = _tokens(pickup)
    if not needle:
        return False
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def suspect_addresses(case: Case) -> list[str]:
    party = case.party(PartyRole.SUSPECT)
    if party is None:
        return []
    return [a.street for a in party.person.addresses if a.street]


def pickup_linked_to_suspect(case: Case, pickup: str, flagged: bool) -> bool:
    return linked_by_streets(suspect_addresses(case), pickup, flagged)


def linked_by_streets(streets, pickup: str, flagged: bool) -> bool:
    return flagged or any(matches_address(pickup, street) for street in streets)


def server_pickup_links(
    session: Session, streets_by_transport: dict[int, Sequence[str]]
) -> set[int]:
    """PostgreSQL: ids of the given transports whose pickup — withheld from this login for want
    of need to know (migration e1_protected_columns) — contains one of the given street lines
    as whole words. The server compares (igor_pickup_matches); the pickup never reaches the
    client. Pass only transports whose pickup came back empty. SQLite: nothing is withheld."""
    wanted = {
        tid: tuple(st for st in streets if st) for tid, streets in streets_by_transport.items()
    }
    wanted = {tid: streets for tid, streets in wanted.items() if streets and tid is not None}
    if not wanted or session.get_bind().dialect.name != "postgresql":
        return set()
    by_streets: dict[tuple[str, ...], list[int]] = {}
    for tid, streets in wanted.items():
        by_streets.setdefault(streets[:20], []).append(tid)
    out: set[int] = set()
    for streets, ids in by_streets.items():
        for i in range(0, len(ids), 5000):
            out.update(
                session.execute(
                    text("SELECT igor_pickup_matches(:ids, :streets)"),
                    {"ids": ids[i : i + 5000], "streets": list(streets)},
                ).scalars()
            )
    return out


# --- custody and contact ban ------------------------------------------------------------------


def custody_end(custody: Custody, since: datetime | None, until: datetime | None):
    """When the custody ends as far as the record tells (None: ongoing without a known end)."""
    until = utc(until)
    if until is not None:
        return until
    if custody is Custody.ARRESTED and since is not None:
        return utc(since) + timedelta(hours=ARREST_MAX_HOURS)
    return None


def custody_covers(
    custody: Custody,
    since: datetime | None,
    until: datetime | None,
    start: datetime,
    end: datetime,
) -> bool:
    """The suspect is arrested or detained during the whole of [start, end]."""
    if custody not in IN_CUSTODY:
        return False
    since = utc(since)
    if since is not None and since > utc(start):
        return False
    if custody is Custody.ARRESTED and since is None and until is None:
        return False  # an arrest without any time is not a confirmation
    ends = custody_end(custody, since, until)
    return ends is None or ends >= utc(end)


def ban_active(ban: ContactBan, ban_from: date | None, ban_to: date | None, on: date) -> bool:
    if ban is ContactBan.NONE:
        return False
    if ban_from is not None and on < ban_from:
        return False
    return not (ban_to is not None and on > ban_to)


# --- the check --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    code: str  # stable identifier (tests, UI colour)
    text: str  # Swedish, translated


@dataclass(frozen=True)
class AssessmentRef:
    id: int
    assessed_on: date
    level: RiskLevel
    instrument: Instrument


@dataclass(frozen=True)
class SafetyCheck:
    transport_id: int
    case_id: int
    has_suspect: bool
    custody: Custody
    custody_since: datetime | None
    custody_until: datetime | None
    custody_ends: datetime | None  # the recorded end, or the assumed end of an arrest
    custody_covers: bool  # covers the planned (or proposed) time
    contact_ban: ContactBan
    contact_ban_from: date | None
    contact_ban_to: date | None
    contact_ban_active: bool
    suspect_address_pickup: bool
    newest_risk: AssessmentRef | None
    default_crew_size: int
    officer_count: int
    safety_assessment: AssessmentRef | None  # the linked one, when it counts
    planned_start: datetime | None
    planned_end: datetime | None
    problems: tuple[Finding, ...]  # the plan may not be saved while there are problems
    warnings: tuple[Finding, ...]

    @property
    def allowed(self) -> bool:
        return not self.problems


def _finding(code: str, text: str, **params: object) -> Finding:
    return Finding(code, UserError(text, **params).message())


def newest_risk(session: Session, case_id: int) -> AssessmentRef | None:
    """The newest open assessment of the case this session may see (any instrument)."""
    row = (
        session.execute(
            select(RiskAssessment)
            .where(RiskAssessment.case_id == case_id, RiskAssessment.closed_at.is_(None))
            .order_by(RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )
    return _ref(row) if row else None


def _ref(a: RiskAssessment) -> AssessmentRef:
    return AssessmentRef(a.id, a.assessed_on, RiskLevel(a.level), Instrument(a.instrument))


def usable_safety_assessment(
    session: Session, case_id: int, assessment_id: int | None, on: date | None
) -> tuple[AssessmentRef | None, Finding | None]:
    """The linked assessment if it counts for the rule, else why not."""
    if assessment_id is None:
        return None, None
    a = session.get(RiskAssessment, assessment_id)  # the secrecy hook hides other agencies'
    if a is None or a.case_id != case_id:
        return None, _finding(
            "assessment_missing",
            tr_noop(
                "Den kopplade säkerhetsbedömningen finns inte i ärendet eller är inte tillgänglig "
                "för dig."
            ),
        )
    if Instrument(a.instrument) is not Instrument.GENERAL_SAFETY:
        return None, _finding(
            "assessment_wrong_kind",
            tr_noop("Den kopplade bedömningen är inte en allmän säkerhetsbedömning."),
        )
    if a.closed_at is not None:
        return None, _finding(
            "assessment_closed", tr_noop("Den kopplade säkerhetsbedömningen är avslutad.")
        )
    if on is not None and a.assessed_on < on - timedelta(days=SAFETY_ASSESSMENT_MAX_AGE_DAYS):
        return None, _finding(
            "assessment_old",
            tr_noop(
                "Säkerhetsbedömningen från {day} är äldre än {days} dagar före transporten. Gör en "
                "ny bedömning."
            ),
            day=a.assessed_on.isoformat(),
            days=SAFETY_ASSESSMENT_MAX_AGE_DAYS,
        )
    return _ref(a), None


def evaluate(
    session: Session,
    transport: Transport,
    case: Case,
    *,
    planned_start: datetime | None,
    estimated_minutes: int,
    buffer_minutes: int,
    officer_count: int,
    safety_assessment_id: int | None,
) -> SafetyCheck:
    """The safety check for a (proposed) plan of the transport."""
    start = utc(planned_start)
    end = start + timedelta(minutes=estimated_minutes + buffer_minutes) if start else None
    custody = Custody(case.custody)
    has_suspect = case.party(PartyRole.SUSPECT) is not None
    covers = bool(
        start and custody_covers(custody, case.custody_since, case.custody_until, start, end)
    )
    ban = ContactBan(case.contact_ban)
    on_day = local(start).date() if start else None
    ban_now = ban_active(
        ban, case.contact_ban_from, case.contact_ban_to, on_day or datetime.now(TZ).date()
    )
    linked = pickup_linked_to_suspect(
        case, transport.pickup, bool(transport.pickup_is_suspect_address)
    )
    if not linked and transport.pickup is None and getattr(transport, "id", None) is not None:
        linked = transport.id in server_pickup_links(
            session, {transport.id: suspect_addresses(case)}
        )
    risk = newest_risk(session, case.id)
    default_crew = 2 if risk is not None and risk.level is RiskLevel.HIGH else 1
    assessment, assessment_problem = usable_safety_assessment(
        session, case.id, safety_assessment_id, on_day
    )

    problems: list[Finding] = []
    warnings: list[Finding] = []
    if linked and not covers and (officer_count < 2 or assessment is None):
        missing = []
        if officer_count < 2:
            missing.append(UserError("minst två poliser i besättningen").message())
        if assessment is None:
            missing.append(UserError("en registrerad säkerhetsbedömning").message())
        problems.append(
            _finding(
                "suspect_address",
                tr_noop(
                    "Upphämtningen sker på en adress som hör till den misstänkte. Det kräver "
                    "att han är frihetsberövad under hela transporten, eller minst två poliser "
                    "och en registrerad säkerhetsbedömning. Saknas: {missing}."
                ),
                missing=", ".join(missing),
            )
        )
        if assessment_problem is not None:
            problems.append(assessment_problem)
    if linked and custody in IN_CUSTODY and not covers and start is not None:
        ends = custody_end(custody, case.custody_since, case.custody_until)
        warnings.append(
            _finding(
                "custody_ends",
                tr_noop("Frihetsberövandet täcker inte hela transporten (slutar {ends})."),
                ends=local_text(ends) or "okänt",
            )
        )
    if linked and covers:
        warnings.append(
            _finding(
                "confirm_custody",
                tr_noop(
                    "Transporten bygger på att den misstänkte är frihetsberövad. Kontrollera det "
                    "samma dag innan ni åker."
                ),
            )
        )
    if officer_count and officer_count < default_crew:
        warnings.append(
            _finding(
                "high_risk_crew",
                tr_noop("Risknivån i ärendet är hög: två poliser är standard för transporten."),
            )
        )
    if custody is Custody.RELEASED and has_suspect:
        warnings.append(
            _finding(
                "released",
                tr_noop("Den misstänkte är släppt{since}."),
                since=" " + local_text(case.custody_until) if case.custody_until else "",
            )
        )
    return SafetyCheck(
        transport_id=transport.id,
        case_id=case.id,
        has_suspect=has_suspect,
        custody=custody,
        custody_since=utc(case.custody_since),
        custody_until=utc(case.custody_until),
        custody_ends=custody_end(custody, case.custody_since, case.custody_until)
        if custody in IN_CUSTODY
        else None,
        custody_covers=covers,
        contact_ban=ban,
        contact_ban_from=case.contact_ban_from,
        contact_ban_to=case.contact_ban_to,
        contact_ban_active=ban_now,
        suspect_address_pickup=linked,
        newest_risk=risk,
        default_crew_size=default_crew,
        officer_count=officer_count,
        safety_assessment=assessment,
        planned_start=start,
        planned_end=end,
        problems=tuple(problems),
        warnings=tuple(warnings),
    )


def load_case_for_safety(session: Session, case_id: int) -> Case:
    from sqlalchemy.orm import joinedload

    case = (
        session.execute(
            select(Case)
            .where(Case.id == case_id)
            .options(
                joinedload(Case.parties).joinedload(CaseParty.person).joinedload(Person.addresses),
                joinedload(Case.children),
            )
        )
        .unique()
        .scalar_one_or_none()
    )
    if case is None:
        raise UserError("Ärendet finns inte (längre).")
    return case
