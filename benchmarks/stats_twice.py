"""A/B helper for the statistics: time `statistics.compute` over the whole span twice in a fresh
process, with the code of the current directory's checkout (run it once from each checkout, in
turns, on the same database copy). Prints one line; writes nothing.

    cd CHECKOUT && PYTHONPATH=. python -m benchmarks.stats_twice --db PATH --key-file KEY.hex
    cd CHECKOUT && PYTHONPATH=. python -m benchmarks.stats_twice --db postgresql+psycopg://…
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--key-file")
    args = parser.parse_args()
    from app.services.statistics import figures as statistics
    from benchmarks.bench_stats import _analyst, _span
    from benchmarks.common import open_copy

    db = open_copy(args.db, args.key_file)
    actor = _analyst(db)
    start, end = _span(db)
    runs = []
    for _ in range(2):
        t, c = time.perf_counter(), time.process_time()
        statistics.compute(db, actor, start, end)
        runs.append(f"wall {time.perf_counter() - t:.2f} s cpu {time.process_time() - c:.2f} s")
    print(f"{Path.cwd().name}: " + "; ".join(runs) + f"; load {os.getloadavg()[0]:.1f}")
    db.dispose()


if __name__ == "__main__":
    main()
