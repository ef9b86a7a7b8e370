"""Small helpers shared by the table views."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView


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
