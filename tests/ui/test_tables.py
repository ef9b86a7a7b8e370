"""Selecting a row of a table, whichever way the window is laid out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from fwgdesk.ui.widgets.tables import select_row


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_select_row_selects_the_whole_row(qtbot: QtBot, direction: Qt.LayoutDirection) -> None:
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row}/{column}"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setLayoutDirection(direction)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.resize(400, 200)
    table.show()
    select_row(table, 1)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
    assert table.currentIndex().row() == 1
    select_row(table, 7)  # out of range: nothing changes
    assert [index.row() for index in table.selectionModel().selectedRows()] == [1]
