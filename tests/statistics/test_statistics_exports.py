"""`igor-desk stats`, the .xlsx / PDF / anonymised exports: the same numbers, no content, no
formulas, every export audited without personal data."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, update

from app.cli import main
from app.models import AuditEntry, StaffMember
from app.models.enums import PartyRole
from app.services.statistics import export as statistics_export
from app.services.statistics import figures as statistics
from tests import statistics_world as world

NAMES = ("Vera", "Sven", "Statistiksson")


@pytest.fixture
def built(db, staff):
    return world.build(db, staff)


def _url(db) -> str:
    if db.kind == "sqlite":
        return str(db.target.path)
    return db.engine.url.render_as_string(hide_password=False)


def _xlsx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))


def _exports(db, actor):
    result = statistics.compute(db, actor, world.FROM, world.TO)
    return result, {
        "xlsx": statistics_export.export_xlsx(db, actor, result),
        "pdf": statistics_export.export_pdf(db, actor, result),
        "anonymised": statistics_export.export_anonymised(db, actor, result),
    }


def test_cli_prints_exactly_the_contract(db, staff, built, monkeypatch, capsys):
    monkeypatch.setenv("IGOR_OS_USER", "analys1")  # the analyst signs in on the command line
    code = main(["stats", "--from", "2026-01-01", "--to", "2026-03-31", "--json", "--db", _url(db)])
    assert code == 0
    out = capsys.readouterr().out
    world.assert_json_close(json.loads(out), world.expected_json())
    assert world.NOTE_SECRET not in out


def test_cli_without_json_prints_the_tables_in_swedish(db, staff, built, monkeypatch, capsys):
    monkeypatch.setenv("IGOR_OS_USER", "polis1")
    assert main(["stats", "--from", "2026-01-01", "--to", "2026-03-31", "--db", _url(db)]) == 0
    out = capsys.readouterr().out
    assert "Specifika kontakter" in out and "Våldsutsatta (N = 4)" in out
    assert "Antal ärenden" in out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2026-13-01", "--to", "2026-12-31"], ["--from", "ÅÅÅÅ-MM-DD"]),
        (["--from", "2026-01-01", "--to", "igår"], ["--to", "giltigt datum"]),
        (["--from", "2026-05-01", "--to", "2026-04-30"], ["Till", "före"]),
    ],
)
def test_cli_refuses_bad_dates_with_a_swedish_message(db, staff, args, words, capsys, monkeypatch):
    monkeypatch.setenv("IGOR_OS_USER", "polis1")
    assert main(["stats", *args, "--json", "--db", _url(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for word in words:
        assert word in captured.err


def test_cli_refuses_an_unknown_os_user(db, staff, monkeypatch, capsys):
    monkeypatch.setenv("IGOR_OS_USER", "okand")
    assert main(["stats", "--from", "2026-01-01", "--to", "2026-01-31", "--db", _url(db)]) == 2
    assert "ingen profil" in capsys.readouterr().err


def test_xlsx_has_one_sheet_per_table_with_real_numbers(db, staff, built):
    result = statistics.compute(db, staff.police, world.FROM, world.TO)
    wb = load_workbook(io.BytesIO(statistics_export.tables_xlsx(result)))
    assert wb.sheetnames == [
        "Ärenden",
        "Personer",
        "Tabell 2–3 Samtal",
        "Tabell 4 RVC",
        "Per medarbetare",
        "Per månad",
    ]
    cases = {r[0]: r[1] for r in wb["Ärenden"].iter_rows(min_row=5, values_only=True) if r[0]}
    assert cases["Antal ärenden"] == 5
    assert cases["Andel ärenden med barn"] == pytest.approx(0.4)
    talks = wb["Tabell 2–3 Samtal"]
    header = [c.value for c in talks[4]]
    assert header[1:4] == [
        "Våldsutsatta (N = 4)\nVariation",
        "Våldsutsatta (N = 4)\nMedian",
        "Våldsutsatta (N = 4)\nAndel som fått samtal",
    ]
    first = [c.value for c in talks[5]]
    assert first[0] == "Motivera till att söka stödinsats för våld"
    assert first[1:4] == ["0–2", 0, 0.25]
    assert talks.cell(5, 4).number_format == "0.0%"


def test_exported_cells_are_never_formulas(db, staff, built):
    """A staff name (the only free text in the tables) that looks like a formula stays text."""
    evil = '=HYPERLINK("http://x","klick")'
    with db.write(system=True) as s:
        s.execute(
            update(StaffMember)
            .where(StaffMember.id == staff.police.staff_id)
            .values(full_name=evil)
        )
    for prefix in ("+", "-", "@"):
        with db.write(system=True) as s:
            s.add(StaffMember(full_name=f"{prefix}1+1", agency="social", os_account=f"x{prefix}"))
    result = statistics.compute(db, staff.analyst, world.FROM, world.TO)
    data = statistics_export.tables_xlsx(result)
    wb = load_workbook(io.BytesIO(data))
    ws = wb["Per medarbetare"]
    names = [r[0] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]]
    assert "'" + evil in names
    for row in wb.worksheets[0].parent.worksheets:
        for cells in row.iter_rows():
            for cell in cells:
                assert cell.data_type != "f", (row.title, cell.coordinate, cell.value)
    assert "<f>" not in _xlsx_text(data)


def test_pdf_report_has_the_tables_charts_and_page_numbers(db, staff, built):
    result = statistics.compute(db, staff.social, world.FROM, world.TO)
    pdf = statistics_export.report_pdf(
        result, statistics_export.team_settings.letterhead(db, staff.social, staff.social.agency)
    )
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "IGOR i siffror" in text
    assert "Period 2026-01-01 – 2026-03-31" in text
    assert "Motivera till att söka stödinsats för våld" in text
    assert "Interaktioner per månad" in text and "feb 2026" in text  # the chart's axis
    assert "Tips från polisen" in text
    assert f"Sida 1 av {len(reader.pages)}" in text
    fonts = {
        str(f.get_object()["/BaseFont"])
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert all("DejaVu" in f for f in fonts), fonts


def test_no_content_or_names_leave_in_any_export_and_each_is_audited(db, staff, built):
    result, files = _exports(db, staff.lead)
    texts = {
        "xlsx": _xlsx_text(files["xlsx"]),
        "anonymised": _xlsx_text(files["anonymised"]),
        "pdf": "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(files["pdf"])).pages),
        "json": json.dumps(result.to_json(), ensure_ascii=False),
    }
    for kind, text in texts.items():
        assert world.NOTE_SECRET not in text, kind
        assert "IGOR, stödsamtal" not in text, kind  # held_as
        assert "IGOR-STAT-" not in text, kind  # case numbers
        for name in NAMES:
            assert name not in text, (kind, name)
    with db.read(system=True) as s:
        entries = (
            s.execute(
                select(AuditEntry).where(AuditEntry.action == "exported").order_by(AuditEntry.id)
            )
            .scalars()
            .all()
        )
    assert [json.loads(e.details)["format"] for e in entries] == ["xlsx", "pdf", "anonymised_xlsx"]
    assert all(e.staff_id == staff.lead.staff_id and e.record_type == "statistics" for e in entries)
    assert json.loads(entries[-1].details) == {
        "format": "anonymised_xlsx",
        "from": "2026-01-01",
        "to": "2026-03-31",
        "cases": 5,
        "rows": 7,
    }


def test_anonymised_export_one_row_per_person_and_small_groups_suppressed(db, staff, built):
    result = statistics.compute(db, staff.analyst, world.FROM, world.TO)
    people = statistics.anonymised_rows(db, staff.analyst, world.FROM, world.TO)
    assert len(people) == 7
    victims = [p for p in people if p.role is PartyRole.VICTIM]
    assert sorted(p.birth_year for p in victims) == [1971, 1980, 1985, 1990]
    assert sorted((p.interactions, p.digital, p.failed) for p in victims) == [
        (0, 0, 0),
        (0, 0, 1),
        (2, 1, 0),
        (2, 1, 1),
    ]
    assert sorted(str(p.violence_stopped) for p in victims) == ["False", "None", "None", "True"]
    wb = load_workbook(io.BytesIO(statistics_export.anonymised_xlsx(result, people)))
    assert wb.sheetnames == ["Om filen", "Personer", "Sammanställning"]
    rows = list(wb["Personer"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Roll", "Födelseår", "Interaktioner")
    assert len(rows) == 1 + 7
    summary = {
        (r[0], r[1]): r[2] for r in wb["Sammanställning"].iter_rows(min_row=2, values_only=True)
    }
    # 4 victims and 3 suspects: small groups; all 7 together are shown.
    assert summary[("Våldsutsatta", "Antal personer")] == "färre än 5"
    assert summary[("Våldsutsatta", "Födelseår, median")] == "färre än 5"
    assert summary[("Samtliga rader", "Antal personer")] == 7
    assert summary[("Samtliga rader", "Interaktioner per person, medelvärde")] == pytest.approx(
        6 / 7
    )
    # 2 of 7 started at RVC: the part is a small group, so the share is suppressed too.
    assert summary[("Samtliga rader", "Andel som påbörjat kontakt på RVC")] == "färre än 5"
    # Nobody got an investigation talk: 0 of 7 is not a small group.
    key = ("Samtliga rader", "Andel som fått samtal: Motivera till att delta i förundersökning")
    assert summary[key] == 0.0
    assert summary[("Samtliga rader", "Födda 1980-talet (antal)")] == "färre än 5"


def test_per_person_export_is_for_the_lead_and_the_analyst_only(db, staff, built):
    from app.errors import AccessDenied

    result = statistics.compute(db, staff.police, world.FROM, world.TO)
    for actor in (staff.police, staff.social):
        with pytest.raises(AccessDenied) as err:
            statistics_export.export_anonymised(db, actor, result)
        assert "analytiker" in err.value.message()
    with db.read(system=True) as s:
        assert not s.execute(select(AuditEntry).where(AuditEntry.action == "exported")).first()
    assert statistics_export.export_anonymised(db, staff.analyst, result)
