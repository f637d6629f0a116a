"""TLS to the server, for real: a throwaway PostgreSQL cluster started here with ssl=on and a
certificate from a CA made in the test (cryptography), accepting TLS connections only.

The connection settings of the database-choice dialog (app.database.connection) produce the URL;
verify-full with the right root certificate connects and pg_stat_ssl shows the session
encrypted; a wrong root certificate is refused with a Swedish message, before any password is
sent; the timeouts reach the session."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text

from app.database import open_database
from app.database.connection import ServerConnection
from app.errors import DatabaseOpenError

ROLE, PASSWORD, DATABASE = "tls_user", "tls-test-lösen", "igor_tls"


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return found[-1].parent if found else None


def _key():
    return ec.generate_private_key(ec.SECP256R1())


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(cn: str):
    key = _key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(ca_key, ca_cert):
    key = _key()
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class TlsServer:
    port: int
    root: Path  # the right root certificate
    wrong_root: Path  # another CA's

    def settings(self, **kw) -> ServerConnection:
        values = dict(
            host="127.0.0.1",
            port=self.port,
            database=DATABASE,
            login_role=ROLE,
            sslmode="verify-full",
            root_certificate=str(self.root),
        )
        values.update(kw)
        return ServerConnection(**values)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    pg_bin = _pg_bin()
    if pg_bin is None:
        if os.environ.get("IGOR_REQUIRE_PG") == "1":
            pytest.fail("PostgreSQL server binaries missing")
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql)")
    as_root = os.geteuid() == 0
    base = Path(tempfile.mkdtemp(prefix="igor-tls-pg."))
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(base, "postgres")
    data = base / "data"

    def pg(*args: str) -> None:
        subprocess.run([*run_as, *args], check=True, capture_output=True, timeout=120)

    pg(str(pg_bin / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8",
       "--auth-local=trust", "--auth-host=scram-sha-256")  # fmt: skip
    ca_key, ca_cert = _ca("IGOR test root")
    key, cert = _server_cert(ca_key, ca_cert)
    (data / "server.crt").write_bytes(_pem(cert))
    (data / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    os.chmod(data / "server.key", 0o600)
    # TLS only over TCP: a plain connection is refused by the server itself.
    (data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "hostssl all all 127.0.0.0/8 scram-sha-256\n"
        "hostnossl all all 127.0.0.0/8 reject\n"
    )
    if as_root:
        for f in ("server.crt", "server.key", "pg_hba.conf"):
            shutil.chown(data / f, "postgres")
    certs = tmp_path_factory.mktemp("tls-certs")
    root = certs / "igor-root.crt"
    root.write_bytes(_pem(ca_cert))
    wrong = certs / "other-root.crt"
    wrong.write_bytes(_pem(_ca("Some other root")[1]))

    port = _free_port()
    opts = (
        f"-c listen_addresses=127.0.0.1,127.0.0.2 -c port={port} -c unix_socket_directories={base} "
        "-c ssl=on -c fsync=off -c password_encryption=scram-sha-256"
    )
    pg(str(pg_bin / "pg_ctl"), "start", "-D", str(data), "-l", str(base / "server.log"),
       "-w", "-t", "60", "-s", "-o", opts)  # fmt: skip
    try:
        psql = [str(pg_bin / "psql"), "-h", str(base), "-p", str(port), "-U", "postgres", "-qX"]
        pg(*psql, "-d", "postgres", "-c", f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        pg(*psql, "-d", "postgres", "-c", f"CREATE DATABASE {DATABASE} OWNER {ROLE}")
        yield TlsServer(port, root, wrong)
    finally:
        subprocess.run(
            [*run_as, str(pg_bin / "pg_ctl"), "stop", "-D", str(data), "-m", "immediate", "-s"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(base, ignore_errors=True)


def test_verify_full_with_the_right_root_certificate_connects_encrypted(tls_server):
    settings = tls_server.settings(connect_timeout_s=7, statement_timeout_s=42)
    url = settings.to_url()
    assert PASSWORD not in url and "sslmode=verify-full" in url
    db = open_database(url, password=PASSWORD)
    try:
        with db.engine.connect() as conn:
            ssl, version = conn.execute(
                text("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).one()
            assert ssl is True and version.startswith("TLS")
            assert conn.execute(text("SHOW statement_timeout")).scalar_one() == "42s"
        assert db.target.connect_timeout_s == 7
    finally:
        db.dispose()


def test_a_wrong_root_certificate_is_refused_in_swedish(tls_server):
    url = tls_server.settings(root_certificate=str(tls_server.wrong_root)).to_url()
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url, password=PASSWORD)
    message = refused.value.message()
    assert "kunde inte verifieras" in message and str(tls_server.wrong_root) in message
    assert "127.0.0.1" in message


def test_a_server_name_the_certificate_does_not_cover_is_refused(tls_server):
    # 127.0.0.2 reaches the same loopback server, but the certificate names 127.0.0.1 only.
    url = tls_server.settings(host="127.0.0.2").to_url()
    with pytest.raises(DatabaseOpenError) as refused:
        open_database(url, password=PASSWORD)
    assert "certifikat gäller inte namnet 127.0.0.2" in refused.value.message()


def test_without_tls_the_server_refuses_and_require_still_encrypts(tls_server):
    with pytest.raises(DatabaseOpenError):
        open_database(
            tls_server.settings(sslmode="disable", root_certificate="").to_url(),
            password=PASSWORD,
        )
    db = open_database(
        tls_server.settings(sslmode="require", root_certificate="").to_url(), password=PASSWORD
    )
    try:
        with db.engine.connect() as conn:
            assert conn.execute(
                text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            ).scalar_one()
    finally:
        db.dispose()


def test_enrolling_through_a_wrong_root_certificate_says_so_not_bad_code(tls_server):
    from app.errors import ServerTlsError
    from app.services.admin import profiles

    url = tls_server.settings(root_certificate=str(tls_server.wrong_root), login_role="").to_url()
    with pytest.raises(ServerTlsError, match="kunde inte verifieras"):
        profiles.enroll(url, "ABCDEF-GHJKM-NPQRS-TUVWX-YZ234", account="greta")
