"""Another window's or user's change reaches the views without a reload."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from fwgdesk.db.changes import Changes
from fwgdesk.db.engine import Database
from fwgdesk.services import links
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.watcher import ChangeWatcher


def test_a_change_made_elsewhere_is_given_to_the_views(qtbot: QtBot, ui_context: UiContext) -> None:
    watcher = ChangeWatcher(ui_context)
    received: list[Changes] = []
    ui_context.events.changed.connect(received.append)
    other = Database(ui_context.database.url)  # a second window on the same file
    try:
        links.link(other, "FRA", ["WG9-R2"], on=date(2024, 3, 1))
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: bool(received), timeout=5000)  # the watcher polls each second
    assert "recommendation_links" in received[0].tables, f"not the links: {received}"
    assert "FRA" in received[0].states, f"not France: {received}"
    watcher.stop()
