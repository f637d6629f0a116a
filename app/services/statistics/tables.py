"""The statistics as tables, laid out like the evaluation report's tables 2–4 (chapter 5).

Plain data (no Qt): the Statistik page, the .xlsx and PDF exports and `igor-desk stats` all show
the same tables. Cells keep their numbers (`Share`, `Range`, `Number`) so a spreadsheet gets real
numbers; `fmt()` gives the Swedish display text ("25 %", "0–32", "1,5").
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import tr_noop, translate
from app.models.enums import DIGITAL_CHANNELS, Agency, CaseSource, PartyRole, TalkKind
from app.services.statistics.contacts import MIN_GROUP
from app.services.statistics.figures import Distribution, RoleFigures, Statistics
from app.vocabulary import labels as vocabulary

CTX = "statistics"


def _t(text: str) -> str:
    return translate(CTX, text)


@dataclass(frozen=True)
class Share:
    value: float | None  # 0..1, unrounded


@dataclass(frozen=True)
class Range:
    low: int | None
    high: int | None


@dataclass(frozen=True)
class Number:
    value: float | int | None
    decimals: int = 1  # for non-integral values


Cell = str | int | Share | Range | Number | None


@dataclass(frozen=True)
class StatTable:
    key: str  # stable id (sheet names, tests)
    title: str
    columns: list[str]
    rows: list[list[Cell]]
    note: str = ""
    sheet: str = ""  # a short name for a spreadsheet tab (at most 31 characters)


DASH = "–"
# A figure withheld because fewer than MIN_GROUP people had a contact in the period.
SUPPRESSED = tr_noop("färre än 5 personer")


def fmt(cell: Cell) -> str:
    """Swedish display text of a cell; an empty set shows a dash."""
    if cell is None:
        return DASH
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return _t("Ja") if cell else _t("Nej")
    if isinstance(cell, int):
        return f"{cell:,}".replace(",", "\u00a0")
    if isinstance(cell, Share):
        if cell.value is None:
            return DASH
        return f"{round(cell.value * 100)}\u00a0%"
    if isinstance(cell, Range):
        if cell.low is None:
            return DASH
        return f"{cell.low}–{cell.high}"
    if isinstance(cell, Number):
        v = cell.value
        if v is None:
            return DASH
        if float(v).is_integer():
            return str(int(v))
        return f"{v:.{cell.decimals}f}".replace(".", ",")
    return str(cell)


# The evaluation report's wording of the sources and talk kinds (app.vocabulary.labels).
SOURCE_LABELS = vocabulary.CASE_SOURCE_REPORT
TALK_LABELS = vocabulary.TALK_KIND_REPORT


MONTHS = (
    tr_noop("jan"),
    tr_noop("feb"),
    tr_noop("mar"),
    tr_noop("apr"),
    tr_noop("maj"),
    tr_noop("jun"),
    tr_noop("jul"),
    tr_noop("aug"),
    tr_noop("sep"),
    tr_noop("okt"),
    tr_noop("nov"),
    tr_noop("dec"),
)


def source_label(source: CaseSource) -> str:
    return vocabulary.report_label(source)


def month_label(key: str, *, with_year: bool = True) -> str:
    """'2026-03' → 'mar 2026'."""
    year, month = key.split("-")
    name = _t(MONTHS[int(month) - 1])
    return f"{name} {year}" if with_year else name


def _n(count: int) -> str:
    return _t("N = {n}").format(n=count)


def case_table(r: Statistics) -> StatTable:
    c = r.cases
    rows: list[list[Cell]] = [
        [_t("Antal ärenden"), c.count],
        [_t("Ärenden med enbart våldsutsatt registrerad"), c.only_victim],
        [_t("Ärenden med enbart våldsutövare registrerad"), c.only_suspect],
        [_t("Andel ärenden med barn"), Share(c.children_share)],
    ]
    for source in CaseSource:
        rows.append(
            [_t("Aktualiserat: {source}").format(source=vocabulary.report_label(source)),
             Share(c.source_share(source))]
        )  # fmt: skip
    rows.append(
        [
            _t("Median antal dagar från händelse (eller ärendestart) till första kontakt"),
            Number(c.days_to_first_contact.median),
        ]
    )
    rows.append(
        [
            _t("Andel där våld och hot upphörde (avslutade ärenden med utfall, {n})").format(
                n=_n(c.closed_with_outcome)
            ),
            Share(c.violence_stopped_share),
        ]
    )
    return StatTable(
        "cases", _t("Ärenden"), [_t("Uppgift"), _t("Värde")], rows, sheet=_t("Ärenden")
    )


def _role_column(role: RoleFigures) -> list[Cell]:
    by, inter = role.birth_year, role.interactions
    contacts: list[Cell] = [
        Range(inter.min, inter.max),
        Number(inter.mean),
        Number(inter.median),
        Share(role.digital_share),
        role.failed_only,
    ]
    if role.suppressed:
        contacts = [_t(SUPPRESSED)] * len(contacts)
    return [
        role.count,
        Range(by.min, by.max),
        Number(by.median),
        *contacts,
        Share(role.rvt_share),
        Share(role.rvc_started_share),
    ]


def small_group_note(r: Statistics) -> str:
    """Why figures are withheld for a period with fewer than MIN_GROUP people (or "")."""
    if not r.small_group:
        return ""
    if r.own_agency is None:
        return _t(
            "Färre än {n} personer hade kontakt under perioden: kontakterna redovisas inte."
        ).format(n=MIN_GROUP)
    return _t(
        "Färre än {n} personer hade kontakt under perioden: bara den egna myndighetens "
        "kontakter ({agency}) räknas."
    ).format(n=MIN_GROUP, agency=vocabulary.label(Agency(r.own_agency)))


def _with_note(note: str, r: Statistics) -> str:
    extra = small_group_note(r)
    return f"{note} {extra}".strip() if extra else note


def people_table(r: Statistics) -> StatTable:
    labels = [
        _t("Antal personer"),
        _t("Födelseår, variation"),
        _t("Födelseår, median"),
        _t("Interaktioner per person, variation"),
        _t("Interaktioner per person, medelvärde"),
        _t("Interaktioner per person, median"),
        _t("Andel digitala interaktioner"),
        _t("Inga interaktioner men misslyckade försök (antal personer)"),
        _t("Andel aktualiserade på RVT (inkl. redan aktuella)"),
        _t("Andel som påbörjat kontakt på RVC (inkl. redan aktuella)"),
    ]
    v, s = _role_column(r.victims), _role_column(r.suspects)
    rows = [[label, a, b] for label, a, b in zip(labels, v, s, strict=True)]
    return StatTable(
        "people",
        _t("Personer och interaktioner"),
        [
            "",
            _t("Våldsutsatta ({n})").format(n=_n(r.victims.count)),
            _t("Våldsutövare ({n})").format(n=_n(r.suspects.count)),
        ],
        rows,
        sheet=_t("Personer"),
        note=_with_note(
            _t(
                "Interaktioner är nådda kontakter (digitala: telefon, sms, e-post, video; "
                "fysiska: övriga). Misslyckade försök räknas inte som interaktioner."
            ),
            r,
        ),
    )


def _talk_cells(d: Distribution, suppressed: bool = False) -> list[Cell]:
    if suppressed:
        return [_t(SUPPRESSED)] * 3
    return [Range(d.min, d.max), Number(d.median), Share(d.share_with_any)]


def talks_table(r: Statistics) -> StatTable:
    """Tables 2 and 3 side by side: per talk kind Variation, Median, Andel."""
    rows = [
        [
            vocabulary.report_label(kind),
            *_talk_cells(r.victims.talks[kind], r.victims.suppressed),
            *_talk_cells(r.suspects.talks[kind], r.suspects.suppressed),
        ]
        for kind in TalkKind
    ]
    victims = _t("Våldsutsatta ({n})").format(n=_n(r.victims.count))
    suspects = _t("Våldsutövare ({n})").format(n=_n(r.suspects.count))
    # "group\nsub": a header over two lines; the page and the PDF span the group over its columns.
    return StatTable(
        "talks",
        _t("Specifika kontakter (tabell 2 och 3)"),
        [
            _t("Samtal"),
            *[
                f"{group}\n{sub}"
                for group in (victims, suspects)
                for sub in (_t("Variation"), _t("Median"), _t("Andel som fått samtal"))
            ],
        ],  # fmt: skip
        rows,
        sheet=_t("Tabell 2–3 Samtal"),
        note=_with_note(
            _t(
                "Antal samtal per person. Andel: andelen personer som fått minst ett sådant "
                "samtal. Samtal räknas i nådda kontakter, inte i misslyckade försök."
            ),
            r,
        ),
    )


def rvc_table(r: Statistics) -> StatTable:
    """Table 4 (the group sizes N in their own row)."""
    return StatTable(
        "rvc",
        _t("Påbörjad stödkontakt på RVC (tabell 4)"),
        ["", _t("Våldsutsatta"), vocabulary.report_label(PartyRole.SUSPECT), _t("Samtliga")],
        [
            [
                _t("Andel som påbörjat kontakt på RVC"),
                Share(r.victims.rvc_started_share),
                Share(r.suspects.rvc_started_share),
                Share(r.all_rvc_started_share),
            ],
            [_t("Antal personer (N)"), r.victims.count, r.suspects.count, r.all_count],
        ],
        note=_t(
            "Inklusive personer registrerade som redan aktuella. Samtliga: varje person en gång, "
            "även om hen finns i flera ärenden eller roller."
        ),
        sheet=_t("Tabell 4 RVC"),
    )


def staff_table(r: Statistics) -> StatTable:
    rows: list[list[Cell]] = [
        [
            t.name or _t("(ingen medarbetare angiven)"),
            vocabulary.label(Agency(t.agency)),
            t.reached,
            t.failed,
        ]
        for t in r.staff
    ]
    for agency, (reached, failed) in r.agency_totals().items():
        if r.small_group and agency is not r.own_agency:
            continue  # withheld, not zero
        rows.append(
            [
                _t("Summa {agency}").format(agency=vocabulary.label(Agency(agency))),
                "",
                reached,
                failed,
            ]
        )
    return StatTable(
        "staff",
        _t("Kontakter per medarbetare och myndighet"),
        [_t("Medarbetare"), _t("Myndighet"), _t("Interaktioner"), _t("Misslyckade försök")],
        rows,
        sheet=_t("Per medarbetare"),
        note=small_group_note(r),
    )


def month_table(r: Statistics) -> StatTable:
    rows: list[list[Cell]] = []
    for month, by_channel in r.monthly.items():
        digital = sum(n for ch, n in by_channel.items() if ch in DIGITAL_CHANNELS)
        physical = sum(n for ch, n in by_channel.items() if ch not in DIGITAL_CHANNELS)
        rows.append([month_label(month), digital, physical, digital + physical])
    return StatTable(
        "months",
        _t("Interaktioner per månad"),
        [_t("Månad"), _t("Digitala"), _t("Fysiska"), _t("Totalt")],
        rows,
        sheet=_t("Per månad"),
        note=small_group_note(r),
    )


def column_groups(columns: list[str]) -> tuple[list[tuple[str, int, int]], list[str]] | None:
    """For headers written "group\nsub": [(group, first column, last column)] and the sub
    labels; None when the table has one header row."""
    if not any("\n" in c for c in columns):
        return None
    groups: list[tuple[str, int, int]] = []
    subs = []
    for i, c in enumerate(columns):
        group, _, sub = c.rpartition("\n") if "\n" in c else ("", "", c)
        subs.append(sub)
        if groups and groups[-1][0] == group and group:
            groups[-1] = (group, groups[-1][1], i)
        else:
            groups.append((group, i, i))
    return groups, subs


def all_tables(r: Statistics) -> list[StatTable]:
    return [
        case_table(r),
        people_table(r),
        talks_table(r),
        rvc_table(r),
        staff_table(r),
        month_table(r),
    ]


def period_text(r: Statistics) -> str:
    return _t("Period {start} – {end}").format(
        start=r.date_from.isoformat(), end=r.date_to.isoformat()
    )


def plain_text(r: Statistics) -> str:
    """The tables as aligned text for the terminal."""
    out = [_t("IGOR-statistik"), period_text(r), ""]
    for table in all_tables(r):
        header = [c.replace("\n", ": ") for c in table.columns]
        cells = [header] + [[fmt(c) for c in row] for row in table.rows]
        widths = [max(len(row[i]) for row in cells) for i in range(len(table.columns))]
        out.append(table.title)
        out.append("-" * len(table.title))
        for row in cells:
            out.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        if table.note:
            out.append(table.note)
        out.append("")
    return "\n".join(out)


def role_label(role: PartyRole) -> str:
    return vocabulary.report_label(PartyRole(role))
