"""The checks of input that many forms share, each with one Swedish wording naming the field.

Each function returns the `UserError` (the caller collects or raises it) or, for the `check_*`
helpers, appends it to a list of problems when the value is bad. The wording is defined here
once; the field is a constant of app.vocabulary.fields.
"""

from __future__ import annotations

from datetime import date, datetime

from app.errors import UserError
from app.i18n import tr_noop

REQUIRED = tr_noop("Fältet {field} måste fyllas i.")
CHOOSE = tr_noop("Fältet {field} måste väljas.")
TOO_LONG = tr_noop("Fältet {field} får vara högst {n} tecken.")
IN_FUTURE = tr_noop("Fältet {field} kan inte ligga i framtiden.")
NOT_A_DATE = tr_noop("Fältet {field}: ”{value}” är inget datum. Skriv ÅÅÅÅ-MM-DD.")
END_BEFORE_START = tr_noop("Fältet {field}: slutet måste ligga efter starten.")


def required(field: str) -> UserError:
    return UserError(REQUIRED, field=field)


def choose(field: str) -> UserError:
    return UserError(CHOOSE, field=field)


def too_long(field: str, n: int) -> UserError:
    return UserError(TOO_LONG, field=field, n=n)


def in_future(field: str) -> UserError:
    return UserError(IN_FUTURE, field=field)


def not_a_date(field: str, value: str) -> UserError:
    return UserError(NOT_A_DATE, field=field, value=value)


def end_before_start(field: str) -> UserError:
    return UserError(END_BEFORE_START, field=field)


def check_length(problems: list[UserError], field: str, value: str | None, n: int) -> None:
    if value is not None and len(value) > n:
        problems.append(too_long(field, n))


def check_required(problems: list[UserError], field: str, value: object) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(required(field))


def check_not_future(
    problems: list[UserError], field: str, value: date | datetime | None, today: date | datetime
) -> None:
    if value is not None and value > today:
        problems.append(in_future(field))


def check_order(
    problems: list[UserError],
    field: str,
    start: date | datetime | None,
    end: date | datetime | None,
) -> None:
    """The end (`field`) must come after the start."""
    if start is not None and end is not None and end <= start:
        problems.append(end_before_start(field))
