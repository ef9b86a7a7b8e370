"""What every view shares: the database, settings, the writer, the undo history, the task
runner for reading, and the events that say what changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.ui.operations import Writer
from fwgdesk.ui.tasks import TaskRunner
from fwgdesk.ui.undo import UndoHistory


class DataEvents(QObject):
    """``changed(Changes)``: what committed writes changed (``fwgdesk.db.changes``), as
    the writer learnt it; views refresh what they show of it (``ui.refresh``)."""

    changed = Signal(object)


@dataclass
class UiContext:
    database: Database
    paths: DataPaths
    settings: Settings
    tasks: TaskRunner  # reading in the background
    writer: Writer  # every write, one at a time
    history: UndoHistory
    events: DataEvents

    @property
    def language(self) -> str:
        return self.settings.language

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)


def make_context(
    database: Database, paths: DataPaths, settings: Settings, parent: QObject | None = None
) -> UiContext:
    """A context whose writer tells its events what each operation changed."""
    writer = Writer(parent)
    events = DataEvents(parent)
    writer.changed.connect(events.changed)
    return UiContext(
        database, paths, settings, TaskRunner(parent), writer, UndoHistory(writer, parent), events
    )
