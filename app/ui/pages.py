"""The main window's pages, in navigation order.

Each page is `module:Class`, a QWidget constructed as Class(ctx: AppContext, parent). A page whose
module is None is not built yet; the shell shows a plain placeholder in its place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # translated in context "pages"
    target: str | None
    shortcut: str
    admin_only: bool = False  # built and listed only for administrators
    # Analysts (no caseworker or admin role) see statistics only: only pages marked here.
    analyst_ok: bool = False


PAGES = [
    PageSpec(
        "myday", QT_TRANSLATE_NOOP("pages", "Min dag"), "app.ui.myday.page:MyDayPage", "Ctrl+0"
    ),
    PageSpec(
        "cases", QT_TRANSLATE_NOOP("pages", "Ärenden"), "app.ui.cases.page:CasesPage", "Ctrl+1"
    ),
    PageSpec(
        "calendar",
        QT_TRANSLATE_NOOP("pages", "Kalender"),
        "app.ui.calendar.page:CalendarPage",
        "Ctrl+2",
    ),
    PageSpec(
        "transports",
        QT_TRANSLATE_NOOP("pages", "Transporter"),
        "app.ui.transports.page:TransportsPage",
        "Ctrl+3",
    ),
    PageSpec(
        "letters", QT_TRANSLATE_NOOP("pages", "Brev"), "app.ui.letters.page:LettersPage", "Ctrl+4"
    ),
    PageSpec(
        "statistics",
        QT_TRANSLATE_NOOP("pages", "Statistik"),
        "app.ui.statistics.page:StatisticsPage",
        "Ctrl+5",
        analyst_ok=True,
    ),
    PageSpec(
        "admin",
        QT_TRANSLATE_NOOP("pages", "Administration"),
        "app.ui.admin.admin_page:AdminPage",
        "Ctrl+9",
        admin_only=True,
    ),
]
