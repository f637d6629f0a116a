"""Shared fixtures.

Every test that takes `db` runs twice: on an encrypted SQLite file and on a real PostgreSQL
server (IGOR_TEST_PG_URL, started by ./dev.sh test). Without a server the PostgreSQL half is
skipped locally, but fails when IGOR_REQUIRE_PG=1 (CI), so CI can never pass on SQLite alone.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app import keystore
from tests.memory_keyring import MemoryKeyring


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch) -> None:
    """Each test gets its own data and log folder and a fixed OS account."""
    base = tmp_path_factory.mktemp("igor")
    monkeypatch.setenv("IGOR_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("IGOR_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("IGOR_OS_USER", "testanvandare")
    monkeypatch.setenv("IGOR_WORKSTATION", "test-ws-1")


@pytest.fixture(autouse=True)
def memory_keyring(request) -> Iterator[MemoryKeyring | None]:
    if request.node.get_closest_marker("keyring_integration"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch) -> None:
    """A real modal question would block an offscreen test. Unless a test answers itself, a
    named-button question (messages.choice: "Spara / Släng / Avbryt" when a form with unsaved
    input closes, also when pytest-qt closes the test's widgets) is answered like Escape: the
    last button, "go back"."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from app.ui import messages

    monkeypatch.setattr(
        messages, "choice", lambda parent, text, buttons, title=None: len(buttons) - 1
    )


# --- PostgreSQL -------------------------------------------------------------------------------


def pg_admin_url():
    raw = os.environ.get("IGOR_TEST_PG_URL")
    return make_url(raw) if raw else None


def _require_pg() -> None:
    if pg_admin_url() is None:
        if os.environ.get("IGOR_REQUIRE_PG") == "1":
            pytest.fail("IGOR_REQUIRE_PG=1 but IGOR_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL server (set IGOR_TEST_PG_URL; ./dev.sh test does)")


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A database migrated to head once per test run; tests clone it (fast)."""
    _require_pg()
    from app.database import open_database
    from app.database.migrate import upgrade_database

    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    name = f"igor_tpl_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(pg_admin_url().set(database=name).render_as_string(hide_password=False))
    upgrade_database(db)
    db.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def new_pg_database(template: str | None) -> tuple[str, str]:
    """Create an empty (or cloned) database; returns (name, url with password)."""
    _require_pg()
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    name = f"igor_t_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        tpl = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{tpl}'))
    admin.dispose()
    return name, pg_admin_url().set(database=name).render_as_string(hide_password=False)


def drop_pg_database(name: str) -> None:
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> tuple[Path, str]:
    """An encrypted database file migrated to head once per test run, and its key; the `db`
    fixture copies it (migrating a new file for every test took most of the suite's time)."""
    from app.database import open_database
    from app.database.migrate import upgrade_database

    path = tmp_path_factory.mktemp("sqlite-template") / "template.db"
    key = secrets.token_hex(32)
    database = open_database(str(path), key_hex=key)
    upgrade_database(database)
    database.dispose()
    assert not Path(f"{path}-wal").exists(), "the template must be whole in one file"
    return path, key


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def empty_db_url(backend, tmp_path) -> Iterator[str]:
    """A URL of an empty, not yet migrated database on the backend under test."""
    if backend == "sqlite":
        yield str(tmp_path / "igor-test.db")
        return
    name, url = new_pg_database(None)
    yield url
    drop_pg_database(name)


@pytest.fixture
def db(backend, tmp_path, request):
    """An open database migrated to head, on the backend under test."""
    from app.database import open_database
    from app.database.migrate import upgrade_database

    if backend == "sqlite":
        template_path, key = request.getfixturevalue("sqlite_template")
        path = tmp_path / "igor-test.db"
        shutil.copyfile(template_path, path)
        keystore.store_database_key(path, key)  # as if this file's key had been made here
        database = open_database(str(path))
        upgrade_database(database)  # already at head: only the revision check runs
        yield database
        database.dispose()
        return
    template = request.getfixturevalue("pg_template")
    name, url = new_pg_database(template)
    database = open_database(url)
    yield database
    database.dispose()
    drop_pg_database(name)


@pytest.fixture
def pg_db(request):
    """A migrated PostgreSQL database (cloned from the template) for server-side RLS tests."""
    from app.database import open_database

    template = request.getfixturevalue("pg_template")
    name, url = new_pg_database(template)
    database = open_database(url)
    yield database
    database.dispose()
    drop_pg_database(name)


# --- people -----------------------------------------------------------------------------------


@pytest.fixture
def staff(db):
    """A police officer, a social worker, a lead (police) and an analyst, as actors."""
    from tests.factories import make_staff

    return make_staff(db)
