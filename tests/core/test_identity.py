"""Personnummer and samordningsnummer validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import UserError
from app.models.enums import NumberKind
from app.services.core.identity import _luhn_ok, display_number, parse_identity_number


@pytest.mark.parametrize(
    "typed",
    ["19850314-2385", "198503142385", "850314-2385", "8503142385", " 19850314-2385 "],
)
def test_forms_with_and_without_century_and_dash_normalise_alike(typed):
    number = parse_identity_number(typed)
    assert number.value == "198503142385"
    assert number.kind is NumberKind.PERSONNUMMER
    assert number.birth_year == 1985


def test_samordningsnummer_day_plus_sixty():
    number = parse_identity_number("19850374-2382")
    assert number.kind is NumberKind.SAMORDNINGSNUMMER
    assert number.value == "198503742382"


def test_wrong_check_digit_names_field_and_problem():
    with pytest.raises(UserError) as info:
        parse_identity_number("19850314-2386", field="personnummer")
    assert "kontrollsiffran" in info.value.message()
    assert "personnummer" in info.value.message()
    assert info.value.field == "personnummer"


def test_valid_luhn_but_impossible_date_is_called_a_date_problem():
    # 1990-13-01 does not exist; 0013 makes the Luhn sum right.
    with pytest.raises(UserError) as info:
        parse_identity_number("19901301-0013")
    assert "datum" in info.value.message()


@pytest.mark.parametrize("typed", ["", "abc", "1985-03-14", "198503142385123"])
def test_malformed_input_is_refused_in_swedish(typed):
    with pytest.raises(UserError) as info:
        parse_identity_number(typed)
    assert "Fältet" in info.value.message()


def test_reserve_number_is_kept_as_typed():
    number = parse_identity_number("r-2026-0042")
    assert number.kind is NumberKind.RESERVE
    assert number.value == "R-2026-0042"


def test_display_form():
    assert display_number("198503142385", NumberKind.PERSONNUMMER) == "19850314-2385"


@given(
    st.dates(
        min_value=__import__("datetime").date(1920, 1, 1),
        max_value=__import__("datetime").date(2020, 12, 31),
    ),
    st.integers(min_value=1, max_value=999),
)  # serial 000 is never issued
def test_every_luhn_valid_number_parses_and_every_other_check_digit_fails(day, serial):
    stem = f"{day:%Y%m%d}{serial:03d}"
    valid = [c for c in range(10) if _luhn_ok(stem[2:] + str(c))]
    assert len(valid) == 1
    assert parse_identity_number(stem + str(valid[0])).value == stem + str(valid[0])
    wrong = (valid[0] + 1) % 10
    with pytest.raises(UserError):
        parse_identity_number(stem + str(wrong))


def test_a_birth_date_in_the_future_is_refused_today_is_not():
    """Issue 15 item 9: a personnummer born in 2099 was accepted at intake."""
    from datetime import timedelta

    from app.services.core.identity import _luhn_ok
    from app.services.core.timeutil import today_local

    def number(day) -> str:
        base = day.strftime("%Y%m%d") + "238"
        return next(base + str(c) for c in range(10) if _luhn_ok(base[2:] + str(c)))

    for typed in ("209901012386", "20990101-2386", "209901612383"):  # 2099, also samordningsnr
        with pytest.raises(UserError, match="födelsedatum i framtiden") as err:
            parse_identity_number(typed, field="personnummer")
        assert "personnummer" in err.value.message()
    today = today_local()
    assert parse_identity_number(number(today)).birth_year == today.year
    with pytest.raises(UserError, match="framtiden"):
        parse_identity_number(number(today + timedelta(days=1)))
    # A short form takes the century that is not in the future, as before.
    assert parse_identity_number("9901012386").value == "199901012386"
