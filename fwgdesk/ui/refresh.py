"""Views refresh from what operations changed; a hidden view refreshes when shown again."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from fwgdesk.db.changes import Changes
from fwgdesk.ui.context import DataEvents


class Refresher(QObject):
    """Calls *refresh* when committed changes touch *tables* (any table: empty) of the
    State *iso3* (any State: None). While *view* is hidden it only notes that it is
    stale, and refreshes when it is shown."""

    def __init__(
        self,
        view: QWidget,
        events: DataEvents,
        refresh: Callable[[], object],
        tables: Iterable[str] = (),
        iso3: str | None = None,
        on_changes: Callable[[Changes], object] | None = None,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self._on_changes = on_changes
        self.tables = frozenset(tables)
        self.iso3 = iso3
        self.stale = False
        events.changed.connect(self.changed)
        view.installEventFilter(self)

    def changed(self, changes: Changes) -> None:
        if not changes.touches(self.iso3, self.tables):
            return
        if not self._view.isVisible():
            self.stale = True
        elif self._on_changes is not None:
            self._on_changes(changes)
        else:
            self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
