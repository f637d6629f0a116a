"""Fixtures of the whole-interface tests: a demo world on an encrypted SQLite file (no
PostgreSQL needed) and the compiled English translation."""

from __future__ import annotations

import pytest

from app.ui import messages
from tests.ui import world


@pytest.fixture(autouse=True)
def names_for_screen_readers(qapp):
    """As app.ui.application.create_application does for the program."""
    from app.ui import accessibility

    accessibility.install(qapp)
    yield
    accessibility.uninstall(qapp)  # other test folders build their widgets as they were


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory):
    return world.compile_translations(tmp_path_factory.mktemp("qm"))


@pytest.fixture(scope="module")
def demo_world(tmp_path_factory):
    db, ctx = world.open_world(tmp_path_factory.mktemp("world"))
    yield ctx
    db.dispose()


@pytest.fixture
def quiet(monkeypatch):
    """Message boxes answered at once (a modal box would wait for a person)."""
    shown: list[tuple] = []
    for name in ("error", "info", "user_error", "unexpected"):
        monkeypatch.setattr(messages, name, lambda *a, **k: shown.append(a))
    monkeypatch.setattr(messages, "confirm", lambda *a, **k: True)
    return shown


@pytest.fixture
def built(qapp):
    """Widgets built by a test, closed and deleted afterwards."""
    keep: list = []
    yield keep
    for widget in reversed(keep):
        widget.close()
        widget.deleteLater()
    world.settle(50)
