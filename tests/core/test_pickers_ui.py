"""The one widget per picker (app.ui.pickers)."""

from __future__ import annotations

from app.models.enums import Agency, CaseStatus, PartyRole
from app.services.core.pickers import CaseChoice, StaffChoice
from app.ui.pickers import CaseCombo, StaffCombo

STAFF = [
    StaffChoice(1, "Göran Gruppchef", Agency.POLICE),
    StaffChoice(2, "Petra Polis", Agency.POLICE),
    StaffChoice(3, "Sara Socionom", Agency.SOCIAL),
]


def _items(combo):
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_staff_combo_special_entries_agency_exclusion_and_current(qtbot):
    combo = StaffCombo()
    qtbot.addWidget(combo)
    seen = []
    combo.currentIndexChanged.connect(seen.append)
    combo.fill(
        STAFF, before=[("Min kalender", "mine")], exclude=[2], after=[("Hela teamet", "team")]
    )
    assert _items(combo) == [
        ("Min kalender", "mine"),
        ("Göran Gruppchef", 1),
        ("Sara Socionom", 3),
        ("Hela teamet", "team"),
    ]
    assert seen == []  # filling is not a user's choice
    combo.fill(STAFF, before=[("Ingen", None)], agency=Agency.POLICE, current=2)
    assert _items(combo) == [("Ingen", None), ("Göran Gruppchef", 1), ("Petra Polis", 2)]
    assert combo.staff_id() == 2
    assert not combo.select(3) and combo.staff_id() == 2
    combo.fill(STAFF, current=99)
    assert combo.currentIndex() == 0 and set(combo.choices) == {1, 2, 3}


def test_case_combo_keeps_what_is_typed_and_knows_the_choices(qtbot):
    combo = CaseCombo(searchable=True)
    qtbot.addWidget(combo)
    choices = [
        CaseChoice(7, "IGOR-2026-0007", CaseStatus.OPEN, False, (PartyRole.VICTIM,), "070-1"),
        CaseChoice(3, "IGOR-2026-0003", CaseStatus.OPEN, True, (), ""),
    ]
    combo.setEditText("igor-2026-0003")
    combo.fill(choices)
    assert combo.currentText() == "igor-2026-0003"
    assert combo.select_typed() and combo.case_id() == 3
    assert combo.choice().has_children and combo.choice(7).victim_phone == "070-1"
    combo.setEditText("IGOR-2026")
    assert not combo.select_typed()
    plain = CaseCombo()
    qtbot.addWidget(plain)
    plain.fill(choices)
    assert not plain.isEditable() and plain.case_id() == 7
