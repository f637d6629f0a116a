"""Swedish personal identity numbers: personnummer and samordningsnummer (Luhn-checked via the
`personnummer` package), and temporary reserve numbers.

Stored in the 12-digit form YYYYMMDDNNNC. Short forms (YYMMDD-NNNC) take their century from
today's date as Skatteverket's rules say ('+' marks someone 100 years or older).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from personnummer import personnummer as pnr_lib

from app.errors import UserError
from app.models.enums import NumberKind
from app.services.core.timeutil import today_local
from app.vocabulary import checks

# A reserve number starts with R and holds at least one digit (so a name is never taken for one).
RESERVE_PATTERN = re.compile(r"^R(?=[0-9A-Z-]*\d)[0-9A-Z-]{3,18}$", re.IGNORECASE)
_SHAPE = re.compile(r"^(\d{6}|\d{8})[-+]?\d{4}$")


@dataclass(frozen=True)
class IdentityNumber:
    value: str  # 12 digits, or the reserve number as typed (upper case)
    kind: NumberKind
    birth_year: int | None


def parse_identity_number(text: str, *, field: str = "personnummer") -> IdentityNumber:
    """Validate and normalise. Raises UserError naming the field and what is wrong."""
    raw = (text or "").strip().replace(" ", "")
    if not raw:
        raise checks.required(field)
    if RESERVE_PATTERN.match(raw):
        return IdentityNumber(raw.upper(), NumberKind.RESERVE, None)
    if not _SHAPE.match(raw):
        raise UserError(
            "Fältet {field}: ”{value}” har fel form. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.",
            field=field,
            value=raw,
        )
    if not pnr_lib.valid(raw):
        digits = raw.replace("-", "").replace("+", "")
        if _luhn_ok(digits[-10:]):
            raise UserError(
                "Fältet {field}: ”{value}” innehåller inget giltigt datum.", field=field, value=raw
            )
        raise UserError(
            "Fältet {field}: kontrollsiffran i ”{value}” stämmer inte.", field=field, value=raw
        )
    parsed = pnr_lib.Personnummer(raw)
    kind = (
        NumberKind.SAMORDNINGSNUMMER if parsed.is_coordination_number() else NumberKind.PERSONNUMMER
    )
    value = parsed.format(True)  # long form without separator: YYYYMMDDNNNC
    day = int(value[6:8]) - (60 if kind is NumberKind.SAMORDNINGSNUMMER else 0)
    if date(int(value[:4]), int(value[4:6]), day) > today_local():
        raise UserError(
            "Fältet {field}: ”{value}” har ett födelsedatum i framtiden.", field=field, value=raw
        )
    return IdentityNumber(value, kind, int(value[:4]))


def _luhn_ok(ten_digits: str) -> bool:
    total = 0
    for i, ch in enumerate(ten_digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def search_forms(text: str) -> list[str]:
    """Forms of a typed number to look up: the 12-digit form when it parses, else nothing."""
    try:
        return [parse_identity_number(text).value]
    except UserError:
        return []


def display_number(value: str | None, kind: NumberKind) -> str:
    """YYYYMMDD-NNNN for personnummer/samordningsnummer, as stored for others."""
    if (
        value
        and kind in (NumberKind.PERSONNUMMER, NumberKind.SAMORDNINGSNUMMER)
        and len(value) == 12
    ):
        return f"{value[:8]}-{value[8:]}"
    return value or ""
