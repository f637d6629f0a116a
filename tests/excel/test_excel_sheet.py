"""Reading and checking the team's sheet (no database): every bad cell is reported with sheet, row
and column, all at once; names and values are matched without regard to case and spaces."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import openpyxl
import pytest

from app.models.enums import Agency, Area, CaseSource, PartyRole, ReferralStatus
from app.services.excel.sheet import (
    COLUMNS,
    CONTACT_TYPES,
    FAILED,
    PHYSICAL,
    SHEETS,
    VOCABULARIES,
    ImportRefused,
    read_workbook,
    write_template,
)
from tests.excel_helpers import (
    CASE_HEAD,
    CONTACT_HEAD,
    PEOPLE_HEAD,
    contact,
    good_workbook,
    save,
    workbook,
)

TODAY = date(2026, 6, 1)


def _read(tmp_path, wb):
    return read_workbook(save(wb, tmp_path / "blad.xlsx"), today=TODAY)


def _where(sheet) -> set[tuple]:
    return {(p.sheet, p.row, p.column) for p in sheet.problems}


def _text(sheet, where: tuple) -> str:
    return next(p.message() for p in sheet.problems if (p.sheet, p.row, p.column) == where)


def test_good_workbook_reads_without_problems(tmp_path):
    sheet = _read(tmp_path, good_workbook())
    assert sheet.problems == []
    assert [c.ref for c in sheet.cases] == ["IG-1", "IG-2", "IG-3"]
    assert len(sheet.people) == 5 and len(sheet.contacts) == 8
    first = sheet.cases[0]
    assert (first.source, first.children, first.opened_on, first.area, first.district) == (
        CaseSource.POLICE_TIP,
        True,
        date(2026, 1, 5),
        Area.INSIDE,
        None,
    )
    assert (sheet.cases[1].area, sheet.cases[1].district) == (Area.OUTSIDE, "Farsta")
    assert sheet.people[1].rvc == ReferralStatus.ALREADY
    assert sheet.people[3].birth_year is None


def test_every_kind_of_bad_cell_is_reported_at_once(tmp_path):
    wb = workbook(
        cases=[
            ["K-1", "Tips polisen", "Ja", "2026-01-05", None],  # row 2: unknown source
            ["K-2", "BINR", None, "2026-13-01", "Södermlam"],  # row 3: blank, bad date, typo
            ["K-1", "RVT", "Nej", "2026-01-05", None],  # row 4: duplicate reference
            ["K-3", "Annat", "Kanske", "2027-01-01", None],  # row 5: bad yes/no, future date
            [None, "Annat", "Ja", "1999-12-31", None],  # row 6: no reference, too old
            ["K-4", "Annat", "Ja", 45000.5, None],  # row 7: not a whole day
        ],
        people=[
            ["K-1", "Våldsutsatt", 1850, "Ja", "Nej"],  # row 2: year out of range
            ["K-1", "Våldsutsatt", 1985, "Ja", "Nej"],  # row 3: second victim
            ["K-9", "Våldsutövare", 1980, "Nej", "Nej"],  # row 4: missing case
            ["K-2", "Offer", "abc", "Kanske", "Nej"],  # row 5: role, year, RVT
            ["K-2", "Våldsutövare", 2020, "Nej", None],  # row 6: too young, blank RVC
        ],
        contacts=[
            contact("K-1", "Våldsutsatt", "2026-01-06", "Fysik"),  # row 2: unknown type
            contact("K-8", "Våldsutsatt", "05/01/2026"),  # row 3: missing case, bad date
            contact("K-1", "Våldsutsatt", "2026-01-06", "Digital", "Kommunen"),  # row 4
            contact("K-1", "Våldsutsatt", "2026-01-06", talks=[2, 0, 0, "ja", 0, 0, 0]),  # row 5
            contact(
                "K-1", "Våldsutsatt", "2026-01-06", "Misslyckat försök", talks=[0, 0, 0, 0, 0, 1, 0]
            ),
        ],
    )
    sheet = _read(tmp_path, wb)
    expected = {
        ("Ärenden", 2, "Källa"),
        ("Ärenden", 3, "Barn"),
        ("Ärenden", 3, "Startdatum"),
        ("Ärenden", 3, "Område"),
        ("Ärenden", 4, "Ärende"),
        ("Ärenden", 5, "Barn"),
        ("Ärenden", 5, "Startdatum"),
        ("Ärenden", 6, "Ärende"),
        ("Ärenden", 6, "Startdatum"),
        ("Ärenden", 7, "Startdatum"),
        ("Personer", 2, "Födelseår"),
        ("Personer", 3, "Roll"),
        ("Personer", 4, "Ärende"),
        ("Personer", 5, "Roll"),
        ("Personer", 5, "Födelseår"),
        ("Personer", 5, "RVT"),
        ("Personer", 6, "Födelseår"),
        ("Personer", 6, "RVC"),
        ("Kontakter", 2, "Typ"),
        ("Kontakter", 3, "Ärende"),
        ("Kontakter", 3, "Datum"),
        ("Kontakter", 4, "Utförd av"),
        ("Kontakter", 5, "Stöd våld"),
        ("Kontakter", 5, "Förundersökning"),
        ("Kontakter", 6, "Avstämning"),
    }
    assert _where(sheet) == expected
    assert len(sheet.problems) == len(expected)  # one problem per bad cell, no duplicates
    assert 'okänt värde "Tips polisen"' in _text(sheet, ("Ärenden", 2, "Källa"))
    assert "Tips polis, BINR, RVT, Egen identifiering, Tips allmänheten eller Annat" in _text(
        sheet, ("Ärenden", 2, "Källa")
    )
    assert "tom cell" in _text(sheet, ("Ärenden", 3, "Barn"))
    assert 'ogiltigt datum "2026-13-01"' in _text(sheet, ("Ärenden", 3, "Startdatum"))
    assert 'menade du "Södermalm"' in _text(sheet, ("Ärenden", 3, "Område"))
    assert "finns redan på rad 2" in _text(sheet, ("Ärenden", 4, "Ärende"))
    assert "framtiden" in _text(sheet, ("Ärenden", 5, "Startdatum"))
    assert "före 2000-01-01" in _text(sheet, ("Ärenden", 6, "Startdatum"))
    assert "utanför 1916–2014" in _text(sheet, ("Personer", 2, "Födelseår"))
    assert "rad 2" in _text(sheet, ("Personer", 3, "Roll"))
    assert '"K-9" finns inte på bladet Ärenden' in _text(sheet, ("Personer", 4, "Ärende"))
    assert 'ogiltigt födelseår "abc"' in _text(sheet, ("Personer", 5, "Födelseår"))
    assert 'okänt värde "Fysik"' in _text(sheet, ("Kontakter", 2, "Typ"))
    assert 'ogiltigt värde "2"; ange 0 eller 1' in _text(sheet, ("Kontakter", 5, "Stöd våld"))
    assert "misslyckat försök" in _text(sheet, ("Kontakter", 6, "Avstämning"))
    # Only the clean rows survive as data.
    assert [c.ref for c in sheet.cases] == []  # K-1's first row had a bad Källa, etc.


def test_problem_lines_read_like_the_cli_prints_them(tmp_path):
    wb = workbook(
        [["A", "Annat", "Ja", "2026-01-01", None]],
        [["A", "Våldsutsatt", 1980, "Ja", "Ja"]],
        [contact("A", "Våldsutsatt", "2026-01-02")] * 5
        + [contact("A", "Våldsutsatt", "2026-01-02", "Fysik")],
    )
    sheet = _read(tmp_path, wb)
    refused = ImportRefused(sheet.problems)
    lines = refused.message().splitlines()
    assert lines[0] == "Arbetsboken har 1 fel. Ingenting har importerats."
    assert lines[1].startswith('Kontakter, rad 7, kolumn Typ: okänt värde "Fysik"; tillåtna')


def test_missing_sheet_missing_and_doubled_columns(tmp_path):
    wb = workbook(
        [],
        [],
        [],
        heads={
            "Ärenden": ["Ärende", "Källa", "Barn", "Startdatum"],  # no Område
            "Kontakter": [*CONTACT_HEAD, "Typ", "Kommentar"],
        },
        skip=("Personer",),
    )
    sheet = _read(tmp_path, wb)
    assert _where(sheet) == {
        ("Personer", None, None),
        ("Ärenden", 1, "Område"),
        ("Kontakter", 1, "Typ"),
    }
    assert _text(sheet, ("Personer", None, None)) == "bladet saknas"
    assert sheet.ignored_columns == [("Kontakter", "Kommentar")]


def test_empty_header_row_is_reported(tmp_path):
    wb = workbook([], [], [])
    wb["Personer"].delete_rows(1)
    wb["Personer"]["A3"] = "IG-1"
    sheet = _read(tmp_path, wb)
    assert _where(sheet) == {("Personer", 1, None)}


def test_names_and_values_ignore_case_spaces_and_unicode_form(tmp_path):
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731 - Excel on macOS
    heads = {
        "Ärenden": [f"  {h.upper()} " for h in CASE_HEAD],
        "Personer": [nfd(h.lower()) for h in PEOPLE_HEAD],
        "Kontakter": [h.replace(" ", "   ") for h in CONTACT_HEAD],
    }
    wb = workbook(
        [[" ig-1 ", "  tips   ALLMÄNHETEN ", "JA", "2026-01-05", " gamla STAN "]],
        [["IG-1", nfd("våldsutsatt"), " 1985 ", " redan AKTUELL", "nej "]],
        [
            contact(
                "Ig-1", " VÅLDSUTSATT", " 2026-01-06 ", " misslyckat  försök ", "socialtjänst "
            ),
            contact(
                "IG-1",
                "våldsutsatt",
                "2026-01-07",
                "fysisk",
                "POLIS",
                ["1", " 0", 1.0, True, 0, None, 0],
            ),
        ],
        heads=heads,
    )
    wb.worksheets[0].title = "ärenden "
    sheet = _read(tmp_path, wb)
    assert sheet.problems == []
    case = sheet.cases[0]
    assert (case.ref, case.source, case.children, case.area) == (
        "ig-1",
        CaseSource.PUBLIC_TIP,
        True,
        Area.INSIDE,
    )
    person = sheet.people[0]
    assert (person.role, person.birth_year, person.rvt, person.rvc) == (
        PartyRole.VICTIM,
        1985,
        ReferralStatus.ALREADY,
        ReferralStatus.NO,
    )
    failed, visit = sheet.contacts
    assert failed.kind == FAILED and failed.agency == Agency.SOCIAL
    assert visit.kind == PHYSICAL and visit.agency == Agency.POLICE
    assert visit.talks == (True, False, True, True, False, False, False)
    assert failed.key == visit.key == case.key


def test_excel_dates_serial_numbers_and_text_dates(tmp_path):
    wb = workbook(
        [
            ["D-1", "Annat", "Ja", datetime(2026, 1, 5, 0, 0), None],
            ["D-2", "Annat", "Ja", date(2026, 1, 6), None],
            ["D-3", "Annat", "Ja", "2026-01-07", None],
            ["D-4", "Annat", "Ja", 46030, None],  # Excel day number of 2026-01-08
            ["D-5", "Annat", "Ja", "2026-02-30", None],  # no such day
            ["D-6", "Annat", "Ja", "7 jan 2026", None],
        ],
        [],
        [],
    )
    for row in range(2, 5):
        wb["Ärenden"].cell(row=row, column=4).number_format = "yyyy-mm-dd"
    sheet = _read(tmp_path, wb)
    assert [c.opened_on for c in sheet.cases] == [
        date(2026, 1, 5),
        date(2026, 1, 6),
        date(2026, 1, 7),
        date(2026, 1, 8),
    ]
    assert _where(sheet) == {("Ärenden", 6, "Startdatum"), ("Ärenden", 7, "Startdatum")}


def test_empty_rows_are_skipped_and_row_numbers_stay_excel_rows(tmp_path):
    wb = workbook([["E-1", "Annat", "Ja", "2026-01-05", None]], [], [])
    ws = wb["Ärenden"]
    ws["A9"] = "E-2"
    ws["B9"] = "Okänd"
    ws["C9"] = "Ja"
    ws["D9"] = "2026-01-05"
    ws["A5"] = "   "
    sheet = _read(tmp_path, wb)
    assert _where(sheet) == {("Ärenden", 9, "Källa")}


def test_template_has_the_three_sheets_headers_and_dropdowns(tmp_path):
    path = tmp_path / "mall.xlsx"
    write_template(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:3] == list(SHEETS)
    for name in SHEETS:
        assert [c.value for c in wb[name][1]] == list(COLUMNS[name])
    lists = {
        (name, dv.formula1)
        for name in SHEETS
        for dv in wb[name].data_validations.dataValidation
        if dv.type == "list"
    }
    for (name, _column), words in VOCABULARIES.items():
        assert (name, '"' + ",".join(words) + '"') in lists
    assert ("Kontakter", '"' + ",".join(CONTACT_TYPES) + '"') in lists
    # The blank template itself reads without problems and without data.
    sheet = read_workbook(path, today=TODAY)
    assert sheet.problems == [] and sheet.cases == [] and sheet.contacts == []


@pytest.mark.parametrize("value", ["1", 1, 1.0, True])
def test_talk_flag_forms(tmp_path, value):
    wb = workbook(
        [["F", "Annat", "Ja", "2026-01-05", None]],
        [["F", "Våldsutsatt", None, "Nej", "Nej"]],
        [contact("F", "Våldsutsatt", "2026-01-06", talks=[value, 0, 0, 0, 0, 0, 0])],
    )
    sheet = _read(tmp_path, wb)
    assert sheet.problems == []
    assert sheet.contacts[0].talks[0] is True
