"""Enum members of different vocabularies that share a value ("none", "open", "other" ...) are
equal as dict keys; each must still get its own label."""

from __future__ import annotations

import collections
import enum

from app.models import enums as e
from app.ui import labels


def _shared_values() -> dict[str, list[enum.Enum]]:
    seen = collections.defaultdict(list)
    for obj in vars(e).values():
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj.__module__ == e.__name__:
            for member in obj:
                seen[member.value].append(member)
    return {v: ms for v, ms in seen.items() if len(ms) > 1}


def test_every_shared_value_has_a_label_per_enum():
    missing = [
        m
        for members in _shared_values().values()
        for m in members
        if (type(m), m.value) not in labels._TYPED
    ]
    assert missing == []


def test_colliding_members_get_their_own_labels():
    assert labels.label(e.Custody.NONE) == "Inte frihetsberövad"
    assert labels.label(e.Protection.NONE) == "Ingen"
    assert labels.label(e.ContactBan.NONE) == "Inget kontaktförbud"
    assert labels.label(e.CaseStatus.OPEN) == "Öppet"
    assert labels.label(e.Investigation.OPEN) == "Förundersökning pågår"
    assert labels.label(e.Relation.OTHER) == "Annan relation"
    assert labels.label(e.ReferralTarget.RVT) == "RVT (relationsvåldsteamet)"
    assert labels.label(e.CaseSource.RVT) == "RVT"
