"""Undoable edits: every change a user makes in the window goes through a command.

A :class:`ServiceCommand` runs a service call on ``redo`` and its inverse on ``undo``, then
announces which State changed so the views refresh. Both directions are their own
transactions, and both land in the audit trail. When undoing or redoing fails (the
database is locked, the disk is full, someone else changed the row), the transaction was
rolled back: the user is told, and the command leaves the stack, since the data no longer
matches what it would reverse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from fwgdesk.ui.context import DataEvents
from fwgdesk.ui.widgets.errors import show_error


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
        try:
            self._command.redo()
        except Exception as error:  # rolled back; Qt cannot take an exception here
            self._failed(error, QCoreApplication.translate("undo", "Could not redo"))

    def undo(self) -> None:
        try:
            self._command.undo()
        except Exception as error:  # rolled back; Qt cannot take an exception here
            self._failed(error, QCoreApplication.translate("undo", "Could not undo"))

    def _failed(self, error: Exception, title: str) -> None:
        self.setObsolete(True)  # QUndoStack drops an obsolete command
        show_error(QApplication.activeWindow(), error, title)
