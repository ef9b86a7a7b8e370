"""Others' changes appear in the window without a reload.

Once a second the watcher polls the database's change signal (``fwgdesk.db.watch``: a
PostgreSQL notification, SQLite's data version), which never blocks; when it says
something may have changed, what changed is read from the audit trail off the GUI thread
and given to the views as any write's changes are (``DataEvents.changed``): each refreshes
only what it shows of them. The window's own writes are seen again this way; refreshing
twice shows the same data.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer

from fwgdesk.db.changes import Changes
from fwgdesk.db.watch import ChangeSignal, change_signal, changes_since, newest_entry
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.tasks import Task

POLL_MS = 1000


class ChangeWatcher(QObject):
    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        database = ctx.database
        path = database.path
        self._signal: ChangeSignal | None = change_signal(
            database.url, database.dialect, str(path) if path is not None else None
        )
        with database.session() as session:
            self._seen = newest_entry(session)
        self._reading = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)
        if self._signal is not None:
            self._timer.start()
        self.destroyed.connect(lambda *_args, s=self._signal: _close(s))

    def poll(self) -> None:
        """Look for others' changes now (the timer calls this every second)."""
        if self._reading or self._signal is None or not self._signal.poll():
            return
        self._reading = True
        seen = self._seen
        database = self._ctx.database

        def read(_task: Task) -> tuple[Changes, int]:
            with database.session() as session:
                return changes_since(session, seen)

        self._ctx.tasks.run(read, on_done=self._read, on_error=self._failed, cancellable=False)

    def _read(self, result: tuple[Changes, int]) -> None:
        changes, newest = result
        self._reading = False
        self._seen = max(self._seen, newest)
        if changes:
            self._ctx.events.changed.emit(changes)

    def _failed(self, _error: BaseException) -> None:
        self._reading = False  # the server out of reach: tried again at the next signal

    def stop(self) -> None:
        self._timer.stop()
        _close(self._signal)
        self._signal = None


def _close(signal: ChangeSignal | None) -> None:
    if signal is not None:
        with contextlib.suppress(Exception):
            signal.close()
