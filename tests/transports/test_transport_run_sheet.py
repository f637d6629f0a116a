"""The run sheet (körorder): what the crew gets, and what it never gets."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import timedelta

import pypdf
import pytest
from sqlalchemy import select

from app.errors import AccessDenied, UserError
from app.models import AuditEntry, Letter, StaffMember
from app.models.enums import Custody, LetterKind, Protection, RiskLevel
from app.services.cases import letters
from app.services.transports import planning as transports
from app.services.transports import run_sheet
from tests.transport_helpers import (
    SUSPECT_PNR,
    SUSPECT_STREET,
    VICTIM_PNR,
    add_assessment,
    make_world,
    new_transport,
    plan_request,
    set_custody,
)


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def planned(db, staff, w, **kw):
    with db.write(system=True) as s:
        s.get(StaffMember, staff.social.staff_id).phone = "08-508 000 00"
    t = new_transport(db, staff.social, w, **kw)
    return transports.plan(
        db,
        staff.police,
        t.id,
        plan_request(
            w,
            (staff.police.staff_id, w.officer2.staff_id),
            safety_notes="Parkera på baksidan & vänta i bilen <inte i trapphuset>.",
        ),
        version=t.version,
    )


def test_run_sheet_holds_what_the_crew_needs_and_nothing_else(db, staff, tmp_path):
    w = make_world(db, staff)
    set_custody(
        db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=1), w.t0 + timedelta(days=13)
    )
    add_assessment(db, w.case_id, level=RiskLevel.HIGH)
    row = planned(db, staff, w, pickup=f"{SUSPECT_STREET}, Stockholm", pets="katt")
    sheet = run_sheet.generate(db, staff.police, row.id)
    text = text_of(sheet.pdf)

    assert "SEKRETESS enligt OSL 35 kap. 1 §" in text
    assert "Konfidentiellt – endast för besättningen" in text
    assert "Körorder – säker transport" in text  # Swedish characters intact
    for expected in (
        "Petra Polis",
        "Olle Ordningspolis",
        "Civilbil 1 (Volvo V60)",
        "Åsögatan 12, Stockholm",
        "adress kopplad till den misstänkte",
        "Polisstationen Södermalm",
        "Den våldsutsatta, 1 barn, djur: katt",
        "070-111 22 33",
        "Sara Socionom (socialtjänsten), tel. 08-508 000 00",
        "Häktad",
        "täcker hela transporten",
        "Inget kontaktförbud",
        "hög",
        "Parkera på baksidan & vänta i bilen <inte i trapphuset>.",
        "IGOR-2026-0001",
    ):
        assert expected in text, expected
    start = transports.safety.local(row.planned_start)
    assert f"{start:%Y-%m-%d %H:%M}" in text
    # Never: personnummer, names of the parties, notes, the assessment's text.
    for absent in (
        VICTIM_PNR,
        VICTIM_PNR[:8],
        SUSPECT_PNR,
        SUSPECT_PNR[:8],
        "Åsa",
        "Öberg",
        "Johan",
        "Berg ",
        "grannarna",
        "Bedömningstext",
        "Hemliga vägen",
    ):
        assert absent not in text, absent

    # Kept with the case's letters, audited, and the output is audited too.
    with db.read(system=True) as s:
        letter = s.get(Letter, sheet.letter_id)
        assert LetterKind(letter.kind) is LetterKind.RUN_SHEET
        assert letter.case_id == w.case_id and letter.owner_agency == "police"
        assert letter.pdf == sheet.pdf
    letters.record_output(db, staff.police, sheet.letter_id, "printed")
    with db.read(system=True) as s:
        done = (
            s.execute(select(AuditEntry.action).where(AuditEntry.record_id == sheet.letter_id))
            .scalars()
            .all()
        )
    assert {"letter_generated", "letter_printed"} <= set(done)

    # Look at it: page 1 as PNG.
    if shutil.which("pdftoppm"):
        pdf_path = tmp_path / "kororder.pdf"
        pdf_path.write_bytes(sheet.pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                str(pdf_path),
                str(tmp_path / "page"),
            ],
            check=True,
        )
        pngs = list(tmp_path.glob("page*.png"))
        assert pngs and pngs[0].stat().st_size > 10_000


def test_protected_addresses_are_never_printed(db, staff):
    w = make_world(db, staff, protection=Protection.SKYDDAD_FOLKBOKFORING)
    row = planned(db, staff, w)
    text = text_of(run_sheet.generate(db, staff.police, row.id).pdf)
    assert "Hemliga vägen" not in text and "Polisstationen Södermalm" not in text
    assert text.count("Adress lämnas inte ut (skyddade personuppgifter) – lämnas muntligt") == 2


def test_custody_ending_during_the_transport_is_printed_as_a_warning(db, staff):
    w = make_world(db, staff)
    set_custody(db, w.case_id, Custody.DETAINED, w.t0 - timedelta(days=1), None)
    row = planned(db, staff, w, pickup=SUSPECT_STREET)
    # Released after the planning: the sheet says so loudly.
    set_custody(
        db, w.case_id, Custody.RELEASED, w.t0 - timedelta(days=1), w.t0 - timedelta(hours=2)
    )
    text = text_of(run_sheet.generate(db, staff.police, row.id).pdf)
    assert "Släppt" in text
    assert "adress som hör till den misstänkte" in text  # the rule's problem, printed


def test_who_may_print_a_run_sheet(db, staff):
    w = make_world(db, staff)
    t = new_transport(db, staff.social, w)
    with pytest.raises(UserError, match="planerad"):
        run_sheet.generate(db, staff.police, t.id)  # requested: no crew or time yet
    row = transports.plan(
        db, staff.police, t.id, plan_request(w, (w.officer2.staff_id,)), version=t.version
    )
    with pytest.raises(AccessDenied, match="Bara polisen"):
        run_sheet.generate(db, staff.social, row.id)
    with pytest.raises(AccessDenied, match="besättningen"):
        run_sheet.generate(db, w.officer3, row.id)  # police, but no need
    assert run_sheet.generate(db, w.officer2, row.id).pdf.startswith(b"%PDF")
