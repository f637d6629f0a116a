"""Connection settings of a server (app.database.connection): what the dialog and the command
line accept, what they refuse (a Swedish message naming each wrong field), what is saved (no
password) and that the timeouts reach the engine."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from app import cli, settings
from app.database.connection import ServerConnection
from app.database.engine import parse_database_url, pg_connect_args
from app.errors import UserError, ValidationError


def test_every_wrong_field_is_named(tmp_path):
    bad = ServerConnection(
        host="",
        port="femtio",
        database="igor data",
        login_role="Greta!",
        sslmode="verify-ful",
        root_certificate=str(tmp_path / "saknas.pem"),
        connect_timeout_s=0,
        statement_timeout_s="ett år",
    )
    with pytest.raises(ValidationError) as refused:
        bad.to_url()
    text = refused.value.message()
    for expected in (
        "Fältet server måste fyllas i.",
        "Fältet port: ange ett heltal mellan 1 och 65535.",
        "Fältet databasnamn: namnet får inte innehålla mellanslag eller /.",
        "Fältet inloggningsroll:",
        "Fältet TLS-läge (sslmode): okänt värde verify-ful",
        "Fältet rotcertifikat: filen",
        "Fältet anslutningstidsgräns: ange sekunder, 1–600.",
        "Fältet frågetidsgräns: ange sekunder, 1–86400.",
    ):
        assert expected in text, text
    assert len(refused.value.problems) == 8


def test_verify_full_needs_a_root_certificate():
    with pytest.raises(ValidationError, match="Fältet rotcertifikat: TLS-läget verify-full"):
        ServerConnection(host="db.example.se", database="igor").to_url()
    url = ServerConnection(host="db.example.se", database="igor", root_certificate="system")
    assert "sslrootcert=system" in url.to_url()


def test_saved_without_password_and_read_back(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    wanted = ServerConnection(
        host="db.example.se",
        port=5433,
        database="igor",
        login_role="igor_k3x9q2",
        sslmode="verify-full",
        root_certificate=str(ca),
        connect_timeout_s=5,
        statement_timeout_s=300,
    )
    url = wanted.to_url()
    settings.save_database_choice(url)
    saved = settings.load()["database_url"]
    assert ":" not in (make_url(saved).password or "")
    assert ServerConnection.from_url(saved) == wanted
    # Defaults are left out of the URL.
    plain = ServerConnection(host="db", database="igor", root_certificate=str(ca)).to_url()
    assert make_url(plain).query == {"sslmode": "verify-full", "sslrootcert": str(ca)}


def test_timeouts_leave_the_url_and_reach_the_connection(monkeypatch):
    monkeypatch.delenv("IGOR_PG_CONNECT_TIMEOUT_S", raising=False)
    monkeypatch.delenv("IGOR_PG_STATEMENT_TIMEOUT_MS", raising=False)
    target = parse_database_url(
        "postgresql://db/igor?sslmode=require&connect_timeout=4&statement_timeout=30"
    )
    assert dict(target.url.query) == {"sslmode": "require"}  # libpq never sees them
    args = pg_connect_args(target)
    assert args["connect_timeout"] == 4 and args["options"] == "-c statement_timeout=30000"
    assert pg_connect_args(parse_database_url("postgresql://db/igor"))["connect_timeout"] == 10
    with pytest.raises(UserError, match="Fältet frågetidsgräns"):
        parse_database_url("postgresql://db/igor?statement_timeout=-1")


def test_the_command_line_sets_the_same_options(tmp_path, monkeypatch):
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    seen = {}

    def fake_gui(db_url):
        seen["url"] = db_url
        return 0

    monkeypatch.setattr("app.ui.application.run_gui", fake_gui)
    code = cli.main(
        [
            "--db",
            "postgresql://db.example.se/igor",
            "--sslmode",
            "verify-full",
            "--sslrootcert",
            str(ca),
            "--statement-timeout",
            "60",
        ]
    )
    assert code == 0
    conn = ServerConnection.from_url(seen["url"])
    assert (conn.host, conn.sslmode, conn.root_certificate) == (
        "db.example.se",
        "verify-full",
        str(ca),
    )
    assert conn.statement_timeout_s == 60


def test_the_command_line_refuses_bad_options_naming_the_field(capsys, tmp_path):
    code = cli.main(["--db", "postgresql://db/igor", "--sslmode", "verify-full"])
    assert code == 2
    assert "Fältet rotcertifikat" in capsys.readouterr().err
    code = cli.main(["--db", str(tmp_path / "lokal.db"), "--sslmode", "require"])
    assert code == 2 and "bara en databasserver" in capsys.readouterr().err
