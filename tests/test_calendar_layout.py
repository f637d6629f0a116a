"""The time grid's layout: local wall-clock positions (also on the days summer time starts and
ends), events over midnight split per day, and side-by-side lanes for overlaps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.models.enums import EventKind
from app.services.calendar import EventRow
from app.services.recurrence import TZ
from app.ui.calendar.time_grid import layout_segments


def row(n: int, start: datetime, end: datetime) -> EventRow:
    return EventRow(
        "event", n, None, EventKind.MEETING, f"E{n}", start.astimezone(UTC), end.astimezone(UTC),
        None, None, None, (), (), (), (), False, False, False, 1,
    )  # fmt: skip


def local(d: date, h: int, m: int = 0) -> datetime:
    return datetime(d.year, d.month, d.day, h, m, tzinfo=TZ)


def test_wall_clock_positions_across_summer_time_and_midnight():
    spring = date(2026, 3, 29)  # 02:00 → 03:00
    autumn = date(2026, 10, 25)  # 03:00 → 02:00
    days = [spring - timedelta(days=1), spring, spring + timedelta(days=1)]
    segs = layout_segments(
        [
            row(1, local(spring, 9), local(spring, 10)),
            row(2, local(days[0], 23), local(spring, 1)),  # over midnight
            row(3, local(spring, 1, 30), local(spring, 4)),  # over the skipped hour
        ],
        days,
    )
    got = sorted((s.row.id, s.day, s.start_min, s.end_min) for s in segs)
    assert got == [(1, 1, 540, 600), (2, 0, 1380, 1440), (2, 1, 0, 60), (3, 1, 90, 240)]
    autumn_days = [autumn]
    segs = layout_segments([row(4, local(autumn, 14), local(autumn, 15, 30))], autumn_days)
    assert [(s.start_min, s.end_min) for s in segs] == [(840, 930)]


def test_overlapping_events_get_lanes_and_free_lanes_are_used():
    d = date(2026, 3, 3)
    segs = {
        s.row.id: s
        for s in layout_segments(
            [
                row(1, local(d, 9), local(d, 11)),
                row(2, local(d, 9, 30), local(d, 10)),
                row(3, local(d, 10), local(d, 10, 30)),  # reuses lane 1 after event 2
                row(4, local(d, 12), local(d, 13)),  # a new cluster: alone, full width
            ],
            [d],
        )
    }
    assert (segs[1].lane, segs[2].lane, segs[3].lane) == (0, 1, 1)
    assert segs[1].lanes == segs[2].lanes == 2
    assert (segs[4].lane, segs[4].lanes, segs[4].span) == (0, 1, 1)


def test_a_crowded_day_stays_fast_and_correct():
    d = date(2026, 3, 4)
    rows = [
        row(i, local(d, 8) + timedelta(minutes=i), local(d, 9) + timedelta(minutes=i))
        for i in range(700)
    ]
    segs = layout_segments(rows, [d])
    by_lane: dict[int, list] = {}
    for s in segs:
        by_lane.setdefault(s.lane, []).append(s)
    for lane in by_lane.values():  # no two events in one lane overlap
        lane.sort(key=lambda s: s.start_min)
        assert all(a.end_min <= b.start_min for a, b in zip(lane, lane[1:], strict=False))
    assert max(s.lanes for s in segs) == 60  # one-hour events starting a minute apart
