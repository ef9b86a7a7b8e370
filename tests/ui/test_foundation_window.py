"""The window over the foundation: States and the catalogue, driven through the widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.services.catalogue import list_items
from fwgdesk.services.states import list_states
from fwgdesk.ui.models.catalogue_model import CatalogueModel
from fwgdesk.ui.models.states_model import StatesModel
from fwgdesk.ui.views.main_window import MainWindow


def test_states_model_is_a_well_behaved_model(
    qtmodeltester: ModelTester, database: Database
) -> None:
    model = StatesModel("zh")
    model.set_states(list_states(database))
    qtmodeltester.check(model)
    row = next(r for r in range(model.rowCount()) if model.state_at(r).iso3 == "BOL")
    assert model.index(row, StatesModel.COLUMN_NAME).data() == "多民族玻利维亚国"
    header = model.headerData(StatesModel.COLUMN_PROTOCOL, Qt.Orientation.Horizontal)
    assert header == "Firearms Protocol"


def test_catalogue_model_is_a_well_behaved_model(
    qtmodeltester: ModelTester, database: Database
) -> None:
    model = CatalogueModel()
    model.set_items(list_items(database))
    qtmodeltester.check(model)
    assert model.rowCount() == 132
    assert model.index(0, 0).data(CatalogueModel.CodeRole) == "WG8-R1"


def test_searching_states_and_the_catalogue(qtbot: QtBot, database: Database) -> None:
    window = MainWindow(database, "en")
    qtbot.addWidget(window)
    window.show()
    states = window.states_view
    assert states.proxy.rowCount() == 194
    states.search.setText("Bolivia")
    assert states.proxy.rowCount() == 1
    assert states.proxy.index(0, StatesModel.COLUMN_ISO3).data() == "BOL"

    window.navigation.setCurrentRow(1)
    catalogue = window.catalogue_view
    assert window.pages.currentWidget() is catalogue
    catalogue.search.setText("弹药")
    qtbot.waitUntil(lambda: 0 < catalogue.model.rowCount() < 132, timeout=3000)
    codes = {catalogue.model.item_at(r).code for r in range(catalogue.model.rowCount())}
    assert "WG9-R4" in codes
    catalogue.table.selectRow(0)
    assert "弹药" in catalogue.detail.toPlainText()
