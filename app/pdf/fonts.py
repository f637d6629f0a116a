"""The embedded fonts every PDF uses.

reportlab's built-in Helvetica is never embedded and lacks letters outside Latin-1, so all our
documents use DejaVu Sans (regular and bold), shipped in resources/fonts and embedded as subsets.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans once per process (idempotent and thread-safe).

    The family mapping makes `<b>` in Paragraph markup pick the bold face; italic maps to the
    upright faces (we ship no oblique), so `<i>` never falls back to an unembedded font.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = paths.resources_dir() / "fonts"
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        # registerFontFamily covers the family name; map the bold face's own name as well.
        addMapping(FONT_BOLD, 0, 0, FONT)
        addMapping(FONT_BOLD, 1, 0, FONT_BOLD)
        addMapping(FONT_BOLD, 0, 1, FONT)
        addMapping(FONT_BOLD, 1, 1, FONT_BOLD)
        _registered = True
