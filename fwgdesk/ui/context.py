"""What every view shares: the database, settings, undo stack, task runner and events."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from fwgdesk.db.engine import Database
from fwgdesk.paths import DataPaths
from fwgdesk.services.settings import Settings
from fwgdesk.ui.tasks import TaskRunner


class DataEvents(QObject):
    """Tells views that data changed, so each refreshes what it shows.

    ``state_changed(iso3)``: a State's people, reviews or links changed.
    ``catalogue_changed()``: the catalogue changed. ``everything_changed()``: an import.
    """

    state_changed = Signal(str)
    catalogue_changed = Signal()
    everything_changed = Signal()


@dataclass
class UiContext:
    database: Database
    paths: DataPaths
    settings: Settings
    undo_stack: QUndoStack
    tasks: TaskRunner
    events: DataEvents

    @property
    def language(self) -> str:
        return self.settings.language

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)
