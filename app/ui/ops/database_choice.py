"""Choosing where the data lives: a local encrypted file, or a shared PostgreSQL server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.database import connection
from app.vocabulary import checks
from app.vocabulary import fields as F
from app.vocabulary.fields import field_name

# What each TLS mode means, for the drop-down (the value itself is libpq's sslmode).
TLS_LABELS = {
    "disable": QT_TRANSLATE_NOOP("DatabaseChoiceWidget", "disable – okrypterat (bara för test)"),
    "allow": QT_TRANSLATE_NOOP("DatabaseChoiceWidget", "allow – krypterat om servern kräver det"),
    "prefer": QT_TRANSLATE_NOOP("DatabaseChoiceWidget", "prefer – krypterat om servern kan"),
    "require": QT_TRANSLATE_NOOP(
        "DatabaseChoiceWidget", "require – krypterat, servern kontrolleras inte"
    ),
    "verify-ca": QT_TRANSLATE_NOOP(
        "DatabaseChoiceWidget", "verify-ca – krypterat, certifikatet kontrolleras"
    ),
    "verify-full": QT_TRANSLATE_NOOP(
        "DatabaseChoiceWidget", "verify-full – krypterat, certifikat och namn kontrolleras"
    ),
}


class DatabaseChoiceWidget(QWidget):
    """Local file (path) or server (host, port, database, login role, TLS mode, root
    certificate, timeouts: app.database.connection). `chosen_url()` gives what to save in
    settings (never a password) and raises UserError / ValidationError for bad input, each
    message naming its field."""

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

        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("db.exempel.se"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(connection.DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.database_edit.setPlaceholderText(self.tr("igor"))
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("tomt: din egen inloggning ur nyckelringen"))
        self.tls_combo = QComboBox()
        for mode in connection.TLS_MODES:
            self.tls_combo.addItem(self.tr(TLS_LABELS[mode]), mode)
        self.tls_combo.setCurrentIndex(self.tls_combo.findData(connection.DEFAULT_TLS))
        self.cert_edit = QLineEdit()
        self.cert_edit.setPlaceholderText(self.tr("rotcertifikat (.crt/.pem) från IT"))
        cert_browse = QPushButton(self.tr("Välj fil…"))
        cert_browse.clicked.connect(self._on_cert_browse_clicked)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.cert_edit, 1)
        cert_row.addWidget(cert_browse)
        self.connect_timeout_spin = QSpinBox()
        self.connect_timeout_spin.setRange(*connection.CONNECT_TIMEOUT_RANGE)
        self.connect_timeout_spin.setValue(connection.DEFAULT_CONNECT_TIMEOUT_S)
        self.connect_timeout_spin.setSuffix(self.tr(" s"))
        self.statement_timeout_spin = QSpinBox()
        self.statement_timeout_spin.setRange(*connection.STATEMENT_TIMEOUT_RANGE)
        self.statement_timeout_spin.setValue(connection.DEFAULT_STATEMENT_TIMEOUT_S)
        self.statement_timeout_spin.setSuffix(self.tr(" s"))
        server_help = QLabel(
            self.tr(
                "Med TLS-läget verify-full och rotcertifikatet från IT krypteras förbindelsen och "
                "serverns namn kontrolleras. Lösenord sparas aldrig i inställningarna; de ligger "
                "i nyckelringen."
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
        self.server_fields = {
            F.HOST: self.host_edit,
            F.PORT: self.port_spin,
            F.DATABASE_NAME: self.database_edit,
            F.LOGIN_ROLE: self.role_edit,
            F.SSL_MODE: self.tls_combo,
            F.ROOT_CERTIFICATE: cert_row,
            F.CONNECT_TIMEOUT: self.connect_timeout_spin,
            F.STATEMENT_TIMEOUT: self.statement_timeout_spin,
        }
        for name, widget in self.server_fields.items():
            server_form.addRow(
                self.tr("{field}:").format(field=_initial_capital(field_name(name))), widget
            )
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
            self.set_server(connection.ServerConnection.from_url(current))
            self.server_radio.setChecked(True)
        else:
            if current:
                self.path_edit.setText(current.removeprefix("sqlite:///"))
            self.local_radio.setChecked(True)
        self._on_kind_toggled()

    def set_server(self, server: connection.ServerConnection) -> None:
        self.host_edit.setText(server.host)
        self.port_spin.setValue(int(server.port))
        self.database_edit.setText(server.database)
        self.role_edit.setText(server.login_role)
        index = self.tls_combo.findData(server.sslmode)
        self.tls_combo.setCurrentIndex(max(index, 0))
        self.cert_edit.setText(server.root_certificate)
        self.connect_timeout_spin.setValue(int(server.connect_timeout_s))
        self.statement_timeout_spin.setValue(int(server.statement_timeout_s))

    def server(self) -> connection.ServerConnection:
        return connection.ServerConnection(
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            database=self.database_edit.text(),
            login_role=self.role_edit.text(),
            sslmode=self.tls_combo.currentData(),
            root_certificate=self.cert_edit.text(),
            connect_timeout_s=self.connect_timeout_spin.value(),
            statement_timeout_s=self.statement_timeout_spin.value(),
        )

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
            return self.server().to_url()
        text = self.path_edit.text().strip()
        if not text:
            raise checks.required(F.DATABASE_FILE)
        return str(Path(text).expanduser().resolve())


def _initial_capital(text: str) -> str:
    return text[:1].upper() + text[1:]
