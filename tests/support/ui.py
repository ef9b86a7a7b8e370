"""Driving the window's operations in tests: waiting for them, undo, redo, and telling
the views of a change made elsewhere."""

from __future__ import annotations

from collections.abc import Iterable

from pytestqt.qtbot import QtBot

from fwgdesk.db.changes import Changes
from fwgdesk.ui.context import UiContext

TIMEOUT_MS = 15000


def settle(qtbot: QtBot, ctx: UiContext) -> None:
    """Wait until the writer has run every operation asked and delivered its outcome."""
    qtbot.waitUntil(lambda: not ctx.writer.busy and not ctx.history.running, timeout=TIMEOUT_MS)


def undo(qtbot: QtBot, ctx: UiContext) -> None:
    assert ctx.history.can_undo(), "nothing to undo"
    ctx.history.undo()
    settle(qtbot, ctx)


def redo(qtbot: QtBot, ctx: UiContext) -> None:
    assert ctx.history.can_redo(), "nothing to redo"
    ctx.history.redo()
    settle(qtbot, ctx)


def announce(
    ctx: UiContext, states: Iterable[str] = (), tables: Iterable[str] = (), everything: bool = False
) -> None:
    """Tell the views that writes elsewhere changed *tables* of *states*."""
    ctx.events.changed.emit(Changes(frozenset(tables), frozenset(states), everything))
