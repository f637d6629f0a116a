"""The shared PDF machinery (app.pdf.document): fonts, header/footer, escaping, KOPIA."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from app.pdf.document import (
    COPY_MARK,
    SECRECY_SOCIAL,
    DocumentInfo,
    Letterhead,
    build_pdf,
    data_table,
    esc,
    field_table,
    notice,
    para,
    signature_lines,
    table_document,
)

HEAD = Letterhead(
    agency_name="Södermalms stadsdelsförvaltning",
    unit="Stockholms stad",
    postal_address="Box 1, 118 00 Stockholm",
    visiting_address="Medborgarplatsen 25",
    phone="08-508 00 508",
)
SWEDISH = "åäöÅÄÖé – Örjan Ågren"


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def fonts_of(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    return names


def info(**kw) -> DocumentInfo:
    base = dict(
        title="Remiss",
        letterhead=HEAD,
        document_date=date(2026, 3, 2),
        case_number="IGOR-2026-0042",
        secrecy=SECRECY_SOCIAL,
    )
    base.update(kw)
    return DocumentInfo(**base)


def test_header_footer_page_numbers_and_swedish_text():
    story = [para(SWEDISH), field_table([("Namn", "Åsa Öberg")])]
    story += [para("Rad " + str(i)) for i in range(50)]  # force a second page
    pdf = build_pdf(info(), story)
    text = text_of(pdf)
    assert SWEDISH in text
    assert "Åsa Öberg" in text
    assert "Sida 1 av 2" in text and "Sida 2 av 2" in text
    assert "Ärende: IGOR-2026-0042" in text
    assert "Datum: 2026-03-02" in text
    assert "SEKRETESS enligt OSL 26 kap. 1 §" in text
    assert "Södermalms stadsdelsförvaltning" in text
    assert "Medborgarplatsen 25" in text
    assert COPY_MARK not in text


def test_only_embedded_dejavu_fonts():
    story = [para("<b>fet</b> och vanlig", markup=True), notice("Obs"), field_table([("a", "")])]
    pdf = build_pdf(info(), story)
    names = fonts_of(pdf)
    assert names, "no fonts found"
    assert all("DejaVuSans" in n for n in names), names
    assert not any("Helvetica" in n for n in names)
    assert b"Helvetica" not in pdf


def test_copy_marking():
    pdf = build_pdf(info(copy=True), [para("Text")])
    assert COPY_MARK in text_of(pdf)


def test_user_text_is_escaped_not_interpreted():
    hostile = 'A & B <b>inte fet</b> <font size="40">x</font> "citat"'
    pdf = build_pdf(info(), [para(hostile), field_table([("Fält", hostile)])])
    text = text_of(pdf)
    assert "<b>inte fet</b>" in text
    assert "A & B" in text
    assert esc("a\nb") == "a<br/>b"
    assert esc(None) == ""
    assert "\x00" not in esc("a\x00b")


def test_table_document_and_signature_lines_landscape():
    rows = [[f"Person {i}", "Ö-gatan 1", "åäö"] for i in range(60)]
    pdf = table_document(
        info(title="Körorder", landscape=True, secrecy=None),
        ["Namn", "Adress", "Anteckning"],
        rows,
        intro="Dagens transporter",
        after=[signature_lines(["Ort och datum", "Underskrift"])],
    )
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height
    text = text_of(pdf)
    assert text.count("Anteckning") == len(reader.pages)  # header row repeated
    assert "Person 59" in text and "Underskrift" in text
    assert data_table(["a"], [["b"]]) is not None
