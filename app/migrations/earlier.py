"""Reading an earlier revision from a later one (not a revision itself).

Later revisions rebuild a function or policy an earlier one wrote, with one condition added (a
team check, a scope). Rather than copying the SQL, they load the earlier revision's module and
take its text, or run one of its functions with `op` recording instead of executing.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

VERSIONS = Path(__file__).with_name("versions")


def revision(name: str) -> ModuleType:
    """The module of revision file `versions/<name>.py`, freshly loaded."""
    spec = importlib.util.spec_from_file_location(name, VERSIONS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Recorder:
    """Stands in for alembic's `op`: keeps every SQL text given to execute(), ignores every other
    operation, and answers get_bind() as PostgreSQL (the functions recorded are server-only)."""

    def __init__(self) -> None:
        self.sql: list[str] = []

    def execute(self, sql) -> None:
        self.sql.append(str(sql))

    def get_bind(self):
        class _Bind:
            class dialect:  # noqa: N801 - the attribute path alembic's bind has
                name = "postgresql"

        return _Bind

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


def recorded_sql(module: ModuleType, function: str) -> list[str]:
    """The SQL texts `module.<function>()` would execute."""
    recorder = _Recorder()
    real = module.op
    module.op = recorder
    try:
        getattr(module, function)()
    finally:
        module.op = real
    return recorder.sql


def created_functions(module: ModuleType, function: str) -> dict[str, str]:
    """The `CREATE FUNCTION` statements `module.<function>()` would execute, by function name,
    each turned into `CREATE OR REPLACE FUNCTION` so it can be executed again, edited."""
    out = {}
    for sql in recorded_sql(module, function):
        head = sql.split("(", 1)[0].split()
        if head[:1] == ["CREATE"] and "FUNCTION" in head:
            name = head[head.index("FUNCTION") + 1]
            out[name] = sql.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1)
    return out
