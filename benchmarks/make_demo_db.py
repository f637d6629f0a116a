"""Make the 100,000-case demo databases that most benchmarks run on (copies of them).

    .venv/bin/python -m benchmarks.make_demo_db --out /tmp/igor-demo-100k [--cases 100000]
        [--pg postgresql+psycopg://USER:PW@HOST:PORT/igor_demo100k]

Writes OUT/demo.db (SQLCipher, migrated to head, demo data with seed 2026) and its key (hex) in
OUT/key.hex, so benchmarks can open copies with `--db COPY --key-file OUT/key.hex` without a
keyring. With --pg the same data goes into that (new, empty) PostgreSQL database, which the
benchmarks clone with `CREATE DATABASE x TEMPLATE igor_demo100k`. Prints the summary and the
wall time of `generate()` for each.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for demo.db and key.hex")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--pg", help="an empty PostgreSQL database to fill as well")
    args = parser.parse_args()

    from app.database import open_database
    from app.database.migrate import upgrade_database
    from app.demo.generator import generate

    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "demo.db"
    if path.exists():
        sys.exit(f"{path} exists already; remove it first")
    key = secrets.token_hex(32)
    (args.out / "key.hex").write_text(key + "\n")
    targets = [("sqlite", open_database(str(path), key_hex=key))]
    if args.pg:
        targets.append(("postgresql", open_database(args.pg)))
    for kind, db in targets:
        upgrade_database(db)
        t = time.perf_counter()
        summary = generate(db, cases=args.cases, seed=args.seed)
        print(f"{kind}: {summary} in {time.perf_counter() - t:.1f} s", flush=True)
        db.dispose()


if __name__ == "__main__":
    main()
