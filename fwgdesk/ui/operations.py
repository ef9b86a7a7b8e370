"""The one write path of the window: operations run one at a time on a serial writer.

Every write the window makes (an edit, its undo and redo, an import and its undo, a
restore, the repairs of Check database) is an :class:`Operation`: its ``work`` runs off
the GUI thread, on a writer that runs one operation at a time, in the order asked, so two
writes of one window never race. The writer learns from the database layer what each
operation committed (``fwgdesk.db.changes``) and, back on the GUI thread, tells the views
with ``changed(Changes)`` before the operation's own ``on_success``; views refresh from
that, and no view announces a change by hand. A failure is shown to the user unless the
operation handles it. The busy row the operation names (or the window's) shows it, with
its progress and, for long work, a Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QWidget

from fwgdesk.db.changes import Changes, collecting_changes, merged
from fwgdesk.ui.tasks import CancelledError, Task, TaskRunner
from fwgdesk.ui.widgets.busy import BusyRow
from fwgdesk.ui.widgets.errors import show_error

T = TypeVar("T")


@dataclass
class Operation(Generic[T]):
    """A write: *work* (on the writer's thread) and what to do with its outcome (on the
    GUI thread). ``on_failure`` None: the error is shown in a message box."""

    work: Callable[[Task], T]
    text: str = ""
    on_success: Callable[[T], object] | None = None
    on_failure: Callable[[BaseException], object] | None = None
    on_cancel: Callable[[], object] | None = None
    on_progress: Callable[[int, int, str], object] | None = None
    cancellable: bool = False
    busy: BusyRow | None = None
    error_title: str | None = None
    declared: Changes = field(default_factory=Changes)  # written outside the audit trail
    announce_after: bool = False  # the views hear of it after on_success (a restore first
    # puts the new database in place, which the views then read)
    parent: QWidget | None = None  # of the message box that shows a failure


@dataclass(frozen=True)
class _Outcome:
    result: Any
    error: BaseException | None
    changes: Changes


class Writer(QObject):
    """Runs operations one after another on one thread; says what they changed."""

    changed = Signal(object)  # Changes
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._runner = TaskRunner(self, pool=self._pool)
        self.default_busy: BusyRow | None = None
        self.failure_reporter: Callable[[QWidget | None, BaseException, str | None], None] = (
            show_error
        )
        self._pending = 0
        self.refusal: BaseException | None = None  # set: every operation is refused so

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, operation: Operation[T]) -> Task:
        """Queue *operation*; its callbacks run on the GUI thread when it ends (refused at
        once, with :attr:`refusal`, on a database the user may only read)."""
        if self.refusal is not None:
            refused = Task()
            self._failed(operation, self.refusal)
            return refused
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def work(task: Task) -> _Outcome:
            with collecting_changes() as collected:
                try:
                    result = operation.work(task)
                except CancelledError:
                    raise  # rolled back: nothing changed
                except Exception as error:  # reported on the GUI thread, never lost
                    return _Outcome(None, error, merged(collected))
            return _Outcome(result, None, merged(collected) | operation.declared)

        return self._runner.run(
            work,
            on_done=lambda outcome: self._done(operation, outcome),
            on_cancel=lambda: self._cancelled(operation),
            on_progress=operation.on_progress,
            busy=operation.busy or self.default_busy,
            text=operation.text,
            cancellable=operation.cancellable,
        )

    def _finish(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)

    def _done(self, operation: Operation[Any], outcome: _Outcome) -> None:
        self._finish()
        if outcome.changes and not operation.announce_after:
            self.changed.emit(outcome.changes)
        if outcome.error is not None:
            self._failed(operation, outcome.error)
        elif operation.on_success is not None:
            operation.on_success(outcome.result)
        if outcome.changes and operation.announce_after:
            self.changed.emit(outcome.changes)

    def _failed(self, operation: Operation[Any], error: BaseException) -> None:
        if operation.on_failure is not None:
            operation.on_failure(error)
            return
        self.report(error, operation.error_title, operation.parent)

    def report(
        self, error: BaseException, title: str | None = None, parent: QWidget | None = None
    ) -> None:
        """Show the failure of an operation (the default for those that do not handle it)."""
        self.failure_reporter(parent or QApplication.activeWindow(), error, title)

    def _cancelled(self, operation: Operation[Any]) -> None:
        self._finish()
        if operation.on_cancel is not None:
            operation.on_cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the queued operations to run (their callbacks need the event loop)."""
        return self._pool.waitForDone(msecs)
