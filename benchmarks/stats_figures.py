"""Equality check for the statistics: every figure (the JSON of `igor-desk stats`, the per-month
tallies, the per-staff table and a digest of the anonymised rows) for a fixed set of periods,
written as one JSON file, so that two checkouts or two backends can be compared with `cmp`.

    cd CHECKOUT && PYTHONPATH=. python -m benchmarks.stats_figures --db PATH --key-file KEY --out A.json
    cd OTHER    && PYTHONPATH=. python -m benchmarks.stats_figures --db PATH --key-file KEY --out B.json
    cmp A.json B.json

The periods: the whole span of the demo data, a calendar year, two days on which Sweden changes
between summer and winter time (2026-03-29, 2026-10-25 in longer periods), half a year, and the
last days of the data. Uses the code of the current directory's checkout.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from datetime import date
from pathlib import Path

PERIODS = [
    ("2025-10-01", "2026-12-01"),
    ("2025-01-01", "2025-12-31"),
    ("2026-03-29", "2026-03-29"),
    ("2026-10-25", "2026-11-03"),
    ("2026-02-14", "2026-07-09"),
    ("2026-11-30", "2026-12-02"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--key-file")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    from app.services.statistics import figures as statistics
    from benchmarks.bench_stats import _analyst
    from benchmarks.common import open_copy

    db = open_copy(args.db, args.key_file)
    actor = _analyst(db)
    out = {}
    for a, b in PERIODS:
        start, end = date.fromisoformat(a), date.fromisoformat(b)
        result = statistics.compute(db, actor, start, end)
        figures = result.to_json()
        figures["monthly"] = {
            month: {str(channel): n for channel, n in sorted(by.items())}
            for month, by in result.monthly.items()
        }
        figures["staff"] = [
            [t.staff_id, t.name, str(t.agency), t.reached, t.failed] for t in result.staff
        ]
        if actor.is_analyst or actor.is_admin:
            rows = statistics.anonymised_rows(db, actor, start, end)
            figures["anonymised"] = [len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()]
        out[f"{a}..{b}"] = figures
    Path(args.out).write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")
    print(f"{len(out)} periods written to {args.out}")
    db.dispose()


if __name__ == "__main__":
    main()
