"""The day and week time grid: a custom-painted canvas in a scroll area, with a day header.

- Columns are local (Stockholm) days; the vertical axis is the local time of day, 00–24.
- Shading: the night is grey, the day shift (07–16) and the evening shift (16–23) lightly
  tinted; weekends and holidays get a darker header, holidays their Swedish name.
- Events are coloured by kind; overlapping events share the column side by side.
- Mouse: click selects an event or a 15-minute slot; drag an event's body to move it (to another
  day too), its bottom edge to resize it; both snap to 15 minutes. On release the grid emits
  `moveRequested(row, new_start, new_end)` and shows the proposal until the page reloads (a
  refused move therefore snaps back). Double-click edits an event or creates one in a slot.
- Keyboard: arrows move the selected slot (15 min / one day), Enter creates in the selected slot
  or edits the selected event, Delete removes it, Tab walks through the events of the view.
No SQL here: rows come from app.services.scheduling.calendar.events_between.
"""

from __future__ import annotations

import bisect
import heapq
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from app.services.scheduling.calendar import EventRow
from app.services.scheduling.recurrence import TZ, from_local, local
from app.ui import formatting
from app.ui.calendar.style import (
    DAY_SHIFT,
    EVENING_SHIFT,
    GRID_LINE,
    GRID_LINE_FAINT,
    HEADER_BG,
    HOLIDAY_TEXT,
    NIGHT,
    SELECTION,
    TODAY_BG,
    TODAY_MARK,
    WEEKEND_BG,
    event_colours,
    weekday_short,
)

TEXT = QColor("#1a1a1a")
PROTECTED_MARK = QColor("#9b1c1c")
GUTTER = 56
HOUR_HEIGHT = 44
SNAP_MINUTES = 15
EDGE = 6  # pixels at the bottom of an event that resize instead of move
DAY_MINUTES = 24 * 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarGrid", text)


@dataclass(slots=True)
class Segment:
    """The part of a row that falls on one day column (an event over midnight has two)."""

    row: EventRow
    day: int
    start_min: int
    end_min: int
    lane: int = 0
    lanes: int = 1
    span: int = 1  # lanes taken (free lanes to the right are used)


def minutes_of(moment: datetime, day: date) -> int:
    """Minutes after local midnight of `day` (may be < 0 or > 1440)."""
    t = local(moment)
    delta = datetime.combine(t.date(), t.time()) - datetime.combine(day, time())
    return int(delta.total_seconds() // 60)


class _Clock:
    """Fast UTC instant → (day column, local minute) for a run of days: timestamps and the
    UTC offset per day, with an exact per-instant offset only on the days summer time starts or
    ends. (Converting every event through zoneinfo made the week view for the team slow.)"""

    def __init__(self, days: list[date]) -> None:
        self.days = days
        self.midnights = [
            datetime.combine(d, time(), TZ).timestamp() for d in days + [days[-1] + timedelta(1)]
        ]
        self.offsets = [
            datetime.combine(d, time(), TZ).utcoffset().total_seconds()
            for d in days + [days[-1] + timedelta(1)]
        ]
        self.shifting = [self.offsets[i] != self.offsets[i + 1] for i in range(len(days))]

    def minute(self, ts: float, i: int) -> float:
        """Local wall-clock minutes after midnight of day i (0 <= i < len(days); may run past
        1440 or below 0 for instants on other days)."""
        midnight = self.midnights[i]
        if self.shifting[i] or not (midnight <= ts < self.midnights[i + 1]):
            offset = datetime.fromtimestamp(ts, TZ).utcoffset().total_seconds()
            return (ts - midnight + offset - self.offsets[i]) / 60
        return (ts - midnight) / 60

    def day_index(self, ts: float) -> int:
        """The column whose local day contains ts (-1 before, len(days) after)."""
        return bisect.bisect_right(self.midnights, ts) - 1


def layout_segments(
    rows: list[EventRow], days: list[date], cache: dict | None = None
) -> list[Segment]:
    """Split rows into day segments and give overlapping ones side-by-side lanes.

    `cache` (kept by the canvas between refreshes): per day column, the rows that touched it
    and their laid-out segments. A day whose rows are unchanged keeps its layout, so a refresh
    after an edit lays out only the days the change touched; the entry "all" keeps the whole
    input and result, so the same rows again cost one list comparison. Replaced with this
    layout's entries.
    """
    if not days:
        return []
    whole = cache.get("all") if cache is not None else None
    if whole is not None and whole[0] == days and whole[1] == rows:
        return list(whole[2])  # the same rows again (a refresh without changes)
    clock = _Clock(days)
    n = len(days)
    # Per day column: (row, start, end timestamps, first and last column of the row).
    per_day: list[list[tuple]] = [[] for _ in days]
    day_index = clock.day_index
    for row in rows:
        a, b = row.starts_at.timestamp(), row.ends_at.timestamp()
        first = day_index(a)
        last = day_index(b - 1e-6)
        if first == last:
            if 0 <= first < n:
                per_day[first].append((row, a, b, first, last))
            continue
        item = (row, a, b, first, last)
        for i in range(max(first, 0), min(last, n - 1) + 1):
            per_day[i].append(item)
    fresh: dict = {}
    out: list[Segment] = []
    for i, items in enumerate(per_day):
        key = (i, days[i])
        hit = cache.get(key) if cache is not None else None
        unchanged = hit is not None and hit[0] == items
        segments = hit[1] if unchanged else _day_segments(items, i, clock)
        fresh[key] = (items, segments)
        out.extend(segments)
    if cache is not None:
        cache.clear()
        cache.update(fresh)
        cache["all"] = (list(days), list(rows), list(out))
    return out


def _day_segments(items: list[tuple], i: int, clock: _Clock) -> list[Segment]:
    """The segments of day column i from (row, start, end, first, last) of the rows touching
    it, with lanes."""
    segments: list[Segment] = []
    append = segments.append
    midnight, next_midnight = clock.midnights[i], clock.midnights[i + 1]
    plain = not clock.shifting[i]  # no summer-time change this day: minutes from midnight
    minute = clock.minute
    for row, a, b, first, last in items:
        start = 0
        if first >= i:
            if plain and midnight <= a < next_midnight:
                start = int((a - midnight) / 60)
            else:
                start = int(minute(a, i))
            if start < 0:
                start = 0
        end = DAY_MINUTES
        if last <= i:
            if plain and midnight <= b < next_midnight:
                end = int(-(-((b - midnight) / 60) // 1))
            else:
                end = int(-(-minute(b, i) // 1))
            if end > DAY_MINUTES:
                end = DAY_MINUTES
        if end > start:
            append(Segment(row, i, start, end))
    segments.sort(key=lambda s: (s.start_min, -s.end_min))
    _assign_lanes(segments)
    _widen(segments)
    return segments


def _assign_lanes(segments: list[Segment]) -> None:
    """Greedy lanes per cluster of overlapping segments (sorted by start): the lowest free lane,
    with heaps so a day of hundreds of overlapping events stays fast."""
    cluster: list[Segment] = []
    active: list[tuple[int, int]] = []  # (end, lane)
    free: list[int] = []
    lanes = 0
    cluster_end = -1
    for seg in segments:
        if cluster and seg.start_min >= cluster_end:
            for c in cluster:
                c.lanes = lanes
            cluster, active, free, lanes = [], [], [], 0
        while active and active[0][0] <= seg.start_min:
            heapq.heappush(free, heapq.heappop(active)[1])
        if free:
            seg.lane = heapq.heappop(free)
        else:
            seg.lane = lanes
            lanes += 1
        heapq.heappush(active, (seg.end_min, seg.lane))
        cluster.append(seg)
        cluster_end = max(cluster_end, seg.end_min)
    for c in cluster:
        c.lanes = lanes


def _widen(segments: list[Segment]) -> None:
    """Let an event take the free lanes to its right (small clusters only: quadratic)."""
    clusters: dict[tuple[int, int], list[Segment]] = {}
    for seg in segments:
        clusters.setdefault((seg.day, seg.lanes), []).append(seg)
    for group in clusters.values():
        if len(group) > 60 or group[0].lanes < 2:
            continue
        for seg in group:
            span = 1
            for lane in range(seg.lane + 1, seg.lanes):
                if any(
                    o.lane == lane and o.start_min < seg.end_min and o.end_min > seg.start_min
                    for o in group
                ):
                    break
                span += 1
            seg.span = span


class TimeGridCanvas(QWidget):
    """The painted grid (inside a QScrollArea)."""

    selectionChanged = Signal()
    activated = Signal()  # Enter / double-click: edit the event or create in the slot
    deleteRequested = Signal()
    moveRequested = Signal(object, object, object)  # row, new start (UTC), new end (UTC)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(24 * HOUR_HEIGHT)
        self.days: list[date] = []
        self.rows: list[EventRow] = []
        self.segments: list[Segment] = []
        self.holidays: dict[date, str] = {}
        self.shifts: tuple[tuple[time, time, QColor], ...] = (
            (time(7), time(16), DAY_SHIFT),
            (time(16), time(23), EVENING_SHIFT),
        )
        self.selected_key: tuple | None = None
        self.slot: tuple[int, int] | None = None  # (day index, start minute)
        self.slot_minutes = 60
        self.today: date = datetime.now(TZ).date()
        self._drag: dict | None = None
        self._proposal: tuple[tuple, int, int, int] | None = None  # key, day, start, end
        self._rect_cache: tuple | None = None
        self._generation = 0
        # Per day column: its rows and segments (layout_segments) and their geometry at a
        # width, so a refresh re-lays out and re-measures only the days that changed.
        self._layout_cache: dict = {}
        self._geometry_cache: dict = {}
        # Assistive technology reads the painted grid as text: the name says what is selected
        # (an event, or a free slot), the description lists every event shown.
        self.selectionChanged.connect(self._announce)
        self._announce()

    # --- data ------------------------------------------------------------------------------
    def set_days(self, days: list[date]) -> None:
        self.days = list(days)
        self._generation += 1
        self.today = datetime.now(TZ).date()
        if self.slot is not None and self.slot[0] >= len(self.days):
            self.slot = None
        self.update()

    def set_rows(self, rows: list[EventRow]) -> None:
        self.rows = list(rows)
        self.segments = layout_segments(self.rows, self.days, self._layout_cache)
        self._generation += 1
        self._proposal = None
        if self.selected_key is not None and self.selected_key not in {r.key for r in self.rows}:
            self.selected_key = None
        self._announce()
        self.update()

    def spoken_items(self) -> list[str]:
        """Every event shown, in time order, as a screen reader reads it."""
        ordered = sorted(self.segments, key=lambda s: (s.day, s.start_min, s.lane))
        seen, items = set(), []
        for seg in ordered:
            if seg.row.key in seen:
                continue
            seen.add(seg.row.key)
            items.append(spoken_text(seg.row))
        return items

    def _announce(self) -> None:
        row = self.selected_row()
        if row is not None:
            name = spoken_text(row)
        elif self.slot is not None and self.days:
            day, minute = self.slot
            name = _tr("Ledig tid {day} {time}").format(
                day=f"{formatting.weekday_short(self.days[day])} "
                f"{formatting.day_month(self.days[day])}",
                time=formatting.time_text(time(minute // 60, minute % 60)),
            )
        else:
            name = _tr("Kalender")
        items = self.spoken_items()
        description = (
            _tr("{n} händelser: {items}").format(n=len(items), items="; ".join(items))
            if items
            else _tr("Inga händelser")
        )
        changed = name != self.accessibleName()
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        if changed and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def selected_row(self) -> EventRow | None:
        if self.selected_key is None:
            return None
        return next((r for r in self.rows if r.key == self.selected_key), None)

    def selected_slot(self) -> tuple[datetime, datetime] | None:
        """The selected empty slot as (start, end) in UTC."""
        if self.slot is None or not self.days:
            return None
        day, minute = self.slot
        start = from_local(datetime.combine(self.days[day], time()) + timedelta(minutes=minute))
        return start, start + timedelta(minutes=self.slot_minutes)

    def select_slot(self, day: int, minute: int) -> None:
        self.slot = (max(0, min(day, len(self.days) - 1)), max(0, min(minute, DAY_MINUTES - 15)))
        self.selected_key = None
        self.selectionChanged.emit()
        self.update()

    # --- geometry --------------------------------------------------------------------------
    def column_width(self) -> float:
        return max(1.0, (self.width() - GUTTER) / max(1, len(self.days)))

    def y_of(self, minute: float) -> float:
        return minute * HOUR_HEIGHT / 60

    def minute_at(self, y: float) -> int:
        return int(y * 60 / HOUR_HEIGHT)

    def day_at(self, x: float) -> int:
        return int((x - GUTTER) // self.column_width())

    def segment_rect(self, seg: Segment) -> QRectF:
        cw = self.column_width()
        lane_w = (cw - 6) / max(1, seg.lanes)
        x = GUTTER + seg.day * cw + 2 + seg.lane * lane_w
        y = self.y_of(seg.start_min)
        h = max(self.y_of(seg.end_min) - y, 6)
        return QRectF(x, y + 1, max(lane_w * seg.span - 2, 3), h - 2)

    def rect_of(self, key: tuple) -> QRectF | None:
        """The rectangle of an event's first segment (tests and keyboard navigation)."""
        for seg in self.segments:
            if seg.row.key == key:
                return self.segment_rect(seg)
        return None

    def point_for(self, day: int, hour: int, minute: int = 0) -> QPoint:
        cw = self.column_width()
        x = GUTTER + day * cw + cw / 2
        return QPoint(int(x), int(self.y_of(hour * 60 + minute)) + 2)

    def segment_at(self, pos: QPoint) -> Segment | None:
        px, py = pos.x(), pos.y()
        for x, y, w, h, seg, _, _ in reversed(self._geometry()):
            if x <= px <= x + w and y <= py <= y + h:
                return seg
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(800, 24 * HOUR_HEIGHT)

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        clip = event.rect()
        cw = self.column_width()
        height = self.y_of(DAY_MINUTES)
        p.fillRect(clip, NIGHT)
        for i, day in enumerate(self.days):
            x = GUTTER + i * cw
            for start, end, colour in self.shifts:
                y0 = self.y_of(start.hour * 60 + start.minute)
                y1 = self.y_of(end.hour * 60 + end.minute) if end != time() else height
                p.fillRect(QRectF(x, y0, cw, y1 - y0), colour)
            if day.weekday() >= 5 or day in self.holidays:
                p.fillRect(QRectF(x, 0, cw, height), WEEKEND_BG)
            if day == self.today:
                p.fillRect(QRectF(x, 0, cw, height), TODAY_BG)
        # Hour lines and labels.
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() - 1))
        p.setFont(font)
        first_hour = max(0, self.minute_at(clip.top()) // 60)
        last_hour = min(24, self.minute_at(clip.bottom()) // 60 + 1)
        for hour in range(first_hour, last_hour + 1):
            y = self.y_of(hour * 60)
            p.setPen(QPen(GRID_LINE, 1))
            p.drawLine(GUTTER, int(y), self.width(), int(y))
            p.setPen(QPen(GRID_LINE_FAINT, 1, Qt.PenStyle.DotLine))
            p.drawLine(GUTTER, int(y + HOUR_HEIGHT / 2), self.width(), int(y + HOUR_HEIGHT / 2))
            if 0 < hour < 24:
                p.setPen(QColor("#555555"))
                p.drawText(
                    QRect(0, int(y) - 8, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}:00",
                )
        p.setPen(QPen(GRID_LINE, 1))
        for i in range(len(self.days) + 1):
            x = int(GUTTER + i * cw)
            p.drawLine(x, 0, x, int(height))
        # The selected slot.
        if self.slot is not None and self.selected_key is None:
            day, minute = self.slot
            rect = QRectF(
                GUTTER + day * cw + 1,
                self.y_of(minute),
                cw - 2,
                self.y_of(self.slot_minutes),
            )
            p.fillRect(rect, SELECTION)
            p.setPen(QPen(QColor("#2f6fb5"), 1.5))
            p.drawRect(rect)
        # The current time.
        now = datetime.now(TZ)
        if now.date() in self.days:
            i = self.days.index(now.date())
            y = self.y_of(now.hour * 60 + now.minute)
            p.setPen(QPen(QColor("#c62828"), 2))
            p.drawLine(int(GUTTER + i * cw), int(y), int(GUTTER + (i + 1) * cw), int(y))
        self._paint_events(p, clip, font)
        p.end()

    def _geometry(self) -> list[list]:
        """Each segment's [x, y, width, height, segment, QRectF, edge bar QRectF], computed
        once per day layout and column width (thousands per view; a refresh that leaves a day
        unchanged reuses that day's geometry). The two QRectF are made when first painted
        (None until then; the edge bar stays None for events too narrow for one)."""
        key = (self._generation, self.width())
        if self._rect_cache is None or self._rect_cache[0] != key:
            cw = self.column_width()
            scale = HOUR_HEIGHT / 60
            out = []
            fresh = {}
            for day_key, entry in self._layout_cache.items():
                if day_key == "all":
                    continue
                segments = entry[1]
                hit = self._geometry_cache.get(day_key)
                if hit is not None and hit[0] is segments and hit[1] == cw:
                    geometry = hit[2]
                else:
                    geometry = []
                    append = geometry.append
                    for seg in segments:  # segment_rect, inlined: thousands per view
                        lane_w = (cw - 6) / seg.lanes
                        y = seg.start_min * scale
                        h = seg.end_min * scale - y
                        if h < 6:
                            h = 6
                        w = lane_w * seg.span - 2
                        x = GUTTER + seg.day * cw + 2 + seg.lane * lane_w
                        append([x, y + 1, w if w > 3 else 3, h - 2, seg, None, None])
                fresh[day_key] = (segments, cw, geometry)
                out.extend(geometry)
            self._geometry_cache = fresh
            self._rect_cache = (key, out)
        return self._rect_cache[1]

    def _paint_events(self, p: QPainter, clip: QRect, font: QFont) -> None:
        metrics = QFontMetrics(font)
        line = metrics.height()
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        top, bottom = clip.top(), clip.bottom()
        proposal_key = self._proposal[0] if self._proposal else None
        visible = [g for g in self._geometry() if g[1] + g[3] >= top and g[1] <= bottom]
        for g in visible:
            if g[5] is None:
                x, y, w, h = g[0], g[1], g[2], g[3]
                g[5] = QRectF(x, y, w, h)
                if w > 5:
                    g[6] = QRectF(x, y, 3, h)
        # Fills and edge bars grouped by kind: one drawRects call each (thousands of events).
        fills: dict = {}
        edges: dict = {}
        for g in visible:
            kind = g[4].row.kind
            group = fills.get(kind)
            if group is None:
                group = fills[kind] = []
                edges[kind] = []
            group.append(g[5])
            if g[6] is not None:
                edges[kind].append(g[6])
        p.setPen(Qt.PenStyle.NoPen)
        for kind, rects in fills.items():
            p.setBrush(event_colours(kind)[0])
            p.drawRects(rects)
        for kind, rects in edges.items():
            if rects:
                p.setBrush(event_colours(kind)[1])
                p.drawRects(rects)
        p.setBrush(Qt.BrushStyle.NoBrush)
        selected_key = self.selected_key
        selected_id = selected_key[1] if selected_key is not None else None
        proposal_id = proposal_key[1] if proposal_key is not None else None
        min_height = line * 0.8
        for _x, _y, w, h, seg, rect, _edge in visible:
            row = seg.row
            if row.id == proposal_id and row.key == proposal_key:  # faded where it was
                p.fillRect(rect, QColor(255, 255, 255, 150))
            if row.id == selected_id and row.key == selected_key:
                p.setPen(QPen(QColor("#1a1a1a"), 2))
                p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
                p.setPen(Qt.PenStyle.NoPen)
            if row.protected and w > 8:  # a dark red corner: protected identity
                p.fillRect(QRectF(rect.right() - 6, rect.top(), 6, 6), PROTECTED_MARK)
            if w < 24 or h < min_height:
                continue
            p.setPen(TEXT)
            inner = rect.adjusted(6, 1, -3, -1)
            start = local(row.starts_at)
            head = f"{formatting.time_text(start)} " + row.title
            if row.held:
                head = "✓ " + head
            p.setFont(bold)
            lines = max(1, int(inner.height() // line))
            p.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                bold_metrics.elidedText(head, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            if lines > 1:
                p.setFont(font)
                extra = [
                    t for t in (row.place, ", ".join(row.staff_names + row.resource_names)) if t
                ]
                for n, text in enumerate(extra[: lines - 1], start=1):
                    p.drawText(
                        QRectF(inner.left(), inner.top() + n * line, inner.width(), line),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                        metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
                    )
            p.setPen(Qt.PenStyle.NoPen)
        if self._proposal is not None:
            key, day, start, end = self._proposal
            row = next((r for r in self.rows if r.key == key), None)
            if row is not None:
                seg = Segment(row, day, start, end)
                rect = self.segment_rect(seg)
                rect.setLeft(GUTTER + day * self.column_width() + 2)
                rect.setWidth(self.column_width() - 6)
                fill, edge = event_colours(row.kind)
                p.fillRect(rect, fill)
                p.setPen(QPen(edge, 2, Qt.PenStyle.DashLine))
                p.drawRect(rect)
                p.setPen(TEXT)
                p.setFont(bold)
                text = f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}"
                p.drawText(rect.adjusted(6, 2, -2, -2), Qt.AlignmentFlag.AlignLeft, text)

    # --- mouse -----------------------------------------------------------------------------
    def _snap(self, minute: float) -> int:
        return int(round(minute / SNAP_MINUTES) * SNAP_MINUTES)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        seg = self.segment_at(pos)
        if seg is not None:
            self.selected_key = seg.row.key
            self.slot = None
            rect = self.segment_rect(seg)
            if seg.row.editable:
                full = self._full_minutes(seg.row)
                mode = "resize" if pos.y() >= rect.bottom() - EDGE else "move"
                self._drag = {
                    "row": seg.row,
                    "mode": mode,
                    "press": pos,
                    "grab_minute": self.minute_at(pos.y()) - seg.start_min,
                    "seg_day": seg.day,
                    "start": full[0],
                    "end": full[1],
                    "moved": False,
                }
            self.selectionChanged.emit()
            self.update()
            return
        day = self.day_at(pos.x())
        if 0 <= day < len(self.days):
            minute = (self.minute_at(pos.y()) // SNAP_MINUTES) * SNAP_MINUTES
            self.select_slot(day, minute)

    def _full_minutes(self, row: EventRow) -> tuple[int, int]:
        """Start and end of the whole row in minutes relative to the first segment's day."""
        first = next(s for s in self.segments if s.row.key == row.key)
        day = self.days[first.day]
        return minutes_of(row.starts_at, day), minutes_of(row.ends_at, day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            seg = self.segment_at(pos)
            if seg is not None and seg.row.editable:
                at_edge = pos.y() >= self.segment_rect(seg).bottom() - EDGE
                self.setCursor(
                    Qt.CursorShape.SizeVerCursor if at_edge else Qt.CursorShape.OpenHandCursor
                )
            else:
                self.unsetCursor()
            return
        if (pos - drag["press"]).manhattanLength() < 4 and not drag["moved"]:
            return
        drag["moved"] = True
        length = drag["end"] - drag["start"]
        if drag["mode"] == "move":
            day = max(0, min(self.day_at(pos.x()), len(self.days) - 1))
            start = self._snap(self.minute_at(pos.y()) - drag["grab_minute"])
            start = max(0, min(start, DAY_MINUTES - SNAP_MINUTES))
            end = start + length
        else:
            day = drag["seg_day"]
            start = drag["start"]
            end = max(start + SNAP_MINUTES, self._snap(self.minute_at(pos.y())))
        self._proposal = (drag["row"].key, day, start, min(end, DAY_MINUTES * 2))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        drag, self._drag = self._drag, None
        if drag is None or not drag["moved"] or self._proposal is None:
            self._proposal = None
            self.update()
            return
        _, day, start, end = self._proposal
        base = datetime.combine(self.days[day], time())
        if drag["mode"] == "resize":
            base = datetime.combine(self.days[drag["seg_day"]], time())
        new_start = from_local(base + timedelta(minutes=start))
        new_end = from_local(base + timedelta(minutes=end))
        row = drag["row"]
        if new_start == row.starts_at and new_end == row.ends_at:
            self._proposal = None
            self.update()
            return
        self.update()
        self.moveRequested.emit(row, new_start, new_end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()

    def cancel_proposal(self) -> None:
        self._proposal = None
        self.update()

    # --- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            self.selected_key is not None or self.slot is not None
        ):
            self.activated.emit()
            return
        if key == Qt.Key.Key_Delete and self.selected_key is not None:
            self.deleteRequested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            if self.slot is None:
                row = self.selected_row()
                if row is not None:
                    seg = next(s for s in self.segments if s.row.key == row.key)
                    self.slot = (seg.day, (seg.start_min // SNAP_MINUTES) * SNAP_MINUTES)
                else:
                    self.slot = (self._today_index(), 8 * 60)
            day, minute = self.slot
            if key == Qt.Key.Key_Up:
                minute -= SNAP_MINUTES
            elif key == Qt.Key.Key_Down:
                minute += SNAP_MINUTES
            elif key == Qt.Key.Key_Left:
                day -= 1
            else:
                day += 1
            self.select_slot(day, minute)
            self._ensure_visible(self.slot[1])
            return
        if key == Qt.Key.Key_Tab and self.segments and not event.modifiers():
            ordered = sorted(self.segments, key=lambda s: (s.day, s.start_min, s.lane))
            keys = [s.row.key for s in ordered]
            i = keys.index(self.selected_key) + 1 if self.selected_key in keys else 0
            if i < len(keys):
                self.selected_key = keys[i]
                self.slot = None
                self._ensure_visible(ordered[i].start_min)
                self.selectionChanged.emit()
                self.update()
                return
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.cancel_proposal()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt), A002
        """Tab walks the events shown (keyPressEvent); after the last one it leaves the grid,
        so the keyboard is never trapped."""
        if next and self.segments:
            keys = [s.row.key for s in sorted(self.segments, key=lambda s: (s.day, s.start_min))]
            if self.selected_key not in keys or keys.index(self.selected_key) < len(keys) - 1:
                return False
        return super().focusNextPrevChild(next)

    def _today_index(self) -> int:
        return self.days.index(self.today) if self.today in self.days else 0

    def _ensure_visible(self, minute: int) -> None:
        scroll = self.parent().parent() if self.parent() else None
        if isinstance(scroll, QScrollArea):
            scroll.ensureVisible(GUTTER, int(self.y_of(minute)), 0, HOUR_HEIGHT)

    def event(self, e) -> bool:
        if e.type() == e.Type.ToolTip:
            seg = self.segment_at(e.pos())
            if seg is not None:
                QToolTip.showText(e.globalPos(), tooltip_for(seg.row), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)


def spoken_text(row: EventRow) -> str:
    """One event as one line of text: day, time and the tooltip's facts."""
    a = local(row.starts_at)
    day = f"{formatting.weekday_short(a)} {formatting.day_month(a)}"
    return f"{day}, " + ", ".join(tooltip_for(row).splitlines())


def tooltip_for(row: EventRow) -> str:
    a, b = local(row.starts_at), local(row.ends_at)
    lines = [row.title, f"{formatting.time_text(a)}–{formatting.time_text(b)}"]
    if row.place:
        lines.append(row.place)
    if row.staff_names or row.resource_names:
        lines.append(", ".join(row.staff_names + row.resource_names))
    if row.recurring:
        lines.append(_tr("Återkommande"))
    if row.held:
        lines.append(_tr("Genomförd"))
    if row.protected:
        lines.append(_tr("Skyddade personuppgifter"))
    if not row.editable:
        lines.append(_tr("Planeras på sidan Transporter"))
    return "\n".join(lines)


class DayHeader(QWidget):
    """Day names, dates and holiday names above the grid columns."""

    def __init__(self, canvas: TimeGridCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setFixedHeight(46)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        p.fillRect(self.rect(), HEADER_BG)
        days = self.canvas.days
        if not days:
            return
        cw = self.canvas.column_width()
        font = QFont(self.font())
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        for i, day in enumerate(days):
            x = GUTTER + i * cw
            rect = QRectF(x, 0, cw, self.height())
            if day.weekday() >= 5 or day in self.canvas.holidays:
                p.fillRect(rect, WEEKEND_BG)
            if day == self.canvas.today:
                p.fillRect(rect, TODAY_BG)
                p.fillRect(QRectF(x, self.height() - 4, cw, 4), TODAY_MARK)
            p.setPen(QColor("#1a1a1a"))
            p.setFont(bold)
            text = f"{weekday_short(day)} {day.day}/{day.month}"
            p.drawText(rect.adjusted(4, 4, -4, -22), Qt.AlignmentFlag.AlignHCenter, text)
            name = self.canvas.holidays.get(day)
            if name:
                p.setFont(small)
                p.setPen(HOLIDAY_TEXT)
                metrics = QFontMetrics(small)
                p.drawText(
                    rect.adjusted(2, 24, -2, -2),
                    Qt.AlignmentFlag.AlignHCenter,
                    metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(cw - 4)),
                )
            p.setPen(QPen(GRID_LINE, 1))
            p.drawLine(int(x), 0, int(x), self.height())
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.end()


class TimeGridView(QWidget):
    """Header + scrollable canvas for the day and week views."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = TimeGridCanvas()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.header = DayHeader(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll, 1)
        self.canvas.selectionChanged.connect(self.header.update)
        self.scroll.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == event.Type.Resize:
            self.header.update()
        return False

    def set_days(self, days: list[date], holidays: dict[date, str]) -> None:
        self.canvas.holidays = holidays
        self.canvas.set_days(days)
        self.header.update()

    def set_rows(self, rows: list[EventRow]) -> None:
        self.canvas.set_rows(rows)

    def scroll_to_hour(self, hour: int) -> None:
        self.scroll.verticalScrollBar().setValue(max(0, int(hour * HOUR_HEIGHT) - 12))
