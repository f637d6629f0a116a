"""List the unfinished entries of the English translation, and fill them in from a JSON file.

    .venv/bin/python -m tools.translate_todo                 # unfinished entries, with context
    .venv/bin/python -m tools.translate_todo --json > todo.json
        # the same as a JSON list: [{"context", "source", "translation": ""}, …]
    .venv/bin/python -m tools.translate_todo --apply todo.json
        # writes the filled-in translations into resources/translations/igor_desk_en.ts

The usual round after merging others' work: run `tools.update_translations` (lupdate adds the new
Swedish texts as unfinished), `translate_todo --json > todo.json`, fill in "translation", then
`--apply todo.json` and commit the .ts file on its own. --apply also accepts a plain object
{"Swedish source": "English"}, applied in every context where that source is unfinished.

An entry is only written if its placeholders ({name}, %1, {value!r} …) are exactly those of the
Swedish source and its keyboard mnemonic (&) is kept; the rest are reported and left unfinished.
After writing, lupdate runs once more so the file stays in lupdate's own format (a later lupdate
run changes nothing).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import update_translations as ut

# {name}, {value!r}, {n:d}, %1 … %99, %n; "{{" / "}}" are literal braces, not placeholders
PLACEHOLDER = re.compile(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}(?!\})|%\d+|%n")


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, sorted (their order may differ between languages)."""
    return sorted(PLACEHOLDER.findall(text or ""))


def has_mnemonic(text: str) -> bool:
    """A keyboard mnemonic: '&' before a letter or digit ('&&' is a literal ampersand)."""
    return bool(re.search(r"(?<!&)&(?!&)\w", (text or "").replace("&&", "")))


def problems(source: str, translation: str) -> list[str]:
    out = []
    if placeholders(source) != placeholders(translation):
        out.append(f"placeholders {placeholders(source)} ≠ {placeholders(translation)}")
    if has_mnemonic(source) and not has_mnemonic(translation):
        out.append("the keyboard mnemonic (&) is missing")
    if source.strip() and not translation.strip():
        out.append("empty translation")
    return out


def unfinished(ts: Path = ut.TS) -> list[dict[str, str]]:
    """Every unfinished entry: context, source (Swedish) and an empty translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                source = message.findtext("source") or ""
                out.append({"context": name, "source": source, "translation": ""})
    return out


def apply(
    entries: list[dict[str, str]] | dict[str, str],
    ts: Path = ut.TS,
    *,
    normalise: bool | None = None,
) -> tuple[int, list[str]]:
    """Write translations into `ts`; returns (how many written, problems found). `normalise`
    (default: only for the program's own .ts) runs lupdate afterwards for its layout."""
    if isinstance(entries, dict):
        by_source = {s: t for s, t in entries.items() if t}
        by_key: dict[tuple[str, str], str] = {}
    else:
        by_source = {}
        by_key = {
            (e["context"], e["source"]): e["translation"] for e in entries if e["translation"]
        }
    tree = ET.parse(ts)
    written, refused = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = by_key.get((name, source), by_source.get(source))
            if not text:
                continue
            wrong = problems(source, text)
            if wrong:
                refused.append(f"[{name}] {source!r}: {'; '.join(wrong)}")
                continue
            translation.text = text
            del translation.attrib["type"]
            written += 1
    if written:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        if normalise if normalise is not None else ts == ut.TS:
            ut.lupdate(ts)  # back into lupdate's own layout (DOCTYPE, escaping, indentation)
    return written, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the entries as JSON")
    parser.add_argument("--apply", type=Path, help="JSON file with filled-in translations")
    args = parser.parse_args(argv)
    if args.apply:
        written, refused = apply(json.loads(args.apply.read_text(encoding="utf-8")))
        for line in refused:
            print(f"not written: {line}", file=sys.stderr)
        left = len(unfinished())
        print(f"{written} translations written, {len(refused)} refused, {left} still unfinished")
        return 1 if refused else 0
    todo = unfinished()
    if args.json:
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for entry in todo:
        marks = placeholders(entry["source"])
        extra = f"   placeholders: {' '.join(marks)}" if marks else ""
        print(f"[{entry['context'] or '(empty context)'}] {entry['source']!r}{extra}")
    print(f"{len(todo)} unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
