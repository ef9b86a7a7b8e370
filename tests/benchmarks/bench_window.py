"""Window figures with a full dataset (run on demand, never in the test suite).

    python tests/benchmarks/bench_window.py

Dataset: the 194 States, the Secretariat's 125 reviews, 2,000 people, 25,000 links.
Prints: time from process start to the main window shown (a child process, so imports
count), the States filter per keystroke, catalogue search per query, a single field saved
from a State's page (the operation's round trip: the writer, the commit, the views
refreshed), and peak memory. Targets: window under 0.6 s, keystroke under 30 ms, search
under 10 ms, field save under 30 ms, memory under 250 MB.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.benchmarks.installed import installed_env  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import resource, sys, time
started = float(sys.argv[2])
from fwgdesk.paths import DataPaths
from fwgdesk.ui.app import build_window, create_application
app = create_application()
window = build_window(DataPaths(__import__('pathlib').Path(sys.argv[1])))
window.show()
app.processEvents()
shown = time.time() - started
window.ctx.tasks.wait()
app.processEvents()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{shown:.4f} {peak:.1f}")
"""


def prepare(folder: Path) -> None:
    from fwgdesk.paths import DataPaths
    from fwgdesk.services.startup import open_database
    from tests.support.synthetic import large_dataset

    opened = open_database(DataPaths(folder))
    large_dataset(opened.database)
    opened.database.dispose()


def window_start(folder: Path, runs: int = 5) -> tuple[list[float], list[float]]:
    shown, peaks = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), repr(time.time())],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env=installed_env(),
        ).stdout.split()
        shown.append(float(out[0]))
        peaks.append(float(out[1]))
    return shown, peaks


def interactive(folder: Path) -> tuple[list[float], list[float]]:
    from fwgdesk.paths import DataPaths
    from fwgdesk.ui.app import build_window, create_application

    app = create_application()
    window = build_window(DataPaths(folder))
    window.show()
    app.processEvents()
    table = window.states.table
    keystrokes = []
    for text in ("k", "ke", "ken", "ke", "k", "", "b", "bo", "bol", "", "玻", "玻利"):
        started = time.perf_counter()
        table.search.setText(text)
        app.processEvents()
        keystrokes.append(time.perf_counter() - started)
    catalogue = window.catalogue
    searches = []
    for query in (
        "弹药",
        "标识",
        "3D 打印",
        "ammunition",
        "枪支及其零部件",
        "WG8-R47",
        "diversion",
        "saisies",
        "оружия",
        "الأسلحة",
    ):
        started = time.perf_counter()
        catalogue.search.setText(query)  # what the window does once typing pauses:
        catalogue.apply_search()  # one indexed query, the loaded items filtered
        app.processEvents()
        searches.append(time.perf_counter() - started)
    window.ctx.tasks.wait()
    return keystrokes, searches


def save_round_trips(folder: Path, saves: int = 21) -> list[float]:
    """A phone number saved from a State's Focal points tab, until the tab shows it."""
    from dataclasses import replace

    from fwgdesk.paths import DataPaths
    from fwgdesk.ui.app import build_window, create_application

    app = create_application()
    window = build_window(DataPaths(folder))
    window.show()
    window.show_place(window.PLACE_STATES)
    window.states.open_state("KEN")
    tab = window.states.page.focal_points  # type: ignore[union-attr]
    app.processEvents()
    timings = []
    for number in range(saves):
        person = tab.model.person_at(0)
        done: list[object] = []
        data = replace(person.as_input(), phone=f"+254 20 {number:06d}")
        started = time.perf_counter()
        tab.edits.edit(person, data, done.append, done.append)
        while not done:
            app.processEvents()
        timings.append(time.perf_counter() - started)
    window.ctx.writer.wait()
    return timings


def timed_import(statement: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, env=installed_env())
    return time.perf_counter() - started


def report(name: str, values: list[float], target: float, unit: float = 1.0) -> None:
    median = statistics.median(values)
    print(
        f"{name:<34} median {median * unit:8.1f}  worst {max(values) * unit:8.1f}  "
        f"target {target * unit:6.1f}  ratio {median / target:.2f}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        started = time.perf_counter()
        prepare(data)
        print(f"dataset built in {time.perf_counter() - started:.1f} s")
        shown, peaks = window_start(data)
        keystrokes, searches = interactive(data)
        saves = save_round_trips(data)
    floor = [
        timed_import("import sqlalchemy.orm, PySide6.QtWidgets, PySide6.QtCharts") for _ in range(5)
    ]
    report("imports alone (floor) (ms)", floor, 0.6, 1000)
    report("window shown after start (ms)", shown, 0.6, 1000)
    report("States filter keystroke (ms)", keystrokes, 0.030, 1000)
    report("catalogue search (ms)", searches, 0.010, 1000)
    report("field saved from the window (ms)", saves, 0.030, 1000)
    print(
        f"{'peak memory (MB)':<34} max {max(peaks):8.1f}  target 250.0  "
        f"ratio {max(peaks) / 250:.2f}"
    )


if __name__ == "__main__":
    main()
