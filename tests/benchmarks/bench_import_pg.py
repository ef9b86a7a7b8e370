"""The import on PostgreSQL beside SQLite (run on demand, never in the test suite).

    pg_virtualenv python tests/benchmarks/bench_import_pg.py

(or with ``FWGDESK_TEST_PG_URL`` naming a server). The update of ``bench_import`` (194
States, 2,000 people, 600 reviews, 25,000 links) is previewed and applied into a fresh
database on each engine, interleaved. Target: PostgreSQL within 1.5x of SQLite.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import select

from fwgdesk.cli.context import collection_paused
from fwgdesk.db.models import Recommendation, State
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update
from fwgdesk.exchange.preview import compute_preview
from fwgdesk.paths import DataPaths
from fwgdesk.services.startup import open_database
from tests.benchmarks.bench_import import build
from tests.postgresql import fresh_database, server_url

RUNS = 3


def timed(folder: Path, url: str | None) -> float:
    """Preview and apply the update into a fresh database: the seconds it took."""
    database = open_database(DataPaths(folder), url, upgrade=True).database
    with database.session() as session:
        states = list(session.scalars(select(State.iso3).order_by(State.iso3)))
        codes = list(session.scalars(select(Recommendation.code)))
    update = build(states, codes, 1.0)
    with collection_paused():
        started = time.perf_counter()
        with database.session() as session:
            preview = compute_preview(session, update)
        apply_update(database, update, Provenance("bench.json"), Resolution(), previewed=preview)
        elapsed = time.perf_counter() - started
    database.dispose()
    return elapsed


def main() -> None:
    if server_url() is None:
        sys.exit("no PostgreSQL server: run under pg_virtualenv or set FWGDESK_TEST_PG_URL")
    sqlite_times, pg_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(RUNS):  # interleaved, so a slow spell of the machine hits both
            sqlite_times.append(timed(Path(folder) / f"sqlite{n}", None))
            with fresh_database() as url:
                pg_times.append(timed(Path(folder) / f"pg{n}", url))
    sqlite, pg = statistics.median(sqlite_times), statistics.median(pg_times)
    print(f"median of {RUNS} interleaved runs, preview + apply of the 27,794-row update")
    print(f"SQLite      {sqlite:.2f} s")
    print(f"PostgreSQL  {pg:.2f} s   ratio {pg / sqlite:.2f}x (target within 1.5x)")


if __name__ == "__main__":
    main()
