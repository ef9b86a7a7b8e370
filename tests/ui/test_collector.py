"""Cycles are collected on the GUI thread, from a timer, never by a worker thread."""

from __future__ import annotations

import gc
import threading
import weakref

from pytestqt.qtbot import QtBot

from fwgdesk.ui.collector import GuiThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self
        self.collected_on: str | None = None


class _Marker:
    """Notes in *log* the thread that frees it."""

    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.cycle = self

    def __del__(self) -> None:
        self.log.append(threading.current_thread().name)


def test_automatic_collection_is_off_while_the_collector_runs(
    gui_thread_collection: GuiThreadCollector,
) -> None:
    assert not gc.isenabled(), "automatic collection would run on whatever thread allocates"


def test_a_cycle_is_freed_on_the_gui_thread_by_the_timer(qtbot: QtBot) -> None:
    node = _Node()
    gone = weakref.ref(node)
    del node
    assert gone() is not None, "a cycle outlives its last name until a collection"
    for _ in range(1000):  # allocations that make the youngest generation due
        _Node()
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)


def test_cycles_made_on_a_worker_are_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    log: list[str] = []

    def work() -> None:
        for _ in range(5000):  # far past the threshold: automatic collection would run here
            _Marker(log)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(log) == 5000, timeout=10000)
    assert set(log) == {threading.main_thread().name}, f"freed on threads {set(log)}"
