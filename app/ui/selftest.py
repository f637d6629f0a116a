"""The installed program's Qt check for `igor-desk selftest`: a QApplication starts, a widget
shows, Qt's own Swedish and English translations load, and so does the program's English
translation (resources/translations/igor_desk_en.qm, compiled by the installer build) when it
is there (a source checkout compiles it on ./dev.sh run)."""

from __future__ import annotations

import sys


def check_qt() -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, qVersion
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication([sys.argv[0]])
    widget = QWidget()
    widget.show()
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load(QLocale(QLocale.Language.Swedish), "qtbase", "_", translations):
        raise RuntimeError(f"qtbase_sv not found in {translations}")
    if not QTranslator().load(QLocale(QLocale.Language.English), "qtbase", "_", translations):
        raise RuntimeError(f"qtbase_en not found in {translations}")
    loaded = "qtbase_sv, qtbase_en"
    if getattr(sys, "frozen", False):  # the installed program must carry the English .qm
        from app.ui.translation import translations_folder

        if not QTranslator().load("igor_desk_en", str(translations_folder())):
            raise RuntimeError(f"igor_desk_en.qm not found in {translations_folder()}")
        loaded += ", igor_desk_en"
    widget.close()
    return f"Qt {qVersion()}, platform {app.platformName()}, {loaded} loaded"
