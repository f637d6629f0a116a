"""The user interface language: which one, and loading its translations.

The source texts are Swedish; resources/translations/igor_desk_en.qm is the English translation
(compiled from the .ts by tools/update_translations.py at build time and by ./dev.sh run).

Which language (`chosen_language`): IGOR_LANGUAGE if set (sv/en), else the user's choice under
Verktyg → Inställningar / Verktyg → Språk (kept in the per-user settings file, used from the next
start), else the operating system's UI languages (the first of them that is Swedish or English;
Swedish if none is). Letters and forms stay Swedish whatever the language: they go to Swedish
authorities (app.vocabulary.labels.swedish and the letter templates do not translate).

Texts marked with tr_noop, UserError("…") or a module's `_tr("…")` helper are extracted by
pyside6-lupdate into the empty context, while the code shows them through a named context;
`ContextFallbackTranslator` therefore looks a text up in the empty context when its own context
has no translation.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n, settings
from app.paths import resources_dir

logger = logging.getLogger(__name__)

SOURCE_LANGUAGE = "sv"
LANGUAGE_VARIABLE = "IGOR_LANGUAGE"  # e.g. IGOR_LANGUAGE=en to look at the English translation
# The languages offered, each named in itself (a name the user can read whatever is shown now).
LANGUAGES = {"sv": "Svenska", "en": "English"}
# The locale used for dates, times and numbers: Sweden in both languages (ISO dates, 24-hour
# clock, space as thousands separator), with English month and day names in English.
LOCALES = {
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.Sweden),
}

_installed: list[QTranslator] = []


class ContextFallbackTranslator(QTranslator):
    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102
        text = super().translate(context, source_text, disambiguation, n)
        if not text and context:
            text = super().translate("", source_text, disambiguation, n)
        return text or None  # None: "no translation" (an empty string would be shown as is)


def _known(code: str | None) -> str | None:
    code = (code or "").strip().lower().replace("_", "-")
    short = code.split("-")[0]
    return short if short in LANGUAGES else None


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first Swedish or English entry of the OS's UI languages; Swedish when there is none
    (also for the "C" locale of a bare system)."""
    names = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for name in names:
        found = _known(name)
        if found:
            return found
    return SOURCE_LANGUAGE


def saved_language() -> str | None:
    """The user's own choice ('sv'/'en'), or None: follow the operating system."""
    return _known(settings.load().get("language"))


def save_language(code: str | None) -> None:
    """Save the user's choice (None or '': follow the operating system); used from next start."""
    values = settings.load()
    chosen = _known(code)
    if chosen:
        values["language"] = chosen
    else:
        values.pop("language", None)
    settings.save(values)


def chosen_language() -> str:
    """The user interface language for this start."""
    return _known(os.environ.get(LANGUAGE_VARIABLE)) or saved_language() or system_language()


def locale_for(language: str) -> QLocale:
    lang, country = LOCALES.get(language, LOCALES[SOURCE_LANGUAGE])
    return QLocale(lang, country)


def translations_folder() -> Path:
    return resources_dir() / "translations"


def install_translations(
    app: QCoreApplication, language: str | None = None, folder: Path | None = None
) -> str:
    """Make `language` (default: chosen_language()) the language of the running program: Qt's
    own texts (qtbase_<lang>), the program's translation, the default QLocale, and the hook the
    layers below the UI translate through. Replaces what an earlier call installed. Returns the
    language in effect (Swedish if the English .qm is missing)."""
    language = _known(language) or chosen_language()
    remove_translations(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != SOURCE_LANGUAGE:
        program = ContextFallbackTranslator(app)
        if program.load(f"igor_desk_{language}", str(folder or translations_folder())):
            app.installTranslator(program)
            _installed.append(program)
        else:
            logger.warning(
                "no translation file for language %s; the program stays Swedish", language
            )
            language = SOURCE_LANGUAGE
    for name in ("qtbase", "qt"):
        translator = QTranslator(app)
        if translator.load(locale_for(language), name, "_", qt_folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    i18n.install_translator(QCoreApplication.translate)
    return language


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_program_translation(app: QCoreApplication, language: str | None = None) -> bool:
    """Kept for callers of the earlier API: install the program's translation of `language`."""
    return install_translations(app, language) != SOURCE_LANGUAGE
