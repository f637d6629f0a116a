"""The log files never hold personal data: run a realistic flow and search them."""

from __future__ import annotations

import logging
from datetime import datetime

import pytest
from sqlalchemy.exc import IntegrityError

from app import logging_setup, paths
from app.cli import main
from app.database import open_database
from app.database.migrate import upgrade_database
from app.errors import DatabaseOpenError, UserError
from app.models import Person
from app.models.enums import Agency, PartyRole
from app.services.admin import profiles
from app.services.ops import backup, diagnostics, retention
from tests.factories import add_contact, make_case, make_staff

NAMES = ["Maria", "Andersson", "Johan", "Berg", "Petra", "Göran", "Hemlig anteckning"]
NUMBERS = ["198503142385", "198001019812", "850314-2385", "8503142385"]


@pytest.fixture
def logs():
    logging_setup.reset_logging()
    logging_setup.configure_logging(console=False, level=logging.DEBUG)
    yield paths.log_dir()
    logging_setup.reset_logging()


def test_a_realistic_flow_leaves_no_names_or_personnummer_in_the_logs(logs, tmp_path, capsys):
    path = tmp_path / "flow.db"
    db = open_database(str(path))
    upgrade_database(db)
    staff = make_staff(db)
    case_id = make_case(db)
    add_contact(
        db,
        staff.police,
        case_id,
        PartyRole.VICTIM,
        when=datetime(2026, 2, 1, 10),
        note="Hemlig anteckning om Maria Andersson 198503142385",
    )
    # A failing validation, with a name in the input.
    with pytest.raises(UserError):
        profiles.create_first_admin(db, "   ", Agency.POLICE)
    # A database error that would quote the row (name and personnummer) in its message.
    with pytest.raises(IntegrityError), db.write(system=True) as s:
        s.add(Person(first_name="Maria", last_name="Andersson", personal_number="198503142385"))
    try:
        with db.write(system=True) as s:
            s.add(Person(first_name="Johan", last_name="Berg", personal_number="198001019812"))
    except IntegrityError:
        logging.getLogger("app.test").exception("saving a person failed")
    # A careless message and an unhandled exception with personal data in its text.
    logging.getLogger("app.test").warning("checking 850314-2385 and 8503142385")
    try:
        raise ValueError("Maria Andersson 198503142385")
    except ValueError as exc:
        logging_setup._log_unhandled(type(exc), exc, exc.__traceback__)
    capsys.readouterr()
    # Backups, retention listing, diagnostics, a wrong key.
    backup.make_backup(db)
    retention.due_cases(db, staff.lead)
    diagnostics.report(db)
    db.dispose()
    with pytest.raises(DatabaseOpenError):
        open_database(str(path), key_hex="00" * 32)
    assert main(["backups", "--db", str(path)]) == 0

    for handler in logging.getLogger().handlers:
        handler.flush()
    files = list(logs.glob("igor-desk.log*"))
    assert files
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    assert "backup made" in text and "IntegrityError" in text and "ValueError" in text
    for needle in NAMES + NUMBERS:
        assert needle not in text, needle


def test_diagnostics_say_what_support_needs_and_no_secrets(logs, tmp_path):
    db = open_database(str(tmp_path / "diag.db"))
    upgrade_database(db)
    logging.getLogger("app.test").info("a line for the diagnostics")
    for handler in logging.getLogger().handlers:
        handler.flush()
    try:
        text = diagnostics.report(db, qt_version="6.11.0")
    finally:
        db.dispose()
    from app.database.migrate import head_revision

    assert head_revision() in text and "6.11.0" in text
    assert "lokal krypterad fil" in text and "MemoryKeyring" in text
    assert "a line for the diagnostics" in text
    from app import keystore

    assert keystore.get_database_key(db.target.path) not in text
