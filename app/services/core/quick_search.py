"""Quick search (Ctrl+F from every page): cases by personnummer, name, case number or police
report number (the case list's own search, over all cases whatever the list's filters), staff by
name, and calendar events of the coming weeks by title or case number.

Names match as app/database/fold.py decides (no accents, Swedish letters as Swedes expect).
Every hit says where it opens (`target`: "case", "staff", "event"). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.database import Database
from app.database.fold import fold, match_fold
from app.models.enums import CaseStatus
from app.services.cases import case_list
from app.services.core import access, pickers
from app.services.core.actor import Actor
from app.services.core.timeutil import LOCAL_ZONE
from app.services.scheduling import event_views

CASE_LIMIT = 15
STAFF_LIMIT = 5
EVENT_LIMIT = 8
EVENT_DAYS = 30


@dataclass(frozen=True)
class Hit:
    target: str  # "case", "staff", "event"
    target_id: int
    title: str  # case number / staff name / event title (withheld as in the calendar)
    detail: str = ""  # names as the case list shows them (protected ones withheld), agency, …
    when: datetime | None = None
    status: CaseStatus | None = None
    occurrence: datetime | None = None


@dataclass(frozen=True)
class QuickResult:
    kind: case_list.SearchKind
    hits: tuple[Hit, ...]


def _words_match(words: list[tuple[str, bool]], text: str) -> bool:
    """Every search word starts one of the words of `text` (folded as the word asks)."""
    parts = text.replace("-", " ").split()
    swedish_parts = [fold(p) for p in parts]
    ascii_parts = [fold(p, swedish=False) for p in parts]
    for word, swedish in words:
        pool = swedish_parts if swedish else ascii_parts
        if not any(p.startswith(word) for p in pool):
            return False
    return True


def quick_search(
    db: Database, actor: Actor, text: str, *, now: datetime | None = None
) -> QuickResult:
    access.require_caseworker(actor)
    text = (text or "").strip()
    kind, _terms = case_list.classify_search(text)
    if kind is case_list.SearchKind.NONE:
        return QuickResult(kind, ())
    hits: list[Hit] = []
    page = case_list.list_cases(db, actor, case_list.CaseQuery(search=text), limit=CASE_LIMIT)
    for row in page.rows:
        names = " / ".join(n for n in (row.victim_name, row.suspect_name) if n)
        hits.append(Hit("case", row.id, row.case_number, names, status=row.status))
    if kind is case_list.SearchKind.NAME or kind is case_list.SearchKind.CASE_NUMBER:
        words = [match_fold(w) for w in text.split() if w.strip()]
        if kind is case_list.SearchKind.NAME:
            found = [
                s
                for s in pickers.staff(db, actor, with_leads=True, caseworkers_only=False)
                if _words_match(words, s.full_name)
            ]
            hits += [Hit("staff", s.id, s.full_name, s.title) for s in found[:STAFF_LIMIT]]
        now = now or datetime.now(LOCAL_ZONE)
        rows = event_views.events_between(
            db, actor, now, now + timedelta(days=EVENT_DAYS), None, include_transports=False
        )
        upper = text.upper().replace(" ", "")
        events = [
            r
            for r in rows
            if (kind is case_list.SearchKind.NAME and _words_match(words, r.title))
            or (r.case_number and upper in r.case_number.upper())
        ]
        hits += [
            Hit(
                "event",
                r.id,
                r.title,
                r.case_number or "",
                when=r.starts_at,
                occurrence=r.occurrence,
            )
            for r in events[:EVENT_LIMIT]
        ]
    return QuickResult(kind, tuple(hits))
