"""Running long work off the GUI thread, with progress, cancel, and results on the GUI thread.

``TaskRunner.run(work, on_done=..., on_error=..., on_progress=..., busy=...)`` runs
``work(task)`` in Qt's thread pool; the busy row it is given shows the task and cancels
it. ``work`` receives a :class:`Task` to report progress and check for cancellation; it
must not touch widgets. Every callback is delivered through a queued
signal, so it always runs on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fwgdesk.ui.widgets.busy import BusyRow


class CancelledError(Exception):
    """Raised inside work when the user cancelled it."""


class Task(QObject):
    """One piece of work: its progress, cancellation and outcome signals."""

    progressed = Signal(int, int, str)  # done, total, message
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`CancelledError` when the user asked to stop (call it between steps)."""
        if self._cancel.is_set():
            raise CancelledError

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.check()
        self.progressed.emit(done, total, message)


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self._task = task
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self._task)
        except CancelledError:
            self._task.cancelled.emit()
        except Exception as error:  # reported to the GUI thread, never lost
            self._task.failed.emit(error)
        else:
            self._task.finished.emit(result)


def _release(busy: BusyRow, task: Task) -> None:
    """The task's busy row hidden, and no longer cancelling it."""
    busy.finish()
    with contextlib.suppress(RuntimeError, TypeError):  # disconnected, or the row is gone
        busy.cancel_requested.disconnect(task.cancel)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they end (on *pool*: Qt's global one
    unless given, e.g. a pool of one thread that runs its tasks in turn)."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(
        self,
        work: Callable[[Task], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], object] | None = None,
        on_cancel: Callable[[], None] | None = None,
        busy: BusyRow | None = None,
        text: str = "",
        cancellable: bool = True,
    ) -> Task:
        """Run *work* off the GUI thread. *busy*, when given, shows *text* while it runs,
        its progress, and a Cancel button when *cancellable*; it is hidden at the end."""
        task = Task()
        task.moveToThread(self.thread())
        if busy is not None:
            busy.start(text, cancellable)
            busy.cancel_requested.connect(task.cancel)
            task.progressed.connect(busy.progress)
            for signal in (task.finished, task.failed, task.cancelled):
                signal.connect(lambda *_args, b=busy, t=task: _release(b, t))
        if on_progress:
            task.progressed.connect(on_progress)
        if on_done:
            task.finished.connect(on_done)
        if on_error:
            task.failed.connect(on_error)
        if on_cancel:
            task.cancelled.connect(on_cancel)
        for signal in (task.finished, task.failed, task.cancelled):
            signal.connect(lambda *_args, t=task: self._running.discard(t))
        self._running.add(task)
        self._pool.start(_Runnable(task, work))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
