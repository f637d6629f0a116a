"""Real concurrency for tests: callables released at the same instant by a barrier, each in its
own thread with its own database connection (the engine's pool hands each thread its own)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def race(actions: Sequence[Callable[[], Any]], *, timeout: float = 60) -> list[Outcome]:
    """Run every action at once (released together by a threading.Barrier); their outcomes in
    the same order."""
    barrier = threading.Barrier(len(actions))
    outcomes = [Outcome() for _ in actions]

    def run(i: int, action: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            outcomes[i].value = action()
        except BaseException as exc:  # noqa: BLE001 - the test inspects it
            outcomes[i].error = exc

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
        assert not t.is_alive(), "a racing action hung"
    return outcomes
