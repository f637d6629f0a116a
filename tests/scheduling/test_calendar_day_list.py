"""The printed day list per person: title, rows, protected identity, audit."""

from __future__ import annotations

import io
import json
from datetime import date, datetime

from pypdf import PdfReader
from sqlalchemy import select

from app.models import AuditEntry, CaseParty, Person
from app.models.enums import EventKind, PartyRole, Protection
from app.services.scheduling import calendar as cal
from app.services.scheduling.day_list import day_list_pdf, record_output
from app.services.scheduling.recurrence import TZ
from tests.factories import make_case


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=TZ)


def day_list_audit(db) -> list[tuple]:
    with db.read(system=True) as s:
        return [
            (e.action, e.record_id, json.loads(e.details or "{}"))
            for e in s.execute(
                select(AuditEntry)
                .where(AuditEntry.record_type == "day_list")
                .order_by(AuditEntry.id)
            ).scalars()
        ]


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_day_list_for_a_person_lists_their_day_and_hides_protected_places(db, staff):
    me = staff.police.staff_id
    case_id = make_case(db)
    with db.write(system=True) as s:
        victim = s.execute(
            select(CaseParty).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
        s.get(Person, victim.person_id).protection = Protection.SEKRETESSMARKERING
    cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.HOME_VISIT,
            starts_at=at(19, 9),
            ends_at=at(19, 10),
            title="Hembesök Maria",
            place="Hornsgatan 5",
            case_id=case_id,
            staff_ids=(me, staff.social.staff_id),
        ),
    )
    cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(19, 13),
            ends_at=at(19, 14),
            title="Planering <IGV> & co",
            place="Polisstationen",
            staff_ids=(me,),
        ),
    )
    cal.create_event(  # another person's event is not on my list
        db,
        staff.social,
        cal.EventInput(
            kind=EventKind.MEETING,
            starts_at=at(19, 15),
            ends_at=at(19, 16),
            title="Sociala enhetens möte",
            staff_ids=(staff.social.staff_id,),
        ),
    )
    result = day_list_pdf(db, staff.police, me, date(2026, 6, 19))
    text = text_of(result.pdf)
    assert result.title == "Dagslista för Petra Polis, fredag 19 juni 2026"
    # Compared without white space: where a table cell breaks a line is layout, not content
    # (in long test runs a cell's text was seen broken across lines).
    flat = "".join(text.split())
    assert "DagslistaförPetraPolis,fredag19juni2026" in flat
    assert "Midsommarafton" in flat
    assert "Planering<IGV>&co" in flat
    assert "09:00–10:00" in flat and "SaraSocionom" in flat
    assert "Hornsgatan" not in flat and "Maria" not in flat
    assert "Socialaenhetensmöte" not in flat
    assert result.rows == 2
    chosen = text_of(
        day_list_pdf(db, staff.police, me, date(2026, 6, 19), include_protected=True).pdf
    )
    assert "Hornsgatan 5" in chosen and "Hembesök Maria" in chosen
    # Building (previewing) records nothing; the list leaving the program does.
    assert day_list_audit(db) == []
    record_output(db, staff.police, result, "print")
    assert day_list_audit(db) == [
        ("printed", me, {"rows": 2, "protected_included": False, "via": "print"})
    ]


def test_an_empty_day_says_so(db, staff):
    text = text_of(day_list_pdf(db, staff.social, staff.social.staff_id, date(2026, 6, 22)).pdf)
    assert "Inga bokningar den här dagen." in text


def test_the_dialog_records_a_print_or_save_not_every_preview(
    qtbot, db, staff, monkeypatch, tmp_path
):
    from app.ui import background
    from app.ui.calendar import day_list_dialog as dialog_module
    from app.ui.calendar.day_list_dialog import DayListDialog
    from app.ui.context import AppContext

    me = staff.police.staff_id
    cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING, starts_at=at(19, 9), ends_at=at(19, 10), staff_ids=(me,)
        ),
    )
    dialog = DayListDialog(AppContext(db, staff.police), me, date(2026, 6, 19))
    qtbot.addWidget(dialog)
    dialog.protected.setChecked(True)  # each change rebuilds the preview
    dialog.day.setDate(dialog.day.date().addDays(1))
    dialog.day.setDate(dialog.day.date().addDays(-1))
    assert background.wait(dialog.job)  # built off the UI thread; the newest request wins
    assert dialog.current.rows == 1
    assert day_list_audit(db) == []
    printed: list[bool] = [False]
    monkeypatch.setattr(dialog_module, "print_pdf", lambda *a: printed[0])
    dialog.print_button.click()  # the print dialog cancelled
    assert day_list_audit(db) == []
    printed[0] = True
    dialog.print_button.click()
    target = tmp_path / "dagslista.pdf"
    monkeypatch.setattr(
        dialog_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    dialog.save_button.click()
    assert target.read_bytes() == dialog.current.pdf
    assert day_list_audit(db) == [
        ("printed", me, {"rows": 1, "protected_included": True, "via": "print"}),
        ("printed", me, {"rows": 1, "protected_included": True, "via": "save"}),
    ]
