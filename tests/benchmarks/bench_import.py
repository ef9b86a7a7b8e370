"""Import figures (run on demand, never in the test suite).

    python tests/benchmarks/bench_import.py

An update of 194 States, 2,000 people, 600 reviews and 25,000 links is previewed and
applied into a fresh database; the same rows are then written with plain ``sqlite3``
``executemany`` into the same tables, for the ratio. A tenth of the update is timed too,
to see how time grows. Targets: under 2 s; within 10x of executemany; 10x the rows
within 12x the time. Then, for information, the same update from a JSON, XLSX and CSV file
through the user's whole path (read, check, preview, backup, apply).
"""

from __future__ import annotations

import itertools
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fwgdesk.cli.context import collection_paused  # noqa: E402
from fwgdesk.db.backup import copy_database  # noqa: E402
from fwgdesk.exchange.apply import Provenance, Resolution, apply_update  # noqa: E402
from fwgdesk.exchange.containers import write_update  # noqa: E402
from fwgdesk.exchange.model import Update, UpdateRow  # noqa: E402
from fwgdesk.exchange.preview import compute_preview  # noqa: E402
from fwgdesk.exchange.problems import Location  # noqa: E402
from fwgdesk.paths import DataPaths  # noqa: E402
from fwgdesk.services.imports import apply_import, prepare_import  # noqa: E402
from fwgdesk.services.startup import open_database  # noqa: E402

WHERE = Location("bench.json")


def build(states: list[str], codes: list[str], scale: float) -> Update:
    people = int(2000 * scale)
    reviews = int(600 * scale)
    links = int(25000 * scale)
    tables: dict[str, list[UpdateRow]] = {
        "states": [
            UpdateRow("states", {"iso3": s, "protocol_status": "party"}, WHERE) for s in states
        ],
        "focal_points": [
            UpdateRow(
                "focal_points",
                {
                    "id": f"p{n}",
                    "state": states[n % len(states)],
                    "role": "governmental_expert",  # many a State; one focal point
                    "name": f"Person {n} 李",
                    "gender": "female",
                    "languages": ["en"],
                    "designated_on": date(2021, 1, 1),
                },
                WHERE,
            )
            for n in range(people)
        ],
        "reviews": [
            UpdateRow(
                "reviews",
                {
                    "state": states[n % len(states)],
                    "group": 1 + n // 194 % 3,
                    "cluster": 1 + n // 582,
                    "stage": "self_assessment",
                    "reviewing_states": [states[(n + 1) % len(states)]],
                    "working_languages": ["en"],
                    "saq_progress": 0.5,
                },
                WHERE,
            )
            for n in range(reviews)
        ],
    }
    pairs = itertools.islice(itertools.product(states, codes), links)
    tables["recommendation_links"] = [
        UpdateRow(
            "recommendation_links",
            {"state": s, "recommendation": c, "status": "in_progress", "note": "备注"},
            WHERE,
        )
        for s, c in pairs
    ]
    return Update("bench.json", "json", "Bench", 1, tables=tables)


def timed_import(template: Path, folder: Path, scale: float) -> tuple[float, float, int]:
    paths = DataPaths(folder)
    copy_database(template, paths.database)
    database = open_database(paths).database
    with sqlite3.connect(paths.database) as connection:
        states = [r[0] for r in connection.execute("SELECT iso3 FROM states ORDER BY iso3")]
        codes = [r[0] for r in connection.execute("SELECT code FROM recommendations")]
    update = build(states, codes, scale)
    with collection_paused():  # as the command line and the window's writer run them
        started = time.perf_counter()
        with database.session() as session:
            preview = compute_preview(session, update)
        previewed = time.perf_counter() - started
        started = time.perf_counter()
        apply_update(database, update, Provenance("bench.json"), Resolution(), previewed=preview)
        applied = time.perf_counter() - started
    database.dispose()
    return previewed, applied, update.count()


def plain_sqlite(template: Path, folder: Path) -> float:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "plain.sqlite3"
    copy_database(template, path)
    connection = sqlite3.connect(path)
    states = [r[0] for r in connection.execute("SELECT iso3 FROM states ORDER BY iso3")]
    ids = [r[0] for r in connection.execute("SELECT id FROM recommendations")]
    now = "2025-01-01 00:00:00"
    started = time.perf_counter()
    with connection:
        connection.execute("UPDATE states SET protocol_status = 'party'")
        connection.executemany(
            "INSERT INTO focal_points (external_id, state_iso3, role, name, gender, languages,"
            " designated_on, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,1,?,?)",
            [
                (
                    f"p{n}",
                    states[n % 194],
                    "focal_point",
                    f"Person {n}",
                    "female",
                    '["en"]',
                    "2021-01-01",
                    now,
                    now,
                )
                for n in range(2000)
            ],
        )
        connection.executemany(
            "INSERT INTO reviews (state_iso3, review_group, cluster, stage, working_languages,"
            " saq_progress, version, created_at, updated_at) VALUES (?,?,?,?,?,?,1,?,?)",
            [
                (
                    states[n % 194],
                    1 + n // 194 % 3,
                    1 + n // 582,
                    "self_assessment",
                    '["en"]',
                    0.5,
                    now,
                    now,
                )
                for n in range(600)
            ],
        )
        reviews = connection.execute(
            "SELECT id, state_iso3, review_group, cluster FROM reviews ORDER BY id"
        ).fetchall()
        by_key = {(s, g, c): i for i, s, g, c in reviews}
        connection.executemany(  # each review's reviewing State, as in the update
            "INSERT INTO review_reviewers (review_id, state_iso3, position) VALUES (?,?,0)",
            [
                (by_key[(states[n % 194], 1 + n // 194 % 3, 1 + n // 582)], states[(n + 1) % 194])
                for n in range(600)
            ],
        )
        pairs = itertools.islice(itertools.product(states, ids), 25000)
        connection.executemany(
            "INSERT INTO recommendation_links (state_iso3, recommendation_id, status, note,"
            " version, created_at, updated_at) VALUES (?,?,?,?,1,?,?)",
            [(s, i, "in_progress", "备注", now, now) for s, i in pairs],
        )
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


RUNS = 5  # figures are medians over this many runs, each into a fresh database
CONTAINERS = (("json", "update.json"), ("xlsx", "update.xlsx"), ("csv", "update.zip"))


def from_file(template: Path, folder: Path, container: str, name: str) -> tuple[float, float]:
    """The user's path from a file: read, type, validate, preview, then backup and apply."""
    paths = DataPaths(folder)
    copy_database(template, paths.database)
    database = open_database(paths).database
    with sqlite3.connect(paths.database) as connection:
        states = [r[0] for r in connection.execute("SELECT iso3 FROM states ORDER BY iso3")]
        codes = [r[0] for r in connection.execute("SELECT code FROM recommendations")]
    path = folder / name
    write_update(build(states, codes, 1.0), path, container)
    with collection_paused():
        started = time.perf_counter()
        plan = prepare_import(database, path, paths.root)
        prepared = time.perf_counter() - started
        started = time.perf_counter()
        apply_import(database, plan, Resolution(), confirmed=True)
        applied = time.perf_counter() - started
    database.dispose()
    return prepared, applied


def print_from_files(template: Path, root: Path) -> None:
    print("from a file, once each (not part of the targets above):")
    for container, name in CONTAINERS:
        prepared, applied = from_file(template, root / f"file-{container}", container, name)
        print(
            f"  {container:4} read + check + preview {prepared:.2f} s, backup + apply "
            f"{applied:.2f} s, in all {prepared + applied:.2f} s"
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        template = DataPaths(root / "template")
        open_database(template).database.dispose()
        smalls, fulls, plains = [], [], []
        for n in range(RUNS):  # interleaved, so a slow spell of the machine hits both sides
            smalls.append(timed_import(template.database, root / f"small{n}", 0.1))
            fulls.append(timed_import(template.database, root / f"full{n}", 1.0))
            plains.append(plain_sqlite(template.database, root / f"plain{n}"))
        print_totals(smalls, fulls, plains)
        print_from_files(template.database, root)


def print_totals(
    smalls: list[tuple[float, float, int]],
    fulls: list[tuple[float, float, int]],
    plains: list[float],
) -> None:
    totals = [f[0] + f[1] for f in fulls]
    total = statistics.median(totals)
    ratio = statistics.median(t / p for t, p in zip(totals, plains, strict=True))
    growth = statistics.median(t / (s[0] + s[1]) for t, s in zip(totals, smalls, strict=True))
    print(f"median of {RUNS} interleaved runs")
    print(f"rows in the update                 {fulls[0][2]}")
    print(f"preview                            {statistics.median(f[0] for f in fulls):.2f} s")
    print(f"apply (one transaction, audited)   {statistics.median(f[1] for f in fulls):.2f} s")
    print(
        f"preview + apply                    {total:.2f} s   target 2.00 s   ratio {total / 2:.2f}"
    )
    print(
        f"plain sqlite3 executemany          {statistics.median(plains):.2f} s   "
        f"ratio {ratio:.1f}x (target 10x)"
    )
    print(
        f"a tenth of the rows ({smalls[0][2]})        "
        f"{statistics.median(s[0] + s[1] for s in smalls):.2f} s   "
        f"growth {growth:.1f}x for 10x the rows (target within 12x)"
    )


if __name__ == "__main__":
    main()
