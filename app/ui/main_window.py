"""The main window: navigation between the pages, menus, and a status bar that says who is
signed in, for which agency, and on which database."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from app.database import DatabaseKind
from app.models.enums import Agency
from app.services.core import access
from app.services.core.actor import Actor
from app.ui.context import AppContext
from app.ui.labels import agency_label
from app.ui.pages import PAGES, PageSpec
from app.ui.placeholder import PlaceholderPage

logger = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def page_allowed(spec: PageSpec, actor: Actor) -> bool:
    """Administrators' pages for administrators; an analyst (no caseworker or admin role) sees
    statistics only, so the pages that show record content are not even built for them."""
    if spec.admin_only and not actor.is_admin:
        return False
    return spec.analyst_ok or access.sees_content(actor)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME} – {ctx.actor.full_name}")
        self.resize(1280, 800)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(_tr("Sidor"))
        self.nav.setFixedWidth(180)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Pages are built when first shown (start-up builds only the first one): `pages` holds
        # the built ones, `specs` every page this person may see, in navigation order.
        self.pages: dict[str, QWidget] = {}
        self.specs: dict[str, PageSpec] = {}
        self._slots: dict[str, QWidget] = {}
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        for spec in PAGES:
            if not page_allowed(spec, ctx.actor):
                continue
            self.specs[spec.key] = spec
            slot = QWidget()  # replaced by the page when it is first shown
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(_tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            action = QAction(_tr(spec.title), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            view_menu.addAction(action)
        if access.sees_content(ctx.actor):
            view_menu.addSeparator()
            search = QAction(self.tr("&Snabbsök…"), self)
            search.setShortcut(QKeySequence("Ctrl+F"))
            search.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            search.triggered.connect(self.quick_search)
            view_menu.addAction(search)
            self.addAction(search)
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.setCurrentRow(0)

        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        quit_action = QAction(self.tr("&Avsluta"), self)
        # Ctrl+Q everywhere (the platform's Quit key is empty on some, e.g. Windows).
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        if access.sees_content(ctx.actor):
            contact = QAction(self.tr("Mina &kontaktuppgifter…"), self)
            contact.triggered.connect(self.edit_own_contact)
            file_menu.addAction(contact)
            file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.menuBar().insertMenu(view_menu.menuAction(), file_menu)
        from app.ui.ops.tools_menu import install_tools_menu

        install_tools_menu(self, ctx)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om IGOR Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        self._build_status_bar()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Quitting (Ctrl+Q, Arkiv → Avsluta, the close button) with unsaved input asks first."""
        from app.ui import unsaved

        dirty = [
            (key, page)
            for key, page in self.pages.items()
            if getattr(page, "has_unsaved_changes", None) and page.has_unsaved_changes()
        ]
        if dirty:
            self.show_page(dirty[0][0])
            answer = unsaved.ask(self)
            if answer == unsaved.CANCEL:
                event.ignore()
                return
            if answer == unsaved.SAVE:
                for key, page in dirty:
                    if not page.save_unsaved():
                        self.show_page(key)
                        event.ignore()
                        return
        event.accept()

    def _build_page(self, spec: PageSpec) -> QWidget:
        if spec.target is None:
            return PlaceholderPage(_tr(spec.title))
        module_name, class_name = spec.target.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        page = cls(self.ctx, self)
        find = getattr(page, "find_shortcut", None)
        if find is not None:  # Ctrl+F is the window's quick search here
            find.setEnabled(False)
        opener = getattr(page, "open_requested", None)
        if opener is not None:
            opener.connect(self.open_place)
        return page

    def edit_own_contact(self) -> None:
        from app.ui.admin.contact_dialog import StaffContactDialog

        dialog = StaffContactDialog(self.ctx, self.ctx.actor.staff_id, self)
        self.contact_dialog = dialog  # tests reach it
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def quick_search(self) -> None:
        """Ctrl+F from every page: one search for cases, staff and events; Enter goes there."""
        from app.ui.quick_search import QuickSearchDialog

        dialog = QuickSearchDialog(self.ctx, self)
        dialog.open_requested.connect(self.open_place)
        self.search_dialog = dialog  # tests reach it
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_place(self, target: str, target_id: int, item=None) -> None:
        """Open where a row of Min dag leads: the case file, the calendar on the event's day
        with the event selected, or the transport on the board."""
        when = getattr(item, "when", None)
        if target == "case" and self.page("cases") is not None:
            self.show_page("cases")
            widget = self.pages["cases"].open_case(target_id)
            widget.setFocus()
        elif target == "event" and self.page("calendar") is not None:
            self.show_page("calendar")
            self.pages["calendar"].show_event(target_id, when, getattr(item, "occurrence", None))
        elif target == "staff" and self.page("calendar") is not None:
            self.show_page("calendar")
            self.pages["calendar"].show_staff(target_id)
        elif target == "transport" and self.page("transports") is not None:
            self.show_page("transports")
            self.pages["transports"].show_transport(target_id, when)

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        who = QLabel(
            self.tr("Inloggad: {name} ({agency})").format(
                name=actor.full_name, agency=agency_label(actor.agency)
            )
        )
        who.setObjectName("statusWho")
        who.setProperty("agency", actor.agency.value)
        if self.ctx.db.kind is DatabaseKind.SQLITE:
            where = self.tr("Databas: lokal krypterad fil {path}").format(
                path=self.ctx.db.describe()
            )
        else:
            where = self.tr("Databas: server {server}").format(server=self.ctx.db.describe())
        db_label = QLabel(where)
        db_label.setObjectName("statusDatabase")
        self.statusBar().addWidget(who)
        # Quiet, while the listener has no contact with the server (it tries again by itself,
        # and what is on screen is read again once it is back: app/database/listener.py).
        self.offline = QLabel(self.tr("Ingen kontakt med servern – försöker igen …"))
        self.offline.setObjectName("statusOffline")
        self.offline.setStyleSheet("color: #92400e;")
        self.offline.setVisible(not self.ctx.db.changes.online)
        self.statusBar().addWidget(self.offline)
        self.statusBar().addPermanentWidget(db_label)
        from app.ui import changes

        changes.bridge_for(self.ctx.db).online.connect(self._show_online)

    def _show_online(self, online: bool) -> None:
        self.offline.setVisible(not online)

    def page(self, key: str) -> QWidget | None:
        """The page `key`, built now if it was not yet (None: not for this person)."""
        if key in self.pages:
            return self.pages[key]
        spec = self.specs.get(key)
        if spec is None:
            return None
        page = self._build_page(spec)
        slot = self._slots.pop(key)
        index = self.stack.indexOf(slot)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        self.pages[key] = page
        return page

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        self.stack.setCurrentWidget(self.page(key))

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_page_key(self) -> str:
        return self.nav.currentItem().data(Qt.ItemDataRole.UserRole)

    def show_about(self) -> None:
        from app.about import library_versions, schema_revision
        from app.database.migrate import current_revision

        rows = "".join(
            f"<tr><td>{n}</td><td>{v}</td><td>{lic}</td></tr>" for n, v, lic in library_versions()
        )
        QMessageBox.about(
            self,
            self.tr("Om IGOR Desk"),
            self.tr(
                "<h3>{app} {version}</h3><p>Databasschema: {schema} (programmet: {head})</p>"
                "<p>Medföljande bibliotek och licenser:</p><table>{rows}</table>"
            ).format(
                app=APP_NAME,
                version=__version__,
                schema=current_revision(self.ctx.db),
                head=schema_revision(),
                rows=rows,
            ),
        )


AGENCY_COLOURS = {Agency.POLICE: "#1f3a68", Agency.SOCIAL: "#2e6b3f"}
