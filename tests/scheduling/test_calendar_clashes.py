"""Clash detection: people, rooms, vehicles, transports; touching edges; recurring series with
exceptions; free-slot suggestions; the victim/suspect meeting check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models.enums import PartyRole
from app.services.scheduling import clashes
from app.services.scheduling.recurrence import TZ, format_exdates
from tests.factories import (
    make_case,
    make_event,
    make_resource,
    make_transport,
    party_id,
)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    """Stockholm wall time in March 2026 (winter time, UTC+1) as an aware datetime."""
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def clash_ids(db, start, end, **kw):
    with db.read(system=True) as s:
        return [
            (c.holder, c.holder_id, c.source, c.source_id)
            for c in clashes.find_clashes(s, start=start, end=end, **kw)
        ]


def test_a_person_booked_twice_clashes_and_touching_edges_do_not(db, staff):
    me = staff.police.staff_id
    eid = make_event(db, start=at(2, 9), end=at(2, 10), staff_ids=(me,), title="Hembesök")
    assert clash_ids(db, at(2, 9, 30), at(2, 10, 30), staff_ids=[me]) == [
        ("staff", me, "event", eid)
    ]
    # Inside, around, and exactly the same span all clash.
    assert clash_ids(db, at(2, 9, 15), at(2, 9, 45), staff_ids=[me])
    assert clash_ids(db, at(2, 8), at(2, 11), staff_ids=[me])
    assert clash_ids(db, at(2, 9), at(2, 10), staff_ids=[me])
    # Ends when the other starts / starts when the other ends: no clash.
    assert clash_ids(db, at(2, 10), at(2, 11), staff_ids=[me]) == []
    assert clash_ids(db, at(2, 8), at(2, 9), staff_ids=[me]) == []
    # Another colleague is free; the booked one is not, whoever else is in the booking.
    assert clash_ids(db, at(2, 9), at(2, 10), staff_ids=[staff.social.staff_id]) == []
    assert [
        c[1] for c in clash_ids(db, at(2, 9), at(2, 10), staff_ids=[staff.social.staff_id, me])
    ] == [me]


def test_an_event_does_not_clash_with_itself_when_edited(db, staff):
    me = staff.police.staff_id
    eid = make_event(db, start=at(2, 9), end=at(2, 10), staff_ids=(me,))
    assert clash_ids(db, at(2, 9, 30), at(2, 10, 30), staff_ids=[me], ignore_event_id=eid) == []


def test_rooms_and_vehicles_clash_and_name_what_is_booked(db, staff):
    room = make_resource(db, "Samtalsrum 1", "room", "Polisstationen Södermalm")
    car = make_resource(db, "Civilbil 1", "vehicle", "Polisstationen Södermalm")
    make_event(db, start=at(3, 13), end=at(3, 14), resource_ids=(room, car), title="Stödsamtal")
    with db.read(system=True) as s:
        found = clashes.find_clashes(
            s, start=at(3, 13, 45), end=at(3, 15), resource_ids=[room, car]
        )
    assert {(c.holder, c.holder_name) for c in found} == {
        ("room", "Samtalsrum 1"),
        ("vehicle", "Civilbil 1"),
    }
    text = "\n".join(c.describe() for c in found)
    assert "Rummet Samtalsrum 1 är redan bokat tis 3 mars 13:00–14:00 (Stödsamtal)" in text
    assert "Fordonet Civilbil 1" in text
    assert clash_ids(db, at(3, 14), at(3, 15), resource_ids=[room, car]) == []


@pytest.mark.parametrize(
    ("status", "blocks"),
    [
        ("planned", True),
        ("under_way", True),
        ("requested", False),
        ("done", False),
        ("cancelled", False),
    ],
)
def test_transports_block_crew_and_vehicle_only_while_planned_or_under_way(
    db, staff, status, blocks
):
    case_id = make_case(db)
    me = staff.police.staff_id
    car = make_resource(db, "Civilbil 2", "vehicle")
    tid = make_transport(
        db, case_id, planned_start=at(4, 10), crew=(me,), vehicle_id=car, status=status
    )
    # Busy from 10:00 to 10:00 + 60 min + 15 min buffer = 11:15.
    expected = [("staff", me, "transport", tid)] if blocks else []
    assert clash_ids(db, at(4, 11), at(4, 12), staff_ids=[me]) == expected
    assert bool(clash_ids(db, at(4, 11), at(4, 12), resource_ids=[car])) is blocks
    assert clash_ids(db, at(4, 11, 15), at(4, 12), staff_ids=[me], resource_ids=[car]) == []
    assert clash_ids(db, at(4, 9), at(4, 10), staff_ids=[me], resource_ids=[car]) == []
    assert clash_ids(db, at(4, 11), at(4, 12), staff_ids=[me], ignore_transport_id=tid) == []


def test_recurring_series_clash_at_each_occurrence_except_excluded_ones(db, staff):
    me = staff.police.staff_id
    # Every weekday 07:30–08:00 from Monday 2 March; the occurrence on Wednesday 4 March removed.
    eid = make_event(
        db,
        start=at(2, 7, 30),
        end=at(2, 8),
        staff_ids=(me,),
        title="Daglig genomgång",
        kind="briefing",
        rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        exdates=format_exdates([at(4, 7, 30)]),
    )
    assert clash_ids(db, at(3, 7, 45), at(3, 9), staff_ids=[me]) == [("staff", me, "event", eid)]
    assert clash_ids(db, at(4, 7, 45), at(4, 9), staff_ids=[me]) == []  # excluded
    assert clash_ids(db, at(7, 7, 45), at(7, 9), staff_ids=[me]) == []  # Saturday
    assert clash_ids(db, at(3, 8), at(3, 9), staff_ids=[me]) == []  # touches the end
    # Months later, after the change to summer time, still 07:30 local.
    summer = datetime(2026, 6, 10, 7, 45, tzinfo=TZ)
    assert clash_ids(db, summer, summer + timedelta(hours=1), staff_ids=[me])
    assert not clash_ids(
        db, summer + timedelta(minutes=15), summer + timedelta(hours=1), staff_ids=[me]
    )
    # Before the series began: free.
    assert clash_ids(db, at(27, 7, 30, month=2), at(27, 8, month=2), staff_ids=[me]) == []


def test_a_series_with_an_end_stops_clashing_after_it(db, staff):
    me = staff.social.staff_id
    make_event(
        db,
        start=at(3, 12),
        end=at(3, 13, 30),
        staff_ids=(me,),
        rrule="FREQ=MONTHLY;BYDAY=1TU",
        recur_until=datetime(2026, 5, 5, 12, 0, tzinfo=TZ),
    )
    assert clash_ids(db, at(7, 12, month=4), at(7, 13, month=4), staff_ids=[me])  # 1st Tue Apr
    assert clash_ids(db, at(5, 12, month=5), at(5, 13, month=5), staff_ids=[me])  # last one
    assert clash_ids(db, at(2, 12, month=6), at(2, 13, month=6), staff_ids=[me]) == []


def test_clash_error_names_the_clash_and_suggests_the_nearest_free_slots(db, staff):
    me = staff.police.staff_id
    make_event(db, start=at(9, 9), end=at(9, 10), staff_ids=(me,), title="Släppsamtal")
    make_event(db, start=at(9, 10), end=at(9, 11), staff_ids=(me,), title="Hembesök")
    with db.read(system=True) as s, pytest.raises(clashes.ClashError) as info:
        clashes.check_free(
            s,
            start=at(9, 9, 30),
            end=at(9, 10, 30),
            staff_ids=[me],
            not_before=at(1, 0),
        )
    err = info.value
    assert len(err.clashes) == 2
    slots = [
        (s.starts_at.astimezone(TZ).hour, s.starts_at.astimezone(TZ).minute) for s in err.slots
    ]
    # One free hour nearest to 09:30: 08:00 before (08:15 would overlap 09:00), 11:00 after,
    # then 11:15 (as near as 07:45; later wins a tie).
    assert slots == [(8, 0), (11, 0), (11, 15)]
    for slot in err.slots:
        with db.read(system=True) as s:
            assert not clashes.find_clashes(
                s, start=slot.starts_at, end=slot.ends_at, staff_ids=[me]
            )
    message = err.message()
    assert "Petra Polis är redan bokad mån 9 mars 09:00–10:00 (Släppsamtal)" in message
    assert "Närmaste lediga tider:" in message


def test_suggestions_stay_within_working_hours_and_not_in_the_past(db, staff):
    me = staff.police.staff_id
    make_event(db, start=at(10, 21), end=at(10, 23), staff_ids=(me,))
    with db.read(system=True) as s:
        slots = clashes.suggest_free_slots(
            s,
            duration=timedelta(hours=1),
            around=at(10, 21, 30),
            staff_ids=[me],
            not_before=at(10, 20, 30),
        )
    assert slots
    for slot in slots:
        a, b = slot.starts_at.astimezone(TZ), slot.ends_at.astimezone(TZ)
        assert a >= at(10, 20, 30)
        assert a.time() >= clashes.WORK_START and b.time() <= clashes.WORK_END
        assert (a.minute % 15) == 0


# --- the meeting check ---------------------------------------------------------------------------


def test_victim_and_suspect_at_the_same_place_at_overlapping_times_is_a_risk(db, staff):
    case_id = make_case(db)
    victim = party_id(db, case_id, PartyRole.VICTIM)
    suspect = party_id(db, case_id, PartyRole.SUSPECT)
    release = make_event(
        db,
        start=at(11, 10),
        end=at(11, 11),
        party_ids=(suspect,),
        place="Arresten, Polisstationen Södermalm",
        title="Släppsamtal",
        kind="release_talk",
        case_id=case_id,
    )
    with db.read(system=True) as s:
        risks = clashes.meeting_risks(
            s,
            start=at(11, 10, 30),
            end=at(11, 12),
            place="Polisstationen Södermalm",
            party_ids=[victim],
        )
        assert [(r.other_source, r.other_id, r.case_id) for r in risks] == [
            ("event", release, case_id)
        ]
        assert "IGOR-2026-0001" in clashes.MeetingRiskError(risks).message()
        # Elsewhere: no risk.
        assert not clashes.meeting_risks(
            s, start=at(11, 10, 30), end=at(11, 12), place="Södersjukhuset", party_ids=[victim]
        )
        # Far apart in time: no risk; within the 30-minute margin: a risk.
        assert not clashes.meeting_risks(
            s,
            start=at(11, 12),
            end=at(11, 13),
            place="Polisstationen Södermalm",
            party_ids=[victim],
        )
        assert clashes.meeting_risks(
            s,
            start=at(11, 11, 20),
            end=at(11, 12),
            place="Polisstationen Södermalm",
            party_ids=[victim],
        )
        # The same person twice is not a meeting; editing the release talk itself neither.
        assert not clashes.meeting_risks(
            s,
            start=at(11, 10),
            end=at(11, 11),
            place="Polisstationen Södermalm",
            party_ids=[suspect],
        )


def test_a_transport_bringing_the_victim_where_the_suspect_is_booked_is_a_risk(db, staff):
    case_id = make_case(db)
    suspect = party_id(db, case_id, PartyRole.SUSPECT)
    other_case = make_case(
        db, number="IGOR-2026-0002", victim=("Eva", "Ek", None), suspect=("Bo", "Ek", None)
    )
    tid = make_transport(
        db, case_id, planned_start=at(12, 9), destination="Polisstationen Södermalm"
    )
    make_transport(db, other_case, planned_start=at(12, 9), destination="Polisstationen Södermalm")
    make_transport(
        db,
        case_id,
        planned_start=at(12, 9),
        destination="Polisstationen Södermalm",
        status="cancelled",
    )
    with db.read(system=True) as s:
        risks = clashes.meeting_risks(
            s,
            start=at(12, 9, 30),
            end=at(12, 10),
            place="Polisstationen Södermalm",
            party_ids=[suspect],
        )
        assert [(r.other_source, r.other_id) for r in risks] == [("transport", tid)]
    # And the other way round: the transport (victim travels) against his booked talk.
    make_event(
        db,
        start=at(13, 9),
        end=at(13, 10),
        party_ids=(suspect,),
        place="Polisstationen Södermalm",
    )
    with db.read(system=True) as s:
        assert clashes.meeting_risks(
            s,
            start=at(13, 8, 30),
            end=at(13, 9, 15),
            place=["Bostaden", "Polisstationen Södermalm"],
            case_id=case_id,
            victim_travels=True,
        )


def test_a_talk_room_counts_as_the_place_and_both_parties_in_one_booking_is_a_risk(db, staff):
    case_id = make_case(db)
    victim = party_id(db, case_id, PartyRole.VICTIM)
    suspect = party_id(db, case_id, PartyRole.SUSPECT)
    room = make_resource(db, "Samtalsrum 1, polisstationen", "room", "Polisstationen Södermalm")
    make_event(db, start=at(16, 13), end=at(16, 14), party_ids=(suspect,), resource_ids=(room,))
    with db.read(system=True) as s:
        assert clashes.meeting_risks(
            s, start=at(16, 13), end=at(16, 14), place=None, resource_ids=[room], party_ids=[victim]
        )
        both = clashes.meeting_risks(
            s, start=at(17, 13), end=at(17, 14), place="Socialkontoret", party_ids=[victim, suspect]
        )
        assert [r.other_source for r in both] == ["self"]
        # No place at all: nothing to compare, no warning.
        assert not clashes.meeting_risks(
            s, start=at(16, 13), end=at(16, 14), place=None, party_ids=[victim]
        )


def test_times_are_compared_as_instants_not_wall_clock(db, staff):
    me = staff.police.staff_id
    make_event(
        db,
        start=datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
        end=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
        staff_ids=(me,),
    )
    # 08:00 UTC is 09:00 in Stockholm.
    assert clash_ids(db, at(2, 9), at(2, 9, 30), staff_ids=[me])
    assert clash_ids(db, at(2, 8), at(2, 9), staff_ids=[me]) == []


def test_the_longest_allowed_event_clashes_at_its_first_and_last_hour(db, staff):
    # The clash query bounds an event's start and end by MAX_EVENT_SPAN on both sides of the
    # booking (so the database can start from the time index): the longest event the
    # calendar accepts must still be found anywhere in it, for people and rooms alike.
    me = staff.police.staff_id
    room = make_resource(db, "Samtalsrum 2", "room", "Socialkontoret")
    first = at(2, 8)
    last = first + clashes.MAX_EVENT_SPAN
    eid = make_event(db, start=first, end=last, staff_ids=(me,), resource_ids=(room,))
    hour = timedelta(hours=1)
    for start in (first, first + clashes.MAX_EVENT_SPAN / 2, last - hour):
        assert clash_ids(db, start, start + hour, staff_ids=[me]) == [("staff", me, "event", eid)]
        assert clash_ids(db, start, start + hour, resource_ids=[room]) == [
            ("room", room, "event", eid)
        ]
    # A booking that spans the whole event and more still clashes; touching edges do not.
    assert clash_ids(db, first - hour, last + hour, staff_ids=[me])
    assert clash_ids(db, last, last + hour, staff_ids=[me]) == []
    assert clash_ids(db, first - hour, first, resource_ids=[room]) == []
