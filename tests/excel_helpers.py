"""Build the team's Excel workbook for tests, with openpyxl, row by row."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from app.services.excel.sheet import COLUMNS

CASE_HEAD = list(COLUMNS["Ärenden"])
PEOPLE_HEAD = list(COLUMNS["Personer"])
CONTACT_HEAD = list(COLUMNS["Kontakter"])
NO_TALK = [0, 0, 0, 0, 0, 0, 0]


def workbook(
    cases: list[list],
    people: list[list],
    contacts: list[list],
    *,
    heads: dict[str, list] | None = None,
    skip: tuple[str, ...] = (),
) -> openpyxl.Workbook:
    heads = heads or {}
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, head, rows in (
        ("Ärenden", CASE_HEAD, cases),
        ("Personer", PEOPLE_HEAD, people),
        ("Kontakter", CONTACT_HEAD, contacts),
    ):
        if name in skip:
            continue
        ws = wb.create_sheet(name)
        ws.append(heads.get(name, head))
        for row in rows:
            ws.append(row)
    return wb


def save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def contact(ref, role, day, kind="Digital", by="Polis", talks=None) -> list:
    return [ref, role, day, kind, by, *(talks if talks is not None else NO_TALK)]


def good_workbook() -> openpyxl.Workbook:
    """Three cases, five people, eight contacts of both agencies (known answers)."""
    return workbook(
        cases=[
            ["IG-1", "Tips polis", "Ja", datetime(2026, 1, 5), "Södermalm"],
            ["IG-2", "BINR", "Nej", "2026-02-01", "Farsta"],
            ["IG-3", "Egen identifiering", "Nej", date(2026, 3, 1), None],
        ],
        people=[
            ["IG-1", "Våldsutsatt", 1985, "Ja", "Nej"],
            ["IG-1", "Våldsutövare", 1980, "Nej", "Redan aktuell"],
            ["IG-2", "Våldsutsatt", 1990, "Redan aktuell", "Ja"],
            ["IG-2", "Våldsutövare", None, "Nej", "Nej"],
            ["IG-3", "Våldsutövare", 1975, "Nej", "Ja"],
        ],
        contacts=[
            contact("IG-1", "Våldsutsatt", "2026-01-06", "Digital", "Polis", [1, 0, 0, 0, 1, 0, 0]),
            contact("IG-1", "Våldsutsatt", "2026-01-06", "Digital", "Polis", [1, 0, 0, 0, 1, 0, 0]),
            contact("IG-1", "Våldsutsatt", datetime(2026, 1, 9), "Fysisk", "Socialtjänst"),
            contact("IG-1", "Våldsutövare", "2026-01-10", "Misslyckat försök", "Polis"),
            contact(
                "IG-1", "Våldsutövare", "2026-01-11", "Fysisk", "Socialtjänst", [0, 1] + [0] * 5
            ),
            contact(
                "IG-2", "Våldsutsatt", "2026-02-02", "Digital", "Socialtjänst", [0] * 5 + [1, 1]
            ),
            contact("IG-2", "Våldsutövare", "2026-02-20", "Digital", "Polis"),
            contact("IG-3", "Våldsutövare", "2026-03-02", "Fysisk", "Polis", [0, 0, 1, 1, 0, 0, 0]),
        ],
    )
