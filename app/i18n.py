"""Translation hook for the layers below the UI.

Visible text is written in Swedish (the source language) and passed through Qt's translation
machinery so an English translation can follow. Services and models must not import Qt, so they
call `translate()` here; the UI installs QCoreApplication.translate at start-up. Until then (CLI,
tests) the Swedish source text is returned unchanged.
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
