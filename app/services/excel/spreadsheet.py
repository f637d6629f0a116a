"""Safe spreadsheet I/O: formula-injection guard for exported cells and a hardened loader for
workbooks that come from outside (the team's Excel sheet, a file someone mailed).

Export (`safe_cell`, `safe_row`): a text cell that begins with `=`, `+`, `-` or `@` (or a tab /
carriage return, or the full-width forms of those signs, which some Excel locales accept) could be
run as a formula by a spreadsheet — on opening (openpyxl itself turns every string that begins
with `=` into a formula cell, data_type "f") or when someone edits the cell and presses Enter
(`+cmd|' /C calc'!A0`, `-2+3+cmd…`, `@SUM(…)`). `safe_cell` prefixes such text with an apostrophe,
as OWASP recommends for spreadsheet exports: the cell is written as plain text (data_type "s", no
`<f>` element in the sheet XML) and the apostrophe stays visible, so the reader also sees that the
value was neutralised. Numbers, dates, booleans and None pass unchanged (a number cell is never a
formula, and a negative number stays a number). A single character ("-" as a placeholder) cannot be
a formula and is left alone.

Import (`untrusted_workbook`, `load_untrusted_workbook`): openpyxl parses the workbook's XML with
`defusedxml` when that package is importable (it checks once, at import: `openpyxl.DEFUSEDXML`, which
the environment variable OPENPYXL_DEFUSEDXML=False turns off). defusedxml refuses DTDs with entity
declarations (billion laughs, external entities). The loader refuses to open anything when that
protection is not active, checks that the file is a ZIP of sensible size before openpyxl sees it
(a zip bomb would otherwise expand in memory), and opens in read-only mode (streamed rows, fast,
small memory) with cached values only (`data_only=True`: a formula in the file is never evaluated,
we read the value Excel stored) and without external links.

For reading values fast (the Excel import), `untrusted_sheets(source)` gives the sheet titles and
`rows(title)` per sheet: the same checks, the package/workbook/strings/styles read by openpyxl
through defusedxml, and the worksheets read by our own reader (see "fast rows" below) — a
100,000-row sheet in seconds instead of half a minute. `sheet_rows(wb, ws)` does the same for a
workbook opened with `untrusted_workbook`.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.errors import UserError

logger = logging.getLogger(__name__)

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

MAX_FILE_BYTES = 200 * 1024 * 1024  # the packed .xlsx
# All parts unpacked. A 100,000-row team sheet is ~30 MB; a 2.8 MB file that unpacked to 400 MB
# (ratio 143, under MAX_COMPRESSION_RATIO) took minutes and ~1 GB before this limit (issue 15).
MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
# The largest row count a worksheet may declare in its <dimension ref="A1:X…"/> (Excel's limit);
# a sheet declaring more is refused before any row is read.
MAX_DECLARED_ROWS = 1_048_576
MAX_DECLARED_COLUMNS = 16_384  # XFD
STREAM_CHUNK = 64 * 1024
MAX_COMPRESSION_RATIO = 200  # typical sheets pack 5-20x; zip bombs pack 1000x and more


class UnsafeWorkbookError(UserError):
    """The file is not a workbook we are willing to parse."""


def safe_cell(value: Any) -> Any:
    """The value to write into an exported cell so that no spreadsheet runs it as a formula."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_row(values: Iterable[Any]) -> list[Any]:
    """`safe_cell` applied to every value (for `worksheet.append`)."""
    return [safe_cell(v) for v in values]


def defused_xml_active() -> bool:
    """True when openpyxl parses XML through defusedxml (checked on the loaded functions, not
    only on the flag)."""
    import openpyxl
    from openpyxl.xml import functions

    return bool(openpyxl.DEFUSEDXML) and functions.iterparse.__module__.startswith("defusedxml")


def _as_stream(source: str | Path | IO[bytes]) -> IO[bytes]:
    """The workbook's bytes in memory (packed workbooks are small; no file handle to leak when
    parsing fails half-way)."""
    if not isinstance(source, str | Path):
        return source
    path = Path(source)
    if not path.is_file():
        raise UnsafeWorkbookError("Filen {path} finns inte.", path=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnsafeWorkbookError(
            "Filen är för stor ({size} MB). Största tillåtna storlek är {limit} MB.",
            size=path.stat().st_size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    try:
        return io.BytesIO(path.read_bytes())
    except OSError as exc:
        raise UnsafeWorkbookError("Filen {path} går inte att läsa.", path=str(path)) from exc


def _check_archive(stream: IO[bytes]) -> None:
    try:
        with zipfile.ZipFile(stream) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnsafeWorkbookError(
            "Filen är ingen Excel-arbetsbok (.xlsx). Spara bladet i Excel som "
            "”Excel-arbetsbok (*.xlsx)” och försök igen."
        ) from exc
    finally:
        stream.seek(0)
    # The sizes the archive declares (file_size), before anything is unpacked; reading a part
    # never unpacks more than its declared size (zipfile checks it), so a lying entry fails too.
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unpacked > MAX_UNCOMPRESSED_BYTES or (
        unpacked > 10 * 1024 * 1024 and unpacked / packed > MAX_COMPRESSION_RATIO
    ):
        logger.warning("refused workbook: %d bytes unpacked from %d", unpacked, packed)
        raise UnsafeWorkbookError(
            "Arbetsboken packas upp till orimligt mycket data och öppnas inte (skydd mot "
            "skadliga filer)."
        )


def load_untrusted_workbook(source: str | Path | IO[bytes]):
    """Open a workbook from outside, read-only with cached values. The caller must `close()` it;
    prefer `untrusted_workbook`."""
    from openpyxl import load_workbook

    if not defused_xml_active():
        raise UnsafeWorkbookError(
            "Skyddet mot skadliga Excel-filer (defusedxml) är inte aktivt, så filen öppnas inte. "
            "Installera om programmet."
        )
    stream = _as_stream(source)
    _check_archive(stream)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it drops (extensions, missing default style, …);
            # none of them matters for reading cell values.
            warnings.simplefilter("ignore", UserWarning)
            return load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # defusedxml's refusals and broken XML end here
        raise _unreadable(exc) from exc


def _from_defusedxml(exc: BaseException | None) -> bool:
    """True when defusedxml refused something (openpyxl wraps the error in a ValueError)."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _unreadable(exc: BaseException) -> UnsafeWorkbookError:
    if _from_defusedxml(exc):
        logger.warning("refused workbook: %s", type(exc).__name__)
        return UnsafeWorkbookError(
            "Arbetsboken innehåller XML-konstruktioner som kan vara skadliga (t.ex. "
            "entitetsdeklarationer) och öppnas inte."
        )
    logger.warning("unreadable workbook: %s", type(exc).__name__)
    return UnsafeWorkbookError(
        "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Den kan vara skadad."
    )


def read_rows(worksheet, *, max_rows: int | None = None) -> Iterator[tuple[Any, ...]]:
    """The rows of a read-only worksheet as tuples of values. Read-only sheets are parsed while
    they are iterated, so defusedxml's refusals (and broken XML) surface here; they become an
    UnsafeWorkbookError. More than `max_rows` rows raise one as well."""
    if hasattr(worksheet, "reset_dimensions"):
        # The stored dimension may be wrong (some writers never update it); read to the end.
        worksheet.reset_dimensions()
    rows = worksheet.iter_rows(values_only=True)
    count = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except UserError:
            raise
        except Exception as exc:
            raise _unreadable(exc) from exc
        count += 1
        if max_rows is not None and count > max_rows:
            raise UnsafeWorkbookError(
                "Bladet {sheet} har fler än {limit} rader.", sheet=worksheet.title, limit=max_rows
            )
        yield row


# --- fast rows -------------------------------------------------------------------------------
#
# openpyxl parses worksheets with defusedxml's pure-Python iterparse and builds a dict per cell:
# about 10,000 rows a second here, so a 100,000-row sheet took half a minute. `sheet_rows` reads
# a worksheet of a workbook opened by `load_untrusted_workbook` itself: it first runs the C expat
# parser over the part with handlers that refuse any DOCTYPE or entity declaration — the same
# refusal defusedxml makes — and without element handlers (so at C speed); a part without a DTD
# cannot declare entities or reference external ones. Only then is it parsed with the C
# ElementTree parser. Cell values follow openpyxl's read-only rules (shared and inline strings,
# numbers as int or float, dates by the workbook's date styles and epoch, booleans, errors as
# text). Workbooks, shared strings and styles are still read by openpyxl through defusedxml.

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _INLINE, _TEXT = (_NS + t for t in ("row", "c", "v", "is", "t"))
_COLUMN_CACHE: dict[str, int] = {}


def _refuse(*_args) -> None:
    raise UnsafeWorkbookError(
        "Arbetsboken innehåller XML-konstruktioner som kan vara skadliga (t.ex. "
        "entitetsdeklarationer) och öppnas inte."
    )


def _refuse_dtd(data: bytes) -> None:
    """Refuse a part with a DOCTYPE or entity declarations (C expat, no element handlers)."""
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as exc:
        raise UnsafeWorkbookError(
            "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Den kan vara skadad."
        ) from exc


_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=[\"']([A-Za-z]*)(\d*)(?::([A-Za-z]*)(\d*))?")


def _check_dimension(part: IO[bytes], title: str, max_rows: int | None) -> None:
    """Refuse a worksheet whose declared size (`<dimension ref="A1:B1048577"/>`, near the start
    of the part) is beyond the limits, before reading any row. A missing or odd dimension is
    not trusted either way: rows are still counted while they are read."""
    with part:
        try:
            head = part.read(64 * 1024)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise _unreadable(exc) from exc
    found = _DIMENSION.search(head)
    if found is None:
        return
    last_col = (found.group(3) or found.group(1) or b"").decode("ascii")
    last_row = found.group(4) or found.group(2) or b""
    rows = int(last_row) if last_row.isdigit() else 0
    columns = _column(last_col + "1") if last_col else 0
    limit = min(max_rows or MAX_DECLARED_ROWS, MAX_DECLARED_ROWS)
    if rows > limit:
        logger.warning("refused worksheet: declares %d rows", rows)
        raise UnsafeWorkbookError(
            "Bladet {sheet} har fler än {limit} rader.", sheet=title, limit=limit
        )
    if columns > MAX_DECLARED_COLUMNS:
        logger.warning("refused worksheet: declares %d columns", columns)
        raise UnsafeWorkbookError(
            "Bladet {sheet} har fler än {limit} kolumner.", sheet=title, limit=MAX_DECLARED_COLUMNS
        )


def _refuse_dtd_stream(part: IO[bytes]) -> None:
    """`_refuse_dtd` over a part read in chunks (C expat, no element handlers)."""
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    with part:
        try:
            while chunk := part.read(STREAM_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except xml.parsers.expat.ExpatError as exc:
            raise UnsafeWorkbookError(
                "Filen går inte att läsa som en Excel-arbetsbok (.xlsx). Den kan vara skadad."
            ) from exc
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise _unreadable(exc) from exc


def _row_elements(data: bytes | IO[bytes]) -> Iterator[Any]:
    """The <row> elements one at a time; each is dropped from the tree once used, so memory
    stays bounded by one row however long the sheet is."""
    import xml.etree.ElementTree as ET

    source = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
    parent = None
    for event, element in ET.iterparse(source, events=("start", "end")):
        if event == "start":
            if element.tag == _NS + "sheetData":
                parent = element
            continue
        if element.tag == _ROW:
            yield element
            element.clear()
            if parent is not None:
                # Rows parsed ahead may follow it; the used ones were removed before it.
                with contextlib.suppress(ValueError):
                    parent.remove(element)


def _column(ref: str) -> int:
    """1-based column of a cell reference ("C12" -> 3)."""
    if len(ref) > 1 and ref[1] <= "9":  # one letter: by far the most common
        return ord(ref[0]) - 64 if ref[0] <= "Z" else ord(ref[0]) - 96
    letters = ref.rstrip("0123456789")
    index = _COLUMN_CACHE.get(letters)
    if index is None:
        index = 0
        for ch in letters:
            index = index * 26 + (ord(ch.upper()) - 64)
        _COLUMN_CACHE[letters] = index
    return index


def _inline_text(inline) -> str | None:
    """`<is><t>…</t></is>` or rich text runs `<is><r><t>…</t></r>…</is>` (phonetic runs skipped)."""
    if inline is None:
        return None
    text = inline.findtext(_TEXT)
    if text is not None:
        return text
    return "".join(run.findtext(_TEXT) or "" for run in inline.iter(_NS + "r"))


def sheet_rows(workbook, worksheet, *, max_rows: int | None = None):
    """(Excel row number, values) of every row of a worksheet of a workbook opened by
    `load_untrusted_workbook`, fast (see above). Falls back to openpyxl's own reader for other
    workbooks."""
    archive = getattr(workbook, "_archive", None)
    path = getattr(worksheet, "_worksheet_path", None)
    if archive is None or path is None or not hasattr(worksheet, "_shared_strings"):
        yield from enumerate(read_rows(worksheet, max_rows=max_rows), start=1)
        return
    yield from _parse_rows(
        archive.read(path),
        worksheet._shared_strings,
        workbook._date_formats,
        workbook.epoch,
        worksheet.title,
        max_rows,
    )


@dataclass
class Sheets:
    """The worksheets of an untrusted workbook, read with `rows(title)` (see `untrusted_sheets`)."""

    archive: zipfile.ZipFile
    strings: list
    date_styles: set
    epoch: Any
    paths: dict[str, str]

    @property
    def titles(self) -> list[str]:
        return list(self.paths)

    def rows(self, title: str, *, max_rows: int | None = None) -> Iterator[tuple[int, tuple]]:
        """(Excel row number, values) of every row that has cells, streamed from the archive
        (memory bounded by a row, not by the sheet). A sheet whose declared dimension exceeds
        `max_rows` (or Excel's limits) is refused before any row is read."""
        path = self.paths[title]
        _check_dimension(self._open(path), title, max_rows)
        _refuse_dtd_stream(self._open(path))
        return _parse_rows(
            self._open(path), self.strings, self.date_styles, self.epoch, title, max_rows
        )

    def _open(self, path: str) -> IO[bytes]:
        try:
            return self.archive.open(path)
        except (KeyError, zipfile.BadZipFile, OSError, RuntimeError) as exc:
            raise _unreadable(exc) from exc


@contextlib.contextmanager
def untrusted_sheets(source: str | Path | IO[bytes]) -> Iterator[Sheets]:
    """`with untrusted_sheets(path) as book: book.titles; book.rows("Kontakter")` — the fastest
    safe way to read values: openpyxl (through defusedxml) reads the package, workbook, shared
    strings and styles but not the worksheets, which openpyxl's read-only mode would each parse
    once at opening just to look for a size (the whole sheet when the file gives none)."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    if not defused_xml_active():
        raise UnsafeWorkbookError(
            "Skyddet mot skadliga Excel-filer (defusedxml) är inte aktivt, så filen öppnas inte. "
            "Installera om programmet."
        )
    stream = _as_stream(source)
    _check_archive(stream)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            reader = ExcelReader(stream, read_only=True, keep_vba=False, data_only=True)
            reader.keep_links = False
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            paths = {
                sheet.name: rel.target
                for sheet, rel in reader.parser.find_sheets()
                if rel.target in reader.valid_files and "chartsheet" not in rel.Type
            }
    except UserError:
        raise
    except Exception as exc:
        raise _unreadable(exc) from exc
    book = Sheets(
        reader.archive, reader.shared_strings, reader.wb._date_formats, reader.wb.epoch, paths
    )
    try:
        yield book
    finally:
        reader.archive.close()


def _number(text: str, is_date: bool, epoch) -> Any:
    """A numeric cell's value as openpyxl gives it: int or float, or a datetime for a cell with
    a date format."""
    from openpyxl.utils.datetime import from_excel

    value = float(text) if "." in text or "E" in text or "e" in text else int(text)
    if is_date:
        try:
            return from_excel(value, epoch)
        except (OverflowError, ValueError):
            return "#VALUE!"
    return value


def _parse_rows(data: bytes | IO[bytes], strings, dates, epoch, title: str, max_rows: int | None):
    """Rows of a worksheet part (bytes, or a stream already checked by _refuse_dtd_stream)."""
    from openpyxl.utils.datetime import from_ISO8601

    if isinstance(data, bytes | bytearray):
        _refuse_dtd(data)
    date_styles = {str(style) for style in dates}
    seen: dict[tuple[str, bool], Any] = {}  # numbers and dates repeat: convert each once
    count = 0
    number = 0
    try:
        for row in _row_elements(data):
            ref = row.get("r")
            number = int(ref) if ref else number + 1
            count += 1
            if max_rows is not None and count > max_rows:
                raise UnsafeWorkbookError(
                    "Bladet {sheet} har fler än {limit} rader.", sheet=title, limit=max_rows
                )
            values: list = []
            position = 0
            for cell in row:
                if cell.tag != _CELL:
                    continue
                ref = cell.get("r")
                if ref is None:
                    position += 1
                elif len(ref) > 1 and ref[1] <= "9" and "A" <= ref[0] <= "Z":
                    position = ord(ref[0]) - 64  # one letter: by far the most common
                else:
                    position = _column(ref)
                kind = cell.get("t")
                if kind == "inlineStr":
                    value = _inline_text(cell.find(_INLINE))
                else:
                    value = cell.findtext(_VALUE) or None
                    if value is not None:
                        if kind is None or kind == "n":
                            style = cell.get("s")
                            key = (value, style in date_styles) if style else (value, False)
                            cached = seen.get(key)
                            if cached is None:
                                cached = _number(value, key[1], epoch)
                                if len(seen) < 50_000:
                                    seen[key] = cached
                            value = cached
                        elif kind == "s":
                            value = strings[int(value)]
                        elif kind == "b":
                            value = bool(int(value))
                        elif kind == "d":
                            value = from_ISO8601(value)
                        elif kind not in ("str", "e"):
                            value = None
                gap = position - 1 - len(values)
                if gap == 0:
                    values.append(value)
                elif gap > 0:
                    values.extend([None] * gap)
                    values.append(value)
                else:  # a cell out of order: place it
                    values[position - 1] = value
            yield number, tuple(values)
    except UserError:
        raise
    except Exception as exc:
        raise _unreadable(exc) from exc
    finally:
        if not isinstance(data, bytes | bytearray):
            data.close()


@contextlib.contextmanager
def untrusted_workbook(source: str | Path | IO[bytes]) -> Iterator[Any]:
    """`with untrusted_workbook(path) as wb:` — a safely opened read-only workbook, closed after."""
    wb = load_untrusted_workbook(source)
    try:
        yield wb
    finally:
        wb.close()
