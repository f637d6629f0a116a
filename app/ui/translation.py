"""Loading the program's own translation (resources/translations/igor_desk_<lang>.qm).

The source texts are Swedish. Texts marked with tr_noop, UserError("…") or a module's `_tr("…")`
helper are extracted by pyside6-lupdate into the empty context (tools/update_translations.py),
while the code shows them through a named context; `ContextFallbackTranslator` therefore looks a
text up in the empty context when its own context has no translation.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QTranslator

from app.paths import resources_dir

logger = logging.getLogger(__name__)

SOURCE_LANGUAGE = "sv"
LANGUAGE_VARIABLE = "IGOR_LANGUAGE"  # e.g. IGOR_LANGUAGE=en to look at the English translation


class ContextFallbackTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context:
            text = super().translate("", source_text, disambiguation, n)
        return text or None  # None: "no translation" (an empty string would be shown as is)


def chosen_language() -> str:
    """The user interface language: Swedish unless chosen (a setting will follow, issue 20)."""
    return os.environ.get(LANGUAGE_VARIABLE, "").strip().lower() or SOURCE_LANGUAGE


def install_program_translation(app: QCoreApplication, language: str | None = None) -> bool:
    """Install igor_desk_<language>.qm if the language is not Swedish and the file exists."""
    language = language or chosen_language()
    if language == SOURCE_LANGUAGE:
        return False
    translator = ContextFallbackTranslator(app)
    folder = resources_dir() / "translations"
    if not translator.load(f"igor_desk_{language}", str(folder)):
        logger.warning("no translation file for language %s", language)
        return False
    app.installTranslator(translator)
    return True
