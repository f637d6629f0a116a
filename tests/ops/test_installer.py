"""The installed program: --version, the self-test, the unattended first start, and (slow,
opt-in) the real PyInstaller build started from a clean environment.

The build test runs only with IGOR_BUILD_INSTALLER=1 (about 3-4 minutes on Linux; it needs the
`build` extra, dbus-run-session and gnome-keyring-daemon):
    IGOR_BUILD_INSTALLER=1 ./dev.sh test tests/test_installer.py
or directly: .venv/bin/python build_installer.py --smoke
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.database import open_database
from app.database.migrate import head_revision, upgrade_database

ROOT = Path(__file__).resolve().parent.parent


def test_version_names_the_schema_revision_and_the_licences(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert "IGOR Desk" in out and f"Databasschema: {head_revision()}" in out
    for name, licence in (("SQLAlchemy", "MIT"), ("PySide6-Essentials", "LGPL-3.0")):
        assert any(name in line and licence in line for line in out.splitlines())


def test_selftest_passes_in_the_development_environment(qapp, capsys):
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out
    assert "FEL" not in out and out.count("OK ") == 5


def test_an_unattended_first_start_creates_the_administrator(monkeypatch, tmp_path):
    from app.services.admin import profiles
    from app.ui.application import sign_in_or_first_start

    db = open_database(str(tmp_path / "u.db"))
    upgrade_database(db)
    try:
        monkeypatch.setenv("IGOR_FIRST_ADMIN", "Rök Testsson|social")
        actor = sign_in_or_first_start(db)
        assert actor.is_admin and actor.agency == "social"
        assert profiles.has_any_staff(db)
        assert sign_in_or_first_start(db).staff_id == actor.staff_id  # then a normal sign-in
    finally:
        db.dispose()


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("IGOR_BUILD_INSTALLER") != "1",
    reason="builds the installer (minutes); set IGOR_BUILD_INSTALLER=1",
)
def test_the_built_program_starts_from_a_clean_environment():
    proc = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "main window shown (log): yes" in proc.stdout
    assert "Röktest: godkänt." in proc.stdout
