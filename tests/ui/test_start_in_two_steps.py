"""The window's start: painted before the database layer loads, then filled in; and on a
desktop without Qt's X11 libraries, the Debian packages named instead of Qt's error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from fwgdesk.cli.main import main, window_options
from fwgdesk.ui import qt_libraries
from fwgdesk.ui.qt_libraries import install_advice, missing_packages, uses_x11
from fwgdesk.ui.starting import StartingWindow
from tests.ui.language import language

ROOT = Path(__file__).resolve().parents[2]

# Records, in a fresh interpreter, what is loaded when the first window is painted and
# what the window shows once it is filled in.
CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from fwgdesk.paths import DataPaths
from fwgdesk.ui import starting
seen = {}
painted = starting.StartingWindow.paintEvent

def paint(self, event):
    painted(self, event)
    seen.setdefault("database_layer_at_paint", "sqlalchemy" in sys.modules)

starting.StartingWindow.paintEvent = paint
fill_in = starting._main_window

def filled(first, opener, settings):
    seen["first_shown_then"] = first.isVisible()
    window = fill_in(first, opener, settings)
    seen["same_place"] = window.geometry() == first.geometry()
    seen["places"] = window.navigation.count()
    seen["states"] = window.states.table.model.rowCount()
    seen["first_closed"] = not first.isVisible()
    QTimer.singleShot(0, window.close)
    return window

starting._main_window = filled
seen["code"] = starting.run_window(DataPaths(Path(sys.argv[1])))
print(json.dumps(seen))
"""


def test_the_window_is_painted_before_the_database_layer_loads(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FWGDESK_CACHE_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, f"the start failed: {out.stderr[-2000:]}"
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["database_layer_at_paint"] is False, "SQLAlchemy was loaded before the paint"
    assert seen["first_shown_then"], "the first window was gone before the main one came"
    assert seen["same_place"], "the main window did not take the first one's place"
    assert (seen["places"], seen["states"]) == (5, 194), f"the window is not filled: {seen}"
    assert seen["first_closed"] and seen["code"] == 0, f"the start did not end well: {seen}"


def test_the_first_window_speaks_the_users_language(qtbot: QtBot, qapp: QApplication) -> None:
    with language(qapp, "ar"):
        first = StartingWindow()
        qtbot.addWidget(first)
        first.show()
        places = first.findChild(QListWidget)
        assert places is not None and places.item(0).text() == "لوحة المعلومات", (
            "the first window's places are not in Arabic"
        )
        assert first.layoutDirection() == Qt.LayoutDirection.RightToLeft, "not mirrored"
        assert first.message.text() != "Opening the database…", "the busy line is in English"
        with qtbot.waitSignal(first.painted, timeout=5000):
            first.update()


def test_missing_x11_libraries_are_named_as_debian_packages() -> None:
    present = {"libGL.so.1", "libEGL.so.1", "libglib-2.0.so.0", "libxkbcommon.so.0"}
    present |= {"libfontconfig.so.1", "libdbus-1.so.3", "libxkbcommon-x11.so.0"}
    packages = missing_packages(True, present.__contains__, platform="linux")
    assert packages[:2] == ["libxcb-cursor0", "libxcb-icccm4"], f"wrong packages: {packages}"
    assert "libxkbcommon-x11-0" not in packages, "a library that loads is named"
    assert missing_packages(False, present.__contains__, platform="linux") == [], (
        "X11's libraries asked for where no X11 window opens"
    )
    assert missing_packages(True, lambda _lib: False, platform="win32") == [], "not on Windows"
    advice = install_advice(packages)
    assert "\n    sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-image0" in advice, advice


@pytest.mark.parametrize(
    ("environ", "x11"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
        ({}, False),
    ],
)
def test_which_desktops_need_x11(environ: dict[str, str], x11: bool) -> None:
    assert uses_x11(environ) is x11, f"{environ}: X11 expected {x11}"


def test_fwgdesk_names_the_packages_instead_of_starting_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(qt_libraries, "missing_packages", lambda _x11: ["libxcb-cursor0"])
    assert main(["--data-dir", "/nonexistent"]) == 1, "the window was started regardless"
    said = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0" in said, f"not said: {said}"


def test_only_the_window_takes_the_quick_way() -> None:
    assert window_options([]) is not None, "no arguments: the window"
    options = window_options(["--data-dir", "/d", "--database", "sqlite:///x"])
    assert options is not None and str(options.data_dir) == "/d", "the window's options lost"
    for argv in (["db", "check"], ["--version"], ["--help"], ["--data-dir", "/d", "stats"]):
        assert window_options(argv) is None, f"{argv} would open the window"
