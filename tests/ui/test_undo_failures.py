"""An undo or redo that fails is reported, changes nothing, and leaves the stack."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from fwgdesk.domain.errors import DiskFullError
from fwgdesk.ui import undo as undo_module
from fwgdesk.ui.context import DataEvents
from fwgdesk.ui.undo import ServiceCommand, push


class Recorder:
    def __init__(self) -> None:
        self.shown: list[tuple[str, BaseException]] = []

    def __call__(self, _parent: QWidget | None, error: BaseException, title: str) -> None:
        self.shown.append((title, error))


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(undo_module, "show_error", recorder)
    return recorder


def _command(log: list[str], fail_undo: bool = False, fail_redo: bool = False) -> ServiceCommand:
    calls = {"do": 0}

    def do() -> int:
        calls["do"] += 1
        if fail_redo and calls["do"] > 1:
            raise DiskFullError("/data: the disk is full; nothing was changed")
        log.append("do")
        return 1

    def undo(_result: Any) -> None:
        if fail_undo:
            raise DiskFullError("/data: the disk is full; nothing was changed")
        log.append("undo")

    return ServiceCommand("edit", DataEvents(), None, do, undo)


def test_a_failed_undo_is_reported_and_the_command_dropped(shown: Recorder) -> None:
    stack = QUndoStack()
    log: list[str] = []
    push(stack, _command(log))
    push(stack, _command(log, fail_undo=True))
    stack.undo()
    assert [title for title, _ in shown.shown] == ["Could not undo"]
    assert isinstance(shown.shown[0][1], DiskFullError)
    assert stack.count() == 1 and stack.index() == 1  # the first edit can still be undone
    stack.undo()
    assert log == ["do", "do", "undo"]


def test_a_failed_redo_is_reported_and_the_command_dropped(shown: Recorder) -> None:
    stack = QUndoStack()
    log: list[str] = []
    push(stack, _command(log, fail_redo=True))
    stack.undo()
    stack.redo()
    assert [title for title, _ in shown.shown] == ["Could not redo"]
    assert stack.count() == 0 and not stack.canRedo()
    assert log == ["do", "undo"]
