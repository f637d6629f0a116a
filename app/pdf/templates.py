"""Letter templates: editable text files in resources/letters/ turned into PDF flowables.

A template is a UTF-8 text file:

    # comment lines start with '#'
    typ: referral                      # LetterKind value
    titel: Remiss                      # printed in the header and as the heading
    sekretess: ja                      # ja | nej | konfidentiellt
    mottagare: val                     # val (chosen from mottagare.json) | personen |
                                       # socialtjänsten | intern
    fält.anledning: Anledning till remissen | obligatorisk | flera rader
    ---
    ## A heading
    A paragraph with {person.namn} and {fält.anledning}. Lines next to each other
    stay separate lines; a blank line starts a new paragraph.
    - Label: value with {placeholders}      (consecutive "- " lines form a table)
    [personuppgifter]                       (a block on its own line)
    [underskrifter: Ort och datum | Underskrift | Namnförtydligande]

Unknown keys, placeholders and blocks are refused with a Swedish error naming file and line.
Placeholder values are always escaped; only the template's own structure becomes markup.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable

from app import paths
from app.errors import UserError
from app.models.enums import LetterKind
from app.pdf.document import (
    data_table as make_data_table,
)
from app.pdf.document import (
    esc,
    field_table,
    heading,
    notice,
    para,
    signature_lines,
    spacer,
)

# Inline placeholders every template may use (fält.* are declared per template).
PLACEHOLDERS: dict[str, str] = {
    "datum": "dagens datum",
    "ärende.nummer": "ärendets nummer",
    "ärende.polisanmälan": "polisanmälans diarienummer",
    "person.namn": "personens namn",
    "person.personnummer": "personnummer eller samordningsnummer",
    "person.födelseår": "födelseår",
    "person.adress": "adress (skrivs aldrig ut för skyddade personer)",
    "person.telefon": "telefonnummer",
    "person.roll": "våldsutsatt eller misstänkt våldsutövare",
    "mottagare.namn": "mottagarens namn",
    "avsändare.namn": "den inloggade handläggarens namn",
    "avsändare.titel": "handläggarens titel",
    "avsändare.telefon": "handläggarens telefon",
    "avsändare.epost": "handläggarens e-post",
    "avsändare.myndighet": "myndighetens namn i brevhuvudet",
    "avsändare.enhet": "enhet i brevhuvudet",
    "polisen": "polisens namn och enhet",
    "socialtjänsten": "socialtjänstens namn och enhet",
}
BLOCKS = {
    "personuppgifter",
    "samtycke",
    "omfattning",
    "barn",
    "fokuspersoner",
    "avsändare",
    "mottagare",
    "underskrifter",
    "sidbrytning",
}
SECRECY_CHOICES = {"ja", "nej", "konfidentiellt"}
RECIPIENT_MODES = {"val", "personen", "socialtjänsten", "intern"}
HEADER_KEYS = {"typ", "titel", "sekretess", "mottagare", "endast"}
ENDAST_CHOICES = {"polis", "socialtjänst"}

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_BLOCK = re.compile(r"^\[([^\]:]+)(?::(.*))?\]\s*$")
_FIELD_NAME = re.compile(r"^[a-zåäö_][a-zåäö0-9_]*$")


@dataclass(frozen=True)
class FieldSpec:
    name: str  # used as {fält.name}
    label: str
    required: bool = False
    multiline: bool = False


@dataclass(frozen=True)
class Template:
    name: str  # file stem
    kind: LetterKind
    title: str
    secrecy: str  # ja / nej / konfidentiellt
    recipient_mode: str
    only_for: str | None  # "polis" / "socialtjänst" / None
    fields: tuple[FieldSpec, ...]
    body: str
    body_first_line: int
    text: str = field(repr=False, default="")

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class Recipient:
    key: str
    name: str
    organisation: str  # police / social / external
    address: str = ""
    free_text: bool = False  # the user types the name (e.g. another district's RVC)


def _error(template: str, line: int, text: str, **params: Any) -> UserError:
    return UserError(
        "Mallen {template}, rad {line}: " + text, template=template, line=line, **params
    )


def parse_template(name: str, text: str) -> Template:
    """Parse and validate a template; raises UserError (Swedish) on the first problem."""
    lines = text.replace("\r\n", "\n").split("\n")
    header: dict[str, str] = {}
    fields: list[FieldSpec] = []
    separator = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if line == "---":
            separator = number
            break
        if not line or line.startswith("#"):
            continue
        if ":" not in line:
            raise _error(name, number, "raden ska ha formen ”nyckel: värde”.")
        key, value = (part.strip() for part in line.split(":", 1))
        key = key.lower()
        if key.startswith("fält."):
            field_name = key[len("fält.") :]
            if not _FIELD_NAME.match(field_name):
                raise _error(name, number, "ogiltigt fältnamn ”{value}”.", value=field_name)
            parts = [p.strip() for p in value.split("|")]
            flags = {p.lower() for p in parts[1:]}
            unknown = flags - {"obligatorisk", "flera rader"}
            if unknown or not parts[0]:
                raise _error(
                    name,
                    number,
                    "fältet ska ha formen ”Etikett | obligatorisk | flera rader”.",
                )
            fields.append(
                FieldSpec(field_name, parts[0], "obligatorisk" in flags, "flera rader" in flags)
            )
        elif key in HEADER_KEYS:
            header[key] = value
        else:
            raise _error(name, number, "okänd nyckel ”{value}”.", value=key)
    if separator is None:
        raise _error(name, len(lines), "raden ”---” mellan huvud och brevtext saknas.")
    for required in ("typ", "titel"):
        if not header.get(required):
            raise _error(name, separator, "nyckeln ”{value}” saknas.", value=required)
    try:
        kind = LetterKind(header["typ"])
    except ValueError:
        raise _error(
            name,
            separator,
            "okänd brevtyp ”{value}” (tillåtna: {allowed}).",
            value=header["typ"],
            allowed=", ".join(k.value for k in LetterKind),
        ) from None
    secrecy = header.get("sekretess", "ja").lower()
    if secrecy not in SECRECY_CHOICES:
        raise _error(name, separator, "sekretess ska vara ja, nej eller konfidentiellt.")
    recipient_mode = header.get("mottagare", "val").lower()
    if recipient_mode not in RECIPIENT_MODES:
        raise _error(
            name,
            separator,
            "mottagare ska vara ett av: {allowed}.",
            allowed=", ".join(sorted(RECIPIENT_MODES)),
        )
    only_for = header.get("endast", "").lower() or None
    if only_for is not None and only_for not in ENDAST_CHOICES:
        raise _error(name, separator, "endast ska vara polis eller socialtjänst.")
    template = Template(
        name=name,
        kind=kind,
        title=header["titel"],
        secrecy=secrecy,
        recipient_mode=recipient_mode,
        only_for=only_for,
        fields=tuple(fields),
        body="\n".join(lines[separator:]),
        body_first_line=separator + 1,
        text=text,
    )
    _validate_body(template)
    return template


def _validate_body(template: Template) -> None:
    known = set(PLACEHOLDERS) | {"fält." + f.name for f in template.fields}
    for offset, line in enumerate(template.body.split("\n")):
        number = template.body_first_line + offset
        stripped = line.strip()
        block = _BLOCK.match(stripped)
        if block:
            if block.group(1).strip() not in BLOCKS:
                raise _error(
                    template.name,
                    number,
                    "okänt block [{value}] (tillåtna: {allowed}).",
                    value=block.group(1).strip(),
                    allowed=", ".join(sorted(BLOCKS)),
                )
            continue
        unescaped = stripped.replace("{{", "").replace("}}", "")
        for match in _PLACEHOLDER.finditer(unescaped):
            if match.group(1).strip() not in known:
                raise _error(
                    template.name,
                    number,
                    "okänt fält {{{value}}}. Tillåtna fält: {allowed}.",
                    value=match.group(1),
                    allowed=", ".join("{" + k + "}" for k in sorted(known)),
                )
        leftover = _PLACEHOLDER.sub("", unescaped)
        if "{" in leftover or "}" in leftover:
            raise _error(
                template.name,
                number,
                "en klammer {{ eller }} står ensam. Skriv {{{{ eller }}}} för en klammer i texten.",
            )


# --- files ------------------------------------------------------------------------------------


def templates_dir() -> Path:
    return paths.resources_dir() / "letters"


@functools.cache
def _load_cached(path: str, mtime: float) -> Template:
    file = Path(path)
    return parse_template(file.stem, file.read_text(encoding="utf-8"))


def load_template(name: str) -> Template:
    """The named template (reloaded when the file changed)."""
    if not _FIELD_NAME.match(name.replace("-", "_")):
        raise UserError("Mallen {template} finns inte.", template=name)
    file = templates_dir() / f"{name}.txt"
    if not file.is_file():
        raise UserError("Mallen {template} finns inte.", template=name)
    return _load_cached(str(file), file.stat().st_mtime)


def all_templates() -> list[Template]:
    """Every template in resources/letters (raises on the first invalid one)."""
    return [load_template(f.stem) for f in sorted(templates_dir().glob("*.txt"))]


def load_recipients() -> list[Recipient]:
    file = templates_dir() / "mottagare.json"
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
        return [
            Recipient(
                key=str(item["nyckel"]),
                name=str(item["namn"]),
                organisation=str(item["organisation"]),
                address=str(item.get("adress", "")),
                free_text=bool(item.get("fritext", False)),
            )
            for item in raw
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            "Mottagarlistan {file} kan inte läsas: {reason}", file=file.name, reason=str(exc)
        ) from exc


# --- rendering --------------------------------------------------------------------------------


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace {placeholders} by escaped values; {{ and }} give literal braces."""
    parts = re.split(r"(\{\{|\}\})", text)
    out = []
    for part in parts:
        if part == "{{":
            out.append("{")
        elif part == "}}":
            out.append("}")
        else:
            pos = 0
            for match in _PLACEHOLDER.finditer(part):
                out.append(esc(part[pos : match.start()]))
                out.append(esc(values.get(match.group(1).strip(), "")))
                pos = match.end()
            out.append(esc(part[pos:]))
    return "".join(out)


def render_body(
    template_body: str,
    values: Mapping[str, str],
    blocks: Mapping[str, Any],
) -> list[Flowable]:
    """The template body as flowables. `blocks` holds the data for the [block] lines:

    personuppgifter: {"rows": [[label, value], …]} or {"withheld": "text"}
    samtycke: "text" or None · barn / fokuspersoner: {"columns": [...], "rows": [...],
    "widths": [...]} · avsändare / mottagare: [lines]
    """
    story: list[Flowable] = []
    paragraph: list[str] = []
    table_rows: list[tuple[str, str]] = []

    def flush() -> None:
        if paragraph:
            story.append(para("<br/>".join(paragraph), markup=True))
            paragraph.clear()
        if table_rows:
            story.append(field_table(list(table_rows)))
            story.append(spacer(2))
            table_rows.clear()

    for line in template_body.split("\n"):
        stripped = line.strip()
        if stripped.startswith("#") and not stripped.startswith("##"):
            continue
        block = _BLOCK.match(stripped)
        if not stripped:
            flush()
        elif block:
            flush()
            story.extend(_block(block.group(1).strip(), block.group(2), values, blocks))
        elif stripped.startswith("## "):
            flush()
            story.append(heading(_unescape_markup(fill(stripped[3:], values))))
        elif stripped.startswith("- ") and ":" in stripped:
            if paragraph:
                flush()
            label, value = stripped[2:].split(":", 1)
            if _PLACEHOLDER.search(value) and not fill(value.strip(), values).strip():
                continue  # an optional field left empty: no empty row
            table_rows.append(
                (
                    _unescape_markup(fill(label.strip(), values)),
                    _unescape_markup(fill(value.strip(), values)),
                )
            )
        else:
            if table_rows:
                flush()
            paragraph.append(fill(stripped, values))
    flush()
    return story


def _unescape_markup(markup: str) -> str:
    """field_table and heading escape again; undo our own escaping to avoid doubling it."""
    return (
        markup.replace("<br/>", "\n")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", '"')
        .replace("&amp;", "&")
    )


def _block(
    name: str, argument: str | None, values: Mapping[str, str], blocks: Mapping[str, Any]
) -> list[Flowable]:
    data = blocks.get(name)
    if name == "personuppgifter":
        if not data:
            return []
        if data.get("withheld"):
            return [notice(data["withheld"])]
        return [field_table([tuple(r) for r in data["rows"]]), spacer(2)]
    if name == "samtycke":
        return [para(data), spacer(1)] if data else []
    if name == "omfattning":  # a consent's scope: direction, kinds, recipients, period
        return [field_table([tuple(r) for r in data["rows"]]), spacer(2)] if data else []
    if name in ("barn", "fokuspersoner"):
        if not data or not data.get("rows"):
            return [para(data.get("empty", "") if data else "")]
        return [
            make_data_table(data["columns"], data["rows"], col_widths_mm=data.get("widths")),
            spacer(3),
        ]
    if name in ("avsändare", "mottagare"):
        lines = [line for line in (data or []) if line]
        if not lines:
            return []
        first, *rest = lines
        markup = "<b>" + esc(first) + "</b>" + "".join("<br/>" + esc(x) for x in rest)
        return [para(markup, "Address", markup=True), spacer(5)]
    if name == "underskrifter":
        labels = [label.strip() for label in (argument or "").split("|") if label.strip()]
        labels = labels or ["Ort och datum", "Underskrift", "Namnförtydligande"]
        return [spacer(4), signature_lines([_unescape_markup(fill(x, values)) for x in labels])]
    if name == "sidbrytning":
        from reportlab.platypus import PageBreak

        return [PageBreak()]
    return []


def describe_placeholders(template: Template) -> Sequence[tuple[str, str]]:
    """For the UI and docs: the placeholders this template may use, with explanations."""
    own = [("fält." + f.name, f.label) for f in template.fields]
    return [*PLACEHOLDERS.items(), *own]
