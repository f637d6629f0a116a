"""The team's Excel sheet: its format, reading it into checked rows, and the blank template.

Three sheets, header row first (docs/excel-import.md):
- `Ärenden`: Ärende, Källa, Barn, Startdatum, Område
- `Personer`: Ärende, Roll, Födelseår, RVT, RVC
- `Kontakter`: Ärende, Roll, Datum, Typ, Utförd av, and one 0/1 column per talk kind

Sheet names, header names and cell values are matched without regard to case, surrounding
spaces, repeated inner spaces and Unicode composition (Excel on macOS may write "Ä" decomposed).
Dates are Excel dates (or Excel serial numbers) or `YYYY-MM-DD` text. Columns not listed here are
ignored (and reported as ignored), so the team may keep its own notes next to the data.

This module checks everything that can be checked without the database and collects every
problem as a `CellProblem` (sheet, row, column, what is wrong); `app.services.excel.importer` adds
the checks against the database and does the writing. No Qt, no database here.
"""

from __future__ import annotations

import difflib
import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from app.errors import UserError, ValidationError
from app.i18n import tr_noop, translate
from app.models.enums import Agency, Area, CaseSource, PartyRole, ReferralStatus, TalkKind
from app.services.excel.spreadsheet import untrusted_sheets

logger = logging.getLogger(__name__)

CASES = "Ärenden"
PEOPLE = "Personer"
CONTACTS = "Kontakter"
SHEETS = (CASES, PEOPLE, CONTACTS)

TALK_HEADERS: dict[TalkKind, str] = {
    TalkKind.SUPPORT_VIOLENCE: "Stöd våld",
    TalkKind.SUPPORT_ADDICTION: "Stöd missbruk",
    TalkKind.POLICE_REPORT: "Polisanmälan",
    TalkKind.INVESTIGATION: "Förundersökning",
    TalkKind.SAFETY_PLANNING: "Säkerhetsplanering",
    TalkKind.CHECK_IN: "Avstämning",
    TalkKind.RISK_ASSESSMENT: "Riskbedömning",
}
COLUMNS: dict[str, tuple[str, ...]] = {
    CASES: ("Ärende", "Källa", "Barn", "Startdatum", "Område"),
    PEOPLE: ("Ärende", "Roll", "Födelseår", "RVT", "RVC"),
    CONTACTS: ("Ärende", "Roll", "Datum", "Typ", "Utförd av", *TALK_HEADERS.values()),
}

# Fixed vocabularies: the sheet's own words (the file format, not translated) → stored values.
SOURCES = {
    "Tips polis": CaseSource.POLICE_TIP,
    "BINR": CaseSource.BINR,
    "RVT": CaseSource.RVT,
    "Egen identifiering": CaseSource.OWN_IDENTIFICATION,
    "Tips allmänheten": CaseSource.PUBLIC_TIP,
    "Annat": CaseSource.OTHER,
}
YES_NO = {"Ja": True, "Nej": False}
ROLES = {"Våldsutsatt": PartyRole.VICTIM, "Våldsutövare": PartyRole.SUSPECT}
ROLE_ALIASES = {"Misstänkt våldsutövare": PartyRole.SUSPECT}
REFERRALS = {
    "Ja": ReferralStatus.YES,
    "Nej": ReferralStatus.NO,
    "Redan aktuell": ReferralStatus.ALREADY,
}
DIGITAL, PHYSICAL, FAILED = "digital", "physical", "failed"
CONTACT_TYPES = {"Digital": DIGITAL, "Fysisk": PHYSICAL, "Misslyckat försök": FAILED}
AGENCIES = {"Polis": Agency.POLICE, "Socialtjänst": Agency.SOCIAL}
AGENCY_ALIASES = {"Polisen": Agency.POLICE, "Socialtjänsten": Agency.SOCIAL}
# The pilot's project area; any other Område is a district outside it (Area.OUTSIDE).
PROJECT_AREA = ("Södermalm", "Gamla stan", "Hammarby sjöstad")

# Dropdowns of the template (sheet, column) → allowed words.
VOCABULARIES: dict[tuple[str, str], tuple[str, ...]] = {
    (CASES, "Källa"): tuple(SOURCES),
    (CASES, "Barn"): tuple(YES_NO),
    (PEOPLE, "Roll"): tuple(ROLES),
    (PEOPLE, "RVT"): tuple(REFERRALS),
    (PEOPLE, "RVC"): tuple(REFERRALS),
    (CONTACTS, "Roll"): tuple(ROLES),
    (CONTACTS, "Typ"): tuple(CONTACT_TYPES),
    (CONTACTS, "Utförd av"): tuple(AGENCIES),
    **{(CONTACTS, h): ("0", "1") for h in TALK_HEADERS.values()},
}

EARLIEST_DATE = date(2000, 1, 1)
OLDEST_AGE, YOUNGEST_AGE = 110, 12
REF_MAX = 100  # Case.external_ref
DISTRICT_MAX = 100  # Case.district
MAX_ROWS = 1_048_576  # Excel's own limit
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EXCEL_SERIAL = (36526, 73051)  # 2000-01-01 … 2100-01-01 as Excel day numbers


@functools.lru_cache(maxsize=1 << 16)
def norm(value: str) -> str:
    """The form in which names and values are compared."""
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def _lookup(table: dict[str, Any], aliases: dict[str, Any] | None = None) -> dict[str, Any]:
    out = {norm(k): v for k, v in table.items()}
    out.update({norm(k): v for k, v in (aliases or {}).items()})
    return out


_SOURCES = _lookup(SOURCES)
_YES_NO = _lookup(YES_NO)
_ROLES = _lookup(ROLES, ROLE_ALIASES)
_REFERRALS = _lookup(REFERRALS)
_TYPES = _lookup(CONTACT_TYPES)
_AGENCIES = _lookup(AGENCIES, AGENCY_ALIASES)
_AREA = {norm(a): a for a in PROJECT_AREA}
_TALK_NAMES = tuple(TALK_HEADERS.values())
_FLAGS: dict[Any, bool] = {None: False, 0: False, 1: True, "0": False, "1": True, "": False}

ROLE_WORD = {PartyRole.VICTIM: "Våldsutsatt", PartyRole.SUSPECT: "Våldsutövare"}
AGENCY_WORD = {Agency.POLICE: "Polis", Agency.SOCIAL: "Socialtjänst"}


class CellProblem(UserError):
    """One bad cell (or a missing sheet/column): where it is and what is wrong."""

    context = "excel_import"

    def __init__(self, sheet: str, row: int | None, column: str | None, text: str, **params):
        super().__init__(text, **params)
        self.sheet = sheet
        self.row = row
        self.column = column

    def where(self) -> str:
        parts = [self.sheet]
        if self.row is not None:
            parts.append(translate("excel_import", "rad {row}").format(row=self.row))
        if self.column is not None:
            parts.append(translate("excel_import", "kolumn {column}").format(column=self.column))
        return ", ".join(parts)

    def line(self) -> str:
        """`Kontakter, rad 7, kolumn Typ: okänt värde "Fysik" …`"""
        return f"{self.where()}: {self.message()}"

    def sort_key(self) -> tuple:
        order = SHEETS.index(self.sheet) if self.sheet in SHEETS else len(SHEETS)
        column = COLUMNS.get(self.sheet, ())
        col = column.index(self.column) if self.column in column else len(column)
        return (order, self.row or 0, col)


class ImportRefused(ValidationError):
    """The workbook has problems; nothing was imported. `problems` lists every one."""

    context = "excel_import"

    def __init__(self, problems: list[CellProblem]) -> None:
        problems = sorted(problems, key=CellProblem.sort_key)
        super().__init__(problems)
        self.problems: list[CellProblem] = problems

    def message(self) -> str:
        head = translate(
            "excel_import", "Arbetsboken har {count} fel. Ingenting har importerats."
        ).format(count=len(self.problems))
        return "\n".join([head, *(p.line() for p in self.problems)])


# --- checked rows -----------------------------------------------------------------------------


@dataclass(slots=True)
class CaseRow:
    row: int
    ref: str
    key: str
    source: CaseSource
    children: bool
    opened_on: date
    area: Area
    district: str | None


@dataclass(slots=True)
class PersonRow:
    row: int
    key: str
    role: PartyRole
    birth_year: int | None
    rvt: ReferralStatus
    rvc: ReferralStatus


@dataclass(slots=True)
class ContactRow:
    row: int
    key: str
    role: PartyRole
    day: date
    kind: str  # DIGITAL, PHYSICAL or FAILED
    agency: Agency
    talks: tuple[bool, ...]  # in TALK_HEADERS order


@dataclass
class Sheet:
    """What was read: checked rows plus every problem found."""

    cases: list[CaseRow] = field(default_factory=list)
    people: list[PersonRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    ignored_columns: list[tuple[str, str]] = field(default_factory=list)
    # Sheets whose rows could not be read (missing sheet, header or column): checks that
    # depend on them are skipped rather than reporting every row that refers to them.
    unreadable: set[str] = field(default_factory=set)
    # (row, case key, role, agency) of every contact row whose case exists on Ärenden, also rows
    # with other problems, so the checks against the database report them too.
    contact_refs: list[tuple[int, str, PartyRole | None, Agency | None]] = field(
        default_factory=list
    )


Progress = Callable[[str, int, int], object]
Cancel = Callable[[], bool]  # True once the user asked to stop
CANCEL_EVERY = 1000  # rows between two looks at the cancel flag
# More problems than this: the rest of the workbook is not read (a sheet of a million bad rows
# would otherwise keep a million messages in memory; nobody reads past the first screens).
MAX_PROBLEMS = 1000


class ImportCancelled(UserError):
    """The user stopped the check or import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Importen avbröts. Ingenting har sparats.")


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled()


def read_workbook(
    source: str | Path | IO[bytes],
    *,
    today: date,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Sheet:
    """Read and check the three sheets (everything that needs no database). `cancel` is asked
    every CANCEL_EVERY rows; when it answers True, ImportCancelled is raised."""
    check_cancel(cancel)
    out = Sheet()
    with untrusted_sheets(source) as book:
        by_name = {norm(title): title for title in book.titles}
        checker = _Checker(out, today)
        for name, handle in (
            (CASES, checker.case_row),
            (PEOPLE, checker.person_row),
            (CONTACTS, checker.contact_row),
        ):
            title = by_name.get(norm(name))
            if title is None:
                out.problems.append(CellProblem(name, None, None, tr_noop("bladet saknas")))
                out.unreadable.add(name)
                continue
            if len(out.problems) >= MAX_PROBLEMS:
                out.unreadable.add(name)  # not read: no checks that depend on it
                continue
            _read_sheet(book.rows(title, max_rows=MAX_ROWS), name, handle, out, progress, cancel)
    checker.cross_checks()
    return out


def _read_sheet(
    rows, name: str, handle, out: Sheet, progress: Progress | None, cancel: Cancel | None = None
) -> None:
    expected = COLUMNS[name]
    wanted = {norm(c): c for c in expected}
    stage = translate("excel_import", "Läser bladet {sheet}").format(sheet=name)
    first = next(rows, None)
    if first is None or first[0] != 1 or all(_blank(v) for v in first[1]):
        out.problems.append(
            CellProblem(name, 1, None, tr_noop("rubrikraden saknas (rad 1 ska ha kolumnnamnen)"))
        )
        out.unreadable.add(name)
        return
    header = first[1]
    index: dict[str, int] = {}
    for position, value in enumerate(header):
        if _blank(value):
            continue
        label = str(value).strip()
        column = wanted.get(norm(label))
        if column is None:
            out.ignored_columns.append((name, label))
        elif column in index:
            out.problems.append(
                CellProblem(name, 1, column, tr_noop("kolumnen finns två gånger i rubrikraden"))
            )
        else:
            index[column] = position
    missing = [c for c in expected if c not in index]
    for column in missing:
        out.problems.append(CellProblem(name, 1, column, tr_noop("kolumnen saknas i rubrikraden")))
    if missing:
        out.unreadable.add(name)
        return
    picks = [(c, index[c]) for c in expected]
    for seen, (number, values) in enumerate(rows, start=1):
        if seen % CANCEL_EVERY == 0:
            check_cancel(cancel)
        if len(out.problems) >= MAX_PROBLEMS:
            out.problems.append(
                CellProblem(
                    name,
                    number,
                    None,
                    tr_noop(
                        "fler än {limit} fel; resten av arbetsboken lästes inte. Rätta "
                        "felen ovan och kontrollera igen"
                    ),
                    limit=MAX_PROBLEMS,
                )
            )
            out.unreadable.add(name)
            return
        if progress is not None and number % 5000 == 0:
            progress(stage, number, 0)  # the number of rows is not known in advance
        if _blank(values[0] if values else None) and all(_blank(v) for v in values):
            continue  # empty rows (Excel keeps formatted ones) are skipped
        width = len(values)
        cells = {c: (values[i] if i < width else None) for c, i in picks}
        handle(number, cells)
    if progress is not None:
        progress(stage, 1, 1)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _shown(value: Any) -> str:
    """A cell value quoted in a message (shortened: a message is no place for a long text)."""
    text = value.isoformat() if isinstance(value, datetime | date) else str(value).strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _allowed(words: Iterable[str]) -> str:
    words = list(words)
    return ", ".join(words[:-1]) + " " + translate("excel_import", "eller") + " " + words[-1]


class _Checker:
    def __init__(self, out: Sheet, today: date) -> None:
        self.out = out
        self.today = today
        self.first_case_row: dict[str, int] = {}
        self.first_person_row: dict[tuple[str, PartyRole], int] = {}
        # (sheet, row, text, key) of every reference on Personer and Kontakter.
        self.refs: list[tuple[str, int, str, str]] = []
        # Values seen before and found good (a sheet repeats the same dates and references).
        self.refs_seen: dict[str, tuple[str, str]] = {}
        self.days_seen: dict[Any, date] = {}

    def bad(self, sheet: str, row: int, column: str, text: str, **params) -> None:
        self.out.problems.append(CellProblem(sheet, row, column, text, **params))

    # -- cells ---------------------------------------------------------------------------------
    def word(self, sheet, row, column, value, table, shown_words):
        if _blank(value):
            self.bad(
                sheet,
                row,
                column,
                tr_noop("tom cell; ange {allowed}"),
                allowed=_allowed(shown_words),
            )
            return None
        found = table.get(norm(str(value)))
        if found is None:
            self.bad(
                sheet,
                row,
                column,
                tr_noop('okänt värde "{value}"; tillåtna värden är {allowed}'),
                value=_shown(value),
                allowed=_allowed(shown_words),
            )
        return found

    def ref(self, sheet, row, value) -> tuple[str, str] | None:
        known = self.refs_seen.get(value) if isinstance(value, str) else None
        if known is not None:
            return known
        if _blank(value):
            self.bad(sheet, row, "Ärende", tr_noop("tom cell; ärendets beteckning saknas"))
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, datetime | date):
            self.bad(
                sheet,
                row,
                "Ärende",
                tr_noop('"{value}" är ett datum, inte en ärendebeteckning'),
                value=_shown(value),
            )
            return None
        text = " ".join(str(value).split())
        if len(text) > REF_MAX:
            self.bad(
                sheet,
                row,
                "Ärende",
                tr_noop("för lång beteckning (högst {limit} tecken)"),
                limit=REF_MAX,
            )
            return None
        result = (text, norm(text))
        if isinstance(value, str):
            self.refs_seen[value] = result
        return result

    def day(self, sheet, row, column, value) -> date | None:
        known = self.days_seen.get(value)
        if known is not None:
            return known
        if _blank(value):
            self.bad(sheet, row, column, tr_noop("tom cell; ange ett datum (ÅÅÅÅ-MM-DD)"))
            return None
        parsed: date | None = None
        if isinstance(value, datetime):
            parsed = value.date()
        elif isinstance(value, date):
            parsed = value
        elif isinstance(value, int | float) and not isinstance(value, bool):
            if _EXCEL_SERIAL[0] <= value < _EXCEL_SERIAL[1] and float(value).is_integer():
                from openpyxl.utils.datetime import from_excel

                parsed = from_excel(value).date()
        elif isinstance(value, str) and _ISO_DATE.match(value.strip()):
            try:
                parsed = date.fromisoformat(value.strip())
            except ValueError:
                parsed = None
        if parsed is None:
            self.bad(
                sheet,
                row,
                column,
                tr_noop('ogiltigt datum "{value}"; ange ett Excel-datum eller ÅÅÅÅ-MM-DD'),
                value=_shown(value),
            )
            return None
        if parsed > self.today:
            self.bad(
                sheet,
                row,
                column,
                tr_noop("datumet {value} ligger i framtiden"),
                value=parsed.isoformat(),
            )
            return None
        if parsed < EARLIEST_DATE:
            self.bad(
                sheet,
                row,
                column,
                tr_noop("datumet {value} är före {earliest}"),
                value=parsed.isoformat(),
                earliest=EARLIEST_DATE.isoformat(),
            )
            return None
        if isinstance(value, str | datetime):
            self.days_seen[value] = parsed
        return parsed

    def birth_year(self, row, value) -> tuple[bool, int | None]:
        if _blank(value):
            return True, None  # unknown birth year: allowed
        year: int | None = None
        if isinstance(value, int) and not isinstance(value, bool):
            year = value
        elif isinstance(value, float) and value.is_integer():
            year = int(value)
        elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) == 4:
            year = int(value.strip())
        if year is None:
            self.bad(
                PEOPLE,
                row,
                "Födelseår",
                tr_noop('ogiltigt födelseår "{value}"; ange ett årtal med fyra siffror'),
                value=_shown(value),
            )
            return False, None
        low, high = self.today.year - OLDEST_AGE, self.today.year - YOUNGEST_AGE
        if not low <= year <= high:
            self.bad(
                PEOPLE,
                row,
                "Födelseår",
                tr_noop("födelseåret {value} ligger utanför {low}–{high}"),
                value=year,
                low=low,
                high=high,
            )
            return False, None
        return True, year

    def flag(self, row, column, value) -> bool | None:
        known = _FLAGS.get(value) if not isinstance(value, float) else None
        if known is not None:
            return known
        if _blank(value):
            return False  # an empty talk-kind cell counts as 0
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip() in ("0", "1"):
            return value.strip() == "1"
        self.bad(
            CONTACTS,
            row,
            column,
            tr_noop('ogiltigt värde "{value}"; ange 0 eller 1'),
            value=_shown(value),
        )
        return None

    def area(self, row, value) -> tuple[bool, Area, str | None]:
        if _blank(value):
            return True, Area.INSIDE, None
        text = " ".join(str(value).split())
        key = norm(text)
        if key in _AREA:
            return True, Area.INSIDE, None
        close = difflib.get_close_matches(key, list(_AREA), n=1, cutoff=0.8)
        if close:
            self.bad(
                CASES,
                row,
                "Område",
                tr_noop(
                    'okänt område "{value}" – menade du "{suggestion}"? Skriv projektområdets '
                    "namn exakt, eller namnet på stadsdelen utanför projektområdet"
                ),
                value=_shown(value),
                suggestion=_AREA[close[0]],
            )
            return False, Area.OUTSIDE, None
        if len(text) > DISTRICT_MAX:
            self.bad(
                CASES,
                row,
                "Område",
                tr_noop("för lång text (högst {limit} tecken)"),
                limit=DISTRICT_MAX,
            )
            return False, Area.OUTSIDE, None
        return True, Area.OUTSIDE, text

    # -- rows ----------------------------------------------------------------------------------
    def case_row(self, row: int, cells: dict[str, Any]) -> None:
        ref = self.ref(CASES, row, cells["Ärende"])
        source = self.word(CASES, row, "Källa", cells["Källa"], _SOURCES, SOURCES)
        children = self.word(CASES, row, "Barn", cells["Barn"], _YES_NO, YES_NO)
        opened = self.day(CASES, row, "Startdatum", cells["Startdatum"])
        area_ok, area, district = self.area(row, cells["Område"])
        if ref is not None:
            first = self.first_case_row.get(ref[1])
            if first is not None:
                self.bad(
                    CASES,
                    row,
                    "Ärende",
                    tr_noop('ärendet "{value}" finns redan på rad {first}'),
                    value=ref[0],
                    first=first,
                )
                return
            self.first_case_row[ref[1]] = row
        if ref is None or source is None or children is None or opened is None or not area_ok:
            return
        self.out.cases.append(
            CaseRow(row, ref[0], ref[1], source, children, opened, area, district)
        )

    def person_row(self, row: int, cells: dict[str, Any]) -> None:
        ref = self.ref(PEOPLE, row, cells["Ärende"])
        role = self.word(PEOPLE, row, "Roll", cells["Roll"], _ROLES, ROLES)
        year_ok, year = self.birth_year(row, cells["Födelseår"])
        rvt = self.word(PEOPLE, row, "RVT", cells["RVT"], _REFERRALS, REFERRALS)
        rvc = self.word(PEOPLE, row, "RVC", cells["RVC"], _REFERRALS, REFERRALS)
        if ref is not None:
            self.refs.append((PEOPLE, row, ref[0], ref[1]))
            if role is not None:
                first = self.first_person_row.get((ref[1], role))
                if first is not None:
                    self.bad(
                        PEOPLE,
                        row,
                        "Roll",
                        tr_noop(
                            'ärendet "{value}" har redan en person med rollen {role} på rad '
                            "{first} (ett ärende har en våldsutsatt och högst en våldsutövare)"
                        ),
                        value=ref[0],
                        role=ROLE_WORD[role],
                        first=first,
                    )
                    return
                self.first_person_row[(ref[1], role)] = row
        if ref is None or role is None or not year_ok or rvt is None or rvc is None:
            return
        self.out.people.append(PersonRow(row, ref[1], role, year, rvt, rvc))

    def contact_row(self, row: int, cells: dict[str, Any]) -> None:
        ref = self.ref(CONTACTS, row, cells["Ärende"])
        role = self.word(CONTACTS, row, "Roll", cells["Roll"], _ROLES, ROLES)
        day = self.day(CONTACTS, row, "Datum", cells["Datum"])
        kind = self.word(CONTACTS, row, "Typ", cells["Typ"], _TYPES, CONTACT_TYPES)
        agency = self.word(CONTACTS, row, "Utförd av", cells["Utförd av"], _AGENCIES, AGENCIES)
        flags = []
        for header in _TALK_NAMES:
            value = cells[header]
            flag = _FLAGS.get(value) if type(value) is not float else None
            flags.append(self.flag(row, header, value) if flag is None else flag)
        if kind == FAILED:
            for header, value in zip(TALK_HEADERS.values(), flags, strict=True):
                if value:
                    self.bad(
                        CONTACTS,
                        row,
                        header,
                        tr_noop(
                            "ett misslyckat försök kan inte ha samtalsinnehåll; ange 0 eller "
                            "ändra Typ"
                        ),
                    )
                    flags = [None]
                    break
        if ref is not None:
            self.refs.append((CONTACTS, row, ref[0], ref[1]))
            self.out.contact_refs.append((row, ref[1], role, agency))
        if None in (ref, role, day, kind, agency) or None in flags:
            return
        self.out.contacts.append(ContactRow(row, ref[1], role, day, kind, agency, tuple(flags)))

    # -- across sheets -------------------------------------------------------------------------
    def cross_checks(self) -> None:
        """References to cases that are not on Ärenden. (Roles of contacts are checked in
        excel_import, where the parties already in the database are known too.)"""
        known = self.first_case_row
        cases_read = CASES not in self.out.unreadable
        for sheet, row, text, key in self.refs:
            if cases_read and key not in known:
                self.bad(
                    sheet,
                    row,
                    "Ärende",
                    tr_noop('ärendet "{value}" finns inte på bladet Ärenden'),
                    value=text,
                )
        # Rows that point at a missing case carry no further meaning; drop them.
        self.out.people = [p for p in self.out.people if p.key in known]
        self.out.contacts = [c for c in self.out.contacts if c.key in known]
        self.out.contact_refs = [r for r in self.out.contact_refs if r[1] in known]


# --- template ---------------------------------------------------------------------------------

TEMPLATE_ROWS = 5000  # rows that get the dropdowns in the blank template


def write_template(path: str | Path) -> None:
    """A blank workbook with the three sheets, their header rows, dropdowns for the fixed
    vocabularies, date formats and a short guide sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for name in SHEETS:
        ws = wb.create_sheet(name)
        ws.append(list(COLUMNS[name]))
        ws.freeze_panes = "A2"
        for position, column in enumerate(COLUMNS[name], start=1):
            letter = get_column_letter(position)
            cell = ws.cell(row=1, column=position)
            cell.font = bold
            cell.fill = fill
            ws.column_dimensions[letter].width = max(12, len(column) + 4)
            cells = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
            words = VOCABULARIES.get((name, column))
            if words is not None:
                dv = DataValidation(
                    type="list", formula1='"' + ",".join(words) + '"', allow_blank=True
                )
                dv.error = translate("excel_import", "Välj ett av värdena i listan.")
                dv.errorTitle = column
                dv.add(cells)
                ws.add_data_validation(dv)
            elif column in ("Startdatum", "Datum"):
                for row in range(2, TEMPLATE_ROWS + 2):
                    ws.cell(row=row, column=position).number_format = "yyyy-mm-dd"
            elif column == "Födelseår":
                dv = DataValidation(
                    type="whole", operator="between", formula1="1900", formula2="2100"
                )
                dv.error = translate("excel_import", "Ange ett årtal med fyra siffror.")
                dv.add(cells)
                ws.add_data_validation(dv)
    ws = wb.create_sheet("Anvisningar")
    ws.column_dimensions["A"].width = 110
    for line in _GUIDE:
        ws.append([translate("excel_import", line)])
    ws["A1"].font = Font(bold=True, size=13)
    wb.active = 0
    wb.save(path)


_GUIDE = [
    tr_noop("Teamets Excel-ark för import till IGOR Desk"),
    "",
    tr_noop("Ärenden: en rad per ärende. Ärende är teamets egen beteckning och måste vara unik."),
    tr_noop("Källa: Tips polis, BINR, RVT, Egen identifiering, Tips allmänheten eller Annat."),
    tr_noop("Barn: Ja eller Nej. Startdatum: ett datum (ÅÅÅÅ-MM-DD)."),
    tr_noop(
        "Område: tomt, Södermalm, Gamla stan eller Hammarby sjöstad (projektområdet), annars "
        "namnet på stadsdelen utanför."
    ),
    tr_noop(
        "Personer: högst en Våldsutsatt och en Våldsutövare per ärende. Inga namn – bara "
        "födelseår; namnen fylls i i programmet."
    ),
    tr_noop("RVT och RVC: Ja, Nej eller Redan aktuell."),
    tr_noop(
        "Kontakter: en rad per kontakt eller försök. Typ: Digital, Fysisk eller Misslyckat "
        "försök. Utförd av: Polis eller Socialtjänst."
    ),
    tr_noop(
        "Samtalsinnehåll: 1 om samtalet hade det innehållet, annars 0 (tom cell räknas som 0)."
    ),
    tr_noop(
        "Stora och små bokstäver och mellanslag före och efter spelar ingen roll. Andra kolumner "
        "än de här hoppas över."
    ),
    tr_noop(
        "Samma fil kan importeras flera gånger: det som redan finns läggs inte till igen, och "
        "ingenting tas bort."
    ),
]
