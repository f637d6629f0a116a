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
        self.nav.setFixedWidth(180)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.pages: dict[str, QWidget] = {}
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        for spec in PAGES:
            if not page_allowed(spec, ctx.actor):
                continue
            page = self._build_page(spec)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(_tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            action = QAction(_tr(spec.title), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_page(k))
            view_menu.addAction(action)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        quit_action = QAction(self.tr("&Avsluta"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.menuBar().insertMenu(view_menu.menuAction(), file_menu)
        from app.ui.ops.tools_menu import install_tools_menu

        install_tools_menu(self, ctx)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        about = QAction(self.tr("&Om IGOR Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

        self._build_status_bar()

    def _build_page(self, spec: PageSpec) -> QWidget:
        if spec.target is None:
            return PlaceholderPage(_tr(spec.title))
        module_name, class_name = spec.target.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        return cls(self.ctx, self)

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
