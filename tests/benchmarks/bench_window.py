"""Window figures with a full dataset (run on demand, never in the test suite).

    python tests/benchmarks/bench_window.py

Dataset: the 194 States, the Secretariat's 125 reviews, 2,000 people, 25,000 links.
Prints: the start as ``fwgdesk`` makes it (a child process, so imports count): the first
paint of the window and the full window with its data, each against a Qt hello-world
window painted by a child process of the same run; the States filter per keystroke,
catalogue search per query, a single field saved from a State's page (the operation's
round trip: the writer, the commit, the views refreshed), and peak memory. Targets: first
paint within 1.5x the hello-world window, the full window within 3x, keystroke under
30 ms, search under 10 ms, field save under 30 ms, memory under 250 MB.
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

HELLO = """
import sys, time
started = float(sys.argv[2])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

class Hello(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"{time.time() - started:.4f} 0")
        QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
window = Hello("Hello, world")
window.resize(1366, 768)
window.show()
app.exec()
"""

# The start as ``fwgdesk`` makes it (fwgdesk.ui.starting): the first window's first paint,
# then the main window shown with its data (its reading tasks done).
CHILD = """
import resource, sys, time
started = float(sys.argv[2])
from pathlib import Path
from PySide6.QtCore import QTimer
from fwgdesk.paths import DataPaths
from fwgdesk.ui import starting
from fwgdesk.ui.application import create_application
times = {}
app = create_application()
painted = starting.StartingWindow.paintEvent

def paint(self, event):
    painted(self, event)
    times.setdefault("first", time.time() - started)

starting.StartingWindow.paintEvent = paint
fill_in = starting._main_window

def filled(*args):
    window = fill_in(*args)
    app.processEvents()
    window.ctx.tasks.wait()
    app.processEvents()
    times["full"] = time.time() - started
    QTimer.singleShot(0, window.close)
    return window

starting._main_window = filled
starting.run_window(DataPaths(Path(sys.argv[1])))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{times['first']:.4f} {times['full']:.4f} {peak:.1f}")
"""


def prepare(folder: Path) -> None:
    from fwgdesk.paths import DataPaths
    from fwgdesk.services.startup import open_database
    from tests.support.synthetic import large_dataset

    opened = open_database(DataPaths(folder))
    large_dataset(opened.database)
    opened.database.dispose()


def child(script: str, folder: Path) -> list[float]:
    """Run *script* as a first start: window settings of its own, none saved before (a
    place left open by an earlier run would otherwise be built instead of the first)."""
    with tempfile.TemporaryDirectory() as config:
        out = subprocess.run(
            [sys.executable, "-c", script, str(folder), repr(time.time())],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**installed_env(), "XDG_CONFIG_HOME": config},
        ).stdout.split()
    return [float(value) for value in out]


def own_window_settings() -> None:
    """This process's window settings in a folder of its own: the user's are left alone."""
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="fwgdesk-bench-")


def window_start(folder: Path, runs: int = 5) -> dict[str, list[float]]:
    """Hello-world window and fwgdesk's, in turns, so both meet the same machine."""
    child(CHILD, folder)  # untimed: writes the byte-code, as an installation has it
    figures: dict[str, list[float]] = {"hello": [], "first": [], "full": [], "peak": []}
    for _ in range(runs):
        figures["hello"].append(child(HELLO, folder)[0])
        first, full, peak = child(CHILD, folder)
        figures["first"].append(first)
        figures["full"].append(full)
        figures["peak"].append(peak)
    return figures


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
    own_window_settings()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        started = time.perf_counter()
        prepare(data)
        print(f"dataset built in {time.perf_counter() - started:.1f} s")
        start = window_start(data)
        keystrokes, searches = interactive(data)
        saves = save_round_trips(data)
    floor = [
        timed_import("import sqlalchemy.orm, PySide6.QtWidgets, PySide6.QtCharts") for _ in range(5)
    ]
    report("imports alone (floor) (ms)", floor, 0.6, 1000)
    hello = statistics.median(start["hello"])
    report("Qt hello-world window (ms)", start["hello"], hello, 1000)
    report("first paint, 1.5x hello (ms)", start["first"], 1.5 * hello, 1000)
    report("full window, 3x hello (ms)", start["full"], 3 * hello, 1000)
    report("States filter keystroke (ms)", keystrokes, 0.030, 1000)
    report("catalogue search (ms)", searches, 0.010, 1000)
    report("field saved from the window (ms)", saves, 0.030, 1000)
    print(
        f"{'peak memory (MB)':<34} max {max(start['peak']):8.1f}  target 250.0  "
        f"ratio {max(start['peak']) / 250:.2f}"
    )


if __name__ == "__main__":
    main()
