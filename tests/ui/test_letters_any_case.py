"""Letters for any case: the Brev page's case picker searches like the quick search, so a case
beyond the newest 200 (an old open case with an overdue reassessment) gets its referral."""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert

from app.models import Case
from app.models.enums import CaseSource
from app.services.cases import letters
from app.ui.context import AppContext
from app.ui.letters.page import LettersPage
from tests.factories import make_case


def _many_newer_cases(db, n: int) -> None:
    with db.write(system=True) as s:
        s.execute(
            insert(Case),
            [
                {
                    "case_number": f"IGOR-2026-{i:04d}",
                    "source": CaseSource.POLICE_TIP,
                    "opened_on": date(2026, 2, 1),
                }
                for i in range(2, n + 2)
            ],
        )


def test_a_case_beyond_the_newest_200_is_found_by_name_and_number(qtbot, db, staff):
    old = make_case(db, number="IGOR-2025-0042", victim=("Jelena", "Kovačević", None))
    _many_newer_cases(db, 210)
    assert old not in {c.id for c in letters.case_choices(db, staff.social)}  # the 200 newest
    assert [c.id for c in letters.case_choices(db, staff.social, "kovacevic")] == [old]
    assert [c.id for c in letters.case_choices(db, staff.social, "2025-0042")] == [old]
    page = LettersPage(AppContext(db, staff.social))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.case_search, "kovacevic")
    qtbot.waitUntil(lambda: page.case_combo.count() == 1, timeout=3000)
    assert page.case_combo.currentData() == old
