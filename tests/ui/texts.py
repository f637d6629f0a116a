"""Every text a widget tree shows to a person or to assistive technology, and the checks that
find Swedish left in the English interface (and English in the Swedish one)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from sqlalchemy import Enum, String, select

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
MAX_ROWS = 40  # table rows looked at per view (the first ones; the rest repeat the same labels)

# Names the program keeps in Swedish on purpose, in both languages: places of the project area,
# Swedish organisations and instruments, the Excel workbook's sheet names, the language names.
KEPT = (
    "IGOR Desk",
    "Södermalm",
    "Gamla stan",
    "Hammarby sjöstad",
    "Skärholmen",
    "Alla Kvinnors Hus",
    "RVC Innerstaden",
    "Ärenden, Personer and Kontakter",  # the Excel workbook's sheet names (import dialog)
    "Svenska",
    "English",
    "(Delete)",  # a key's name
)


def kept_names() -> tuple[str, ...]:
    """KEPT, and the letter recipients: the organisations' own (Swedish) names."""
    from app.pdf.templates import load_recipients

    return tuple(sorted({*KEPT, *(r.name for r in load_recipients())}, key=len, reverse=True))


SWEDISH_MONTHS_AND_DAYS = {
    "januari", "februari", "mars", "maj", "juni", "juli", "augusti", "oktober",
    "tis", "ons", "tors", "fre",
}  # fmt: skip
SWEDISH_WORDS = set(
    [
        "och",
        "att",
        "det",
        "för",
        "med",
        "inte",
        "är",
        "på",
        "som",
        "av",
        "till",
        "har",
        "ett",
        "eller",
        "inga",
        "ingen",
        "inget",
        "nytt",
        "nya",
        "visa",
        "spara",
        "ändra",
        "sök",
        "välj",
        "ärende",
        "ärenden",
        "ärendet",
        "kontakt",
        "kontakter",
        "samtycke",
        "samtycken",
        "dag",
        "dagar",
        "vecka",
        "veckan",
        "månad",
        "idag",
        "avbryt",
        "stäng",
        "skapa",
        "öppna",
        "alla",
        "mina",
        "utan",
        "från",
        "senast",
        "tidigast",
        "registrera",
        "ja",
        "nej",
        "vem",
        "vad",
        "när",
        "hon",
        "barn",
        "polis",
        "polisen",
        "socialtjänst",
        "socialtjänsten",
        "bedömning",
        "lotsning",
        "fordon",
        "besättning",
        "datum",
        "tid",
        "namn",
        "gäller",
        "sida",
        "vid",
        "efter",
        "före",
        "eller",
        "kan",
        "ska",
        "måste",
        "finns",
        "saknas",
        "okänd",
        "okänt",
        "ny",
        "ta",
        "bort",
        "lägg",
        "tillbaka",
        "nästa",
        "föregående",
        "idag",
        "redan",
        "också",
        "där",
        "här",
        "telefon",
        "adress",
        "anteckning",
        "syfte",
        "skäl",
        "uppgifter",
        "händelse",
        "händelser",
        "transport",
        "transporter",
        "brev",
        "blankett",
        "statistik",
        "inställningar",
        "verktyg",
        "arkiv",
        "hjälp",
        "avsluta",
    ]
) - {"transport"}  # the same word in English
ENGLISH_WORDS = set(
    [
        "the",
        "and",
        "of",
        "with",
        "without",
        "is",
        "are",
        "not",
        "save",
        "cancel",
        "close",
        "open",
        "delete",
        "remove",
        "edit",
        "new",
        "search",
        "choose",
        "select",
        "yes",
        "no",
        "case",
        "cases",
        "contact",
        "contacts",
        "consent",
        "today",
        "week",
        "month",
        "day",
        "days",
        "print",
        "file",
        "help",
        "settings",
        "tools",
        "view",
        "quit",
        "name",
        "date",
        "time",
        "none",
        "apply",
        "reset",
        "discard",
        "back",
        "next",
        "previous",
        "finish",
        "this",
        "that",
        "your",
        "you",
        "please",
        "error",
        "warning",
        "show",
        "hide",
        "add",
        "from",
        "to",
        "or",
        "on",
        "at",
        "for",
        "language",
        "assessment",
        "letter",
        "letters",
        "statistics",
        "police",
        "social",
        "services",
        "victim",
        "suspect",
        "children",
    ]
)


def _strip(text: str) -> str:
    return TAG.sub(" ", text or "").replace("&&", "&").replace("&", "")


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for root and every descendant widget, menu action and model header."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName() or '-'}"
        if w.isWindow():
            yield f"{name}.windowTitle", w.windowTitle()
        for attr in (
            "toolTip",
            "statusTip",
            "whatsThis",
            "accessibleName",
            "accessibleDescription",
        ):
            yield f"{name}.{attr}", getattr(w, attr)()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield f"{name}.text", w.text()
        elif isinstance(w, QGroupBox):
            yield f"{name}.title", w.title()
        if isinstance(w, QLineEdit):
            yield f"{name}.placeholder", w.placeholderText()
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield f"{name}.placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield f"{name}.specialValue", w.specialValueText()
            if isinstance(w, QSpinBox):
                yield f"{name}.suffix", w.suffix()
                yield f"{name}.prefix", w.prefix()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}.item{i}", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab{i}", w.tabText(i)
                yield f"{name}.tabTip{i}", w.tabToolTip(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from model_texts(name, w.model())
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                yield from action_texts(name, action)
        for action in w.actions():
            yield from action_texts(name, action)


def action_texts(where: str, action: QAction) -> Iterator[tuple[str, str]]:
    yield f"{where}.action", action.text()
    yield f"{where}.actionTip", action.toolTip() if action.toolTip() != action.text() else ""
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{where}.menu", menu.title()
        for sub in menu.actions():
            yield from action_texts(f"{where}>{menu.title()}", sub)


def model_texts(where: str, model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    display = Qt.ItemDataRole.DisplayRole
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, and columnCount is private
        columns = 1
    rows = model.rowCount(QModelIndex())
    for column in range(columns):
        for role in (display, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            yield f"{where}.header{column}", str(value) if value is not None else ""
    for row in range(min(rows, MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (display, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{where}.cell{row},{column}", value


def data_strings(db) -> list[str]:
    """Every string stored in the database (names, places, notes …): data, not interface text;
    removed from a text before it is checked. Longest first."""
    from app.models.base import Base

    found: set[str] = set()
    with db.read(system=True) as s:
        for table in Base.metadata.sorted_tables:
            # a protected column (app.models.protected) is a TypeDecorator over String
            columns = [
                c
                for c in table.columns
                if isinstance(getattr(c.type, "impl_instance", c.type), String)
                and not isinstance(c.type, Enum)
            ]
            if not columns:
                continue
            for row in s.execute(select(*columns)):
                found.update(v.strip() for v in row if isinstance(v, str) and len(v.strip()) > 1)
    from tools import update_translations as ut

    interface = {source.lower() for _, source in ut.messages(ut.TS)}
    found = {
        v
        for v in found
        if v.lower() not in interface  # a text of the interface stored as data: still checked
        and not re.fullmatch(r"[a-z_]+", v)  # codes ('police', 'home_visit', …)
    }
    return sorted(found, key=len, reverse=True)


def foreign_words(text: str, language: str, data: list[str]) -> list[str]:
    """The words of `text` that belong to the other language: Swedish words (a letter å/ä/ö, or
    a common Swedish word) in the English interface, common English words in the Swedish one."""
    text = re.sub(r"\S*[/\\]\S*", " ", _strip(text))  # file paths and addresses are data
    if not text.strip():
        return []
    for kept in kept_names():
        text = text.replace(kept, " ")
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    words = WORD.findall(text)
    if language == "en":
        return [
            w
            for w in words
            if re.search("[åäöÅÄÖ]", w)
            or w.lower() in SWEDISH_WORDS
            or w in SWEDISH_MONTHS_AND_DAYS  # lower case: "Mars" may be a name
        ]
    return [w for w in words if w.lower() in ENGLISH_WORDS]
