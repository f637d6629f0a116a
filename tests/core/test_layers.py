"""The layers hold: data flows UI → services → models/database, never the other way.

Read from the source with `ast` (no import side effects), so a forbidden import anywhere in a
module — at the top or inside a function — fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

# The one module below app/ui allowed to touch Qt: the installed program's self-test starts a
# QApplication to prove the bundled Qt works (igor-desk selftest, used by the installer smoke test).
QT_ALLOWED_OUTSIDE_UI: set[str] = set()


def _modules(under: Path) -> list[Path]:
    return sorted(p for p in under.rglob("*.py") if "__pycache__" not in p.parts)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def _rel(path: Path) -> str:
    return path.relative_to(APP.parent).as_posix()


def test_nothing_below_the_ui_imports_qt():
    offenders = [
        f"{_rel(p)}: {name}"
        for p in _modules(APP)
        if not _rel(p).startswith("app/ui/") and _rel(p) not in QT_ALLOWED_OUTSIDE_UI
        for name in _imports(p)
        if name.split(".")[0] == "PySide6"
    ]
    assert offenders == []


@pytest.mark.parametrize("package", ["services", "models", "database", "pdf"])
def test_lower_layers_do_not_import_the_ui(package):
    offenders = [
        f"{_rel(p)}: {name}"
        for p in _modules(APP / package)
        for name in _imports(p)
        if name == "app.ui" or name.startswith("app.ui.")
    ]
    assert offenders == []


def test_models_do_not_import_services():
    offenders = [
        f"{_rel(p)}: {name}"
        for p in _modules(APP / "models")
        for name in _imports(p)
        if name.startswith("app.services")
    ]
    assert offenders == []


def test_the_ui_uses_no_models_beyond_enums_and_no_sessions():
    """Screens talk to services only: no ORM classes, no SQLAlchemy sessions or SQL."""
    offenders = []
    for p in _modules(APP / "ui"):
        for name in _imports(p):
            if (
                name.startswith("app.models")
                and not name.startswith("app.models.enums")
                and name
                not in (
                    "app.models",  # `from app.models import enums`
                )
            ):
                offenders.append(f"{_rel(p)}: {name}")
            if (
                name.startswith("sqlalchemy")
                and not name.startswith("sqlalchemy.engine.make_url")
                and name != "sqlalchemy.engine"
            ):
                offenders.append(f"{_rel(p)}: {name}")
    # `from app.models import enums` yields both "app.models" and "app.models.enums"; any other
    # name imported from app.models shows up as app.models.<Name> and is caught above.
    assert offenders == []


def test_the_ui_opens_no_database_session():
    offenders = []
    for p in _modules(APP / "ui"):
        tree = ast.parse(p.read_text())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr
                in {"read", "write", "read_together", "execute", "scalars", "scalar"}
                and isinstance(node.func.value, ast.Attribute | ast.Name)
                and getattr(node.func.value, "attr", getattr(node.func.value, "id", ""))
                in {"db", "session", "s"}
            ):
                offenders.append(f"{_rel(p)}:{node.lineno}: {ast.unparse(node.func)}")
    assert offenders == []
