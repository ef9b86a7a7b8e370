"""A State's history tab: the audit trail with readable values and the origin of each change."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.records import AuditRecord
from fwgdesk.services.history import state_history
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.models.history_model import HistoryModel, origin_label, plain_value
from fwgdesk.ui.models.links_model import LinksModel
from fwgdesk.ui.views.state.history_tab import HistoryTab
from fwgdesk.ui.views.state.links_tab import LinksTab
from tests.support.ui import announce, settle, undo

ISO3 = "AGO"


def rows(tab: HistoryTab) -> list[dict[str, str]]:
    """What the table shows, row by row, keyed by column header."""
    proxy = tab.proxy
    headers = [
        str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(proxy.columnCount())
    ]
    return [
        {headers[c]: str(proxy.index(r, c).data()) for c in range(proxy.columnCount())}
        for r in range(proxy.rowCount())
    ]


def test_history_shows_an_inline_edit_as_a_local_edit(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    history = HistoryTab(ui_context, ISO3)
    links = LinksTab(ui_context, ISO3)
    qtbot.addWidget(history)
    qtbot.addWidget(links)
    history.show()  # a hidden view refreshes only when shown
    links.show()
    before = history.model.rowCount()
    assert before >= 1
    assert rows(history)[-1]["Origin"] == "Bundled data"
    assert rows(history)[-1]["What"] == "State"

    links.link_codes(["WG9-R4"])
    settle(qtbot, ui_context)
    links.model.setData(links.model.index(0, LinksModel.COLUMN_STATUS), "implemented")
    settle(qtbot, ui_context)

    shown = rows(history)
    assert history.model.rowCount() > before, "the history does not show the new changes"
    edit = next(row for row in shown if row["Field"] == "status")
    assert edit["What"] == "Recommendation link"
    assert edit["Row"] == "AGO/WG9-R4"
    assert edit["Change"] == "Changed"
    assert (edit["Old value"], edit["New value"]) == ("Not assessed", "Implemented")
    assert edit["Origin"].lower() == "local edit"
    assert edit["When"][:4].isdigit() and edit["When"][4] == "-"
    added = next(row for row in shown if row["Change"] == "Added" and row["Row"] == "AGO/WG9-R4")
    assert '"' not in added["New value"]  # JSON shown plainly
    assert "not_assessed" in added["New value"]

    history.filter.setText("implemented")
    assert 1 <= history.proxy.rowCount() < history.model.rowCount()
    assert "of" in history.count.text()
    history.filter.setText("")
    assert history.proxy.rowCount() == history.model.rowCount()

    undo(qtbot, ui_context)
    shown = rows(history)
    assert shown[0]["Field"] == "status", f"the latest change: {shown[0]}"
    assert (shown[0]["Old value"], shown[0]["New value"]) == ("Implemented", "Not assessed"), (
        f"the undo is not the latest change: {shown[0]}"
    )


def test_history_ignores_other_states(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    history = HistoryTab(ui_context, ISO3)
    qtbot.addWidget(history)
    history.show()  # a hidden view refreshes only when shown
    resets: list[bool] = []
    history.model.modelReset.connect(lambda: resets.append(True))
    announce(ui_context, ["BOL"], ["recommendation_links"])
    assert resets == [], "the history followed a change of another State"
    announce(ui_context, [ISO3], ["recommendation_links"])
    assert resets == [True], f"{len(resets)} reloads after a change of its State, not 1"


def test_labels_of_origins_and_values() -> None:
    assert origin_label("local_edit", None) == "Local edit"
    assert origin_label("bundled", "bundled data") == "Bundled data"
    assert origin_label("import", "update.json UNODC #3") == "Import: update.json UNODC #3"
    assert origin_label("import", None) == "Import"
    assert plain_value(None) == ""
    assert plain_value('"安哥拉"') == "安哥拉"
    assert plain_value('["ar", "fr"]') == "ar, fr"
    assert plain_value("true") == "yes"
    assert plain_value('{"a": 1, "b": null}') == "a: 1"
    assert plain_value('"in_progress"', "recommendation_links", "status") == "In progress"
    assert plain_value("not json") == "not json"


def test_history_model_is_well_behaved(qtmodeltester: ModelTester, database: Database) -> None:
    model = HistoryModel()
    entries = state_history(database, ISO3)
    entries.append(
        AuditRecord(
            at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC),
            table_name="focal_points",
            row_key="AGO/focal_point/1",
            action="update",
            field="email",
            old_value='"old@example.org"',
            new_value='"' + "x" * 200 + '@example.org"',
            origin="import",
            batch_label="update.xlsx UNODC #7",
        )
    )
    model.set_entries(entries)
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.index(last, HistoryModel.COLUMN_WHAT).data() == "Focal point"
    assert model.index(last, HistoryModel.COLUMN_ORIGIN).data() == "Import: update.xlsx UNODC #7"
    assert model.index(last, HistoryModel.COLUMN_NEW).data().endswith("…")
