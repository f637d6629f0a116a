"""The installed program's Qt check for `igor-desk selftest`: a QApplication starts, a widget
shows, and Qt's own Swedish translation loads."""

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
    widget.close()
    return f"Qt {qVersion()}, platform {app.platformName()}, qtbase_sv loaded"
