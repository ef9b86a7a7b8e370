"""Start-up figures of the command line (run on demand, never in the test suite).

    python tests/benchmarks/bench_cli_start.py [--runs N]

Prints, for ``fwgdesk states list`` on an existing database (warm: files in the page
cache), the median and best wall time of a whole process, and the time of a first start
that creates, migrates and fills a new database. Target: warm ``states list`` under 0.5 s.
Children run with byte-code cached, as installed (``installed.py``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks.installed import installed_env

TARGET_WARM_S = 0.5


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=installed_env())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    base = [sys.executable, "-m", "fwgdesk"]
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        first = [
            timed([*base, "--data-dir", str(data / f"new{i}"), "states", "list"]) for i in range(3)
        ]
        command = [*base, "--data-dir", str(data / "new0"), "states", "list"]
        timed(command)  # warm the page cache
        warm = [timed(command) for _ in range(runs)]
        bare = [timed([sys.executable, "-c", "pass"]) for _ in range(runs)]
        floor = [timed([sys.executable, "-c", "import sqlalchemy.orm"]) for _ in range(runs)]
    median = statistics.median(warm)
    print(f"python interpreter alone       median {statistics.median(bare):.3f} s")
    print(f"first start (new database)     median {statistics.median(first):.3f} s")
    print(f"warm `fwgdesk states list`     median {median:.3f} s, best {min(warm):.3f} s")
    print(f"`import sqlalchemy.orm` alone  median {statistics.median(floor):.3f} s (the floor)")
    print(f"target {TARGET_WARM_S:.2f} s: ratio median/target {median / TARGET_WARM_S:.2f}")
    print(f"ratio median/floor {median / statistics.median(floor):.2f}")


if __name__ == "__main__":
    main()
