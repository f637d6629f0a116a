"""Translation hook for the layers below the UI.

Visible text is written in Swedish (the source language) and passed through Qt's translation
machinery so an English translation can follow. Services and models must not import Qt, so they
call `translate()` here; the UI installs QCoreApplication.translate at start-up. Until then (CLI,
tests) the Swedish source text is returned unchanged.

pyside6-lupdate finds the texts through markers (tools/update_translations.py passes the aliases):
- `translate_noop("context", "…")` and `translate("context", "…")`: the given context;
- `tr_noop("…")` and the first argument of `UserError("…")` (and its subclasses): the empty
  context. The translator the UI installs (app.ui.translation) looks a text up in the empty
  context too when its own context has no translation, so it is found whatever context shows it.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install_translator(func: Callable[[str, str], str]) -> None:
    global _translator
    _translator = func


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text


def tr_noop(text: str) -> str:
    """Marks a string for translation where it is defined; translated where it is shown."""
    return text


def translate_noop(context: str, text: str) -> str:
    """Like tr_noop, with the translation context it is shown in (Qt's QT_TRANSLATE_NOOP)."""
    return text
