"""Small helpers shared by the table views."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(parent: QWidget, model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    """A table of *model* read one whole row at a time: single row selection, no editing,
    no row numbers; column *stretch* takes the spare width."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    if stretch is not None:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def select_row(table: QTableView, row: int) -> None:
    """Select *row* of *table* (of its model, as shown) and make it current.

    ``QTableView.selectRow`` selects from the visual column range; laid out right to left
    with a stretched column, that range can come out empty and nothing is selected."""
    model = table.model()
    selection = table.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    flag = QItemSelectionModel.SelectionFlag
    selection.setCurrentIndex(model.index(row, 0), flag.ClearAndSelect | flag.Rows)
