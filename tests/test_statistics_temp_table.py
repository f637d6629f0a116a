"""The per-party counts of the statistics (SQLite: a TEMPORARY table) do not outlive a computation
that fails half-way, and such a failure does not spoil the next computation on the same
(pooled) connection."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.database import DatabaseKind
from app.services import statistics
from tests import statistics_world as world


@pytest.fixture
def built(db, staff):
    return world.build(db, staff)


def _temp_tables(db) -> list[str]:
    with db.engine.connect() as conn:  # the pooled connection the computation used
        return [r[0] for r in conn.execute(text("SELECT name FROM sqlite_temp_master"))]


def test_a_failed_computation_leaves_nothing_and_the_next_one_is_right(
    db, staff, built, monkeypatch
):
    def boom(*args, **kwargs):
        raise RuntimeError("interrupted")

    with monkeypatch.context() as m:
        m.setattr(statistics, "_people_figures", boom)
        with pytest.raises(RuntimeError):
            statistics.compute(db, staff.analyst, world.FROM, world.TO)
    if db.kind is DatabaseKind.SQLITE:
        assert "stat_party" not in _temp_tables(db)
    result = statistics.compute(db, staff.analyst, world.FROM, world.TO)
    world.assert_json_close(result.to_json(), world.expected_json())
