"""The per-party counts of the statistics (SQLite: a TEMPORARY table of the parties that straddle
a boundary of the period) do not outlive a computation that fails half-way, and such a failure
does not spoil the next computation on the same (pooled) connections."""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import text

from app.database import DatabaseKind
from app.services.statistics import figures as statistics
from tests import statistics_world as world


@pytest.fixture
def built(db, staff):
    return world.build(db, staff)


def _temp_tables(db) -> list[str]:
    """The temporary tables of every pooled connection (the computation used two or three)."""
    with contextlib.ExitStack() as stack:
        conns = [stack.enter_context(db.engine.connect()) for _ in range(4)]
        return [
            r[0]
            for conn in conns
            for r in conn.execute(text("SELECT name FROM sqlite_temp_master"))
        ]


def test_a_failed_computation_leaves_nothing_and_the_next_one_is_right(
    db, staff, built, monkeypatch
):
    def boom(*args, **kwargs):
        raise RuntimeError("interrupted")

    with monkeypatch.context() as m:
        m.setattr(statistics, "_histograms", boom)
        with pytest.raises(RuntimeError):
            statistics.compute(db, staff.analyst, world.FROM, world.TO)
    if db.kind is DatabaseKind.SQLITE:
        assert _temp_tables(db) == []
    result = statistics.compute(db, staff.analyst, world.FROM, world.TO)
    world.assert_json_close(result.to_json(), world.expected_json())
