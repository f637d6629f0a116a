"""Extract every user-visible text of app/ into the translation file and compile it.

    .venv/bin/python -m tools.update_translations           # lupdate, then lrelease
    .venv/bin/python -m tools.update_translations --check   # fail if the .ts file is not current
    .venv/bin/python -m tools.update_translations --compile # only the .qm (./dev.sh run, builds)

The source language is Swedish; resources/translations/igor_desk_en.ts is the English translation
(edit it with pyside6-linguist). The .qm file lrelease writes next to it is a build product
(not committed; the installer build runs this script).

pyside6-lupdate finds, besides Qt's own tr()/translate()/QT_TRANSLATE_NOOP:
- app.i18n's `translate("ctx", "…")` and `translate_noop("ctx", "…")` in their context;
- `tr_noop("…")`, the first argument of `UserError("…")` (TEXT_FIRST_ERRORS), and the modules' one-argument helpers
  `_tr("…")` / `_t("…")` in the empty context (app.i18n.translate looks there when the
  helper's own context has no translation).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "igor_desk_en.ts"
QM = TS.with_suffix(".qm")
SOURCE_LANGUAGE = "sv_SE"
TARGET_LANGUAGE = "en"
TEXT_FIRST_ERRORS = (
    "UserError",
    "DatabaseOpenError",
    "NotEnrolledError",
    "KeyringError",
    "SchemaTooNewError",
    "ServerTlsError",
    "ConcurrentEditError",
    "AccessDenied",
    "SingleOfficerWarning",
    "UnsafeWorkbookError",
    "DatabaseInUseError",
    "DatabaseFailure",
)
ALIASES = ",".join(
    (
        "QT_TRANSLATE_NOOP+=translate_noop",
        "QT_TRANSLATE_NOOP+=translate",
        "QT_TR_NOOP+=tr_noop",
        "QT_TR_NOOP+=_tr",
        "QT_TR_NOOP+=_t",
        # UserError and its subclasses that take the Swedish text first
        *(f"QT_TR_NOOP+={name}" for name in TEXT_FIRST_ERRORS),
    )
)


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to the running Python (the venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6 into the venv)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "app").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path) -> str:
    """Extract into `ts` (created or updated; translations already there are kept)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(p) for p in sources()))
    try:
        done = subprocess.run(
            [
                _tool("pyside6-lupdate"),
                f"@{lst.name}",
                "-tr-function-alias",
                ALIASES,
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                TARGET_LANGUAGE,
                "-locations",
                "none",  # no line numbers: the file changes only when a text does
                "-no-obsolete",
                "-ts",
                str(ts),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        Path(lst.name).unlink()
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> str:
    done = subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout + done.stderr


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) → translation (None while unfinished)."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
            )
            text = None if unfinished or translation is None else translation.text
            out[(name, message.findtext("source") or "")] = text
    return out


def extracted() -> dict[tuple[str, str], str | None]:
    """What lupdate finds in app/ now (into a fresh temporary file)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "fresh_en.ts"
        lupdate(ts)
        return messages(ts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, change nothing")
    parser.add_argument(
        "--compile", action="store_true", help="only compile the .ts into the .qm if it is older"
    )
    args = parser.parse_args(argv)
    if args.compile:
        if not QM.exists() or QM.stat().st_mtime < TS.stat().st_mtime:
            print(lrelease(TS, QM).strip())
        return 0
    if args.check:
        missing = set(extracted()) - set(messages(TS))
        for context, source in sorted(missing):
            print(f"missing in {TS.name}: [{context}] {source!r}")
        return 1 if missing else 0
    print(lupdate(TS).strip())
    print(lrelease(TS, QM).strip())
    found = messages(TS)
    done = sum(1 for t in found.values() if t)
    print(f"{len(found)} texts, {done} translated, {len(found) - done} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
