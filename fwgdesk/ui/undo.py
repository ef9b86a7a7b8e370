"""Undoable edits: every edit of the window is an operation, and so are its undo and redo.

:meth:`UndoHistory.edit` runs an edit's ``do`` through the writer (``ui.operations``);
once it succeeded, the edit is kept, and Undo runs its ``undo`` with what ``do``
returned, Redo runs ``do`` again with what ``undo`` returned. Each direction is one
transaction in the audit trail, and carries the versions the other left (a record's
version), so an undo never overwrites a change someone else made meanwhile: it is
refused, the user is told why, and the edit leaves the history, since the data no longer
matches what it would reverse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from fwgdesk.db.changes import Changes
from fwgdesk.ui.operations import Operation, Writer


class VersionBook:
    """The version each row has after this window's last write to it, by (table, key).

    An undo or a redo names the version its row should have: the one this window's own
    last write left (an edit, or the undo or redo of another one), so the window's own
    writes do not count as someone else's; any other write does, and is refused."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], int] = {}

    def note(self, table: str, key: str, version: int) -> None:
        self._known[(table, key)] = version

    def forget(self, table: str, key: str) -> None:
        self._known.pop((table, key), None)

    def current(self, table: str, key: str, read: int) -> int:
        """The version to expect: this window's last write's, else the one *read*."""
        return self._known.get((table, key), read)

    def wrote(self, table: str, key: str, version: int) -> bool:
        """Whether *version* of the row is the one this window's last write left."""
        return self._known.get((table, key)) == version

    def clear(self) -> None:
        self._known.clear()


@dataclass
class Edit:
    """``do(after_undo)`` returns what ``undo(done)`` needs; ``undo`` returns what the next
    ``do`` needs (``do`` gets None the first time)."""

    text: str
    do: Callable[[Any], Any]
    undo: Callable[[Any], Any]
    declared: Changes = field(default_factory=Changes)  # written outside the audit trail
    done: Any = None
    undone: Any = None


def _t(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class UndoHistory(QObject):
    """The edits that can be undone and redone, in order; ``changed()`` when that moved."""

    changed = Signal()

    def __init__(self, writer: Writer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = writer
        self._edits: list[Edit] = []
        self._index = 0  # edits before it are done, from it on undone
        self._running = False
        self.versions = VersionBook()

    # --- what the window shows ---------------------------------------------------------

    def can_undo(self) -> bool:
        return self._index > 0 and not self._running

    def can_redo(self) -> bool:
        return self._index < len(self._edits) and not self._running

    def undo_text(self) -> str:
        return self._edits[self._index - 1].text if self._index > 0 else ""

    def redo_text(self) -> str:
        return self._edits[self._index].text if self._index < len(self._edits) else ""

    def count(self) -> int:
        return len(self._edits)

    @property
    def running(self) -> bool:
        """Whether an edit, an undo or a redo is under way."""
        return self._running

    def clear(self) -> None:
        """Forget every edit (after an import or a restore, which they cannot undo over)."""
        self._edits.clear()
        self._index = 0
        self.versions.clear()
        self.changed.emit()

    # --- editing -----------------------------------------------------------------------

    def edit(
        self,
        text: str,
        do: Callable[[Any], Any],
        undo: Callable[[Any], Any],
        on_done: Callable[[Any], object] | None = None,
        on_failure: Callable[[BaseException], object] | None = None,
        declared: Changes | None = None,
    ) -> None:
        """Run *do* as an operation; keep it for undo once it succeeded, then *on_done*
        with its result. A failure is shown (or given to *on_failure*) and not kept.
        *declared*: what the edit writes that the audit trail does not record."""
        entry = Edit(text, do, undo, declared or Changes())

        def succeeded(result: Any) -> None:
            entry.done = result
            del self._edits[self._index :]
            self._edits.append(entry)
            self._index = len(self._edits)
            self._idle()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._idle()
            if on_failure is None:
                self._writer.report(error)
            else:
                on_failure(error)

        self._busy()
        self._run(entry, lambda _task: do(None), succeeded, failed)

    def undo(self) -> None:
        if not self.can_undo():
            return
        entry = self._edits[self._index - 1]

        def undone(result: Any) -> None:
            entry.undone = result
            self._index -= 1
            self._idle()

        self._step(lambda _task: entry.undo(entry.done), undone, entry, _t("Could not undo"))

    def redo(self) -> None:
        if not self.can_redo():
            return
        entry = self._edits[self._index]

        def redone(result: Any) -> None:
            entry.done = result
            self._index += 1
            self._idle()

        self._step(lambda _task: entry.do(entry.undone), redone, entry, _t("Could not redo"))

    def _step(
        self, work: Callable[[Any], Any], on_done: Callable[[Any], None], entry: Edit, title: str
    ) -> None:
        def failed(error: BaseException) -> None:
            # rolled back: the data no longer matches what this edit would reverse
            self._edits.remove(entry)
            self._index = min(self._index, len(self._edits))
            self._idle()
            self._writer.report(error, title)

        self._run(entry, work, on_done, failed)

    def _run(
        self,
        entry: Edit,
        work: Callable[[Any], Any],
        on_done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._busy()
        operation = Operation(work, entry.text, on_done, failed, self._idle)
        operation.declared = entry.declared
        self._writer.run(operation)

    def _busy(self) -> None:
        self._running = True
        self.changed.emit()

    def _idle(self) -> None:
        self._running = False
        self.changed.emit()
