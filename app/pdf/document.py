"""Shared PDF machinery: an A4 Platypus document that looks like an official Swedish document.

Every printed thing in IGOR Desk (letters, forms, the patrol briefing list, the transport run
sheet, statistics reports) is built here:

    info = DocumentInfo(title="Remiss", letterhead=head, document_date=date.today(),
                        case_number="IGOR-2026-0001", secrecy=SECRECY_SOCIAL)
    pdf = build_pdf(info, [para("Hej!"), field_table([("Namn", name)])])

- DejaVu Sans (regular and bold) is embedded; no unembedded Helvetica remains (`initialFontName`).
- Header on every page: the agency's letterhead (logo, name, unit) on the left; on the right an
  optional secrecy marking, the document title, date, case number and "Sida X av Y".
- Footer: the agency's postal and visiting address, phone, e-mail.
- `copy=True` marks a reprint "KOPIA" in the header and across every page.
- User text must go through `esc()` (or `para()`, which escapes) before it becomes Paragraph
  markup: `<` and `&` otherwise break the markup or inject formatting.

No Qt and no database here: callers hand in plain values.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.pdf.fonts import FONT, FONT_BOLD, register_fonts

# Binary (not ASCII85) streams: smaller files and no encoding pass per letter.
rl_config.useA85 = 0

# Secrecy markings as printed in the header (Offentlighets- och sekretesslagen 2009:400).
SECRECY_SOCIAL = "SEKRETESS enligt OSL 26 kap. 1 §"
SECRECY_POLICE = "SEKRETESS enligt OSL 35 kap. 1 §"
CONFIDENTIAL = "Konfidentiellt"

COPY_MARK = "KOPIA"

LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
HEADER_HEIGHT = 44 * mm
FOOTER_HEIGHT = 28 * mm
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
MARK = colors.HexColor("#9b1c1c")


@dataclass(frozen=True)
class Letterhead:
    """One agency's letterhead (configurable; see app.services.admin.team_settings)."""

    agency_name: str
    unit: str = ""
    postal_address: str = ""
    visiting_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    letterhead: Letterhead
    document_date: date
    case_number: str | None = None
    secrecy: str | None = None  # SECRECY_SOCIAL, SECRECY_POLICE, CONFIDENTIAL or own text
    copy: bool = False  # a reprint: "KOPIA" in the header and across the page
    landscape: bool = False
    subject: str = ""  # PDF metadata only; never personal data


# --- text -------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def esc(text: object) -> str:
    """User text → safe Paragraph markup: escapes & < > and quotes, drops control characters,
    keeps line breaks as <br/>."""
    if text is None:
        return ""
    value = _CONTROL.sub("", str(text)).replace("\r\n", "\n").replace("\r", "\n")
    value = escape(value, {'"': "&quot;"})
    return value.replace("\n", "<br/>")


def swedish_date(value: date | None) -> str:
    return value.isoformat() if value else ""


@functools.cache
def styles() -> StyleSheet1:
    """The document styles (all DejaVu Sans)."""
    register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body",
        fontName=FONT,
        fontSize=10,
        leading=14,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=6,
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8, leading=10.5, textColor=MUTED))
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=12, spaceAfter=0))
    sheet.add(
        ParagraphStyle(
            "CellLabel", parent=base, fontName=FONT_BOLD, fontSize=9, leading=12, spaceAfter=0
        )
    )
    sheet.add(
        ParagraphStyle(
            "Title", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=10
        )
    )
    sheet.add(
        ParagraphStyle(
            "Heading",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Notice",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=MARK,
            borderColor=MARK,
            borderWidth=0.6,
            borderPadding=4,
            leftIndent=4,
            rightIndent=4,
            spaceBefore=6,
            spaceAfter=10,
        )
    )
    sheet.add(ParagraphStyle("Address", parent=base, fontSize=10.5, leading=14, spaceAfter=0))
    return sheet


def para(text: object, style: str = "Body", *, markup: bool = False) -> Paragraph:
    """A paragraph of user text (escaped), or of our own markup when markup=True."""
    return Paragraph(str(text) if markup else esc(text), styles()[style])


def heading(text: str) -> Paragraph:
    return para(text, "Heading")


def notice(text: str) -> Paragraph:
    """A framed, highlighted line, e.g. "Personuppgifter utelämnade – samtycke saknas"."""
    return para(text, "Notice")


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def field_table(rows: Sequence[tuple[str, object]], *, label_width_mm: float = 48) -> Table:
    """Label/value rows (user values escaped), a light grid like a form."""
    data = [[para(label, "CellLabel"), para(value, "Cell")] for label, value in rows]
    table = Table(data, colWidths=[label_width_mm * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table falls back to Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def data_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    col_widths_mm: Sequence[float] | None = None,
) -> Table:
    """A list with a bold header row repeated on every page (values escaped)."""
    data = [[para(c, "CellLabel") for c in columns]]
    data += [[para(v, "Cell") for v in row] for row in rows]
    widths = [w * mm for w in col_widths_mm] if col_widths_mm else None
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table falls back to Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def signature_lines(labels: Sequence[str]) -> Flowable:
    """Signature blocks side by side: a line to sign on, and under it what goes there
    ("Ort och datum", "Underskrift", "Namnförtydligande" …), two per row."""
    cells = []
    for label in labels:
        cells.append([spacer(12), para(label, "Small")])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    return KeepTogether([_SignatureRows(rows)])


class _SignatureRows(Flowable):
    """Draws the signature lines directly (a Table draws cell borders under the label)."""

    ROW_HEIGHT = 20 * mm

    def __init__(self, rows: list[list]) -> None:
        super().__init__()
        self.rows = rows

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.ROW_HEIGHT * len(self.rows)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        col_width = (self.width - 10 * mm) / 2
        for r, row in enumerate(self.rows):
            y = self.height - (r + 1) * self.ROW_HEIGHT + 7 * mm
            for i, cell in enumerate(row):
                if cell == "":
                    continue
                x = i * (col_width + 10 * mm)
                c.setStrokeColor(INK)
                c.setLineWidth(0.6)
                c.line(x, y, x + col_width, y)
                label = cell[1]
                label.wrapOn(c, col_width, 10 * mm)
                label.drawOn(c, x, y - label.height - 1.5 * mm)


# --- page furniture ---------------------------------------------------------------------------


def _draw_right(c: pdfcanvas.Canvas, x: float, y: float, text: str, font: str, size: float):
    c.setFont(font, size)
    c.drawRightString(x, y, text)


def _page_furniture(info: DocumentInfo, c: pdfcanvas.Canvas, doc: BaseDocTemplate) -> None:
    width, height = doc.pagesize
    head = info.letterhead
    right = width - RIGHT_MARGIN
    top = height - 14 * mm
    c.saveState()
    c.setFillColor(INK)

    if info.copy:  # under the content: a large, light diagonal "KOPIA"
        c.saveState()
        c.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.22))
        c.setFont(FONT_BOLD, 110)
        c.translate(width / 2, height / 2)
        c.rotate(35)
        c.drawCentredString(0, -35, COPY_MARK)
        c.restoreState()

    # Left: logo and agency.
    x = LEFT_MARGIN
    if head.logo_png:
        try:
            image = ImageReader(io.BytesIO(head.logo_png))
            iw, ih = image.getSize()
            h = 18 * mm
            w = min(h * iw / ih, 40 * mm)
            c.drawImage(image, x, top - h + 4 * mm, w, h, mask="auto", preserveAspectRatio=True)
            x += w + 4 * mm
        except Exception:  # a broken logo must never stop a letter
            pass
    c.setFont(FONT_BOLD, 14)
    c.drawString(x, top, _fit(c, head.agency_name, width * 0.62 - x, 14, FONT_BOLD))
    c.setFont(FONT, 10)
    c.setFillColor(MUTED)
    for i, line in enumerate(head.unit.splitlines()[:2]):
        c.drawString(x, top - (5.5 + 4.5 * i) * mm, line)
    c.setFillColor(INK)

    # Right: markings, title, date, case number (the page number is added at save time).
    y = height - 9 * mm
    marks = [m for m in (info.secrecy, COPY_MARK if info.copy else None) if m]
    mark_x = right
    for mark in reversed(marks):
        c.setFont(FONT_BOLD, 8.5)
        w = c.stringWidth(mark, FONT_BOLD, 8.5)
        c.setStrokeColor(MARK)
        c.setFillColor(MARK)
        c.setLineWidth(0.8)
        c.rect(mark_x - w - 4 * mm, y - 1.6 * mm, w + 4 * mm, 5.2 * mm, stroke=1, fill=0)
        c.drawRightString(mark_x - 2 * mm, y, mark)
        mark_x -= w + 6 * mm
    c.setFillColor(INK)
    _draw_right(c, right, top - 7 * mm, info.title.upper(), FONT_BOLD, 10.5)
    _draw_right(c, right, top - 12 * mm, "Datum: " + swedish_date(info.document_date), FONT, 9)
    if info.case_number:
        _draw_right(c, right, top - 16.5 * mm, "Ärende: " + info.case_number, FONT, 9)

    rule_y = height - HEADER_HEIGHT + 6 * mm
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(LEFT_MARGIN, rule_y, right, rule_y)

    # Footer: where to reach the agency.
    c.line(LEFT_MARGIN, 22 * mm, right, 22 * mm)
    columns = [
        ("Postadress", head.postal_address),
        ("Besöksadress", head.visiting_address),
        ("Telefon", head.phone),
        ("E-post / webb", " ".join(p for p in (head.email, head.website) if p)),
    ]
    col_w = (right - LEFT_MARGIN) / len(columns)
    for i, (label, value) in enumerate(columns):
        cx = LEFT_MARGIN + i * col_w
        c.setFillColor(MUTED)
        c.setFont(FONT_BOLD, 6.5)
        c.drawString(cx, 18 * mm, label)
        c.setFillColor(INK)
        c.setFont(FONT, 7.5)
        for j, line in enumerate((value or "").splitlines()[:2]):
            c.drawString(cx, (14.5 - 3.4 * j) * mm, _fit(c, line, col_w - 2 * mm, 7.5))
    c.restoreState()


def _fit(c: pdfcanvas.Canvas, text: str, width: float, size: float, font: str = FONT) -> str:
    if c.stringWidth(text, font, size) <= width:
        return text
    while text and c.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _NumberedCanvas(pdfcanvas.Canvas):
    """Keeps every page until the end so each can say "Sida X av Y"."""

    def __init__(self, *args, page_label_at: tuple[float, float], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_label_at = page_label_at
        self._saved_pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            x, y = self._page_label_at
            self.saveState()
            self.setFillColor(INK)
            self.setFont(FONT, 9)
            self.drawRightString(x, y, f"Sida {self._pageNumber} av {total}")
            self.restoreState()
            pdfcanvas.Canvas.showPage(self)
        pdfcanvas.Canvas.save(self)


def build_pdf(info: DocumentInfo, story: Sequence[Flowable]) -> bytes:
    """Lay out the story on A4 (portrait, or landscape when info.landscape) and return the PDF."""
    register_fonts()
    pagesize = landscape(A4) if info.landscape else A4
    width, height = pagesize
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=LEFT_MARGIN,
        rightMargin=RIGHT_MARGIN,
        topMargin=HEADER_HEIGHT,
        bottomMargin=FOOTER_HEIGHT,
        title=info.title,
        subject=info.subject,
        author=info.letterhead.agency_name,
        creator="IGOR Desk",
        producer="IGOR Desk",
        initialFontName=FONT,
        initialFontSize=10,
        initialLeading=14,
        invariant=0,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=functools.partial(_page_furniture, info))]
    )
    label_at = (width - RIGHT_MARGIN, height - 14 * mm - 21 * mm)
    doc.build(
        list(story),
        canvasmaker=functools.partial(_NumberedCanvas, page_label_at=label_at),
    )
    return buffer.getvalue()


def table_document(
    info: DocumentInfo,
    columns: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    intro: str | None = None,
    col_widths_mm: Sequence[float] | None = None,
    after: Sequence[Flowable] = (),
) -> bytes:
    """A list document (briefing list, transport run sheet, report table): title, an optional
    intro paragraph, one table with its header repeated on every page, then `after`."""
    story: list[Flowable] = [para(info.title, "Title")]
    if intro:
        story.append(para(intro))
    story.append(data_table(columns, rows, col_widths_mm=col_widths_mm))
    story.extend(after)
    return build_pdf(info, story)
