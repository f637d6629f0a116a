"""Choosing where the data lives: a local encrypted file, or a shared PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from app import paths, settings
from app.vocabulary import checks
from app.vocabulary import fields as F


class DatabaseChoiceWidget(QWidget):
    """Local file (path) or server (URL + TLS root certificate). `chosen_url()` gives what to
    save in settings (never a password) and raises UserError for bad input."""

    def __init__(self, current: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.local_radio = QRadioButton(self.tr("&Lokal databas på den här datorn (krypterad fil)"))
        self.server_radio = QRadioButton(
            self.tr("&Gemensam databasserver (PostgreSQL) för flera datorer")
        )
        group = QButtonGroup(self)
        group.addButton(self.local_radio)
        group.addButton(self.server_radio)

        self.path_edit = QLineEdit(str(paths.default_database_file()))
        browse = QPushButton(self.tr("Välj plats…"))
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        local_help = QLabel(
            self.tr(
                "Uppgifterna sparas krypterade i en fil på den här datorn; nyckeln ligger i "
                "operativsystemets nyckelring. Välj inte en nätverksenhet."
            )
        )
        local_help.setWordWrap(True)

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText(self.tr("användare@server:5432/databas"))
        self.cert_edit = QLineEdit()
        self.cert_edit.setPlaceholderText(self.tr("rotcertifikat (.crt/.pem) från IT"))
        cert_browse = QPushButton(self.tr("Välj fil…"))
        cert_browse.clicked.connect(self._on_cert_browse_clicked)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.cert_edit, 1)
        cert_row.addWidget(cert_browse)
        server_help = QLabel(
            self.tr(
                "Med ett rotcertifikat krypteras förbindelsen och serverns namn kontrolleras "
                "(TLS, verify-full). Lösenord sparas aldrig i inställningarna."
            )
        )
        server_help.setWordWrap(True)

        self.local_box = QWidget()
        local_form = QFormLayout(self.local_box)
        local_form.setContentsMargins(24, 0, 0, 0)
        local_form.addRow(self.tr("Fil:"), path_row)
        local_form.addRow(local_help)
        self.server_box = QWidget()
        server_form = QFormLayout(self.server_box)
        server_form.setContentsMargins(24, 0, 0, 0)
        server_form.addRow(self.tr("&Serveradress:"), self.url_edit)
        server_form.addRow(self.tr("Rotcertifikat:"), cert_row)
        server_form.addRow(server_help)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.local_radio)
        layout.addWidget(self.local_box)
        layout.addWidget(self.server_radio)
        layout.addWidget(self.server_box)
        self.local_radio.toggled.connect(self._on_kind_toggled)
        self.server_radio.toggled.connect(self._on_kind_toggled)
        self._load(current)

    def _load(self, current: str | None) -> None:
        if current and "://" in current and not current.startswith("sqlite"):
            url = make_url(current)
            query = dict(url.query)
            cert = query.pop("sslrootcert", None)
            query.pop("sslmode", None)
            base = url.set(query=query, drivername="postgresql")
            self.url_edit.setText(base.render_as_string(hide_password=True).split("://", 1)[1])
            self.cert_edit.setText(cert or "")
            self.server_radio.setChecked(True)
        else:
            if current:
                self.path_edit.setText(current.removeprefix("sqlite:///"))
            self.local_radio.setChecked(True)
        self._on_kind_toggled()

    def _on_kind_toggled(self, *_args) -> None:
        self.local_box.setEnabled(self.local_radio.isChecked())
        self.server_box.setEnabled(self.server_radio.isChecked())

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Var ska databasen ligga?"),
            self.path_edit.text(),
            self.tr("IGOR Desk-databas (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path_edit.setText(name)

    def _on_cert_browse_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Rotcertifikat"), "", self.tr("Certifikat (*.crt *.pem *.cer)")
        )
        if name:
            self.cert_edit.setText(name)

    def chosen_url(self) -> str:
        if self.server_radio.isChecked():
            return settings.server_url(self.url_edit.text(), self.cert_edit.text().strip() or None)
        text = self.path_edit.text().strip()
        if not text:
            raise checks.required(F.DATABASE_FILE)
        return str(Path(text).expanduser().resolve())
