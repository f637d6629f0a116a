"""`igor-desk import-excel` and `igor-desk excel-template` as the signed-in OS user."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import Case, Contact
from tests.excel_helpers import contact, good_workbook, save


@pytest.fixture
def local(db, staff, monkeypatch):
    if db.kind != "sqlite":
        pytest.skip("the commands are exercised on the local file")
    monkeypatch.setenv("IGOR_OS_USER", "chef1")  # the lead
    return str(db.target.path)


def _count(db, model) -> int:
    with db.read(system=True) as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_problems_one_per_line_exit_1_nothing_imported(db, local, tmp_path, capsys):
    wb = good_workbook()
    wb["Kontakter"].append(contact("IG-1", "Våldsutsatt", "2026-01-12", "Fysik"))
    wb["Kontakter"].append(contact("IG-1", "Våldsutsatt", "2026-01-12", "Digital", "Kommunen"))
    path = save(wb, tmp_path / "fel.xlsx")
    assert main(["import-excel", str(path), "--db", local]) == 1
    err = capsys.readouterr().err.splitlines()
    problems = [line for line in err if line.startswith("Kontakter, rad")]
    assert problems[0].startswith('Kontakter, rad 10, kolumn Typ: okänt värde "Fysik"; tillåtna')
    assert problems[1].startswith("Kontakter, rad 11, kolumn Utförd av: okänt värde")
    assert "Arbetsboken har 2 fel. Ingenting har importerats." in err
    assert _count(db, Case) == 0 and _count(db, Contact) == 0


def test_dry_run_then_import_then_again(db, local, tmp_path, capsys):
    path = save(good_workbook(), tmp_path / "bra.xlsx")
    assert main(["import-excel", str(path), "--dry-run", "--db", local]) == 0
    out = capsys.readouterr().out
    assert "Kontrollen hittade inga fel" in out and "Kontakter: 8 nya, 0 finns redan" in out
    assert "ärendenummer" not in out  # a check reserves none
    assert _count(db, Case) == 0
    assert main(["import-excel", str(path), "--db", local]) == 0
    assert "Kontakter: 8 nya, 0 fanns redan" in capsys.readouterr().out
    assert main(["import-excel", str(path), "--db", local]) == 0
    assert "Kontakter: 0 nya, 8 fanns redan" in capsys.readouterr().out
    assert _count(db, Case) == 3 and _count(db, Contact) == 8


def test_analyst_and_unreadable_file_exit_2(db, local, tmp_path, capsys, monkeypatch):
    path = save(good_workbook(), tmp_path / "bra.xlsx")
    monkeypatch.setenv("IGOR_OS_USER", "analys1")
    assert main(["import-excel", str(path), "--db", local]) == 2
    assert "analytiker" in capsys.readouterr().err
    monkeypatch.setenv("IGOR_OS_USER", "chef1")
    bad = tmp_path / "inte.xlsx"
    bad.write_bytes(b"PK\x03\x04 trasig")
    assert main(["import-excel", str(bad), "--db", local]) == 2
    assert "Excel-arbetsbok" in capsys.readouterr().err
    assert _count(db, Case) == 0


def test_template_command(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["excel-template"]) == 0
    made = tmp_path / "igor-excel-mall.xlsx"
    assert openpyxl.load_workbook(made).sheetnames[:3] == ["Ärenden", "Personer", "Kontakter"]
    assert main(["excel-template"]) == 1  # does not overwrite without --force
    assert "finns redan" in capsys.readouterr().err
    assert main(["excel-template", str(made), "--force"]) == 0


def test_file_level_refusals_show_only_the_swedish_message(db, local, tmp_path, capsys):
    """Issue 15 item 9: the English log warning went to the command line before the message."""
    from app import logging_setup

    logging_setup.reset_logging()
    try:
        bomb = tmp_path / "bomb.xlsx"
        import zipfile

        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", "<x/>")
            z.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * (20 * 1024 * 1024) + "</a>")
        bad = tmp_path / "inte.xlsx"
        bad.write_bytes(b"PK\x03\x04 trasig")
        for path in (bomb, bad):
            assert main(["import-excel", str(path), "--db", local]) == 2
            err = capsys.readouterr().err.splitlines()
            assert len(err) == 1 and err[0].startswith("igor-desk: "), err
            assert "workbook" not in err[0] and "WARNING" not in err[0]
        log = (logging_setup.paths.log_dir() / logging_setup.LOG_FILE_NAME).read_text()
        assert "refused workbook" in log  # the English line is still logged, in the file
    finally:
        logging_setup.reset_logging()
