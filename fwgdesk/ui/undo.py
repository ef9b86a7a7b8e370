"""Undoable edits: every change a user makes in the window goes through a command.

A :class:`ServiceCommand` runs a service call on ``redo`` and its inverse on ``undo``, then
announces which State changed so the views refresh. Both directions are their own
transactions, and both land in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from fwgdesk.ui.context import DataEvents


class ServiceCommand(QUndoCommand):
    """An edit with its inverse. ``do`` returns a value that ``undo`` receives."""

    def __init__(
        self,
        text: str,
        events: DataEvents,
        iso3: str | None,
        do: Callable[[], Any],
        undo: Callable[[Any], None],
    ) -> None:
        super().__init__(text)
        self._events = events
        self._iso3 = iso3
        self._do = do
        self._undo = undo
        self._result: Any = None
        self.error: BaseException | None = None

    def redo(self) -> None:
        self._result = self._do()
        self._announce()

    def undo(self) -> None:
        self._undo(self._result)
        self._announce()

    @property
    def result(self) -> Any:
        return self._result

    def _announce(self) -> None:
        if self._iso3:
            self._events.state_changed.emit(self._iso3)
        else:
            self._events.everything_changed.emit()


def push(stack: Any, command: ServiceCommand) -> Any:
    """Run *command* (its ``redo``) and keep it for undo; return what it produced.

    A command whose first run fails (a validation error, say) is not kept: the error
    propagates to the caller, which shows it, and nothing was changed.
    """
    command.redo()
    command.setObsolete(False)
    stack.push(_AlreadyDone(command))
    return command.result


class _AlreadyDone(QUndoCommand):
    """Wraps a command that already ran, so that ``QUndoStack.push`` does not run it twice."""

    def __init__(self, command: ServiceCommand) -> None:
        super().__init__(command.text())
        self._command = command
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._command.redo()

    def undo(self) -> None:
        self._command.undo()
