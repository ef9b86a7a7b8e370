"""Undo and redo: each an operation on the writer; a failed one is reported and dropped."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fwgdesk.db.codes import DATABASE_DISK_FULL
from fwgdesk.domain.errors import DiskFullError
from fwgdesk.ui.operations import Writer
from fwgdesk.ui.undo import UndoHistory

TIMEOUT_MS = 5000


class Recorder:
    def __init__(self) -> None:
        self.shown: list[tuple[str | None, BaseException]] = []

    def __call__(self, _parent: QWidget | None, error: BaseException, title: str | None) -> None:
        self.shown.append((title, error))


@pytest.fixture
def history(qtbot: QtBot) -> tuple[UndoHistory, Recorder]:
    writer = Writer()
    recorder = Recorder()
    writer.failure_reporter = recorder
    return UndoHistory(writer), recorder


def _full() -> DiskFullError:
    return DiskFullError(DATABASE_DISK_FULL, place="/data", database="/data/fwgdesk.sqlite3")


def _idle(qtbot: QtBot, history: UndoHistory) -> None:
    qtbot.waitUntil(lambda: not history.running, timeout=TIMEOUT_MS)


def test_an_edit_runs_off_the_gui_thread_and_undo_gets_what_it_returned(
    qtbot: QtBot, history: tuple[UndoHistory, Recorder]
) -> None:
    undo_history, _shown = history
    log: list[tuple[str, Any]] = []
    threads: list[str] = []

    def do(after_undo: Any) -> int:
        threads.append(threading.current_thread().name)
        log.append(("do", after_undo))
        return len(log)

    def undo(done: int) -> str:
        log.append(("undo", done))
        return f"undone {done}"

    undo_history.edit("edit", do, undo)
    _idle(qtbot, undo_history)
    assert threads != [threading.main_thread().name], "the edit ran on the GUI thread"
    assert undo_history.can_undo() and undo_history.undo_text() == "edit", "the edit is not kept"
    undo_history.undo()
    _idle(qtbot, undo_history)
    undo_history.redo()
    _idle(qtbot, undo_history)
    assert log == [("do", None), ("undo", 1), ("do", "undone 1")], f"calls: {log}"


def test_a_failed_undo_is_reported_and_the_edit_dropped(
    qtbot: QtBot, history: tuple[UndoHistory, Recorder]
) -> None:
    undo_history, shown = history
    log: list[str] = []

    def failing(_done: Any) -> None:
        raise _full()

    undo_history.edit("first", lambda _u: log.append("do first"), lambda _d: log.append("undo"))
    _idle(qtbot, undo_history)
    undo_history.edit("second", lambda _u: log.append("do second"), failing)
    _idle(qtbot, undo_history)
    undo_history.undo()
    _idle(qtbot, undo_history)
    assert [title for title, _ in shown.shown] == ["Could not undo"], f"shown: {shown.shown}"
    assert isinstance(shown.shown[0][1], DiskFullError), "the failure shown is another"
    assert undo_history.count() == 1, "the failed edit stayed in the history"
    assert undo_history.undo_text() == "first", "the first edit can no longer be undone"
    undo_history.undo()
    _idle(qtbot, undo_history)
    assert log == ["do first", "do second", "undo"], f"calls: {log}"


def test_a_failed_redo_is_reported_and_the_edit_dropped(
    qtbot: QtBot, history: tuple[UndoHistory, Recorder]
) -> None:
    undo_history, shown = history
    runs = {"do": 0}

    def do(_undone: Any) -> None:
        runs["do"] += 1
        if runs["do"] > 1:
            raise _full()

    undo_history.edit("edit", do, lambda _d: None)
    _idle(qtbot, undo_history)
    undo_history.undo()
    _idle(qtbot, undo_history)
    undo_history.redo()
    _idle(qtbot, undo_history)
    assert [title for title, _ in shown.shown] == ["Could not redo"], f"shown: {shown.shown}"
    assert undo_history.count() == 0, "the failed edit stayed"
    assert not undo_history.can_redo(), "it can still be redone"


def test_a_refused_edit_is_not_kept_and_goes_to_its_handler(
    qtbot: QtBot, history: tuple[UndoHistory, Recorder]
) -> None:
    undo_history, shown = history
    refused: list[BaseException] = []

    def do(_undone: Any) -> None:
        raise _full()

    undo_history.edit("edit", do, lambda _d: None, on_failure=refused.append)
    _idle(qtbot, undo_history)
    assert len(refused) == 1, "the handler was not told"
    assert shown.shown == [], "a handled failure was also shown"
    assert undo_history.count() == 0, "a refused edit was kept"
