"""Calendar events: the input a dialog sends, the rows the views show, kinds and limits.

No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from app.models.enums import (
    Channel,
    EventKind,
    PartyRole,
    ResourceKind,
    TalkKind,
)
from app.services.core.pickers import StaffChoice  # noqa: F401  (re-exported)
from app.services.scheduling.recurrence import (
    Recurrence,
)
from app.vocabulary import labels as vocabulary

RECORD_TYPE = "calendar_event"
MAX_TITLE = 200
MAX_PLACE = 200
MAX_NOTES = 10_000
MAX_REASON = 2_000
MIN_DURATION = timedelta(minutes=5)
SNAP = timedelta(minutes=15)
# Recurring series are checked for clashes and meetings this far ahead (and at most this many
# occurrences); later occurrences are checked when they are edited.
SERIES_CHECK_HORIZON = timedelta(days=366)
SERIES_CHECK_MAX = 400

# The kinds' and purposes' labels (defined once, in app.vocabulary.labels).
KIND_TEXT = vocabulary.EVENT_KIND
_PURPOSE_TEXT = vocabulary.TRANSPORT_PURPOSE

# A held event becomes a contact with this channel and these talk kinds (the user may change the
# talk kinds before saving). Kinds without a channel are not contacts (briefings, RVT meetings).
HELD_AS_CONTACT: dict[EventKind, tuple[Channel, frozenset[TalkKind]]] = {
    EventKind.ARREST_TALK: (Channel.ARREST_TALK, frozenset({TalkKind.SUPPORT_VIOLENCE})),
    EventKind.RELEASE_TALK: (Channel.RELEASE_TALK, frozenset({TalkKind.SUPPORT_VIOLENCE})),
    EventKind.HOME_VISIT: (Channel.HOME_VISIT, frozenset({TalkKind.CHECK_IN})),
    EventKind.INTERVIEW_SUPPORT: (Channel.ACCOMPANIMENT, frozenset({TalkKind.INVESTIGATION})),
    EventKind.COURT_SUPPORT: (Channel.ACCOMPANIMENT, frozenset()),
    EventKind.FOLLOW_UP_CALL: (Channel.PHONE, frozenset({TalkKind.CHECK_IN})),
    EventKind.ROOM_BOOKING: (Channel.MEETING, frozenset()),
    EventKind.MEETING: (Channel.MEETING, frozenset()),
    EventKind.OTHER: (Channel.MEETING, frozenset()),
}
# Kinds whose default party is the suspect (the others: the victim).
SUSPECT_KINDS = frozenset({EventKind.ARREST_TALK, EventKind.RELEASE_TALK})
# Event kinds planned from the transport board, not in the event dialog.
NOT_IN_DIALOG = frozenset({EventKind.TRANSPORT})


def kind_label(kind: EventKind) -> str:
    return vocabulary.label(EventKind(kind))


# --- input and rows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class EventInput:
    """What the event dialog (or an import) saves. Times are aware (any zone) or naive UTC."""

    kind: EventKind
    starts_at: datetime
    ends_at: datetime
    title: str = ""  # empty: the kind's name (and the case number)
    place: str | None = None
    case_id: int | None = None
    party_ids: tuple[int, ...] = ()
    staff_ids: tuple[int, ...] = ()
    resource_ids: tuple[int, ...] = ()
    notes: str | None = None
    recurrence: Recurrence | None = None
    meeting_reason: str | None = None  # the answer to the victim/suspect meeting warning
    rule_reason: str | None = None  # the reason when the contact rule is not clear


class EventRow(NamedTuple):
    """One thing in a calendar view: an event, one occurrence of a series, or a transport.

    `id` is the event id (the series' id for an occurrence; the transport id when source is
    "transport"); `occurrence` is the original start of a series occurrence (pass it back to
    edit only that occurrence), None otherwise. `version` is what an edit must carry.
    Immutable (a NamedTuple: a week of the whole team is thousands of rows, built fast).
    """

    source: str  # "event" or "transport"
    id: int
    occurrence: datetime | None
    kind: EventKind
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str | None
    case_id: int | None
    case_number: str | None
    staff_ids: tuple[int, ...]
    staff_names: tuple[str, ...]
    resource_ids: tuple[int, ...]
    resource_names: tuple[str, ...]
    recurring: bool
    held: bool
    protected: bool  # concerns a person with protected identity
    version: int

    @property
    def editable(self) -> bool:
        return self.source == "event"

    @property
    def key(self) -> tuple:
        return (self.source, self.id, self.occurrence)


@dataclass(frozen=True)
class EventDetail:
    id: int
    version: int
    kind: EventKind
    title: str
    starts_at: datetime  # of the occurrence asked for (or the series' first)
    ends_at: datetime
    place: str | None
    case_id: int | None
    case_number: str | None
    party_ids: tuple[int, ...]
    staff_ids: tuple[int, ...]
    resource_ids: tuple[int, ...]
    notes: str | None
    rrule: str | None
    recur_until: datetime | None
    series_start: datetime
    series_id: int | None
    occurrence: datetime | None
    held: bool
    contact_id: int | None
    risk_override_reason: str | None
    rule_override_reason: str | None
    protected: bool
    # Title, place and notes are placeholders: the actor lacks need to know (protection.py).
    withheld: bool = False


@dataclass(frozen=True)
class ResourceChoice:
    id: int
    kind: ResourceKind
    name: str
    site: str | None


@dataclass(frozen=True)
class PartyChoice:
    id: int
    role: PartyRole
    name: str
    protected: bool


@dataclass(frozen=True)
class HeldDefaults:
    channel: Channel | None
    talk_kinds: frozenset[TalkKind]
    party_id: int | None
    parties: tuple[PartyChoice, ...] = field(default_factory=tuple)
    needs_case: bool = False
