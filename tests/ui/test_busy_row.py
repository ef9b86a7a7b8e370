"""The busy row: hidden until work starts, shows its progress, cancels once, hides again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fwgdesk.ui.widgets.busy import BusyRow


@pytest.fixture
def row(qtbot: QtBot) -> Iterator[BusyRow]:
    owner = QWidget()  # held here: the row is deleted with it
    qtbot.addWidget(owner)
    busy = BusyRow(owner, bar_width=240)
    owner.show()
    yield busy


def test_hidden_at_first(row: BusyRow) -> None:
    assert row.isHidden() and not row.is_busy
    assert not row.label.isVisible() and not row.bar.isVisible()
    assert row.bar.maximumWidth() == 240


def test_start_shows_the_text_and_a_busy_indicator(row: BusyRow) -> None:
    row.start("Reading…")
    assert row.is_busy and row.isVisible()
    assert row.label.isVisible() and row.label.text() == "Reading…"
    assert row.bar.isVisible() and (row.bar.minimum(), row.bar.maximum()) == (0, 0)
    assert row.cancel_button.isVisible() and row.cancel_button.isEnabled()


def test_work_that_cannot_be_cancelled_shows_no_cancel(row: BusyRow) -> None:
    row.start("Undoing…", cancellable=False)
    assert row.bar.isVisible() and not row.cancel_button.isVisible()
    row.start("Reading…")  # the next work can be cancelled again
    assert row.cancel_button.isVisible() and row.cancel_button.isEnabled()


def test_progress_shows_done_of_total(row: BusyRow) -> None:
    row.start("Making the PDF…")
    row.progress(3, 10)
    assert (row.bar.minimum(), row.bar.maximum(), row.bar.value()) == (0, 10, 3)
    assert row.label.text() == "Making the PDF…"
    row.progress(4, 10, "Sheet 4 of 10")
    assert row.bar.value() == 4 and row.label.text() == "Sheet 4 of 10"
    row.start("Again…")  # a new start is a busy indicator again
    assert row.bar.maximum() == 0


def test_clicking_cancel_asks_once_and_says_so(qtbot: QtBot, row: BusyRow) -> None:
    requests: list[None] = []
    row.cancel_requested.connect(lambda: requests.append(None))
    row.start("Reading…")
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert requests == [None]
    assert row.label.text() == "Cancelling…" and not row.cancel_button.isEnabled()
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert requests == [None]  # disabled: a second click asks nothing
    assert row.is_busy  # the row stays until the owner's task has stopped


def test_finish_hides_the_row(row: BusyRow) -> None:
    row.start("Reading…")
    row.progress(1, 2)
    row.finish()
    assert row.isHidden() and not row.is_busy
    assert not row.bar.isVisible() and not row.cancel_button.isVisible()
