"""Name matching as Swedish users expect it, the same in Python, SQLite and PostgreSQL.

The choice (issue 17):
- Case never matters ("åsa", "ÅSA" and "Åsa" are the same).
- Accents of other languages never matter: é, è, ü, č, ć, š, ñ … are their base letter, so
  "kovacevic" finds Kovačević and "muller" finds Müller. Æ and Ø are the Danish/Norwegian
  forms of Ä and Ö (as in Swedish collation).
- Å, Ä and Ö are letters of their own in Swedish. A search typed WITH them is taken at its word:
  "Åsa" finds Åsa, not Asa; "Öberg" finds Öberg, not Oberg. A search typed WITHOUT them (a
  keyboard without Swedish keys, a name heard on the phone) also finds the Swedish spelling:
  "akesson" finds Åkesson and Akesson, "oberg" finds Öberg and Oberg.

So there are two folds: `fold(text)` keeps å/ä/ö and `fold(text, swedish=False)` turns them
into a/a/o too; a search word containing å, ä or ö is compared with the first, any other word
with the second (`match_fold(word)`). On the database the fold is a plain `translate(lower(x))`
(PostgreSQL: built in, no unaccent extension needed, any locale) or the registered
`igor_fold(x, swedish)` function (SQLite; app/database/engine.py registers it).
No Qt here.
"""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.orm import Session

# Each accented letter (both cases) and what it folds to, keeping å/ä/ö.
_GROUPS = {
    "a": "àáâãāăąǎÀÁÂÃĀĂĄǍ",
    "c": "çćĉċčÇĆĈĊČ",
    "d": "ďđÐĎĐ",
    "e": "èéêëēĕėęěÈÉÊËĒĔĖĘĚ",
    "g": "ĝğġģĜĞĠĢ",
    "h": "ĥħĤĦ",
    "i": "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ",
    "j": "ĵĴ",
    "k": "ķĶ",
    "l": "ĺļľŀłĹĻĽĿŁ",
    "n": "ñńņňÑŃŅŇ",
    "o": "òóôõōŏőǒÒÓÔÕŌŎŐǑ",
    "r": "ŕŗřŔŖŘ",
    "s": "śŝşšșŚŜŞŠȘ",
    "t": "ţťŧțŢŤŦȚ",
    "u": "ùúûüũūŭůűųǔÙÚÛÜŨŪŬŮŰŲǓ",
    "w": "ŵŴ",
    "y": "ýÿŷÝŸŶ",
    "z": "źżžŹŻŽ",
    "å": "Å",
    "ä": "ÄæÆ",
    "ö": "ÖøØ",
}
SWEDISH = "åäö"

SWEDISH_FROM = "".join(_GROUPS.values())
SWEDISH_TO = "".join(base * len(chars) for base, chars in _GROUPS.items())
# The ASCII fold: also å/ä/ö (and what became them) to a/a/o.
ASCII_FROM = SWEDISH_FROM + SWEDISH
ASCII_TO = SWEDISH_TO.replace("å", "a").replace("ä", "a").replace("ö", "o") + "aao"
assert len(SWEDISH_FROM) == len(SWEDISH_TO) and len(ASCII_FROM) == len(ASCII_TO)

_SWEDISH_TABLE = str.maketrans(SWEDISH_FROM, SWEDISH_TO)
_ASCII_TABLE = str.maketrans(ASCII_FROM, ASCII_TO)


def _lower_ascii(text: str) -> str:
    """lower() of the ASCII letters only, as SQLite and PostgreSQL in the C locale do; the
    translation tables cover the other letters' upper case."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


def fold(text: str | None, *, swedish: bool = True) -> str:
    """The folded form of a name (see the module text)."""
    if not text:
        return ""
    return _lower_ascii(text).translate(_SWEDISH_TABLE if swedish else _ASCII_TABLE)


def keeps_swedish(word: str) -> bool:
    """A search word typed with å, ä or ö (in either case, or æ/ø) is matched on them."""
    return any(c in SWEDISH for c in fold(word))


def match_fold(word: str) -> tuple[str, bool]:
    """(the folded word, whether to compare with the Swedish fold)."""
    swedish = keeps_swedish(word)
    return fold(word, swedish=swedish), swedish


def sql_fold(session: Session, column, *, swedish: bool):
    """The database expression folding `column` the same way as `fold`."""
    if session.get_bind().dialect.name == "postgresql":
        lowered = func.lower(column.collate("C"))
        if swedish:
            return func.translate(lowered, SWEDISH_FROM, SWEDISH_TO)
        return func.translate(lowered, ASCII_FROM, ASCII_TO)
    return func.igor_fold(column, 1 if swedish else 0)


def sqlite_fold(text: str | None, swedish: int) -> str | None:
    """The SQLite function igor_fold(text, swedish)."""
    if text is None:
        return None
    return fold(text, swedish=bool(swedish))
