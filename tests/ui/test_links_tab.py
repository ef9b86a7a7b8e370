"""A State's recommendations tab: linking from the catalogue, inline edits, suggestions, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fwgdesk.db.engine import Database
from fwgdesk.domain.enums import LinkStatus
from fwgdesk.services import links as links_service
from fwgdesk.services.catalogue import list_items
from fwgdesk.ui.context import UiContext
from fwgdesk.ui.dialogs.link_dialog import LinkDialog
from fwgdesk.ui.models.links_model import LinksModel, LinkStatusDelegate
from fwgdesk.ui.models.suggestions_model import SuggestionsModel
from fwgdesk.ui.views.state.links_tab import LinksTab

ISO3 = "AGO"  # a Protocol party: all-States and parties-only items are suggested


def make_tab(qtbot: QtBot, ctx: UiContext, iso3: str = ISO3) -> LinksTab:
    tab = LinksTab(ctx, iso3)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    errors: list[BaseException] = []
    tab.report_error = lambda _parent, error: errors.append(error)
    tab.errors = errors  # type: ignore[attr-defined]
    return tab


def linked_in_db(database: Database, iso3: str = ISO3) -> dict[str, str]:
    return {link.code: link.status for link in links_service.list_links(database, iso3)}


def test_link_all_ammunition_items_through_the_dialog_then_undo_and_redo(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    ammunition = [item.code for item in list_items(database, theme="ammunition")]
    assert len(ammunition) == 16
    tab = make_tab(qtbot, ui_context)
    assert tab.model.rowCount() == 0

    dialog = tab.open_link_dialog()
    assert isinstance(dialog, LinkDialog)
    assert not dialog.whole_theme.isEnabled()
    dialog.theme.setCurrentIndex(dialog.theme.findData("ammunition"))
    assert dialog.whole_theme.isEnabled()
    dialog.whole_theme.setChecked(True)
    assert dialog.chosen_codes() == ammunition
    assert dialog.link_button.isEnabled()
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)

    assert tab.model.codes() == ammunition
    assert set(linked_in_db(database)) == set(ammunition)
    assert set(linked_in_db(database).values()) == {"not_assessed"}
    assert ui_context.undo_stack.count() == 1
    assert "16" in ui_context.undo_stack.undoText()
    suggested = {tab.suggestions.item_at(r).code for r in range(tab.suggestions.rowCount())}
    assert not suggested & set(ammunition)

    ui_context.undo_stack.undo()
    assert linked_in_db(database) == {}
    assert tab.model.rowCount() == 0

    ui_context.undo_stack.redo()
    assert set(linked_in_db(database)) == set(ammunition)
    assert tab.model.codes() == ammunition
    assert tab.errors == []  # type: ignore[attr-defined]


def test_dialog_search_and_multi_select_skip_what_is_already_linked(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4"])
    dialog = tab.open_link_dialog()
    dialog.search.setText("弹药")
    dialog.reload()
    shown = [dialog.model.item_at(r).code for r in range(dialog.model.rowCount())]
    assert "WG9-R4" in shown
    assert 1 < len(shown) < 132
    linked_row = shown.index("WG9-R4")
    assert not dialog.model.flags(dialog.model.index(linked_row, 0)) & (
        Qt.ItemFlag.ItemIsSelectable
    )

    dialog.table.selectAll()
    chosen = dialog.chosen_codes()
    assert "WG9-R4" not in chosen
    assert len(chosen) == len(shown) - 1
    last_selected = dialog.model.item_at(dialog.table.selectionModel().selectedRows()[-1].row())
    assert (last_selected.text_zh or "")[:12] in dialog.detail.toPlainText()
    dialog.accept()

    assert set(linked_in_db(database)) == {"WG9-R4", *chosen}
    assert ui_context.undo_stack.count() == 2
    ui_context.undo_stack.undo()
    assert set(linked_in_db(database)) == {"WG9-R4"}


def test_dialog_with_nothing_chosen_does_not_accept(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = make_tab(qtbot, ui_context)
    dialog = tab.open_link_dialog()
    assert not dialog.link_button.isEnabled()
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    assert ui_context.undo_stack.count() == 0


def test_inline_status_and_note_edits_are_saved_and_undone(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4", "WG9-R5"])
    model = tab.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    row = model.row_of("WG9-R5")
    assert row == 1
    status = model.index(row, LinksModel.COLUMN_STATUS)
    assert model.flags(status) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, LinksModel.COLUMN_TITLE)) & Qt.ItemFlag.ItemIsEditable

    with qtbot.waitSignal(model.dataChanged) as changed:
        assert model.setData(status, "in_progress")
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (row, row)
    assert resets == []
    assert linked_in_db(database)["WG9-R5"] == "in_progress"
    assert linked_in_db(database)["WG9-R4"] == "not_assessed"
    assert status.data() == "In progress"
    assert model.link_at(row).updated_on == date.today()

    note = model.index(row, LinksModel.COLUMN_NOTE)
    assert model.setData(note, "  Decree 2024/17 — 已开始实施 ")
    saved = links_service.list_links(database, ISO3)[row]
    assert saved.note == "Decree 2024/17 — 已开始实施"
    assert saved.status == "in_progress"

    ui_context.undo_stack.undo()
    assert links_service.list_links(database, ISO3)[row].note is None
    assert note.data() == ""
    ui_context.undo_stack.undo()
    assert linked_in_db(database)["WG9-R5"] == "not_assessed"
    assert status.data() == "Not assessed"
    assert resets == []
    ui_context.undo_stack.redo()
    assert linked_in_db(database)["WG9-R5"] == "in_progress"


def test_the_status_delegate_edits_through_a_combo(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4"])
    index = tab.proxy.index(0, LinksModel.COLUMN_STATUS)
    delegate = tab.table.itemDelegateForColumn(LinksModel.COLUMN_STATUS)
    assert isinstance(delegate, LinkStatusDelegate)
    editor = delegate.createEditor(tab.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == "not_assessed"
    editor.setCurrentIndex(editor.findData("implemented"))
    delegate.setModelData(editor, tab.proxy, index)
    assert linked_in_db(database) == {"WG9-R4": "implemented"}
    assert ui_context.undo_stack.undoText().startswith("Edit the link of WG9-R4")


def test_a_failing_edit_is_reported_and_not_kept(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4"])
    links_service.unlink(database, ISO3, ["WG9-R4"])  # behind the tab's back
    index = tab.model.index(0, LinksModel.COLUMN_STATUS)
    assert not tab.model.setData(index, "implemented")
    assert len(tab.errors) == 1  # type: ignore[attr-defined]
    assert ui_context.undo_stack.count() == 1


def test_unlink_selected_and_undo_restores_status_and_note(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.link_codes(["WG9-R4", "WG9-R5", "WG9-R6"])
    links_service.update_link(database, ISO3, "WG9-R5", LinkStatus.IMPLEMENTED, "ok")
    tab.refresh()
    assert not tab.unlink_button.isEnabled()
    tab.table.selectRow(1)
    assert tab.unlink_button.isEnabled()
    assert "WG9-R5" in tab.detail.toPlainText()
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    assert set(linked_in_db(database)) == {"WG9-R4", "WG9-R6"}
    assert tab.model.codes() == ["WG9-R4", "WG9-R6"]

    ui_context.undo_stack.undo()
    restored = {link.code: link for link in links_service.list_links(database, ISO3)}
    assert restored["WG9-R5"].status == "implemented"
    assert restored["WG9-R5"].note == "ok"
    assert tab.model.codes() == ["WG9-R4", "WG9-R5", "WG9-R6"]


def check(model: SuggestionsModel, row: int) -> None:
    model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_accept_and_dismiss_suggested_links(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    offered = len(links_service.suggested_links(database, ISO3))
    assert tab.suggestions.rowCount() == offered > 10
    assert not tab.accept_button.isEnabled()
    first, second = tab.suggestions.item_at(0).code, tab.suggestions.item_at(1).code
    check(tab.suggestions, 0)
    check(tab.suggestions, 1)
    assert tab.suggestions.checked_codes() == [first, second]
    qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
    assert set(linked_in_db(database)) == {first, second}
    assert tab.model.codes() == [first, second]
    assert tab.suggestions.rowCount() == offered - 2
    assert tab.suggestions.checked_codes() == []

    tab.suggestion_list.setCurrentIndex(tab.suggestions.index(0))
    shown = tab.suggestions.item_at(0)
    assert shown.text_zh and shown.text_zh[:10] in tab.detail.toPlainText()
    dismissed = [tab.suggestions.item_at(r).code for r in range(3)]
    for row in range(3):
        check(tab.suggestions, row)
    qtbot.mouseClick(tab.dismiss_button, Qt.MouseButton.LeftButton)
    remaining = {item.code for item in links_service.suggested_links(database, ISO3)}
    assert not remaining & set(dismissed)
    assert tab.suggestions.rowCount() == offered - 5
    assert set(linked_in_db(database)) == {first, second}

    ui_context.undo_stack.undo()  # the dismissal
    assert tab.suggestions.rowCount() == offered - 2
    ui_context.undo_stack.undo()  # the accepted links
    assert linked_in_db(database) == {}
    assert tab.suggestions.rowCount() == offered


def test_check_all_toggles_every_suggestion(qtbot: QtBot, ui_context: UiContext) -> None:
    tab = make_tab(qtbot, ui_context)
    tab.check_all_button.click()
    assert len(tab.suggestions.checked_codes()) == tab.suggestions.rowCount()
    assert tab.dismiss_button.isEnabled()
    tab.check_all_button.click()
    assert tab.suggestions.checked_codes() == []


def test_the_tab_follows_changes_of_its_own_state_only(
    qtbot: QtBot, ui_context: UiContext, database: Database
) -> None:
    tab = make_tab(qtbot, ui_context)
    offered = tab.suggestions.rowCount()
    resets: list[bool] = []
    tab.suggestions.modelReset.connect(lambda: resets.append(True))
    ui_context.events.state_changed.emit(ISO3)
    assert resets == []  # nothing changed: the list keeps its place
    links_service.link(database, ISO3, ["WG8-R3"])  # e.g. by another part of the window
    ui_context.events.state_changed.emit("BOL")
    assert tab.model.rowCount() == 0
    ui_context.events.state_changed.emit(ISO3)
    assert tab.model.codes() == ["WG8-R3"]
    assert tab.suggestions.rowCount() == offered - 1
    assert resets == [True]


def test_links_and_suggestions_models_are_well_behaved(
    qtmodeltester: ModelTester, database: Database
) -> None:
    links_service.link(database, ISO3, ["WG9-R4", "WG8-R1", "CS-DP15"])
    links = LinksModel({"ammunition": "Ammunition"})
    links.set_links(links_service.list_links(database, ISO3))
    qtmodeltester.check(links)
    assert links.headerData(LinksModel.COLUMN_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert "Ammunition" in links.index(links.row_of("WG9-R4") or 0, LinksModel.COLUMN_THEMES).data()
    assert not links.setData(links.index(0, LinksModel.COLUMN_STATUS), "implemented")  # no editor
    assert links.rowCount(links.index(0, 0)) == 0

    suggestions = SuggestionsModel()
    suggestions.set_items(links_service.suggested_links(database, ISO3))
    qtmodeltester.check(suggestions)
    assert suggestions.rowCount(QModelIndex()) > 0


def test_the_pick_model_is_well_behaved(
    qtbot: QtBot, qtmodeltester: ModelTester, database: Database
) -> None:
    dialog = LinkDialog(database, "zh", {"WG9-R4"})
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    ammunition = dialog.theme.findText("弹药")
    assert ammunition > 0
