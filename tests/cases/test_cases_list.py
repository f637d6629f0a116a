"""The case list service: filters, sorting on every column, keyset paging, search, secrecy."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from app.errors import AccessDenied
from app.models.enums import Area, CaseSource, CaseStatus, Protection
from app.services.cases import case_list as cases
from app.services.cases.case_list import UNASSIGNED, CaseQuery, SearchKind, SortColumn
from tests.cases_helpers import P, add_case, pnr, utc

TODAY = date(2026, 3, 1)


def ids(page) -> list[int]:
    return [r.id for r in page.rows]


def all_pages(db, actor, query, limit):
    """Walk every page; returns (ids in order, number of pages)."""
    out, after, pages = [], None, 0
    while True:
        page = cases.list_cases(db, actor, query, after=after, limit=limit, today=TODAY)
        pages += 1
        out.extend(ids(page))
        if page.next_cursor is None:
            return out, pages
        after = page.next_cursor
        assert pages < 1000


@pytest.fixture
def many(db, staff):
    """26 cases with many equal values in every column (ties must page stably by id)."""
    made = {}
    names = ["anna", "Anna", "Bodil", None, "cecilia", "Bodil"]
    for i in range(26):
        victim = None if i % 7 == 3 else P(names[i % 6], ["Ek", "ek", "Berg", None][i % 4])
        suspect = None if i % 5 == 2 else P(["Olle", "Per"][i % 2], ["Ahl", "Zorn", "ahl"][i % 3])
        made[
            add_case(
                db,
                f"IGOR-2026-{i + 1:04d}",
                victim=victim,
                suspect=suspect,
                status=CaseStatus.CLOSED if i % 3 == 0 else CaseStatus.OPEN,
                source=list(CaseSource)[i % 3],
                area=Area.OUTSIDE if i % 4 == 0 else Area.INSIDE,
                opened_on=date(2026, 1, 1 + i % 4),
                police_id=[staff.police.staff_id, staff.lead.staff_id, None][i % 3],
                social_id=staff.social.staff_id if i % 2 else None,
                focus=i % 5 == 0,
                children=i % 2,
                last_contact_at=None if i % 6 == 0 else utc(2026, 2, 1 + i % 5),
            )
        ] = (victim, suspect)
    return made


def test_paging_every_column_both_directions_is_complete_stable_and_sorted(db, staff, many):
    police = {staff.police.staff_id: "Petra Polis", staff.lead.staff_id: "Göran Gruppchef"}
    full = {r.id: r for r in cases.list_cases(db, staff.police, limit=1000, today=TODAY).rows}
    assert len(full) == 26

    def name_key(who):
        last = who.last if who else None
        first = who.first if who else None
        return (last is None, (last or "").lower(), first is None, (first or "").lower())

    def key(col, r):
        if col is SortColumn.NUMBER:
            return r.case_number
        if col is SortColumn.STATUS:
            return r.status.value
        if col is SortColumn.VICTIM:
            return name_key(many[r.id][0])
        if col is SortColumn.SUSPECT:
            return name_key(many[r.id][1])
        if col is SortColumn.POLICE:
            return (r.police_name is None, r.police_name or "")
        if col is SortColumn.SOCIAL:
            return (r.social_name is None, r.social_name or "")
        if col is SortColumn.AREA:
            return r.area.value
        if col is SortColumn.SOURCE:
            return r.source.value
        if col is SortColumn.FOCUS:
            return r.focus_person
        if col is SortColumn.CHILDREN:
            return r.has_children
        if col is SortColumn.DAYS_SINCE_CONTACT:
            return (r.days_since_contact is None, r.days_since_contact or 0)
        return r.opened_on

    assert {r.police_name for r in full.values()} == set(police.values()) | {None}
    for col in SortColumn:
        for descending in (False, True):
            query = CaseQuery(sort=col, descending=descending)
            got, pages = all_pages(db, staff.police, query, limit=4)
            assert pages == 7, (col, descending)
            assert sorted(got) == sorted(full), (col, descending)  # nothing lost, no repeats
            keys = [key(col, full[i]) for i in got]
            expected = sorted(keys, reverse=descending)
            assert keys == expected, (col, descending)
            # equal sort values are ordered by id in the direction of the sort
            for a, b in zip(got, got[1:], strict=False):
                if key(col, full[a]) == key(col, full[b]):
                    assert (a < b) != descending, (col, descending, a, b)


def test_names_sort_case_insensitive_and_empty_sides_last(db, staff, many):
    rows = cases.list_cases(
        db, staff.police, CaseQuery(sort=SortColumn.VICTIM, descending=False), today=TODAY
    ).rows
    names = [r.victim_name for r in rows]
    assert names[-1] is None  # no victim: after every name
    lasts = [n.split(" ")[-1].lower() for n in names if n and " " in n]
    assert lasts == sorted(lasts)


def test_each_filter(db, staff, many):
    full = cases.list_cases(db, staff.police, limit=1000, today=TODAY).rows

    def check(query, predicate):
        got = set(ids(cases.list_cases(db, staff.police, query, limit=1000, today=TODAY)))
        want = {r.id for r in full if predicate(r)}
        assert got == want, query
        assert 0 < len(want) < len(full), query  # the filter means something here
        assert cases.count_cases(db, staff.police, query, today=TODAY) == len(want)

    pid, sid = staff.police.staff_id, staff.social.staff_id
    check(CaseQuery(status=CaseStatus.OPEN), lambda r: r.status is CaseStatus.OPEN)
    check(CaseQuery(assigned_police_id=pid), lambda r: r.police_id == pid)
    check(CaseQuery(assigned_police_id=UNASSIGNED), lambda r: r.police_id is None)
    check(CaseQuery(assigned_social_id=sid), lambda r: r.social_id == sid)
    check(CaseQuery(assigned_social_id=UNASSIGNED), lambda r: r.social_id is None)
    check(CaseQuery(assigned_to=sid), lambda r: sid in (r.police_id, r.social_id))
    check(CaseQuery(area=Area.OUTSIDE), lambda r: r.area is Area.OUTSIDE)
    check(CaseQuery(source=CaseSource.BINR), lambda r: r.source is CaseSource.BINR)
    check(CaseQuery(focus_person=True), lambda r: r.focus_person)
    check(CaseQuery(has_children=False), lambda r: not r.has_children)
    check(
        CaseQuery(min_days_since_contact=27),
        lambda r: r.days_since_contact is None or r.days_since_contact >= 27,
    )
    check(
        CaseQuery(max_days_since_contact=26),
        lambda r: r.days_since_contact is not None and r.days_since_contact <= 26,
    )
    check(
        CaseQuery(status=CaseStatus.OPEN, has_children=True, area=Area.INSIDE),
        lambda r: r.status is CaseStatus.OPEN and r.has_children and r.area is Area.INSIDE,
    )


def test_days_since_last_contact_counts_local_calendar_days(db, staff):
    # 23:00 UTC on 27 Feb is midnight on 28 Feb in Stockholm (1 day before 1 March);
    # 22:59 UTC is still 27 Feb there (2 days).
    from datetime import timedelta

    midnight = add_case(
        db, "IGOR-2026-0001", victim=P("A", "B"), last_contact_at=utc(2026, 2, 27, 23)
    )
    before = add_case(
        db,
        "IGOR-2026-0002",
        victim=P("E", "F"),
        last_contact_at=utc(2026, 2, 27, 23) - timedelta(minutes=1),
    )
    never = add_case(db, "IGOR-2026-0003", victim=P("C", "D"))
    rows = {r.id: r for r in cases.list_cases(db, staff.police, today=TODAY).rows}
    assert rows[midnight].days_since_contact == 1
    assert rows[before].days_since_contact == 2
    assert rows[never].days_since_contact is None
    query = CaseQuery(min_days_since_contact=2)
    assert set(ids(cases.list_cases(db, staff.police, query, today=TODAY))) == {before, never}
    query = CaseQuery(max_days_since_contact=1)
    assert ids(cases.list_cases(db, staff.police, query, today=TODAY)) == [midnight]


@pytest.fixture
def searchable(db, staff):
    a = add_case(
        db,
        "IGOR-2025-0042",
        victim=P("Åsa", "Öberg", pnr("19850314")),
        suspect=P("Johan", "Lindqvist", pnr("19800101", 981)),
        reports=("5000-K123456-25",),
    )
    b = add_case(
        db,
        "IGOR-2026-0042",
        victim=P("Maria", "Lind", pnr("19920561", 123)),  # samordningsnummer (day + 60)
        reports=("5000-K654321-26",),
    )
    c = add_case(db, "IGOR-2026-0420", suspect=P("Lindy", "Hop", pnr("20010203", 444)))
    return a, b, c


@pytest.mark.parametrize(
    ("text", "kind", "which"),
    [
        ("19850314-2385", SearchKind.PERSONAL_NUMBER, "a"),
        ("198503142385", SearchKind.PERSONAL_NUMBER, "a"),
        ("850314-2385", SearchKind.PERSONAL_NUMBER, "a"),
        ("8503142385", SearchKind.PERSONAL_NUMBER, "a"),
        (" 850314 2385 ", SearchKind.PERSONAL_NUMBER, "a"),
        (
            pnr("19920561", 123)[:8] + "-" + pnr("19920561", 123)[8:],
            SearchKind.PERSONAL_NUMBER,
            "b",
        ),
        (pnr("20010203", 444)[2:], SearchKind.PERSONAL_NUMBER, "c"),  # century from today
        ("19850314", SearchKind.BIRTH_DATE, "a"),
        ("IGOR-2025-0042", SearchKind.CASE_NUMBER, "a"),
        ("igor-2025-0042", SearchKind.CASE_NUMBER, "a"),
        ("2025-0042", SearchKind.CASE_NUMBER, "a"),
        ("2026-0", SearchKind.CASE_NUMBER, "bc"),  # a prefix
        ("2026-042", SearchKind.CASE_NUMBER, "c"),
        ("5000-K123456-25", SearchKind.REPORT_NUMBER, "a"),
        ("5000-k654321-26", SearchKind.REPORT_NUMBER, "b"),
        ("K654321", SearchKind.REPORT_NUMBER, "b"),
        ("åsa", SearchKind.NAME, "a"),
        ("ÅSA", SearchKind.NAME, "a"),
        ("öber", SearchKind.NAME, "a"),
        ("lind", SearchKind.NAME, "abc"),  # Lindqvist (suspect), Lind, Lindy
        ("Lindq", SearchKind.NAME, "a"),
        ("maria lind", SearchKind.NAME, "b"),
        ("lind maria", SearchKind.NAME, "b"),
        ("maria lindq", SearchKind.NAME, ""),  # the words must match one person
        ("aria", SearchKind.NAME, ""),  # a prefix, not a substring
    ],
)
def test_search_forms(db, staff, searchable, text, kind, which):
    expected = {dict(zip("abc", searchable, strict=True))[ch] for ch in which}
    page = cases.list_cases(db, staff.police, CaseQuery(search=text), today=TODAY)
    assert set(ids(page)) == expected
    if kind is not None:
        assert page.search_kind is kind
    assert cases.count_cases(db, staff.police, CaseQuery(search=text)) == len(expected)


def test_search_century_of_short_numbers():
    """850314-2385 → 1985; 010203-NNNN → 2001 (not 1901); '+' marks 100 years or older."""
    assert cases.classify_search("850314-2385")[1] == ("198503142385",)
    short = pnr("20010203", 444)[2:8] + "-" + pnr("20010203", 444)[8:]
    assert cases.classify_search(short)[1] == (pnr("20010203", 444),)
    assert cases.classify_search("850314+2385")[1] == ("188503142385",)


def test_invalid_personnummer_finds_nothing_and_says_so(db, staff, searchable):
    page = cases.list_cases(db, staff.police, CaseQuery(search="19850314-2386"), today=TODAY)
    assert page.rows == () and page.search_kind is SearchKind.INVALID_NUMBER


def test_a_name_beginning_with_r_is_not_a_reserve_number(db, staff):
    add_case(db, "IGOR-2026-0001", victim=P("Rosa", "Rask"))
    page = cases.list_cases(db, staff.police, CaseQuery(search="Rosa"), today=TODAY)
    assert page.search_kind is SearchKind.NAME and len(page.rows) == 1


def test_search_combines_with_filters(db, staff, searchable):
    query = CaseQuery(search="lind", sort=SortColumn.NUMBER, descending=False)
    assert [r.case_number for r in cases.list_cases(db, staff.police, query).rows] == [
        "IGOR-2025-0042",
        "IGOR-2026-0042",
        "IGOR-2026-0420",
    ]
    query = dataclasses.replace(query, status=CaseStatus.CLOSED)
    assert cases.list_cases(db, staff.police, query).rows == ()


def test_protected_people_are_listed_by_name_but_no_address_leaves_the_service(db, staff):
    street = "Hemliga gatan 7"
    case_id = add_case(
        db,
        "IGOR-2026-0001",
        victim=P("Sara", "Skydd", pnr("19900101"), Protection.SKYDDAD_FOLKBOKFORING, street),
        suspect=P("Sven", "Synlig", pnr("19880808"), Protection.NONE, "Synliga vägen 1"),
    )
    page = cases.list_cases(db, staff.police, today=TODAY)
    row = page.rows[0]
    assert row.id == case_id
    assert row.victim_name == "Sara Skydd" and row.victim_protected
    assert row.suspect_name == "Sven Synlig" and not row.suspect_protected
    dumped = repr(page) + repr(cases.get_case_row(db, staff.police, case_id))
    assert street not in dumped and "Synliga" not in dumped and "118 20" not in dumped
    assert "19900101" not in dumped  # no personnummer in the list either
    field_names = {f.name for f in dataclasses.fields(cases.CaseRow)}
    assert not any("address" in n or "street" in n for n in field_names)


def test_analyst_is_refused_every_case_list_call(db, staff, searchable):
    with pytest.raises(AccessDenied):
        cases.list_cases(db, staff.analyst)
    with pytest.raises(AccessDenied):
        cases.count_cases(db, staff.analyst)
    with pytest.raises(AccessDenied):
        cases.get_case_row(db, staff.analyst, searchable[0])
    with pytest.raises(AccessDenied):
        cases.find_open_cases_for(db, staff.analyst, ["19850314-2385"])
    with pytest.raises(AccessDenied):
        cases.staff_choices(db, staff.analyst)


def test_a_cursor_only_fits_its_own_query(db, staff, many):
    page = cases.list_cases(db, staff.police, CaseQuery(sort=SortColumn.VICTIM), limit=3)
    assert page.next_cursor
    with pytest.raises(ValueError):
        cases.list_cases(
            db, staff.police, CaseQuery(sort=SortColumn.SUSPECT), after=page.next_cursor
        )
    with pytest.raises(ValueError):
        cases.list_cases(db, staff.police, CaseQuery(), after="not-a-cursor")


def test_paging_does_not_shift_when_a_case_is_added_meanwhile(db, staff, many):
    query = CaseQuery(sort=SortColumn.OPENED, descending=True)
    first = cases.list_cases(db, staff.police, query, limit=10, today=TODAY)
    add_case(db, "IGOR-2026-0999", victim=P("Ny", "Ny"), opened_on=date(2026, 2, 1))
    rest, _ = all_pages(db, staff.police, query, limit=10)
    second = cases.list_cases(db, staff.police, query, after=first.next_cursor, limit=100)
    assert set(ids(first)).isdisjoint(ids(second))
    assert len(ids(first)) + len(ids(second)) == 26  # the new, newer case sits before page 1
    assert len(rest) == 27


def test_find_open_cases_for_any_written_form_and_only_open_cases(db, staff):
    number = pnr("19850314")
    open_id = add_case(db, "IGOR-2026-0001", victim=P("A", "B", number))
    add_case(db, "IGOR-2025-0001", suspect=P("A", "B", number), status=CaseStatus.CLOSED)
    for form in ("19850314-2385", "8503142385", "850314-2385"):
        hits = cases.find_open_cases_for(db, staff.social, [form, "", "nonsense"])
        assert [(h.case_id, h.case_number, h.role.value) for h in hits] == [
            (open_id, "IGOR-2026-0001", "victim")
        ]
        assert hits[0].opened_on == date(2026, 1, 10)
    assert cases.find_open_cases_for(db, staff.social, [pnr("19700101")]) == []


def test_staff_choices_by_agency(db, staff):
    police = cases.staff_choices(db, staff.police, "police")
    assert {c.full_name for c in police} == {"Petra Polis", "Göran Gruppchef"}
    social = cases.staff_choices(db, staff.police, "social")
    assert [c.full_name for c in social] == ["Sara Socionom"]  # the analyst is no caseworker
