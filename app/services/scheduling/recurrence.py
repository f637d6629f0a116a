"""Time zone and recurrence helpers for the calendar (no Qt, no database).

Conventions:
- Times are stored in UTC. SQLite hands back naive datetimes (written as UTC); `utc()` turns
  every value, naive or aware, into an aware UTC datetime before it is compared or bound.
- The team lives in Europe/Stockholm. A recurring series repeats in local wall time, so the
  Monday briefing stays at 07:30 across the change to and from summer time.
- `CalendarEvent.rrule` holds an iCalendar RRULE without UNTIL/COUNT (e.g. "FREQ=WEEKLY;BYDAY=MO");
  the end of a series is kept in `recur_until` (the start of its last occurrence, UTC; NULL for a
  series without end), so queries can pre-filter series by their span.
- `CalendarEvent.exdates` holds the original starts of removed or edited occurrences, as ISO
  UTC strings separated by commas.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule as du

from app.errors import UserError
from app.vocabulary import fields as F

TZ = ZoneInfo("Europe/Stockholm")

FREQUENCIES = ("daily", "weekly", "monthly")
_FREQ_CODE = {"daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY"}
_DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_OCCURRENCES = 1000  # a series with COUNT longer than this is refused
# Any rule that enters (dialog, .ics, database): these frequencies, an interval of 1–366 and
# these parts only. The database refuses INTERVAL=0 and sub-daily rules too (migration
# d1_server_boundary), so a rule stored behind the program's back cannot hang a calendar.
_ALLOWED_FREQ = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_ALLOWED_PARTS = {
    "FREQ",
    "INTERVAL",
    "UNTIL",
    "COUNT",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
    "BYYEARDAY",
    "BYWEEKNO",
}
MAX_RULE_LENGTH = 200
# Expansion of one series for one window: at most this many occurrences and this much time.
MAX_EXPANSION = 5_000
MAX_EXPANSION_SECONDS = 1.0


def utc(value: datetime) -> datetime:
    """An aware UTC datetime (naive values are UTC, as the database stores them)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def utc_or_none(value: datetime | None) -> datetime | None:
    return None if value is None else utc(value)


def local(value: datetime) -> datetime:
    """The same instant in Stockholm time (aware)."""
    return utc(value).astimezone(TZ)


def local_naive(value: datetime) -> datetime:
    return local(value).replace(tzinfo=None)


def from_local(value: datetime) -> datetime:
    """A naive Stockholm wall time (or an aware value) → aware UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=TZ)
    return value.astimezone(UTC)


def local_midnight(day: date) -> datetime:
    """The UTC instant at which the local day begins."""
    return from_local(datetime.combine(day, time()))


# --- the recurrence a user chooses ---------------------------------------------------------------


@dataclass(frozen=True)
class Recurrence:
    """A recurrence as the event dialog offers it.

    freq: "daily", "weekly" or "monthly"; interval: every n days/weeks/months;
    weekdays: for weekly, 0 = Monday … 6 = Sunday (empty: the weekday of the first start);
    monthly_weekday: for monthly, repeat on "the n:th <weekday>" of the month instead of the
    same day number (the monthly RVT meeting is the first Tuesday);
    until: the last local date an occurrence may fall on; count: the number of occurrences.
    """

    freq: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    monthly_weekday: bool = False
    until: date | None = None
    count: int | None = None


def validate(rec: Recurrence, first_start: datetime) -> None:
    if rec.freq not in FREQUENCIES:
        raise UserError(
            "Fältet {field}: välj daglig, veckovis eller månadsvis.", field=F.RECURRENCE
        )
    if not 1 <= rec.interval <= 52:
        raise UserError("Fältet {field}: intervallet ska vara 1–52.", field=F.RECURRENCE)
    if any(d not in range(7) for d in rec.weekdays):
        raise UserError("Fältet {field}: okänd veckodag.", field=F.RECURRENCE)
    if rec.until is not None and rec.count is not None:
        raise UserError(
            "Fältet {field}: ange antingen slutdatum eller antal gånger, inte båda.",
            field=F.REPEAT_UNTIL,
        )
    if rec.until is not None and rec.until < local(first_start).date():
        raise UserError(
            "Fältet {field}: slutdatumet ligger före första tillfället.", field=F.REPEAT_UNTIL
        )
    if rec.count is not None and not 1 <= rec.count <= MAX_OCCURRENCES:
        raise UserError(
            "Fältet {field}: antalet gånger ska vara 1–{max}.",
            field=F.OCCURRENCE_COUNT,
            max=MAX_OCCURRENCES,
        )


def to_rrule(rec: Recurrence, first_start: datetime) -> str:
    """The stored RRULE (without UNTIL/COUNT; see recur_until)."""
    parts = [f"FREQ={_FREQ_CODE[rec.freq]}"]
    if rec.interval != 1:
        parts.append(f"INTERVAL={rec.interval}")
    start = local(first_start)
    if rec.freq == "weekly":
        days = sorted(set(rec.weekdays)) or [start.weekday()]
        parts.append("BYDAY=" + ",".join(_DAY_CODES[d] for d in days))
    elif rec.freq == "monthly":
        if rec.monthly_weekday:
            nth = (start.day - 1) // 7 + 1
            nth = -1 if nth == 5 else nth  # a fifth weekday: "the last" of every month
            parts.append(f"BYDAY={nth}{_DAY_CODES[start.weekday()]}")
        else:
            parts.append(f"BYMONTHDAY={start.day}")
    return ";".join(parts)


def from_rrule(rrule_text: str, until: datetime | None = None) -> Recurrence:
    """Read a stored RRULE back into the dialog's terms (best effort for imported rules)."""
    fields = dict(p.split("=", 1) for p in rrule_text.upper().split(";") if "=" in p)
    freq = {v: k for k, v in _FREQ_CODE.items()}.get(fields.get("FREQ", ""), "weekly")
    interval = int(fields.get("INTERVAL", "1") or 1)
    weekdays: tuple[int, ...] = ()
    monthly_weekday = False
    byday = fields.get("BYDAY", "")
    if freq == "weekly" and byday:
        weekdays = tuple(_DAY_CODES.index(d[-2:]) for d in byday.split(",") if d[-2:] in _DAY_CODES)
    if freq == "monthly" and byday:
        monthly_weekday = True
    return Recurrence(
        freq=freq,
        interval=interval,
        weekdays=weekdays,
        monthly_weekday=monthly_weekday,
        until=local(until).date() if until is not None else None,
    )


def split_limits(rrule_text: str, first_start: datetime) -> tuple[str, datetime | None]:
    """An RRULE from outside (an .ics file) → (the rule without UNTIL/COUNT, recur_until)."""
    text = rrule_text.strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    parts = [p for p in text.split(";") if p]
    kept = [p for p in parts if p.split("=", 1)[0].upper() not in ("UNTIL", "COUNT")]
    base = ";".join(kept)
    rule = _parse(text, local_naive(first_start))  # raises UserError when it is not a rule
    if len(kept) == len(parts):
        _parse(base, local_naive(first_start))
        return base, None
    last = None
    for n, occurrence in enumerate(rule):
        if n >= MAX_OCCURRENCES:
            raise UserError(
                "Upprepningen har fler än {max} tillfällen och kan inte läsas in.",
                max=MAX_OCCURRENCES,
            )
        last = occurrence
    return base, from_local(last) if last is not None else utc(first_start)


def check_rule(rrule_text: str) -> None:
    """Refuse a rule that never advances, repeats more often than daily or has unknown parts
    (UserError naming the field)."""
    text = (rrule_text or "").strip()
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    bad = UserError(
        "Fältet {field}: upprepningsregeln {rule} tillåts inte.",
        field=F.RECURRENCE,
        rule=rrule_text,
    )
    if not text or len(text) > MAX_RULE_LENGTH:
        raise bad
    fields: dict[str, str] = {}
    for part in text.split(";"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        key = key.strip().upper()
        if not sep or key not in _ALLOWED_PARTS or key in fields:
            raise bad
        fields[key] = value.strip()
    if fields.get("FREQ", "").upper() not in _ALLOWED_FREQ:
        raise bad
    if "INTERVAL" in fields:
        interval = fields["INTERVAL"]
        if not interval.isdigit() or not 1 <= int(interval) <= 366:
            raise bad
    if "COUNT" in fields and (not fields["COUNT"].isdigit() or int(fields["COUNT"]) < 1):
        raise bad


def _parse(rrule_text: str, dtstart_naive: datetime) -> du.rrule:
    check_rule(rrule_text)
    text = rrule_text
    # UNTIL given in UTC ("…Z") cannot be combined with a naive DTSTART: read it as local time.
    fixed = []
    for part in text.split(";"):
        key, _, value = part.partition("=")
        if key.upper() == "UNTIL" and value.upper().endswith("Z"):
            moment = datetime.strptime(value[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            value = local_naive(moment).strftime("%Y%m%dT%H%M%S")
        fixed.append(f"{key}={value}" if value else key)
    try:
        return du.rrulestr(";".join(fixed), dtstart=dtstart_naive, cache=True)
    except (ValueError, TypeError) as exc:
        raise UserError("Upprepningsregeln {rule} går inte att läsa.", rule=rrule_text) from exc


def limits_for(rec: Recurrence, first_start: datetime) -> datetime | None:
    """recur_until for a recurrence chosen in the dialog (None: no end)."""
    if rec.until is None and rec.count is None:
        return None
    rule = _parse(to_rrule(rec, first_start), local_naive(first_start))
    if rec.until is not None:
        end = datetime.combine(rec.until, time(23, 59, 59))
        last = rule.before(end, inc=True)
    else:
        last = None
        for n, occurrence in enumerate(rule):
            if n >= (rec.count or 0):
                break
            last = occurrence
    return from_local(last) if last is not None else utc(first_start)


# --- exdates -------------------------------------------------------------------------------------


def parse_exdates(text: str | None) -> set[datetime]:
    if not text:
        return set()
    return {utc(datetime.fromisoformat(p.strip())) for p in text.split(",") if p.strip()}


def format_exdates(values: Iterable[datetime]) -> str | None:
    items = sorted({utc(v) for v in values})
    return ",".join(v.isoformat() for v in items) or None


# --- expansion -----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _rule(rrule_text: str, dtstart_naive: datetime) -> du.rrule:
    """Parsed rules are cached (with dateutil's own occurrence cache), so a daily series that
    began a year ago is not re-walked from its first day for every clash check."""
    return _parse(rrule_text, dtstart_naive)


def occurrences(
    starts_at: datetime,
    ends_at: datetime,
    rrule_text: str,
    *,
    exdates: str | set[datetime] | None,
    recur_until: datetime | None,
    window_start: datetime,
    window_end: datetime,
) -> list[tuple[datetime, datetime]]:
    """The (start, end) pairs in UTC of a series' occurrences that overlap [window_start,
    window_end), minus the excluded starts. Half-open: an occurrence ending exactly at
    window_start does not overlap."""
    first = utc(starts_at)
    duration = utc(ends_at) - first
    w_start, w_end = utc(window_start), utc(window_end)
    if w_end <= first:
        return []
    until = utc_or_none(recur_until)
    if until is not None and until + duration <= w_start:
        return []
    excluded = exdates if isinstance(exdates, set) else parse_exdates(exdates)
    try:
        rule = _rule(rrule_text, local_naive(first))
    except UserError:  # a rule stored behind the program's back: the series shows nothing
        return []
    # Local wall-time bounds, widened by a day for the DST shift, then filtered exactly in UTC.
    lo = local_naive(w_start - duration) - timedelta(days=1)
    hi = local_naive(w_end) + timedelta(days=1)
    if until is not None:
        hi = min(hi, local_naive(until) + timedelta(seconds=1))
    out = []
    for naive in _bounded(rule, lo, hi):
        start = from_local(naive)
        if until is not None and start > until:
            break
        if start in excluded:
            continue
        end = start + duration
        if start < w_end and end > w_start:
            out.append((start, end))
    return out


def _bounded(rule: du.rrule, lo: datetime, hi: datetime) -> Iterable[datetime]:
    """The rule's starts in [lo, hi], at most MAX_EXPANSION of them and for at most
    MAX_EXPANSION_SECONDS (a pathological rule yields a shortened list, never a hang)."""
    import time as _time

    deadline = _time.monotonic() + MAX_EXPANSION_SECONDS
    for n, naive in enumerate(rule.xafter(lo, inc=True)):
        if naive > hi or n >= MAX_EXPANSION or _time.monotonic() > deadline:
            return
        yield naive


def describe(rrule_text: str | None, recur_until: datetime | None = None) -> str:
    """A short Swedish description of a stored rule ("Varje vecka: må, to")."""
    if not rrule_text:
        return ""
    rec = from_rrule(rrule_text, recur_until)
    names = ("må", "ti", "on", "to", "fr", "lö", "sö")
    if rec.freq == "daily":
        text = "Varje dag" if rec.interval == 1 else f"Var {rec.interval}:e dag"
    elif rec.freq == "weekly":
        text = "Varje vecka" if rec.interval == 1 else f"Var {rec.interval}:e vecka"
        if rec.weekdays:
            text += ": " + ", ".join(names[d] for d in rec.weekdays)
    else:
        text = "Varje månad" if rec.interval == 1 else f"Var {rec.interval}:e månad"
    if rec.until is not None:
        text += f" till {rec.until.isoformat()}"
    return text
