"""iCalendar export and import: round trips, protected identity left out unless chosen, whole or
nothing imports with Swedish reports, no duplicates on re-import."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.models import AuditEntry, CalendarEvent, CaseParty, Person, event_resource, event_staff
from app.models.enums import EventKind, PartyRole, Protection
from app.services.scheduling import calendar as cal
from app.services.scheduling import ics
from app.services.scheduling.recurrence import TZ, Recurrence, parse_exdates, utc, utc_or_none
from tests.factories import make_case, make_resource


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


WINDOW = (at(1, 0), at(1, 0, month=5))


def snapshot(db) -> set[tuple]:
    """Every event as comparable values (no ids): what a round trip must preserve."""
    with db.read(system=True) as s:
        events = s.execute(select(CalendarEvent)).scalars().all()
        staff = {}
        for eid, sid in s.execute(select(event_staff.c.event_id, event_staff.c.staff_id)):
            staff.setdefault(eid, set()).add(sid)
        res = {}
        for eid, rid in s.execute(select(event_resource.c.event_id, event_resource.c.resource_id)):
            res.setdefault(eid, set()).add(rid)
        by_id = {e.id: e for e in events}
        return {
            (
                str(e.kind),
                e.title,
                utc(e.starts_at),
                utc(e.ends_at),
                e.place,
                e.notes,
                e.case_id,
                e.rrule,
                utc_or_none(e.recur_until),
                frozenset(parse_exdates(e.exdates)),
                frozenset(staff.get(e.id, ())),
                frozenset(res.get(e.id, ())),
                by_id[e.series_id].uid if e.series_id else e.uid,
                utc_or_none(e.recurrence_id),
            )
            for e in events
        }


def _protect_victim(db, case_id):
    with db.write(system=True) as s:
        victim = s.execute(
            select(CaseParty).where(
                CaseParty.case_id == case_id, CaseParty.role == PartyRole.VICTIM
            )
        ).scalar_one()
        s.get(Person, victim.person_id).protection = Protection.SKYDDAD_FOLKBOKFORING


def _scene(db, staff):
    me, other = staff.police.staff_id, staff.social.staff_id
    room = make_resource(db, "Samtalsrum 1, polisstationen", "room", "Polisstationen Södermalm")
    case_id = make_case(db)
    single = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.HOME_VISIT,
            starts_at=at(2, 9),
            ends_at=at(2, 10),
            title="Hembesök hos Maria Andersson",
            place="Götgatan 1, Stockholm",
            notes="Ringer på två gånger; hunden är snäll.",
            case_id=case_id,
            staff_ids=(me, other),
        ),
    )
    series = cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.BRIEFING,
            starts_at=at(2, 7, 30),
            ends_at=at(2, 8),
            title="Daglig genomgång, med; tecken",
            staff_ids=(me,),
            resource_ids=(room,),
            recurrence=Recurrence(
                "weekly", weekdays=(0, 1, 2, 3, 4), until=datetime(2026, 4, 30).date()
            ),
        ),
    )
    cal.delete_event(db, staff.police, series, occurrence=at(4, 7, 30), version=1)
    cal.move_event(db, staff.police, series, at(5, 8), occurrence=at(5, 7, 30), version=2)
    monthly = cal.create_event(
        db,
        staff.social,
        cal.EventInput(
            kind=EventKind.RVT_MEETING,
            starts_at=at(3, 12),
            ends_at=at(3, 13, 30),
            staff_ids=(other,),
            recurrence=Recurrence("monthly", monthly_weekday=True),
        ),
    )
    return dict(case_id=case_id, single=single, series=series, monthly=monthly, room=room)


def test_export_then_import_gives_the_same_events(db, staff):
    _scene(db, staff)
    before = snapshot(db)
    exported = ics.export_ics(db, staff.police, *WINDOW)
    assert exported.events == 4 and exported.redacted == 0
    text = exported.data.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Stockholm" in text
    assert "RRULE:FREQ=WEEKLY;UNTIL=" in text and "EXDATE;TZID=Europe/Stockholm" in text
    assert "RECURRENCE-ID;TZID=Europe/Stockholm:20260305T073000" in text
    # Wipe the calendar and bring the file back.
    with db.write(system=True) as s:
        for e in s.execute(
            select(CalendarEvent).where(CalendarEvent.series_id.is_(None))
        ).scalars():
            s.delete(e)
    assert snapshot(db) == set()
    result = ics.import_ics(db, staff.police, exported.data)
    assert (result.created, result.unchanged) == (4, 0)
    assert snapshot(db) == before
    # The views show the same thing as before, including the moved and removed occurrences.
    rows = cal.events_between(db, staff.police, at(2, 0), at(7, 0))
    briefings = [r.starts_at.astimezone(TZ) for r in rows if r.kind is EventKind.BRIEFING]
    assert [(b.day, b.hour, b.minute) for b in briefings] == [
        (2, 7, 30),
        (3, 7, 30),
        (5, 8, 0),
        (6, 7, 30),
    ]


def test_reimporting_the_same_file_does_not_duplicate(db, staff):
    _scene(db, staff)
    data = ics.export_ics(db, staff.police, *WINDOW).data
    before = snapshot(db)
    result = ics.import_ics(db, staff.police, data)
    assert (result.created, result.unchanged) == (0, 4)
    assert snapshot(db) == before
    # Also a file from elsewhere without UIDs: the second import finds the first.
    outside = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Outlook//EN\r\nBEGIN:VEVENT\r\n"
        b"DTSTART:20260320T090000\r\nDTEND:20260320T100000\r\nSUMMARY:Kurs\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert ics.import_ics(db, staff.social, outside).created == 1
    assert ics.import_ics(db, staff.social, outside).unchanged == 1
    rows = [
        r for r in cal.events_between(db, staff.social, at(20, 0), at(21, 0)) if r.title == "Kurs"
    ]
    assert len(rows) == 1
    # A floating time is the team's local time; the importer is the participant.
    assert rows[0].starts_at == at(20, 9).astimezone(UTC)
    assert rows[0].staff_ids == (staff.social.staff_id,)


def test_protected_identity_is_left_out_unless_the_user_chooses_it(db, staff):
    scene = _scene(db, staff)
    _protect_victim(db, scene["case_id"])
    plain = ics.export_ics(db, staff.police, *WINDOW)
    assert plain.redacted == 1
    text = Calendar.from_ical(plain.data).to_ical().decode("utf-8")
    for secret in ("Maria", "Andersson", "Götgatan", "hunden"):
        assert secret not in plain.data.decode("utf-8")
        assert secret not in text
    item = next(
        e
        for e in Calendar.from_ical(plain.data).walk("VEVENT")
        if e.get("x-igor-kind") == "home_visit"
    )
    assert str(item.get("summary")) == "Hembesök IGOR-2026-0001"
    assert item.get("location") is None and item.get("description") is None
    chosen = ics.export_ics(db, staff.police, *WINDOW, include_protected=True)
    assert "Maria Andersson" in chosen.data.decode("utf-8")
    assert "Götgatan 1" in chosen.data.decode("utf-8")
    with db.read(system=True) as s:
        details = list(
            s.execute(select(AuditEntry.details).where(AuditEntry.action == "exported")).scalars()
        )
    assert (
        '"protected_included": false' in details[0] and '"protected_included": true' in details[1]
    )
    # Re-importing the redacted file does not overwrite the real event with the redacted text.
    ics.import_ics(db, staff.police, plain.data)
    assert cal.get_event(db, staff.police, scene["single"]).title == "Hembesök hos Maria Andersson"


def test_a_file_with_bad_entries_lands_not_at_all_and_says_which(db, staff):
    bad = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:ok-1\r\nDTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z\r\n"
        "SUMMARY:Bra\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:bad-2\r\nDTSTART:20260302T110000Z\r\nDTEND:20260302T100000Z\r\n"
        "SUMMARY:Baklänges\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:bad-3\r\nSUMMARY:Utan tid\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:bad-4\r\nDTSTART:20260302T130000Z\r\nDTEND:20260302T140000Z\r\n"
        "RRULE:FREQ=YEARLY\r\nSUMMARY:Årlig\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()
    with pytest.raises(ics.IcsImportError) as info:
        ics.import_ics(db, staff.police, bad)
    message = info.value.message()
    assert message.startswith("Filen lästes inte in; ingenting sparades.")
    assert "Händelse 2 (Baklänges): sluttiden ligger inte efter starttiden." in message
    assert "Händelse 3 (Utan tid): starttid (DTSTART) saknas." in message
    assert "Händelse 4 (Årlig): upprepningen YEARLY stöds inte" in message
    assert "Händelse 1" not in message
    assert snapshot(db) == set()
    with pytest.raises(ics.IcsImportError) as info:
        ics.import_ics(db, staff.police, b"not a calendar")
    assert "ingen läsbar iCalendar-fil" in info.value.message()


def test_an_import_that_would_double_book_is_refused_whole(db, staff):
    me = staff.police.staff_id
    cal.create_event(
        db,
        staff.police,
        cal.EventInput(
            kind=EventKind.MEETING, starts_at=at(2, 9), ends_at=at(2, 10), staff_ids=(me,)
        ),
    )
    clash = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
        "BEGIN:VEVENT\r\nUID:free-1\r\nDTSTART:20260302T120000Z\r\nDTEND:20260302T130000Z\r\n"
        "SUMMARY:Ledig tid\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:clash-2\r\nDTSTART:20260302T083000Z\r\nDTEND:20260302T090000Z\r\n"
        f"SUMMARY:Krock\r\nX-IGOR-STAFF:{me}\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()
    with pytest.raises(ics.IcsImportError) as info:
        ics.import_ics(db, staff.police, clash)
    assert "Händelse 2 (Krock): krockar: Petra Polis är redan bokad" in info.value.message()
    assert len(snapshot(db)) == 1


def test_all_day_and_utc_entries_from_outlook(db, staff):
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft//Outlook//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:allday\r\nDTSTART;VALUE=DATE:20260325\r\nDTEND;VALUE=DATE:20260326\r\n"
        b"SUMMARY:Utbildningsdag\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:utc\r\nDTSTART:20260326T080000Z\r\nDURATION:PT45M\r\n"
        b"SUMMARY:Samtal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert ics.import_ics(db, staff.police, data).created == 2
    rows = {r.title: r for r in cal.events_between(db, staff.police, at(25, 0), at(27, 0))}
    assert rows["Utbildningsdag"].starts_at == at(25, 0).astimezone(UTC)
    assert rows["Utbildningsdag"].ends_at == at(26, 0).astimezone(UTC)
    assert rows["Samtal"].starts_at.astimezone(TZ).hour == 9
    assert rows["Samtal"].ends_at - rows["Samtal"].starts_at == (at(1, 9, 45) - at(1, 9))


def test_an_event_without_uid_gets_a_stable_one_without_a_version_bump(db, staff):
    from tests.factories import make_event

    eid = make_event(db, start=at(9, 9), end=at(9, 10), staff_ids=(staff.police.staff_id,))
    first = ics.export_ics(db, staff.police, *WINDOW).data
    second = ics.export_ics(db, staff.police, *WINDOW).data

    def uids(data):
        return [str(e.get("uid")) for e in Calendar.from_ical(data).walk("VEVENT")]

    assert uids(first) == uids(second) and uids(first)[0].endswith("@igor-desk")
    detail = cal.get_event(db, staff.police, eid)
    assert detail.version == 1  # someone editing it meanwhile gets no false conflict
    assert ics.import_ics(db, staff.police, first).unchanged == 1
