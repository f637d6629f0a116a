"""Sign-in through the real Secret Service (gnome-keyring in dbus-run-session, set up by
./dev.sh test and CI). Skipped only where IGOR_SECRET_SERVICE is not 1."""

from __future__ import annotations

import os
import uuid

import keyring
import pytest

from app import keystore
from app.cli import main
from app.database import open_database
from app.database.migrate import upgrade_database
from app.models.enums import Agency
from app.services.admin import profiles

pytestmark = [
    pytest.mark.keyring_integration,
    pytest.mark.skipif(
        os.environ.get("IGOR_SECRET_SERVICE") != "1",
        reason="needs a real Secret Service (./dev.sh test sets IGOR_SECRET_SERVICE=1)",
    ),
]


@pytest.fixture
def secret_service():
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    yield
    keyring.set_keyring(previous)


def test_first_admin_staff_enrollment_and_sign_in_through_gnome_keyring(
    tmp_path, monkeypatch, secret_service, capsys
):
    assert "SecretService" in keystore.backend_name()
    path = tmp_path / f"igor-{uuid.uuid4().hex[:8]}.db"
    monkeypatch.setenv("IGOR_OS_USER", "chef-os")
    db = open_database(str(path))  # creates the key in the Secret Service
    upgrade_database(db)
    admin = profiles.create_first_admin(db, "Göran Gruppchef", Agency.POLICE)
    row = profiles.add_staff(db, admin, "Sara Socionom", Agency.SOCIAL)
    ticket = profiles.create_enrollment_code(db, admin, row.id)
    db.dispose()

    # The other OS account: on one test machine both share the Secret Service, so remove the
    # key first — the new user's keyring starts without it.
    key = keystore.get_database_key(path)
    keystore.delete_secret(keystore.database_key_name(path))
    monkeypatch.setenv("IGOR_OS_USER", "sara-os")
    assert main(["enroll", ticket.code, "--db", str(path)]) == 0
    assert "sara-os" in capsys.readouterr().out
    assert keystore.get_database_key(path) == key  # put back by enrollment, via D-Bus

    db = open_database(str(path))
    try:
        actor = profiles.sign_in(db)
        assert actor.staff_id == row.id and actor.agency is Agency.SOCIAL
    finally:
        db.dispose()
        keystore.delete_secret(keystore.database_key_name(path))
