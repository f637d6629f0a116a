"""Exports of the statistics: the tables as .xlsx, a PDF report with charts, and the anonymised
workbook for evaluators. Each export is audited (`exported`, record_type "statistics", format,
period and size only). What the anonymised export holds and suppresses: docs/statistics.md.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from app.database import Database
from app.i18n import translate
from app.models.enums import DIGITAL_CHANNELS, CaseSource, PartyRole, TalkKind
from app.pdf.document import (
    INK,
    RULE,
    DocumentInfo,
    build_pdf,
    esc,
    heading,
    para,
    spacer,
    styles,
)
from app.pdf.fonts import FONT, FONT_BOLD, register_fonts
from app.services.admin import team_settings
from app.services.core.actor import Actor
from app.services.excel.spreadsheet import safe_cell
from app.services.statistics import figures as statistics
from app.services.statistics import tables as statistics_tables
from app.services.statistics.figures import PersonRow, Statistics
from app.services.statistics.tables import (
    Cell,
    Number,
    Range,
    Share,
    StatTable,
    fmt,
    month_label,
)
from app.vocabulary import labels as vocabulary

SMALL_GROUP = 5  # aggregates over fewer people than this are suppressed in the anonymised file

DIGITAL_COLOUR = colors.HexColor("#2f6db5")
PHYSICAL_COLOUR = colors.HexColor("#e08a2c")
SOURCE_COLOUR = colors.HexColor("#3d7a4f")


def _t(text: str) -> str:
    return translate("statistics", text)


# --- xlsx -------------------------------------------------------------------------------------

_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")


def _sheet_title(text: str, used: set[str]) -> str:
    clean = "".join(ch for ch in text if ch not in "[]:*?/\\")[:31].strip() or "Blad"
    title, n = clean, 2
    while title in used:
        title = f"{clean[:28]} {n}"
        n += 1
    used.add(title)
    return title


def _xlsx_value(cell: Cell):
    """(value, number_format) for a spreadsheet cell: real numbers where there are numbers."""
    if isinstance(cell, Share):
        return cell.value, "0.0%"
    if isinstance(cell, Number):
        return cell.value, "0.0" if cell.value is not None and not float(
            cell.value
        ).is_integer() else "0"
    if isinstance(cell, Range):
        return (None if cell.low is None else fmt(cell)), None
    if isinstance(cell, bool):
        return fmt(cell), None
    return cell, None


def _write_table(ws, table: StatTable, period: str) -> None:
    ws.append([safe_cell(table.title)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([safe_cell(period)])
    ws.append([])
    ws.append([safe_cell(c) for c in table.columns])
    for cell in ws[4]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in table.rows:
        values = [_xlsx_value(c) for c in row]
        ws.append([safe_cell(v) for v, _ in values])
        for cell, (_, number_format) in zip(ws[ws.max_row], values, strict=False):
            if number_format:
                cell.number_format = number_format
    if table.note:
        ws.append([])
        ws.append([safe_cell(table.note)])
    for i, _ in enumerate(table.columns, start=1):
        letter = get_column_letter(i)
        longest = max((len(str(c.value)) for c in ws[letter][3:] if c.value is not None), default=8)
        ws.column_dimensions[letter].width = min(max(10, longest + 2), 70 if i == 1 else 28)
    ws.freeze_panes = "A5"


def tables_xlsx(result: Statistics) -> bytes:
    """One sheet per table."""
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    period = statistics_tables.period_text(result)
    for table in statistics_tables.all_tables(result):
        _write_table(wb.create_sheet(_sheet_title(table.sheet or table.title, used)), table, period)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def export_xlsx(db: Database, actor: Actor, result: Statistics) -> bytes:
    data = tables_xlsx(result)
    statistics.record_export(db, actor, result, "xlsx")
    return data


# --- PDF --------------------------------------------------------------------------------------


def _chart_title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.initialFontName = FONT  # else the renderer starts every chart in Helvetica
    drawing.add(String(0, height - 12, text, fontName=FONT_BOLD, fontSize=10))
    del width


def months_chart(result: Statistics, width: float = 160 * mm, height: float = 70 * mm) -> Drawing:
    """Stacked bars: reached contacts per month, digital and physical."""
    register_fonts()
    months = list(result.monthly)
    digital = [
        sum(n for ch, n in result.monthly[m].items() if ch in DIGITAL_CHANNELS) for m in months
    ]
    physical = [
        sum(n for ch, n in result.monthly[m].items() if ch not in DIGITAL_CHANNELS) for m in months
    ]
    d = Drawing(width, height)
    _chart_title(d, _t("Interaktioner per månad"), width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 38, 30
    chart.width, chart.height = width - 48, height - 62
    chart.data = [digital or [0], physical or [0]]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [
        month_label(m, with_year=len(months) <= 6 or i == 0 or m.endswith("-01"))
        for i, m in enumerate(months)
    ] or [""]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    if len(months) > 8:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", "\u00a0")
    chart.bars[0].fillColor = DIGITAL_COLOUR
    chart.bars[1].fillColor = PHYSICAL_COLOUR
    chart.bars.strokeColor = None
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 8
    legend.fontName, legend.fontSize = FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 70
    legend.colorNamePairs = [(DIGITAL_COLOUR, _t("Digitala")), (PHYSICAL_COLOUR, _t("Fysiska"))]
    d.add(legend)
    return d


def sources_chart(result: Statistics, width: float = 160 * mm, height: float = 62 * mm) -> Drawing:
    """Horizontal bars: the cases' sources (number of cases)."""
    register_fonts()
    sources = list(CaseSource)
    d = Drawing(width, height)
    _chart_title(d, _t("Ärendenas källa (antal ärenden)"), width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 14
    chart.width, chart.height = width - 170, height - 36
    chart.data = [[result.cases.sources.get(s, 0) for s in reversed(sources)]]
    chart.categoryAxis.categoryNames = [vocabulary.report_label(s) for s in reversed(sources)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{int(v):,}".replace(",", "\u00a0")
    chart.bars[0].fillColor = SOURCE_COLOUR
    chart.bars.strokeColor = None
    chart.barLabelFormat = lambda v: f"{int(v):,}".replace(",", "\u00a0")
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


_TEXT_WIDTH_MM = 165


def _pdf_widths(table: StatTable) -> list[float]:
    n = len(table.columns)
    if n == 2:
        return [130, 35]
    rest = 21.0 if n > 4 else 32.0
    return [_TEXT_WIDTH_MM - rest * (n - 1)] + [rest] * (n - 1)


def _pdf_table(table: StatTable) -> list:
    """A table like the report's: numbers right-aligned, grouped headers spanning their columns."""
    st = styles()
    right = ParagraphStyle("CellRight", parent=st["Cell"], alignment=TA_RIGHT)
    head_right = ParagraphStyle(
        "CellLabelRight", parent=st["CellLabel"], alignment=TA_RIGHT, fontSize=8, leading=10.5
    )
    head_centre = ParagraphStyle("CellLabelCentre", parent=st["CellLabel"], alignment=TA_CENTER)
    grouped = statistics_tables.column_groups(table.columns)
    header_rows: list[list] = []
    spans = []
    if grouped:
        groups, subs = grouped
        top: list = [""] * len(subs)
        for group, first, last in groups:
            top[first] = Paragraph(esc(group), head_centre)
            if last > first:
                spans.append(("SPAN", (first, 0), (last, 0)))
                spans.append(("LINEBELOW", (first, 0), (last, 0), 0.4, RULE))
        header_rows.append(top)
        labels = subs
    else:
        labels = table.columns
    header_rows.append(
        [Paragraph(esc(c), st["CellLabel"] if i == 0 else head_right) for i, c in enumerate(labels)]
    )
    body = [
        [Paragraph(esc(fmt(c)), st["Cell"] if isinstance(c, str) else right) for c in row]
        for row in table.rows
    ]
    n_head = len(header_rows)
    t = Table(
        header_rows + body,
        colWidths=[w * mm for w in _pdf_widths(table)],
        repeatRows=n_head,
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BACKGROUND", (0, 0), (-1, n_head - 1), colors.HexColor("#e6e6e6")),
                ("LINEBELOW", (0, n_head - 1), (-1, n_head - 1), 0.8, INK),
                ("LINEBELOW", (0, n_head), (-1, -1), 0.25, RULE),
                (
                    "ROWBACKGROUNDS",
                    (0, n_head),
                    (-1, -1),
                    [colors.white, colors.HexColor("#f6f6f6")],
                ),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 3),
                *spans,
            ]
        )
    )
    block = [heading(table.title), t]
    if table.note:
        block.append(para(table.note, "Small"))
    return [KeepTogether(block)]


def report_pdf(result: Statistics, letterhead, *, today: date | None = None) -> bytes:
    info = DocumentInfo(
        title=_t("Statistik"),
        letterhead=letterhead,
        document_date=today or date.today(),
        subject=statistics_tables.period_text(result),
    )
    story: list = [
        para(_t("IGOR i siffror"), "Title"),
        para(
            _t(
                "{period}. Ett ärende räknas om det var öppet under perioden, en person om hens "
                "ärende räknas och en kontakt om den ägde rum under perioden. Endast antal och "
                "andelar; inget innehåll ur anteckningar eller kontakter."
            ).format(period=statistics_tables.period_text(result))
        ),
    ]
    tables = statistics_tables.all_tables(result)
    for table in tables[:4]:
        story += _pdf_table(table)
    story += [spacer(6), months_chart(result), spacer(4), sources_chart(result)]
    for table in tables[4:]:
        story += _pdf_table(table)
    return build_pdf(info, story)


def export_pdf(db: Database, actor: Actor, result: Statistics) -> bytes:
    head = team_settings.letterhead(db, actor, actor.agency)
    data = report_pdf(result, head)
    statistics.record_export(db, actor, result, "pdf")
    return data


# --- anonymised export for evaluators ---------------------------------------------------------


def _yes_no(value: bool | None) -> str | None:
    if value is None:
        return None
    return _t("Ja") if value else _t("Nej")


PERSON_COLUMNS = [
    ("role", "Roll"),
    ("birth_year", "Födelseår"),
    ("interactions", "Interaktioner"),
    ("digital", "Digitala"),
    ("physical", "Fysiska"),
    ("failed", "Misslyckade försök"),
    *[(f"talk_{k.value}", statistics_tables.TALK_LABELS[k]) for k in TalkKind],
    ("rvt", "Aktualiserad på RVT"),
    ("rvc", "Påbörjat kontakt på RVC"),
    ("violence_stopped", "Våld och hot upphörde (avslutat ärende)"),
]


def _column_title(key: str, text: str) -> str:
    if key.startswith("talk_"):  # a label from app.vocabulary (its own translation context)
        return vocabulary.report_label(TalkKind(key.removeprefix("talk_")))
    return _t(text)


def _person_values(p: PersonRow) -> list:
    return [
        statistics_tables.role_label(p.role),
        p.birth_year,
        p.interactions,
        p.digital,
        p.physical,
        p.failed,
        *[p.talks[k] for k in TalkKind],
        _yes_no(p.rvt),
        _yes_no(p.rvc),
        _yes_no(p.violence_stopped),
    ]


SUPPRESSED = "färre än 5"


def _count_cell(n: int) -> int | str:
    """A number of people: 1–4 is a small group and is suppressed (0 is shown)."""
    return _t(SUPPRESSED) if 0 < n < SMALL_GROUP else n


def _share_cell(part: int, whole: int) -> float | str | None:
    """A share of people: suppressed when the group or the part is a small group."""
    if whole == 0:
        return None
    if whole < SMALL_GROUP or 0 < part < SMALL_GROUP or 0 < whole - part < SMALL_GROUP:
        return _t(SUPPRESSED)
    return part / whole


def _stat_cell(value: float | None, group: int) -> float | str | None:
    """A median or mean over a group: suppressed when the group is small."""
    if group == 0:
        return None
    return _t(SUPPRESSED) if group < SMALL_GROUP else value


def aggregate_rows(people: Sequence[PersonRow]) -> list[list]:
    """The summary sheet: per role and for everyone, with small groups suppressed."""
    groups = [
        (_t("Våldsutsatta"), [p for p in people if p.role is PartyRole.VICTIM]),
        (
            vocabulary.report_label(PartyRole.SUSPECT),
            [p for p in people if p.role is PartyRole.SUSPECT],
        ),
        (_t("Samtliga rader"), list(people)),
    ]
    rows: list[list] = []
    for name, group in groups:
        n = len(group)
        years = {}
        for p in group:
            if p.birth_year is not None:
                years[p.birth_year] = years.get(p.birth_year, 0) + 1
        inter = {}
        for p in group:
            inter[p.interactions] = inter.get(p.interactions, 0) + 1
        known_years = sum(years.values())
        total = sum(p.interactions for p in group)
        rows.append([name, _t("Antal personer"), _count_cell(n)])
        rows.append(
            [
                name,
                _t("Födelseår, median"),
                _stat_cell(statistics.histogram_median(years), known_years),
            ]
        )
        rows.append(
            [
                name,
                _t("Interaktioner per person, medelvärde"),
                _stat_cell(total / n if n else None, n),
            ]
        )
        rows.append(
            [
                name,
                _t("Interaktioner per person, median"),
                _stat_cell(statistics.histogram_median(inter), n),
            ]
        )
        for kind in TalkKind:
            got = sum(1 for p in group if p.talks[kind] > 0)
            rows.append(
                [name, _t("Andel som fått samtal: {kind}").format(kind=vocabulary.report_label(kind)),
                 _share_cell(got, n)]
            )  # fmt: skip
        rows.append(
            [name, _t("Andel aktualiserade på RVT"), _share_cell(sum(p.rvt for p in group), n)]
        )
        rows.append(
            [
                name,
                _t("Andel som påbörjat kontakt på RVC"),
                _share_cell(sum(p.rvc for p in group), n),
            ]
        )
        with_outcome = [p for p in group if p.violence_stopped is not None]
        rows.append(
            [name, _t("Andel där våld och hot upphörde (av dem med utfall)"),
             _share_cell(sum(1 for p in with_outcome if p.violence_stopped), len(with_outcome))]
        )  # fmt: skip
        decades: dict[int, int] = {}
        for year, count in years.items():
            decades[year // 10 * 10] = decades.get(year // 10 * 10, 0) + count
        for decade in sorted(decades):
            rows.append(
                [
                    name,
                    _t("Födda {decade}-talet (antal)").format(decade=decade),
                    _count_cell(decades[decade]),
                ]
            )
    return rows


ABOUT_LINES = (
    "Anonymiserad export för utvärdering. En rad per person och roll under perioden.",
    "Inga namn, personnummer, telefonnummer, adresser, ärendenummer, datum eller anteckningar.",
    "Raderna är sorterade efter sina egna värden; ordningen säger inget om ärenden eller datum.",
    "Bladet Sammanställning: grupper med färre än 5 personer redovisas inte ('färre än 5'), "
    "inte heller andelar där täljaren eller resten är 1–4.",
    "Filen innehåller uppgifter på individnivå och ska hanteras som känsliga personuppgifter.",
)


def anonymised_xlsx(result: Statistics, people: Sequence[PersonRow]) -> bytes:
    wb = Workbook()
    about = wb.active
    about.title = _t("Om filen")
    about.append([safe_cell(_t("IGOR – anonymiserad statistik"))])
    about["A1"].font = Font(bold=True, size=13)
    about.append([safe_cell(statistics_tables.period_text(result))])
    about.append([])
    for line in ABOUT_LINES:
        about.append([safe_cell(_t(line))])
    about.column_dimensions["A"].width = 110

    ws = wb.create_sheet(_t("Personer"))
    ws.append([safe_cell(_column_title(key, label)) for key, label in PERSON_COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for p in people:
        ws.append([safe_cell(v) for v in _person_values(p)])
    for i in range(1, len(PERSON_COLUMNS) + 1):
        ws.column_dimensions[get_column_letter(i)].width = 14
    ws.freeze_panes = "A2"

    agg = wb.create_sheet(_t("Sammanställning"))
    agg.append([safe_cell(_t("Grupp")), safe_cell(_t("Uppgift")), safe_cell(_t("Värde"))])
    for cell in agg[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for row in aggregate_rows(people):
        agg.append([safe_cell(v) for v in row])
        value_cell = agg.cell(agg.max_row, 3)
        if isinstance(row[2], float) and row[1].startswith(_t("Andel")):
            value_cell.number_format = "0.0%"
    agg.column_dimensions["A"].width = 16
    agg.column_dimensions["B"].width = 70
    agg.column_dimensions["C"].width = 14
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def export_anonymised(db: Database, actor: Actor, result: Statistics) -> bytes:
    people = statistics.anonymised_rows(db, actor, result.date_from, result.date_to)
    data = anonymised_xlsx(result, people)
    statistics.record_export(db, actor, result, "anonymised_xlsx", rows=len(people))
    return data
