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
"""

from __future__ import annotations

import contextlib
import io
import logging
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from app.errors import UserError

logger = logging.getLogger(__name__)

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")

MAX_FILE_BYTES = 200 * 1024 * 1024  # the packed .xlsx
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # all parts unpacked (a 100,000-row sheet is ~30 MB)
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


@contextlib.contextmanager
def untrusted_workbook(source: str | Path | IO[bytes]) -> Iterator[Any]:
    """`with untrusted_workbook(path) as wb:` — a safely opened read-only workbook, closed after."""
    wb = load_untrusted_workbook(source)
    try:
        yield wb
    finally:
        wb.close()
