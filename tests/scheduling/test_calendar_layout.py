"""The time grid's layout: local wall-clock positions (also on the days summer time starts and
ends), events over midnight split per day, and side-by-side lanes for overlaps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.models.enums import EventKind
from app.services.scheduling.calendar import EventRow
from app.services.scheduling.recurrence import TZ
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


def _facts(segs):
    return sorted((s.row.id, s.row.starts_at, s.day, s.start_min, s.end_min, s.lane, s.lanes, s.span)
                  for s in segs)  # fmt: skip


def test_the_layout_cache_re_lays_out_only_changed_days_and_matches_a_fresh_layout():
    monday = date(2026, 10, 19)  # the week summer time ends
    days = [monday + timedelta(days=i) for i in range(7)]
    rows = [
        row(n, local(days[n % 7], 8 + n % 9, 15 * (n % 4)), local(days[n % 7], 10 + n % 9))
        for n in range(1, 200)
    ] + [row(500, local(days[2], 22), local(days[3], 2))]  # over midnight
    cache: dict = {}
    first = layout_segments(rows, days, cache)
    assert _facts(first) == _facts(layout_segments(rows, days))
    kept = {key: entry[1] for key, entry in cache.items() if key != "all"}
    # One event moved from Wednesday to Friday, the one over midnight shortened to Wednesday.
    moved = rows[1]._replace(
        starts_at=rows[1].starts_at + timedelta(days=2), ends_at=rows[1].ends_at + timedelta(days=2)
    )
    changed = [moved if r.id == moved.id else r for r in rows]
    changed = [
        r._replace(ends_at=local(days[2], 23).astimezone(UTC)) if r.id == 500 else r
        for r in changed
    ]
    second = layout_segments(changed, days, cache)
    assert _facts(second) == _facts(layout_segments(changed, days))
    assert _facts(second) != _facts(first)
    for i in (0, 1, 5, 6):  # untouched days keep their segments
        assert cache[(i, days[i])][1] is kept[(i, days[i])]
    for i in (2, 3, 4):  # the days the changes touched are laid out again
        assert cache[(i, days[i])][1] is not kept[(i, days[i])]
    # Equal rows again (a refresh without changes): the same layout; other days: no reuse.
    assert _facts(layout_segments(list(changed), days, cache)) == _facts(second)
    assert layout_segments(changed, days[1:], cache) and (0, days[0]) not in cache
