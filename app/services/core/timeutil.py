"""Time helpers shared by the case services: UTC storage, Swedish local dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Stockholm")


def as_utc(value: datetime | None) -> datetime | None:
    """Aware UTC datetime. SQLite hands back naive datetimes; they were written as UTC."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def local_date(value: datetime) -> date:
    """The date in Sweden of a stored moment (a contact at 00:30 local belongs to that day)."""
    return as_utc(value).astimezone(LOCAL_ZONE).date()


def now_utc() -> datetime:
    return datetime.now(UTC)


def today_local() -> date:
    return datetime.now(LOCAL_ZONE).date()


def format_local(value: datetime | None) -> str:
    """'2026-12-01 14:05' in Swedish local time (for messages; ISO order as Swedes write it)."""
    if value is None:
        return ""
    return as_utc(value).astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")
